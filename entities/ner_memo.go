package entities

import (
	"math/bits"
	"unsafe"

	"github.com/gisa-nlp/gisa/internal/prefetch"
)

// The character unigram and bigram features (templates 0-9) make up a third of a code point's
// lookups, and the same characters recur all through an article. ngramMemo keeps their
// weights per character and per pair of adjacent characters, so a tagger looks each one up
// once instead of once per neighbour.
//
// Every unigram template can be folded into a pair that holds its character: code point i
// with neighbours p2 p1 c n1 n2 takes templates 1 (c) and 6 (p1 c) from the pair
// (p1, c); 3 (n1) and 7 (c n1) from (c, n1); 2 (p1), 4 (p2) and 8 (p2 p1) from (p2, p1); 5 (n2)
// and 9 (n1 n2) from (n1, n2). So a pair's record holds four sums, one per role, and a code
// point adds four rows: those of its four pairs in their roles. A sequence first finds the
// record of each adjacent pair (one probe of a small table per code point). The bias
// (template 0) goes with the class trigram (11), whose table every code point reads too.
//
// On new text the records are read from beyond the nearer caches, so their size counts: a
// role's sum nearly always fits 16 bits, and a record then takes 104 bytes rather than 208.
// The few that do not fit are kept at full width apart.

// memoCap bounds each memo; past it the memo starts afresh.
const memoCap = 1 << 16

// ngramMemo caches unigram and bigram weights for one model (a tagger belongs to one
// Recognizer, so its model never changes). It outlives sequences and calls.
type ngramMemo struct {
	ready bool
	uni   memoTable           // character+1 -> index into uniW
	uniW  [][5][nLabels]int16 // templates 1-5 for a character, as in the model
	bi    memoTable           // packed pair+1 -> record (see pairRec)
	biW   [][4][nLabels]int16 // a pair's four roles (see above), sums of several rows
	wide  [][4][nLabels]int32 // the records whose sums do not fit 16 bits
	// cls holds the weights of template 11 for every trigram of classes (classTrigram), plus
	// the bias.
	cls [][nLabels]int32
	// For the current sequence of n code points, b[j+1] is the record of the pair (j-1, j),
	// j from -1 to n+1, outside positions standing for boundary.
	b []pairRec
	c []uint16 // c[i] indexes cls for code point i
}

// memoTable maps non-zero keys below 2^43 to values in [-2^20, 2^20) by open addressing (Go maps
// cost several times as much per lookup here). A slot packs its key and value in 8 bytes, so
// a table of 64k pairs takes 1 MB rather than 2: on text not seen before most probes miss
// the nearer caches, and half the bytes halve those misses.
type memoTable struct {
	slots []uint64 // key<<memoValBits | value; 0: empty
	n     int
	shift uint
}

const memoValBits = 21 // values stay within ±memoCap, far inside 21 bits

// reset empties t.
func (t *memoTable) reset() {
	if t.slots == nil {
		t.slots = make([]uint64, 1024)
		t.shift = 64 - 10
	}
	clear(t.slots)
	t.n = 0
}

// home is the slot where key's probe starts.
func (t *memoTable) home(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> t.shift }

// prefetch hints key's home slot.
func (t *memoTable) prefetch(key uint64) {
	prefetch.Line(unsafe.Pointer(&t.slots[t.home(key)]), 8)
}

// find returns the index of the slot of key, empty when the table does not hold it yet.
func (t *memoTable) find(key uint64) uint64 {
	mask := uint64(len(t.slots) - 1)
	i := t.home(key)
	for {
		sl := t.slots[i]
		if sl>>memoValBits == key || sl == 0 {
			return i
		}
		i = (i + 1) & mask
	}
}

// lookup returns the value of key, and whether t holds it.
func (t *memoTable) lookup(key uint64) (int32, bool) {
	sl := t.slots[t.find(key)]
	return int32(int64(sl<<(64-memoValBits)) >> (64 - memoValBits)), sl != 0
}

