package quotes

import (
	"cmp"
	"slices"
	"sort"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/tokenize"
)

// Kinds of quote.
const (
	Direct   = "direct"   // words between quote marks, headline quotes included
	Indirect = "indirect" // reported speech: …다고 밝혔다, X에 따르면 …
)

// Speaker is who a quote is attributed to: the canonical name (백상엽, never 백 대표 or 그; an
// unnamed source keeps its own words, 업계 관계자), the title and organisation when known, and
// the mention that names the speaker at the quote.
type Speaker struct {
	Name, Title, Org string
	Mention          Mention
}

// Quote is one quote. Span covers Text in the source: the content without its quote marks
// (direct) or the reported clause without its complementizer (indirect). Verb is the reporting
// verb as written (밝혔다, 덧붙였다) or "" when there is none; Stance is the verb's stance
// group (see Stance). Sentence is the index into Text.Sentences of the sentence where the
// quote starts, -1 if none. Speaker is nil when nobody can be named. Unclosed is set for a
// direct quote whose opening mark has no closing mark; its end was bounded by the extractor.
type Quote struct {
	tokenize.Span
	Text, Kind, Verb string
	Stance           Stance
	Sentence         int
	Speaker          *Speaker
	Unclosed         bool
}

// Extract finds the quotes of txt. headline is the byte span of the headline line in
// txt.Source (the zero Span when there is none); ents are the article's entities with their
// coreference mentions, used to give each speaker its canonical name (nil is allowed). The
// quotes come in document order.
func Extract(txt *tokenize.Text, headline tokenize.Span, ents []entities.Entity) []Quote {
	if txt == nil || txt.Source == "" {
		return nil
	}
	d := newDoc(txt, headline, ents)
	d.run()
	d.resolveEchoes()
	d.fullHeadlineNames()
	d.release()
	out := d.quotes
	slices.SortStableFunc(out, func(a, b Quote) int { return cmp.Compare(a.Start, b.Start) })
	for i := range out {
		out[i].Sentence = sentenceIndex(txt.Sentences, out[i].Start)
	}
	return out
}

// sentenceIndex is the index of the sentence containing byte offset off, -1 if none.
func sentenceIndex(sents []tokenize.Sentence, off int) int {
	i := sort.Search(len(sents), func(k int) bool { return sents[k].End > off })
	if i < len(sents) && sents[i].Start <= off {
		return i
	}
	return -1
}
