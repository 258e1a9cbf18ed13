package summarize

import (
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/internal/cputime"
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

// BenchmarkSummarizeDev measures Summarize over the 20 dev articles with human picks, with
// their figures and quotes computed before the timer starts. chars/cpu-s is code points per
// CPU-second of the process, steadier than wall time on a shared machine.
func BenchmarkSummarizeDev(b *testing.B) {
	docs := devSet(b)
	ins := make([]Input, len(docs))
	chars := 0
	for i, d := range docs {
		ins[i] = Input{Text: d.Text, Headline: d.Headline, Figures: entities.ExtractFigures(d.Text), Quotes: quotes.Extract(d.Text, d.Headline, nil)}
		chars += utf8.RuneCountInString(d.Text.Source)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, in := range ins {
			Summarize(in)
		}
	}
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(chars*b.N)/cpu.Seconds(), "chars/cpu-s")
	}
}
