package gisa

import (
	"github.com/gisa-nlp/gisa/summarize"
	"github.com/gisa-nlp/gisa/tokenize"
)

// Analysis is the result of analysing one Document: the gisa/1 record. Every span is a byte
// span into Document; MarshalJSON writes them as code point offsets (docs/SCHEMA.md). Stages
// that found nothing leave their slices empty, and they marshal as [].
type Analysis struct {
	ID       string
	Title    string        // the headline: Document.Title, or the first line of plain text
	Document string        // the analysed text; every span points into it
	Headline tokenize.Span // the headline's span in Document, zero when there is none
	Text     *tokenize.Text

	Sentences []Sentence
	Entities  []Entity
	Quotes    []Quote
	Figures   []Figure
	Summary   summarize.Summary
	Tokens    []tokenize.Token // only when the Analyzer was built WithTokens(true)
}

// Sentence is one sentence of the document.
type Sentence struct {
	tokenize.Span
	Text string
	Kind tokenize.SentenceKind // body, byline or caption
}

// Mention is one place where an entity is named: 백상엽, 백 대표, 그.
type Mention struct {
	tokenize.Span
	Text string
}

// Entity is a named entity with every mention of it.
type Entity struct {
	Name     string // the canonical, fullest form
	Type     string // PERSON, ORGANIZATION, LOCATION, DATE, TIME, QUANTITY, PRODUCT, EVENT
	Title    string // 대표, 교수 … for people, when given
	Org      string // the person's organisation, when given
	Mentions []Mention
}

// Speaker is who said a quote, resolved to the canonical name.
type Speaker struct {
	Name, Title, Org string
	Mention          Mention // where the speaker is named for this quote
}

// String is the speaker's name, so that a quote's Speaker prints as one (fmt.Println(q.Speaker)
// prints 백상엽); "" for no speaker (a nil *Speaker).
func (s *Speaker) String() string {
	if s == nil {
		return ""
	}
	return s.Name
}

// Quote is a direct or indirect quote.
type Quote struct {
	tokenize.Span
	Text     string   // the content without quote marks or complementizer
	Kind     string   // "direct" or "indirect"
	Verb     string   // the reporting verb as written, or ""
	Stance   string   // the verb's stance: neutral, emphasis, critical …, or ""
	Sentence int      // index into Sentences
	Speaker  *Speaker // nil when no speaker can be found
	Unclosed bool     // a direct quote whose closing mark is missing; its end was bounded
}

// Figure is a number a reader wants pulled out, with its counter.
type Figure struct {
	tokenize.Span
	Text      string   // number and counter as written
	Value     float64  // the value, 1천만 → 10000000
	ValueTo   *float64 // the upper end of a range (3~4년), else nil
	Unit      string   // normalised counter or unit: 명, 원, %, 배, 년 …
	Kind      string   // count, money, percent, multiplier, fraction, duration, measure, rank
	Measure   string   // what is counted when a noun says it: 사용자, MAU
	Qualifier string   // 약, 이상, 이하 …, or ""
	Subject   string   // who or what the figure is about, when known
	Speaker   string   // the speaker when the figure stands inside a quote
	Sentence  int      // index into Sentences, -1 when none
	SameAs    int      // index of the figure this one restates in another unit (1억 달러(약 1300억원)), -1 when none
}

// sentencesOf lists the sentences of an analysed text.
func sentencesOf(txt *tokenize.Text) []Sentence {
	out := make([]Sentence, len(txt.Sentences))
	for i, s := range txt.Sentences {
		out[i] = Sentence{Span: s.Span, Text: s.Text(txt.Source), Kind: s.Kind}
	}
	return out
}
