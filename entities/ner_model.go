package entities

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"unsafe"

	"github.com/gisa-nlp/gisa/internal/prefetch"
	"github.com/gisa-nlp/gisa/tokenize"
)

// Labels are BIO tags over KLUE's six types, one per code point, as KLUE-NER writes them.
const nLabels = 13

// nerTypes are KLUE's entity types in label order: label 1+2k is B-type k, 2+2k is I-type k.
var nerTypes = [...]string{"PS", "LC", "OG", "DT", "TI", "QT"}

// NERModel is a trained tagger: hashed feature keys with one weight per label, and label
// transition weights. It is read-only once built, so safe for concurrent use.
type NERModel struct {
	trans [nLabels + 1][nLabels]int32 // [prev][cur]; prev nLabels is the start
	keys  []uint32                    // sorted feature keys
	rows  []int16                     // nLabels weights per key
	table []bucket                    // open addressing over keys, for lookup
	mask  uint32                      // len(table)-1
	// filter is a Bloom filter over the keys (see filterWord); fshift maps a hash to a word.
	filter []uint64
	fshift uint
	// features counts the keys of a model used from a cached table (ner_cache.go), which
	// keeps the lookup table only; such a model cannot be written again.
	features int
}

// bucket holds two keys and their weights in one 64-byte cache line (the table starts on a
// line), so a lookup reads one line unless its key's home bucket overflowed. With single
// 32-byte slots, linear probing at this load read 1.9 slots a present key, often over two
// lines.
type bucket struct {
	key [2]uint32 // 0: empty
	w   [2][nLabels]int16
	// more is non-zero when a key whose home is this bucket or one before it was placed past
	// it: a lookup that finds neither key here goes on only then, so most absent keys that
	// pass the filter cost one line too.
	more uint32
}

// NumFeatures is the number of feature keys the model keeps weights for.
func (m *NERModel) NumFeatures() int { return max(len(m.keys), m.features) }

// index builds the open-addressing lookup table over m.keys.
func (m *NERModel) index() {
	size := (1 << bits.Len(uint(len(m.keys)*4/3))) / 2 // buckets; load factor 0.375-0.75
	if size < 8 {
		size = 8
	}
	m.table = make([]bucket, size)
	m.mask = uint32(size - 1)
	for r, k := range m.keys {
		i := k & m.mask
		for m.table[i].key[1] != 0 {
			m.table[i].more = 1
			i = (i + 1) & m.mask
		}
		b := &m.table[i]
		j := 0
		if b.key[0] != 0 {
			j = 1
		}
		b.key[j] = k
		copy(b.w[j][:], m.rows[r*nLabels:(r+1)*nLabels])
	}
	m.buildFilter()
}

// Absent keys are a fifth of a code point's lookups and half of them were not looked up
// before, so each would cost a miss in the 16 MB table, often two (absent keys probe further
// than present ones). A Bloom filter of about 8 bits per key, 256 KB for the embedded model,
// stays in the CPU's nearer caches and turns 97 % of them away. Each key sets 4 bits of one
// 64-bit word.
const filterBitsPerKey = 8

// filterMult is the filter's multiplicative hash.
const filterMult = 0x9E3779B97F4A7C15

// filterWord returns the filter word of key k and the bits k sets in it; shift is 64 minus
// the log2 of the filter's word count.
func filterWord(k uint32, shift uint) (int, uint64) {
	h := uint64(k) * filterMult
	bits := uint64(1)<<(h&63) | uint64(1)<<(h>>6&63) | uint64(1)<<(h>>12&63) | uint64(1)<<(h>>18&63)
	return int(h >> shift), bits
}

// buildFilter fills m.filter from the keys in m.table.
func (m *NERModel) buildFilter() {
	n := 0
	for i := range m.table {
		for _, k := range m.table[i].key {
			if k != 0 {
				n++
			}
		}
	}
	words := 1 << bits.Len(uint(max(n*filterBitsPerKey/64, 1)-1))
	m.filter = make([]uint64, words)
	m.fshift = uint(64 - bits.Len(uint(words-1)))
	for i := range m.table {
		for _, k := range m.table[i].key {
			if k != 0 {
				w, b := filterWord(k, m.fshift)
				m.filter[w] |= b
			}
		}
	}
}

