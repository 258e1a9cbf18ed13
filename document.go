package gisa

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/tokenize"
)

// source returns the text to analyse and the byte span of its headline within it (zero when
// there is none). See Document for the rules. Text that is not valid UTF-8 is an error naming
// the field and the byte offset within it. (Analyzer.Analyze does the same in its own order:
// the tokenizer checks the text, so that it is read once for that.)
func (d Document) source() (string, tokenize.Span, error) {
	src := d.joined()
	if err := tokenize.ValidateUTF8(src); err != nil {
		return "", tokenize.Span{}, d.fieldError(err)
	}
	return src, d.headline(src), nil
}

// joined is the text to analyse: the title, a line break and the text, or the text alone.
func (d Document) joined() string {
	if d.Title == "" {
		return d.Text
	}
	return d.Title + "\n" + d.Text
}

// headline is the byte span of the headline within src, which is d.joined() and valid UTF-8.
func (d Document) headline(src string) tokenize.Span {
	if d.Title == "" {
		return headlineOf(src)
	}
	return trimSpan(src, tokenize.Span{Start: 0, End: len(d.Title)})
}

// fieldError turns an *tokenize.InvalidUTF8Error of d.joined() into one of the field that holds
// the invalid byte, named, with the byte's offset within the field. The line break between the
// fields is ASCII, so the first invalid byte of the joined text is that of the title, or else
// that of the text, and each at the offset a check of the field alone finds. Other errors are
// returned as they are.
func (d Document) fieldError(err error) error {
	var bad *tokenize.InvalidUTF8Error
	if d.Title == "" || !errors.As(err, &bad) {
		return err
	}
	if bad.Offset < len(d.Title) {
		return fmt.Errorf("title: %w", err)
	}
	return fmt.Errorf("text: %w", &tokenize.InvalidUTF8Error{Offset: bad.Offset - len(d.Title) - 1})
}

// headlineOf returns the span of the first non-empty line of src, trimmed, when it reads as a
// headline (looksHeadline) and another non-empty line follows it; otherwise the zero Span, and
// the line is body text.
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
			if !looksHeadline(src[line.Start:line.End]) {
				return tokenize.Span{}
			}
			first, found = line, true
		}
		start = end + 1
	}
	return tokenize.Span{}
}

// maxHeadlineRunes is the longest line taken for a headline. Korean news headlines are short,
// about 25 characters, and stay within a printed line of about 60 (the longest of the 679
// headlines of our news and Wikinews corpora has 58); a longer first line is a paragraph.
const maxHeadlineRunes = 64

// looksHeadline reports whether a line reads as a Korean news headline: short, and with no
// sentence ending in it. A body sentence of Korean news ends with a period (마침표: 밝혔다.),
// which a headline leaves out (뒤지지 않겠다, 1억 명 돌파); an ellipsis (.., ...) is no ending.
func looksHeadline(line string) bool {
	if utf8.RuneCountInString(line) > maxHeadlineRunes {
		return false
	}
	for i := 0; i < len(line); i++ {
		if line[i] != '.' && !strings.HasPrefix(line[i:], "。") {
			continue
		}
		if line[i] == '.' && (i > 0 && (line[i-1] == '.' || isDigit(line[i-1])) || i+1 < len(line) && line[i+1] == '.') {
			continue // an ellipsis, or a decimal point (3.5%)
		}
		width := len("。")
		if line[i] == '.' {
			width = 1
		}
		if endsClause(line[i+width:]) {
			return false
		}
	}
	return true
}

// endsClause reports whether what follows a period shows that the period ended a sentence: the
// end of the line after closing marks, or a space before more text (정부는 밝혔다. 그는 …).
// A period inside a name or an abbreviation (U.S.A, No.1) is followed by a letter or digit.
func endsClause(rest string) bool {
	rest = strings.TrimLeft(rest, "\"'”’」』)]")
	return rest == "" || rest[0] == ' ' || rest[0] == '\t'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// trimSpan narrows s to exclude surrounding whitespace of src.
func trimSpan(src string, s tokenize.Span) tokenize.Span {
	t := src[s.Start:s.End]
	trimmed := strings.TrimLeftFunc(t, isSpaceOrBOM)
	s.Start += len(t) - len(trimmed)
	s.End = s.Start + len(strings.TrimRightFunc(trimmed, isSpaceOrBOM))
	return s
}

func isSpaceOrBOM(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' }
