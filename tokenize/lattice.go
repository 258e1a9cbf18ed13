package tokenize

import (
	"math"
	"slices"
	"unicode/utf8"
	"unsafe"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
)

// maxGroupingSize is MeCab's max-grouping-size: an unknown-word group longer than this many
// characters after its first is not offered as one candidate.
const maxGroupingSize = 24

// Where a lattice node's morpheme comes from.
const (
	srcBOS uint8 = iota
	srcSystem
	srcUnknown
	srcUser
)

// node is one candidate morpheme in the lattice. Offsets are bytes into the line. A line has
// about ten nodes per character, written once and read back by the search, so the node is
// kept to half a cache line.
type node struct {
	// cost is the node's own word cost (with the space penalty when it applies) until the
	// search reaches it, then the cost of the best path from BOS through it.
	cost        int64
	start, end  int32
	prev        int32 // best left neighbour
	enext       int32 // next node ending at the same position
	ref         uint32
	left, right int16
}

// Node refs pack the entry id (an index into the entries of its source, below 1<<29, see
// checkContextIDs), whether whitespace precedes the node, and its source.
const (
	refSourceBits = 2
	refSpaced     = 1 << refSourceBits
	refIDShift    = refSourceBits + 1
	maxEntries    = 1 << (32 - refIDShift)
)

// makeRef packs a node's entry id, source and whether whitespace precedes it.
func makeRef(id int32, src uint8, spaced bool) uint32 {
	r := uint32(id)<<refIDShift | uint32(src)
	if spaced {
		r |= refSpaced
	}
	return r
}

// id is the node's entry id within its source.
func (n *node) id() int32 { return int32(n.ref >> refIDShift) }

// src is where the node's entry comes from (srcSystem, srcUnknown, srcUser, srcBOS).
func (n *node) src() uint8 { return uint8(n.ref & (1<<refSourceBits - 1)) }

// spaced reports whether whitespace precedes the node: it starts an eojeol.
func (n *node) spaced() bool { return n.ref&refSpaced != 0 }

// lattice is the reusable working memory of one Viterbi search.
type lattice struct {
	nodes   []node
	endHead []int32 // endHead[pos] = last node ending at byte pos, -1 if none
	path    []int32
	left    []leftNode
	// The tables of this search (see dictionary.tables).
	da     []daNode
	rda    []runeCell // the rune trie, nil when lookups walk da (runetrie.go)
	codes  runeCodes
	dup    []uint8
	morphs []morph
	// Candidates at one position often share a left context id; the best left neighbour
	// depends only on that id, so it is found once per id and position.
	best []bestIn // best[leftID], valid for this position when its gen is gen
	gen  uint32
	// Left nodes with the same right context id differ only in path cost, so only the
	// cheapest of them (the first, on a tie) can win; the others are dropped up front.
	rrep []rightRep // per right context id: its representative in left
	rgen uint32
	// The decoded output of recently used system entries, by id (see Tokenizer.setToken).
	entries [entryCacheSize]cachedEntry
	// featSlab hands out the Features that decoded entries point at, a block at a time.
	featSlab []Features
}

// newFeatures returns features c in the lattice's slab: one allocation per block rather than
// per decoded entry. A block stays alive as long as any token points into it.
func (lt *lattice) newFeatures(c []string) *Features {
	if len(lt.featSlab) == cap(lt.featSlab) {
		lt.featSlab = make([]Features, 0, featSlabSize)
	}
	lt.featSlab = append(lt.featSlab, makeFeatures(c))
	return &lt.featSlab[len(lt.featSlab)-1]
}

// featSlabSize is the number of Features in a block of a lattice's slab (about 14 KB).
const featSlabSize = 128

// entryCacheSize is the number of slots of the lattice's decoded-entry cache (a power of two).
// A slot is found by the entry's id alone, so entries a text uses often may share one and
// evict each other. A miss decodes the entry's features from the dictionary's records and
// allocates them anew; over the 697 articles of ../shared, 1,024 slots missed 30 % of the
// morphemes, 16,384 slots (1.2 MB a lattice) miss 11 %.
const entryCacheSize = 16384