// row returns the weights of feature key k, or nil when the model has none.
func (m *NERModel) row(k uint32) *[nLabels]int16 {
	if w, b := filterWord(k, m.fshift); m.filter[w]&b != b {
		return nil // surely absent
	}
	i := k & m.mask
	for {
		// Which slot to compare is chosen without a branch (a conditional move): branches on
		// each of the bucket's keys were mispredicted for two bucket reads in three, each time
		// once the line had arrived, throwing away the lookups begun after it.
		b := &m.table[i]
		j := 0
		if b.key[1] == k {
			j = 1
		}
		if b.key[j] == k {
			return &b.w[j]
		}
		if b.more == 0 {
			return nil
		}
		i = (i + 1) & m.mask
	}
}

// prefetch asks for the home buckets of keys ahead of their lookups.
func (m *NERModel) prefetch(keys []uint32) {
	prefetch.Hashed(unsafe.Pointer(&m.table[0]), 6, m.mask, keys)
	prefetch.Multiplied(unsafe.Pointer(&m.filter[0]), filterMult, m.fshift, keys)
}

// tagger holds the buffers of one tagging call.
type tagger struct {
	seq    nerSeq
	memo   ngramMemo
	feats  []uint32
	feats2 []uint32 // the next code point's keys (emissions)
	score  []int32  // n * nLabels
	labels []int8   // decode's result, valid until the next call
	chunks []tokenize.Span
	shared []int32      // summed weights of the keys each morpheme and eojeol share
	tr     *transitions // of the model last decoded with
}

// addKeys adds the weights of keys to em.
func (m *NERModel) addKeys(em *[nLabels]int32, keys []uint32) {
	for _, k := range keys {
		if w := m.row(k); w != nil {
			addWeights(em, w)
		}
	}
}

// addKey adds the weights of key k to em, when the model has any.
func (m *NERModel) addKey(em *[nLabels]int32, k uint32) {
	if w := m.row(k); w != nil {
		addWeights(em, w)
	}
}

// addWeights adds w to em. It is spelled out label by label: a loop costs several times as
// many instructions, and this is the tagger's innermost step.
func addWeights(em *[nLabels]int32, w *[nLabels]int16) {
	em[0] += int32(w[0])
	em[1] += int32(w[1])
	em[2] += int32(w[2])
	em[3] += int32(w[3])
	em[4] += int32(w[4])
	em[5] += int32(w[5])
	em[6] += int32(w[6])
	em[7] += int32(w[7])
	em[8] += int32(w[8])
	em[9] += int32(w[9])
	em[10] += int32(w[10])
	em[11] += int32(w[11])
	em[12] += int32(w[12])
}

// addSums adds x to em, label by label as addWeights.
func addSums(em, x *[nLabels]int32) {
	em[0] += x[0]
	em[1] += x[1]
	em[2] += x[2]
	em[3] += x[3]
	em[4] += x[4]
	em[5] += x[5]
	em[6] += x[6]
	em[7] += x[7]
	em[8] += x[8]
	em[9] += x[9]
	em[10] += x[10]
	em[11] += x[11]
	em[12] += x[12]
}

// decode labels each code point of s with Viterbi over allowed BIO transitions. The labels
// are tg's buffer, valid until its next decode.
func (m *NERModel) decode(s *nerSeq, tg *tagger) []int8 {
	n := len(s.runes)
	if n == 0 {
		return nil
	}
	score := m.emissions(s, tg)
	if tg.tr == nil || tg.tr.trans != &m.trans {
		tg.tr = newTransitions(&m.trans)
	}
	viterbi(score, n, tg.tr)
	tg.labels = backtrack(score, n, tg.tr, tg.labels)
	return tg.labels
}

