package summarize

import (
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/tokenize"
)

// eojeol is one whitespace-delimited word of a sentence with its morphemes.
type eojeol struct {
	tokenize.Span
	toks []tokenize.Token
}

// appendEojeols appends a sentence's tokens grouped by word to out. An ellipsis written
// between two words without a space (손흥민 멀티골…토트넘 3연승) ends the word before it: a
// headline joins its parts so, each a statement of its own, and the next part opens a word.
func appendEojeols(out []eojeol, toks []tokenize.Token) []eojeol {
	for lo := 0; lo < len(toks); {
		hi := lo + 1
		for hi < len(toks) && toks[hi].Eojeol == toks[lo].Eojeol &&
			!(tokenize.FirstTag(toks[hi-1].POS) == "SE" && hi-1 > lo && !punctTag(tokenize.FirstTag(toks[hi].POS))) && !itemEnds(toks[lo:hi+1]) {
			hi++
		}
		out = append(out, eojeol{Span: tokenize.Span{Start: toks[lo].Start, End: toks[hi-1].End}, toks: toks[lo:hi:hi]})
		lo = hi
	}
	return out
}

// itemEnds reports a word's tokens whose last but one ends an item of a list with a figure by
// a middle dot, and whose last opens the next item's name (국민의힘 35%·민주당 33%: 35/SN
// %·/SY 민주당/NNP): the dot there separates items as a space and a comma would.
func itemEnds(toks []tokenize.Token) bool {
	n := len(toks)
	if n < 3 || !strings.HasSuffix(toks[n-2].Surface, "·") {
		return false
	}
	if tag := tokenize.FirstTag(toks[n-1].POS); tag != "NNP" && tag != "NNG" {
		return false
	}
	if toks[n-2].Surface == "·" && tokenize.FirstTag(toks[n-3].POS) == "SN" {
		return false // 41·여: a note of age and sex, no list of figures
	}
	num := false
	for _, t := range toks[:n-2] {
		switch {
		case t.Surface == "(":
			return false // D씨(41·여): inside a note
		case tokenize.FirstTag(t.POS) == "SN":
			num = true
		}
	}
	return num
}

// connectives are the clause-linking endings after which a new clause starts (걸렸는데, 어렵지만,
// 따라가고). Endings that tie a clause to its verb (확보하기 위해, 보면) are not among them.
var connectives = map[string]bool{
	"는데": true, "은데": true, "ㄴ데": true, "인데": true, "지만": true, "으나": true, "나": true,
	"고": true, "며": true, "으며": true, "면서": true, "으면서": true, "면서도": true, "고도": true,
}

// lastPart returns the tag and surface of the last morpheme of a token, looking inside the
// parts of a multi-morpheme entry (왔으나 = 오/VX+았/EP+으나/EC).
func lastPart(t tokenize.Token) (tag, surface string) {
	if n := len(t.Parts); n > 0 && tokenize.FirstTag(t.POS) != t.POS { // the POS has a "+"
		return t.Parts[n-1].POS, compatJamo(t.Parts[n-1].Surface)
	}
	return tokenize.FirstTag(t.POS), t.Surface
}

// compatJamo spells an ending's leading consonant as the compatibility jamo (ㄴ다고): the
// dictionary writes it so in some entries (되/VV+ㄴ다고) and as a final-consonant jamo, U+11AB,
// in others (이르/VV+ᆫ다고), the same ending.
func compatJamo(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	c, ok := finalJamo[r]
	if !ok {
		return s
	}
	if t, ok := compatEndings[s]; ok {
		return t // the common endings without building a string
	}
	return string(c) + s[n:]
}

// finalJamo maps the final-consonant jamo that begin endings to their compatibility forms.
var finalJamo = map[rune]rune{'ᆫ': 'ㄴ', 'ᆯ': 'ㄹ', 'ᆷ': 'ㅁ', 'ᆸ': 'ㅂ', 'ᆻ': 'ㅆ'}

