package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportsSameAsRun reads a folder through the exports for the Beam pipeline (Take,
// ReadFile, ReadLines, Record) and checks that they give byte for byte the records Run gives.
func TestExportsSameAsRun(t *testing.T) {
	dir := t.TempDir()
	const max = 400
	writeFiles(t, dir, map[string]string{
		"a.txt":          testArticles[0],
		"sub/b.txt":      "\xEF\xBB\xBF" + testArticles[1],
		"c.jsonl":        `{"id":"c1","text":"` + strings.ReplaceAll(testArticles[2], "\n", `\n`) + "\"}\n\nnot json\n" + `{"text":"` + strings.Repeat("가", max/3) + `"}` + "\n" + `{"id":"c4","text":"` + strings.ReplaceAll(testArticles[1], "\n", `\n`) + `"}`,
		"empty.txt":      "",
		"bad.txt":        "정부 \xff",
		"big.txt":        strings.Repeat("가", max/3+1),
		"notes.md":       "no input",
		".hidden/x.txt":  "no input",
		"skip/drop.text": "no input",
	})
	var want bytes.Buffer
	if _, err := runBatch(t, Config{Roots: []string{dir}, Stdout: &want, Workers: 1, Ordered: true, MaxBytes: max, Exclude: []string{"skip"}}); err != nil {
		t.Fatal(err)
	}

	var got bytes.Buffer
	a := testAnalyzer(t)
	ctx := context.Background()
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if err != nil || d.IsDir() || !Take(rel, nil, []string{"skip"}) {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		if IsJSONLines(rel) {
			ReadLines(rel, f, testDecoder, max, func(in Input) bool {
				rec, _ := Record(ctx, a, testDecoder, in)
				got.Write(rec)
				return true
			})
			return nil
		}
		info, _ := f.Stat()
		rec, _ := Record(ctx, a, testDecoder, ReadFile(rel, info.Size(), f, max))
		got.Write(rec)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("exports:\n%s\nRun:\n%s", got.String(), want.String())
	}
	if n := len(readRecords(t, want.Bytes())); n != 9 {
		t.Errorf("Run wrote %d records %q, want 9 (a, sub/b, c:1, c:3, c:4, c:5, empty, bad, big)", n, inputsOf(readRecords(t, want.Bytes())))
	}
}

func TestTake(t *testing.T) {
	for rel, want := range map[string]bool{
		"a.txt": true, "sub/a.jsonl": true, "a.md": false, ".a.txt": false, "sub/.x/a.txt": false, "drafts/a.txt": false,
	} {
		if got := Take(rel, nil, []string{"drafts"}); got != want {
			t.Errorf("Take(%q) = %v, want %v", rel, got, want)
		}
	}
}
