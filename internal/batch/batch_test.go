package batch

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gisa-nlp/gisa"
)

// TestRunFolder walks a folder of text files, a JSON Lines file and broken inputs: every input
// comes out exactly once, real articles as records with their headline, broken ones as error
// records that say what went wrong.
func TestRunFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":            testArticles[0],
		"sub/b.txt":        "\ufeff" + testArticles[1], // UTF-8 with BOM
		"sub/deep/c.txt":   testArticles[2],
		"lines.jsonl":      `{"id":"art-1","title":"제목","text":"김영희 교수는 \"좋다\"고 말했다."}` + "\n\n" + `{"id":` + "\n" + `{"title":"x","text":"정부는 5일 밝혔다."}` + "\n",
		"empty.txt":        " \n",
		"bad.txt":          "정부는\xff\xfe 밝혔다.",
		"big.txt":          strings.Repeat("가", 400),
		"notes.md":         "not an input by default",
		".hidden/x.txt":    testArticles[3],
		"skip/me.txt":      testArticles[3],
		"sub/.dotfile.txt": testArticles[3],
	})
	var out bytes.Buffer
	st, err := runBatch(t, Config{Roots: []string{dir}, Exclude: []string{"skip"}, MaxBytes: 1000, Stdout: &out, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	recs := readRecords(t, out.Bytes())
	want := []string{"a.txt", "bad.txt", "big.txt", "empty.txt", "lines.jsonl:1", "lines.jsonl:3", "lines.jsonl:4", "sub/b.txt", "sub/deep/c.txt"}
	if got := inputsOf(recs); !reflect.DeepEqual(got, want) {
		t.Fatalf("inputs in the output:\n got %q\nwant %q", got, want)
	}
	if st.OK != 5 || st.Failed != 4 || st.Skipped != 0 {
		t.Errorf("stats = %+v, want 5 ok, 4 failed", st)
	}
	byInput := map[string]record{}
	for _, r := range recs {
		byInput[r.Input] = r
	}
	for input, wantErr := range map[string]string{
		"bad.txt":       "bad.txt: invalid UTF-8 at byte offset 9",
		"big.txt":       "big.txt: 1200 bytes, over the limit of 1000 bytes (--max-bytes)",
		"empty.txt":     "empty.txt: empty input: no text to analyse",
		"lines.jsonl:3": "lines.jsonl:3: unexpected end of JSON input",
	} {
		if got := byInput[input].Error; got != wantErr {
			t.Errorf("%s: error %q, want %q", input, got, wantErr)
		}
	}
	for input, wantTitle := range map[string]string{
		"a.txt":         `백상엽 대표 "AI 경쟁 뒤지지 않겠다"`,
		"sub/b.txt":     "챗GPT 사용자 1억 명",
		"lines.jsonl:1": "제목",
		"lines.jsonl:4": "x",
	} {
		if r := byInput[input]; r.Title != wantTitle || r.Error != "" {
			t.Errorf("%s: title %q error %q, want title %q", input, r.Title, r.Error, wantTitle)
		}
	}
	if id := byInput["lines.jsonl:1"].ID; id != "art-1" {
		t.Errorf("a JSON Lines article keeps its own id: got %q", id)
	}
	if id := byInput["lines.jsonl:4"].ID; id != "lines.jsonl:4" {
		t.Errorf("a JSON Lines article without id takes its input id: got %q", id)
	}
}

// TestRunIncludeExclude checks the globs: on the base name, or on the path with a slash.
func TestRunIncludeExclude(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"x/a.txt": testArticles[0], "x/b.text": testArticles[1], "y/a.txt": testArticles[2], "y/c.md": testArticles[3],
	})
	for _, tc := range []struct {
		include, exclude []string
		want             []string
	}{
		{nil, nil, []string{"x/a.txt", "x/b.text", "y/a.txt"}},
		{[]string{"*.md"}, nil, []string{"y/c.md"}},
		{nil, []string{"y"}, []string{"x/a.txt", "x/b.text"}},
		{nil, []string{"x/*.txt"}, []string{"x/b.text", "y/a.txt"}},
		{[]string{"y/*"}, nil, []string{"y/a.txt", "y/c.md"}},
	} {
		w := &walker{include: tc.include, exclude: tc.exclude}
		if w.include == nil {
			w.include = DefaultInclude
		}
		files, err := w.list([]string{dir})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range files {
			got = append(got, f.id)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("include %q exclude %q: got %q, want %q", tc.include, tc.exclude, got, tc.want)
		}
	}
}

