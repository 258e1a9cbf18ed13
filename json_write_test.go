package gisa

import (
	"bytes"
	"context"
	"math"
	"testing"

	"github.com/gisa-nlp/gisa/summarize"
	"github.com/gisa-nlp/gisa/tokenize"
)

// sameJSON fails unless MarshalJSON writes the bytes encoding/json writes for the record.
func sameJSON(t *testing.T, name string, a *Analysis) {
	t.Helper()
	got, err := a.MarshalJSON()
	want, werr := a.referenceJSON()
	if (err == nil) != (werr == nil) {
		t.Fatalf("%s: error %v, encoding/json's %v", name, err, werr)
	}
	if err == nil && !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		lo := max(i-60, 0)
		t.Fatalf("%s: differs from encoding/json at byte %d:\n got %q\nwant %q", name, i, got[lo:min(i+60, len(got))], want[lo:min(i+60, len(want))])
	}
}

// TestMarshalJSONMatchesEncoder compares the hand-written record with encoding/json's on the
// seed article (with and without tokens), the 53 news articles of ../shared, and a record
// full of what JSON must escape.
func TestMarshalJSONMatchesEncoder(t *testing.T) {
	seed := seedAnalysis(t)
	sameJSON(t, "seed", seed)
	tokens, err := New(WithTokens(true))
	if err != nil {
		t.Fatal(err)
	}
	withTokens, err := tokens.Analyze(context.Background(), Document{ID: seed.ID, Text: seed.Document})
	if err != nil || len(withTokens.Tokens) == 0 {
		t.Fatalf("tokens: %v, %d", err, len(withTokens.Tokens))
	}
	sameJSON(t, "seed with tokens", withTokens)
	sameJSON(t, "escapes", awkwardAnalysis("제목 \"따옴표\" \\ 탭\t줄\n<b>&</b>\u2028\u2029\x01\x7f 끝", 1e21, -0.0000001))

	for _, d := range newsDocuments(t) { // skips without ../shared, after the seed's checks
		res, err := testAnalyzer(t).Analyze(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		sameJSON(t, d.ID, res)
	}
}

// TestMarshalJSONRejectsNaN: JSON has no NaN or infinity; both writers refuse them.
func TestMarshalJSONRejectsNaN(t *testing.T) {
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, err := awkwardAnalysis("x", v, 1).MarshalJSON(); err == nil {
			t.Errorf("value %v: no error", v)
		}
	}
}

// FuzzMarshalJSON compares the two writers on arbitrary strings and numbers.
func FuzzMarshalJSON(f *testing.F) {
	f.Add("백상엽 대표는 “AI”라고", 100.0, 0.5)
	f.Add("\x00\u2028\xff\"\\", 1e-7, 1e21)
	f.Add("", math.Copysign(0, -1), 123456789.125)
	f.Fuzz(func(t *testing.T, s string, v, w float64) {
		sameJSON(t, "fuzz", awkwardAnalysis(s, v, w))
	})
}

// awkwardAnalysis is a record that takes every branch of the writer: s in every string field,
// values v and w, an optional field of each kind set and unset.
func awkwardAnalysis(s string, v, w float64) *Analysis {
	doc := "가나다 " + s
	sp := tokenize.Span{Start: 0, End: len(doc)}
	m := Mention{Span: sp, Text: s}
	return &Analysis{
		ID: s, Title: s, Document: doc,
		Sentences: []Sentence{{Span: sp, Text: s, Kind: tokenize.Caption}},
		Entities:  []Entity{{Name: s, Type: "PERSON", Title: s, Org: s, Mentions: []Mention{m, m}}, {Name: s}},
		Quotes: []Quote{
			{Span: sp, Text: s, Kind: "direct", Verb: s, Stance: s, Sentence: 3, Speaker: &Speaker{s, s, s, m}, Unclosed: true},
			{Span: tokenize.Span{Start: 3, End: 2}, Text: s, Kind: "indirect", Sentence: -1},
		},
		Figures: []Figure{
			{Span: sp, Text: s, Value: v, ValueTo: &w, Unit: s, Kind: s, Measure: s, Qualifier: s, Subject: s, Speaker: s, Sentence: 0, SameAs: 1},
			{Span: sp, Value: w, SameAs: -1},
			{Value: 0, SameAs: 7},
		},
		Summary: summarize.Summary{
			Speakers: []summarize.Speaker{{Name: s, Title: s, Org: s, Quotes: 2}},
			Claims:   []summarize.Claim{{Speaker: s, Text: s, Quote: 1}},
			Facts: []summarize.Fact{
				{Subject: s, Measure: s, Value: v, Unit: s, Qualifier: s, Period: &summarize.Period{Value: w, Unit: s, Qualifier: s}, Comparison: s, Figures: []int{0, 1}, Sentence: 2},
				{Value: w, Period: &summarize.Period{Value: v}},
			},
			Keywords:  []string{s, s},
			Sentences: []summarize.Sentence{{Index: 4, Text: s}},
		},
		Tokens: []tokenize.Token{{Span: sp, Surface: s, POS: s, Lemma: s}},
	}
}
