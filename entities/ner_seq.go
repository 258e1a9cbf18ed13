package entities

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/gisa-nlp/gisa/internal/prefetch"
	"github.com/gisa-nlp/gisa/internal/utf8fast"
	"github.com/gisa-nlp/gisa/tokenize"
)

// nerSeq is one sentence prepared for the tagger: its code points and, for each, the
// morpheme and the eojeol (whitespace-delimited word) it belongs to.
type nerSeq struct {
	src   string            // the sentence text
	runes []rune            // its code points, rpad[seqPad : seqPad+n]
	rpad  []rune            // runes with seqPad boundary entries on each side, for at
	class []byte            // charClass of each code point, cpad[1 : 1+n]
	cpad  []byte            // class with a 'B' on each side, for cls
	off   []int             // byte offset of each code point in src; off[len(runes)] = len(src)
	tok   []int32           // index into toks of the morpheme covering each code point, -1 for none
	toks  []*tokenize.Token // the sentence's morphemes (their spans index the whole text)
	tags  []string          // each morpheme's Tag()
	surfs []string          // each morpheme's Surface
	sems  []string          // each morpheme's Features.Semantic
	tokLo []int32           // first code point of each morpheme
	tokHi []int32           // end (exclusive) code point of each morpheme
	eoj   []int32           // index into eojs of each code point's eojeol, -1 for whitespace
	eojs  []nerEojeol
	tf    []tokFeat // per morpheme, see prepare
	ef    []eojFeat // per eojeol
}

// nerEojeol is a maximal run of non-space code points.
type nerEojeol struct {
	lo, hi     int32  // code points [lo, hi)
	tokLo      int32  // first morpheme starting inside, -1 when none
	tokHi      int32  // end (exclusive) of the morphemes starting inside
	stemLo     int32  // code point where the nominal stem starts (after opening quotes and brackets)
	stemHi     int32  // code point where the nominal stem ends (before particles and endings)
	afterStem  int32  // index of the first morpheme after the stem, -1 when none
	stemTokEnd int32  // end (exclusive) morpheme index of the stem
	head       string // surface of the first morpheme (or the text when there is none)
	title      bool   // head is one of featureTitles
	stem       string // the nominal stem's text, "~" when there is none
	sufKind    byte   // 'o' when the stem ends in an organisation suffix, 't' in a title, else 0
	suf        string // that suffix
	known      bool   // the eojeol is a gazetteer organisation, maybe with a particle after it
	knownHi    int32  // where that name ends
}

// newNERSeq builds a sequence over src, whose morphemes are toks with byte spans relative to
// src shifted by base (toks[k].Start-base indexes src). Morphemes that do not fit src are
// ignored.
func newNERSeq(src string, toks []tokenize.Token, base int) *nerSeq {
	return new(nerSeq).reset(src, toks, base)
}

// grow returns x with length n, reusing its array when it is large enough.
func grow[T any](x []T, n int) []T {
	if cap(x) < n {
		return make([]T, n)
	}
	return x[:n]
}

// seqPad is how many boundary entries rpad has on each side of the code points: the furthest
// any feature looks (two code points).
const seqPad = 2

