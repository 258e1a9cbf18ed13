package gisa

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRuneIndexDecodes checks newRuneIndex, whose Hangul and ASCII are told by their bytes,
// against counting decoded code points, on Korean text mixed with other scripts, cut
// sequences and invalid bytes.
func TestRuneIndexDecodes(t *testing.T) {
	pieces := []string{"백상엽", " 대표는 ", "“AI”", "é", "😀", "\xEA\xB0", "\xED\xA0\x80", "\xE0\x80\x80", "\xC2", "\x80", "ㄱ", "中", "a"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 1000 {
		var b strings.Builder
		for k := rng.IntN(10); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		src := b.String()
		ix := newRuneIndex(src)
		n := int32(0)
		for i := 0; i < len(src); n++ {
			_, size := utf8.DecodeRuneInString(src[i:])
			for k := 0; k < size; k++ {
				if ix.runes[i+k] != n {
					t.Fatalf("%q: runes[%d] = %d, want %d", src, i+k, ix.runes[i+k], n)
				}
			}
			i += size
		}
		if ix.runes[len(src)] != n {
			t.Fatalf("%q: runes[end] = %d, want %d", src, ix.runes[len(src)], n)
		}
	}
}
