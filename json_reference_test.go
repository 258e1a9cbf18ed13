package gisa

import (
	"bytes"
	"encoding/json"

	"github.com/gisa-nlp/gisa/summarize"
	"github.com/gisa-nlp/gisa/tokenize"
)

// The gisa/1 record as Go types, encoded by encoding/json: the reference that the hand-written
// writer (json_write.go) must match byte for byte.

// referenceJSON encodes a through encoding/json, as MarshalJSON did before it wrote fields itself.
func (a *Analysis) referenceJSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a.record()); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// record builds the JSON form of the analysis.
func (a *Analysis) record() jsonRecord {
	ix := newRuneIndex(a.Document)
	r := jsonRecord{
		Schema:    Schema,
		ID:        a.ID,
		Title:     a.Title,
		Sentences: make([]jsonSentence, len(a.Sentences)),
		Entities:  make([]jsonEntity, len(a.Entities)),
		Quotes:    make([]jsonQuote, len(a.Quotes)),
		Figures:   make([]jsonFigure, len(a.Figures)),
		Summary:   summaryRecord(a.Summary),
	}
	for i, s := range a.Sentences {
		r.Sentences[i] = jsonSentence{ix.span(s.Span), s.Text, s.Kind.String()}
	}
	for i, e := range a.Entities {
		ms := make([]jsonMention, len(e.Mentions))
		for k, m := range e.Mentions {
			ms[k] = jsonMention{m.Text, ix.span(m.Span)}
		}
		r.Entities[i] = jsonEntity{e.Name, e.Type, e.Title, e.Org, ms}
	}
	for i, q := range a.Quotes {
		jq := jsonQuote{Text: q.Text, jsonSpan: ix.span(q.Span), Kind: q.Kind, Verb: q.Verb, Stance: q.Stance,
			Sentence: q.Sentence, Unclosed: q.Unclosed}
		if sp := q.Speaker; sp != nil {
			jq.Speaker = &jsonSpeaker{sp.Name, sp.Title, sp.Org, jsonMention{sp.Mention.Text, ix.span(sp.Mention.Span)}}
		}
		r.Quotes[i] = jq
	}
	for i, f := range a.Figures {
		r.Figures[i] = jsonFigure{
			Text: f.Text, jsonSpan: ix.span(f.Span), Value: f.Value, ValueTo: f.ValueTo,
			Unit: f.Unit, Kind: f.Kind, Measure: f.Measure, Qualifier: f.Qualifier,
			Subject: f.Subject, Speaker: f.Speaker, Sentence: f.Sentence,
		}
		if f.SameAs >= 0 && f.SameAs < len(a.Figures) {
			sameAs := f.SameAs
			r.Figures[i].SameAs = &sameAs
		}
	}
	if a.Tokens != nil {
		r.Tokens = make([]jsonToken, len(a.Tokens))
		for i, t := range a.Tokens {
			r.Tokens[i] = jsonToken{t.Surface, t.POS, t.Lemma, ix.span(t.Span)}
		}
	}
	return r
}

// summaryRecord is the summary with every list non-nil, so that it marshals as [].
func summaryRecord(s summarize.Summary) summarize.Summary {
	s.Speakers = orEmpty(s.Speakers)
	s.Claims = orEmpty(s.Claims)
	s.Keywords = orEmpty(s.Keywords)
	s.Sentences = orEmpty(s.Sentences)
	facts := make([]summarize.Fact, len(s.Facts))
	for i, f := range s.Facts {
		f.Figures = orEmpty(f.Figures)
		facts[i] = f
	}
	s.Facts = facts
	return s
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// span converts a byte span to code points.
func (ix runeIndex) span(s tokenize.Span) jsonSpan {
	return jsonSpan{ix.at(s.Start), ix.at(s.End)}
}
