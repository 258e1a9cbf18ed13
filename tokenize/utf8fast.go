package tokenize

import "unicode/utf8"

// threeByteRune decodes the character at s[i] when it is one of U+1000..U+D7FF (all of
// Hangul): three bytes, a lead byte E1..ED and two continuation bytes, with no overlong or
// surrogate form among them. Otherwise ok is false and the caller decodes with
// utf8.DecodeRuneInString, which gives the same rune for these.
func threeByteRune(s string, i int) (r rune, ok bool) {
	if i+2 >= len(s) {
		return 0, false
	}
	c, c1, c2 := s[i], s[i+1], s[i+2]
	r = rune(c&0x0f)<<12 | rune(c1&0x3f)<<6 | rune(c2&0x3f)
	return r, c&0xf0 == 0xe0 && c1&0xc0 == 0x80 && c2&0xc0 == 0x80 && r >= 0x1000 && r < 0xd800
}

// decodeRune is utf8.DecodeRuneInString(s[i:]), with ASCII and threeByteRune's characters
// (most of Korean text) decoded without the general decoder.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	if r, ok := threeByteRune(s, i); ok {
		return r, 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runesAtMost reports whether utf8.RuneCountInString(s) <= n, counting no further than it
// must: a code point takes one to four bytes (an invalid byte counts as one).
func runesAtMost(s string, n int) bool {
	if len(s) <= n {
		return true
	}
	if len(s) > 4*n {
		return false
	}
	count := 0
	for range s {
		if count++; count > n {
			return false
		}
	}
	return true
}
