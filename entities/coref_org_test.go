package entities

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/tokenize"
)

// TestOrgNamesIsScan checks orgNames' abbreviation lookup against trying every name seen, on
// random names made of syllables that abbreviate one another (과기정통부, 과학기술정보통신부)
// and of words ending one another (스위스 취리히대, 취리히대).
func TestOrgNamesIsScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	parts := []string{"과", "학", "기", "술", "정", "보", "통", "신", "부", "취리히대", "스위스", "대", "A", "AB"}
	var ns orgNames
	for trial := 0; trial < 5000; trial++ {
		ns.reset()
		var seen []string
		for k := rng.IntN(25); k > 0; k-- {
			var b strings.Builder
			for w := rng.IntN(3); w >= 0; w-- {
				if b.Len() > 0 && rng.IntN(3) == 0 {
					b.WriteByte(' ')
				}
				b.WriteString(parts[rng.IntN(len(parts))])
			}
			name := b.String()
			want := ""
			for _, f := range seen {
				if isAbbreviation(name, f) {
					want = f
					break
				}
			}
			if got := ns.abbreviated(name); got != want {
				t.Fatalf("trial %d: %q abbreviates %q, the scan of %q finds %q", trial, name, got, seen, want)
			}
			if !ns.has(name) {
				ns.add(name)
				seen = append(seen, name)
			}
		}
	}
}

// TestAddKeepsMentionsDistinct adds the mentions of a much-mentioned entity, each several
// times and in no order: each span is kept once, in the order first added, past mentionScan
// as below it.
func TestAddKeepsMentionsDistinct(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	b := newEntityBuilder()
	defer b.release()
	e := b.get(Person, "백상엽", "백상엽")
	var want []Mention
	seen := map[int]bool{}
	for k := 0; k < 400; k++ {
		at := rng.IntN(3 * mentionScan)
		m := Mention{Span: tokenize.Span{Start: at, End: at + 3}, Text: "백상엽"}
		b.add(e, m)
		if !seen[at] {
			seen[at] = true
			want = append(want, m)
		}
	}
	if !slices.Equal(e.Mentions, want) {
		t.Fatalf("%d mentions kept, want %d distinct", len(e.Mentions), len(want))
	}
}

// TestPartAbbreviation: Korean shortens an institution's name by the first syllables of its
// parts, past a leading qualifier, ending at its last part's first syllable; a name that opens
// a longer one is no shortening of it unless what follows is the institution's kind.
func TestPartAbbreviation(t *testing.T) {
	for _, c := range []struct {
		short, full string
		want        bool
	}{
		{"선관위", "대한민국 중앙선거관리위원회", true},
		{"질본", "질병관리본부", true},
		{"한은", "한국은행", true},
		{"문체부", "대한민국 문화체육관광부", true},
		{"한수원", "한국수력원자력", true},
		{"인수위", "인수위원회", true},
		{"삼성", "삼성그룹", true},
		{"북한", "북한연구", false},
		{"한국", "한국전력", false},
		{"국방부", "국가정보원", false},
		{"경찰", "경찰", false},
		{"정부", "과기정통부", false},
	} {
		if got := partAbbreviation(c.short, c.full); got != c.want {
			t.Errorf("partAbbreviation(%q, %q) = %v, want %v", c.short, c.full, got, c.want)
		}
	}
}
