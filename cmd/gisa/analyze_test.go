package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gisa-nlp/gisa/internal/articleio"
	"github.com/gisa-nlp/gisa/internal/golden"
	"golang.org/x/text/encoding/korean"
)

// runGisa runs the CLI in-process and returns stdout, stderr and the exit status.
func runGisa(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

// decodeRecords reads JSON Lines output.
func decodeRecords(t *testing.T, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var r map[string]any
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("output line %d is not JSON: %v\n%s", i+1, err, line)
		}
		recs = append(recs, r)
	}
	return recs
}

// TestAnalyzeJSONLinesWithBadLines feeds JSON Lines with a broken line, a line with invalid
// UTF-8, a line without text and a blank line: every record must come out, in order, and the
// exit status must say that some failed.
func TestAnalyzeJSONLinesWithBadLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a1","title":"카카오, 초거대AI 경쟁","text":"백 대표는 “뒤지지 않겠다”고 밝혔다. 챗GPT는 5일 만에 100만 명을 모았다."}`,
		`{"id":"a2","title":"깨진 줄",`,
		"{\"id\":\"a3\",\"title\":\"제목\",\"text\":\"본문\xff이다.\"}",
		``,
		`{"id":"a4","title":"본문 없음"}`,
		`{"id":"a5","text":"지카바이러스\n연구진은 수컷 쥐에게 지카바이러스를 감염시켰다."}`,
	}, "\n") + "\n"
	out, stderr, code := runGisa(t, in, "analyze", "--format", "jsonl")
	if code != exitFailed {
		t.Errorf("exit status %d, want %d; stderr %q", code, exitFailed, stderr)
	}
	if !strings.Contains(stderr, "3 of 5 inputs failed") {
		t.Errorf("stderr %q does not count the failures", stderr)
	}
	recs := decodeRecords(t, out)
	wantIDs := []string{"a1", "-:2", "a3", "a4", "a5"}
	wantErr := []string{"", "-:2: not an article: column 27: unexpected end of JSON input", "-:3: invalid UTF-8 at byte offset 42 in the line", "-:5: no \"text\" field", ""}
	if len(recs) != len(wantIDs) {
		t.Fatalf("%d records, want %d:\n%s", len(recs), len(wantIDs), out)
	}
	for i, r := range recs {
		if r["schema"] != "gisa/1" || r["id"] != wantIDs[i] {
			t.Errorf("record %d: schema %v id %v, want gisa/1 %q", i, r["schema"], r["id"], wantIDs[i])
		}
		e, _ := r["error"].(string)
		if wantErr[i] == "" {
			if e != "" || r["sentences"] == nil {
				t.Errorf("record %d: error %q, sentences %v", i, e, r["sentences"])
			}
		} else if !strings.HasPrefix(e, wantErr[i]) {
			t.Errorf("record %d: error %q, want prefix %q", i, e, wantErr[i])
		}
	}
	if got := recs[0]["title"]; got != "카카오, 초거대AI 경쟁" {
		t.Errorf("a1 title %v", got)
	}
	if got := recs[4]["title"]; got != "지카바이러스" {
		t.Errorf("a5 (no title field): title %v, want the first line", got)
	}
}

