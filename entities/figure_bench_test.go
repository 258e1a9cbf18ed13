package entities

import (
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkParseNumber(b *testing.B) {
	in := []string{"21억 4748만 3648", "이십일억 사천칠백사십팔만 삼천육백사십팔", "27,350,000원", "만 이천삼백여든한명", "10분의 1"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		ParseNumber(in[i%len(in)])
	}
}

// BenchmarkExtractFigures measures extraction alone over the tokenized seed article.
func BenchmarkExtractFigures(b *testing.B) {
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
		ExtractFigures(txt)
	}
}
