package gisabeam

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"golang.org/x/text/encoding/korean"
)

func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// sharedArticles are the news articles of ../shared, or a skip.
func sharedArticles(t testing.TB) []map[string]string {
	t.Helper()
	path := filepath.Join("..", "..", "shared", "data", "news", "articles.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("../shared not found: %v", err)
	}
	defer f.Close()
	var arts []map[string]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var a struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		arts = append(arts, map[string]string{"id": a.ID, "title": a.Title, "text": a.Text})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return arts
}

// writeInputs lays the articles out in dir as `gisa batch` and the pipeline meet them: plain
// text files (UTF-8, UTF-8 with BOM, UTF-16LE and BE, EUC-KR, one in a subfolder), an HTML
// page, a JSON Lines file, and broken inputs (invalid bytes, an empty file, random garbage,
// odd UTF-16, broken JSON Lines lines, a file over the size limit). It returns how many
// articles it wrote.
func writeInputs(t testing.TB, dir string, arts []map[string]string, max int) int {
	t.Helper()
	write := func(name string, b []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	plain := func(a map[string]string) string { return a["title"] + "\n\n" + a["text"] + "\n" }
	n := 0
	var lines bytes.Buffer
	for i, a := range arts {
		name := fmt.Sprintf("%02d-%s", i, a["id"])
		switch {
		case i == 0:
			write(name+".txt", append([]byte{0xEF, 0xBB, 0xBF}, plain(a)...))
		case i == 1 || i == 2:
			b := []byte{0xFF, 0xFE}
			if i == 2 {
				b = []byte{0xFE, 0xFF}
			}
			for _, u := range utf16.Encode([]rune(plain(a))) {
				if i == 1 {
					b = append(b, byte(u), byte(u>>8))
				} else {
					b = append(b, byte(u>>8), byte(u))
				}
			}
			write(name+".txt", b)
		case i == 3:
			b, err := korean.EUCKR.NewEncoder().Bytes([]byte(plain(a)))
			if err != nil { // a character EUC-KR lacks: write it as UTF-8
				b = []byte(plain(a))
			}
			write(name+".txt", b)
		case i == 4:
			write(name+".html", fmt.Appendf(nil, "<!DOCTYPE html><html><head><title>%s</title></head><body><nav>메뉴</nav><article><h1>%s</h1><p>%s</p></article></body></html>",
				a["title"], a["title"], strings.ReplaceAll(a["text"], "\n", "</p><p>")))
		case i == 5: // in a subfolder: batch walks into it, the pipeline matches in/*/*
			if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
				t.Fatal(err)
			}
			write("sub/"+name+".txt", []byte(plain(a)))
		case i < 25:
			write(name+".txt", []byte(plain(a)))
		default:
			b, _ := json.Marshal(a)
			lines.Write(b)
			lines.WriteString("\n")
			if i%10 == 0 {
				lines.WriteString("\n  \r\n") // blank lines are no inputs
			}
		}
		n++
	}
	lines.WriteString("not json at all\n")
	lines.WriteString(`{"id": 77, "title": "제목만 있는 줄"}` + "\n")
	lines.WriteString(`{"id": ["x"], "text": "아이디가 배열"}` + "\n")
	lines.WriteString(`{"id": "bad-utf8", "text": "깨진 ` + "\xff\xfe" + ` 바이트"}` + "\n")
	lines.WriteString(`{"id": "too-long", "text": "` + strings.Repeat("가", max/3+1) + `"}` + "\n")
	lines.WriteString(`{"id": "empty-text", "text": "   "}`) // the last line has no line break
	write("articles.jsonl", lines.Bytes())

	write("empty.txt", nil)
	write("invalid.txt", []byte("정부는 \x80\x80 발표했다 \xff"))
	garbage := make([]byte, 4096)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range garbage {
		garbage[i] = byte(r.IntN(256))
	}
	write("garbage.txt", garbage)
	write("odd16.txt", []byte{0xFF, 0xFE, 0x00, 0xAC, 0x00})
	write("big.txt", bytes.Repeat([]byte("가"), max/3+1))
	write("blank.jsonl", []byte("\n \n"))
	write("notes.md", []byte("not an input: the default includes take .txt, .html, .jsonl"))
	write(".hidden.txt", []byte("hidden files are no inputs"))
	return n
}

// readRecords reads JSON Lines files into records by their "input" field.
func readRecords(t testing.TB, files ...string) map[string]string {
	t.Helper()
	recs := map[string]string{}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(b)) {
			var r struct{ Input string }
			if err := json.Unmarshal([]byte(line), &r); err != nil || r.Input == "" {
				t.Fatalf("%s: not a record with an input id: %.100q (%v)", name, line, err)
			}
			if _, dup := recs[r.Input]; dup {
				t.Errorf("%s: input %s written twice", name, r.Input)
			}
			recs[r.Input] = line
		}
	}
	return recs
}