// TestRunDuplicateIDs: two roots whose files have the same relative path are a usage error.
func TestRunDuplicateIDs(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	writeFiles(t, a, map[string]string{"x.txt": testArticles[0]})
	writeFiles(t, b, map[string]string{"x.txt": testArticles[1]})
	_, err := runBatch(t, Config{Roots: []string{a, b}, Stdout: &bytes.Buffer{}})
	if _, ok := err.(*UsageError); !ok || !strings.Contains(err.Error(), `same id "x.txt"`) {
		t.Fatalf("got %v, want a usage error naming the id", err)
	}
}

// TestRunUsageErrors lists settings that must be refused before anything is read.
func TestRunUsageErrors(t *testing.T) {
	dir := t.TempDir()
	for _, cfg := range []Config{
		{},
		{Roots: []string{dir}, Output: "x", OutDir: "y"},
		{Roots: []string{dir}, Resume: true},
		{Roots: []string{dir}, Workers: -1},
		{Roots: []string{dir}, Include: []string{"[a"}},
		{Roots: []string{"-", "-"}},
		{Roots: []string{dir}, Sink: &collect{}, Output: "x"},
		{Roots: []string{dir}, Sink: &collect{}, Resume: true},
	} {
		if err := cfg.Check(); err == nil {
			t.Errorf("%+v: no error", cfg)
		} else if _, ok := err.(*UsageError); !ok {
			t.Errorf("%+v: %T %v, want *UsageError", cfg, err, err)
		}
	}
}

