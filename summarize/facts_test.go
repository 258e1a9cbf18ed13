package summarize

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/tokenize"
)

// seedFigure finds the n-th occurrence (from 0) of text after the byte offset after in the seed
// and makes the figure the figures extractor is specified to return for it.
func seedFigure(t *testing.T, txt *tokenize.Text, after int, text string, value float64, unit, kind, qualifier string) figures.Figure {
	t.Helper()
	i := strings.Index(txt.Source[after:], text)
	if i < 0 {
		t.Fatalf("%q not in the seed after byte %d", text, after)
	}
	sp := tokenize.Span{Start: after + i, End: after + i + len(text)}
	return figures.Figure{Span: sp, Text: text, Value: value, Unit: unit, Kind: kind, Qualifier: qualifier, Sentence: sentenceAt(txt, sp.Start)}
}

// factLine renders a fact as the issue writes it: subject · measure value · period (vs X).
func factLine(f Fact) string {
	s := fmt.Sprintf("%s · %s %g%s", f.Subject, f.Measure, f.Value, f.Unit)
	if f.Qualifier != "" {
		s += " " + f.Qualifier
	}
	if f.Period != nil {
		s += fmt.Sprintf(" · %g%s", f.Period.Value, f.Period.Unit)
		if f.Period.Qualifier != "" {
			s += " " + f.Period.Qualifier
		}
	}
	if f.Comparison != "" {
		s += " (vs " + f.Comparison + ")"
	}
	return s
}

// seedFacts are the facts issue 6 asks for on the seed article.
var seedFacts = []string{
	"넷플릭스 · 사용자 1e+06 · 3년 이상",
	"챗GPT · 사용자 1e+06 · 5일",
	"챗GPT · 사용자 1e+07 · 40일",
	"챗GPT · MAU 1e+08명 · 2개월",
	"GPT-3.5 터보 · 저렴 10배 (vs GPT-3.5)",
	"국산 AI 반도체 서빙 · 가격 0.1 이하",
}

// TestFactsSeed joins the figures the figures stage finds in the seed article: the six facts
// of issue 6 come out, in this order, among the facts.
func TestFactsSeed(t *testing.T) {
	txt, _ := seed(t)
	var got []string
	for _, f := range buildFacts(txt, figures.Extract(txt)) {
		got = append(got, factLine(f))
	}
	t.Logf("facts:\n%s", strings.Join(got, "\n"))
	i := 0
	for _, g := range got {
		if i < len(seedFacts) && g == seedFacts[i] {
			i++
		}
	}
	if i < len(seedFacts) {
		t.Errorf("fact %q missing or out of order in:\n%s", seedFacts[i], strings.Join(got, "\n"))
	}
}

// TestFactsSeedJoin gives buildFacts the seed's figures as the figures stage specifies them
// (value, unit, kind, qualifier; no measure) and checks the joined facts: the measure comes
// from the clause when the figure does not carry one.
func TestFactsSeedJoin(t *testing.T) {
	txt, _ := seed(t)
	src := txt.Source
	q := strings.Index(src, "넷플릭스도")
	figs := []figures.Figure{
		seedFigure(t, txt, q, "100만", 1e6, "명", "count", ""),
		seedFigure(t, txt, q, "3년", 3, "년", "duration", "이상"),
		seedFigure(t, txt, q, "5일", 5, "일", "duration", ""),
		seedFigure(t, txt, q, "1천만", 1e7, "명", "count", ""),
		seedFigure(t, txt, q, "40일", 40, "일", "duration", ""),
		seedFigure(t, txt, q, "1억명", 1e8, "명", "count", ""),
		seedFigure(t, txt, q, "2개월", 2, "개월", "duration", ""),
		seedFigure(t, txt, q, "10배", 10, "배", "multiplier", ""),
		seedFigure(t, txt, q, "10분의 1", 0.1, "", "fraction", "이하"),
	}
	var got []string
	for _, f := range buildFacts(txt, figs) {
		got = append(got, factLine(f))
	}
	want := []string{
		"넷플릭스 · 사용자 1e+06명 · 3년 이상",
		"챗GPT · 사용자 1e+06명 · 5일",
		"챗GPT · 사용자 1e+07명 · 40일",
		"챗GPT · MAU 1e+08명 · 2개월",
		"GPT-3.5 터보 · 저렴 10배 (vs GPT-3.5)",
		"국산 AI 반도체 서빙 · 가격 0.1 이하",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("facts:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
