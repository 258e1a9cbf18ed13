package tokenize

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// maxTagRunes bounds the length of a dateline or credit in brackets: [서울=뉴시스],
// (사진=카카오엔터프라이즈 제공).
const maxTagRunes = 40

// tagSegment returns the end (byte offset in line) of a dateline or photo credit starting at
// line[i] that must stand as a sentence of its own: a bracketed tag such as [서울=뉴시스] or
// (사진=연합뉴스), with the reporter's "홍길동 기자 =" after a dateline, and a period right after
// it. At the start of a sentence any such tag counts; inside a sentence (midSentence) only the
// unmistakable ones: a credit with "=" or a dateline followed by its reporter. It returns 0
// when there is none.
func tagSegment(line string, i int, m marks, midSentence bool) int {
	if m.at(i) != +1 {
		return 0
	}
	c := m.partner(i)
	_, size := utf8.DecodeRuneInString(line[i:])
	inner := line[i+size : c]
	if !runesAtMost(inner, maxTagRunes) || !isTag(inner) {
		return 0
	}
	_, csize := utf8.DecodeRuneInString(line[c:])
	end := c + csize
	if end < len(line) && line[end] == '.' && !isEllipsisDot(line, end) {
		end++ // [사진=연합뉴스].
	}
	if isCredit(inner) {
		if midSentence && !strings.Contains(inner, "=") {
			return 0
		}
		return end
	}
	// A dateline may be followed by the reporter: [서울=뉴시스] 홍길동 기자 = 본문…
	if k := strings.IndexByte(line[end:], '='); k >= 0 && runesAtMost(line[end:end+k], maxTagRunes) {
		if isReporter(strings.TrimSpace(line[end : end+k])) {
			return end + k + 1
		}
	}
	if midSentence {
		return 0
	}
	return end
}

// reporterPrefix returns the end of a reporter's "홍길동 기자 =" that starts the sentence at
// line[i] (a dateline without brackets), or 0.
func reporterPrefix(line string, i int) int {
	k := strings.IndexByte(line[i:], '=')
	if k <= 0 || !runesAtMost(line[i:i+k], maxTagRunes) || !isReporter(line[i:i+k]) {
		return 0
	}
	return i + k + 1
}

// isTag reports whether the text inside a bracket is a dateline or credit: "서울=뉴시스",
// "사진=연합뉴스", "카카오 제공".
func isTag(inner string) bool {
	inner = strings.TrimSpace(inner)
	if inner == "" || strings.ContainsAny(inner, ".?!“”\"") {
		return false
	}
	return strings.Contains(inner, "=") || isCredit(inner)
}

// creditWords start a photo or graphic credit: 사진=, 그래픽=, 자료=.
var creditWords = []string{"사진", "그래픽", "자료", "영상", "이미지", "출처", "일러스트", "표", "제공"}

// isCredit reports whether a bracketed tag credits a picture: (사진=…), [… 제공].
func isCredit(inner string) bool {
	inner = strings.TrimSpace(inner)
	if strings.HasSuffix(inner, "제공") || strings.HasSuffix(inner, "촬영") {
		return true
	}
	left, _, ok := strings.Cut(inner, "=")
	if !ok {
		return false
	}
	left = strings.TrimSpace(left)
	for _, w := range creditWords {
		if strings.HasPrefix(left, w) {
			return true
		}
	}
	return strings.Contains(left, "제공")
}

// reporterTitles end a reporter's byline.
var reporterTitles = []string{"기자", "특파원", "논설위원", "선임기자", "객원기자", "인턴기자", "통신원", "에디터"}

// isReporter reports whether s is a reporter's name and title: "홍길동 기자",
// "홍길동·김철수 기자", "/워싱턴=홍길동 특파원".
func isReporter(s string) bool {
	s = strings.TrimLeft(strings.TrimSpace(s), "/")
	if s == "" || strings.Count(s, " ") > 4 || !runesAtMost(s, maxTagRunes) {
		return false
	}
	for _, t := range reporterTitles {
		if strings.HasSuffix(s, t) && len(s) > len(t) {
			return true
		}
	}
	return false
}

