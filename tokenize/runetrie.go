package tokenize

import (
	"cmp"
	"fmt"
	"slices"
	"unicode/utf8"
)

// The rune trie.
//
// kagome-dict's double array spells the entries' surfaces in UTF-8 bytes: a Hangul syllable
// costs three dependent transitions, then a probe of a terminator cell some 240 cells away and
// a read of the homograph count, each a likely cache miss in tables of tens of megabytes. When
// it compiles the dictionary, gisa lays the same trie out again as a double array over
// characters, for lookups:
//
//   - one transition per character; a character's code is its rank among the characters of
//     the surfaces (the commonest first; code 0: in no surface);
//   - a cell is 8 bytes and carries its state's base, the code that leads to it (bases are
//     unique, so the code identifies the parent) and its entries (first id and homograph
//     count): the one read per character also says which entries end there;
//   - states are placed breadth first, so the shallow states that every lookup reads lie
//     together at the start of the table instead of spread over all of it.
//
// It holds exactly the surfaces of the byte array with the same entries
// (TestRuneTrieMatchesByteTrie), so lookups find the same entries in the same order.

// runeCell is one cell of the rune trie, packed in 64 bits: base (22 bits), label (14 bits)
// and entry (28 bits). The child of state p by code c is cell q = base(p)+c when
// label(q) == c: every state with children has its own base >= 1, so only a child of p can
// sit at base(p)+c with label c; a state without children has base 0, which leads nowhere
// (a state at cell q has label q - its parent's base < q). entry is 0, or
// (first entry id + 1) << 8 | the number of entries after it with the same surface, for the
// entries whose surface ends at this state. Free cells are 0.
type runeCell uint64

const (
	cellBaseBits  = 22
	cellLabelBits = 14
	cellEntryBits = 64 - cellBaseBits - cellLabelBits
)

func makeCell(base int, label uint16, entry uint32) runeCell {
	return runeCell(uint64(base) | uint64(label)<<cellBaseBits | uint64(entry)<<(cellBaseBits+cellLabelBits))
}

// base is where the state's children are: child by code c at base+c.
func (c runeCell) base() int { return int(c & (1<<cellBaseBits - 1)) }

// label is the code that leads to the state.
func (c runeCell) label() uint16 { return uint16(c >> cellBaseBits & (1<<cellLabelBits - 1)) }

// entries returns the first entry id and homograph count of the surface ending at the state,
// ok false when none does.
func (c runeCell) entries() (id, dup int32, ok bool) {
	e := uint32(c >> (cellBaseBits + cellLabelBits))
	return int32(e>>8) - 1, int32(e & 0xff), e != 0
}

// runeCodes maps the code points of the Basic Multilingual Plane to their codes in the rune
// trie; 0 means no surface contains the code point.
type runeCodes []uint16

// maxRuneTrieEntries bounds the entry ids a runeCell can hold.
const maxRuneTrieEntries = 1<<(cellEntryBits-8) - 1

// trieKey is one surface as codes, with its packed entries.
type trieKey struct {
	codes []uint16
	entry uint32
}

// buildRuneTrie builds the rune trie of the surfaces of the byte double array da, whose
// homograph counts are dup. It returns nil tables when some surface holds a character outside
// the Basic Multilingual Plane or the entries do not fit a runeCell; lookups then walk bytes.
func buildRuneTrie(da []daNode, dup []uint8) ([]runeCell, runeCodes, error) {
	if len(dup) > maxRuneTrieEntries {
		return nil, nil, nil
	}
	keys, err := byteSurfaces(da, len(dup))
	if err != nil {
		return nil, nil, err
	}
	// Codes by frequency among the surfaces' characters.
	count := map[rune]int{}
	for _, k := range keys {
		if !utf8.ValidString(k.s) {
			return nil, nil, fmt.Errorf("surface %q is not UTF-8", k.s)
		}
		for _, r := range k.s {
			if r >= 1<<16 || r == 0 {
				return nil, nil, nil
			}
			count[r]++
		}
	}
	if len(count) >= 1<<cellLabelBits {
		return nil, nil, nil
	}
	runes := make([]rune, 0, len(count))
	for r := range count {
		runes = append(runes, r)
	}
	slices.SortFunc(runes, func(a, b rune) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	codes := make(runeCodes, 1<<16)
	for i, r := range runes {
		codes[r] = uint16(i + 1)
	}
	tk := make([]trieKey, len(keys))
	for i, k := range keys {
		c := make([]uint16, 0, len(k.s)/2)
		for _, r := range k.s {
			c = append(c, codes[r])
		}
		tk[i] = trieKey{c, uint32(k.id+1)<<8 | uint32(dup[k.id])}
	}
	slices.SortFunc(tk, func(a, b trieKey) int { return slices.Compare(a.codes, b.codes) })
	cells := placeTrie(tk)
	if cells == nil {
		return nil, nil, nil
	}
	return cells, codes, nil
}

// byteSurface is a surface of the byte double array and the first entry with it.
type byteSurface struct {
	s  string
	id int32
}

// byteSurfaces lists the surfaces of the byte double array da, depth first; entry ids must
// be below n.
func byteSurfaces(da []daNode, n int) ([]byteSurface, error) {
	var keys []byteSurface
	type state struct {
		p   int32
		key []byte
	}
	stack := []state{{0, nil}}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if id, ok := daEntry(da, int(s.p)); ok && s.p != 0 {
			if id < 0 || int(id) >= n {
				return nil, fmt.Errorf("surface %q: entry %d out of range", s.key, id)
			}
			keys = append(keys, byteSurface{string(s.key), id})
		}
		for c := 1; c < 256; c++ {
			if q, ok := daChild(da, int(s.p), byte(c)); ok {
				stack = append(stack, state{int32(q), append(s.key[:len(s.key):len(s.key)], byte(c))})
			}
		}
	}
	return keys, nil
}

