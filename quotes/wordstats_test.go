package quotes

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestWordStatsIsFields checks wordStats, joinFields and nonSpaceRunes against strings.Fields on real
// names and on random mixes of Hangul, the white-space code points and invalid bytes.
func TestWordStatsIsFields(t *testing.T) {
	cases := []string{"", " ", "백상엽 대표", "  카카오엔터프라이즈\u3000백상엽 대표 ", "그녀", "피터 리(Peter Lee)",
		"\xEA\xB0 \x80", "a\u00a0b\u2009c\u0085d\u200be", "\xe2\x80", "서울대\t측\n", "백상엽  대표", "a b", " a"}
	pieces := []string{"가", "대표", " ", "\t", "\u3000", "\u00a0", "\u2028", "\u200b", "\xEA", "\xB0", "\x80", "\xC2", "\xE2\x80", "a", "(", "·"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		var b strings.Builder
		for k := rng.IntN(8); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		f := strings.Fields(s)
		n, first, last := wordStats(s)
		wantFirst, wantLast := "", ""
		if len(f) > 0 {
			wantFirst, wantLast = f[0], f[len(f)-1]
		}
		if n != len(f) || first != wantFirst || last != wantLast {
			t.Fatalf("wordStats(%q) = %d %q %q, want %d %q %q", s, n, first, last, len(f), wantFirst, wantLast)
		}
		if got, want := joinFields(s), strings.Join(f, " "); got != want {
			t.Fatalf("joinFields(%q) = %q, want %q", s, got, want)
		}
		if got, want := nonSpaceRunes(s), len([]rune(strings.Join(f, ""))); got != want {
			t.Fatalf("nonSpaceRunes(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestPiecesJoin checks pieces against plain concatenation, past its array's length too.
func TestPiecesJoin(t *testing.T) {
	words := []string{"알리", "", "지", "하", "이", "되", "시키", "발표", "했", "다", "말", "씀"}
	for n := 0; n <= len(words); n++ {
		var p pieces
		want := ""
		for _, w := range words[:n] {
			p.add(w)
			want += w
		}
		if got := p.String(); got != want || p.size != len(want) {
			t.Fatalf("%d pieces: %q (size %d), want %q", n, got, p.size, want)
		}
	}
}