// TestRunStdin reads JSON Lines on standard input ("-"), in order with Ordered.
func TestRunStdin(t *testing.T) {
	var in strings.Builder
	for i, a := range testArticles {
		title, text, _ := strings.Cut(a, "\n")
		fmt.Fprintf(&in, "{\"id\":\"n%d\",\"title\":%q,\"text\":%q}\n", i, title, text)
	}
	var out bytes.Buffer
	_, err := runBatch(t, Config{Roots: []string{"-"}, Stdin: strings.NewReader(in.String()), Stdout: &out, Ordered: true, Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range readRecords(t, out.Bytes()) {
		got = append(got, r.Input+"="+r.ID)
	}
	want := []string{"-:1=n0", "-:2=n1", "-:3=n2", "-:4=n3"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// jitter wraps the analyzer and sleeps a random while, so that articles finish out of order.
type jitter struct {
	a       Analyzer
	running atomic.Int32
	most    atomic.Int32
}

func (j *jitter) Analyze(ctx context.Context, doc gisa.Document) (*gisa.Analysis, error) {
	n := j.running.Add(1)
	defer j.running.Add(-1)
	for {
		m := j.most.Load()
		if n <= m || j.most.CompareAndSwap(m, n) {
			break
		}
	}
	time.Sleep(time.Duration(rand.IntN(3000)) * time.Microsecond)
	return j.a.Analyze(ctx, doc)
}

// TestRunOrdered runs 60 articles on 4 workers that finish out of order: with Ordered the
// records come in input order, and the workers really ran side by side.
func TestRunOrdered(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	var want []string
	for i := range 60 {
		name := fmt.Sprintf("d%d/%02d.txt", i%3, i)
		files[name] = testArticles[i%len(testArticles)]
	}
	writeFiles(t, dir, files)
	for d := range 3 {
		for i := d; i < 60; i += 3 {
			want = append(want, fmt.Sprintf("d%d/%02d.txt", d, i))
		}
	}
	j := &jitter{a: testAnalyzer(t)}
	var out bytes.Buffer
	st, err := runBatch(t, Config{Roots: []string{dir}, Stdout: &out, Ordered: true, Workers: 4, Analyzer: j})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range readRecords(t, out.Bytes()) {
		got = append(got, r.Input)
	}
	if !reflect.DeepEqual(got, want) || st.OK != 60 {
		t.Fatalf("ordered output %q (%+v), want %q", got, st, want)
	}
	if j.most.Load() < 2 {
		t.Errorf("at most %d articles were analysed at once with 4 workers", j.most.Load())
	}
}

// TestRunInterrupted cancels the run after the first record: the records in flight are still
// written whole, the rest are not read, and the stats say so.
func TestRunInterrupted(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	const workers = 2
	total := 2*maxEach*workers + 8 // more than can be in flight
	for i := range total {
		files[fmt.Sprintf("%03d.txt", i)] = testArticles[i%len(testArticles)]
	}
	writeFiles(t, dir, files)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &cancelAfter{n: 1, cancel: cancel}
	st, err := Run(ctx, Config{Roots: []string{dir}, Stdout: w, Workers: workers, Analyzer: testAnalyzer(t), Decoder: testDecoder})
	if err != ErrInterrupted || !st.Interrupted {
		t.Fatalf("got %v %+v, want ErrInterrupted", err, st)
	}
	recs := readRecords(t, w.buf.Bytes())
	if len(recs) != st.OK+st.Failed || len(recs) == 0 || len(recs) >= total {
		t.Fatalf("%d records written, stats %+v: want the in-flight ones only", len(recs), st)
	}
}

// cancelAfter cancels a context once n records were written to it.
type cancelAfter struct {
	buf    bytes.Buffer
	n      int
	cancel func()
}

func (c *cancelAfter) Write(p []byte) (int, error) {
	c.n--
	if c.n == 0 {
		c.cancel()
	}
	return c.buf.Write(p)
}

// TestResumeJSONL resumes after a run that was killed in the middle of a line: the torn line
// is cut off and every input ends up in the output exactly once.
func TestResumeJSONL(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 8 {
		files[fmt.Sprintf("%d.txt", i)] = testArticles[i%len(testArticles)]
	}
	writeFiles(t, dir, files)
	full := filepath.Join(t.TempDir(), "full.jsonl")
	if _, err := runBatch(t, Config{Roots: []string{dir}, Output: full, Ordered: true}); err != nil {
		t.Fatal(err)
	}
	whole, err := os.ReadFile(full)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(whole), "\n")
	// A killed run: three records, then half of the fourth.
	out := filepath.Join(t.TempDir(), "out.jsonl")
	torn := strings.Join(lines[:3], "") + lines[3][:len(lines[3])/2]
	if err := os.WriteFile(out, []byte(torn), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := runBatch(t, Config{Roots: []string{dir}, Output: out, Resume: true, Ordered: true})
	if err != nil {
		t.Fatal(err)
	}
	if st.Skipped != 3 || st.OK != 5 {
		t.Errorf("stats %+v, want 3 skipped, 5 ok", st)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(whole) {
		t.Errorf("resumed output differs from an uninterrupted run:\n%d bytes vs %d", len(got), len(whole))
	}
	// Resuming a finished output does nothing.
	st, err = runBatch(t, Config{Roots: []string{dir}, Output: out, Resume: true})
	if err != nil || st.Skipped != 8 || st.OK+st.Failed != 0 {
		t.Errorf("second resume: %+v %v, want all 8 skipped", st, err)
	}
}

// TestOutDir writes one file per input mirroring the tree, and resumes by the files present.
func TestOutDir(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":       testArticles[0],
		"s/b.txt":     testArticles[1],
		"s/l.jsonl":   `{"title":"제목","text":"정부는 5일 밝혔다."}` + "\n" + `{"title":"제목2","text":"김영희 교수는 말했다."}` + "\n",
		"s/empty.txt": "",
	})
	outDir := filepath.Join(dir, "out") // inside the walked folder: must not be read back
	st, err := runBatch(t, Config{Roots: []string{dir}, OutDir: outDir})
	if err != nil || st.OK != 4 || st.Failed != 1 {
		t.Fatalf("%+v %v, want 4 ok, 1 failed", st, err)
	}
	want := []string{"a.txt.json", "s/b.txt.json", "s/empty.txt.json", "s/l.jsonl/1.json", "s/l.jsonl/2.json"}
	var got []string
	filepath.WalkDir(outDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(outDir, p)
			got = append(got, filepath.ToSlash(rel))
		}
		return err
	})
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("output files %q, want %q", got, want)
	}
	b, _ := os.ReadFile(filepath.Join(outDir, "s", "l.jsonl", "2.json"))
	if r := readRecords(t, b); len(r) != 1 || r[0].Input != "s/l.jsonl:2" || r[0].Title != "제목2" {
		t.Errorf("s/l.jsonl/2.json = %s", b)
	}
	os.Remove(filepath.Join(outDir, "s", "b.txt.json"))
	tmp := filepath.Join(outDir, "s", ".b.txt.json.tmp123") // left by a killed run
	writeFiles(t, outDir, map[string]string{"s/.b.txt.json.tmp123": "{\"schema\":"})
	st, err = runBatch(t, Config{Roots: []string{dir}, OutDir: outDir, Resume: true})
	if err != nil || st.OK != 1 || st.Skipped != 4 {
		t.Errorf("resume: %+v %v, want 1 ok, 4 skipped", st, err)
	}
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Errorf("resume left the temporary file of a killed run: %v", err)
	}
}

