package tokenize

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

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
