package entities

import "unicode/utf8"

// The tagger's features for one code point are hashed ("the hashing trick"): each template
// mixes its id with the strings it looks at into a 64-bit FNV-1a hash, and the model keeps
// weights only for the hashes it saw in training. Nothing is allocated per feature.

type fhash uint64

const (
	fnvOffset fhash = 14695981039346656037
	fnvPrime  fhash = 1099511628211
)

// tmpl starts a feature hash for template id t.
func tmpl(t byte) fhash { return (fnvOffset ^ fhash(t)) * fnvPrime }

// r mixes in a code point.
func (h fhash) r(c rune) fhash { return (h ^ fhash(c)) * fnvPrime }

// b mixes in a byte.
func (h fhash) b(c byte) fhash { return (h ^ fhash(c)) * fnvPrime }

// s mixes in a string and a terminator. Two bytes a step, the same hash with half the loop's
// bookkeeping: the tagger hashes a dozen strings a morpheme.
func (h fhash) s(x string) fhash {
	for len(x) >= 2 {
		h = (h ^ fhash(x[0])) * fnvPrime
		h = (h ^ fhash(x[1])) * fnvPrime
		x = x[2:]
	}
	if len(x) > 0 {
		h = (h ^ fhash(x[0])) * fnvPrime
	}
	return (h ^ 0xff) * fnvPrime
}

// key finishes the hash into a 32-bit feature key (never 0, which marks an empty slot).
func (h fhash) key() uint32 {
	x := uint64(h)
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	k := uint32(x)
	if k == 0 {
		k = 1
	}
	return k
}

// boundary stands for a code point before the start or after the end.
const boundary rune = 0x02

// maxSurf is the longest morpheme surface (bytes) used as a feature; longer ones are "#long".
const maxSurf = 24

// at returns code point i, or boundary outside the sequence (i from -seqPad to n-1+seqPad).
func (s *nerSeq) at(i int) rune { return s.rpad[i+seqPad] }

// cls returns the class of code point i, or 'B' outside the sequence (i from -1 to n).
func (s *nerSeq) cls(i int) byte { return s.cpad[i+1] }

// bies places i within [lo, hi): B begin, I inside, E end, S single.
func bies(i, lo, hi int) byte {
	switch {
	case hi-lo == 1:
		return 'S'
	case i == lo:
		return 'B'
	case i == hi-1:
		return 'E'
	}
	return 'I'
}

// surf returns a morpheme's surface when short enough to be a feature, else "#long".
func surf(x string) string {
	if len(x) > maxSurf {
		return "#long"
	}
	return x
}

// text returns the text of code points [lo, hi).
func (s *nerSeq) text(lo, hi int32) string { return s.src[s.off[lo]:s.off[hi]] }

// tokFeat holds what the features of one morpheme's code points share, hashed once.
type tokFeat struct {
	h20, h21, h22, h23, h25, h29 fhash
	acronym, number              bool
	konst                        [3]uint32 // keys that are the same for every code point
	nk                           uint8     // how many of konst are set
}

// shared returns the keys every code point of the morpheme has.
func (f *tokFeat) shared() []uint32 { return f.konst[:f.nk] }

// eojFeat holds what the features of one eojeol's code points share, hashed once.
type eojFeat struct {
	h41, h42, h45, h46 fhash
	k44                uint32    // the stem's suffix class, for code points in the stem
	titleNext          bool      // the next eojeol starts with a title (백상엽 | 대표는)
	titleNext2         bool      // the one after does (백상엽 카카오 | 대표는)
	konst              [2]uint32 // keys that are the same for every code point
}

