package summarize

import (
	"testing"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/quotes"
)

// BenchmarkSummarizeSeed measures Summarize alone on the seed article, with the figures and
// quotes of the earlier stages computed before the timer starts.
func BenchmarkSummarizeSeed(b *testing.B) {
	txt, head := seed(b)
	in := Input{Text: txt, Headline: head, Figures: entities.ExtractFigures(txt), Quotes: quotes.Extract(txt, head, nil)}
	b.SetBytes(int64(len(txt.Source)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Summarize(in)
	}
}

// BenchmarkSummarizeDev measures Summarize over the 20 dev articles with human picks.
func BenchmarkSummarizeDev(b *testing.B) {
	docs := devSet(b)
	n := 0
	for _, d := range docs {
		n += len(d.Text.Source)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range docs {
			Summarize(Input{Text: docs[i].Text, Headline: docs[i].Headline})
		}
	}
}
