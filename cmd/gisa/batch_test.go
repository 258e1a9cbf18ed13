package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/shareddata"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
)

// newsArticle is one article of ../shared/data/news/articles.jsonl.
type newsArticle struct{ ID, Title, Text string }

// sharedNews reads the 53 news articles, or skips the test when ../shared is absent.
func sharedNews(t *testing.T) []newsArticle {
	t.Helper()
	shared, err := shareddata.Dir()
	if err != nil {
		t.Skip(err)
	}
	path := filepath.Join(shared, "data", "news", "articles.jsonl")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("../shared not found: %v", err)
	}
	var arts []newsArticle
	for _, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		var a newsArticle
		if err := json.Unmarshal(line, &a); err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts
}

// runCLI runs gisa in-process and returns stdout, stderr and the exit status.
func runCLI(stdin string, args ...string) (string, string, int) {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

// recordsByInput parses JSON Lines output into its lines by "input", failing the test when a
// line is not a record, has no input id, or an input comes twice.
func recordsByInput(t *testing.T, out []byte) map[string]string {
	t.Helper()
	recs := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 16<<20)
	for n := 1; sc.Scan(); n++ {
		var r struct{ Input string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil || r.Input == "" {
			t.Fatalf("output line %d is not a record with an input id (%v): %.200s", n, err, sc.Text())
		}
		if _, dup := recs[r.Input]; dup {
			t.Fatalf("input %s is in the output twice", r.Input)
		}
		recs[r.Input] = sc.Text()
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return recs
}

// field reads one top-level field of a JSON record.
func field(t *testing.T, rec, name string) any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(rec), &m); err != nil {
		t.Fatal(err)
	}
	return m[name]
}

