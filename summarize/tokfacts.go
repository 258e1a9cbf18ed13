package summarize

import (
	"sort"

	"github.com/gisa-nlp/gisa/tokenize"
)

// Token classes: a token's first tag as the term and keyword code tells them apart.
const (
	tcOther     uint8 = iota
	tcNoun            // NNG, NNP
	tcRoot            // XR
	tcHanja           // SH
	tcPrefix          // XPN: joins the compound it starts (초+거대+AI)
	tcLatin           // SL
	tcNumber          // SN
	tcPredicate       // VV, VA
	tcCounter         // NNBC, NR, NNB: a counter after a number
	tcHyeong          // XSN 형, the suffix of 생성형
	tcFinal           // SF
	tcPunct           // SE, SSO, SSC, SC, SY: punctuation other than SF
)

// tokFact is what the summary reads of one token, found once per document (docTerms.facts)
// rather than by every part that reads the token: its class and the vocab ids of its terms.
type tokFact struct {
	class uint8
	ef    bool  // the POS holds a final ending (EF)
	term  int32 // contentIDs' term: the surface (lower-cased when Latin) or the lemma; -1 none
	kw    int32 // the keyword graph's term: the lower-cased surface of a noun, root or Latin word; -1 none
}

// classOf returns the class of a token with this POS.
func classOf(pos string, surface string) uint8 {
	switch tokenize.FirstTag(pos) {
	case "NNG", "NNP":
		return tcNoun
	case "XR":
		return tcRoot
	case "SH":
		return tcHanja
	case "XPN":
		return tcPrefix
	case "SL":
		return tcLatin
	case "SN":
		return tcNumber
	case "VV", "VA":
		return tcPredicate
	case "NNBC", "NR", "NNB":
		return tcCounter
	case "XSN":
		if surface == "형" {
			return tcHyeong
		}
	case "SF":
		return tcFinal
	case "SE", "SSO", "SSC", "SC", "SY":
		return tcPunct
	}
	return tcOther
}

// factOf returns the facts of t, adding its terms to v.
func (v *vocab) factOf(t *tokenize.Token) tokFact {
	f := tokFact{class: classOf(t.POS, t.Surface), ef: hasEF(t.POS), term: -1, kw: -1}
	var lower [64]byte
	switch f.class {
	case tcNoun, tcRoot, tcHanja:
		if t.Surface != "" {
			f.term = v.idOf(t.Surface)
		}
	case tcLatin:
		if t.Surface != "" {
			f.term = v.id(appendLower(lower[:0], t.Surface))
		}
	case tcPredicate:
		if t.Lemma != "" {
			f.term = v.idOf(t.Lemma)
		}
	}
	switch f.class {
	case tcNoun, tcRoot, tcLatin:
		// Lower-casing leaves most surfaces (all Hangul ones) as they are: then the keyword
		// term is the term.
		if f.term >= 0 && (f.class == tcLatin || lowerCase(t.Surface) == lowerSame) {
			f.kw = f.term // the term of a Latin word is lower-cased already
		} else {
			f.kw = v.id(appendLower(lower[:0], t.Surface))
		}
	}
	return f
}

// readTokens finds the facts of every token of the document, in the order of its tokens.
func (dt *docTerms) readTokens() {
	toks := dt.txt.Tokens
	dt.facts = grow(dt.facts, len(toks))
	for k := range toks {
		dt.facts[k] = dt.v.factOf(&toks[k])
	}
}

// factsOf returns the facts of toks, aligned with it. toks is normally a sub-slice of the
// document's tokens (a sentence's, or tokensIn's), whose facts are a slice of dt.facts; other
// tokens get theirs found now.
func (dt *docTerms) factsOf(toks []tokenize.Token) []tokFact {
	if k := dt.offsetOf(toks); k >= 0 {
		return dt.facts[k : k+len(toks)]
	}
	fs := make([]tokFact, len(toks))
	for i := range toks {
		fs[i] = dt.v.factOf(&toks[i])
	}
	return fs
}

// offsetOf returns the index in the document's tokens of toks[0] when toks is a sub-slice of
// them, else -1.
func (dt *docTerms) offsetOf(toks []tokenize.Token) int {
	if len(toks) == 0 {
		return -1
	}
	all := dt.txt.Tokens
	k := sort.Search(len(all), func(k int) bool { return all[k].Start >= toks[0].Start })
	for ; k < len(all) && all[k].Start == toks[0].Start; k++ {
		if &all[k] == &toks[0] && k+len(toks) <= len(all) {
			return k
		}
	}
	return -1
}

// sentFacts returns the facts of the tokens of sentence i.
func (dt *docTerms) sentFacts(i int) []tokFact {
	toks := dt.txt.Sentences[i].Tokens
	if dt.sentOff[i] == unknownOffset {
		dt.sentOff[i] = dt.offsetOf(toks)
	}
	if k := dt.sentOff[i]; k >= 0 {
		return dt.facts[k : k+len(toks)]
	}
	return dt.factsOf(toks)
}

// unknownOffset marks a sentence whose offset among the document's tokens is not known yet.
const unknownOffset = -2