// TestEncodeAnalysis checks that the input id goes right after the schema.
func TestEncodeAnalysis(t *testing.T) {
	res, err := testAnalyzer(t).Analyze(context.Background(), gisa.Document{ID: "x", Text: "정부는 <5일> 밝혔다."})
	if err != nil {
		t.Fatal(err)
	}
	b, err := encodeAnalysis("dir/x.txt", res)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), `{"schema":"gisa/1","input":"dir/x.txt","id":"x",`) || !strings.HasSuffix(string(b), "}\n") {
		t.Errorf("record starts %.60s", b)
	}
	if !strings.Contains(string(b), "<5일>") {
		t.Errorf("HTML characters escaped: %s", b)
	}
}

// TestReadLine checks line sizes, CRLF and lines over the limit.
func TestReadLine(t *testing.T) {
	in := "ab\r\n" + strings.Repeat("x", 100) + "\nlast"
	br := bufioReader(in)
	for _, want := range []struct {
		line string
		size int64
		eof  bool
	}{{"ab", 2, false}, {strings.Repeat("x", 11), 100, false}, {"last", 4, true}} {
		line, size, err := readLine(br, 10)
		if size != want.size || (size <= 10 && string(line) != want.line) || (err != nil) != want.eof {
			t.Errorf("got %q %d %v, want %q %d eof=%v", line, size, err, want.line, want.size, want.eof)
		}
	}
}

// TestOutputInsideRoot: the JSON Lines output inside the walked folder is not read as input,
// also when resuming.
func TestOutputInsideRoot(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": testArticles[0], "b.txt": testArticles[1]})
	out := filepath.Join(dir, "out.jsonl")
	for _, resume := range []bool{false, true} {
		st, err := runBatch(t, Config{Roots: []string{dir}, Output: out, Resume: resume})
		if err != nil {
			t.Fatal(err)
		}
		if resume && (st.Skipped != 2 || st.OK+st.Failed != 0) || !resume && st.OK != 2 {
			t.Errorf("resume=%v: %+v, want the two articles and not the output", resume, st)
		}
	}
}

// TestOutputAsRoot: naming the output as an input is a usage error.
func TestOutputAsRoot(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.jsonl")
	writeFiles(t, filepath.Dir(out), map[string]string{"out.jsonl": ""})
	_, err := runBatch(t, Config{Roots: []string{out}, Output: out, Resume: true})
	if _, ok := err.(*UsageError); !ok {
		t.Fatalf("got %v, want a usage error", err)
	}
}

// TestOutDirStdin writes the records of standard input's lines under OUT/stdin.
func TestOutDirStdin(t *testing.T) {
	out := t.TempDir()
	in := `{"title":"제목","text":"정부는 5일 밝혔다."}` + "\n\n" + `{"title":"제목2","text":"김영희 교수는 말했다."}` + "\n"
	st, err := runBatch(t, Config{Roots: []string{"-"}, Stdin: strings.NewReader(in), OutDir: out})
	if err != nil || st.OK != 2 {
		t.Fatalf("%+v %v", st, err)
	}
	for _, name := range []string{"1.json", "3.json"} {
		if _, err := os.Stat(filepath.Join(out, "stdin", name)); err != nil {
			t.Error(err)
		}
	}
}

