package figures

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/internal/shareddata"
)

// sharedDir finds ../shared next to the repository root, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	shared, err := shareddata.Dir()
	if err != nil {
		t.Skip(err)
	}
	return shared
}

// readJSONL decodes every line of a JSON Lines file into a map.
func readJSONL(t testing.TB, path string) []map[string]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skip("../shared not found: ", err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, m)
	}
	return out
}

func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// TestKorToNumberSuite runs the kor-to-number.js test cases: every case parses to its value with
// its rest left over, and the parse_ok:false cases do not parse.
func TestKorToNumberSuite(t *testing.T) {
	cases := readJSONL(t, filepath.Join(sharedDir(t), "data", "figures", "kor_to_number_ko.jsonl"))
	var ok, digitOK, digitN, badN, badOK int
	for _, c := range cases {
		text := c["text"].(string)
		group := c["group"].(string)
		digitBased := strings.HasPrefix(group, "숫자") || strings.HasPrefix(group, "만 단위") || strings.HasPrefix(group, "십 단위")
		n, parsed := ParseNumber(text)
		rest := text
		if parsed {
			rest = strings.TrimLeft(text[n.End:], " ")
		}
		good := false
		if c["parse_ok"] == false {
			badN++
			good = !parsed
			if good {
				badOK++
			}
		} else {
			want, _ := c["value"].(float64)
			good = parsed && sameValue(n.Value, want) && rest == c["rest"].(string)
		}
		if good {
			ok++
		}
		if digitBased {
			digitN++
			if good {
				digitOK++
			} else {
				t.Errorf("digit-based %q: got %v rest %q (parsed %v), want %v rest %q", text, n.Value, rest, parsed, c["value"], c["rest"])
			}
		}
		if !good && !digitBased {
			t.Errorf("miss %q: got %v rest %q (parsed %v), want %v rest %q", text, n.Value, rest, parsed, c["value"], c["rest"])
		}
	}
	t.Logf("kor_to_number: all %d/%d, digit-based %d/%d, parse_ok:false rejected %d/%d", ok, len(cases), digitOK, digitN, badOK, badN)
	if badOK != badN {
		t.Errorf("%d parse_ok:false cases yield a value", badN-badOK)
	}
	if ok != len(cases) {
		t.Errorf("only %d/%d cases right, want all", ok, len(cases))
	}
}

// TestDucklingNumerals runs duckling's Korean numeral corpus: the whole text is the number.
func TestDucklingNumerals(t *testing.T) {
	cases := readJSONL(t, filepath.Join(sharedDir(t), "data", "figures", "duckling_ko.jsonl"))
	n := 0
	for _, c := range cases {
		if c["dim"] != "numeral" {
			continue
		}
		n++
		text := c["text"].(string)
		got, ok := ParseNumber(text)
		if !ok || got.End != len(text) || !sameValue(got.Value, c["value"].(float64)) {
			t.Errorf("%q: got %v end %d ok %v, want %v", text, got.Value, got.End, ok, c["value"])
		}
	}
	if n != 95 {
		t.Errorf("found %d numeral cases, want 95", n)
	}
}
