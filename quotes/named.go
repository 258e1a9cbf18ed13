package quotes

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/tokenize"
)

// A name the recogniser knows, followed by a particle, is a subject or a topic even when the
// tagger read the particle into the name: 새누리당도 is 새/MM+누리/NNG+당도/NNG ("sugar
// content") to the tagger, yet the article names 새누리당 and 도 marks it as a topic. The
// words where a person's or an organisation's mention ends right before a subject or topic
// particle that no token of the tagger starts get tokens of their own: the name as one proper
// noun and the particle.

// subjectParticles are the particles that mark a subject or a topic, with their tags.
var subjectParticles = map[string]string{
	"은": "JX", "는": "JX", "도": "JX", "께서는": "JX", "이": "JKS", "가": "JKS", "께서": "JKS",
}

// namedFeatures are the features of a token made here rather than by the tokenizer (a name, a
// particle, a title read again): none.
var namedFeatures = &tokenize.Features{}

// splitNamedParticles gives such words their name and particle tokens. So too a document's
// noun with a particle that the tagger read as a verb: 보고서는 as 보/VV+고서/EC+는/JX
// ("having seen") where the article means "the report".
func (d *doc) splitNamedParticles() {
	for i := range d.words {
		// 소속사 측은: after a noun, 측 (side) and its particle, not the tagger's 측은 (pity)
		if w := &d.words[i]; i > 0 && len(w.toks) == 1 && strings.HasPrefix(w.clean(), "측") && d.isNominal(i-1) {
			d.splitAt(w, w.Start, w.Start+len("측"), true)
		}
	}
	for i := range d.words {
		// 한은 총재, 산은 회장: a bank is shortened to its first syllable and the 은 of 은행,
		// which the tagger reads as a topic particle; before a title it is the bank's name
		if w := &d.words[i]; i+1 < len(d.words) && bankShort(w) && hasSuffixWord(names.title, d.words[i+1].head) {
			name := tokenize.Token{Span: tokenize.Span{Start: w.Start, End: w.Start + len(w.clean())}, POS: "NNP", Features: namedFeatures}
			name.Surface, name.Lemma = w.clean(), w.clean()
			w.toks = []tokenize.Token{name}
			w.init(true)
		}
	}
	for i := range d.words {
		w := &d.words[i]
		if len(w.toks) < 2 || !strings.HasPrefix(tokenize.FirstTag(w.toks[0].POS), "V") {
			continue
		}
		c := w.clean()
		for p := range subjectParticles {
			if n := strings.TrimSuffix(c, p); n != c && names.source[n] && utf8.RuneCountInString(n) >= 2 {
				d.splitAt(w, w.Start, w.Start+len(n), true)
				break
			}
		}
	}
	for ei := range d.ents {
		e := &d.ents[ei]
		if e.Type != "PERSON" && e.Type != "ORGANIZATION" {
			continue
		}
		for _, m := range e.Mentions {
			if m.End <= m.Start {
				continue
			}
			k := sort.Search(len(d.words), func(k int) bool { return d.words[k].End >= m.End })
			if k == len(d.words) || d.words[k].Start > m.Start {
				continue
			}
			d.splitAt(&d.words[k], m.Start, m.End, false)
		}
	}
}

// bankShort reports a word of two syllables, the second 은, that the tagger split into a proper
// noun and the topic particle (한/NNP+은/JX): the short form of a bank's name.
func bankShort(w *word) bool {
	c := w.clean()
	if c != w.text || utf8.RuneCountInString(c) != 2 || !strings.HasSuffix(c, "은") || len(w.toks) != 2 {
		return false
	}
	return tokenize.FirstTag(w.toks[1].POS) == "JX" && tokenize.FirstTag(w.toks[0].POS) == "NNP"
}

// splitAt retokenizes w when a name [start, end) in it is followed by a subject particle and
// the tagger has no token boundary at end (or, with force, whatever the tagger made of it).
func (d *doc) splitAt(w *word, start, end int, force bool) {
	cleanEnd := w.Start + len(w.clean())
	if end >= cleanEnd {
		return
	}
	tag, ok := subjectParticles[d.src[end:cleanEnd]]
	if !ok {
		return
	}
	first := -1 // the first token overlapping the name
	for i, t := range w.toks {
		if t.Start == end && !force && i > 0 && nominalTag(tokenize.FirstTag(w.toks[i-1].POS)) {
			return // the tagger already cut there, after a noun (not 하/VV+니/EC+는/JX for 하니는)
		}
		if first < 0 && t.End > start {
			first = i
		}
	}
	if first < 0 || w.toks[first].Start > start {
		return
	}
	toks := make([]tokenize.Token, 0, len(w.toks)+1)
	toks = append(toks, w.toks[:first]...)
	name := tokenize.Token{Span: tokenize.Span{Start: w.toks[first].Start, End: end}, POS: "NNP", Features: namedFeatures}
	name.Surface, name.Lemma = d.src[name.Start:end], d.src[name.Start:end]
	part := tokenize.Token{Span: tokenize.Span{Start: end, End: cleanEnd}, POS: tag, Features: namedFeatures}
	part.Surface, part.Lemma = d.src[end:cleanEnd], d.src[end:cleanEnd]
	toks = append(toks, name, part)
	for _, t := range w.toks {
		if t.Start >= cleanEnd {
			toks = append(toks, t) // punctuation after the particle
		}
	}
	w.toks = toks
	w.bare = w.trimParticle()
	w.head = stripMarks(w.bare)
	w.stemDone = false
}
