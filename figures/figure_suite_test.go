package figures

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// ducklingUnit maps gisa's normalised units to the unit names of duckling's corpus.
var ducklingUnit = map[string]string{
	"달러": "USD", "센트": "cent", "유로": "EUR", "파운드": "GBP", "원": "KRW",
	"㎞": "kilometre", "마일": "mile", "m": "metre", "㎝": "centimetre",
	"㎖": "millilitre", "L": "litre", "갤런": "gallon", "hL": "hectolitre",
	"℃": "celsius", "℉": "fahrenheit", "도": "degree", "근": "근", "g": "gram", "컵": "cup",
}

var durationSeconds = map[string]float64{"초": 1, "second": 1, "분": 60, "minute": 60, "시간": 3600, "hour": 3600}

// TestDucklingFigures runs duckling's Korean money, duration, distance, volume, temperature,
// quantity and ordinal cases through Parse and ParseOrdinal.
func TestDucklingFigures(t *testing.T) {
	cases := readJSONL(t, filepath.Join(sharedDir(t), "data", "figures", "duckling_ko.jsonl"))
	ok := map[string]int{}
	n := map[string]int{}
	for _, c := range cases {
		dim := c["dim"].(string)
		text := c["text"].(string)
		if dim == "numeral" {
			continue
		}
		n[dim]++
		if dim == "ordinal" {
			o, good := ParseOrdinal(text)
			if good && o.End == len(text) && float64(o.Value) == c["value"].(float64) {
				ok[dim]++
			} else {
				t.Errorf("ordinal %q: got %+v", text, o)
			}
			continue
		}
		f, good := Parse(text)
		if good && f.End < len(text) && strings.TrimSpace(text[f.End:]) == f.Qualifier {
			f.End = len(text)
		}
		unit, _ := c["unit"].(string)
		switch {
		case !good || f.End != len(text):
		case dim == "duration":
			good = sameValue(f.Value*durationSeconds[f.Unit], c["value"].(float64)*durationSeconds[unit])
		case ducklingUnit[f.Unit] != unit:
			good = false
		default:
			switch v := c["value"].(type) {
			case float64:
				good = f.ValueTo == nil && f.Qualifier == "" && sameValue(f.Value, v)
			case map[string]any:
				from, hasFrom := v["from"].(float64)
				to, hasTo := v["to"].(float64)
				switch {
				case hasFrom && hasTo:
					good = f.ValueTo != nil && sameValue(f.Value, from) && sameValue(*f.ValueTo, to)
				case hasFrom:
					good = sameValue(f.Value, from) && (f.Qualifier == "이상" || f.Qualifier == "초과")
				default:
					good = sameValue(f.Value, to) && (f.Qualifier == "이하" || f.Qualifier == "미만")
				}
			}
		}
		if good {
			ok[dim]++
		} else {
			t.Errorf("miss %s %q: got %+v", dim, text, f)
		}
	}
	t.Logf("duckling: %v of %v", ok, n)
	for dim, all := range n {
		if ok[dim] != all {
			t.Errorf("%s: %d/%d right, want all", dim, ok[dim], all)
		}
	}
}

// TestGoldFigures extracts the figures of the gold articles and scores them with the project's
// own scorer, tools/score.py: figure F1 must reach 0.90.
func TestGoldFigures(t *testing.T) {
	if testing.Short() {
		t.Skip("gold-set scoring in -short mode")
	}
	shared := sharedDir(t)
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: ", err)
	}
	golds := readJSONL(t, filepath.Join(shared, "data", "gold", "dev.jsonl"))
	want := map[string]bool{}
	for _, g := range golds {
		want[g["id"].(string)] = true
	}
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	out, err := os.Create(pred)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(out)
	for _, a := range readJSONL(t, filepath.Join(shared, "data", "news", "articles.jsonl")) {
		id := a["id"].(string)
		if !want[id] {
			continue
		}
		doc := a["title"].(string) + "\n" + a["text"].(string)
		var figs []map[string]any
		for _, f := range extract(t, doc) {
			m := map[string]any{"text": f.Text, "value": f.Value, "unit": f.Unit, "kind": f.Kind, "measure": f.Measure, "qualifier": f.Qualifier}
			if f.ValueTo != nil {
				m["value_to"] = *f.ValueTo
			}
			figs = append(figs, m)
		}
		if err := enc.Encode(map[string]any{"id": id, "figures": figs}); err != nil {
			t.Fatal(err)
		}
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	res, err := exec.Command(python, filepath.Join(shared, "tools", "score.py"), "--pred", pred,
		"--gold", filepath.Join(shared, "data", "gold", "dev.jsonl"), "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var score struct {
		Figures struct {
			P, R, F1 float64
		} `json:"figures"`
	}
	if err := json.Unmarshal(res, &score); err != nil {
		t.Fatalf("score.py output: %v", err)
	}
	t.Logf("gold figures: P %.4f R %.4f F1 %.4f", score.Figures.P, score.Figures.R, score.Figures.F1)
	if score.Figures.F1 < 0.90 {
		t.Errorf("figure F1 %.4f, want >= 0.90", score.Figures.F1)
	}
}
