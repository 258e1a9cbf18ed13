package quotes

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
	"github.com/gisa-nlp/gisa/tokenize"
)

//go:embed speakers.txt
var speakersText string

// nameLists holds the word lists of speakers.txt.
type nameLists struct {
	title, group, pronoun, source, people, role map[string]bool
}

var names = parseNameLists(speakersText)

func parseNameLists(text string) nameLists {
	l := nameLists{title: map[string]bool{}, group: map[string]bool{}, pronoun: map[string]bool{}, source: map[string]bool{}, people: map[string]bool{}, role: map[string]bool{}}
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		var m map[string]bool
		switch f[0] {
		case "title":
			m = l.title
		case "group":
			m = l.group
		case "pronoun":
			m = l.pronoun
		case "source":
			m = l.source
		case "people":
			m = l.people
		case "role":
			m = l.role
		default:
			continue
		}
		for _, w := range f[1:] {
			m[w] = true
		}
	}
	return l
}

// titleEnds are the syllables that end a title of names.
var titleEnds = utf8fast.LastSyllables(names.title)

// isTitle is names.title[s], without a map lookup for most words: a word ending in a Hangul
// syllable that ends no title is none.
func isTitle(s string) bool {
	return !titleEnds.EndsOutside(s) && names.title[s]
}

// surnames are the common Korean family names, one syllable each.
const surnames = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부황보"

// surnameSet holds the syllables of surnames.
var surnameSet = func() (set utf8fast.SyllableSet) {
	for _, r := range surnames {
		set.Add(r)
	}
	return set
}()

// isSurnameRune reports whether r is one of the syllables of surnames.
func isSurnameRune(r rune) bool { return surnameSet.Has(r) }

// hasSuffixWord reports whether w is in m or ends with an entry of m; entries of one syllable
// count as suffixes only of words of three or more syllables (과학기술부, not 일부).
func hasSuffixWord(m map[string]bool, w string) bool {
	if m[w] {
		return true
	}
	n := utf8.RuneCountInString(w)
	r := 0 // the code points before i: the suffix from i has n-r
	for i := range w {
		if i > 0 {
			if k := n - r; (k >= 2 || n >= 3) && m[w[i:]] {
				return true
			}
		}
		r++
	}
	return false
}

// isHangul reports whether s is made only of Hangul syllables.
func isHangul(s string) bool {
	if s == "" || len(s)%3 != 0 {
		return false // a syllable is three bytes in UTF-8
	}
	for i := 0; i < len(s); i += 3 {
		if utf8fast.Syllable(s, i) < 0 {
			return false
		}
	}
	return true
}

// hasLatin reports whether s contains a Latin letter.
func hasLatin(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// stripParens removes bracketed asides: 피터 리(Peter Lee) → 피터 리, 심태섭(사진) → 심태섭.
func stripParens(s string) string {
	if plainWords(s) {
		return s // no bracket, one space between words: nothing to strip or join
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[', '（':
			depth++
			continue
		case ')', ']', '）':
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// plainWords reports whether stripParens(s) is s: valid UTF-8 without brackets, without white
// space at its ends or other than single ASCII spaces between words.
func plainWords(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', ')', '[', ']', '\t', '\n', '\v', '\f', '\r',
			0xC2, 0xE1, 0xE2, 0xE3, 0xEF: // lead bytes of the other spaces and of （ ）
			return false
		case ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		}
	}
	return utf8.ValidString(s)
}

// stripMarks removes quote marks from s.
func stripMarks(s string) string {
	// strings.Map would also replace invalid bytes, so the shortcut needs valid text.
	if !utf8.ValidString(s) {
		return stripMarksMap(s)
	}
	return stripValidMarks(s)
}

// stripValidMarks is stripMarks for valid UTF-8 s.
func stripValidMarks(s string) string {
	// Most words hold no mark: every mark is ASCII or starts with byte E2 or E3 in UTF-8.
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', '\'', '`', 0xE2, 0xE3:
			return stripMarksMap(s)
		}
	}
	return s
}

func stripMarksMap(s string) string {
	return strings.Map(func(r rune) rune {
		if isQuoteMark(r) {
			return -1
		}
		return r
	}, s)
}

// looksKoreanName reports a word that reads as a Korean full name: two to four Hangul syllables
// starting with a family name, which the dictionary marks as a person or does not know.
func looksKoreanName(w string, toks []tokenize.Token) bool {
	// Cheapest tests first: two to four syllables are 6 to 12 bytes of Hangul.
	if len(w) < 6 || len(w) > 12 {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(w); !isSurnameRune(first) || !isHangul(w) {
		return false
	}
	n := len(w) / 3
	// a single dictionary word (연구비, 기술력) is not a name
	var one *tokenize.Token // the name's token when it has one
	count := 0
	for k := range toks {
		t := &toks[k]
		if tg := tokenize.FirstTag(t.POS); strings.HasPrefix(tg, "J") || strings.HasPrefix(tg, "S") || !strings.Contains(w, t.Surface) {
			continue // particles, marks, and tokens of a word glued before the name (힘들다.”(유룡)
		}
		if tg := tokenize.FirstTag(t.POS); strings.HasPrefix(tg, "V") || strings.HasPrefix(tg, "E") || strings.HasPrefix(tg, "XS") && tg != "XSN" {
			return false
		}
		one = t
		count++
	}
	if count == 1 && tokenize.FirstTag(one.POS) == "NNG" && !one.Unknown && one.Features.Semantic != "인명" {
		return false
	}
	if n == 3 {
		return true // 백상엽, 조맹효: three syllables after a family name is the common full name
	}
	for _, t := range toks {
		if t.Features.Semantic == "인명" || t.Unknown || tokenize.FirstTag(t.POS) == "NNP" && t.Features.Semantic == "" && t.Surface == w {
			return true
		}
	}
	return false
}
