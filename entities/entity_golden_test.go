package entities

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// updateGolden is the -update flag of the entities tests: it rewrites the golden files in testdata/.
var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestRecognizeGolden compares the seed article's entities with testdata/entities-seed.golden.jsonl
// (one entity a line); go test -update rewrites the file.
func TestRecognizeGolden(t *testing.T) {
	src, err := seedOnce()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range testRecognizer(t).Recognize(analyze(t, src)) {
		line, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join("testdata", "entities-seed.golden.jsonl")
	if *updateGolden {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("entities differ from %s at line %d:\n got %s\nwant %s\n(go test -update rewrites it)", path, i+1, g, w)
			}
		}
	}
}
