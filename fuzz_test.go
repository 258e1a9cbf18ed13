package gisa

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/tokenize"
)

// FuzzDocumentSource checks the document rules on arbitrary title and text: no panic, an
// error exactly when the input is not UTF-8, a headline span inside the document that is
// trimmed and on one line, and code point offsets that agree with the byte offsets.
func FuzzDocumentSource(f *testing.F) {
	f.Add("", "제목\n본문이다.")
	f.Add("제목", "본문")
	f.Add("", "\n\n  \r\n")
	f.Add("\xff", "본문")
	f.Add("", "\ufeff제목\n\n본문\xc3")
	f.Fuzz(func(t *testing.T, title, text string) {
		src, h, err := Document{Title: title, Text: text}.source()
		valid := utf8.ValidString(title) && utf8.ValidString(text)
		if (err == nil) != valid {
			t.Fatalf("source(%q, %q): error %v, valid UTF-8 %v", title, text, err, valid)
		}
		if err != nil {
			return
		}
		if h.Start < 0 || h.End < h.Start || h.End > len(src) {
			t.Fatalf("headline %v outside %d bytes", h, len(src))
		}
		line := src[h.Start:h.End]
		if strings.TrimFunc(line, isSpaceOrBOM) != line || (title == "" && strings.Contains(line, "\n")) {
			t.Errorf("headline %q not trimmed or not one line", line)
		}
		ix := newRuneIndex(src)
		sp := ix.span(h)
		runes := []rune(src)
		if string(runes[sp.Start:sp.End]) != line {
			t.Errorf("code point span %v gives %q, want %q", sp, string(runes[sp.Start:sp.End]), line)
		}
		if got := ix.span(tokenize.Span{Start: 0, End: len(src)}); got.End != len(runes) {
			t.Errorf("document end %d, want %d code points", got.End, len(runes))
		}
	})
}
