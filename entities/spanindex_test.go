package entities

import (
	"math/rand/v2"
	"testing"

	"github.com/gisa-nlp/gisa/tokenize"
)

// TestSpanIndexIsScan checks spanIndex's answers against reading every span, on random spans
// added out of order now and then, empty ones and touching ones included, with questions
// between the additions.
func TestSpanIndexIsScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for trial := 0; trial < 200; trial++ {
		var x spanIndex
		var all []tokenize.Span
		at := 0
		for k := rng.IntN(60); k > 0; k-- {
			if rng.IntN(6) == 0 {
				at = max(at-rng.IntN(30), 0) // a span before the last one
			} else {
				at += rng.IntN(8)
			}
			sp := tokenize.Span{Start: at, End: at + rng.IntN(12)}
			x.add(sp)
			all = append(all, sp)
			if rng.IntN(5) == 0 { // a question between additions: later ones go to the second run
				q := tokenize.Span{Start: rng.IntN(at + 10), End: 0}
				q.End = q.Start + rng.IntN(10)
				want := false
				for _, s := range all {
					want = want || s.Start < q.End && q.Start < s.End
				}
				if x.overlaps(q) != want {
					t.Fatalf("trial %d: overlaps(%v) = %v over %v", trial, q, !want, all)
				}
			}
		}
		for lo := 0; lo < at+15; lo++ {
			for hi := lo; hi < lo+15; hi++ {
				q := tokenize.Span{Start: lo, End: hi}
				want := false
				for _, s := range all {
					if s.Start < q.End && q.Start < s.End {
						want = true
						break
					}
				}
				if got := x.overlaps(q); got != want {
					t.Fatalf("trial %d: overlaps(%v) = %v over %v", trial, q, got, all)
				}
				holds := false
				for _, s := range all {
					if s.Start <= lo && hi <= s.End && s != q {
						holds = true
						break
					}
				}
				if got := x.holds(q, func(s tokenize.Span) bool { return s != q }); got != holds {
					t.Fatalf("trial %d: holds(%v) = %v over %v", trial, q, got, all)
				}
				var first tokenize.Span
				found := false
				for _, s := range all {
					if lo <= s.Start && s.End <= hi {
						first, found = s, true
						break
					}
				}
				if got, ok := x.firstWithin(lo, hi); ok != found || got != first {
					t.Fatalf("trial %d: firstWithin(%d, %d) = %v, %v; want %v, %v over %v", trial, lo, hi, got, ok, first, found, all)
				}
			}
		}
	}
}