// prepare hashes the per-morpheme and per-eojeol parts of the features.
func (s *nerSeq) prepare() {
	s.tf = grow(s.tf, len(s.toks))
	for k := range s.toks {
		tag, sf := s.tags[k], s.surfs[k]
		var prevTag, nextTag, nextSurf string = "^", "$", "$"
		f := &s.tf[k]
		*f = tokFeat{}
		if k > 0 {
			prevTag = s.tags[k-1]
			f.konst[2] = tmpl(24).s(surf(s.surfs[k-1])).key()
			f.nk = 1
		}
		if k+1 < len(s.toks) {
			nextTag, nextSurf = s.tags[k+1], surf(s.surfs[k+1])
		}
		f.konst[0] = tmpl(26).s(prevTag).s(tag).s(nextTag).key()
		f.konst[1] = tmpl(27).s(surf(sf)).s(nextSurf).key()
		f.nk += 2
		f.h20 = tmpl(20).s(surf(sf))
		f.h21 = tmpl(21).s(tag)
		f.h22 = tmpl(22).s(tag)
		f.h23 = tmpl(23).s(s.sems[k])
		f.h25 = tmpl(25).s(nextSurf)
		f.acronym = tag == "SL" && isAcronym(sf)
		f.number = tag == "SN"
		if f.number { // only numbers have template 29
			f.h29 = tmpl(29).s(nextSurf)
		}
	}
	s.ef = grow(s.ef, len(s.eojs))
	for e := range s.eojs {
		ej, f := &s.eojs[e], &s.ef[e]
		*f = eojFeat{}
		if ej.stemHi > ej.stemLo {
			last := s.runes[ej.stemHi-1]
			var last2 rune = boundary
			if ej.stemHi-2 >= ej.stemLo {
				last2 = s.runes[ej.stemHi-2]
			}
			f.h41 = tmpl(41).r(last)
			f.h42 = tmpl(42).r(last2).r(last)
			f.k44 = tmpl(44).b(ej.sufKind).s(ej.suf).key()
		}
		after := "$"
		if ej.afterStem >= 0 {
			after = surf(s.surfs[ej.afterStem])
		}
		f.h45 = tmpl(45).s(after)
		next, next2, prev := "$", "$", "^"
		if e+1 < len(s.eojs) {
			next = s.eojs[e+1].head
			if e+2 < len(s.eojs) {
				next2 = s.eojs[e+2].head
			}
		}
		if e > 0 {
			prev = s.eojs[e-1].stem
		}
		f.h46 = tmpl(46).s(next)
		f.titleNext = e+1 < len(s.eojs) && s.eojs[e+1].title // featureTitles[next]
		f.titleNext2 = e+2 < len(s.eojs) && s.eojs[e+2].title
		f.konst = [2]uint32{tmpl(47).s(next2).key(), tmpl(48).s(prev).key()}
	}
}

// features appends every feature key of code point i to dst: those of the code point itself
// and those its morpheme and eojeol share.
func (s *nerSeq) features(i int, dst []uint32) []uint32 {
	dst = s.charFeatures(i, dst)
	if k := s.tok[i]; k >= 0 {
		dst = append(dst, s.tf[k].shared()...)
	}
	if e := s.eoj[i]; e >= 0 {
		dst = append(dst, s.ef[e].konst[:]...)
	}
	return dst
}

// charFeatures appends the feature keys that differ from one code point to the next.
func (s *nerSeq) charFeatures(i int, dst []uint32) []uint32 {
	c := s.at(i)
	p1, p2, n1, n2 := s.at(i-1), s.at(i-2), s.at(i+1), s.at(i+2)
	dst = append(dst,
		tmpl(0).key(),
		tmpl(1).r(c).key(),
		tmpl(2).r(p1).key(),
		tmpl(3).r(n1).key(),
		tmpl(4).r(p2).key(),
		tmpl(5).r(n2).key(),
		tmpl(6).r(p1).r(c).key(),
		tmpl(7).r(c).r(n1).key(),
		tmpl(8).r(p2).r(p1).key(),
		tmpl(9).r(n1).r(n2).key(),
		classKey(s.cls(i-1), s.cls(i), s.cls(i+1)),
	)
	return s.restFeatures(i, dst)
}

// classKey is template 11: the classes of a code point and its neighbours.
func classKey(p1, c, n1 byte) uint32 { return tmpl(11).b(p1).b(c).b(n1).key() }

