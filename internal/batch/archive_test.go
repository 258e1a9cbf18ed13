package batch

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// zipOf builds a zip archive of the named members, in the order given.
func zipOf(t testing.TB, members ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, m := range members {
		w, err := zw.Create(m[0])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(m[1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestRunArchives reads the members of zip and tar.gz archives as inputs: ids under the
// archive's id, JSON Lines members by line, hidden members left out, and members that cannot
// be read (too big, nested archives, names climbing out, links, a broken archive) as error
// records; resume skips them all.
func TestRunArchives(t *testing.T) {
	dir := t.TempDir()
	z := zipOf(t,
		[2]string{"a.txt", testArticles[0]},
		[2]string{"sub/", ""},
		[2]string{"sub/b.txt", testArticles[1]},
		[2]string{".hidden/c.txt", testArticles[2]},
		[2]string{"__MACOSX/._a.txt", "\x00\x05"},
		[2]string{"lines.jsonl", `{"title":"제목","text":"정부는 5일 밝혔다."}` + "\n\n" + `{"title":"둘","text":"김영희 교수는 말했다."}` + "\n"},
		[2]string{"big.txt", strings.Repeat("가", 500)},
		[2]string{"../evil.txt", testArticles[3]},
		[2]string{"inner.zip", "PK"},
		[2]string{"notes.md", "not taken"},
	)
	var tgz bytes.Buffer
	gz := gzip.NewWriter(&tgz)
	tw := tar.NewWriter(gz)
	tw.WriteHeader(&tar.Header{Name: "2024/", Typeflag: tar.TypeDir, Mode: 0o755})
	tw.WriteHeader(&tar.Header{Name: "2024/x.txt", Typeflag: tar.TypeReg, Mode: 0o644, Size: int64(len(testArticles[2]))})
	tw.Write([]byte(testArticles[2]))
	tw.WriteHeader(&tar.Header{Name: "2024/link.txt", Typeflag: tar.TypeSymlink, Linkname: "x.txt"})
	tw.Close()
	gz.Close()
	writeFiles(t, dir, map[string]string{
		"old/a.zip":    string(z),
		"old/b.tar.gz": tgz.String(),
		"broken.zip":   "PK\x03\x04 not really a zip",
	})
	out := filepath.Join(t.TempDir(), "out.jsonl")
	st, err := runBatch(t, Config{Roots: []string{dir}, Output: out, MaxBytes: 1000, Ordered: true})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(out)
	recs := readRecords(t, b)
	var got []string
	for _, r := range recs {
		if r.Error != "" {
			got = append(got, r.Input+" !")
		} else {
			got = append(got, r.Input)
		}
	}
	want := []string{
		"broken.zip !",
		"old/a.zip/a.txt", "old/a.zip/sub/b.txt", "old/a.zip/lines.jsonl:1", "old/a.zip/lines.jsonl:3",
		"old/a.zip/big.txt !", "old/a.zip/../evil.txt !", "old/a.zip/inner.zip !",
		"old/b.tar.gz/2024/x.txt", "old/b.tar.gz/2024/link.txt !",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("records\n got %q\nwant %q", got, want)
	}
	if st.OK != 5 || st.Failed != 5 {
		t.Errorf("stats %+v, want 5 ok, 5 failed", st)
	}
	if r := recs[2]; r.Title != "챗GPT 사용자 1억 명" {
		t.Errorf("old/a.zip/sub/b.txt: title %q", r.Title)
	}
	st, err = runBatch(t, Config{Roots: []string{dir}, Output: out, MaxBytes: 1000, Resume: true})
	if err != nil || st.Skipped != 10 || st.OK+st.Failed != 0 {
		t.Errorf("resume: %+v %v, want all 10 skipped", st, err)
	}
	// In a folder output, the member named ../evil.txt stays inside the folder.
	outDir := t.TempDir()
	if _, err := runBatch(t, Config{Roots: []string{filepath.Join(dir, "old")}, OutDir: outDir, MaxBytes: 1000}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(outDir, "a.zip", "sub", "b.txt.json")); err != nil {
		t.Error(err)
	}
	outside, _ := filepath.Glob(filepath.Join(outDir, "_outside", "*.json"))
	if len(outside) != 1 {
		t.Errorf("files under _outside: %q, want the one of ../evil.txt", outside)
	}
	// The progress bar's count of a run matches what the run does.
	w := &walker{include: DefaultInclude}
	files, _ := w.list([]string{dir})
	cfg := Config{MaxBytes: 1000, Include: DefaultInclude, Decoder: testDecoder}
	if n := countInputs(files, &cfg, &jsonlSink{}); n != 10 {
		t.Errorf("countInputs = %d, want 10", n)
	}
}

// TestIsArchive names the archive forms.
func TestIsArchive(t *testing.T) {
	for name, want := range map[string]bool{"a.zip": true, "b.TAR.GZ": true, "c.tgz": true, "d.tar": true, "e.txt": false, "f.gz": false, "g.jsonl": false} {
		if got := IsArchive(name); got != want {
			t.Errorf("IsArchive(%q) = %v, want %v", name, got, want)
		}
	}
}