// classifySentence tells bylines and captions from body sentences.
func classifySentence(s string) SentenceKind {
	if r, _ := utf8.DecodeRuneInString(s); r == '▲' || r == '△' {
		return Caption
	}
	// A sentence that is one bracketed tag, possibly with the reporter after it.
	if r, size := utf8.DecodeRuneInString(s); isOpeningBracket(r) {
		closer, _ := closerOf(r)
		if c := strings.IndexRune(s, closer); c > 0 && isTag(s[size:c]) {
			inner := s[size:c]
			rest := strings.Trim(s[c+utf8.RuneLen(closer):], " .=")
			switch {
			case rest == "" && isCredit(inner):
				return Caption
			case rest == "" || isReporter(rest):
				return Byline
			}
		}
	}
	if endsWithCredit(s) || strings.Contains(s, "=") && runesAtMost(s, maxTagRunes) && isCredit(s) {
		return Caption // … (사진=카카오), or a bare 사진=연합뉴스
	}
	if isCopyright(s) {
		return Byline
	}
	if runesAtMost(s, 80) && hasEmail(s) {
		return Byline
	}
	if isReporter(strings.TrimSpace(strings.TrimSuffix(s, "="))) {
		return Byline
	}
	return Body
}

// isCopyright reports a publisher's copyright line: "ⓒ 연합뉴스, 무단 전재-재배포 금지",
// "저작권자 © 기자신문 무단전재 및 재배포금지".
func isCopyright(s string) bool {
	if !runesAtMost(s, 80) {
		return false
	}
	if strings.HasPrefix(s, "ⓒ") || strings.HasPrefix(s, "©") {
		return true
	}
	// The words below keep their syllables when the spaces go: a line can hold one only when
	// it holds 재 (무단전재, 재배포금지) or opens with 저 (저작권자). Most lines do neither, and
	// are told so without being copied.
	if !strings.Contains(s, "재") && !strings.HasPrefix(strings.TrimLeft(s, " "), "저") {
		return false
	}
	// s without its spaces, in a buffer on the stack: 80 code points take at most 320 bytes.
	var buf [4 * 80]byte
	compact := buf[:0]
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			compact = append(compact, s[i])
		}
	}
	return bytes.HasPrefix(compact, copyrightStart) || bytes.Contains(compact, noCopying) ||
		bytes.Contains(compact, noRedistribution)
}

// The words of copyright lines, spaces removed.
var (
	copyrightStart   = []byte("저작권자")
	noCopying        = []byte("무단전재")
	noRedistribution = []byte("재배포금지")
)

// endsWithCredit reports whether s ends with a photo credit: "… (사진=카카오)",
// "…모습/한국연구재단 제공", "[사진=연합뉴스]".
func endsWithCredit(s string) bool {
	last, size := utf8.DecodeLastRuneInString(s)
	if open := openerOf(last); open != 0 && last != '"' && last != '\'' {
		if o := strings.LastIndex(s[:len(s)-size], string(open)); o >= 0 {
			inner := s[o+len(string(open)) : len(s)-size]
			if runesAtMost(inner, maxTagRunes) && isCredit(inner) && strings.Contains(inner, "=") ||
				strings.HasPrefix(strings.TrimSpace(inner), "사진") {
				return true
			}
		}
		return false
	}
	if k := strings.LastIndexByte(s, '/'); k >= 0 && strings.HasSuffix(s, "제공") &&
		runesAtMost(s[k:], maxTagRunes) {
		return true
	}
	return false
}

// hasEmail reports whether s contains something shaped like an e-mail address.
func hasEmail(s string) bool {
	for at := strings.IndexByte(s, '@'); at >= 0; {
		if at > 0 && isEmailByte(s[at-1]) && at+1 < len(s) {
			rest := s[at+1:]
			end := 0
			for end < len(rest) && isEmailByte(rest[end]) {
				end++
			}
			if d := strings.IndexByte(rest[:end], '.'); d > 0 && d < end-1 {
				return true
			}
		}
		next := strings.IndexByte(s[at+1:], '@')
		if next < 0 {
			break
		}
		at += 1 + next
	}
	return false
}

func isEmailByte(b byte) bool {
	return isASCIILetter(b) || isDigitByte(b) || b == '.' || b == '_' || b == '-' || b == '+'
}