// compatEndings are the endings spelled with a final-consonant jamo that the dictionary uses
// most, with their compatibility spelling.
var compatEndings = map[string]string{
	"ᆫ": "ㄴ", "ᆯ": "ㄹ", "ᆷ": "ㅁ", "ᆸ": "ㅂ", "ᆫ다": "ㄴ다", "ᆫ다고": "ㄴ다고", "ᆫ다는": "ㄴ다는",
	"ᆫ데": "ㄴ데", "ᆫ지": "ㄴ지", "ᆸ니다": "ㅂ니다", "ᆫ다며": "ㄴ다며", "ᆫ다면": "ㄴ다면", "ᆯ까": "ㄹ까",
}

// endsClause reports whether a clause ends after the word: at a comma, a sentence end, a
// closing quote, or a clause-linking ending.
func endsClause(e eojeol) bool {
	if loneDot(e) {
		return false // 스페인 · 포르투갈: a middle dot written apart joins the words beside it
	}
	for k, t := range e.toks {
		switch tokenize.FirstTag(t.POS) {
		case "SC", "SF", "SE":
			if t.Surface == "·" && k > 0 && k+1 < len(e.toks) && wordNoun(e.toks[k-1]) && wordNoun(e.toks[k+1]) {
				continue // 원·달러, 보건·복지·고용: a middle dot joins nouns into one phrase, no clause ends there
			}
			if t.Surface == "," && k > 0 && k+1 < len(e.toks) && tokenize.FirstTag(e.toks[k-1].POS) == "SN" && tokenize.FirstTag(e.toks[k+1].POS) == "SN" {
				continue // 1,277조원으로: the comma of thousands is part of the number
			}
			return true
		case "SSC":
			if isQuoteMark(t.Surface) {
				return true
			}
		}
	}
	tag, surf := lastPart(e.toks[len(e.toks)-1])
	return tag == "EC" && connectives[surf]
}

// loneDot reports a word that is only a middle dot, written apart between two names (스페인 ·
// 포르투갈): it joins them into one phrase as the dot written close does.
func loneDot(e eojeol) bool {
	return len(e.toks) == 1 && e.toks[0].Surface == "·"
}

// wordNoun reports a noun written in letters (NNG, NNP, a Latin or Chinese word), no number.
func wordNoun(t tokenize.Token) bool {
	switch tokenize.FirstTag(t.POS) {
	case "NNG", "NNP", "SL", "SH", "IC": // (원·달러: the tagger reads 원 there as an interjection)
		return true
	}
	return false
}

// startsClause reports whether a clause starts at the word: at an opening double quote.
func startsClause(e eojeol) bool {
	t := e.toks[0]
	return (tokenize.FirstTag(t.POS) == "SSO" || tokenize.FirstTag(t.POS) == "SY") && (t.Surface == "“" || t.Surface == "\"")
}

func isQuoteMark(s string) bool {
	switch s {
	case "“", "”", "\"", "「", "」", "『", "』":
		return true
	}
	return false
}

// appendClauses appends the clauses of a sentence's words to out, as ranges [lo, hi) of
// word indices.
func appendClauses(out [][2]int, es []eojeol) [][2]int {
	lo := 0
	for i, e := range es {
		if i > lo && startsClause(e) {
			out = append(out, [2]int{lo, i})
			lo = i
		}
		if endsClause(e) && !(i+1 < len(es) && auxiliaryAfter(e, es[i+1])) {
			out = append(out, [2]int{lo, i + 1})
			lo = i + 1
		}
	}
	if lo < len(es) {
		out = append(out, [2]int{lo, len(es)})
	}
	return out
}

// auxiliaryAfter reports a word ending in -고 followed by an auxiliary verb (받치고 있던,
// 하고 싶다, 먹고 말았다): -고 there joins a main verb to its auxiliary in one predicate (the
// progressive -고 있다, the desiderative -고 싶다), and no clause ends between them.
func auxiliaryAfter(e, next eojeol) bool {
	tag, surf := lastPart(e.toks[len(e.toks)-1])
	if tag != "EC" || surf != "고" {
		return false
	}
	return tokenize.FirstTag(next.toks[0].POS) == "VX"
}
