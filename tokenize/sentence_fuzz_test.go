package tokenize

import (
	"testing"
	"unicode/utf8"
)

// FuzzSplitSentences checks that SplitSentences never panics, and on valid UTF-8 (what
// Analyze passes it after ValidateUTF8) returns trimmed, ordered, non-empty spans whose rune
// offsets match their byte offsets.
func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{
		"", "다.", "“지금은 전쟁 중이다. 최선을 다하겠다.” 백 대표는 밝혔다.",
		`그는 "A. B"고 했다. '제목'을 봤다.`, "[서울=뉴시스] 홍길동 기자 = 본문이다.",
		"(사진=카카오)\n▲ 캡션\n홍길동 기자 hong@example.com", "3.5... 2016. 11. 3. U.S. Mr. J. K.",
		"“열린 인용이 닫히지 않는다. 계속된다. (괄호도", "”)]’ 닫는 것만.” ' \" '",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			SplitSentences(src) // must not panic; offsets are only defined for valid UTF-8
			return
		}
		checkSentenceSpans(t, src, SplitSentences(src))
	})
}
