package entities

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestIsSurname(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if isSurname(r) != surnames[r] {
			t.Fatalf("isSurname(%U) = %v, surnames says %v", r, isSurname(r), surnames[r])
		}
	}
}

func TestIsAbbreviation(t *testing.T) {
	old := func(short, full string) bool {
		if strings.HasSuffix(full, " "+short) && utf8.RuneCountInString(short) >= 2 {
			return true
		}
		s, f := []rune(short), []rune(full)
		if len(s) < 2 || len(s) >= len(f) || s[0] != f[0] || s[len(s)-1] != f[len(f)-1] {
			return false
		}
		j := 0
		for _, r := range f {
			if j < len(s) && s[j] == r {
				j++
			}
		}
		return j == len(s)
	}
	words := []string{"", "과기정통부", "과학기술정보통신부", "취리히대", "스위스 취리히대", "WHO", "세계보건기구", "가", "가나",
		"가나다", "가다", "가\xea", "\xea\xb0", "가\xea\xb0다", " 취리히대", "a b", "b", "ab", "aab", "abab", "카카오", "카카오엔터프라이즈"}
	for _, a := range words {
		for _, b := range words {
			if got, want := isAbbreviation(a, b), old(a, b); got != want {
				t.Errorf("isAbbreviation(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
