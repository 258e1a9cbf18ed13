package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/tokenize"
)

// Products and events are not KLUE types; news marks them with single quotes after a noun that
// says what they are (대화형 AI '바드', 언어모델 '라마') or with a name that says it
// ('제3차 인공지능 전략대화'). These rules find them.

// productCues are nouns that introduce a product's quoted name.
var productCues = []string{
	"AI", "모델", "서비스", "앱", "애플리케이션", "구독", "API", "제품", "브랜드", "플랫폼", "솔루션",
	"챗봇", "스마트폰", "폰", "게임", "신차", "차량", "노트북", "칩", "반도체", "프로그램", "소프트웨어",
	"기기", "시리즈", "엔진", "로봇", "신제품", "SUV", "세단", "태블릿", "메신저", "검색엔진", "OS",
	"운영체제", "카드", "요금제", "상품", "펀드", "백신", "치료제", "신약",
}

// eventCues end an event's name.
var eventCues = []string{
	"회의", "대화", "포럼", "대회", "축제", "박람회", "전시회", "행사", "세미나", "컨퍼런스", "콘퍼런스",
	"엑스포", "페스티벌", "시상식", "토론회", "간담회", "설명회", "심포지엄", "캠페인", "올림픽", "월드컵",
	"서밋", "정상회의", "총회", "쇼", "위크", "챌린지", "해커톤", "공모전", "선거",
}

const maxMarked = 30 // longest quoted name, in code points

// markedNames adds PRODUCT and EVENT spans for quoted names and drops tagger spans inside them.
func markedNames(src string, spans []rawSpan) []rawSpan {
	var marked []rawSpan
	for i := 0; i < len(src); {
		// Only ' and ‘ (E2 80 98) open a marked name: other bytes are passed undecoded.
		if c := src[i]; c != '\'' && c != 0xE2 {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		closeQ := rune(0)
		switch r {
		case '\'':
			closeQ = '\''
		case '‘':
			closeQ = '’'
		}
		if closeQ == 0 {
			i += size
			continue
		}
		lo := i + size
		hi, n := lo, 0
		for hi < len(src) && n <= maxMarked {
			c, sz := utf8.DecodeRuneInString(src[hi:])
			if c == closeQ || c == '\n' {
				break
			}
			hi += sz
			n++
		}
		if hi >= len(src) || n > maxMarked || n == 0 {
			i = lo
			continue
		}
		if c, _ := utf8.DecodeRuneInString(src[hi:]); c != closeQ {
			i = lo
			continue
		}
		name := src[lo:hi]
		if kind := markedKind(src[:i], name); kind != "" && strings.TrimSpace(name) == name {
			marked = append(marked, rawSpan{Span: tokenize.Span{Start: lo, End: hi}, Type: kind})
		}
		i = hi + utf8.RuneLen(closeQ)
	}
	if len(marked) == 0 {
		return spans
	}
	out := make([]rawSpan, 0, len(spans)+len(marked))
	for _, s := range spans {
		inside := false
		for _, m := range marked {
			if s.Start < m.End && m.Start < s.End {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, s)
		}
	}
	out = append(out, marked...)
	sortSpans(out)
	return out
}

// markedKind classifies a quoted name by its own last word (EVENT) or by the word before the
// opening quote (PRODUCT); "" when neither says.
func markedKind(before, name string) string {
	if strings.ContainsAny(name, ".?!,“”\"") {
		return ""
	}
	for _, c := range eventCues {
		if strings.HasSuffix(name, c) && utf8.RuneCountInString(name) > utf8.RuneCountInString(c) {
			return Event
		}
	}
	prev := strings.TrimRight(before, " ")
	if len(prev) == len(before) { // the quote must follow a space
		return ""
	}
	if k := strings.LastIndexAny(prev, " \n\t“\"("); k >= 0 {
		prev = prev[k+1:]
	}
	for _, c := range productCues {
		if strings.HasSuffix(prev, c) {
			return Product
		}
	}
	return ""
}
