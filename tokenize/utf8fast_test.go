package tokenize

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// TestThreeByteRuneMatchesUTF8 checks threeByteRune against utf8.DecodeRuneInString on every
// three-byte sequence with a lead byte from C0 to FF.
func TestThreeByteRuneMatchesUTF8(t *testing.T) {
	decoded := 0
	var b [3]byte
	for c := 0xc0; c <= 0xff; c++ {
		for c1 := 0; c1 < 256; c1++ {
			for c2 := 0; c2 < 256; c2++ {
				b[0], b[1], b[2] = byte(c), byte(c1), byte(c2)
				s := string(b[:])
				r, ok := threeByteRune(s, 0)
				if !ok {
					continue
				}
				decoded++
				if want, size := utf8.DecodeRuneInString(s); r != want || size != 3 {
					t.Fatalf("% x: %U, utf8 says %U (%d bytes)", b, r, want, size)
				}
			}
		}
	}
	if want := 0xd800 - 0x1000; decoded != want {
		t.Fatalf("decoded %d sequences, want the %d code points U+1000..U+D7FF", decoded, want)
	}
	if _, ok := threeByteRune("한", 1); ok {
		t.Fatal("decoded past the end of the string")
	}
}

// TestRunesAtMost checks runesAtMost against utf8.RuneCountInString, and decodeRune against
// utf8.DecodeRuneInString, on strings of ASCII, Hangul, four-byte characters and invalid bytes.
func TestRunesAtMost(t *testing.T) {
	pieces := []string{"a", " ", "한", "글", "😀", "\xff", "\x80", "\xe1\x80", "é"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		b := []byte{}
		for k := rng.Intn(60); k > 0; k-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		s := string(b)
		n := rng.Intn(50)
		if got, want := runesAtMost(s, n), utf8.RuneCountInString(s) <= n; got != want {
			t.Fatalf("runesAtMost(%q, %d) = %v", s, n, got)
		}
		for j := 0; j < len(s); j++ {
			r, size := decodeRune(s, j)
			if wr, ws := utf8.DecodeRuneInString(s[j:]); r != wr || size != ws {
				t.Fatalf("decodeRune(%q, %d) = %U, %d; utf8 says %U, %d", s, j, r, size, wr, ws)
			}
		}
	}
}
