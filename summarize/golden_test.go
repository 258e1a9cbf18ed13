package summarize

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/internal/golden"
)

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
	golden.Check(t, filepath.Join("testdata", "seed-kakao.summary.json"), got)
}