// reset rebuilds s over src, as newNERSeq does, reusing its buffers.
func (s *nerSeq) reset(src string, toks []tokenize.Token, base int) *nerSeq {
	// The code points are decoded in one pass, Hangul syllables straight from their three
	// bytes (utf8fast), into buffers sized by the bytes, which are at least as many; they are
	// filled by index, as appends cost a length check and a store of the slice header each.
	s.src = src
	s.rpad = grow(s.rpad, len(src)+2*seqPad)
	s.cpad = grow(s.cpad, len(src)+2)
	s.off = grow(s.off, len(src)+1)
	s.tok = grow(s.tok, len(src))
	s.eoj = grow(s.eoj, len(src))
	runes, class, off, tok := s.rpad[seqPad:], s.cpad[1:], s.off, s.tok
	n := 0
	for b := 0; b < len(src); n++ {
		r, size := rune(src[b]), 1
		if r >= utf8.RuneSelf {
			var ok bool
			if r, ok = utf8fast.ThreeByte(src, b); ok {
				size = 3
			} else {
				r, size = utf8.DecodeRuneInString(src[b:]) // as ranging over src decodes it
			}
		}
		runes[n] = r
		class[n] = charClass(r)
		off[n] = b
		tok[n] = -1
		b += size
	}
	s.rpad, s.cpad, s.off, s.tok, s.eoj = s.rpad[:n+2*seqPad], s.cpad[:n+2], s.off[:n+1], s.tok[:n], s.eoj[:n]
	s.runes, s.class = s.rpad[seqPad:seqPad+n], s.cpad[1:1+n]
	for j := range seqPad {
		s.rpad[j], s.rpad[seqPad+n+j] = boundary, boundary
	}
	s.cpad[0], s.cpad[n+1] = 'B', 'B'
	s.off[n] = len(src)
	off = off[:n]
	// Morphemes: map byte spans to code point spans by walking both in order. Every field of a
	// token that the tagger needs is read here, together: tokens lie beyond the nearer caches
	// and span several lines each, whose misses then overlap.
	s.toks, s.tags, s.surfs, s.sems = s.toks[:0], s.tags[:0], s.surfs[:0], s.sems[:0]
	s.tokLo, s.tokHi, s.eojs = s.tokLo[:0], s.tokHi[:0], s.eojs[:0]
	ri := 0
	for x := range toks {
		t := &toks[x]
		if x+4 < len(toks) {
			// A token's features lie apart from it, one dependent miss each: ask for them
			// four tokens ahead.
			prefetch.Line(unsafe.Pointer(toks[x+4].Features), 8)
		}
		lo, hi := t.Start-base, t.End-base
		if lo < 0 || hi > len(src) || lo >= hi {
			continue
		}
		for ri < n && off[ri] < lo {
			ri++
		}
		if ri >= n || off[ri] != lo {
			continue
		}
		rj := ri
		for rj < n && off[rj] < hi {
			rj++
		}
		k := int32(len(s.toks))
		s.toks = append(s.toks, t)
		s.tags = append(s.tags, tokenize.FirstTag(t.POS))
		s.surfs = append(s.surfs, t.Surface)
		s.sems = append(s.sems, t.Features.Semantic)
		s.tokLo = append(s.tokLo, int32(ri))
		s.tokHi = append(s.tokHi, int32(rj))
		for x := ri; x < rj; x++ {
			tok[x] = k
		}
		ri = rj
	}
	// Eojeols.
	for i := 0; i < n; {
		if s.class[i] == 'S' { // unicode.IsSpace
			s.eoj[i] = -1
			i++
			continue
		}
		j := i
		for j < n && s.class[j] != 'S' {
			j++
		}
		e := nerEojeol{lo: int32(i), hi: int32(j), tokLo: -1, tokHi: -1, afterStem: -1}
		for x := i; x < j; x++ {
			s.eoj[x] = int32(len(s.eojs))
			if k := s.tok[x]; k >= 0 && s.tokLo[k] == int32(x) {
				if e.tokLo < 0 {
					e.tokLo = k
				}
				e.tokHi = k + 1
			}
		}
		e.stemLo, e.stemHi, e.stemTokEnd = e.lo, e.lo, e.tokLo
		if e.tokLo >= 0 {
			k := e.tokLo
			for k < e.tokHi && s.tokLo[k] == e.stemLo && openTag(s.tags[k]) {
				e.stemLo = s.tokHi[k]
				k++
			}
			e.stemHi = e.stemLo
			first := k
			for k < e.tokHi && stemTag(s.tags[k]) {
				k++
			}
			e.stemTokEnd = k
			if k > first {
				e.stemHi = s.tokHi[k-1]
			}
			if k < e.tokHi {
				e.afterStem = k
			}
		}
		e.head, e.stem = surf(s.text(e.lo, e.hi)), "~"
		if e.tokLo >= 0 {
			e.head = surf(s.surfs[e.tokLo])
		}
		e.title = featureTitles[e.head]
		if e.stemHi > e.stemLo {
			st := s.text(e.stemLo, e.stemHi)
			e.stem = surf(st)
			e.sufKind, e.suf = suffixClass(st)
			if knownOrgs[st] {
				e.known, e.knownHi = true, e.stemHi
			}
		}
		if !e.known && e.hi-e.stemLo <= 12 {
			e.known, e.knownHi = s.knownPrefix(e.stemLo, e.hi)
		}
		s.eojs = append(s.eojs, e)
		i = j
	}
	s.prepare()
	return s
}

// knownPrefix finds a gazetteer organisation that the code points [lo, hi) start with and a
// particle ends (마이크로소프트도, which the tokenizer reads as 마이크+로+소프트+도).
func (s *nerSeq) knownPrefix(lo, hi int32) (bool, int32) {
	if hi-1 < lo+2 {
		return false, 0
	}
	if r := s.runes[hi-1]; r >= 0xAC00 && r <= 0xD7A3 && !nameParticleEnds.Has(r) {
		return false, 0 // most eojeols end in a syllable no particle ends in
	}
	if r := s.runes[lo]; utf8fast.IsSyllable(r) && !knownOrgFirsts.Has(r) {
		return false, 0 // and most that do start with a syllable no gazetteer name starts with
	}
	for cut := hi - 1; cut >= lo+2 && cut >= hi-maxParticle; cut-- {
		if nameParticles[s.text(cut, hi)] && knownOrgs[s.text(lo, cut)] {
			return true, cut
		}
	}
	return false, 0
}

// nameParticleEnds are the last syllables of nameParticles.
var nameParticleEnds = utf8fast.LastSyllables(nameParticles)

// knownOrgFirsts are the first syllables of knownOrgs.
var knownOrgFirsts = utf8fast.FirstSyllables(knownOrgs)

// maxParticle is the length in code points of the longest of nameParticles.
var maxParticle = func() int32 {
	n := 0
	for p := range nameParticles {
		n = max(n, utf8.RuneCountInString(p))
	}
	return int32(n)
}()

// stemTag reports whether a morpheme of this tag belongs to a nominal stem.
func stemTag(tag string) bool {
	switch tag {
	case "NNG", "NNP", "NNB", "NNBC", "NR", "NP", "SL", "SH", "SN", "XSN", "XPN", "XR", "SY", "UNKNOWN":
		return true
	}
	return false
}

// openTag reports whether a morpheme of this tag may open an eojeol before its stem: an
// opening quote or bracket.
func openTag(tag string) bool { return tag == "SSO" || tag == "SY" }

// charClass is a one-byte class of a code point: H Hangul, A upper Latin, a lower Latin,
// D digit, C Hanja, S space, P punctuation or symbol, O other.
func charClass(r rune) byte {
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		return 'H'
	case r >= 'A' && r <= 'Z':
		return 'A'
	case r >= 'a' && r <= 'z':
		return 'a'
	case r >= '0' && r <= '9':
		return 'D'
	case unicode.IsSpace(r):
		return 'S'
	case unicode.Is(unicode.Han, r):
		return 'C'
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return 'P'
	case unicode.IsLetter(r):
		return 'L'
	}
	return 'O'
}
