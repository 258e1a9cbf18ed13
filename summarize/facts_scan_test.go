package summarize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestNounElsewhereIsContains holds nounElsewhere, which reads the text once at each place the
// word is written, to the seven searches for the word and each particle it stands for, on the
// seed article: every word of it, every word's prefixes, and a few written apart from it.
func TestNounElsewhereIsContains(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "seed-kakao.txt"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	fb := &factBuilder{src: src}
	want := func(w string) bool {
		for _, p := range [...]string{"는", "가", "의", "를", "에", "라는", "로"} {
			if strings.Contains(src, w+p) {
				return true
			}
		}
		return false
	}
	words := append(strings.Fields(src), "", "카카오", "카카오도", "없는말", "라", "\xea")
	found := 0
	for _, f := range words {
		for i := 0; i <= len(f); i++ {
			w := f[:i]
			if got := fb.nounElsewhere(w); got != want(w) {
				t.Fatalf("nounElsewhere(%q) = %v, want %v", w, got, want(w))
			} else if got {
				found++
			}
		}
	}
	if found == 0 {
		t.Fatal("no word of the seed is followed by a particle elsewhere: the test checks nothing")
	}
}

// TestHasOpenQuote holds hasOpenQuote to strings.ContainsAny(s, "'‘") on every line of the seed
// article and on marks alone, cut and beside others.
func TestHasOpenQuote(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "seed-kakao.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := append(strings.Split(string(b), "\n"), "", "'", "‘", "’", "“", "\xe2\x80", "\xe2\x80\x98", "a’b‘c", "카카오 '브레인'")
	yes := 0
	for _, s := range lines {
		got, want := hasOpenQuote(s), strings.ContainsAny(s, "'‘")
		if got != want {
			t.Fatalf("hasOpenQuote(%q) = %v, want %v", s, got, want)
		}
		if got && utf8.ValidString(s) {
			yes++
		}
	}
	if yes < 3 {
		t.Fatalf("only %d lines with an opening mark: the test checks little", yes)
	}
}
