package prefetch

import (
	"slices"
	"testing"
	"unsafe"
)

// A prefetch is a hint: it must leave memory as it was, whatever the keys, and accept the
// edges (no keys, a zero span, an address past the end of a record).
func TestHintsChangeNothing(t *testing.T) {
	table := make([]uint64, 1<<10) // 8-byte slots
	for i := range table {
		table[i] = uint64(i) * 0x9E3779B97F4A7C15
	}
	want := slices.Clone(table)
	keys := []uint32{0, 1, 1023, 1024, 0xFFFFFFFF, 77777}
	Hashed(unsafe.Pointer(&table[0]), 3, uint32(len(table)-1), keys)
	Hashed(unsafe.Pointer(&table[0]), 3, uint32(len(table)-1), nil)
	Line(unsafe.Pointer(&table[0]), 0)
	Line(unsafe.Pointer(&table[5]), 200)
	Line(unsafe.Pointer(&table[len(table)-1]), 8)
	if !slices.Equal(table, want) {
		t.Fatal("a prefetch changed the memory it hinted")
	}
}

func BenchmarkHashed(b *testing.B) {
	table := make([]uint64, 1<<20)
	keys := make([]uint32, 16)
	for i := range keys {
		keys[i] = uint32(i) * 2654435761
	}
	for b.Loop() {
		Hashed(unsafe.Pointer(&table[0]), 3, uint32(len(table)-1), keys)
	}
}