// cachedEntry is a system entry's decoded tag, features, parts and lemma; id is the entry's
// id + 1, so that the zero value is empty.
type cachedEntry struct {
	id    int32
	pos   string
	feats *Features
	parts []Part
	lemma string
}

// rightRep is where the representative of a right context id stands in the left list, valid
// for the current position when gen is the lattice's rgen.
type rightRep struct {
	gen  uint32
	slot int32
}

// bestIn is the best way into a node with a given left context id at the current position.
type bestIn struct {
	gen  uint32
	idx  int32
	cost int64
}

// leftNode is a node ending at the current position, copied out of the linked list so the
// inner loop of the search reads one small contiguous slice.
type leftNode struct {
	cost  int64
	right int32
	idx   int32
}

// viterbi finds MeCab's best path through line and returns its nodes in order, BOS excluded.
// The search reproduces MeCab 0.996's candidate generation and tie-breaking: candidates are
// connected in the order MeCab links them, and a left neighbour replaces the best one only when
// it is strictly cheaper.
func (t *Tokenizer) viterbi(lt *lattice, line string) []int32 {
	n := len(line)
	lt.nodes = append(lt.nodes[:0], node{ref: makeRef(0, srcBOS, false), prev: -1, enext: -1})
	if cap(lt.endHead) < n+1 {
		lt.endHead = make([]int32, n+1)
	}
	lt.endHead = lt.endHead[:n+1]
	for i := range lt.endHead {
		lt.endHead[i] = -1
	}
	lt.endHead[0] = 0
	d := t.dict
	if len(lt.best) < d.meta.LeftSize {
		lt.best = make([]bestIn, d.meta.LeftSize)
		lt.gen = 0
	}
	tabs := d.tables()
	conn := tabs.conn
	lt.da, lt.dup, lt.morphs = tabs.da, tabs.dup, tabs.morphs
	lt.rda, lt.codes = tabs.rda, d.codes
	rows := d.meta.ConnRows
	if len(lt.rrep) < d.meta.ConnRows {
		lt.rrep = make([]rightRep, d.meta.ConnRows)
		lt.rgen = 0
	}
	for pos := 0; pos < n; pos++ {
		if lt.endHead[pos] < 0 {
			continue
		}
		first := int32(len(lt.nodes))
		t.lookup(lt, line, pos)
		left := lt.leftNodes(pos)
		lt.gen++
		if lt.gen == 0 { // wrapped: forget every stamp
			clear(lt.best)
			lt.gen = 1
		}
		// Locals, so the loop keeps them in registers instead of reloading them through lt.
		nodes, endHead, bests, gen := lt.nodes, lt.endHead, lt.best, lt.gen
		for k := int32(len(nodes)) - 1; k >= first; k-- {
			rn := &nodes[k]
			b := &bests[rn.left]
			if b.gen != gen {
				cost, idx := bestLeft(left, conn[int(rn.left)*rows:int(rn.left+1)*rows])
				*b = bestIn{gen, idx, cost}
			}
			rn.cost += b.cost
			rn.prev = b.idx
			rn.enext = endHead[rn.end]
			endHead[rn.end] = k
		}
	}
	// EOS joins the last position where something ends; trailing whitespace is not a token.
	lt.path = lt.path[:0]
	for pos := n; pos >= 0; pos-- {
		if lt.endHead[pos] < 0 {
			continue
		}
		best, bestL := int64(math.MaxInt64), int32(-1)
		for l := lt.endHead[pos]; l >= 0; l = lt.nodes[l].enext {
			ln := &lt.nodes[l]
			if c := ln.cost + int64(conn[ln.right]); c < best { // EOS has left id 0
				best, bestL = c, l
			}
		}
		for k := bestL; k > 0; k = lt.nodes[k].prev {
			lt.path = append(lt.path, k)
		}
		break
	}
	for i, j := 0, len(lt.path)-1; i < j; i, j = i+1, j-1 {
		lt.path[i], lt.path[j] = lt.path[j], lt.path[i]
	}
	return lt.path
}

