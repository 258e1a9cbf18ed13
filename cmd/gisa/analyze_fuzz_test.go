package main

import (
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/articleio"
)

// FuzzParseArticleLine checks that any line of JSON Lines input gives either a document of
// valid UTF-8 or an error, never a panic.
func FuzzParseArticleLine(f *testing.F) {
	for _, s := range []string{
		`{"id":"a1","title":"제목","text":"본문이다."}`, `{"id":"a2"`, "{\"text\":\"\xff\"}", `{"id":3,"text":"x"}`,
		`{"id":"a4"}`, "  ", `[1,2]`, `{"text":null}`, `{"text":"\ud800"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		doc, err := articleio.ParseArticleLine(line)
		if err == nil && (!utf8.ValidString(doc.Title) || !utf8.ValidString(doc.Text)) {
			t.Errorf("accepted invalid UTF-8: %q", line)
		}
	})
}

// FuzzDecodeText checks that decoding any input bytes never panics and yields valid UTF-8
// whenever it succeeds. (Telling the form of an input is fuzzed in internal/batch.)
func FuzzDecodeText(f *testing.F) {
	for _, s := range []string{"제목\n본문", "\xef\xbb\xbf{\"text\":\"x\"}", "\xff\xfe\x1c\xc8", "\xfe\xff\xd8\x00", "<!doctype html>", "\xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := articleio.DecodeText(b)
		if err == nil && !utf8.ValidString(s) {
			t.Errorf("articleio.DecodeText(%q) = %q: not UTF-8", b, s)
		}
	})
}