// placeTrie lays out the trie of the sorted keys breadth first, each state's children at the
// lowest unused base where all their cells are free; nil when the table outgrows a cell's
// base.
func placeTrie(keys []trieKey) []runeCell {
	type cell struct {
		base  int
		label uint16
		entry uint32
	}
	cells := []cell{{}}
	// next[i] leads towards the first free cell at or after i (i itself when free): a
	// union-find over the used cells, so that first fit skips them in near constant time.
	next := []int32{1}
	var baseUsed []bool
	grow := func(n int) {
		for len(cells) < n {
			next = append(next, int32(len(cells)))
			cells = append(cells, cell{})
		}
	}
	free := func(i int) int {
		r := i
		for r < len(next) && int(next[r]) != r {
			r = int(next[r])
		}
		for i < len(next) && int(next[i]) != i {
			i, next[i] = int(next[i]), int32(r)
		}
		return r
	}
	isFree := func(i int) bool { return i >= len(next) || int(next[i]) == i }
	// Free cells far behind the front rarely fit a state with several children; after a
	// state has tried this many, such states start their search further on.
	const maxTries = 256
	searchFrom := 1
	// A trie state is the keys[lo:hi] sharing their first depth codes, at cell p.
	type item struct {
		p, depth, lo, hi int
	}
	queue := []item{{0, 0, 0, len(keys)}}
	var labels, bounds []int
	for qi := 0; qi < len(queue); qi++ {
		it := queue[qi]
		lo := it.lo
		if len(keys[lo].codes) == it.depth { // sorted: the surface ending here comes first
			cells[it.p].entry = keys[lo].entry
			lo++
		}
		labels, bounds = labels[:0], bounds[:0]
		for i := lo; i < it.hi; {
			c := keys[i].codes[it.depth]
			j := i + 1
			for j < it.hi && keys[j].codes[it.depth] == c {
				j++
			}
			labels = append(labels, int(c))
			bounds = append(bounds, i, j)
			i = j
		}
		if len(labels) == 0 {
			continue // a leaf: base 0
		}
		from := labels[0] + 1 // base >= 1
		if len(labels) > 1 {
			from = max(from, searchFrom) // a single child fits any free cell
		}
		base, tries := 0, 0
	search:
		for {
			q := free(from)
			base = q - labels[0]
			from = q + 1
			if base < len(baseUsed) && baseUsed[base] {
				continue
			}
			for _, l := range labels[1:] {
				if !isFree(base + l) {
					if tries++; tries > maxTries {
						searchFrom = q
					}
					continue search
				}
			}
			break
		}
		grow(base + labels[len(labels)-1] + 1)
		for len(baseUsed) <= base {
			baseUsed = append(baseUsed, false)
		}
		baseUsed[base] = true
		cells[it.p].base = base
		for k, l := range labels {
			q := base + l
			next[q] = int32(q + 1)
			cells[q].label = uint16(l)
			queue = append(queue, item{q, it.depth + 1, bounds[2*k], bounds[2*k+1]})
		}
	}
	if len(cells) >= 1<<cellBaseBits {
		return nil
	}
	packed := make([]runeCell, len(cells))
	for i, c := range cells {
		packed[i] = makeCell(c.base, c.label, c.entry)
	}
	return packed
}