// insert adds key (not in t) with value v, growing t to keep it at most three quarters full:
// a fuller table probes a little further, but more of it stays in the nearer caches.
func (t *memoTable) insert(key uint64, v int32) {
	if 4*(t.n+1) > 3*len(t.slots) {
		old := t.slots
		size := 2 * len(old)
		t.slots = make([]uint64, size)
		t.shift = uint(64 - bits.Len(uint(size-1)))
		for _, sl := range old {
			if sl != 0 {
				t.slots[t.find(sl>>memoValBits)] = sl
			}
		}
	}
	t.slots[t.find(key)] = key<<memoValBits | uint64(v)&(1<<memoValBits-1)
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
	if v, ok := mm.uni.lookup(key); ok {
		return v
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

// pairKey is the memo key of the pair (a, b).
func pairKey(a, b rune) uint64 {
	return (uint64(uint32(a))<<21 | uint64(uint32(b))) + 1 // code points stay below 2^21
}

// pairRec locates a pair's record: k >= 0 is mm.biW[k], k < 0 is mm.wide[-1-k].
type pairRec int32

// biRec returns the record of the pair (a, b): its four roles' sums of templates 6-9 and the
// unigram templates folded into them.
func (m *NERModel) biRec(mm *ngramMemo, a, b rune) pairRec {
	key := pairKey(a, b)
	if v, ok := mm.bi.lookup(key); ok {
		return pairRec(v)
	}
	ia, ib := m.uniRec(mm, a), m.uniRec(mm, b)
	ua, ub := &mm.uniW[ia], &mm.uniW[ib]
	var rec [4][nLabels]int32
	for t := range rec {
		m.addKey(&rec[t], tmpl(byte(6+t)).r(a).r(b).key())
	}
	addWeights(&rec[0], &ub[0]) // as (p1, c): template 1 on c
	addWeights(&rec[1], &ub[2]) // as (c, n1): template 3 on n1
	addWeights(&rec[2], &ua[3]) // as (p2, p1): templates 4 and 2
	addWeights(&rec[2], &ub[1])
	addWeights(&rec[3], &ub[4]) // as (n1, n2): template 5 on n2
	var narrow [4][nLabels]int16
	var lost int32 // non-zero when some sum does not fit 16 bits
	for t := range rec {
		for l, x := range rec[t] {
			narrow[t][l] = int16(x)
			lost |= x ^ int32(int16(x))
		}
	}
	var k pairRec
	if lost == 0 {
		k = pairRec(len(mm.biW))
		mm.biW = append(mm.biW, narrow)
	} else {
		k = pairRec(-1 - len(mm.wide))
		mm.wide = append(mm.wide, rec)
	}
	mm.bi.insert(key, int32(k))
	return k
}

// addRole adds the sums of record k in role r to em.
func (mm *ngramMemo) addRole(em *[nLabels]int32, k pairRec, r int) {
	if k >= 0 {
		addWeights(em, &mm.biW[k][r])
	} else {
		addSums(em, &mm.wide[-1-k][r])
	}
}

// prepareNgrams finds the memo records of every adjacent pair of s.
func (m *NERModel) prepareNgrams(s *nerSeq, mm *ngramMemo) {
	n := len(s.runes)
	if !mm.ready || len(mm.uniW)+2*(n+3) > memoCap || len(mm.biW)+len(mm.wide)+n+3 > memoCap {
		mm.ready = true
		mm.uni.reset()
		mm.bi.reset()
		mm.uniW, mm.biW, mm.wide = mm.uniW[:0], mm.biW[:0], mm.wide[:0]
	}
	if mm.cls == nil {
		m.fillClasses(mm)
	}
	mm.b = grow(mm.b, n+3)
	// Each pair's slot in the memo is prefetched two pairs ahead of its lookup.
	for j := -1; j < min(1, n+2); j++ {
		mm.bi.prefetch(pairKey(s.at(j-1), s.at(j)))
	}
	for j := -1; j < n+2; j++ {
		if j+2 < n+2 {
			mm.bi.prefetch(pairKey(s.at(j+1), s.at(j+2)))
		}
		mm.b[j+1] = m.biRec(mm, s.at(j-1), s.at(j))
	}
	mm.c = grow(mm.c, n)
	for i := range n {
		mm.c[i] = classTrigram(s.cls(i-1), s.class[i], s.cls(i+1))
	}
}

// prefetch hints the record of pair j of the current sequence (mm.b[j]).
func (mm *ngramMemo) prefetch(j int) {
	if k := mm.b[j]; k >= 0 {
		prefetch.Line(unsafe.Pointer(&mm.biW[k]), unsafe.Sizeof(mm.biW[k]))
	}
}

// addNgrams adds the weights of templates 0-9 and 11 at code point i of s to em, as charFeatures
// would give them; prepareNgrams must have run on s.
func (m *NERModel) addNgrams(em *[nLabels]int32, i int, mm *ngramMemo) {
	b := mm.b[i : i+4 : i+4]
	mm.addRole(em, b[1], 0) // (p1, c)
	mm.addRole(em, b[2], 1) // (c, n1)
	mm.addRole(em, b[0], 2) // (p2, p1)
	mm.addRole(em, b[3], 3) // (n1, n2)
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
// their template 11 weights takes a lookup in the model off every code point. The bias
// (template 0), which every code point has, is added in.
func (m *NERModel) fillClasses(mm *ngramMemo) {
	mm.cls = make([][nLabels]int32, nClasses*nClasses*nClasses)
	for _, p1 := range []byte(classes) {
		for _, c := range []byte(classes) {
			for _, n1 := range []byte(classes) {
				m.addKey(&mm.cls[classTrigram(p1, c, n1)], tmpl(0).key())
				m.addKey(&mm.cls[classTrigram(p1, c, n1)], classKey(p1, c, n1))
			}
		}
	}
}
