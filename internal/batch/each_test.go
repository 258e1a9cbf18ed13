package batch

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/gisa-nlp/gisa"
)

// plainAnalyzer hides AnalyzeEach: the workers analyse one article at a time.
type plainAnalyzer struct{ a Analyzer }

func (p plainAnalyzer) Analyze(ctx context.Context, doc gisa.Document) (*gisa.Analysis, error) {
	return p.a.Analyze(ctx, doc)
}

// countingEach is an EachAnalyzer that notes the most documents it was handed at once.
type countingEach struct {
	*gisa.Analyzer
	most atomic.Int32
}

func (c *countingEach) AnalyzeEach(ctx context.Context, docs []gisa.Document) ([]*gisa.Analysis, []error) {
	for n := int32(len(docs)); ; {
		m := c.most.Load()
		if n <= m || c.most.CompareAndSwap(m, n) {
			break
		}
	}
	return c.Analyzer.AnalyzeEach(ctx, docs)
}

// TestRunEach: workers that hand an EachAnalyzer the articles waiting for them together write
// the records that workers analysing one article at a time write, error records included, and
// do take several at once.
func TestRunEach(t *testing.T) {
	var in strings.Builder
	for i := range 40 {
		switch i {
		case 7:
			in.WriteString("{not json\n")
		case 19:
			fmt.Fprintf(&in, "{\"id\":\"e%d\",\"text\":\"  \"}\n", i)
		default:
			fmt.Fprintf(&in, "{\"id\":\"a%d\",\"text\":%q}\n", i, testArticles[i%len(testArticles)])
		}
	}
	run := func(a Analyzer, workers int) []byte {
		var out bytes.Buffer
		if _, err := runBatch(t, Config{Roots: []string{"-"}, Stdin: strings.NewReader(in.String()), Stdout: &out,
			Ordered: true, Workers: workers, Analyzer: a}); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	want := run(plainAnalyzer{testAnalyzer(t)}, 1)
	if n := len(readRecords(t, want)); n != 40 {
		t.Fatalf("%d records, want 40", n)
	}
	for _, workers := range []int{1, 2} {
		c := &countingEach{Analyzer: testAnalyzer(t)}
		if got := run(c, workers); !bytes.Equal(got, want) {
			t.Errorf("%d workers: the records differ from one article at a time's", workers)
		}
		if c.most.Load() < 2 {
			t.Errorf("%d workers: at most %d articles handed over at once", workers, c.most.Load())
		}
	}
}

// TestRunEachBoundsBytes: articles larger than a third of eachBytes go to the EachAnalyzer at
// most two at a time, and their records are those of one article at a time.
func TestRunEachBoundsBytes(t *testing.T) {
	var in strings.Builder
	for i := range 4 {
		var text strings.Builder
		for text.Len() <= eachBytes/3 {
			text.WriteString(testArticles[(i+text.Len())%len(testArticles)])
			text.WriteString("\n")
		}
		fmt.Fprintf(&in, "{\"id\":\"big%d\",\"text\":%q}\n", i, text.String())
	}
	run := func(a Analyzer) []byte {
		var out bytes.Buffer
		if _, err := runBatch(t, Config{Roots: []string{"-"}, Stdin: strings.NewReader(in.String()), Stdout: &out,
			Ordered: true, Workers: 1, Analyzer: a}); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	c := &countingEach{Analyzer: testAnalyzer(t)}
	got := run(c)
	if want := run(plainAnalyzer{c.Analyzer}); !bytes.Equal(got, want) {
		t.Errorf("the records differ from one article at a time's")
	}
	if m := c.most.Load(); m != 2 {
		t.Errorf("at most %d articles of over %d bytes handed over at once, want 2 (eachBytes %d)", m, eachBytes/3, eachBytes)
	}
}