// restFeatures appends the keys of charFeatures beyond the bias, the unigram and bigram
// templates (0-9) and the class trigram (11), which decode looks up through its memo instead.
func (s *nerSeq) restFeatures(i int, dst []uint32) []uint32 {
	c := s.at(i)
	p1, n1 := s.at(i-1), s.at(i+1)
	dst = append(dst,
		tmpl(10).r(p1).r(c).r(n1).key(),
	)
	// The morpheme.
	if k := s.tok[i]; k >= 0 {
		f := &s.tf[k]
		pos := bies(i, int(s.tokLo[k]), int(s.tokHi[k]))
		dst = append(dst,
			f.h20.b(pos).key(),
			f.h21.b(pos).key(),
			f.h22.r(c).key(),
			f.h23.b(pos).key(),
			f.h25.b(pos).key(),
		)
		if f.acronym {
			dst = append(dst, tmpl(28).b(pos).key())
		}
		if f.number {
			dst = append(dst, f.h29.b(pos).key())
		}
	}
	// The eojeol.
	e := s.eoj[i]
	if e < 0 {
		return dst
	}
	ej, f := &s.eojs[e], &s.ef[e]
	epos := bies(i, int(ej.lo), int(ej.hi))
	dst = append(dst, tmpl(40).b(epos).r(c).key())
	inStem := i >= int(ej.stemLo) && i < int(ej.stemHi)
	if ej.stemHi > ej.stemLo {
		d := int(ej.stemHi) - 1 - i // distance to the stem's last code point
		if d > 3 {
			d = 3
		}
		dst = append(dst, f.h41.b(byte(d)+'0').key(), f.h42.b(byte(d)+'0').key())
		if ej.known {
			dst = append(dst, tmpl(43).b(bies(i, int(ej.stemLo), int(ej.knownHi))).key())
		}
		if inStem {
			dst = append(dst, f.k44)
		}
	}
	dst = append(dst, f.h45.b(boolByte(inStem)).key(), f.h46.b(epos).key())
	if f.titleNext {
		dst = append(dst, tmpl(49).b(epos).key())
	}
	if f.titleNext2 {
		dst = append(dst, tmpl(50).b(epos).key())
	}
	// Surnames: a name is two to four syllables starting with one.
	if i == int(ej.stemLo) {
		sl := byte(min(int(ej.stemHi-ej.stemLo), 5)) + '0'
		if isSurname(c) {
			dst = append(dst, tmpl(51).b(sl).key())
		}
		if i+1 < len(s.runes) && compoundSurnameFirsts[c] && compoundSurnames[string([]rune{c, s.runes[i+1]})] {
			dst = append(dst, tmpl(52).b(sl).key())
		}
	}
	return dst
}

// suffixClass names the organisation suffix ('o') or title ('t') that ends an eojeol's stem,
// and the suffix; kind 0 when there is none.
func suffixClass(stem string) (kind byte, suffix string) {
	// Most stems end in a code point no suffix ends in: settle those with one lookup, which
	// also tells the lengths of the suffixes that end in it (the others are not looked up).
	last, _ := utf8.DecodeLastRuneInString(stem)
	lens := suffixLens[last]
	if lens == 0 {
		return 0, ""
	}
	// starts[n] is where the last n code points start; a suffix must leave one before it.
	var starts [7]int
	have := 0
	for b := len(stem); have < 6 && b > 0; {
		_, sz := utf8.DecodeLastRuneInString(stem[:b])
		b -= sz
		have++
		starts[have] = b
	}
	for n := 6; n >= 1; n-- {
		if lens&(1<<n) == 0 || n > have || starts[n] == 0 {
			continue
		}
		suf := stem[starts[n]:]
		if orgSuffixes[suf] {
			return 'o', suf
		}
		if featureTitles[suf] {
			return 't', suf
		}
	}
	return 0, ""
}

// compoundSurnameFirsts holds the first code point of every compound surname, so that most
// stems need not build a string to look up.
var compoundSurnameFirsts = func() map[rune]bool {
	m := map[rune]bool{}
	for w := range compoundSurnames {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = true
	}
	return m
}()

// suffixLens holds the last code point of every organisation suffix and feature title, with
// the lengths in code points of those that end in it: bit n for a suffix of n (up to 7; the
// longest suffixClass tries is 6).
var suffixLens = func() map[rune]uint8 {
	m := map[rune]uint8{}
	for _, set := range []map[string]bool{orgSuffixes, featureTitles} {
		for w := range set {
			r, _ := utf8.DecodeLastRuneInString(w)
			if n := utf8.RuneCountInString(w); n <= 7 {
				m[r] |= 1 << n
			} else {
				m[r] |= 1 // a longer suffix still marks its last code point
			}
		}
	}
	return m
}()

// isAcronym reports whether x is 2 to 6 upper-case Latin letters (SKT, KT, LG).
func isAcronym(x string) bool {
	if len(x) < 2 || len(x) > 6 {
		return false
	}
	for i := 0; i < len(x); i++ {
		if x[i] < 'A' || x[i] > 'Z' {
			return false
		}
	}
	return true
}

func boolByte(b bool) byte {
	if b {
		return '1'
	}
	return '0'
}
