package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestFiguresCommand: one JSON line per input line, code-point offsets into the line.
func TestFiguresCommand(t *testing.T) {
	in := "챗GPT는 5일이 걸렸다.\n\n“1천만 사용자 확보에는 40일”이라고 했다.\n"
	var out, errb bytes.Buffer
	if code := run([]string{"figures"}, strings.NewReader(in), &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), out.String())
	}
	type fig struct {
		Text       string
		Start, End int
		Value      float64
		Unit, Kind string
		Measure    string
	}
	var recs []struct {
		Line    int
		Text    string
		Figures []fig
	}
	for _, l := range lines {
		var r struct {
			Line    int
			Text    string
			Figures []fig
		}
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		recs = append(recs, r)
	}
	if recs[1].Line != 2 || len(recs[1].Figures) != 0 {
		t.Errorf("empty line: %+v", recs[1])
	}
	got := recs[2]
	if got.Line != 3 || len(got.Figures) != 2 {
		t.Fatalf("line 3: %+v", got)
	}
	f := got.Figures[0]
	if f.Text != "1천만" || f.Value != 1e7 || f.Measure != "사용자" || f.Start != 1 || f.End != 4 {
		t.Errorf("first figure: %+v", f)
	}
	if r := []rune(got.Text); string(r[got.Figures[1].Start:got.Figures[1].End]) != "40일" {
		t.Errorf("second figure span: %+v", got.Figures[1])
	}
	if f := recs[0].Figures; len(f) != 1 || f[0].Text != "5일" || f[0].Kind != "duration" {
		t.Errorf("line 1: %+v", recs[0])
	}
}
