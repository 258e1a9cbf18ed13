package gisa

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/jsonerr"
	"github.com/gisa-nlp/gisa/summarize"
	"github.com/gisa-nlp/gisa/tokenize"
)

// UnmarshalJSON reads a gisa/1 record, as MarshalJSON writes it, into a; marshalling a again
// gives the same bytes. A record of gisa batch (with "input") reads the same; an error record
// is an error. Errors name the place in the record ("column 812: "figures": ...").
//
// A record does not hold the whole analysed text, only the texts of its spans. Document is
// rebuilt from them, each at its offsets, with spaces where no span says what stood, so that
// every span's text is at its place and the offsets convert as they did. Text (the tokenized
// document) is nil, and the tokens of a record with "tokens" carry only their surface, tag,
// lemma and spans.
func (a *Analysis) UnmarshalJSON(b []byte) error {
	fail := func(err error) error { return fmt.Errorf("gisa/1 record: %w", err) }
	if err := jsonerr.Check(b); err != nil {
		return fail(err)
	}
	var r jsonRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return fail(jsonerr.Describe(err, b))
	}
	switch {
	case r.Error != nil:
		return fmt.Errorf("gisa/1 record %q is an error record: %s", r.ID, *r.Error)
	case r.Schema != Schema:
		return fail(fmt.Errorf("schema %q, want %q", r.Schema, Schema))
	}
	doc, err := rebuildDocument(&r, len(b))
	if err != nil {
		return fail(err)
	}
	*a = Analysis{ID: r.ID, Title: r.Title, Document: doc.text, Summary: r.Summary}
	if r.Title != "" {
		if len(r.Sentences) > 0 && r.Sentences[0].Text == r.Title {
			a.Headline = doc.span(r.Sentences[0].jsonSpan)
		} else if i := strings.Index(doc.text, r.Title); i >= 0 {
			a.Headline = tokenize.Span{Start: i, End: i + len(r.Title)}
		}
	}
	a.Sentences = make([]Sentence, len(r.Sentences))
	for i, s := range r.Sentences {
		kind, ok := sentenceKinds[s.Kind]
		if !ok {
			return fail(fmt.Errorf("sentences[%d]: kind %q, want body, byline or caption", i, s.Kind))
		}
		a.Sentences[i] = Sentence{Span: doc.span(s.jsonSpan), Text: s.Text, Kind: kind}
	}
	a.Entities = make([]Entity, len(r.Entities))
	for i, e := range r.Entities {
		ms := make([]Mention, len(e.Mentions))
		for k, m := range e.Mentions {
			ms[k] = Mention{Span: doc.span(m.jsonSpan), Text: m.Text}
		}
		a.Entities[i] = Entity{Name: e.Name, Type: e.Type, Title: e.Title, Org: e.Org, Mentions: ms}
	}
	a.Quotes = make([]Quote, len(r.Quotes))
	for i, q := range r.Quotes {
		a.Quotes[i] = Quote{Span: doc.span(q.jsonSpan), Text: q.Text, Kind: q.Kind, Verb: q.Verb, Stance: q.Stance,
			Sentence: q.Sentence, Unclosed: q.Unclosed}
		if sp := q.Speaker; sp != nil {
			a.Quotes[i].Speaker = &Speaker{Name: sp.Name, Title: sp.Title, Org: sp.Org,
				Mention: Mention{Span: doc.span(sp.Mention.jsonSpan), Text: sp.Mention.Text}}
		}
	}
	a.Figures = make([]Figure, len(r.Figures))
	for i, f := range r.Figures {
		a.Figures[i] = Figure{Span: doc.span(f.jsonSpan), Text: f.Text, Value: f.Value, ValueTo: f.ValueTo,
			Unit: f.Unit, Kind: f.Kind, Measure: f.Measure, Qualifier: f.Qualifier, Subject: f.Subject,
			Speaker: f.Speaker, Sentence: f.Sentence, SameAs: -1}
		if f.SameAs != nil {
			a.Figures[i].SameAs = *f.SameAs
		}
	}
	for i := range a.Summary.Sentences {
		if k := a.Summary.Sentences[i].Index; k >= 0 && k < len(a.Sentences) {
			a.Summary.Sentences[i].Span = a.Sentences[k].Span
		}
	}
	if len(r.Tokens) > 0 {
		a.Tokens = make([]tokenize.Token, len(r.Tokens))
		feats := &tokenize.Features{}
		for i, t := range r.Tokens {
			a.Tokens[i] = tokenize.Token{Span: doc.span(t.jsonSpan), Runes: tokenize.Span{Start: t.Start, End: t.End},
				Surface: t.Surface, POS: t.POS, Lemma: t.Lemma, Features: feats}
		}
	}
	return nil
}

// sentenceKinds reads the "kind" of a sentence.
var sentenceKinds = map[string]tokenize.SentenceKind{
	tokenize.Body.String(): tokenize.Body, tokenize.Byline.String(): tokenize.Byline, tokenize.Caption.String(): tokenize.Caption,
}

// rebuiltDoc is a document rebuilt from a record's spans, with the byte offset of each of its
// code points.
type rebuiltDoc struct {
	text  string
	bytes []int // bytes[i] = byte offset of code point i; bytes[len] = len(text)
}

