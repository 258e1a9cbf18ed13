package entities

import (
	"testing"

	"github.com/gisa-nlp/gisa/internal/cputime"
)

// BenchmarkResolveArticles measures what Recognize does after tagging (quote-marked names and
// coreference) over the 53 news articles of ../shared, with the tagger's spans computed before
// the timer starts.
func BenchmarkResolveArticles(b *testing.B) {
	txts, n := articleTexts(b)
	r := testRecognizer(b)
	spans := make([][]rawSpan, len(txts))
	for i, t := range txts {
		spans[i] = r.tag(t)
	}
	b.ReportAllocs()
	c0 := cputime.Process()
	b.ResetTimer()
	for b.Loop() {
		for i, t := range txts {
			sp := append([]rawSpan(nil), spans[i]...)
			resolve(t, markedNames(t.Source, sp))
		}
	}
	reportSpeed(b, n, c0)
}
