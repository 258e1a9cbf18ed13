package articleio

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf16"

	"github.com/gisa-nlp/gisa"
)

// parseFlat is ParseArticleLine's fast path for the common line: one JSON object whose "id",
// "title" and "text" are strings (the id may also be a number) beside any other members, in
// valid UTF-8. encoding/json reads a line twice (checkValid, then the decoding, which decodes
// every non-ASCII code point of a string once more); parseFlat reads it once and copies a
// string's bytes between escapes as they are.
//
// It returns ok false for anything it is not sure to read exactly as encoding/json would:
// a syntax error, a null, a key written with escapes, outside ASCII or in other letter case
// than "id", "title", "text" (encoding/json matches keys without regard to case), and a value
// of another kind than the field's. ParseArticleLine then takes encoding/json's path, which
// gives the same document or names the error. FuzzParseFlat holds the two to the same result.
//
// line must be valid UTF-8.
func parseFlat(line []byte) (doc gisa.Document, ok bool) {
	p := flatParser{s: line}
	p.space()
	if !p.eat('{') {
		return doc, false
	}
	hasText := false
	p.space()
	if !p.eat('}') {
		for {
			key, ok := p.key()
			if !ok {
				return doc, false
			}
			p.space()
			if !p.eat(':') {
				return doc, false
			}
			p.space()
			switch key {
			case "id":
				if p.peek() == '"' {
					doc.ID, ok = p.str()
				} else {
					doc.ID, ok = p.number()
				}
			case "title":
				doc.Title, ok = p.str()
			case "text":
				doc.Text, ok = p.str()
				hasText = true
			default:
				if strings.EqualFold(key, "id") || strings.EqualFold(key, "title") || strings.EqualFold(key, "text") {
					return doc, false
				}
				ok = p.skipValue()
			}
			if !ok {
				return doc, false
			}
			p.space()
			if p.eat(',') {
				p.space()
				continue
			}
			if !p.eat('}') {
				return doc, false
			}
			break
		}
	}
	p.space()
	return doc, hasText && p.i == len(p.s)
}

// flatParser reads JSON from s at i.
type flatParser struct {
	s []byte
	i int
}

// space skips JSON white space.
func (p *flatParser) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// peek returns the next byte, 0 at the end.
func (p *flatParser) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

// eat consumes c if it comes next.
func (p *flatParser) eat(c byte) bool {
	if p.peek() == c {
		p.i++
		return true
	}
	return false
}

// key reads a member's name: a string of printable ASCII without escapes.
func (p *flatParser) key() (string, bool) {
	if !p.eat('"') {
		return "", false
	}
	start := p.i
	for ; p.i < len(p.s); p.i++ {
		switch c := p.s[p.i]; {
		case c == '"':
			p.i++
			return string(p.s[start : p.i-1]), true
		case c < 0x20 || c >= 0x7F || c == '\\':
			return "", false
		}
	}
	return "", false
}

// str reads a JSON string as encoding/json decodes it. The bytes between escapes are copied
// as they are: the line is valid UTF-8, so they need no decoding.
func (p *flatParser) str() (string, bool) {
	if !p.eat('"') {
		return "", false
	}
	start := p.i
	for ; p.i < len(p.s); p.i++ {
		switch c := p.s[p.i]; {
		case c == '"':
			p.i++
			return string(p.s[start : p.i-1]), true
		case c == '\\':
			return p.escaped(start)
		case c < 0x20: // a control character must be escaped
			return "", false
		}
	}
	return "", false
}

// escaped finishes str from the first backslash of a string that started at start.
func (p *flatParser) escaped(start int) (string, bool) {
	var b strings.Builder
	b.Grow(p.i - start + 64)
	b.Write(p.s[start:p.i])
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return b.String(), true
		case c < 0x20:
			return "", false
		case c != '\\':
			// Copy the run up to the next quote, backslash or control character at once.
			j := p.i + 1
			for j < len(p.s) && p.s[j] != '"' && p.s[j] != '\\' && p.s[j] >= 0x20 {
				j++
			}
			b.Write(p.s[p.i:j])
			p.i = j
			continue
		}
		if p.i+1 >= len(p.s) {
			return "", false
		}
		switch e := p.s[p.i+1]; e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			// As encoding/json: a surrogate pair makes one code point, a surrogate without its
			// other half is U+FFFD and what follows it is read on its own.
			r := hex4(p.s[p.i+2:])
			if r < 0 {
				return "", false
			}
			p.i += 6
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if p.i+1 < len(p.s) && p.s[p.i] == '\\' && p.s[p.i+1] == 'u' {
					r2 = hex4(p.s[p.i+2:])
				}
				if dec := utf16.DecodeRune(r, r2); dec != unicode.ReplacementChar {
					p.i += 6
					r = dec
				} else {
					r = unicode.ReplacementChar
				}
			}
			b.WriteRune(r)
			continue
		default:
			return "", false
		}
		p.i += 2
	}
	return "", false
}

// hex4 reads four hexadecimal digits at the start of s, -1 when there are not four.
func hex4(s []byte) rune {
	if len(s) < 4 {
		return -1
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// skipString passes over a string without decoding it (skipValue checks it afterwards).
func (p *flatParser) skipString() bool {
	for p.i++; p.i < len(p.s); p.i++ {
		switch p.s[p.i] {
		case '\\':
			p.i++ // the escaped byte
		case '"':
			p.i++
			return true
		}
	}
	return false
}

// number reads a JSON number as written, as idString reads one.
func (p *flatParser) number() (string, bool) {
	lit := p.literal()
	if len(lit) == 0 || !(lit[0] == '-' || '0' <= lit[0] && lit[0] <= '9') || !json.Valid(lit) {
		return "", false
	}
	return string(lit), true
}

// literal consumes the bytes up to the next delimiter of JSON (a number, true, false, null).
func (p *flatParser) literal() []byte {
	start := p.i
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return p.s[start:p.i]
		}
		p.i++
	}
	return p.s[start:]
}

// skipValue passes over a member's value that no field takes, checking that it is JSON.
func (p *flatParser) skipValue() bool {
	switch p.peek() {
	case '"':
		_, ok := p.str()
		return ok
	case '[', '{':
		// Find where the array or object ends by its brackets outside strings, then ask
		// encoding/json whether that much is valid.
		start, depth := p.i, 0
		for p.i < len(p.s) {
			switch p.s[p.i] {
			case '[', '{':
				depth++
			case ']', '}':
				if depth--; depth == 0 {
					p.i++
					return json.Valid(p.s[start:p.i])
				}
			case '"':
				if !p.skipString() {
					return false
				}
				continue
			}
			p.i++
		}
		return false
	}
	lit := p.literal()
	return len(lit) > 0 && json.Valid(lit)
}
