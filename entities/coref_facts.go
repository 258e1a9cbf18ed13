package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
)

// The coreference rules ask the same few things of an eojeol again and again (is its stem a
// title, a determiner, an honorific; does it start with a family name; how many syllables has
// it), each rule in its own pass over the eojeols and often of the neighbours of the one it
// looks at. wordFacts answers them once per eojeol when the corefDoc is built, and the rules
// read the answers from docEojeol.facts. What each fact means is the test it replaces, word
// for word: no rule decides differently for reading a fact.

// eojFacts is a set of facts about one eojeol, a bit each.
type eojFacts uint16

const (
	// factOneRune: the eojeol's letters (src[Start:End]) are one code point (백, 주).
	factOneRune eojFacts = 1 << iota
	// factSurname: the word titled reads as a surname starts with one (isSurname of the first
	// code point of the stem, or of the letters when factOneRune).
	factSurname
	// factHangul: nameRunes(stem), a stem of Hangul syllables only.
	factHangul
	factTitle      // titles[stem]: a title of the tagger's features (titleOf)
	factCorefTitle // corefTitle(stem)
	factTitleEnd   // titleEnding(stem): a title, or a word ending with one (IsTitle)
	factAmbiguous  // ambiguousTitles[stem]
	factHonorific  // honorifics[stem]
	factDeterminer // determiners[stem]
	factSource     // the stem ends with one of the sourceNouns (업계 관계자, 소식통)
	factTeam       // the stem ends with one of the teamHeads (연구팀, 박사팀)
	// factTeamLetters: the eojeol has no stem and its letters hold the last syllable of a team
	// head (연구+진은 read as a verb), so teams reads them again
	factTeamLetters
)

// is reports whether eojeol e has all the facts f.
func (e *docEojeol) is(f eojFacts) bool { return e.facts&f == f }

// smallListEnds are the last syllables of ambiguousTitles, honorifics and determiners: a stem
// ending with another syllable is in none of them. (corefTitleEnds do the same for the
// corefTitles, which hold the titles and the titleSuffixes.)
var smallListEnds = utf8fast.LastSyllables(ambiguousTitles, honorifics, determiners)

// sourceEnds are the last syllables of the sourceNouns.
var sourceEnds = utf8fast.LastSyllables(sourceNouns)

// containsAnyRune reports whether s holds one of rs (each found by its bytes, as a decoder of s
// finds it: the lead byte of a character is never read as part of the one before).
func containsAnyRune(s string, rs []rune) bool {
	for _, r := range rs {
		if strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}

// maxStemRunes is where docEojeol.stemRunes stops counting: the rules compare a stem's length
// with small numbers only (2 to 8 syllables).
const maxStemRunes = 255

// wordFacts computes the facts of eojeol e of source src, and the number of code points of its
// stem (up to maxStemRunes).
func wordFacts(src string, e *docEojeol) {
	var f eojFacts
	w := src[e.Start:e.End]
	if len(w) <= utf8.UTFMax && utf8.RuneCountInString(w) == 1 {
		f |= factOneRune
		if r, _ := utf8.DecodeRuneInString(w); isSurname(r) {
			f |= factSurname // as titled reads a syllable standing alone
		}
	}
	// One pass over the stem's code points counts them, finds whether all are Hangul
	// syllables (nameRunes) and reads the first.
	st := e.stem
	n, hangul := 0, st != ""
	for i := 0; i < len(st); n++ {
		r, size := rune(st[i]), 1
		if r >= utf8.RuneSelf {
			if r3, ok := utf8fast.ThreeByte(st, i); ok {
				r, size = r3, 3
			} else {
				r, size = utf8.DecodeRuneInString(st[i:])
			}
		}
		if i == 0 && f&factOneRune == 0 && isSurname(r) {
			f |= factSurname
		}
		if r < 0xAC00 || r > 0xD7A3 {
			hangul = false
		}
		i += size
	}
	if hangul {
		f |= factHangul
	}
	e.stemRunes = uint8(min(n, maxStemRunes))
	if st == "" {
		if containsAnyRune(w, teamHeadEnds) { // strings.ContainsFunc(w, teamHeadEnd), without decoding w
			f |= factTeamLetters
		}
		e.facts = f
		return
	}
	// A stem that ends with a Hangul syllable is looked up only in the lists holding a word
	// that ends with it (see utf8fast.SyllableSet.EndsOutside).
	last := utf8fast.Syllable(st, max(0, len(st)-3))
	if last < 0 || corefTitleEnds.Has(last) {
		switch {
		case corefTitles[st]: // corefTitle and titleEnding: a title is in the map
			f |= factCorefTitle | factTitleEnd
			if titles[st] { // the titles are corefTitles too
				f |= factTitle
			}
		case titleSuffixed(st):
			f |= factTitleEnd
		}
	}
	if last < 0 || smallListEnds.Has(last) {
		if ambiguousTitles[st] {
			f |= factAmbiguous
		}
		if honorifics[st] {
			f |= factHonorific
		}
		if determiners[st] {
			f |= factDeterminer
		}
	}
	if last < 0 || sourceEnds.Has(last) {
		for _, n := range sourceNounList {
			if strings.HasSuffix(st, n) {
				f |= factSource
				break
			}
		}
	}
	if last < 0 || teamHeadEnd(last) {
		for _, h := range teamHeads {
			if strings.HasSuffix(st, h) {
				f |= factTeam
				break
			}
		}
	}
	e.facts = f
}

// tagKind is what the coreference rules ask of a token's tag, a bit each, computed once per
// token when the corefDoc is built (the rules compared the tag's string again in each pass).
type tagKind uint8

const (
	kindMark tagKind = 1 << iota // openMarkTag: a quote mark, bracket or other symbol
	kindStem                     // stemTag: part of a nominal stem
	kindSF                       // SF: a sentence's final mark
)

// is reports whether k has all the kinds of x.
func (k tagKind) is(x tagKind) bool { return k&x == x }

// tagKindOf is the kind of a token tagged tag.
func tagKindOf(tag string) tagKind {
	if tag != "" {
		switch tag[0] {
		case 'J', 'E', 'V', 'M', 'I':
			// particles, endings, predicates, modifiers and interjections, most of the
			// tokens: none of the tags below starts so
			return 0
		}
	}
	var k tagKind
	if openMarkTag(tag) {
		k |= kindMark
	}
	if stemTag(tag) {
		k |= kindStem
	}
	if tag == "SF" {
		k |= kindSF
	}
	return k
}
