package summarize

import (
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/internal/cputime"
	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/internal/summeval"
	"github.com/gisa-nlp/gisa/quotes"
)

// BenchmarkSummarizeSeed measures Summarize alone on the seed article, with the figures and
// quotes of the earlier stages computed before the timer starts.
func BenchmarkSummarizeSeed(b *testing.B) {
	txt, head := seed(b)
	in := Input{Text: txt, Headline: head, Figures: figures.Extract(txt), Quotes: quotes.Extract(txt, head, nil)}
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
		ins[i] = Input{Text: d.Text, Headline: d.Headline, Figures: figures.Extract(d.Text), Quotes: quotes.Extract(d.Text, d.Headline, nil)}
		chars += utf8.RuneCountInString(d.Text.Source)
	}
	benchSummarize(b, ins, chars)
}

// BenchmarkSummarizeArticles measures Summarize over all 53 news articles of ../shared, with
// the entities, figures and quotes of the earlier stages computed before the timer starts, as
// the pipeline passes them (the seed alone stays in cache and flatters maps and buffers).
func BenchmarkSummarizeArticles(b *testing.B) {
	arts, err := summeval.LoadNewsArticles()
	shareddata.SkipIfMissing(b, err)
	rec, err := entities.NewRecognizer()
	if err != nil {
		b.Fatal(err)
	}
	tok := tokenizer(b)
	ins := make([]Input, len(arts))
	chars := 0
	for i, a := range arts {
		src, head := a.Document()
		txt, err := tok.Analyze(src)
		if err != nil {
			b.Fatal(err)
		}
		ents := rec.Recognize(txt)
		ins[i] = Input{Text: txt, Headline: head, Entities: ents, Figures: figures.Extract(txt), Quotes: quotes.Extract(txt, head, ents)}
		chars += utf8.RuneCountInString(src)
	}
	benchSummarize(b, ins, chars)
}

// benchSummarize times Summarize over ins, whose texts hold chars code points, and reports
// code points per CPU-second of the process, steadier than wall time on a shared machine.
func benchSummarize(b *testing.B, ins []Input, chars int) {
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
