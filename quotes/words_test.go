package quotes

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
)

func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpace(%U) = %v, unicode.IsSpace says %v", r, isSpace(r), unicode.IsSpace(r))
		}
	}
}

func TestStripMarksShortcut(t *testing.T) {
	for _, s := range []string{"", "백상엽", "“백상엽”", "'a'", "`x", "「가」『나』", "a\xffb", "\u2014대시", "\u3000"} {
		want := strings.Map(func(r rune) rune {
			if isQuoteMark(r) {
				return -1
			}
			return r
		}, s)
		if got := stripMarks(s); got != want {
			t.Errorf("stripMarks(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestEndsSentenceAndSurnames(t *testing.T) {
	old := func(s string) bool {
		s = strings.TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(")]}>”’\"'", r) })
		r, _ := utf8.DecodeLastRuneInString(s)
		return r == '.' || r == '?' || r == '!' || r == '。'
	}
	for _, s := range []string{"", "했다.", "했다.”", "했다”", "what?')", "끝!]}>", "。", "a.b", "\xff", ".\xff"} {
		if endsSentence(s) != old(s) {
			t.Errorf("endsSentence(%q) = %v", s, endsSentence(s))
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		if isSurnameRune(r) != (strings.ContainsRune(surnames, r) && r >= 0xAC00) {
			t.Errorf("isSurnameRune(%U) = %v", r, isSurnameRune(r))
		}
	}
}

func TestStripParensShortcut(t *testing.T) {
	slow := func(s string) string {
		var b strings.Builder
		depth := 0
		for _, r := range s {
			switch r {
			case '(', '[', '（':
				depth++
				continue
			case ')', ']', '）':
				if depth > 0 {
					depth--
				}
				continue
			}
			if depth == 0 {
				b.WriteRune(r)
			}
		}
		return strings.Join(strings.Fields(b.String()), " ")
	}
	for _, s := range []string{"", "백상엽", "피터 리(Peter Lee)", "심태섭(사진)", " a", "a ", "a  b", "a\tb", "a\u3000b", "a\u00a0b", "（가）나", "\xff가", "가 나 다", "[기자]", "x"} {
		if got, want := stripParens(s), slow(s); got != want {
			t.Errorf("stripParens(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestIsTitle(t *testing.T) {
	for w := range names.title {
		if !isTitle(w) {
			t.Errorf("isTitle(%q) = false", w)
		}
	}
	for _, w := range []string{"", "기자", "백상엽", "교수님", "the", "연구원", "대표이사"} {
		if isTitle(w) != names.title[w] {
			t.Errorf("isTitle(%q) = %v", w, isTitle(w))
		}
	}
}

func TestTrimPunct(t *testing.T) {
	old := func(s string) string {
		return strings.TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(".,;:!?…·", r) })
	}
	for _, s := range []string{"", "했다.", "그러나…", "가·", "a,b,", "...", "가\xe2\x80", "\xc2\xb7\xb7", "…·.", "말했다”", "연구팀"} {
		if got := trimPunct(s); got != old(s) {
			t.Errorf("trimPunct(%q) = %q, want %q", s, got, old(s))
		}
	}
}

func TestIsHangul(t *testing.T) {
	for _, s := range []string{"", "가", "힣", "백상엽", "가A", "A가", "\uABFF", "\uD7A4", "가\xea\xb0", "\xea\xb0\x41", "\xed\x9e\xa3", "\xed\xa0\x80", "가\uFFFD", "한국어만", "ㄱ", "가나다라마바사아자차카타파하"} {
		want := s != ""
		for _, r := range s {
			if r < 0xAC00 || r > 0xD7A3 {
				want = false
			}
		}
		if got := isHangul(s); got != want {
			t.Errorf("isHangul(%q) = %v, want %v", s, got, want)
		}
		last, _ := utf8.DecodeLastRuneInString(s)
		if last < 0xAC00 || last > 0xD7A3 {
			last = -1
		}
		if got := utf8fast.Syllable(s, max(0, len(s)-3)); got != last {
			t.Errorf("Syllable(%q's end) = %U, want %U", s, got, last)
		}
	}
}

// TestHasSuffixWord checks hasSuffixWord against its definition (m holds w, or a suffix of w
// of two or more code points, or of one when w has three or more) on real titles and odd bytes.
func TestHasSuffixWord(t *testing.T) {
	m := map[string]bool{"부": true, "대표": true, "과학기술부": true, "\xff": true, "장관": true}
	for _, w := range []string{"", "부", "일부", "과학기술부", "기술부", "카카오대표", "대표", "\xff", "a\xff", "ab\xff", "부장관", "x장관", "장", "\xff부", "\xff\xff부"} {
		want := m[w]
		n := utf8.RuneCountInString(w)
		for i := range w {
			if k := utf8.RuneCountInString(w[i:]); i > 0 && m[w[i:]] && (k >= 2 || n >= 3) {
				want = true
			}
		}
		if got := hasSuffixWord(m, w); got != want {
			t.Errorf("hasSuffixWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNumberPhrase tells a number with its counter, its units of magnitude written in Hangul
// (117만명, 2억5천만원), from a name holding digits.
func TestNumberPhrase(t *testing.T) {
	for w, want := range map[string]bool{"36명": true, "117만명": true, "2억5천만원": false, "2억5천만명": true, "2500억": true, "73.2%": true, "한겨레21": false, "4대강": false} {
		if got := numberPhrase(w); got != want {
			t.Errorf("numberPhrase(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestAnonymized reads the name of a person the news keeps anonymous from the end of a phrase.
func TestAnonymized(t *testing.T) {
	for s, want := range map[string]string{"택시기사 김 모씨": "김 모씨", "이모씨": "이모씨", "김 모": "김 모", "관계자": "", "모씨": ""} {
		if got := anonymized(s); got != want {
			t.Errorf("anonymized(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestBalanceBrackets cuts a speaker's name cut inside an aside in brackets.
func TestBalanceBrackets(t *testing.T) {
	for in, want := range map[string]string{
		"대한민국 환경부와 국립환경과학원(이하 과학원": "대한민국 환경부와 국립환경과학원",
		"공동운영자 강훈 (텔레그램 내 닉네임 부":   "공동운영자 강훈",
		"한국학)교수":                        "교수",
		"미국 항공우주국(NASA)":                "미국 항공우주국(NASA)",
		"퓨 리서치 센터(Pew Research Center)": "퓨 리서치 센터(Pew Research Center)",
	} {
		if got := balanceBrackets(in); got != want {
			t.Errorf("balanceBrackets(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBackgroundEnd: the background connective -(으/느)ㄴ데 is 데 after a syllable closed by ㄴ,
// written in one syllable or two (중요한데, 학생인데, 했는데, 많은데), not 데 after another
// syllable (바다데 is no ending).
func TestBackgroundEnd(t *testing.T) {
	for w, want := range map[string]bool{"중요한데": true, "학생인데": true, "했는데": true, "많은데": true, "바다데": false, "데": false, "했지만": false} {
		if got := backgroundEnd(w); got != want {
			t.Errorf("backgroundEnd(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestComplementizerCuts checks indirectCut and quotativeETM on a word ending in each
// complementizer they know (the copula's 라 aside, which needs the word's morphemes): the
// last-syllable test in front of their suffixes must let every one through.
func TestComplementizerCuts(t *testing.T) {
	for _, tc := range []struct {
		w     string
		cut   int
		chain bool
	}{
		{"했다고도", len("고도"), false}, {"했냐고도", len("고도"), false}, {"했다고만", len("고만"), false},
		{"하겠다고까지", len("고까지"), false}, {"했냐고까지", len("고까지"), false},
		{"달라고까지", len("고까지"), false}, {"달라고만", len("고만"), false}, {"달라고도", len("고도"), false},
		{"왔다라고", len("라고"), false}, {"했다고", len("고"), false}, {"했냐고", len("고"), false},
		{"하자고", len("고"), false}, {"하라고", len("고"), false},
		{"했다며", len("며"), true}, {"쓰냐며", len("며"), true}, {"하자며", len("며"), true},
		{"했다면서", len("면서"), true}, {"했냐면서", len("면서"), true}, {"하자면서", len("면서"), true},
		{"하라며", len("며"), true}, {"말했다", 0, false}, {"것이라", 0, false}, {"", 0, false},
	} {
		w := word{cleaned: tc.w}
		if cut, chain := indirectCut(&w); cut != tc.cut || chain != tc.chain {
			t.Errorf("indirectCut(%q) = %d, %v; want %d, %v", tc.w, cut, chain, tc.cut, tc.chain)
		}
	}
	for _, tc := range []struct {
		w   string
		cut int
	}{
		{"했다는", len("는")}, {"했냐는", len("는")}, {"하자는", len("는")}, {"처음이라는", len("이라는")},
		{"상태라는", len("라는")}, {"것이란", len("이란")}, {"무엇이란", len("이란")}, {"그란", len("란")},
		{"란", 0}, {"말했다", 0}, {"", 0},
	} {
		w := word{cleaned: tc.w}
		if got := quotativeETM(&w); got != tc.cut {
			t.Errorf("quotativeETM(%q) = %d, want %d", tc.w, got, tc.cut)
		}
	}
}
