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

// TestFiguresCommandFields: gisa figures writes the figure fields gisa analyze writes, and reads a
// line that is only a numeral as that number.
func TestFiguresCommandFields(t *testing.T) {
	in := "챗GPT는 5일 만에 100만 사용자를 모았다.\n일과 사분의 일\n발사 비용을 6200만 달러(약 704억 원)까지 낮췄다.\n"
	var out, errb bytes.Buffer
	if code := run([]string{"figures"}, strings.NewReader(in), &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var recs []struct{ Figures []map[string]any }
	for _, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		var r struct{ Figures []map[string]any }
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		recs = append(recs, r)
	}
	if len(recs) != 3 {
		t.Fatalf("got %d lines, want 3", len(recs))
	}
	for _, key := range []string{"text", "start", "end", "value", "unit", "kind", "measure", "qualifier", "subject", "speaker", "sentence"} {
		if _, ok := recs[0].Figures[1][key]; !ok {
			t.Errorf("figure has no %q: %v", key, recs[0].Figures[1])
		}
	}
	if f := recs[0].Figures[1]; f["subject"] != "챗GPT" || f["value"] != 1e6 {
		t.Errorf("100만: %v", f)
	}
	if f := recs[1].Figures; len(f) != 1 || f[0]["value"] != 1.25 || f[0]["text"] != "일과 사분의 일" {
		t.Errorf("mixed number line: %v", f)
	}
	if f := recs[2].Figures; len(f) != 2 || f[1]["same_as"] != 0.0 {
		t.Errorf("same_as: %v", f)
	}
}