// TestAnalyzeSeedFile runs the seed article as plain text in every format.
func TestAnalyzeSeedFile(t *testing.T) {
	seed := filepath.Join("..", "..", "testdata", "seed-kakao.txt")
	out, stderr, code := runGisa(t, "", "analyze", "--format", "jsonl", seed)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	recs := decodeRecords(t, out)
	if len(recs) != 1 || recs[0]["id"] != "seed-kakao.txt" || !strings.HasPrefix(recs[0]["title"].(string), "백상엽") {
		t.Fatalf("records %v", out)
	}
	if _, ok := recs[0]["tokens"]; ok {
		t.Error("tokens without --tokens")
	}
	out, _, code = runGisa(t, "", "analyze", "--tokens", "--format", "json", seed)
	var rec map[string]any
	if err := json.Unmarshal([]byte(out), &rec); err != nil || code != exitOK {
		t.Fatalf("--format json: %v (exit %d)", err, code)
	}
	if toks, _ := rec["tokens"].([]any); len(toks) < 100 {
		t.Errorf("--tokens: %d tokens", len(toks))
	}
	// The CLI writes exactly the root package's golden record and report.
	for format, file := range map[string]string{"json": "seed-kakao.analysis.json", "text": "seed-kakao.report"} {
		want, err := os.ReadFile(filepath.Join("..", "..", "testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		out, _, code = runGisa(t, "", "analyze", "--format", format, seed)
		if code != exitOK || out != string(want) {
			t.Errorf("--format %s (exit %d) differs from testdata/%s (go test -update in the repository root rewrites it): %s",
				format, code, file, golden.FirstDiff(string(want), out))
		}
	}
}

func TestAnalyzeInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// UTF-16LE with BOM: 제목\n본문이다.
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "제목\n본문이다." {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	euckr, err := korean.EUCKR.NewEncoder().Bytes([]byte("제목\n본문이다."))
	if err != nil {
		t.Fatal(err)
	}
	euckrLines, err := korean.EUCKR.NewEncoder().Bytes([]byte(`{"id":"k","title":"제목","text":"본문이다."}` + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	files := []string{
		write("bom.txt", append([]byte{0xEF, 0xBB, 0xBF}, "제목\n본문이다."...)),
		write("utf16.txt", utf16),
		write("page.html", []byte("<!DOCTYPE html><html><body><nav>메뉴</nav><article><h1>제목</h1><p>본문이다.</p></article></body></html>")),
		write("bad.txt", []byte("제목\n본문\xfe")),
		write("euckr.txt", euckr),
		write("euckr.jsonl", euckrLines),
		write("empty.html", []byte("<html><body><script>x()</script></body></html>")),
	}
	out, stderr, code := runGisa(t, "", append([]string{"analyze", "--format", "jsonl"}, files...)...)
	if code != exitFailed {
		t.Errorf("exit %d, want %d (%s)", code, exitFailed, stderr)
	}
	recs := decodeRecords(t, out)
	if len(recs) != 7 {
		t.Fatalf("%d records:\n%s", len(recs), out)
	}
	for _, i := range []int{0, 1, 2, 4, 5} {
		if recs[i]["title"] != "제목" || recs[i]["error"] != nil {
			t.Errorf("%s: title %v error %v", files[i], recs[i]["title"], recs[i]["error"])
		}
	}
	if sents, _ := recs[2]["sentences"].([]any); recs[2]["id"] != "page.html" || len(sents) != 2 {
		t.Errorf("HTML: id %v, sentences %v (want the headline and the body)", recs[2]["id"], recs[2]["sentences"])
	}
	if e, _ := recs[6]["error"].(string); !strings.HasSuffix(e, "empty.html: no article text found in the HTML page") {
		t.Errorf("HTML without text: %v", recs[6])
	}
	if e, _ := recs[3]["error"].(string); !strings.HasSuffix(e, "bad.txt: invalid UTF-8 at byte offset 13") {
		t.Errorf("bad UTF-8: %v", recs[3])
	}
	if _, _, code := runGisa(t, "", "analyze", "--format", "xml"); code != exitUsage {
		t.Errorf("--format xml: exit %d, want %d", code, exitUsage)
	}
}

// TestAnalyzeFolder analyses every file under a folder, in lexical order, skipping hidden ones.
func TestAnalyzeFolder(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"b.txt":         "둘째 기사\n챗GPT는 5일 만에 100만 명을 모았다.",
		"a.txt":         "첫째 기사\n카카오가 신규 모델을 공개했다.",
		"sub/c.jsonl":   `{"id":"c1","title":"셋째","text":"본문이다."}` + "\n",
		".hidden/d.txt": "숨은 파일",
		"sub/.e.txt":    "숨은 파일",
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, stderr, code := runGisa(t, "", "analyze", "--format", "jsonl", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var ids []string
	for _, r := range decodeRecords(t, out) {
		ids = append(ids, r["id"].(string))
	}
	if got := strings.Join(ids, " "); got != "a.txt b.txt c1" {
		t.Errorf("ids %q, want \"a.txt b.txt c1\"", got)
	}
}

func TestParseArticleLine(t *testing.T) {
	for _, tc := range []struct{ line, id, title, err string }{
		{`{"id":"a","title":"제목","text":"본문"}`, "a", "제목", ""},
		{`{"id":1024,"text":"본문"}`, "1024", "", ""},
		{`{"text":"본문"}`, "", "", ""},
		{`{"id":"b","text":5}`, "", "", `not an article: column 18: "text": a JSON number where a string belongs`},
		{`{"id":"b","title":{"x":1},"text":"본문"}`, "", "", `not an article: column 19: "title": a JSON object where a string belongs`},
		{`{"id":"b","text":"본문"} 끝`, "", "", `not an article: column 24: invalid character U+B05D after top-level value`},
		{`null`, "", "", `not an article: column 1: a JSON null where an object belongs`},
		{`{"id":["x"],"text":"본문"}`, "", "", `"id" is ["x"]: want a string or a number`},
		{`["id"]`, "", "", "not an article: column 1: a JSON array where an object belongs"},
		{`{"id":"c","title":"제목"}`, "c", "", `no "text" field`},
	} {
		doc, err := articleio.ParseArticleLine([]byte(tc.line))
		if tc.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tc.err) || doc.ID != tc.id {
				t.Errorf("%s: error %v id %q, want %q id %q", tc.line, err, doc.ID, tc.err, tc.id)
			}
			continue
		}
		if err != nil || doc.ID != tc.id || doc.Title != tc.title {
			t.Errorf("%s: %+v %v", tc.line, doc, err)
		}
	}
}

// TestAnalyzeStreams checks that a JSON Lines record comes out before the next line comes in,
// as a streaming mapper must (Hadoop streaming, Spark pipe).
func TestAnalyzeStreams(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		code := run([]string{"analyze", "--format", "jsonl"}, inR, outW, &stderr)
		outW.Close()
		done <- code
	}()
	lines := make(chan string)
	go func() {
		br := bufio.NewReader(outR)
		for {
			l, err := br.ReadString('\n')
			if err != nil {
				close(lines)
				return
			}
			lines <- l
		}
	}()
	next := func() string {
		select {
		case l := <-lines:
			return l
		case <-time.After(60 * time.Second):
			t.Fatal("no record within 60 s: the output does not stream")
			return ""
		}
	}
	if _, err := io.WriteString(inW, `{"id":"s1","title":"제목","text":"첫 기사다."}`+"\n"); err != nil {
		t.Fatal(err)
	}
	if l := next(); !strings.Contains(l, `"id":"s1"`) {
		t.Fatalf("first record %q", l)
	}
	if _, err := io.WriteString(inW, `{"id":"s2","title":"제목","text":"둘째 기사다."}`+"\n"); err != nil {
		t.Fatal(err)
	}
	inW.Close()
	if l := next(); !strings.Contains(l, `"id":"s2"`) {
		t.Fatalf("second record %q", l)
	}
	if code := <-done; code != exitOK {
		t.Errorf("exit %d: %s", code, stderr.String())
	}
}

// knownInputBytes counts what can be known before reading: named files, files under folders
// (not hidden ones), standard input when it is a regular file but not a pipe; and it stops
// once the limit is reached.
func TestKnownInputBytes(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, n int) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, bytes.Repeat([]byte("가"), n/3), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.txt", 3000)
	write("sub/b.txt", 6000)
	write("sub/.hidden.txt", 9000)
	write(".git/c.txt", 9000)
	const big = 1 << 40
	if got := knownInputBytes([]string{a}, nil, big); got != 3000 {
		t.Errorf("one file: %d bytes, want 3000", got)
	}
	if got := knownInputBytes([]string{dir}, nil, big); got != 9000 {
		t.Errorf("folder: %d bytes, want 9000 (a.txt and sub/b.txt, hidden ones left out)", got)
	}
	if got := knownInputBytes([]string{a, filepath.Join(dir, "missing.txt")}, nil, big); got != 3000 {
		t.Errorf("with a missing file: %d bytes, want 3000", got)
	}
	if got := knownInputBytes([]string{a, a, a}, nil, 5000); got != 6000 {
		t.Errorf("limit 5000: %d bytes, want 6000 (stops after the second file)", got)
	}
	f, err := os.Open(a)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := knownInputBytes(nil, f, big); got != 3000 {
		t.Errorf("stdin from a file: %d bytes, want 3000", got)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if got := knownInputBytes([]string{"-"}, r, big); got != 0 {
		t.Errorf("stdin from a pipe: %d bytes, want 0 (unknown)", got)
	}
	if got := knownInputBytes(nil, strings.NewReader("텍스트"), big); got != 0 {
		t.Errorf("stdin not a file: %d bytes, want 0", got)
	}
}

// brokenTree lays out a folder as gisa analyze and gisa batch meet it: the same name in two
// folders, an archive, an empty file, a file over --max-bytes, a dangling symlink and a symlink
// loop. It returns the folder.
func brokenTree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"x/a.txt":     "첫째 기사\n카카오가 신규 모델을 공개했다.",
		"y/a.txt":     "둘째 기사\n챗GPT는 5일 만에 100만 명을 모았다.",
		"y/empty.txt": "",
		"y/big.txt":   strings.Repeat("정부는 5일 밝혔다. ", 300),
	}
	for name, text := range files {
		write(t, filepath.Join(dir, filepath.FromSlash(name)), []byte(text))
	}
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	w, _ := zw.Create("in/c.txt")
	io.WriteString(w, "셋째 기사\n김영희 교수는 \"좋다\"고 말했다.")
	zw.Close()
	write(t, filepath.Join(dir, "z.zip"), zb.Bytes())
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "y", "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "y", "loop.txt")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestAnalyzeLikeBatch: analyze reads what batch reads and writes, in input order, the same
// records under the same ids (batch's without its "input" field): paths under the folder, an
// archive's members, error records for the empty file, the file over --max-bytes, the links
// that lead nowhere or in a loop and a missing file among the names; the rest goes on, exit 1.
func TestAnalyzeLikeBatch(t *testing.T) {
	dir := brokenTree(t)
	missing := filepath.Join(t.TempDir(), "missing.txt")
	args := []string{dir, missing}
	analyzed, stderr, code := runGisa(t, "", append([]string{"analyze", "--format", "jsonl", "--max-bytes", "2KiB", "-j", "2"}, args...)...)
	if code != exitFailed || !strings.Contains(stderr, "5 of 8 inputs failed") {
		t.Errorf("analyze: exit %d, stderr %q: want 1 and 5 of 8 inputs failed", code, stderr)
	}
	batched, stderr, code := runGisa(t, "", append([]string{"batch", "--ordered", "-q", "--max-bytes", "2KiB", "-j", "2"}, args...)...)
	if code != exitFailed {
		t.Errorf("batch: exit %d, stderr %q", code, stderr)
	}
	var ids, errs []string
	for _, r := range decodeRecords(t, analyzed) {
		ids = append(ids, r["id"].(string))
		if e, ok := r["error"].(string); ok {
			errs = append(errs, e)
		}
	}
	wantIDs := []string{"x/a.txt", "y/a.txt", "y/big.txt", "y/dangling.txt", "y/empty.txt", "y/loop.txt", "z.zip/in/c.txt", "missing.txt"}
	if !reflect.DeepEqual(ids, wantIDs) {
		t.Errorf("ids %q, want %q", ids, wantIDs)
	}
	wantErrs := []string{
		"y/big.txt: 7800 bytes, over the limit of 2048 bytes (--max-bytes)",
		"y/dangling.txt: no such file or directory",
		"y/empty.txt: empty input: no text to analyse",
		"y/loop.txt: too many levels of symbolic links",
		missing + ": no such file or directory",
	}
	if !reflect.DeepEqual(errs, wantErrs) {
		t.Errorf("errors %q, want %q", errs, wantErrs)
	}
	a := strings.Split(strings.TrimSpace(analyzed), "\n")
	b := strings.Split(strings.TrimSpace(batched), "\n")
	if len(a) != len(b) {
		t.Fatalf("%d analyze records, %d batch records", len(a), len(b))
	}
	for i := range a {
		var rec map[string]json.RawMessage
		if err := json.Unmarshal([]byte(b[i]), &rec); err != nil {
			t.Fatal(err)
		}
		without := strings.Replace(b[i], `"input":`+string(rec["input"])+`,`, "", 1)
		if without != a[i] {
			t.Errorf("record %d: batch's without its input differs from analyze's:\n%.200s\n%.200s", i, without, a[i])
		}
	}
}

// TestAnalyzeJSONArray: --format json writes one JSON value: an object for one article, an
// array when the input can hold several (several names, a folder, JSON Lines), [] for a folder
// without articles.
func TestAnalyzeJSONArray(t *testing.T) {
	dir := t.TempDir()
	one := filepath.Join(dir, "one.txt")
	write(t, one, []byte("첫째 기사\n카카오가 신규 모델을 공개했다."))
	write(t, filepath.Join(dir, "sub", "two.txt"), []byte("둘째 기사\n챗GPT는 5일 만에 100만 명을 모았다."))
	lines := `{"id":"l1","title":"제목","text":"정부는 5일 밝혔다."}` + "\n" + `{"id":"l2","title":"제목","text":"정부는 6일 밝혔다."}` + "\n"
	empty := t.TempDir()
	for _, tc := range []struct {
		stdin string
		args  []string
		ids   []string // nil: one object
		id    string
		code  int
	}{
		{"", []string{one}, nil, "one.txt", exitOK},
		{"첫째 기사\n카카오가 신규 모델을 공개했다.", nil, nil, "-", exitOK},
		{"\n\n", []string{"-"}, nil, "-", exitFailed}, // an empty article: its error record
		{"", []string{one, filepath.Join(dir, "sub", "two.txt")}, []string{"one.txt", "two.txt"}, "", exitOK},
		{"", []string{dir}, []string{"one.txt", "sub/two.txt"}, "", exitOK},
		{lines, nil, []string{"l1", "l2"}, "", exitOK},
		{lines[:strings.IndexByte(lines, '\n')+1], nil, []string{"l1"}, "", exitOK},
		{"", []string{empty}, []string{}, "", exitOK},
	} {
		out, stderr, code := runGisa(t, tc.stdin, append([]string{"analyze"}, tc.args...)...)
		if code != tc.code {
			t.Errorf("%q %.20q: exit %d, want %d: %s", tc.args, tc.stdin, code, tc.code, stderr)
		}
		var v any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Errorf("%q %.20q: not one JSON value: %v\n%.300s", tc.args, tc.stdin, err, out)
			continue
		}
		switch x := v.(type) {
		case map[string]any:
			if tc.ids != nil || x["id"] != tc.id {
				t.Errorf("%q %.20q: an object with id %v, want ids %q / id %q", tc.args, tc.stdin, x["id"], tc.ids, tc.id)
			}
		case []any:
			ids := []string{}
			for _, r := range x {
				ids = append(ids, r.(map[string]any)["id"].(string))
			}
			if !reflect.DeepEqual(ids, tc.ids) {
				t.Errorf("%q %.20q: array of %q, want %q", tc.args, tc.stdin, ids, tc.ids)
			}
		}
	}
}

// TestJobsAndWorkers: -j 0 and --workers 0 mean the same (one worker per core) in analyze and
// batch; a negative count is a usage error.
func TestJobsAndWorkers(t *testing.T) {
	in := `{"id":"l1","title":"제목","text":"정부는 5일 밝혔다."}` + "\n"
	var outs []string
	for _, args := range [][]string{
		{"analyze", "-j", "0"}, {"analyze", "--workers", "0"}, {"analyze", "--jobs", "0"},
		{"batch", "-q", "-j", "0", "-"}, {"batch", "-q", "--workers", "0", "-"},
	} {
		out, stderr, code := runGisa(t, in, args...)
		if code != exitOK {
			t.Errorf("%q: exit %d: %s", args, code, stderr)
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] || outs[1] != outs[2] || outs[3] != outs[4] {
		t.Errorf("-j 0, --workers 0 and --jobs 0 differ")
	}
	for _, cmd := range []string{"analyze", "batch"} {
		if _, _, code := runGisa(t, in, cmd, "--workers", "-1", "-"); code != exitUsage {
			t.Errorf("%s --workers -1: exit %d, want 2", cmd, code)
		}
	}
}
