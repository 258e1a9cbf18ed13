package summarize

import "testing"

// BenchmarkSummarizeSeed measures Summarize alone (tokenizing excluded) on the seed article.
func BenchmarkSummarizeSeed(b *testing.B) {
	txt, head := seed(b)
	b.SetBytes(int64(len(txt.Source)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Summarize(Input{Text: txt, Headline: head})
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
