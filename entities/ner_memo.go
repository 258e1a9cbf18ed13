package entities

import "math/bits"

// The character unigram and bigram features (templates 0-9) make up a third of a code point's
// lookups, and the same characters recur all through an article. ngramMemo keeps their
// weights per character and per pair of adjacent characters, so a tagger looks each one up
// once instead of once per neighbour.
//
// Every unigram template can be folded into a pair that holds its character: code point i
// with neighbours p2 p1 c n1 n2 takes templates 0 (bias), 1 (c) and 6 (p1 c) from the pair
// (p1, c); 3 (n1) and 7 (c n1) from (c, n1); 2 (p1), 4 (p2) and 8 (p2 p1) from (p2, p1); 5 (n2)
// and 9 (n1 n2) from (n1, n2). So a pair's record holds four sums, one per role, and a code
// point adds four rows: those of its four pairs in their roles. A sequence first finds the
// record of each adjacent pair (one probe of a small table per code point).

// memoCap bounds each memo; past it the memo starts afresh.
const memoCap = 1 << 16

// ngramMemo caches unigram and bigram weights for one model (a tagger belongs to one
// Recognizer, so its model never changes). It outlives sequences and calls.
type ngramMemo struct {
	bias  [nLabels]int32
	ready bool
	uni   memoTable           // character+1 -> index into uniW
	uniW  [][5][nLabels]int16 // templates 1-5 for a character, as in the model
	bi    memoTable           // packed pair+1 -> index into biW
	biW   [][4][nLabels]int32 // a pair's four roles (see above), sums of several rows
	// cls holds the weights of template 11 for every trigram of classes (classTrigram).
	cls [][nLabels]int32
	// For the current sequence of n code points, b[j+1] indexes biW for the pair (j-1, j),
	// j from -1 to n+1, outside positions standing for boundary.
	b []int32
	c []uint16 // c[i] indexes cls for code point i
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

// biRec returns the index in mm.biW of the record of the pair (a, b): its four roles' sums
// of templates 6-9 and the unigram templates folded into them.
func (m *NERModel) biRec(mm *ngramMemo, a, b rune) int32 {
	key := (uint64(uint32(a))<<32 | uint64(uint32(b))) + 1 // code points stay below 2^21
	if sl := mm.bi.find(key); sl.key != 0 {
		return sl.val
	}
	ia, ib := m.uniRec(mm, a), m.uniRec(mm, b)
	ua, ub := &mm.uniW[ia], &mm.uniW[ib]
	var rec [4][nLabels]int32
	for t := range 4 {
		for l, x := range m.rowOrZero(tmpl(byte(6 + t)).r(a).r(b).key()) {
			rec[t][l] = int32(x)
		}
	}
	for l := range nLabels {
		rec[0][l] += mm.bias[l] + int32(ub[0][l])      // as (p1, c): bias, template 1 on c
		rec[1][l] += int32(ub[2][l])                   // as (c, n1): template 3 on n1
		rec[2][l] += int32(ua[3][l]) + int32(ub[1][l]) // as (p2, p1): templates 4 and 2
		rec[3][l] += int32(ub[4][l])                   // as (n1, n2): template 5 on n2
	}
	k := int32(len(mm.biW))
	mm.biW = append(mm.biW, rec)
	mm.bi.insert(key, k)
	return k
}

// prepareNgrams finds the memo records of every adjacent pair of s.
func (m *NERModel) prepareNgrams(s *nerSeq, mm *ngramMemo) {
	n := len(s.runes)
	if !mm.ready || len(mm.uniW)+2*(n+3) > memoCap || len(mm.biW)+n+3 > memoCap {
		mm.ready = true
		for l, x := range m.rowOrZero(tmpl(0).key()) {
			mm.bias[l] = int32(x)
		}
		mm.uni.reset()
		mm.bi.reset()
		mm.uniW, mm.biW = mm.uniW[:0], mm.biW[:0]
	}
	if mm.cls == nil {
		m.fillClasses(mm)
	}
	mm.b = grow(mm.b, n+3)
	for j := -1; j < n+2; j++ {
		mm.b[j+1] = m.biRec(mm, s.at(j-1), s.at(j))
	}
	mm.c = grow(mm.c, n)
	for i := range n {
		mm.c[i] = classTrigram(s.cls(i-1), s.class[i], s.cls(i+1))
	}
}

// addNgrams adds the weights of templates 0-9 and 11 at code point i of s to em, as charFeatures
// would give them; prepareNgrams must have run on s.
func (m *NERModel) addNgrams(em *[nLabels]int32, i int, mm *ngramMemo) {
	b := mm.b[i : i+4 : i+4]
	addSums(em, &mm.biW[b[1]][0]) // (p1, c)
	addSums(em, &mm.biW[b[2]][1]) // (c, n1)
	addSums(em, &mm.biW[b[0]][2]) // (p2, p1)
	addSums(em, &mm.biW[b[3]][3]) // (n1, n2)
	addSums(em, &mm.cls[mm.c[i]])
}

// classes are the values of charClass and 'B', the class outside a sequence.
const classes = "BHAaDSCPLO"

const nClasses = uint16(len(classes))

// classIndex numbers the bytes of classes (others are 0, which TestClassIndex keeps from
// happening).
var classIndex = func() (t [256]uint8) {
	for i := range len(classes) {
		t[classes[i]] = uint8(i)
	}
	return t
}()

// classTrigram is the index in ngramMemo.cls of a trigram of classes.
func classTrigram(p1, c, n1 byte) uint16 {
	return (uint16(classIndex[p1])*nClasses+uint16(classIndex[c]))*nClasses + uint16(classIndex[n1])
}

// fillClasses fills mm.cls: there are only a thousand trigrams of classes, so a table of
// their template 11 weights takes a lookup in the model off every code point.
func (m *NERModel) fillClasses(mm *ngramMemo) {
	mm.cls = make([][nLabels]int32, nClasses*nClasses*nClasses)
	for _, p1 := range []byte(classes) {
		for _, c := range []byte(classes) {
			for _, n1 := range []byte(classes) {
				m.addKeys(&mm.cls[classTrigram(p1, c, n1)], []uint32{classKey(p1, c, n1)})
			}
		}
	}
}