// span converts a span in code points to bytes.
func (d *rebuiltDoc) span(s jsonSpan) tokenize.Span {
	return tokenize.Span{Start: d.bytes[s.Start], End: d.bytes[s.End]}
}

// rebuildDocument rebuilds the analysed document of r as long as its furthest span (at most
// 64 code points per byte of the record, recordLen, plus 64 Ki: room for any gap the record
// does not show, none for an absurd offset): each span's text at its offsets where its length
// fits them, sentences first, and spaces where no text stands.
func rebuildDocument(r *jsonRecord, recordLen int) (*rebuiltDoc, error) {
	type placed struct {
		where string
		span  jsonSpan
		text  string
	}
	var spans []placed
	add := func(where string, s jsonSpan, text string) { spans = append(spans, placed{where, s, text}) }
	for i, s := range r.Sentences {
		add(fmt.Sprintf("sentences[%d]", i), s.jsonSpan, s.Text)
	}
	for i, e := range r.Entities {
		for k, m := range e.Mentions {
			add(fmt.Sprintf("entities[%d].mentions[%d]", i, k), m.jsonSpan, m.Text)
		}
	}
	for i, q := range r.Quotes {
		add(fmt.Sprintf("quotes[%d]", i), q.jsonSpan, q.Text)
		if q.Speaker != nil {
			add(fmt.Sprintf("quotes[%d].speaker.mention", i), q.Speaker.Mention.jsonSpan, q.Speaker.Mention.Text)
		}
	}
	for i, f := range r.Figures {
		add(fmt.Sprintf("figures[%d]", i), f.jsonSpan, f.Text)
	}
	for i, t := range r.Tokens {
		add(fmt.Sprintf("tokens[%d]", i), t.jsonSpan, t.Surface)
	}
	limit := 64*recordLen + 1<<16
	n := 0
	for _, p := range spans {
		if p.span.Start < 0 || p.span.End < p.span.Start || p.span.End > limit {
			return nil, fmt.Errorf("%s: span %d..%d is not within a document", p.where, p.span.Start, p.span.End)
		}
		n = max(n, p.span.End)
	}
	runes := make([]rune, n)
	set := make([]bool, n)
	for _, p := range spans {
		if utf8.RuneCountInString(p.text) != p.span.End-p.span.Start {
			continue // a text that is not the span's: its place stays as other spans or spaces say
		}
		i := p.span.Start
		for _, c := range p.text {
			if !set[i] {
				runes[i], set[i] = c, true
			}
			i++
		}
	}
	d := &rebuiltDoc{bytes: make([]int, n+1)}
	var sb strings.Builder
	for i, c := range runes {
		if !set[i] {
			c = ' '
		}
		d.bytes[i] = sb.Len()
		sb.WriteRune(c)
	}
	d.bytes[n] = sb.Len()
	d.text = sb.String()
	return d, nil
}

// The JSON shapes of the gisa/1 record, field names as in docs/SCHEMA.md.
type (
	jsonRecord struct {
		Schema    string            `json:"schema"`
		ID        string            `json:"id"`
		Title     string            `json:"title"`
		Sentences []jsonSentence    `json:"sentences"`
		Entities  []jsonEntity      `json:"entities"`
		Quotes    []jsonQuote       `json:"quotes"`
		Figures   []jsonFigure      `json:"figures"`
		Summary   summarize.Summary `json:"summary"`
		Tokens    []jsonToken       `json:"tokens,omitempty"`
		Error     *string           `json:"error,omitempty"` // only in an error record, which UnmarshalJSON refuses
	}
	jsonSpan struct {
		Start int `json:"start"`
		End   int `json:"end"`
	}
	jsonSentence struct {
		jsonSpan
		Text string `json:"text"`
		Kind string `json:"kind"`
	}
	jsonMention struct {
		Text string `json:"text"`
		jsonSpan
	}
	jsonEntity struct {
		Name     string        `json:"name"`
		Type     string        `json:"type"`
		Title    string        `json:"title"`
		Org      string        `json:"org"`
		Mentions []jsonMention `json:"mentions"`
	}
	jsonSpeaker struct {
		Name    string      `json:"name"`
		Title   string      `json:"title"`
		Org     string      `json:"org"`
		Mention jsonMention `json:"mention"`
	}
	jsonQuote struct {
		Text string `json:"text"`
		jsonSpan
		Kind     string       `json:"kind"`
		Verb     string       `json:"verb"`
		Stance   string       `json:"stance"`
		Sentence int          `json:"sentence"`
		Speaker  *jsonSpeaker `json:"speaker"`
		Unclosed bool         `json:"unclosed,omitempty"`
	}
	jsonFigure struct {
		Text string `json:"text"`
		jsonSpan
		Value     float64  `json:"value"`
		ValueTo   *float64 `json:"value_to,omitempty"`
		Unit      string   `json:"unit"`
		Kind      string   `json:"kind"`
		Measure   string   `json:"measure"`
		Qualifier string   `json:"qualifier"`
		Subject   string   `json:"subject"`
		Speaker   string   `json:"speaker"`
		Sentence  int      `json:"sentence"`
		SameAs    *int     `json:"same_as,omitempty"` // index into figures, when this one restates it
	}
	jsonToken struct {
		Surface string `json:"surface"`
		POS     string `json:"pos"`
		Lemma   string `json:"lemma"`
		jsonSpan
	}
)
