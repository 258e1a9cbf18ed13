package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExitStatuses: every command exits 0 when every input was done, 1 when some input failed
// (the others still done), 2 for a usage error (an unknown shell for completion too); and says
// so in its --help. gisa --version prints what gisa version prints.
func TestExitStatuses(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	write(t, good, []byte("첫째 기사\n챗GPT는 5일 만에 100만 명을 모았다."))
	missing := filepath.Join(dir, "missing.txt")
	for _, tc := range []struct {
		args []string
		code int
		out  string // a part of standard output (the inputs that were done)
		err  string // a part of standard error
	}{
		{[]string{"analyze", "--format", "jsonl", good}, exitOK, `"id":"good.txt"`, ""},
		{[]string{"analyze", "--format", "jsonl", missing, good}, exitFailed, `"id":"good.txt"`, "1 of 2 inputs failed"},
		{[]string{"analyze", "--format", "text", missing, good}, exitFailed, "첫째 기사", missing + ": no such file or directory"},
		{[]string{"analyze", "--format", "yaml", good}, exitUsage, "", `unknown --format "yaml"`},
		{[]string{"batch", "-q", good}, exitOK, `"input":"good.txt"`, ""},
		{[]string{"batch", "-q", missing, good}, exitFailed, `"input":"good.txt"`, "1 of 2 inputs failed"},
		{[]string{"batch", "-q", "--max-bytes", "none", good}, exitUsage, "", "not a size"},
		{[]string{"tokenize", good}, exitOK, "GPT/SL", ""},
		{[]string{"tokenize", missing, good}, exitFailed, "GPT/SL", missing + ": no such file or directory"},
		{[]string{"tokenize", "--format", "xml", good}, exitUsage, "", "unknown --format"},
		{[]string{"figures", good}, exitOK, `"value":1000000`, ""},
		{[]string{"figures", missing, good}, exitFailed, `"value":1000000`, missing + ": no such file or directory"},
		{[]string{"figures", "--nope", good}, exitUsage, "", "unknown flag"},
		{[]string{"version"}, exitOK, "gisa ", ""},
		{[]string{"--version"}, exitOK, "(schema gisa/1, dictionary mecab-ko-dic 2.1.1)", ""},
		{[]string{"completion", "bash"}, exitOK, "bash completion", ""},
		{[]string{"completion", "fish"}, exitOK, "complete -c gisa", ""},
		{[]string{"completion", "tcsh"}, exitUsage, "", `unknown shell "tcsh": want bash, zsh, fish or powershell`},
		{[]string{"completion"}, exitUsage, "", "completion takes one shell"},
		{[]string{"version", "x"}, exitUsage, "", "unknown command"},
		{[]string{"nope"}, exitUsage, "", "unknown command"},
	} {
		out, stderr, code := runGisa(t, "", tc.args...)
		if code != tc.code || !strings.Contains(out, tc.out) || !strings.Contains(stderr, tc.err) {
			t.Errorf("gisa %q: exit %d, stdout %.100q, stderr %.200q; want %d, %q, %q", tc.args, code, out, stderr, tc.code, tc.out, tc.err)
		}
	}
	for _, cmd := range []string{"", "analyze", "batch", "tokenize", "figures", "version", "completion"} {
		args := []string{"--help"}
		if cmd != "" {
			args = []string{cmd, "--help"}
		}
		out, _, code := runGisa(t, "", args...)
		if code != exitOK || !strings.Contains(out, "Exit status: 0 when every input was done, 1 when some input failed") {
			t.Errorf("gisa %s --help (exit %d) does not give the exit statuses", cmd, code)
		}
	}
}

// TestBatchStdinMustBeLines: gisa batch - with plain text says that standard input must be
// JSON Lines (one error record, exit 1), where gisa analyze reads it as one article.
func TestBatchStdinMustBeLines(t *testing.T) {
	article := "첫째 기사\n챗GPT는 5일 만에 100만 명을 모았다."
	out, stderr, code := runGisa(t, article, "batch", "-q", "-")
	if code != exitFailed || !strings.Contains(out, `"input":"-","error":"-: standard input must be JSON Lines`) {
		t.Errorf("batch -: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	out, stderr, code = runGisa(t, article, "analyze", "--format", "jsonl", "-")
	if code != exitOK || !strings.Contains(out, `"id":"-","title":"첫째 기사"`) {
		t.Errorf("analyze -: exit %d, stdout %.100q, stderr %q", code, out, stderr)
	}
}

// TestBatchResumeKeepsFailure: resuming an output whose error records remain exits 1 and
// says so, though nothing new failed; once they are dropped and retried it exits 0.
func TestBatchResumeKeepsFailure(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), []byte("첫째 기사\n챗GPT는 5일 만에 100만 명을 모았다."))
	bad := filepath.Join(dir, "b.txt")
	write(t, bad, []byte("둘째 기사\n정부는\xff 밝혔다."))
	out := filepath.Join(t.TempDir(), "out.jsonl")
	if _, stderr, code := runGisa(t, "", "batch", "-q", "-o", out, dir); code != exitFailed {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	_, stderr, code := runGisa(t, "", "batch", "-q", "--resume", "-o", out, dir)
	if code != exitFailed || !strings.Contains(stderr, "2 skipped (already done, 1 of them error records)") ||
		!strings.Contains(stderr, "1 error records of an earlier run remain") {
		t.Errorf("resume: exit %d, stderr %q; want 1 and the error record that remains", code, stderr)
	}
	// Drop the error record, mend the input, resume: all done.
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var keep []string
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if !strings.Contains(line, `"error":`) {
			keep = append(keep, line)
		}
	}
	write(t, out, []byte(strings.Join(keep, "")))
	write(t, bad, []byte("둘째 기사\n정부는 5일 밝혔다."))
	if _, stderr, code := runGisa(t, "", "batch", "-q", "--resume", "-o", out, dir); code != exitOK {
		t.Errorf("resume after dropping the error record: exit %d: %s", code, stderr)
	}
}