// leftNodes lists the nodes ending at pos that can be anyone's best left neighbour, in
// MeCab's list order (the first strictly cheaper one wins a tie): for each right context id,
// the cheapest node with it, the first in list order among equals. Dropping the others never
// changes the winner: a dropped node costs at least as much through the same connection and
// comes later in the list when it costs the same. A representative displaced by a cheaper
// node later in the list is marked dead (never the best) rather than moved.
func (lt *lattice) leftNodes(pos int) []leftNode {
	lt.rgen++
	if lt.rgen == 0 {
		clear(lt.rrep)
		lt.rgen = 1
	}
	nodes, rrep, gen := lt.nodes, lt.rrep, lt.rgen
	left := lt.left[:0]
	dead := 0
	for l := lt.endHead[pos]; l >= 0; l = nodes[l].enext {
		ln := &nodes[l]
		rep := &rrep[ln.right]
		if rep.gen == gen {
			old := &left[rep.slot]
			if ln.cost >= old.cost {
				continue
			}
			old.idx = -1 // displaced
			dead++
		}
		*rep = rightRep{gen, int32(len(left))}
		left = append(left, leftNode{ln.cost, int32(ln.right), l})
	}
	if dead > 0 {
		live := left[:0]
		for _, l := range left {
			if l.idx >= 0 {
				live = append(live, l)
			}
		}
		left = live
	}
	lt.left = left
	return left
}

// bestLeft returns the cheapest way into a node whose connection costs from each right
// context id are row: the first strictly cheaper left node wins, as in MeCab. It is the
// innermost loop of the search, kept out of line so its values stay in registers.
//
//go:noinline
func bestLeft(left []leftNode, row []int16) (int64, int32) {
	best, bestL := int64(math.MaxInt64), int32(-1)
	if len(row) == 0 {
		return best, bestL
	}
	// Every right id is below the matrix's row count (checked when the dictionary loads), so
	// the row is indexed without a bounds check.
	base := unsafe.Pointer(&row[0])
	for _, l := range left {
		c := l.cost + int64(*(*int16)(unsafe.Add(base, uintptr(l.right)*2)))
		if c < best {
			best, bestL = c, l.idx
		}
	}
	return best, bestL
}

// wordCost is an entry's own cost at a node: its word cost, plus mecab-ko's penalty when
// whitespace precedes a morpheme of a class that should not start an eojeol.
func (t *Tokenizer) wordCost(m *morph, spaced bool) int32 {
	if spaced && t.spacePenalty {
		return int32(m.cost) + int32(m.penalty)
	}
	return int32(m.cost)
}

// addEntries adds the system entries id..id+dup, whose surface is line[begin:end].
//
// The nodes are made room for first and written field by field where they stand. Appending a
// node literal builds it on the stack with narrow stores and copies it with two wide loads,
// which cannot take their data from those stores in flight and wait for them to retire: that
// wait was most of addEntries' time, a twentieth of the tokenizer's.
func (t *Tokenizer) addEntries(lt *lattice, id, dup int32, begin, end int, spaced bool) {
	nodes := slices.Grow(lt.nodes, int(dup)+1)
	at := len(nodes)
	nodes = nodes[:at+int(dup)+1]
	lt.nodes = nodes
	for k := id; k <= id+dup; k++ {
		m := &lt.morphs[k]
		n := &nodes[at]
		at++
		n.cost = int64(t.wordCost(m, spaced))
		n.start, n.end = int32(begin), int32(end)
		n.prev, n.enext = 0, -1
		n.ref = makeRef(k, srcSystem, spaced)
		n.left, n.right = m.left, m.right
	}
}

// walkRunes adds the system entries whose surfaces start line[begin:], walking the rune trie
// character by character.
func (t *Tokenizer) walkRunes(lt *lattice, line string, begin int, spaced bool) {
	rda, codes := lt.rda, lt.codes
	cur := rda[0]
	for i := begin; i < len(line); {
		c := line[i]
		r, sz := rune(c), 1
		if c >= utf8.RuneSelf {
			if r3, ok := utf8fast.ThreeByte(line, i); ok {
				r, sz = r3, 3
			} else if r, sz = utf8.DecodeRuneInString(line[i:]); sz == 1 || r >= 1<<16 {
				return // not UTF-8 (whose U+FFFD stand-in must not match a surface), or in none
			}
		}
		code := codes[r]
		if code == 0 {
			return // NUL and characters that are in no surface
		}
		q := cur.base() + int(code)
		if q >= len(rda) || rda[q].label() != code {
			return
		}
		cur = rda[q]
		i += sz
		if id, dup, ok := cur.entries(); ok {
			t.addEntries(lt, id, dup, begin, i, spaced)
		}
	}
}

