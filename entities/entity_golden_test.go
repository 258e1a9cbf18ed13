package entities

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/internal/golden"
)

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
	golden.Check(t, filepath.Join("testdata", "entities-seed.golden.jsonl"), []byte(b.String()))
}