// runBatch builds the gisa command and runs `gisa batch` over dir.
func runBatch(t testing.TB, dir string, max int) map[string]string {
	t.Helper()
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "gisa")
	build := exec.Command("go", "build", "-o", bin, "./cmd/gisa")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building gisa: %v\n%s", err, out)
	}
	out := filepath.Join(tmp, "batch.jsonl")
	cmd := exec.Command(bin, "batch", "-q", "--max-bytes", fmt.Sprint(max), "-o", out, dir)
	msg, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
		t.Fatalf("gisa batch: %v\n%s", err, msg) // 1 is expected: some inputs fail
	}
	return readRecords(t, out)
}

// TestSameAsBatch runs the pipeline on Prism over the 53 news articles and broken inputs and
// checks that it writes exactly the records `gisa batch` writes for them: the same input ids,
// byte for byte the same analyses, and the same error records, in the error shards.
func TestSameAsBatch(t *testing.T) {
	arts := sharedArticles(t)
	const max = 64 << 10
	in := t.TempDir()
	n := writeInputs(t, in, arts, max)
	if n != 53 {
		t.Fatalf("wrote %d articles, want the 53 of ../shared", n)
	}

	want := runBatch(t, in, max)
	for _, parallel := range []int{1, 3} {
		t.Run(fmt.Sprintf("parallel=%d", parallel), func(t *testing.T) {
			sameAsBatch(t, in, want, max, parallel)
		})
	}
}

// sameAsBatch runs the pipeline over the inputs in dir and compares its output with want, the
// records of `gisa batch`.
func sameAsBatch(t *testing.T, in string, want map[string]string, max, parallel int) {
	out := t.TempDir()
	p, err := Pipeline(Options{
		Inputs: []string{filepath.Join(in, "*"), filepath.Join(in, "*", "*")}, Output: filepath.Join(out, "gisa"),
		Shards: 4, MaxBytes: int64(max), SpacePenalty: true, Parallel: parallel,
	})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatal(err)
	}
	shards, _ := filepath.Glob(filepath.Join(out, "gisa-0*-of-00004.jsonl"))
	errShards, _ := filepath.Glob(filepath.Join(out, "gisa-errors-*.jsonl"))
	if len(shards) != 4 || len(errShards) != 1 {
		t.Fatalf("shards %q, error shards %q: want 4 and 1", shards, errShards)
	}
	if left, _ := filepath.Glob(filepath.Join(out, "*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
	got, gotErr := readRecords(t, shards...), readRecords(t, errShards...)
	for id := range gotErr {
		if _, dup := got[id]; dup {
			t.Errorf("%s is both a record and an error record", id)
		}
	}
	for _, name := range shards {
		var i int
		fmt.Sscanf(strings.TrimPrefix(filepath.Base(name), "gisa-"), "%05d", &i)
		for id, line := range readRecords(t, name) {
			if shardOf(id, 4) != i {
				t.Errorf("%s in shard %d, its hash says %d (%.40s)", id, i, shardOf(id, 4), line)
			}
		}
	}

	wantOK, wantErr := 0, 0
	for id, line := range want {
		var rec map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		_, isErr := rec["error"]
		if isErr {
			wantErr++
		} else {
			wantOK++
		}
		g, ok := got[id]
		if !ok {
			g, ok = gotErr[id]
		} else if isErr {
			t.Errorf("%s: an error record in batch, an analysis in the pipeline", id)
		}
		switch {
		case !ok:
			t.Errorf("%s: batch wrote it, the pipeline did not: %.200s", id, line)
		case g != line:
			t.Errorf("%s: records differ\nbatch:    %.300s\npipeline: %.300s", id, line, g)
		}
	}
	for id := range got {
		if _, ok := want[id]; !ok {
			t.Errorf("%s: the pipeline wrote it, batch did not", id)
		}
	}
	for id := range gotErr {
		if _, ok := want[id]; !ok {
			t.Errorf("%s: the pipeline wrote an error record, batch wrote none", id)
		}
	}
	if wantOK < 53 || wantErr < 10 {
		t.Errorf("batch: %d records, %d error records; want every article analysed and every broken input failing", wantOK, wantErr)
	}
	c, ok := CountersOf(res)
	if !ok || c.OK != int64(wantOK) || c.Failed != int64(wantErr) || c.Bytes < 100_000 {
		t.Errorf("counters %+v (reported %v), want %d ok, %d failed, the input's bytes", c, ok, wantOK, wantErr)
	}
	var ids []string
	for id := range gotErr {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	t.Logf("%d records, %d error records: %s", len(got), len(gotErr), strings.Join(ids, " "))
}
