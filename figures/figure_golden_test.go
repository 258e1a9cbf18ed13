package figures

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/internal/golden"
)

// TestFiguresGolden extracts the figures of testdata/figures.txt line by line and compares
// them with testdata/figures.golden.jsonl (go test -run FiguresGolden -update rewrites it).
func TestFiguresGolden(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "figures.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	for _, line := range strings.Split(strings.TrimSuffix(string(in), "\n"), "\n") {
		figs := []map[string]any{}
		for _, f := range extract(t, line) {
			m := map[string]any{"text": f.Text, "value": f.Value, "unit": f.Unit, "kind": f.Kind}
			if f.ValueTo != nil {
				m["value_to"] = *f.ValueTo
			}
			if f.Measure != "" {
				m["measure"] = f.Measure
			}
			if f.Qualifier != "" {
				m["qualifier"] = f.Qualifier
			}
			if f.SameAs >= 0 {
				m["same_as"] = f.SameAs
			}
			figs = append(figs, m)
		}
		if err := enc.Encode(map[string]any{"text": line, "figures": figs}); err != nil {
			t.Fatal(err)
		}
	}
	golden.Check(t, filepath.Join("testdata", "figures.golden.jsonl"), out.Bytes())
}
