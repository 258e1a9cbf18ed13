package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gisa-nlp/gisa/tokenize"
)

// buildGisa builds the gisa binary into a temporary folder.
func buildGisa(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "gisa")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// crashInputs writes the 53 articles four times as text files in four folders, and once as a
// JSON Lines file: 265 inputs.
func crashInputs(t *testing.T) (dir string, n int) {
	arts := sharedNews(t)
	dir = t.TempDir()
	var jl bytes.Buffer
	for _, a := range arts {
		for copy := range 4 {
			write(t, filepath.Join(dir, fmt.Sprintf("copy%d", copy), a.ID+".txt"), []byte(a.Title+"\n"+a.Text))
			n++
		}
		b, _ := json.Marshal(a)
		jl.Write(append(b, '\n'))
		n++
	}
	write(t, filepath.Join(dir, "all.jsonl"), jl.Bytes())
	return dir, n
}

// startBatch starts the binary on dir writing to out, and waits until out holds at least
// lines complete records (or the run ended).
func startBatch(t *testing.T, bin, dir, out string, lines int, extra ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(bin, append([]string{"batch", "-q", "-j", "2", "-o", out, dir}, extra...)...)
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() {
		defer close(exited)
		for {
			b, _ := os.ReadFile(out)
			if bytes.Count(b, []byte("\n")) >= lines {
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	select {
	case <-exited:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("no %d records after 60 s", lines)
	}
	return cmd, &stderr
}

// runToEnd runs the binary to its end and returns its exit status.
func runToEnd(t *testing.T, bin string, args ...string) int {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	t.Logf("gisa %s: %s", strings.Join(args, " "), strings.TrimSpace(stderr.String()))
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return 0
}

// TestBatchKillResume kills a batch run with SIGKILL midway, resumes it, and compares the
// output with that of an uninterrupted run: the same records, each input exactly once. Then
// the same with SIGINT, which must finish the articles in flight, leave no torn line and exit 1.
func TestBatchKillResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it four times")
	}
	dir, n := crashInputs(t)
	bin := buildGisa(t)
	tmp := t.TempDir()
	full := filepath.Join(tmp, "full.jsonl")
	if code := runToEnd(t, bin, "batch", "-j", "2", "-o", full, dir); code != 0 {
		t.Fatalf("uninterrupted run: exit %d", code)
	}
	want := readOutput(t, full)
	if len(want) != n {
		t.Fatalf("uninterrupted run: %d records, want %d", len(want), n)
	}

	t.Run("SIGKILL", func(t *testing.T) {
		out := filepath.Join(tmp, "killed.jsonl")
		cmd, _ := startBatch(t, bin, dir, out, n/3)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		_ = cmd.Wait()
		b, _ := os.ReadFile(out)
		done := bytes.Count(b, []byte("\n"))
		t.Logf("killed with %d of %d records written, torn last line: %v", done, n, len(b) > 0 && b[len(b)-1] != '\n')
		if done >= n {
			t.Fatalf("the run finished before it was killed")
		}
		// A killed writer can leave half a line; make sure the resume sees one.
		f, _ := os.OpenFile(out, os.O_APPEND|os.O_WRONLY, 0)
		f.WriteString(`{"schema":"gisa/1","input":"copy0/scinews-01.txt","id":"copy0/sci`)
		f.Close()
		if code := runToEnd(t, bin, "batch", "--resume", "-j", "2", "-o", out, dir); code != 0 {
			t.Fatalf("resumed run: exit %d", code)
		}
		compareOutputs(t, want, readOutput(t, out))
	})

	t.Run("SIGINT", func(t *testing.T) {
		out := filepath.Join(tmp, "interrupted.jsonl")
		cmd, stderr := startBatch(t, bin, dir, out, n/3)
		if err := cmd.Process.Signal(os.Interrupt); err != nil {
			t.Fatal(err)
		}
		err := cmd.Wait()
		ee, ok := err.(*exec.ExitError)
		if !ok || ee.ExitCode() != 1 || !strings.Contains(stderr.String(), "interrupted") {
			t.Fatalf("interrupted run: %v, stderr %q; want exit 1 and a word that it was interrupted", err, stderr)
		}
		b, _ := os.ReadFile(out)
		if len(b) == 0 || b[len(b)-1] != '\n' {
			t.Fatalf("interrupted output does not end with a whole record")
		}
		got := readOutput(t, out)
		t.Logf("interrupted with %d of %d records written: %s", len(got), n, strings.TrimSpace(stderr.String()))
		if len(got) >= n {
			t.Fatalf("the run finished before it was interrupted")
		}
		if code := runToEnd(t, bin, "batch", "--resume", "-j", "2", "-o", out, dir); code != 0 {
			t.Fatalf("resumed run: exit %d", code)
		}
		compareOutputs(t, want, readOutput(t, out))
	})
}

// readOutput reads a JSON Lines output into its records by input id (each at most once).
func readOutput(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return recordsByInput(t, b)
}

// compareOutputs checks that two outputs hold the same records.
func compareOutputs(t *testing.T, want, got map[string]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d records, want %d", len(got), len(want))
	}
	for id, w := range want {
		g, ok := got[id]
		switch {
		case !ok:
			t.Errorf("input %s is missing", id)
		case g != w:
			t.Errorf("input %s: record differs from the uninterrupted run's:\n got %.200s\nwant %.200s", id, g, w)
		}
	}
}

