package gisa

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/gisa-nlp/gisa/tokenize"
)

// source returns the text to analyse and the byte span of its headline within it (zero when
// there is none). See Document for the rules. Text that is not valid UTF-8 is an error naming
// the field and the byte offset within it.
func (d Document) source() (string, tokenize.Span, error) {
	if d.Title == "" {
		if err := tokenize.ValidateUTF8(d.Text); err != nil {
			return "", tokenize.Span{}, err
		}
		return d.Text, headlineOf(d.Text), nil
	}
	if err := tokenize.ValidateUTF8(d.Title); err != nil {
		return "", tokenize.Span{}, fmt.Errorf("title: %w", err)
	}
	if err := tokenize.ValidateUTF8(d.Text); err != nil {
		return "", tokenize.Span{}, fmt.Errorf("text: %w", err)
	}
	src := d.Title + "\n" + d.Text
	return src, trimSpan(src, tokenize.Span{Start: 0, End: len(d.Title)}), nil
}

// headlineOf returns the span of the first non-empty line of src, trimmed, when another
// non-empty line follows it; otherwise the zero Span.
func headlineOf(src string) tokenize.Span {
	var first tokenize.Span
	found := false
	for start := 0; start < len(src); {
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		line := trimSpan(src, tokenize.Span{Start: start, End: end})
		if line.Start < line.End {
			if found {
				return first
			}
			first, found = line, true
		}
		start = end + 1
	}
	return tokenize.Span{}
}

// trimSpan narrows s to exclude surrounding whitespace of src.
func trimSpan(src string, s tokenize.Span) tokenize.Span {
	t := src[s.Start:s.End]
	trimmed := strings.TrimLeftFunc(t, isSpaceOrBOM)
	s.Start += len(t) - len(trimmed)
	s.End = s.Start + len(strings.TrimRightFunc(trimmed, isSpaceOrBOM))
	return s
}

func isSpaceOrBOM(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' }
