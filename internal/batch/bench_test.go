package batch

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// BenchmarkRunNews runs the pool over the 53 news articles as text files, with as many workers
// as GOMAXPROCS: compare -cpu 1,2 for the scaling (articles/s is wall-clock, so a loaded
// machine shows less than the pool can do).
func BenchmarkRunNews(b *testing.B) {
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "data", "news", "articles.jsonl"))
	if err != nil {
		b.Skipf("../shared not found: %v", err)
	}
	defer f.Close()
	dir := b.TempDir()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		writeFiles(b, dir, map[string]string{a.ID + ".txt": a.Title + "\n" + a.Text})
		n++
	}
	cfg := Config{Roots: []string{dir}, Stdout: io.Discard, Workers: runtime.GOMAXPROCS(0), Analyzer: testAnalyzer(b), Decoder: testDecoder}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		st, err := Run(context.Background(), cfg)
		if err != nil || st.OK != n {
			b.Fatalf("%+v %v, want %d ok", st, err, n)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
