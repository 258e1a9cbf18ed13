package figures

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gisa-nlp/gisa/internal/cputime"
	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/internal/summeval"
	"github.com/gisa-nlp/gisa/tokenize"
)

func BenchmarkParseNumber(b *testing.B) {
	in := []string{"21억 4748만 3648", "이십일억 사천칠백사십팔만 삼천육백사십팔", "27,350,000원", "만 이천삼백여든한명", "10분의 1"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		ParseNumber(in[i%len(in)])
	}
}

// BenchmarkExtract measures extraction alone over the tokenized seed article.
func BenchmarkExtract(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed-kakao.txt"))
	if err != nil {
		b.Fatal(err)
	}
	txt, err := figureTokenizer(b).Analyze(string(src))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(txt)
	}
}

// articleTexts returns the 53 news articles of ../shared, tokenized, and their total code
// points, or skips without ../shared.
func articleTexts(b *testing.B) ([]*tokenize.Text, int) {
	txts, n, err := summeval.AnalyzeNews(figureTokenizer(b))
	shareddata.SkipIfMissing(b, err)
	return txts, n
}

// BenchmarkExtractArticles measures extraction alone over the 53 news articles of
// ../shared, tokenization excluded (the seed alone stays in cache and flatters maps).
func BenchmarkExtractArticles(b *testing.B) {
	txts, n := articleTexts(b)
	b.ReportAllocs()
	c0 := cputime.Process()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range txts {
			Extract(t)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "chars/s")
	if cpu := cputime.Process() - c0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "chars/cpu-s")
	}
}
