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
)

// Labels are BIO tags over KLUE's six types, one per code point, as KLUE-NER writes them.
const nLabels = 13

// nerTypes are KLUE's entity types in label order: label 1+2k is B-type k, 2+2k is I-type k.
var nerTypes = [...]string{"PS", "LC", "OG", "DT", "TI", "QT"}

// allowedAfter reports whether label cur may follow label prev (prev -1: the start): an I-X
// only continues a B-X or an I-X.
func allowedAfter(prev, cur int) bool {
	if cur == 0 || (cur-1)%2 == 0 {
		return true
	}
	return prev > 0 && (prev-1)/2 == (cur-1)/2
}

// NERModel is a trained tagger: hashed feature keys with one weight per label, and label
// transition weights. It is read-only once built, so safe for concurrent use.
type NERModel struct {
	trans [nLabels + 1][nLabels]int32 // [prev][cur]; prev nLabels is the start
	keys  []uint32                    // sorted feature keys
	rows  []int16                     // nLabels weights per key
	slots []slot                      // open addressing over keys, for lookup
	mask  uint32
	// features counts the keys of a model used from a cached table (ner_cache.go), which
	// keeps the lookup table only; such a model cannot be written again.
	features int
}

// slot holds one key and its weights in 32 bytes, so a lookup touches one cache line.
type slot struct {
	key uint32 // 0: empty
	w   [nLabels]int16
}

// NumFeatures is the number of feature keys the model keeps weights for.
func (m *NERModel) NumFeatures() int { return max(len(m.keys), m.features) }

// index builds the open-addressing lookup table over m.keys.
func (m *NERModel) index() {
	size := 1 << bits.Len(uint(len(m.keys)*4/3)) // load factor 0.375-0.75
	if size < 16 {
		size = 16
	}
	m.slots = make([]slot, size)
	m.mask = uint32(size - 1)
	for r, k := range m.keys {
		i := k & m.mask
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i].key = k
		copy(m.slots[i].w[:], m.rows[r*nLabels:(r+1)*nLabels])
	}
}

// row returns the weights of feature key k, or nil when the model has none.
func (m *NERModel) row(k uint32) *[nLabels]int16 {
	i := k & m.mask
	for {
		sl := &m.slots[i]
		if sl.key == k {
			return &sl.w
		}
		if sl.key == 0 {
			return nil
		}
		i = (i + 1) & m.mask
	}
}

// tagger holds the buffers of one tagging call.
type tagger struct {
	seq    nerSeq
	memo   ngramMemo
	feats  []uint32
	score  []int32 // n * nLabels
	back   []int8  // n * nLabels
	shared []int32 // summed weights of the keys each morpheme and eojeol share
}

// addKeys adds the weights of keys to em.
func (m *NERModel) addKeys(em []int32, keys []uint32) {
	em = em[:nLabels:nLabels]
	for _, k := range keys {
		if w := m.row(k); w != nil {
			for l, x := range w {
				em[l] += int32(x)
			}
		}
	}
}

// decode labels each code point of s with Viterbi over allowed BIO transitions.
func (m *NERModel) decode(s *nerSeq, tg *tagger) []int8 {
	n := len(s.runes)
	if n == 0 {
		return nil
	}
	score, back := m.emissions(s, tg), tg.back[:n*nLabels]
	viterbi(score, back, n, &m.trans)
	return backtrack(score, back, n)
}

// emissions fills tg.score with every code point's label scores: the weights of all its
// features (see nerSeq.features), summed once per morpheme and eojeol where they are shared.
func (m *NERModel) emissions(s *nerSeq, tg *tagger) []int32 {
	n := len(s.runes)
	if cap(tg.score) < n*nLabels {
		tg.score = make([]int32, n*nLabels)
		tg.back = make([]int8, n*nLabels)
	}
	score := tg.score[:n*nLabels]
	nt, ne := len(s.toks), len(s.eojs)
	if cap(tg.shared) < (nt+ne)*nLabels {
		tg.shared = make([]int32, (nt+ne)*nLabels)
	}
	shared := tg.shared[:(nt+ne)*nLabels]
	clear(shared)
	for k := range nt {
		m.addKeys(shared[k*nLabels:], s.tf[k].shared())
	}
	for e := range ne {
		m.addKeys(shared[(nt+e)*nLabels:], s.ef[e].konst[:])
	}
	m.prepareNgrams(s, &tg.memo)
	for i := 0; i < n; i++ {
		em := score[i*nLabels : (i+1)*nLabels : (i+1)*nLabels]
		clear(em)
		tg.feats = s.restFeatures(i, tg.feats[:0])
		m.addKeys(em, tg.feats)
		m.addNgrams((*[nLabels]int32)(em), i, &tg.memo)
		if k := s.tok[i]; k >= 0 {
			for l, x := range shared[int(k)*nLabels : int(k+1)*nLabels] {
				em[l] += x
			}
		}
		if e := s.eoj[i]; e >= 0 {
			for l, x := range shared[(nt+int(e))*nLabels : (nt+int(e)+1)*nLabels] {
				em[l] += x
			}
		}
	}
	return score
}

const negInf = math.MinInt32 / 4

// allowedPrev lists, for each label, the labels that may precede it.
var allowedPrev = func() (a [nLabels][]int8) {
	for c := range nLabels {
		for p := range nLabels {
			if allowedAfter(p, c) {
				a[c] = append(a[c], int8(p))
			}
		}
	}
	return a
}()

// viterbi turns emission scores (n*nLabels, in place) into best-path scores, filling back
// pointers. trans[prev][cur] are transition weights, prev nLabels being the start.
func viterbi(score []int32, back []int8, n int, trans *[nLabels + 1][nLabels]int32) {
	for c := range nLabels {
		if allowedAfter(-1, c) {
			score[c] += trans[nLabels][c]
		} else {
			score[c] = negInf
		}
		back[c] = -1
	}
	for i := 1; i < n; i++ {
		prev := score[(i-1)*nLabels : i*nLabels : i*nLabels]
		cur := score[i*nLabels : (i+1)*nLabels : (i+1)*nLabels]
		for c := range nLabels {
			best, arg := int32(negInf), int8(0)
			for _, p := range allowedPrev[c] {
				if prev[p] == negInf {
					continue
				}
				if v := prev[p] + trans[p][c]; v > best {
					best, arg = v, p
				}
			}
			if best == negInf {
				cur[c] = negInf
			} else {
				cur[c] += best
			}
			back[i*nLabels+c] = arg
		}
	}
}

// backtrack reads the best label sequence out of viterbi's tables.
func backtrack(score []int32, back []int8, n int) []int8 {
	out := make([]int8, n)
	last := score[(n-1)*nLabels : n*nLabels]
	best := 0
	for c := 1; c < nLabels; c++ {
		if last[c] > last[best] {
			best = c
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = int8(best)
		if i > 0 {
			best = int(back[i*nLabels+best])
		}
	}
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
