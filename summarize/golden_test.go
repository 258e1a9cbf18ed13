package summarize

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/gisa-nlp/gisa/figures"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestSeedGolden compares the seed article's whole summary, with the figures and quotes of the
// earlier stages, to testdata/seed-kakao.summary.json (go test -run TestSeedGolden -update
// rewrites it; review the diff).
func TestSeedGolden(t *testing.T) {
	txt, head := seed(t)
	in := Input{Text: txt, Headline: head, Figures: figures.Extract(txt), Quotes: extractQuotes(t, txt, head)}
	got, err := json.MarshalIndent(Summarize(in), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "seed-kakao.summary.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestSeedGolden -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("summary differs from %s (go test -run TestSeedGolden -update to accept):\n%s", path, got)
	}
}
