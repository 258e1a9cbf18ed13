// Package articleio decodes what users hand gisa: the bytes of a text file (UTF-8 with or
// without a byte order mark, UTF-16 with one, EUC-KR/CP949) and lines of JSON Lines articles.
// The gisa command, gisa batch and the Beam pipeline all read their input through it, so the
// same bytes give the same documents and the same errors everywhere.
package articleio

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"

	"github.com/gisa-nlp/gisa"
	"github.com/gisa-nlp/gisa/internal/jsonerr"
	"github.com/gisa-nlp/gisa/tokenize"
)

// Byte order marks.
var (
	BOMUTF8    = []byte{0xEF, 0xBB, 0xBF}
	BOMUTF16LE = []byte{0xFF, 0xFE}
	BOMUTF16BE = []byte{0xFE, 0xFF}
)

// DecodeText turns an input's bytes into UTF-8 text: UTF-8 with or without a byte order mark
// (dropped), UTF-16 with one, or EUC-KR/CP949 (common in Korean news archives) when the bytes
// are not UTF-8 but decode as CP949 without a single invalid sequence. Bytes that decode as
// neither are an error naming the first byte that is not UTF-8; they are never dropped.
func DecodeText(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, BOMUTF8):
		s := string(b[len(BOMUTF8):])
		if err := tokenize.ValidateUTF8(s); err != nil {
			var ue *tokenize.InvalidUTF8Error
			if errors.As(err, &ue) {
				return "", &tokenize.InvalidUTF8Error{Offset: ue.Offset + len(BOMUTF8)}
			}
			return "", err
		}
		return s, nil
	case bytes.HasPrefix(b, BOMUTF16LE), bytes.HasPrefix(b, BOMUTF16BE):
		return decodeUTF16(b)
	}
	s := string(b)
	if err := tokenize.ValidateUTF8(s); err != nil {
		var ue *tokenize.InvalidUTF8Error
		if errors.As(err, &ue) && looksUTF8(b[:ue.Offset]) {
			// UTF-8 text with a bad byte, such as a file cut in the middle of a character: its
			// bytes would mostly pass as CP949 too, and turn into nonsense. Say where it broke.
			return "", err
		}
		if k, ok := DecodeCP949(b); ok {
			return k, nil
		}
		return "", err
	}
	return s, nil
}

// utf8Evidence is how many characters of three or more bytes valid UTF-8 text must have before
// its first bad byte to be taken for UTF-8 rather than tried as CP949. CP949 Hangul breaks UTF-8
// at once (its lead bytes from 0xB0 on are UTF-8 continuation bytes); by chance its bytes may
// form a three-byte UTF-8 character or two, hardly four.
const utf8Evidence = 4

// looksUTF8 reports whether valid UTF-8 prefix holds utf8Evidence characters of three bytes or
// more (Hangul syllables are three).
func looksUTF8(prefix []byte) bool {
	n := 0
	for _, c := range prefix {
		if c >= 0xE0 { // the lead byte of a three- or four-byte character
			if n++; n >= utf8Evidence {
				return true
			}
		}
	}
	return false
}

// DecodeCP949 decodes EUC-KR/CP949 bytes, reporting false when any byte sequence is not
// CP949 (the decoder would replace it with U+FFFD, which CP949 cannot encode).
func DecodeCP949(b []byte) (string, bool) {
	out, err := korean.EUCKR.NewDecoder().Bytes(b)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return "", false
	}
	return string(out), true
}

// decodeUTF16 decodes UTF-16 text that starts with its byte order mark.
func decodeUTF16(b []byte) (string, error) {
	if len(b)%2 != 0 {
		return "", fmt.Errorf("UTF-16 input has an odd number of bytes (%d)", len(b))
	}
	big := bytes.HasPrefix(b, BOMUTF16BE)
	units := make([]uint16, 0, len(b)/2-1)
	for i := 2; i < len(b); i += 2 {
		if big {
			units = append(units, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			units = append(units, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case u >= 0xD800 && u < 0xDC00:
			if i+1 >= len(units) || units[i+1] < 0xDC00 || units[i+1] >= 0xE000 {
				return "", fmt.Errorf("invalid UTF-16 at byte offset %d", 2+2*i)
			}
			i++
		case u >= 0xDC00 && u < 0xE000:
			return "", fmt.Errorf("invalid UTF-16 at byte offset %d", 2+2*i)
		}
	}
	var sb strings.Builder
	for _, r := range utf16.Decode(units) {
		sb.WriteRune(r)
	}
	return sb.String(), nil
}

// jsonArticle is one line of JSON Lines input. The id may be a string or a number.
type jsonArticle struct {
	ID    json.RawMessage `json:"id"`
	Title string          `json:"title"`
	Text  *string         `json:"text"`
}

// idString reads a JSON id: a string as it is, a number as written, anything else is an error.
func idString(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf(`"id" is %s: want a string or a number`, raw)
}

// ErrBlankLine marks a line with nothing on it, which is skipped.
var ErrBlankLine = errors.New("blank line")

// ParseArticleLine reads one JSON Lines article. The document it returns carries the id
// whenever the line had one, also with an error, so that the error record can name it. Errors
// name the column of the line and the kinds of JSON value ("column 19: "title": a JSON object
// where a string belongs"); the caller adds the input and line.
func ParseArticleLine(line []byte) (gisa.Document, error) {
	if len(bytes.TrimSpace(line)) == 0 {
		return gisa.Document{}, ErrBlankLine
	}
	valid := utf8.Valid(line)
	if !valid {
		if k, ok := DecodeCP949(line); ok {
			line, valid = []byte(k), true // a line of an EUC-KR/CP949 file
		}
	}
	if valid {
		if doc, ok := parseFlat(line); ok {
			return doc, nil
		}
	}
	return parseArticle(line, valid)
}

// parseArticle is ParseArticleLine by encoding/json, for a line that is valid UTF-8 or not.
func parseArticle(line []byte, valid bool) (gisa.Document, error) {
	var a jsonArticle
	if err := jsonerr.Check(line); err != nil {
		return gisa.Document{}, fmt.Errorf("not an article: %w", err)
	}
	if err := json.Unmarshal(line, &a); err != nil {
		return gisa.Document{}, fmt.Errorf("not an article: %w", jsonerr.Describe(err, line))
	}
	id, err := idString(a.ID)
	if err != nil {
		return gisa.Document{}, err
	}
	doc := gisa.Document{ID: id}
	// encoding/json turns invalid UTF-8 into U+FFFD silently; gisa names it instead.
	if !valid {
		return doc, fmt.Errorf("%w in the line", tokenize.ValidateUTF8(string(line)))
	}
	if a.Text == nil {
		return doc, errors.New(`no "text" field`)
	}
	doc.Title, doc.Text = a.Title, *a.Text
	return doc, nil
}