// emissions fills tg.score with every code point's label scores: the weights of all its
// features (see nerSeq.features), summed once per morpheme and eojeol where they are shared.
func (m *NERModel) emissions(s *nerSeq, tg *tagger) []int32 {
	n := len(s.runes)
	if cap(tg.score) < n*nLabels {
		tg.score = make([]int32, n*nLabels)
	}
	score := tg.score[:n*nLabels]
	if n == 0 {
		return score
	}
	nt, ne := len(s.toks), len(s.eojs)
	if cap(tg.shared) < (nt+ne)*nLabels {
		tg.shared = make([]int32, (nt+ne)*nLabels)
	}
	shared := tg.shared[:(nt+ne)*nLabels]
	clear(shared)
	// The keys shared by a morpheme or an eojeol are mostly of surfaces, so their buckets are
	// scattered over the table: they are all prefetched first, to arrive while prepareNgrams
	// works, and added after it.
	for k := range nt {
		m.prefetch(s.tf[k].shared())
	}
	for e := range ne {
		m.prefetch(s.ef[e].konst[:])
	}
	m.prepareNgrams(s, &tg.memo)
	for k := range nt {
		m.addKeys((*[nLabels]int32)(shared[k*nLabels:]), s.tf[k].shared())
	}
	for e := range ne {
		m.addKeys((*[nLabels]int32)(shared[(nt+e)*nLabels:]), s.ef[e].konst[:])
	}
	// Each code point's keys are computed one code point ahead and their buckets prefetched,
	// so that the table's cache misses overlap the work on the code point before.
	cur := s.restFeatures(0, tg.feats[:0])
	m.prefetch(cur)
	next := tg.feats2[:0]
	for i := 0; i < n; i++ {
		// Start from what the code point's morpheme and eojeol share.
		em := (*[nLabels]int32)(score[i*nLabels : (i+1)*nLabels])
		if k := s.tok[i]; k >= 0 {
			*em = *(*[nLabels]int32)(shared[int(k)*nLabels:])
		} else {
			*em = [nLabels]int32{}
		}
		if e := s.eoj[i]; e >= 0 {
			addSums(em, (*[nLabels]int32)(shared[(nt+int(e))*nLabels:]))
		}
		if i+1 < n {
			next = s.restFeatures(i+1, next[:0])
			m.prefetch(next)
			tg.memo.prefetch(i + 4) // the one pair of code point i+1 that i has not read
		}
		m.addKeys(em, cur)
		m.addNgrams(em, i, &tg.memo)
		cur, next = next, cur
	}
	tg.feats, tg.feats2 = cur, next
	return score
}

const negInf = math.MinInt32 / 4

// The BIO constraint has a fixed shape, which viterbi and backtrack spell out rather than
// test per pair: O and every B-X may follow any label, I-X only B-X or I-X. At the first code
// point an I-X is impossible (negInf); from the second on every label has a finite score, since
// O and B-X always have one to follow. (TestViterbiMatchesReference checks them against the
// plain algorithm.)

// transposed returns trans[p][c] as t[c][p], so the candidates of a label lie together.
func transposed(trans *[nLabels + 1][nLabels]int32) (t [nLabels][nLabels]int32) {
	for p := range nLabels {
		for c := range nLabels {
			t[c][p] = trans[p][c]
		}
	}
	return t
}

// transitions are transition weights (trans[prev][cur], prev nLabels being the start) with
// what viterbi and backtrack read of them: the weights into each label together (tt, see
// transposed) and the best weight into each (top, see tops). A tagger derives them once for
// its model rather than twice a sentence.
type transitions struct {
	trans *[nLabels + 1][nLabels]int32
	tt    [nLabels][nLabels]int32
	top   [nLabels]int32
}

// newTransitions derives the transitions of trans.
func newTransitions(trans *[nLabels + 1][nLabels]int32) *transitions {
	tr := &transitions{trans: trans, tt: transposed(trans)}
	tr.top = tops(&tr.tt)
	return tr
}

// isInside reports whether label c is an I-X.
func isInside(c int) bool { return c > 0 && c%2 == 0 }