// TestProgress draws the bar with the count of the inputs still to do.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": testArticles[0], "b.txt": testArticles[1], "c.jsonl": `{"text":"정부는 5일 밝혔다."}` + "\n"})
	var bar bytes.Buffer
	if _, err := runBatch(t, Config{Roots: []string{dir}, Stdout: io.Discard, Progress: &bar}); err != nil {
		t.Fatal(err)
	}
	if s := bar.String(); !strings.Contains(s, "analysing") || !strings.Contains(s, "/3, ") {
		t.Errorf("progress bar drew %q, want the count out of 3", s)
	}
}

// collect is a Sink that keeps what it is given.
type collect struct{ got []Result }

func (c *collect) Write(r Result) error {
	r.Data = append([]byte(nil), r.Data...)
	c.got = append(c.got, r)
	return nil
}

// TestRunBrokenRoots: roots that do not exist, a symlink loop and a dangling link named or
// found in a folder are inputs that fail, each an error record naming it; the rest goes on.
// (AllowSameID lets the loop be named and found.)
func TestRunBrokenRoots(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"ok.txt": testArticles[0], "sub/b.txt": testArticles[1]})
	loop := filepath.Join(dir, "sub", "loop.txt")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	var out bytes.Buffer
	st, err := runBatch(t, Config{Roots: []string{missing, filepath.Join(dir, "ok.txt"), filepath.Join(dir, "sub"), loop, filepath.Join(dir, "gone")}, Stdout: &out, Ordered: true, AllowSameID: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range readRecords(t, out.Bytes()) {
		got = append(got, r.Input+" | "+r.Error)
	}
	want := []string{
		"missing.txt | " + missing + ": no such file or directory",
		"ok.txt | ",
		"b.txt | ",
		"loop.txt | loop.txt: too many levels of symbolic links",
		"loop.txt | " + loop + ": too many levels of symbolic links",
		"gone | " + filepath.Join(dir, "gone") + ": no such file or directory",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("records:\n got %q\nwant %q", got, want)
	}
	if st.OK != 2 || st.Failed != 4 {
		t.Errorf("stats %+v, want 2 ok, 4 failed", st)
	}
}

// TestResumeCountsEarlierErrors: resuming an output that holds error records skips those
// inputs and counts them, JSON Lines and folder alike, so that the run can still say (exit 1)
// that inputs failed.
func TestResumeCountsEarlierErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": testArticles[0], "bad.txt": "정부는\xff 밝혔다.", "empty.txt": ""})
	for _, out := range []Config{{Output: filepath.Join(t.TempDir(), "out.jsonl")}, {OutDir: t.TempDir()}} {
		cfg := out
		cfg.Roots = []string{dir}
		st, err := runBatch(t, cfg)
		if err != nil || st.OK != 1 || st.Failed != 2 {
			t.Fatalf("first run: %+v %v", st, err)
		}
		cfg.Resume = true
		st, err = runBatch(t, cfg)
		if err != nil || st.OK+st.Failed != 0 || st.Skipped != 3 || st.FailedEarly != 2 {
			t.Errorf("%+v: resume %+v %v, want 3 skipped, 2 of them error records", out, st, err)
		}
		if s := st.String(); !strings.Contains(s, "3 skipped (already done, 2 of them error records)") {
			t.Errorf("summary %q", s)
		}
	}
}

// TestIsErrorRecord reads the leading keys of records.
func TestIsErrorRecord(t *testing.T) {
	for rec, want := range map[string]bool{
		`{"schema":"gisa/1","id":"a","input":"a.txt","error":"a.txt: empty input"}`: true,
		`{"schema":"gisa/1","input":"a.txt","id":"a","title":"제목","error":"x"}`:     false,
		`{"schema":"gisa/1","id":"a","error":"x"}`:                                  true,
		`{"schema":"gisa/1","input":"a.txt","id":"a","title":"t","sentences":[]}`:   false,
		`[]`: false, ``: false, `{"schema":`: false,
	} {
		if got := isErrorRecord(strings.NewReader(rec)); got != want {
			t.Errorf("%s: %v, want %v", rec, got, want)
		}
	}
}

