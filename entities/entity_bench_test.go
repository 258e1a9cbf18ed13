package entities

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/cputime"
	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/internal/summeval"
	"github.com/gisa-nlp/gisa/tokenize"
)

// BenchmarkTag measures the tagger alone (features, scores, Viterbi) on the seed article,
// tokenization excluded; chars/s counts code points.
func BenchmarkTag(b *testing.B) {
	r := testRecognizer(b)
	benchSeed(b, func(txt *tokenize.Text) { r.tag(txt) })
}

// BenchmarkRecognize measures tagging and coreference together, tokenization excluded.
func BenchmarkRecognize(b *testing.B) {
	r := testRecognizer(b)
	benchSeed(b, func(txt *tokenize.Text) { r.Recognize(txt) })
}

// benchSeed times run on the tokenized seed article and reports its code points per second.
func benchSeed(b *testing.B, run func(*tokenize.Text)) {
	src, err := seedOnce()
	if err != nil {
		b.Skip(err)
	}
	txt := analyze(b, src)
	n := utf8.RuneCountInString(src)
	b.ReportAllocs()
	c0 := cputime.Process()
	b.ResetTimer()
	for b.Loop() {
		run(txt)
	}
	reportSpeed(b, n, c0)
}

// BenchmarkTokenize measures the tokenizer on the same article, for comparison.
func BenchmarkTokenize(b *testing.B) {
	src, err := seedOnce()
	if err != nil {
		b.Skip(err)
	}
	tk := testTokenizer(b)
	n := utf8.RuneCountInString(src)
	b.ReportAllocs()
	c0 := cputime.Process()
	b.ResetTimer()
	for b.Loop() {
		if _, err := tk.Analyze(src); err != nil {
			b.Fatal(err)
		}
	}
	reportSpeed(b, n, c0)
}

// articleTexts returns the 53 news articles of ../shared, tokenized, and their total code
// points, or skips without ../shared.
func articleTexts(b *testing.B) ([]*tokenize.Text, int) {
	txts, n, err := summeval.AnalyzeNews(testTokenizer(b))
	shareddata.SkipIfMissing(b, err)
	return txts, n
}

// reportSpeed reports code points per wall second and per CPU second (the machine is shared,
// so CPU time is the fairer measure).
func reportSpeed(b *testing.B, n int, c0 time.Duration) {
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "chars/s")
	if cpu := cputime.Process() - c0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "chars/cpu-s")
	}
}

// BenchmarkTagArticles measures the tagger alone over the 53 news articles of ../shared, whose
// varied text exercises the model's table as a real corpus does (the seed alone stays in cache).
func BenchmarkTagArticles(b *testing.B) {
	txts, n := articleTexts(b)
	r := testRecognizer(b)
	b.ReportAllocs()
	c0 := cputime.Process()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range txts {
			r.tag(t)
		}
	}
	reportSpeed(b, n, c0)
}
