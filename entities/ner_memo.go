package entities

// The character unigram and bigram features (templates 0-9) make up a third of a code point's
// lookups, and the same characters recur all through an article. ngramMemo keeps, per
// character and per character pair, the weights of all the templates that look at it, so a
// tagger looks each one up once instead of once per neighbour.

// memoCap bounds each memo; past it the memo starts afresh.
const memoCap = 1 << 16

// ngramMemo caches unigram and bigram weights for one model (a tagger belongs to one
// Recognizer, so its model never changes).
type ngramMemo struct {
	bias  [nLabels]int32
	ready bool
	uni   map[rune]int32
	uniW  [][5][nLabels]int32 // templates 1-5 for a character
	bi    map[uint64]int32
	biW   [][4][nLabels]int32 // templates 6-9 for a pair of characters
}

// addRow adds feature key k's weights to dst.
func (m *NERModel) addRow(dst *[nLabels]int32, k uint32) {
	if w := m.row(k); w != nil {
		for l, x := range w {
			dst[l] += int32(x)
		}
	}
}

// uniRec returns the memoized weights of templates 1-5 for character c.
func (m *NERModel) uniRec(mm *ngramMemo, c rune) *[5][nLabels]int32 {
	if k, ok := mm.uni[c]; ok {
		return &mm.uniW[k]
	}
	var rec [5][nLabels]int32
	for t := range 5 {
		m.addRow(&rec[t], tmpl(byte(1+t)).r(c).key())
	}
	mm.uni[c] = int32(len(mm.uniW))
	mm.uniW = append(mm.uniW, rec)
	return &mm.uniW[len(mm.uniW)-1]
}

// biRec returns the memoized weights of templates 6-9 for the pair (a, b).
func (m *NERModel) biRec(mm *ngramMemo, a, b rune) *[4][nLabels]int32 {
	key := uint64(uint32(a))<<32 | uint64(uint32(b))
	if k, ok := mm.bi[key]; ok {
		return &mm.biW[k]
	}
	var rec [4][nLabels]int32
	for t := range 4 {
		m.addRow(&rec[t], tmpl(byte(6+t)).r(a).r(b).key())
	}
	mm.bi[key] = int32(len(mm.biW))
	mm.biW = append(mm.biW, rec)
	return &mm.biW[len(mm.biW)-1]
}

// addNgrams adds the weights of templates 0-9 at code point i of s to em, as charFeatures
// would give them.
func (m *NERModel) addNgrams(em []int32, s *nerSeq, i int, mm *ngramMemo) {
	if !mm.ready || len(mm.uniW) > memoCap || len(mm.biW) > memoCap {
		*mm = ngramMemo{ready: true, uni: map[rune]int32{}, bi: map[uint64]int32{}}
		m.addRow(&mm.bias, tmpl(0).key())
	}
	c := s.at(i)
	p1, p2, n1, n2 := s.at(i-1), s.at(i-2), s.at(i+1), s.at(i+2)
	u0, u1, u2 := m.uniRec(mm, c), m.uniRec(mm, p1), m.uniRec(mm, n1)
	u3, u4 := m.uniRec(mm, p2), m.uniRec(mm, n2)
	b0, b1 := m.biRec(mm, p1, c), m.biRec(mm, c, n1)
	b2, b3 := m.biRec(mm, p2, p1), m.biRec(mm, n1, n2)
	em = em[:nLabels:nLabels]
	for l := range nLabels {
		em[l] += mm.bias[l] + u0[0][l] + u1[1][l] + u2[2][l] + u3[3][l] + u4[4][l] +
			b0[0][l] + b1[1][l] + b2[2][l] + b3[3][l]
	}
}