// TestRunStdinForms: with StdinArticle (gisa analyze) standard input is one article or JSON
// Lines, told by its first bytes; without it (gisa batch) anything but JSON Lines is one error
// record saying so.
func TestRunStdinForms(t *testing.T) {
	lines := `{"id":"n1","title":"제목","text":"정부는 5일 밝혔다."}` + "\n"
	for _, tc := range []struct {
		in      string
		article bool
		want    []string // input | title | error
	}{
		{testArticles[1], true, []string{`- | 챗GPT 사용자 1억 명 | `}},
		{"\n  " + lines, true, []string{`-:2 | 제목 | `}},
		{lines, false, []string{`-:1 | 제목 | `}},
		{strings.Repeat(" \n", 100) + lines, false, []string{`-:101 | 제목 | `}},
		{"", true, []string{`- |  | -: empty input: no text to analyse`}},
		{strings.Repeat("가", 400), true, []string{`- |  | -: 1200 bytes, over the limit of 1000 bytes (--max-bytes)`}},
		{testArticles[1], false, []string{`- |  | -: ` + errStdinNotLines.Error()}},
		{"", false, nil},
	} {
		var out bytes.Buffer
		_, err := runBatch(t, Config{Roots: []string{"-"}, Stdin: strings.NewReader(tc.in), Stdout: &out, StdinArticle: tc.article, MaxBytes: 1000})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range readRecords(t, out.Bytes()) {
			got = append(got, r.Input+" | "+r.Title+" | "+r.Error)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%.30q (article %v):\n got %q\nwant %q", tc.in, tc.article, got, tc.want)
		}
	}
}

// TestRunNamedJSONLines: a file named as a root is JSON Lines when its first character is {,
// whatever its name; in a folder the name decides.
func TestRunNamedJSONLines(t *testing.T) {
	dir := t.TempDir()
	lines := `{"id":"n1","title":"제목","text":"정부는 5일 밝혔다."}` + "\n" + `{"title":"둘째","text":"김영희 교수는 말했다."}` + "\n"
	writeFiles(t, dir, map[string]string{"sub/lines.txt": lines})
	var out bytes.Buffer
	if _, err := runBatch(t, Config{Roots: []string{filepath.Join(dir, "sub", "lines.txt"), dir}, Stdout: &out, Ordered: true}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range readRecords(t, out.Bytes()) {
		got = append(got, r.Input+"="+r.ID)
	}
	want := []string{"lines.txt:1=n1", "lines.txt:2=lines.txt:2", "sub/lines.txt=sub/lines.txt"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestRunSink hands the records, made by a Format, to a Sink in input order.
func TestRunSink(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"e.txt": ""}
	for i := range 12 {
		files[fmt.Sprintf("%02d.txt", i)] = testArticles[i%len(testArticles)]
	}
	writeFiles(t, dir, files)
	sink := &collect{}
	format := Format{
		Record: func(input string, a *gisa.Analysis) ([]byte, error) { return []byte(input + ":" + a.Title), nil },
		Error:  func(input, id string, err error) []byte { return []byte("error " + err.Error()) },
	}
	st, err := runBatch(t, Config{Roots: []string{dir}, Sink: sink, Format: format, Ordered: true, Workers: 3, Analyzer: &jitter{a: testAnalyzer(t)}})
	if err != nil || st.OK != 12 || st.Failed != 1 {
		t.Fatalf("%+v %v", st, err)
	}
	for i, r := range sink.got[:12] {
		want := fmt.Sprintf("%02d.txt:%s", i, strings.SplitN(testArticles[i%len(testArticles)], "\n", 2)[0])
		if r.Input != fmt.Sprintf("%02d.txt", i) || string(r.Data) != want || r.Failed {
			t.Errorf("result %d: %+v, want %q", i, r, want)
		}
	}
	if r := sink.got[12]; !r.Failed || string(r.Data) != "error e.txt: empty input: no text to analyse" {
		t.Errorf("last result %+v %q", r, r.Data)
	}
}
