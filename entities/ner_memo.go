package entities

import "math/bits"

// The character unigram and bigram features (templates 0-9) make up a third of a code point's
// lookups, and the same characters recur all through an article. ngramMemo keeps, per
// character and per character pair, the weights of all the templates that look at it, so a
// tagger looks each one up once instead of once per neighbour. A sequence first finds the
// record of each of its characters and adjacent pairs (one probe of a small table per code
// point for each), and a code point then sums the records of its neighbourhood.

// memoCap bounds each memo; past it the memo starts afresh.
const memoCap = 1 << 16

// ngramMemo caches unigram and bigram weights for one model (a tagger belongs to one
// Recognizer, so its model never changes). It outlives sequences and calls. Each record holds
// one feature's row per template, so int16 as in the model: an article's bigrams take
// megabytes, which would otherwise crowd the model's table out of the CPU's caches.
type ngramMemo struct {
	bias  [nLabels]int32
	ready bool
	uni   memoTable           // character+1 -> index into uniW
	uniW  [][5][nLabels]int16 // templates 1-5 for a character
	bi    memoTable           // packed pair+1 -> index into biW
	biW   [][4][nLabels]int16 // templates 6-9 for a pair of characters
	// For the current sequence of n code points: u[j+2] indexes uniW for code point j, and
	// b[j+1] indexes biW for the pair (j-1, j), j from -2 (or -1) to n+1, outside positions
	// standing for boundary.
	u, b []int32
}

// memoTable maps non-zero uint64 keys to int32 values by open addressing (Go maps cost
// several times as much per lookup here).
type memoTable struct {
	slots []memoSlot
	n     int
	shift uint
}

type memoSlot struct {
	key uint64 // 0: empty
	val int32
}

// reset empties t.
func (t *memoTable) reset() {
	if t.slots == nil {
		t.slots = make([]memoSlot, 1024)
		t.shift = 64 - 10
	}
	clear(t.slots)
	t.n = 0
}

// find returns the slot of key, empty when the table does not hold it yet.
func (t *memoTable) find(key uint64) *memoSlot {
	mask := uint64(len(t.slots) - 1)
	i := (key * 0x9E3779B97F4A7C15) >> t.shift
	for {
		sl := &t.slots[i]
		if sl.key == key || sl.key == 0 {
			return sl
		}
		i = (i + 1) & mask
	}
}

// insert adds key (not in t) with value v, growing t to keep it at most half full.
func (t *memoTable) insert(key uint64, v int32) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		size := 2 * len(old)
		t.slots = make([]memoSlot, size)
		t.shift = uint(64 - bits.Len(uint(size-1)))
		for _, sl := range old {
			if sl.key != 0 {
				*t.find(sl.key) = sl
			}
		}
	}
	*t.find(key) = memoSlot{key, v}
	t.n++
}

// rowOrZero returns feature key k's weights, zero when the model has none.
func (m *NERModel) rowOrZero(k uint32) [nLabels]int16 {
	if w := m.row(k); w != nil {
		return *w
	}
	return [nLabels]int16{}
}

// uniRec returns the index in mm.uniW of the weights of templates 1-5 for character c.
func (m *NERModel) uniRec(mm *ngramMemo, c rune) int32 {
	key := uint64(uint32(c)) + 1
	if sl := mm.uni.find(key); sl.key != 0 {
		return sl.val
	}
	var rec [5][nLabels]int16
	for t := range 5 {
		rec[t] = m.rowOrZero(tmpl(byte(1 + t)).r(c).key())
	}
	k := int32(len(mm.uniW))
	mm.uniW = append(mm.uniW, rec)
	mm.uni.insert(key, k)
	return k
}

// biRec returns the index in mm.biW of the weights of templates 6-9 for the pair (a, b).
func (m *NERModel) biRec(mm *ngramMemo, a, b rune) int32 {
	key := (uint64(uint32(a))<<32 | uint64(uint32(b))) + 1 // code points stay below 2^21
	if sl := mm.bi.find(key); sl.key != 0 {
		return sl.val
	}
	var rec [4][nLabels]int16
	for t := range 4 {
		rec[t] = m.rowOrZero(tmpl(byte(6 + t)).r(a).r(b).key())
	}
	k := int32(len(mm.biW))
	mm.biW = append(mm.biW, rec)
	mm.bi.insert(key, k)
	return k
}

// prepareNgrams finds the memo records of every code point and adjacent pair of s.
func (m *NERModel) prepareNgrams(s *nerSeq, mm *ngramMemo) {
	n := len(s.runes)
	if !mm.ready || len(mm.uniW)+n+4 > memoCap || len(mm.biW)+n+3 > memoCap {
		mm.ready = true
		for l, x := range m.rowOrZero(tmpl(0).key()) {
			mm.bias[l] = int32(x)
		}
		mm.uni.reset()
		mm.bi.reset()
		mm.uniW, mm.biW = mm.uniW[:0], mm.biW[:0]
	}
	mm.u = grow(mm.u, n+4)
	mm.b = grow(mm.b, n+3)
	for j := -2; j < n+2; j++ {
		mm.u[j+2] = m.uniRec(mm, s.at(j))
	}
	for j := -1; j < n+2; j++ {
		mm.b[j+1] = m.biRec(mm, s.at(j-1), s.at(j))
	}
}

// addNgrams adds the weights of templates 0-9 at code point i of s to em, as charFeatures
// would give them; prepareNgrams must have run on s.
func (m *NERModel) addNgrams(em *[nLabels]int32, i int, mm *ngramMemo) {
	u := mm.u[i : i+5 : i+5]
	b := mm.b[i : i+4 : i+4]
	u0, u1, u2 := &mm.uniW[u[2]][0], &mm.uniW[u[1]][1], &mm.uniW[u[3]][2] // c, p1, n1
	u3, u4 := &mm.uniW[u[0]][3], &mm.uniW[u[4]][4]                        // p2, n2
	b0, b1 := &mm.biW[b[1]][0], &mm.biW[b[2]][1]                          // (p1, c), (c, n1)
	b2, b3 := &mm.biW[b[0]][2], &mm.biW[b[3]][3]                          // (p2, p1), (n1, n2)
	for l := range nLabels {
		em[l] += mm.bias[l] + int32(u0[l]) + int32(u1[l]) + int32(u2[l]) + int32(u3[l]) + int32(u4[l]) +
			int32(b0[l]) + int32(b1[l]) + int32(b2[l]) + int32(b3[l])
	}
}
