package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTokenizeMeCabFormat checks `gisa tokenize -f mecab --space-penalty=false` prints MeCab
// 0.996's own output for the same lines (tokenize/testdata holds MeCab's output).
func TestTokenizeMeCabFormat(t *testing.T) {
	in, err := os.ReadFile("../../tokenize/testdata/tricky.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../tokenize/testdata/tricky-mecab.txt")
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runGisa(t, string(in), "tokenize", "-f", "mecab", "--space-penalty=false")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if out != string(want) {
		t.Errorf("output differs from MeCab's:\n%s", out)
	}
}

func TestTokenizeTextAndJSON(t *testing.T) {
	out, _, code := runGisa(t, "백상엽 대표는 갔다.\n", "tokenize")
	if code != 0 || out != "백상엽/NNP 대표/NNG+는/JX 갔/VV+EP+다/EF+./SF\n" {
		t.Errorf("text format: exit %d, %q", code, out)
	}
	out, _, code = runGisa(t, "“AI”는 갔다", "tokenize", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var rec struct {
		Input  string
		Tokens []struct {
			Surface, POS, Lemma string
			Start, End          int
			ByteStart           int `json:"byte_start"`
		}
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Input != "<stdin>" || len(rec.Tokens) != 6 {
		t.Fatalf("%+v", rec)
	}
	ai := rec.Tokens[1]
	if ai.Surface != "AI" || ai.POS != "SL" || ai.Start != 1 || ai.End != 3 || ai.ByteStart != 3 {
		t.Errorf("AI token: %+v (code points 1-3, byte 3)", ai)
	}
	if g := rec.Tokens[4]; g.Surface != "갔" || g.Lemma != "가다" {
		t.Errorf("갔 token: %+v", g)
	}
}

func TestTokenizeErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "words.csv")
	if err := os.WriteFile(bad, []byte("챗GPT,NNP\n바드,ZZZ\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		stdin string
		args  []string
		code  int
		msg   string
	}{
		{"가나다 \xff\xff\x00라마", []string{"tokenize"}, 1, "<stdin>: invalid UTF-8 at byte offset 10"},
		{"", []string{"tokenize", "--format", "xml"}, 2, `unknown --format "xml"`},
		{"", []string{"tokenize", "--nope"}, 2, "unknown flag: --nope"},
		{"", []string{"tokenize", "--user-dict", bad}, 1, bad + ":2: unknown POS tag \"ZZZ\""},
		{"", []string{"tokenize", filepath.Join(dir, "missing.txt")}, 1, "missing.txt"},
	} {
		out, errOut, code := runGisa(t, tc.stdin, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.msg) {
			t.Errorf("gisa %v: exit %d, stderr %q; want exit %d and %q", tc.args, code, errOut, tc.code, tc.msg)
		}
		if code != 0 && out != "" {
			t.Errorf("gisa %v: output %q on failure", tc.args, out)
		}
	}
	if out, _, code := runGisa(t, "", "tokenize"); code != 0 || out != "" {
		t.Errorf("empty input: exit %d, output %q", code, out)
	}
}

// TestTokenizeJSONKeys: every key of tokenize --format json is lower case, also in the parts
// of an inflected entry (갔 = 가/VV + 았/EP).
func TestTokenizeJSONKeys(t *testing.T) {
	out, _, code := runGisa(t, "학교에 갔다", "tokenize", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	var keys, parts int
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				keys++
				if k != strings.ToLower(k) {
					t.Errorf("key %q is not lower case", k)
				}
				if k == "parts" {
					parts++
				}
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	walk(v)
	if parts != 1 || !strings.Contains(out, `"parts":[{"surface":"가","pos":"VV"},{"surface":"았","pos":"EP"}]`) {
		t.Errorf("parts of 갔: %s", out)
	}
}
