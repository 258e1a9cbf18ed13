package quotes_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/tokenize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

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
	const golden = "testdata/seed-kakao.quotes.json"
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("quotes differ from %s; run go test ./quotes -run SeedGolden -update and review the diff", golden)
	}
}