// walkBytes adds the system entries whose surfaces start line[begin:], walking kagome-dict's
// double array byte by byte (when the dictionary has no rune trie).
func (t *Tokenizer) walkBytes(lt *lattice, line string, begin int, spaced bool) {
	da := lt.da
	p := 0
	need := 0 // continuation bytes the character being walked still lacks
	for i := begin; i < len(line); i++ {
		c := line[i]
		if c == 0 {
			break
		}
		q, ok := daChild(da, p, c)
		if !ok {
			break
		}
		p = q
		switch {
		case c < 0x80:
			need = 0
		case c < 0xc0: // a continuation byte; a stray one (invalid input) completes nothing
			need = max(need-1, 0)
		default:
			need = utf8LeadLen(c) - 1
		}
		if need > 0 {
			// Inside a character: every surface is valid UTF-8, so no entry ends here
			// (TestEntriesEndOnCharacters), whatever the input.
			continue
		}
		if id, ok := daEntry(da, p); ok {
			t.addEntries(lt, id, int32(lt.dup[id]), begin, i+1, spaced)
		}
	}
}

// utf8LeadLen is the length of the UTF-8 sequence that lead byte c (0xc0 or above) announces.
func utf8LeadLen(c byte) int {
	switch {
	case c >= 0xf0:
		return 4
	case c >= 0xe0:
		return 3
	}
	return 2
}

// lookup adds the candidates that start at pos (after any whitespace) in MeCab's order:
// dictionary entries by increasing length, then unknown words per char.def.
func (t *Tokenizer) lookup(lt *lattice, line string, pos int) {
	d := t.dict
	begin := pos
	var r rune
	var size int
	for {
		if begin >= len(line) {
			return // only whitespace is left: it ends the line, it is never a token
		}
		r, size = decodeRune(line, begin)
		if d.class(r) != d.meta.Space {
			break
		}
		begin += size
	}
	cls := d.class(r)
	first := len(lt.nodes)
	spaced := begin > pos
	add := func(src uint8, id int32, m *morph, end int) {
		lt.nodes = append(lt.nodes, node{
			cost: int64(t.wordCost(m, spaced)), start: int32(begin), end: int32(end),
			ref: makeRef(id, src, spaced), left: m.left, right: m.right, enext: -1,
		})
	}

	if lt.rda != nil {
		t.walkRunes(lt, line, begin, spaced)
	} else {
		t.walkBytes(lt, line, begin, spaced)
	}
	if t.user != nil {
		t.user.index.CommonPrefixSearchCallback(line[begin:], func(id, l int) {
			add(srcUser, int32(id), &t.user.morphs[id], begin+l)
		})
	}
	class := &d.meta.Classes[cls]
	if len(lt.nodes) > first && !class.Invoke {
		return
	}

	addUnknown := func(end int) {
		for _, id := range class.Unk {
			add(srcUnknown, id, &d.meta.UnkMorphs[id], end)
		}
	}
	next := begin + size
	groupEnd := -1
	if class.Group {
		e, clen := next, 0
		for e < len(line) {
			r2, s2 := utf8.DecodeRuneInString(line[e:])
			if d.class(r2) != cls {
				break
			}
			e += s2
			clen++
		}
		if clen <= maxGroupingSize {
			addUnknown(e)
		}
		groupEnd = e
	}
	for i := 1; i <= class.Length; i++ {
		if next == groupEnd {
			continue
		}
		addUnknown(next)
		if next >= len(line) {
			break
		}
		r2, s2 := utf8.DecodeRuneInString(line[next:])
		if d.class(r2) != cls {
			break
		}
		next += s2
	}
	if len(lt.nodes) == first {
		addUnknown(begin + size)
	}
}
