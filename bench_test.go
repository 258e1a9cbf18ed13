package gisa

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/internal/summeval"
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

// benchArticles reads ../shared's news articles as documents and counts their characters
// (code points of title + "\n" + text), or skips.
func benchArticles(b *testing.B) ([]Document, int) {
	docs := newsDocuments(b)
	chars := 0
	for _, d := range docs {
		chars += utf8.RuneCountInString(d.Title + "\n" + d.Text)
	}
	return docs, chars
}

// newsDocuments reads ../shared's 53 news articles as documents, or skips without ../shared.
func newsDocuments(tb testing.TB) []Document {
	tb.Helper()
	arts, err := summeval.LoadNewsArticles()
	shareddata.SkipIfMissing(tb, err)
	docs := make([]Document, len(arts))
	for i, a := range arts {
		docs[i] = Document{ID: a.ID, Title: a.Title, Text: a.Text}
	}
	return docs
}

// BenchmarkAnalyzeArticles runs the whole pipeline over the 53 articles and reports
// characters per CPU-second (chars/cpu-s) beside wall-clock chars/s. Compare with
// BenchmarkTokenizeArticles, the tokenizer alone on the same text.
func BenchmarkAnalyzeArticles(b *testing.B) {
	docs, chars := benchArticles(b)
	a := testAnalyzer(b)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := processCPU()
	for b.Loop() {
		for _, d := range docs {
			if _, err := a.Analyze(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportThroughput(b, chars, processCPU()-cpu0)
}

// BenchmarkTokenizeArticles runs the tokenizer alone (morphemes and sentences) over the same
// documents, for the pipeline's throughput to be read against.
func BenchmarkTokenizeArticles(b *testing.B) {
	docs, chars := benchArticles(b)
	a := testAnalyzer(b)
	srcs := make([]string, len(docs))
	for i, d := range docs {
		src, _, err := d.source()
		if err != nil {
			b.Fatal(err)
		}
		srcs[i] = src
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := processCPU()
	for b.Loop() {
		for _, src := range srcs {
			if _, err := a.tk.Analyze(src); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportThroughput(b, chars, processCPU()-cpu0)
}

// reportThroughput reports chars/s (wall) and chars/cpu-s for b.N passes over chars.
func reportThroughput(b *testing.B, chars int, cpu time.Duration) {
	total := float64(chars) * float64(b.N)
	b.ReportMetric(total/b.Elapsed().Seconds(), "chars/s")
	if cpu > 0 {
		b.ReportMetric(total/cpu.Seconds(), "chars/cpu-s")
	}
}
