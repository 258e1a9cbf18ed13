package quotes_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/internal/golden"
	"github.com/gisa-nlp/gisa/tokenize"
)

// TestSeedGolden compares the seed article's quotes, as JSON, with testdata/seed-kakao.quotes.json
// (go test ./quotes -run SeedGolden -update rewrites it).
func TestSeedGolden(t *testing.T) {
	src, err := os.ReadFile("../testdata/seed-kakao.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	qs := extract(t, text, tokenize.Span{End: strings.IndexByte(text, '\n')})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(qs); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "seed-kakao.quotes.json"), buf.Bytes())
}