// viterbi turns emission scores (n*nLabels, in place) into best-path scores under the
// transitions tr. Only the best scores are kept here; backtrack finds again which predecessor
// gave each.
func viterbi(score []int32, n int, tr *transitions) {
	trans, tt := tr.trans, &tr.tt
	first := (*[nLabels]int32)(score[:nLabels])
	for c := range nLabels {
		if isInside(c) {
			first[c] = negInf
		} else {
			first[c] += trans[nLabels][c]
		}
	}
	if n < 2 {
		return
	}
	// The second code point: only O and B-X can precede it.
	cur := (*[nLabels]int32)(score[nLabels : 2*nLabels])
	for c := range nLabels {
		if isInside(c) {
			cur[c] += first[c-1] + tt[c][c-1]
		} else {
			cur[c] += maxOutside(first, &tt[c])
		}
	}
	top := &tr.top
	for i := 2; i < n; i++ {
		prev := (*[nLabels]int32)(score[(i-1)*nLabels : i*nLabels])
		cur := (*[nLabels]int32)(score[i*nLabels : (i+1)*nLabels])
		rest := maxButO(prev)
		// O and B-X after anything, I-X after B-X or I-X, spelled out for the 13 labels.
		cur[0] += bestFrom(prev, &tt[0], rest, top[0])
		cur[1] += bestFrom(prev, &tt[1], rest, top[1])
		cur[2] += max(prev[1]+tt[2][1], prev[2]+tt[2][2])
		cur[3] += bestFrom(prev, &tt[3], rest, top[3])
		cur[4] += max(prev[3]+tt[4][3], prev[4]+tt[4][4])
		cur[5] += bestFrom(prev, &tt[5], rest, top[5])
		cur[6] += max(prev[5]+tt[6][5], prev[6]+tt[6][6])
		cur[7] += bestFrom(prev, &tt[7], rest, top[7])
		cur[8] += max(prev[7]+tt[8][7], prev[8]+tt[8][8])
		cur[9] += bestFrom(prev, &tt[9], rest, top[9])
		cur[10] += max(prev[9]+tt[10][9], prev[10]+tt[10][10])
		cur[11] += bestFrom(prev, &tt[11], rest, top[11])
		cur[12] += max(prev[11]+tt[12][11], prev[12]+tt[12][12])
	}
}

// tops returns the best transition into each label, for bestFrom and backtrack.
func tops(tt *[nLabels][nLabels]int32) (top [nLabels]int32) {
	for c := range nLabels {
		top[c] = slices.Max(tt[c][:])
	}
	return top
}

// bestFrom returns maxAll(prev, t), given rest, the best of prev but for O, and top, the best
// of t. Mostly O leads by more than any transition can make up: no other p can then have
// prev[p]+t[p] > rest+top, and when that is no more than O's path, O's path is the best,
// found without looking at the others.
func bestFrom(prev, t *[nLabels]int32, rest, top int32) int32 {
	if v := prev[0] + t[0]; int64(rest)+int64(top) <= int64(v) {
		return v
	}
	return maxAll(prev, t)
}

// maxButO returns the best of prev but for O.
func maxButO(prev *[nLabels]int32) int32 {
	return max(prev[1], prev[2], prev[3], prev[4], prev[5], prev[6], prev[7], prev[8], prev[9],
		prev[10], prev[11], prev[12])
}

// maxAll returns the best of prev[p] + t[p] over all labels p.
func maxAll(prev, t *[nLabels]int32) int32 {
	return max(prev[0]+t[0], prev[1]+t[1], prev[2]+t[2], prev[3]+t[3], prev[4]+t[4],
		prev[5]+t[5], prev[6]+t[6], prev[7]+t[7], prev[8]+t[8], prev[9]+t[9],
		prev[10]+t[10], prev[11]+t[11], prev[12]+t[12])
}

// maxOutside returns the best of prev[p] + t[p] over O and the B-X labels.
func maxOutside(prev, t *[nLabels]int32) int32 {
	return max(prev[0]+t[0], prev[1]+t[1], prev[3]+t[3], prev[5]+t[5], prev[7]+t[7],
		prev[9]+t[9], prev[11]+t[11])
}

