// Package utf8fast decodes the characters most of Korean text is made of straight from their
// three bytes: utf8.DecodeRuneInString takes its slow path for every character beyond U+07FF,
// and the tokenizer, the quote finder and the summarizer each read every Hangul syllable of
// an article.
package utf8fast

import "unicode/utf8"

// ThreeByte decodes the character at s[i] when it is one of U+1000..U+D7FF (all of Hangul):
// three bytes, a lead byte E1..ED and two continuation bytes, with no overlong or surrogate
// form among them. Otherwise ok is false and the caller decodes with utf8.DecodeRuneInString,
// which gives the same rune for these.
func ThreeByte(s string, i int) (r rune, ok bool) {
	if i+2 >= len(s) {
		return 0, false
	}
	c, c1, c2 := s[i], s[i+1], s[i+2]
	r = rune(c&0x0f)<<12 | rune(c1&0x3f)<<6 | rune(c2&0x3f)
	return r, c&0xf0 == 0xe0 && c1&0xc0 == 0x80 && c2&0xc0 == 0x80 && r >= 0x1000 && r < 0xd800
}

// IsSyllable reports whether r is a precomposed Hangul syllable (U+AC00…U+D7A3).
func IsSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// Syllable returns the Hangul syllable (U+AC00…U+D7A3, EA B0 80 … ED 9E A3 in UTF-8) that
// the three bytes at s[i] encode, -1 when they encode none.
func Syllable(s string, i int) rune {
	if r, ok := ThreeByte(s, i); ok && IsSyllable(r) {
		return r
	}
	return -1
}

// Final is the final consonant (jongseong) of the Hangul syllable r as its index in the
// standard order: 0 when the syllable has none, 8 for ㄹ; -1 when r is no syllable.
func Final(r rune) int {
	if !IsSyllable(r) {
		return -1
	}
	return int(r-0xAC00) % 28
}

// Initial is the initial consonant (choseong) of the Hangul syllable r as its index in the
// standard order (0 for ㄱ, 11 for ㅇ, 18 for ㅎ); -1 when r is no syllable.
func Initial(r rune) int {
	if !IsSyllable(r) {
		return -1
	}
	return int(r-0xAC00) / 588
}

// SyllableSet is a set of Hangul syllables (U+AC00…U+D7A3), a bit for each: a word list's
// last syllables in one, a word whose last syllable is not in it is in no list without the
// list's map being asked.
type SyllableSet [(0xD7A4 - 0xAC00 + 63) / 64]uint64

// Add puts r in the set when it is a Hangul syllable.
func (s *SyllableSet) Add(r rune) {
	if r >= 0xAC00 && r <= 0xD7A3 {
		s[(r-0xAC00)/64] |= 1 << ((r - 0xAC00) % 64)
	}
}

// Has reports whether r is in the set.
func (s *SyllableSet) Has(r rune) bool {
	return r >= 0xAC00 && r <= 0xD7A3 && s[(r-0xAC00)/64]&(1<<((r-0xAC00)%64)) != 0
}

// EndsOutside reports whether w ends with a Hangul syllable that is not in the set (its last
// three bytes are that syllable exactly when it is w's last code point).
func (s *SyllableSet) EndsOutside(w string) bool {
	r := Syllable(w, max(0, len(w)-3))
	return r >= 0 && !s.Has(r)
}

// LastSyllables is the set of the last syllables of the words of lists: a word ending with a
// syllable outside it (EndsOutside) is in none of the lists.
func LastSyllables(lists ...map[string]bool) SyllableSet {
	return syllablesOf(utf8.DecodeLastRuneInString, lists)
}

// FirstSyllables is the set of the first syllables of the words of lists: a word starting with
// a Hangul syllable outside it starts none of the lists' words.
func FirstSyllables(lists ...map[string]bool) SyllableSet {
	return syllablesOf(utf8.DecodeRuneInString, lists)
}

// syllablesOf is the set of the syllables that pick finds in the words of lists.
func syllablesOf(pick func(string) (rune, int), lists []map[string]bool) SyllableSet {
	var set SyllableSet
	for _, list := range lists {
		for w := range list {
			r, _ := pick(w)
			set.Add(r)
		}
	}
	return set
}
