package summarize

import (
	"errors"
	"flag"
	"fmt"
	"sync"
	"testing"

	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/internal/summeval"
	"github.com/gisa-nlp/gisa/tokenize"
)

var sweep = flag.Bool("sweep", false, "TestSentenceSweep: print a parameter sweep with leave-one-out scores")

var (
	tkOnce sync.Once
	tk     *tokenize.Tokenizer
	tkErr  error
)

// tokenizer returns the one tokenizer the package's tests share.
func tokenizer(t testing.TB) *tokenize.Tokenizer {
	tkOnce.Do(func() { tk, tkErr = tokenize.New() })
	if tkErr != nil {
		t.Fatal(tkErr)
	}
	return tk
}

var (
	devOnce sync.Once
	devDocs []summeval.Doc
	devErr  error
)

// devSet returns the dev articles with human picks, analysed, or skips without ../shared.
func devSet(t testing.TB) []summeval.Doc {
	tok := tokenizer(t)
	devOnce.Do(func() {
		arts, err := summeval.LoadNewsArticles()
		if err != nil {
			devErr = err
			return
		}
		devDocs, devErr = summeval.Prepare(tok, arts)
	})
	if errors.Is(devErr, shareddata.ErrNotFound) {
		t.Skip(devErr)
	}
	if devErr != nil {
		t.Fatal(devErr)
	}
	return devDocs
}

func scoreParams(docs []summeval.Doc, p sentenceParams) summeval.Counts {
	var c summeval.Counts
	for i := range docs {
		d := &docs[i]
		var picks []int
		for _, s := range summarySentences(d.Text, d.Headline, p) {
			picks = append(picks, s.Index)
		}
		c.Add(d, picks)
	}
	return c
}

func TestSentenceF1(t *testing.T) {
	docs := devSet(t)
	c := scoreParams(docs, defaultSentenceParams)
	t.Logf("sentence-F1 %.4f (P %.4f R %.4f, tp %d pred %d gold %d) on %d articles", c.F1(), c.Precision(), c.Recall(), c.TP, c.Pred, c.Gold, len(docs))
	if c.F1() < 0.50 {
		t.Errorf("sentence-F1 %.4f, want >= 0.50", c.F1())
	}
}

// variant is one point of the sweep.
type variant struct {
	name string
	p    sentenceParams
}

func sweepVariants() []variant {
	var vs []variant
	add := func(name string, f func(*sentenceParams)) {
		p := defaultSentenceParams
		f(&p)
		vs = append(vs, variant{name, p})
	}
	for _, pw := range []float64{0.2, 0.4, 0.6} {
		for _, hw := range []float64{0, 0.2, 0.4} {
			for _, pd := range []float64{0.5, 1, 2} {
				for _, k := range [][2]float64{{1, 0.16}, {2, 0.12}, {3, 0.08}} {
					add(fmt.Sprintf("pos=%.1f head=%.1f decay=%.1f base=%.0f ratio=%.2f", pw, hw, pd, k[0], k[1]), func(p *sentenceParams) {
						p.posWeight, p.headWeight, p.posDecay, p.base, p.ratio = pw, hw, pd, k[0], k[1]
					})
				}
			}
		}
	}
	return vs
}

// TestSentenceSweep prints the sweep's scores, the leave-one-out F1 of picking the best setting
// on 19 articles and scoring the 20th, and the split-half F1 (run with -sweep).
func TestSentenceSweep(t *testing.T) {
	if !*sweep {
		t.Skip("run with -sweep")
	}
	docs := devSet(t)
	vs := sweepVariants()
	// per[v][d]: counts of variant v on doc d
	per := make([][]summeval.Counts, len(vs))
	for v := range vs {
		per[v] = make([]summeval.Counts, len(docs))
		for d := range docs {
			per[v][d] = scoreParams(docs[d:d+1], vs[v].p)
		}
	}
	sum := func(v int, skip int) summeval.Counts {
		var c summeval.Counts
		for d := range docs {
			if d == skip {
				continue
			}
			c.TP += per[v][d].TP
			c.Pred += per[v][d].Pred
			c.Gold += per[v][d].Gold
		}
		return c
	}
	best, bestF := 0, -1.0
	for v := range vs {
		f := sum(v, -1).F1()
		t.Logf("%.4f  %s", f, vs[v].name)
		if f > bestF {
			best, bestF = v, f
		}
	}
	t.Logf("best in-sample %.4f: %s", bestF, vs[best].name)
	var loo summeval.Counts
	for d := range docs {
		b, bf := 0, -1.0
		for v := range vs {
			if f := sum(v, d).F1(); f > bf {
				b, bf = v, f
			}
		}
		loo.TP += per[b][d].TP
		loo.Pred += per[b][d].Pred
		loo.Gold += per[b][d].Gold
	}
	t.Logf("leave-one-out F1 %.4f", loo.F1())
	// Split-half: tune on the even-numbered articles and score the odd ones, and vice versa.
	var half summeval.Counts
	for par := 0; par < 2; par++ {
		b, bf := 0, -1.0
		for v := range vs {
			var c summeval.Counts
			for d := range docs {
				if d%2 == par {
					c.TP, c.Pred, c.Gold = c.TP+per[v][d].TP, c.Pred+per[v][d].Pred, c.Gold+per[v][d].Gold
				}
			}
			if f := c.F1(); f > bf {
				b, bf = v, f
			}
		}
		for d := range docs {
			if d%2 != par {
				half.TP, half.Pred, half.Gold = half.TP+per[b][d].TP, half.Pred+per[b][d].Pred, half.Gold+per[b][d].Gold
			}
		}
	}
	t.Logf("split-half F1 %.4f", half.F1())
}
