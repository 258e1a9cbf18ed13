package main

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa"
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

// FuzzDecodeText checks that decoding and sniffing any input bytes never panics and yields
// valid UTF-8 whenever it succeeds.
func FuzzDecodeText(f *testing.F) {
	for _, s := range []string{"제목\n본문", "\xef\xbb\xbf{\"text\":\"x\"}", "\xff\xfe\x1c\xc8", "\xfe\xff\xd8\x00", "<!doctype html>", "\xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = sniffForm(b)
		if head := peekHead(bufio.NewReaderSize(bytes.NewReader(b), 16)); !bytes.HasPrefix(b, head) {
			t.Errorf("peekHead(%q) = %q, not a prefix", b, head)
		}
		s, err := articleio.DecodeText(b)
		if err == nil && !utf8.ValidString(s) {
			t.Errorf("articleio.DecodeText(%q) = %q: not UTF-8", b, s)
		}
	})
}

// FuzzReadJSONLines feeds arbitrary input through the JSON Lines reader with a pipeline that
// only collects what would be analysed: every non-blank line gives exactly one outcome.
func FuzzReadJSONLines(f *testing.F) {
	f.Add("{\"id\":\"a\",\"text\":\"본문\"}\n\n{bad\n")
	f.Add("\r\n{\"text\":\"x\"}\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		var n int
		lines := 0
		for _, l := range strings.Split(in, "\n") {
			if strings.TrimSpace(l) != "" {
				lines++
			}
		}
		err := eachLineArticle("<fuzz>", bufio.NewReader(strings.NewReader(in)), func(string, error) { n++ }, func(gisa.Document, string) { n++ })
		if err != nil {
			t.Fatal(err)
		}
		if n != lines {
			t.Errorf("%d outcomes for %d non-blank lines", n, lines)
		}
	})
}
