package utf8fast

import (
	"testing"
	"unicode/utf8"
)

// TestThreeByteMatchesUTF8 checks ThreeByte and Syllable against utf8.DecodeRuneInString on
// every three-byte sequence with a lead byte from C0 to FF.
func TestThreeByteMatchesUTF8(t *testing.T) {
	decoded, syllables := 0, 0
	var b [3]byte
	for c := 0xc0; c <= 0xff; c++ {
		for c1 := 0; c1 < 256; c1++ {
			for c2 := 0; c2 < 256; c2++ {
				b[0], b[1], b[2] = byte(c), byte(c1), byte(c2)
				s := string(b[:])
				want, size := utf8.DecodeRuneInString(s)
				wantSyl := rune(-1)
				if size == 3 && want >= 0xAC00 && want <= 0xD7A3 {
					wantSyl = want
				}
				if got := Syllable(s, 0); got != wantSyl {
					t.Fatalf("% x: Syllable %U, want %U", b, got, wantSyl)
				}
				if wantSyl >= 0 {
					syllables++
				}
				r, ok := ThreeByte(s, 0)
				if !ok {
					continue
				}
				decoded++
				if r != want || size != 3 {
					t.Fatalf("% x: %U, utf8 says %U (%d bytes)", b, r, want, size)
				}
			}
		}
	}
	if want := 0xd800 - 0x1000; decoded != want {
		t.Fatalf("decoded %d sequences, want the %d code points U+1000..U+D7FF", decoded, want)
	}
	if want := 0xD7A4 - 0xAC00; syllables != want {
		t.Fatalf("found %d syllables, want the %d of U+AC00..U+D7A3", syllables, want)
	}
	if _, ok := ThreeByte("한", 1); ok {
		t.Fatal("decoded past the end of the string")
	}
	if r := Syllable("가", 1); r != -1 {
		t.Fatalf("Syllable past the end of the string = %U", r)
	}
}

// TestSyllableSet checks a set of last syllables against the words it was built from.
func TestSyllableSet(t *testing.T) {
	var s SyllableSet
	for _, w := range []string{"대표", "교수", "힣", "가", "CEO"} {
		r, _ := utf8.DecodeLastRuneInString(w)
		s.Add(r)
	}
	for r, want := range map[rune]bool{'표': true, '수': true, '힣': true, '가': true, '각': false, '장': false, 'O': false} {
		if got := s.Has(r); got != want {
			t.Errorf("Has(%c) = %v, want %v", r, got, want)
		}
	}
	for w, want := range map[string]bool{"부대표": false, "사장": true, "대표\xed": false, "": false, "CEO": false, "표x": false, "장": true, "\x9e\xa3": false} {
		if got := s.EndsOutside(w); got != want {
			t.Errorf("EndsOutside(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLastSyllables(t *testing.T) {
	set := LastSyllables(map[string]bool{"대표": true, "관계자": true}, map[string]bool{"씨": true, "CEO": true})
	for _, w := range []string{"대표", "관계자", "김씨", "사장님의 대표"} {
		if set.EndsOutside(w) {
			t.Errorf("%q ends outside", w)
		}
	}
	for _, w := range []string{"사장", "교수"} {
		if !set.EndsOutside(w) {
			t.Errorf("%q ends inside", w)
		}
	}
	if set.EndsOutside("CEO") {
		t.Error("a word not ending in Hangul is told outside")
	}
}

func TestFirstSyllables(t *testing.T) {
	set := FirstSyllables(map[string]bool{"삼성전자": true, "카카오": true}, map[string]bool{"LG": true})
	for _, r := range "삼카" {
		if !set.Has(r) {
			t.Errorf("%q is a first syllable, not in the set", r)
		}
	}
	for _, r := range "성전자오L" {
		if set.Has(r) {
			t.Errorf("%q starts no word, in the set", r)
		}
	}
}

// TestJamo reads the initial and final consonants of Hangul syllables.
func TestJamo(t *testing.T) {
	for _, c := range []struct {
		r              rune
		initial, final int
	}{{'가', 0, 0}, {'갈', 0, 8}, {'하', 18, 0}, {'했', 18, 20}, {'않', 11, 6}, {'힣', 18, 27}, {'a', -1, -1}, {'ㄱ', -1, -1}} {
		if i, f := Initial(c.r), Final(c.r); i != c.initial || f != c.final {
			t.Errorf("%q: Initial %d Final %d, want %d %d", c.r, i, f, c.initial, c.final)
		}
	}
}

func TestIsSyllable(t *testing.T) {
	for r, want := range map[rune]bool{'가': true, '힣': true, '\uAC00' - 1: false, '\uD7A4': false, 'ㆍ': false, 'A': false} {
		if got := IsSyllable(r); got != want {
			t.Errorf("IsSyllable(%q) = %v, want %v", r, got, want)
		}
	}
}
