package quotes_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/internal/cputime"
	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/internal/summeval"
	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
)

// BenchmarkExtract measures quote extraction on the seed article (tokenization excluded).
func BenchmarkExtract(b *testing.B) {
	src, err := os.ReadFile("../testdata/seed-kakao.txt")
	if err != nil {
		b.Fatal(err)
	}
	txt := analyze(b, string(src))
	head := tokenize.Span{End: strings.IndexByte(txt.Source, '\n')}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		quotes.Extract(txt, head, nil)
	}
}

// BenchmarkOpenMarks measures the worst case of marks: 10,000 opening quotes in a row.
func BenchmarkOpenMarks(b *testing.B) {
	src := strings.Repeat("“", 10000)
	txt := analyze(b, src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		quotes.Extract(txt, tokenize.Span{}, nil)
	}
}

// BenchmarkExtractArticles measures quote extraction over all 53 news articles of ../shared,
// with tokens and entities computed before the timer starts, as the pipeline passes them (the
// seed alone stays in cache and flatters maps and buffers).
func BenchmarkExtractArticles(b *testing.B) {
	arts, err := summeval.LoadNewsArticles()
	shareddata.SkipIfMissing(b, err)
	rec, err := entities.NewRecognizer()
	if err != nil {
		b.Fatal(err)
	}
	type input struct {
		txt  *tokenize.Text
		head tokenize.Span
		ents []entities.Entity
	}
	ins := make([]input, len(arts))
	chars := 0
	for i, a := range arts {
		src, head := a.Document()
		txt := analyze(b, src)
		ins[i] = input{txt, head, rec.Recognize(txt)}
		chars += utf8.RuneCountInString(src)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, in := range ins {
			quotes.Extract(in.txt, in.head, in.ents)
		}
	}
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(chars*b.N)/cpu.Seconds(), "chars/cpu-s")
	}
}
