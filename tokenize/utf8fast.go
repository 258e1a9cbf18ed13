package tokenize

import (
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
)

// decodeRune is utf8.DecodeRuneInString(s[i:]), with ASCII and utf8fast.ThreeByte's characters
// (most of Korean text) decoded without the general decoder.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	if r, ok := utf8fast.ThreeByte(s, i); ok {
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