// backtrack reads the best label sequence out of viterbi's scores: at each code point, from
// the last, the first label in order with the best score (the first predecessor that gives
// the best path, as a forward pass keeping a candidate only when strictly better would).
func backtrack(score []int32, n int, tr *transitions, buf []int8) []int8 {
	tt, top := &tr.tt, &tr.top
	out := grow(buf, n)
	last := score[(n-1)*nLabels : n*nLabels]
	best := 0
	for c := 1; c < nLabels; c++ {
		if last[c] > last[best] {
			best = c
		}
	}
	for i := n - 1; i > 0; i-- {
		out[i] = int8(best)
		prev := (*[nLabels]int32)(score[(i-1)*nLabels : i*nLabels])
		t := &tt[best]
		c := best
		if isInside(c) {
			if i >= 2 && prev[c]+t[c] > prev[c-1]+t[c-1] {
				best = c
			} else {
				best = c - 1
			}
			continue
		}
		step := 1
		if i == 1 {
			step = 2 // only O and B-X at the first code point
		}
		bv := prev[0] + t[0]
		best = 0
		if int64(maxButO(prev))+int64(top[c]) <= int64(bv) {
			continue // O leads, as in bestFrom, and comes first of equals
		}
		for p := 1; p < nLabels; p += step {
			if v := prev[p] + t[p]; v > bv {
				bv, best = v, p
			}
		}
	}
	out[0] = int8(best)
	return out
}

// labelSpans turns BIO labels into spans of code points with KLUE types.
func labelSpans(labels []int8) []NERSpan {
	var out []NERSpan
	for i := 0; i < len(labels); {
		l := int(labels[i])
		if l == 0 || (l-1)%2 != 0 {
			i++
			continue
		}
		t := (l - 1) / 2
		j := i + 1
		for j < len(labels) && int(labels[j]) == l+1 {
			j++
		}
		out = append(out, NERSpan{Start: i, End: j, Type: nerTypes[t]})
		i = j
	}
	return out
}

const modelMagic = "GISANER1"

// WriteTo writes the model in its compact, gzip-compressed binary form.
func (m *NERModel) WriteTo(w io.Writer) (int64, error) {
	if len(m.keys) == 0 && m.features > 0 {
		return 0, errors.New("ner model: a model used from its cached table cannot be written")
	}
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.DefaultCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	put := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	bw.WriteString(modelMagic)
	put(nLabels)
	for p := range nLabels + 1 {
		for c := range nLabels {
			put(int64(m.trans[p][c]))
		}
	}
	put(int64(len(m.keys)))
	prev := uint32(0)
	for _, k := range m.keys {
		put(int64(k - prev))
		prev = k
	}
	for _, v := range m.rows {
		put(int64(v))
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadNERModel reads a model written by WriteTo.
func ReadNERModel(r io.Reader) (*NERModel, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	br := bufio.NewReader(zr)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("ner model: bad magic")
	}
	get := func() int64 {
		v, e := binary.ReadVarint(br)
		if e != nil && err == nil {
			err = e
		}
		return v
	}
	if get() != nLabels {
		return nil, errors.New("ner model: label count mismatch")
	}
	m := &NERModel{}
	for p := range nLabels + 1 {
		for c := range nLabels {
			m.trans[p][c] = int32(get())
		}
	}
	n := get()
	if err != nil || n < 0 || n > 1<<26 {
		return nil, fmt.Errorf("ner model: bad feature count %d (%v)", n, err)
	}
	// Grow as the data arrives, so a short file cannot make the reader allocate its claim.
	m.keys = make([]uint32, 0, min(n, 1<<16))
	prev := uint32(0)
	for i := int64(0); i < n && err == nil; i++ {
		prev += uint32(get())
		m.keys = append(m.keys, prev)
	}
	m.rows = make([]int16, 0, min(n*nLabels, 1<<20))
	for i := int64(0); i < n*nLabels && err == nil; i++ {
		m.rows = append(m.rows, int16(get()))
	}
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	if !slices.IsSorted(m.keys) || slices.Contains(m.keys, 0) {
		return nil, errors.New("ner model: keys not sorted")
	}
	m.index()
	return m, nil
}
