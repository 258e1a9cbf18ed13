package entities

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestTableBuckets checks the lookup table against a plain map on a crowded table: keys made
// to share few home buckets, so that buckets overflow into their neighbours and past the
// table's end. Every key is found with its own weights, keys never added are not, and every
// bucket a key's run passes over, on its way from its home bucket, has its overflow flag set.
func TestTableBuckets(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	want := map[uint32][nLabels]int16{}
	for len(want) < 3000 {
		// Half the keys land in the last 8 home buckets of the table (2048 buckets), so
		// their runs wrap around to the first.
		k := rng.Uint32()
		if len(want)%2 == 0 {
			k |= 2047 &^ 7
		}
		if k == 0 || want[k] != ([nLabels]int16{}) {
			continue
		}
		var w [nLabels]int16
		for l := range w {
			w[l] = int16(rng.IntN(2001) - 1000)
		}
		w[0] |= 1 // never all zeros, so want[k] marks the key present
		want[k] = w
	}
	m := modelOf(want)
	if len(m.table) != 2048 {
		t.Fatalf("%d buckets, want 2048", len(m.table))
	}
	for k, w := range want {
		if got := m.row(k); got == nil || *got != w {
			t.Fatalf("key %#x: weights %v, want %v", k, got, w)
		}
	}
	for range 100000 {
		if k := rng.Uint32(); k != 0 && want[k] == ([nLabels]int16{}) && m.row(k) != nil {
			t.Fatalf("key %#x, never added, found", k)
		}
	}
	// Walk each key's run from its home bucket: every bucket it passes over must say so.
	for i, b := range m.table {
		for _, k := range b.key {
			if k == 0 {
				continue
			}
			for j := k & m.mask; j != uint32(i); j = (j + 1) & m.mask {
				if m.table[j].more == 0 {
					t.Fatalf("key %#x in bucket %d passes bucket %d, which does not say so", k, i, j)
				}
			}
		}
	}
}

// modelOf builds a model, without transitions, with the given weights per key.
func modelOf(weights map[uint32][nLabels]int16) *NERModel {
	m := &NERModel{}
	for k := range weights {
		m.keys = append(m.keys, k)
	}
	slices.Sort(m.keys)
	for _, k := range m.keys {
		w := weights[k]
		m.rows = append(m.rows, w[:]...)
	}
	m.index()
	return m
}
