package jsonerr

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestDescribe: errors name the place (column, or line and column, of the value at fault)
// and the kinds of JSON value, never a Go type.
func TestDescribe(t *testing.T) {
	type article struct {
		ID    json.RawMessage `json:"id"`
		Title string          `json:"title"`
		Text  *string         `json:"text"`
		N     int             `json:"n"`
		L     []int           `json:"l"`
	}
	for in, want := range map[string]string{
		`[1,2]`:                                 `column 1: a JSON array where an object belongs`,
		`"just"`:                                `column 1: a JSON string where an object belongs`,
		`null`:                                  `column 1: a JSON null where an object belongs`,
		`  7`:                                   `column 3: a JSON number where an object belongs`,
		``:                                      `no JSON object: the text is empty`,
		`{"id":"a","text":"x"} trailing`:        `column 23: invalid character 't' after top-level value`,
		`{"id":"a","text":"x",}`:                `column 22: invalid character '}' looking for beginning of object key string`,
		`{"id":"a","text":"x"`:                  `column 21: unexpected end of JSON input`,
		`{"id":"본문","text":"x"} 끝`:              `column 24: invalid character U+B05D after top-level value`,
		`{"id":"a","text":"본문",5}`:              `column 23: invalid character '5' looking for beginning of object key string`,
		`{"id":"a","title":{"x":1},"text":"y"}`: `column 19: "title": a JSON object where a string belongs`,
		`{"id":"a","text":["y"]}`:               `column 18: "text": a JSON array where a string belongs`,
		`{"title":5}`:                           `column 10: "title": a JSON number where a string belongs`,
		`{"n":"x\"y"}`:                          `column 6: "n": a JSON string where a whole number belongs`,
		`{"n":1.5}`:                             `column 6: "n": a JSON number where a whole number belongs`,
		`{"l":[1,"a"]}`:                         `column 9: "l": a JSON string where a whole number belongs`,
		`{"title":true}`:                        `column 10: "title": true or false where a string belongs`,
		"{\n\"title\": 5}":                      `line 2, column 10: "title": a JSON number where a string belongs`,
	} {
		var a article
		err := json.Unmarshal([]byte(in), &a)
		if err == nil || in == "" {
			err = Check([]byte(in))
		} else {
			err = Describe(err, []byte(in))
		}
		if err == nil || err.Error() != want {
			t.Errorf("%s:\n got %v\nwant %s", in, err, want)
		}
	}
	if err := Check([]byte(` {"a":1}`)); err != nil {
		t.Errorf("an object: %v", err)
	}
}

// FuzzDescribe: describing the error of any text never panics, and names a place.
func FuzzDescribe(f *testing.F) {
	for _, s := range []string{`{"title":5}`, `[`, `"\"`, "{\n\"n\":\"\\\\\"}", `nul`, ``} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v struct {
			Title string `json:"title"`
			N     int    `json:"n"`
			L     []int  `json:"l"`
		}
		if err := json.Unmarshal(data, &v); err != nil {
			if d := Describe(err, data); d == nil || !strings.Contains(d.Error(), "column") {
				t.Fatalf("%q: %v", data, d)
			}
		}
		_ = Check(data)
	})
}
