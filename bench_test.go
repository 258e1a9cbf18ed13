package gisa

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// BenchmarkAnalyzeSeed runs the whole pipeline on the seed article (bytes/s in MB/s).
func BenchmarkAnalyzeSeed(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "seed-kakao.txt"))
	if err != nil {
		b.Fatal(err)
	}
	a := testAnalyzer(b)
	doc := Document{ID: "seed-kakao", Text: string(src)}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Analyze(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnalyzeArticles runs the whole pipeline over the 53 articles of
// ../shared/data/news/articles.jsonl and reports characters (code points) per second.
func BenchmarkAnalyzeArticles(b *testing.B) {
	f, err := os.Open(filepath.Join("..", "shared", "data", "news", "articles.jsonl"))
	if err != nil {
		b.Skipf("../shared not found: %v", err)
	}
	defer f.Close()
	var docs []Document
	chars := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, Document(d))
		chars += utf8.RuneCountInString(d.Title) + 1 + utf8.RuneCountInString(d.Text)
	}
	a := testAnalyzer(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := a.Analyze(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(chars)*float64(b.N)/b.Elapsed().Seconds(), "chars/s")
}
