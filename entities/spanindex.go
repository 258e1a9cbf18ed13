package entities

import (
	"cmp"
	"slices"
	"sort"

	"github.com/gisa-nlp/gisa/tokenize"
)

// spanIndex holds spans by start so that asking whether one overlaps a span, holds it, or which
// is the first inside one, reads only the spans near it rather than all of them: coreference
// asks for every eojeol and candidate, and a scan of all spans made that quadratic in the
// length of the text. Its answers are the scan's.
//
// The spans added before the first question are sorted once, when it comes; those added after
// (a candidate taken while the text is read) are kept in a second run, in order as they come,
// which is text order or nearly: each is an append or a short step back.
type spanIndex struct {
	runs    [2][]indexedSpan // by start, then by order of adding
	asked   bool             // run 0 is sorted, and later spans go to run 1
	longest int              // the longest span added, in bytes
	n       int              // spans added
}

// indexedSpan is a span of a spanIndex and the order it was added in.
type indexedSpan struct {
	tokenize.Span
	i int
}

// reset empties x, keeping its arrays.
func (x *spanIndex) reset() {
	x.runs[0], x.runs[1], x.asked, x.longest, x.n = x.runs[0][:0], x.runs[1][:0], false, 0, 0
}

// add adds sp.
func (x *spanIndex) add(sp tokenize.Span) {
	x.longest = max(x.longest, sp.End-sp.Start)
	s := indexedSpan{sp, x.n}
	x.n++
	if !x.asked {
		x.runs[0] = append(x.runs[0], s)
		return
	}
	r := x.runs[1]
	k := len(r)
	for k > 0 && r[k-1].Start > sp.Start {
		k-- // a span before the last one added: rare, and a step or two back
	}
	x.runs[1] = slices.Insert(r, k, s)
}

// ask readies x for a question: the spans added so far are sorted.
func (x *spanIndex) ask() {
	if !x.asked {
		slices.SortStableFunc(x.runs[0], func(a, b indexedSpan) int { return cmp.Compare(a.Start, b.Start) })
		x.asked = true
	}
}

// near returns the index in r of the first span that may overlap or hold a span starting at
// start: the spans before it end at or before start.
func (x *spanIndex) near(r []indexedSpan, start int) int {
	return sort.Search(len(r), func(j int) bool { return r[j].Start > start-x.longest-1 })
}

// overlaps reports whether a span added overlaps sp (x.Start < sp.End && sp.Start < x.End).
func (x *spanIndex) overlaps(sp tokenize.Span) bool {
	x.ask()
	for _, r := range x.runs {
		for k := x.near(r, sp.Start); k < len(r) && r[k].Start < sp.End; k++ {
			if sp.Start < r[k].End {
				return true
			}
		}
	}
	return false
}

// holds reports whether a span added holds sp (x.Start ≤ sp.Start && sp.End ≤ x.End) and is
// accepted by ok (nil accepts any).
func (x *spanIndex) holds(sp tokenize.Span, ok func(tokenize.Span) bool) bool {
	x.ask()
	// A span holding sp starts at most longest before sp.End, so not before sp.Start−longest.
	for _, r := range x.runs {
		for k := x.near(r, sp.Start); k < len(r) && r[k].Start <= sp.Start; k++ {
			if s := r[k].Span; sp.End <= s.End && (ok == nil || ok(s)) {
				return true
			}
		}
	}
	return false
}

// firstWithin returns the first span added that lies within [lo, hi], and whether there is one.
// Spans must not end before they start.
func (x *spanIndex) firstWithin(lo, hi int) (tokenize.Span, bool) {
	x.ask()
	var best indexedSpan
	found := false
	for _, r := range x.runs {
		for k := sort.Search(len(r), func(j int) bool { return r[j].Start >= lo }); k < len(r) && r[k].Start <= hi; k++ {
			if s := r[k]; s.End <= hi && (!found || s.i < best.i) {
				best, found = s, true
			}
		}
	}
	return best.Span, found
}