// write creates a file with its folders.
func write(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBatchRealAndBrokenInputs runs gisa batch over the 53 news articles as text files beside
// an EUC-KR copy, a UTF-16 copy, an HTML page, JSON Lines with broken lines, an empty file,
// binary garbage, a 5 MB file and entries that cannot be read: every input is in the output
// exactly once, as its record or as an error record saying what went wrong.
func TestBatchRealAndBrokenInputs(t *testing.T) {
	arts := sharedNews(t)
	dir := t.TempDir()
	want := map[string]string{} // input id -> "" for a record, or a part of its error
	for _, a := range arts {
		write(t, filepath.Join(dir, "news", a.ID+".txt"), []byte(a.Title+"\n"+a.Text))
		want["news/"+a.ID+".txt"] = ""
	}
	// The first article that EUC-KR can encode, in EUC-KR, UTF-16 (both byte orders) and UTF-8 with BOM.
	var orig newsArticle
	var euckr []byte
	for _, a := range arts {
		if b, err := korean.EUCKR.NewEncoder().Bytes([]byte(a.Title + "\n" + a.Text)); err == nil {
			orig, euckr = a, b
			break
		}
	}
	if euckr == nil {
		t.Fatal("no article can be written in EUC-KR")
	}
	src := []byte(orig.Title + "\n" + orig.Text)
	utf16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(src)
	utf16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes(src)
	copies := map[string][]byte{
		"enc/euc-kr.txt":   euckr,
		"enc/utf16le.txt":  utf16le,
		"enc/utf16be.txt":  utf16be,
		"enc/utf8bom.txt":  append([]byte("\ufeff"), src...),
		"enc/euc-kr.jsonl": mustEUCKR(t, fmt.Sprintf("{\"id\":\"k\",\"title\":%q,\"text\":%q}\n", orig.Title, orig.Text)),
	}
	for name, b := range copies {
		write(t, filepath.Join(dir, filepath.FromSlash(name)), b)
	}
	for _, id := range []string{"enc/euc-kr.txt", "enc/utf16le.txt", "enc/utf16be.txt", "enc/utf8bom.txt", "enc/euc-kr.jsonl:1"} {
		want[id] = ""
	}
	// An HTML page: menus and comments around the article.
	page := fmt.Sprintf(`<!DOCTYPE html><html><head><meta property="og:title" content="%s"><title>뉴스</title></head>
<body><nav><a href="/">홈</a> <a href="/it">IT/과학 메뉴</a></nav><article><h1>%s</h1><p>%s</p></article>
<aside>많이 본 뉴스</aside><footer>댓글 0개</footer></body></html>`, htmlEscape(arts[1].Title), htmlEscape(arts[1].Title), htmlEscape(arts[1].Text))
	write(t, filepath.Join(dir, "html", "page.html"), []byte(page))
	want["html/page.html"] = ""
	// JSON Lines: two good articles, a broken line, a blank line, a line with invalid UTF-8.
	lines := fmt.Sprintf("{\"id\":%q,\"title\":%q,\"text\":%q}\n{\"id\":\"cut\",\"title\":\n\n{\"id\":\"bad\",\"text\":\"정부\xff\"}\n{\"title\":%q,\"text\":%q}\n",
		arts[2].ID, arts[2].Title, arts[2].Text, arts[3].Title, arts[3].Text)
	write(t, filepath.Join(dir, "lines", "a.jsonl"), []byte(lines))
	want["lines/a.jsonl:1"] = ""
	want["lines/a.jsonl:2"] = "lines/a.jsonl:2: not an article: column 21: unexpected end of JSON input"
	want["lines/a.jsonl:4"] = "lines/a.jsonl:4: invalid UTF-8 at byte offset 26 in the line"
	want["lines/a.jsonl:5"] = ""
	// Broken files.
	write(t, filepath.Join(dir, "broken", "empty.txt"), nil)
	want["broken/empty.txt"] = "broken/empty.txt: empty input"
	garbage := make([]byte, 4096)
	rng := rand.New(rand.NewPCG(7, 7))
	for i := range garbage {
		garbage[i] = byte(rng.UintN(256))
	}
	write(t, filepath.Join(dir, "broken", "garbage.txt"), garbage)
	want["broken/garbage.txt"] = fmt.Sprintf("broken/garbage.txt: invalid UTF-8 at byte offset %d", firstInvalid(garbage))
	huge := bytes.Repeat([]byte(arts[0].Text+"\n"), 5<<20/len(arts[0].Text)+1)
	write(t, filepath.Join(dir, "broken", "huge.txt"), huge)
	want["broken/huge.txt"] = fmt.Sprintf("broken/huge.txt: %d bytes, over the limit of 1048576 bytes", len(huge))
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "broken", "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	want["broken/dangling.txt"] = "broken/dangling.txt: no such file or directory"
	if err := syscall.Mkfifo(filepath.Join(dir, "broken", "fifo.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	want["broken/fifo.txt"] = "broken/fifo.txt: not a regular file"
	if os.Geteuid() == 0 {
		t.Log("running as root: a chmod 000 file is still readable to root, so here the unreadable inputs are the dangling symlink and the FIFO; TestBatchUnreadableFileAsNobody checks the chmod 000 file as user nobody")
	} else {
		p := filepath.Join(dir, "broken", "locked.txt")
		write(t, p, src)
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		want["broken/locked.txt"] = "broken/locked.txt: permission denied"
	}

	out := filepath.Join(t.TempDir(), "out.jsonl")
	_, stderr, code := runCLI("", "batch", "-j", "2", "-o", out, dir)
	failed := 0
	for _, e := range want {
		if e != "" {
			failed++
		}
	}
	if code != exitFailed || !strings.Contains(stderr, fmt.Sprintf("%d ok, %d failed", len(want)-failed, failed)) {
		t.Errorf("exit %d, stderr %q: want 1 and %d ok, %d failed", code, stderr, len(want)-failed, failed)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	recs := recordsByInput(t, b)
	var missing, extra []string
	for id := range want {
		if _, ok := recs[id]; !ok {
			missing = append(missing, id)
		}
	}
	for id := range recs {
		if _, ok := want[id]; !ok {
			extra = append(extra, id)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing)+len(extra) > 0 {
		t.Fatalf("missing inputs %q, unexpected inputs %q", missing, extra)
	}
	for id, wantErr := range want {
		gotErr, _ := field(t, recs[id], "error").(string)
		switch {
		case wantErr == "" && gotErr != "":
			t.Errorf("%s: error record %q, want an analysis", id, gotErr)
		case wantErr != "" && !strings.Contains(gotErr, wantErr):
			t.Errorf("%s: error %q, want it to contain %q", id, gotErr, wantErr)
		}
	}
	// Every copy of the article is analysed as the UTF-8 original is.
	origRec := recs["news/"+orig.ID+".txt"]
	for _, id := range []string{"enc/euc-kr.txt", "enc/utf16le.txt", "enc/utf16be.txt", "enc/utf8bom.txt"} {
		for _, f := range []string{"title", "sentences", "entities", "quotes", "figures", "summary"} {
			g, _ := json.Marshal(field(t, recs[id], f))
			w, _ := json.Marshal(field(t, origRec, f))
			if !bytes.Equal(g, w) {
				t.Errorf("%s: %s differs from the UTF-8 original's:\n got %.200s\nwant %.200s", id, f, g, w)
			}
		}
	}
	if got := field(t, recs["enc/euc-kr.jsonl:1"], "title"); got != orig.Title {
		t.Errorf("EUC-KR JSON Lines title %q, want %q", got, orig.Title)
	}
	if got := field(t, recs["html/page.html"], "title"); got != arts[1].Title {
		t.Errorf("HTML page title %q, want %q", got, arts[1].Title)
	}
	for _, s := range field(t, recs["html/page.html"], "sentences").([]any) {
		text := s.(map[string]any)["text"].(string)
		if strings.Contains(text, "메뉴") || strings.Contains(text, "많이 본 뉴스") || strings.Contains(text, "댓글") {
			t.Errorf("HTML page: menu or comment text analysed: %q", text)
		}
	}
	if got := field(t, recs["lines/a.jsonl:1"], "id"); got != arts[2].ID {
		t.Errorf("JSON Lines article id %q, want its own %q", got, arts[2].ID)
	}
}

// mustEUCKR encodes s in EUC-KR.
func mustEUCKR(t *testing.T, s string) []byte {
	t.Helper()
	b, err := korean.EUCKR.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// firstInvalid is the offset of the first byte of b that is not UTF-8.
func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// htmlEscape escapes text for an HTML page.
func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// TestBatchUsage checks exit status 2 for invocations that cannot run.
func TestBatchUsage(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"batch"},
		{"batch", dir, "-o", filepath.Join(dir, "x.jsonl"), "--out-dir", filepath.Join(dir, "o")},
		{"batch", "--resume", dir},
		{"batch", "--no-such-flag", dir},
		{"batch", "--include", "[", dir},
		{"batch", "-j", "-2", dir},
	} {
		if _, stderr, code := runCLI("", args...); code != exitUsage {
			t.Errorf("%q: exit %d (%s), want 2", args, code, stderr)
		}
	}
}

// TestBatchStdinOrdered reads JSON Lines on standard input and writes them in order.
func TestBatchStdinOrdered(t *testing.T) {
	arts := sharedNews(t)
	var in strings.Builder
	for _, a := range arts[:6] {
		b, _ := json.Marshal(a)
		in.Write(append(b, '\n'))
	}
	stdout, stderr, code := runCLI(in.String(), "batch", "--ordered", "-j", "2", "-")
	if code != exitOK || !strings.Contains(stderr, "6 ok, 0 failed") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for i, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if got, want := field(t, line, "input"), fmt.Sprintf("-:%d", i+1); got != want {
			t.Errorf("record %d: input %v, want %s", i, got, want)
		}
		if got := field(t, line, "id"); got != arts[i].ID {
			t.Errorf("record %d: id %v, want %s", i, got, arts[i].ID)
		}
	}
}

// TestBatchMatchesAnalyze: batch writes for each article the record analyze writes, with the
// input id added, so scorers read either.
func TestBatchMatchesAnalyze(t *testing.T) {
	arts := sharedNews(t)
	var in strings.Builder
	for _, a := range arts {
		b, _ := json.Marshal(a)
		in.Write(append(b, '\n'))
	}
	analyzed, stderr, code := runCLI(in.String(), "analyze", "--format", "jsonl")
	if code != exitOK {
		t.Fatalf("analyze: exit %d: %s", code, stderr)
	}
	batched, stderr, code := runCLI(in.String(), "batch", "--ordered", "-")
	if code != exitOK {
		t.Fatalf("batch: exit %d: %s", code, stderr)
	}
	want := strings.Split(strings.TrimSpace(analyzed), "\n")
	got := strings.Split(strings.TrimSpace(batched), "\n")
	if len(got) != len(arts) || len(want) != len(arts) {
		t.Fatalf("%d batch and %d analyze records for %d articles", len(got), len(want), len(arts))
	}
	for i := range got {
		prefix := fmt.Sprintf(`{"schema":"gisa/1","input":"-:%d",`, i+1)
		if !strings.HasPrefix(got[i], prefix) {
			t.Fatalf("record %d starts %.60s, want %s", i, got[i], prefix)
		}
		if g := `{"schema":"gisa/1",` + got[i][len(prefix):]; g != want[i] {
			t.Errorf("record %d (%s) differs from analyze's", i, arts[i].ID)
		}
	}
}

// TestByteSize reads --max-bytes values.
func TestByteSize(t *testing.T) {
	for in, want := range map[string]int64{"1048576": 1 << 20, "1MiB": 1 << 20, "512 KiB": 512 << 10, "5MB": 5e6, "2m": 2 << 20, "1GiB": 1 << 30, "10b": 10} {
		var s byteSize
		if err := s.Set(in); err != nil || int64(s) != want {
			t.Errorf("%q: %d %v, want %d", in, s, err, want)
		}
	}
	for _, in := range []string{"", "0", "-1", "MiB", "1.5MiB", "1TB", "99999999999GiB"} {
		var s byteSize
		if err := s.Set(in); err == nil {
			t.Errorf("%q: no error (%d)", in, s)
		}
	}
	if _, _, code := runCLI("", "batch", "--max-bytes", "lots", "-"); code != exitUsage {
		t.Errorf("--max-bytes lots: exit %d, want 2", code)
	}
}