// TestBatchUnreadableFileAsNobody covers a file and a folder without permissions when the tests
// run as root, who may read anything: the binary runs as the unprivileged user 65534 (nobody),
// to whom chmod 000 entries are unreadable, and each must be an error record.
func TestBatchUnreadableFileAsNobody(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("not root: TestBatchRealAndBrokenInputs checks the chmod 000 file directly")
	}
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildGisa(t)
	dir := t.TempDir()
	// t.TempDir's folders sit in one folder of mode 0700: open the way down for nobody.
	for _, p := range []string{filepath.Dir(dir), filepath.Dir(filepath.Dir(bin))} {
		if filepath.Dir(p) == os.TempDir() {
			if err := os.Chmod(p, 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	in, out := filepath.Join(dir, "in"), filepath.Join(dir, "out")
	write(t, filepath.Join(in, "ok.txt"), []byte("정부 발표\n정부는 반도체에 3조 원을 투자한다고 5일 밝혔다."))
	write(t, filepath.Join(in, "locked.txt"), []byte("정부 발표\n정부는 5일 밝혔다."))
	write(t, filepath.Join(in, "closed", "x.txt"), []byte("정부 발표\n정부는 5일 밝혔다."))
	if err := os.Mkdir(out, 0o777); err != nil {
		t.Fatal(err)
	}
	for p, mode := range map[string]os.FileMode{
		filepath.Dir(bin): 0o755, dir: 0o755, in: 0o755, out: 0o777, filepath.Join(in, "locked.txt"): 0, filepath.Join(in, "closed"): 0,
	} {
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
	}
	// Nobody cannot read root's compiled dictionary: hand over a copy, else the run compiles it.
	if p, err := tokenize.DictCachePath(); err == nil {
		if b, err := os.ReadFile(p); err == nil {
			write(t, filepath.Join(out, "cache", filepath.Base(p)), b)
			os.Chmod(filepath.Join(out, "cache"), 0o755)
		}
	}
	cmd := exec.Command(bin, "batch", "-o", filepath.Join(out, "out.jsonl"), in)
	cmd.Env = []string{"HOME=" + out, "GISA_CACHE_DIR=" + filepath.Join(out, "cache"), "PATH=/usr/bin:/bin"}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("run as nobody: %v, stderr %q; want exit 1 (two inputs failed)", err, stderr.String())
	}
	recs := readOutput(t, filepath.Join(out, "out.jsonl"))
	if len(recs) != 3 {
		t.Fatalf("%d records, want 3: %v", len(recs), recs)
	}
	for id, want := range map[string]string{"locked.txt": "locked.txt: permission denied", "closed": "closed: permission denied"} {
		if got, _ := field(t, recs[id], "error").(string); got != want {
			t.Errorf("%s: error %q, want %q", id, got, want)
		}
	}
	if got, _ := field(t, recs["ok.txt"], "error").(string); got != "" {
		t.Errorf("ok.txt: error %q", got)
	}
}
