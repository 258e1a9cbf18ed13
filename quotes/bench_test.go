package quotes_test

import (
	"os"
	"strings"
	"testing"

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
