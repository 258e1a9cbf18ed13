package entities

import (
	"sort"

	"github.com/gisa-nlp/gisa/tokenize"
)

// spanIndex holds spans by start so that asking whether one overlaps a span, or which is the
// first held inside one, reads only the spans near it rather than all of them: coreference
// asks it for every eojeol and candidate, and a scan of all spans made that quadratic in the
// length of the text. Its answers are the scan's. Spans are added mostly in text order, which
// costs nothing more than an append.
type spanIndex struct {
	spans   []indexedSpan // by start, then by order of adding
	longest int           // the longest span added, in bytes
	n       int           // spans added
}

// indexedSpan is a span of a spanIndex and the order it was added in.
type indexedSpan struct {
	tokenize.Span
	i int
}

// add adds sp.
func (x *spanIndex) add(sp tokenize.Span) {
	k := len(x.spans)
	for k > 0 && x.spans[k-1].Start > sp.Start {
		k-- // a span before the last one added: rare, and a step or two back
	}
	if k == len(x.spans) {
		x.spans = append(x.spans, indexedSpan{sp, x.n})
	} else {
		k = sort.Search(len(x.spans), func(j int) bool { return x.spans[j].Start > sp.Start })
		x.spans = append(x.spans, indexedSpan{})
		copy(x.spans[k+1:], x.spans[k:])
		x.spans[k] = indexedSpan{sp, x.n}
	}
	x.n++
	x.longest = max(x.longest, sp.End-sp.Start)
}

// near returns the index of the first span that may overlap or lie inside a span starting at
// start: the spans before it end at or before start.
func (x *spanIndex) near(start int) int {
	return sort.Search(len(x.spans), func(j int) bool { return x.spans[j].Start > start-x.longest-1 })
}

// overlaps reports whether a span added overlaps sp (x.Start < sp.End && sp.Start < x.End).
func (x *spanIndex) overlaps(sp tokenize.Span) bool {
	for k := x.near(sp.Start); k < len(x.spans) && x.spans[k].Start < sp.End; k++ {
		if sp.Start < x.spans[k].End {
			return true
		}
	}
	return false
}

// holds reports whether a span added holds sp (x.Start ≤ sp.Start && sp.End ≤ x.End) and is
// accepted by ok (nil accepts any).
func (x *spanIndex) holds(sp tokenize.Span, ok func(tokenize.Span) bool) bool {
	// A span holding sp starts at most longest before sp.End, so not before sp.Start−longest.
	for k := x.near(sp.Start); k < len(x.spans) && x.spans[k].Start <= sp.Start; k++ {
		if s := x.spans[k].Span; sp.End <= s.End && (ok == nil || ok(s)) {
			return true
		}
	}
	return false
}

// firstWithin returns the first span added that lies within [lo, hi], and whether there is one.
func (x *spanIndex) firstWithin(lo, hi int) (tokenize.Span, bool) {
	best := -1
	for k := sort.Search(len(x.spans), func(j int) bool { return x.spans[j].Start >= lo }); k < len(x.spans) && x.spans[k].Start <= hi; k++ {
		if s := x.spans[k]; s.End <= hi && (best < 0 || s.i < x.spans[best].i) {
			best = k
		}
	}
	if best < 0 {
		return tokenize.Span{}, false
	}
	return x.spans[best].Span, true
}
