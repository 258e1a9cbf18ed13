package batch

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/gisa-nlp/gisa"
	"github.com/gisa-nlp/gisa/tokenize"
)

var (
	analyzerOnce sync.Once
	analyzer     *gisa.Analyzer
	analyzerErr  error
)

// testAnalyzer returns the package's shared Analyzer (the dictionary loads once).
func testAnalyzer(tb testing.TB) *gisa.Analyzer {
	tb.Helper()
	analyzerOnce.Do(func() { analyzer, analyzerErr = gisa.New() })
	if analyzerErr != nil {
		tb.Fatal(analyzerErr)
	}
	return analyzer
}

// testDecoder is a strict UTF-8 decoder for this package's tests; the gisa command's own
// decoding (EUC-KR, UTF-16, HTML) is tested through the command in cmd/gisa.
var testDecoder = Decoder{
	Text: func(b []byte) (string, error) {
		s := string(bytes.TrimPrefix(b, bomUTF8))
		return s, tokenize.ValidateUTF8(s)
	},
	Line: func(line []byte) (gisa.Document, error) {
		var a struct{ ID, Title, Text string }
		if err := json.Unmarshal(line, &a); err != nil {
			return gisa.Document{}, err
		}
		return gisa.Document{ID: a.ID, Title: a.Title, Text: a.Text}, nil
	},
	HTML: func(string) (string, string, error) { return "", "", errors.New("no HTML in these tests") },
}

// Short real articles for the tests.
var testArticles = []string{
	"백상엽 대표 \"AI 경쟁 뒤지지 않겠다\"\n백상엽 카카오엔터프라이즈 대표는 \"최선을 다하겠다\"고 밝혔다.",
	"챗GPT 사용자 1억 명\n챗GPT는 출시 두 달 만에 사용자 1억 명을 모았다.",
	"정부, 반도체에 3조 원 투자\n정부는 반도체 산업에 3조 원을 투자한다고 5일 밝혔다.",
	"연구진 \"쥐 실험 결과 확인\"\n김영희 교수는 \"수컷 쥐의 고환 크기가 작아졌다\"고 말했다.",
}

// writeFiles creates the files (slash paths relative to dir) with their contents.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// record is the part of an output record the tests look at.
type record struct {
	Input string `json:"input"`
	ID    string `json:"id"`
	Title string `json:"title"`
	Error string `json:"error"`
}

// readRecords parses JSON Lines output, failing on any line that is not a record.
func readRecords(t *testing.T, out []byte) []record {
	t.Helper()
	var recs []record
	for i, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		if line == "" {
			continue
		}
		var r record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("output line %d is not JSON: %v\n%.200s", i+1, err, line)
		}
		recs = append(recs, r)
	}
	return recs
}

// inputsOf lists the records' input ids, sorted.
func inputsOf(recs []record) []string {
	var ids []string
	for _, r := range recs {
		ids = append(ids, r.Input)
	}
	sort.Strings(ids)
	return ids
}

// runBatch runs cfg with the test analyzer and decoder.
func runBatch(t *testing.T, cfg Config) (Stats, error) {
	t.Helper()
	if cfg.Analyzer == nil {
		cfg.Analyzer = testAnalyzer(t)
	}
	cfg.Decoder = testDecoder
	return Run(context.Background(), cfg)
}

func bufioReader(s string) *bufio.Reader { return bufio.NewReaderSize(strings.NewReader(s), 16) }
