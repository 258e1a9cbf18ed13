package tokenize

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// The connection matrix is the lattice's largest randomly read table: 2,693 left by 3,822 right
// context ids, 20 MB of int16. The ids that occur in running text are few, but mecab-ko-dic
// numbers them by tag and spelling, so their costs lie scattered over the whole matrix and
// nearly every lookup is a cache miss. gisa renumbers the context ids by how often the lattice
// uses them (as vibrato does for MeCab dictionaries): the common ones get the small numbers, so
// their costs share a few rows and cache lines. The renumbering changes no cost and no
// tie-break: every entry keeps its costs, node order is untouched, and id 0 (BOS/EOS) stays 0.
//
// dicdata/context-order.txt holds the order, most used first, counted over the lattices of the
// KLUE-NER dev sentences (not the articles the benchmarks run on):
//
//	go test ./tokenize -run TestContextOrderFile -update-context-order
//
// Its first line starting "left" lists every left id, the one starting "right" every right id.

// contextOrder is a renumbering of context ids: left[old] and right[old] are the new ids.
type contextOrder struct {
	left, right []int16
}

// parseContextOrder reads context-order.txt for a matrix of leftSize x rightSize ids. Each list
// must be a permutation that keeps 0 first.
func parseContextOrder(data []byte, leftSize, rightSize int) (*contextOrder, error) {
	o := &contextOrder{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		var dst *[]int16
		size := 0
		switch f[0] {
		case "left":
			dst, size = &o.left, leftSize
		case "right":
			dst, size = &o.right, rightSize
		default:
			return nil, fmt.Errorf("context order line %d: starts %q, want left or right", line, f[0])
		}
		perm, err := parsePermutation(f[1:], size)
		if err != nil {
			return nil, fmt.Errorf("context order line %d (%s): %v", line, f[0], err)
		}
		*dst = perm
	}
	if o.left == nil || o.right == nil {
		return nil, fmt.Errorf("context order: want a left and a right line")
	}
	return o, nil
}

// parsePermutation reads ids listed most used first and returns new[old].
func parsePermutation(ids []string, size int) ([]int16, error) {
	if len(ids) != size {
		return nil, fmt.Errorf("%d ids, want %d", len(ids), size)
	}
	perm := make([]int16, size)
	seen := make([]bool, size)
	for pos, s := range ids {
		id, err := strconv.Atoi(s)
		if err != nil || id < 0 || id >= size || seen[id] {
			return nil, fmt.Errorf("bad or repeated id %q", s)
		}
		seen[id] = true
		perm[id] = int16(pos)
	}
	if perm[0] != 0 {
		return nil, fmt.Errorf("id 0 (BOS/EOS) must come first")
	}
	return perm, nil
}

// renumber applies o to every entry's context ids and to the connection matrix.
func (d *dictionary) renumber(o *contextOrder) {
	for i := range d.morphs {
		m := &d.morphs[i]
		m.left, m.right = o.left[m.left], o.right[m.right]
	}
	for i := range d.meta.UnkMorphs {
		m := &d.meta.UnkMorphs[i]
		m.left, m.right = o.left[m.left], o.right[m.right]
	}
	rows := d.meta.ConnRows
	conn := make([]int16, len(d.conn))
	for l := range d.meta.LeftSize {
		src := d.conn[l*rows : (l+1)*rows]
		dst := conn[int(o.left[l])*rows : int(o.left[l]+1)*rows]
		for r, c := range src {
			dst[o.right[r]] = c
		}
	}
	d.conn = conn
	d.meta.OrigLeft, d.meta.OrigRight = inverse(o.left), inverse(o.right)
}

// inverse returns the permutation that undoes perm.
func inverse(perm []int16) []int16 {
	inv := make([]int16, len(perm))
	for old, id := range perm {
		inv[id] = int16(old)
	}
	return inv
}
