package figures

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/freelist"
	"github.com/gisa-nlp/gisa/tokenize"
)

// Figure is a number a reader wants pulled out of an article: a count, an amount of money, a
// percentage, a multiplier, a fraction, a duration, a measure or a rank (SCHEMA.md, figures[]).
type Figure struct {
	// Span is the number with its counter as written (1천만명, 3~4년, 10분의 1), in bytes of
	// the analysed text, without particles or qualifiers.
	tokenize.Span
	// Text is the spanned text.
	Text string
	// Value is the number's value (10000000 for 1천만; 0.1 for 10분의 1).
	Value float64
	// ValueTo is the right end of a range (4 for 3~4년), nil otherwise.
	ValueTo *float64
	// Unit is the normalised counter or unit (명, 원, 달러, %, %p, 배, 년, 개월, 일, ㎞ …), "" when
	// none is written.
	Unit string
	// Kind is count, money, percent, multiplier, fraction, duration, measure or rank.
	Kind string
	// Measure is the counted noun when one follows the number (사용자 in 100만 사용자).
	Measure string
	// Qualifier is 약, 이상, 이하, 미만, 초과, 여, 가량, 거의, 최대, 최소 or "".
	Qualifier string
	// Sentence indexes the Text's Sentences, -1 when the figure is in none.
	Sentence int
	// SameAs indexes, in the same result, the figure this one restates in another unit
	// (1300억원 in 1억 달러(약 1300억원)), -1 when none.
	SameAs int
}

// Extract returns the figures of an analysed text in document order. Calendar dates,
// clock times, years, ordinals and digits inside names or versions (웹3.0, GPT-3.5, COVID-19)
// are not figures.
func Extract(txt *tokenize.Text) []Figure {
	if txt == nil || txt.Source == "" {
		return nil
	}
	if f, ok := wholeNumber(txt.Source); ok {
		if len(txt.Sentences) == 0 {
			f.Sentence = -1
		}
		return []Figure{f}
	}
	x := newFigureScan(txt)
	defer x.release()
	var out []Figure
	s := txt.Source
	// prev is the code point before i when the loop knows it (it stepped over it), -1 when
	// not: figureAt's word-start test for Hangul needs it, and most code points are skipped
	// here on the tests figureAt would make first.
	prev := rune(-1)
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		skip := !isArabicDigit(r) && !isHangul(r)
		if !skip && isHangul(r) && i > 0 {
			p := prev
			if p < 0 {
				p, _ = utf8.DecodeLastRuneInString(s[:i])
			}
			skip = isHangul(p) || isLatinLetter(p) // not a word start
		}
		if skip {
			prev = r
			if r == utf8.RuneError {
				prev = -1 // invalid UTF-8: let the backward decoding decide
			}
			i += w
			continue
		}
		f, next, ok := x.figureAt(i)
		if ok {
			f.Sentence = x.sentence(f.Start)
			f.SameAs = -1
			if k := len(out) - 1; k >= 0 && restates(s, out[k], f) {
				f.SameAs = k
			}
			if k := len(out) - 1; k >= 0 && changedTo(s, out[k], f) {
				f.Unit = out[k].Unit
			}
			out = append(out, f)
		}
		if next <= i {
			next = i + w
		}
		prev = -1
		if next == i+w && r != utf8.RuneError {
			prev = r
		}
		i = next
	}
	return out
}

// wholeNumber reads a text that is nothing but one numeral (오십삼, 1,234,567, 마이너스 오,
// 일과 사분의 일), as a table cell or an answer gives a number: it states that number, a count
// or a fraction without a counter.
func wholeNumber(s string) (Figure, bool) {
	start := len(s) - len(strings.TrimLeft(s, " \t\r\n"))
	end := len(strings.TrimRight(s, " \t\r\n."))
	if start >= end {
		return Figure{}, false
	}
	n, ok := ParseNumber(s[start:end])
	if !ok || n.End != end-start || n.Slash {
		return Figure{}, false
	}
	kind := KindCount
	if n.Fraction && math.Abs(n.Value) < 1 {
		kind = KindFraction // 사분의 일; 일과 사분의 일 is a number of its own
	}
	f := Figure{Text: s[start:end], Value: n.Value, Kind: kind, Sentence: 0, SameAs: -1}
	f.Start, f.End = start, end
	return f, true
}

// figureScan is the state of one Extract call: the text and its morpheme boundaries.
type figureScan struct {
	txt     *tokenize.Text
	s       string
	bounds  []bool  // bounds[i]: a token starts or ends at byte i (i <= len(s))
	byStart []int32 // 1 + the index of the token starting at a byte, 0 where none starts
	// perHour is where a "한 시간에" rate denominator ends: a distance right after it is a speed.
	perHour int
	// scaleEnd is where the last decimal on a scale ends (규모 3.7), and scaleMeasure its
	// scale: a decimal listed right after it is on the same scale.
	scaleEnd     int
	scaleMeasure string
	buf          *figureBuf // where bounds and byStart came from
}

// figureBuf is the offset index of a figureScan, kept between calls.
type figureBuf struct {
	bounds  []bool
	byStart []int32
}

var figurePool = freelist.New[figureBuf]()

// release gives x's offset index back to figurePool; x is not used after.
func (x *figureScan) release() {
	figurePool.Put(x.buf)
	x.buf, x.bounds, x.byStart = nil, nil, nil
}

func newFigureScan(txt *tokenize.Text) *figureScan {
	// Offsets index slices over the text, cheaper to fill and read than maps; they are kept
	// between calls (figurePool).
	n := len(txt.Source) + 1
	buf := figurePool.Get()
	if cap(buf.bounds) < n {
		buf.bounds, buf.byStart = make([]bool, n), make([]int32, n)
	}
	buf.bounds, buf.byStart = buf.bounds[:n], buf.byStart[:n]
	clear(buf.bounds)
	clear(buf.byStart)
	x := &figureScan{txt: txt, s: txt.Source, bounds: buf.bounds, byStart: buf.byStart, buf: buf}
	for i := range txt.Tokens {
		t := &txt.Tokens[i]
		if t.Start >= 0 && t.Start < n {
			x.bounds[t.Start] = true
			x.byStart[t.Start] = int32(i) + 1
		}
		if t.End >= 0 && t.End < n {
			x.bounds[t.End] = true
		}
	}
	return x
}

// boundary reports a morpheme boundary at byte i (a token edge, whitespace or the text's end).
func (x *figureScan) boundary(i int) bool {
	if i <= 0 || i >= len(x.s) || x.bounds[i] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(x.s[i:])
	return !isHangul(r)
}

// token returns the token starting at byte i (not to be modified).
func (x *figureScan) token(i int) (*tokenize.Token, bool) {
	if i < 0 || i >= len(x.byStart) || x.byStart[i] == 0 {
		return nil, false
	}
	return &x.txt.Tokens[x.byStart[i]-1], true
}

// sentence returns the index of the sentence holding byte i, or -1.
func (x *figureScan) sentence(i int) int {
	ss := x.txt.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End > i })
	if k < len(ss) && ss[k].Start <= i {
		return k
	}
	return -1
}

// figureAt tries to read a figure whose number starts at byte i. It returns where scanning
// continues.
func (x *figureScan) figureAt(i int) (Figure, int, bool) {
	s := x.s
	r, w := utf8.DecodeRuneInString(s[i:])
	switch {
	case isArabicDigit(r):
		return x.digitFigure(i)
	case isHangul(r):
		if !x.wordStart(i) {
			return Figure{}, i + w, false
		}
		return x.hangulFigure(i)
	}
	return Figure{}, i + w, false
}

// digitRunEnd is the end of the digits and joiners (.,:/-) starting at i: what a rejected
// number skips, so 2016.11.14 or 010-1234-5678 is passed over whole.
func digitRunEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if isArabicDigit(r) {
			j += w
			continue
		}
		if (r == '.' || r == ',' || r == ':' || r == '/' || r == '-') && j+1 < len(s) && isArabicDigit(firstRune(s[j+1:])) {
			j++
			continue
		}
		break
	}
	return j
}

// numPrefixes are words that may stick to a number without making it a name (약50만, 시속60km).
var numPrefixes = map[string]bool{
	"약": true, "총": true, "각": true, "최대": true, "최소": true, "최고": true, "최저": true,
	"무려": true, "단": true, "시속": true, "초속": true, "영하": true, "섭씨": true, "화씨": true,
	"평균": true, "연": true, "매": true, "불과": true, "고작": true, "대략": true, "모두": true,
}

// digitFigure reads a figure whose number starts with an Arabic digit at byte i.
func (x *figureScan) digitFigure(i int) (Figure, int, bool) {
	s := x.s
	skip := digitRunEnd(s, i)
	start := i
	prefix := ""
	if i > 0 {
		p, pw := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case isLatinLetter(p) || isArabicDigit(p) || p == '_' || p == '.' || p == '#' || p == '@':
			return Figure{}, skip, false // GPT4, v2, A4: a name
		case p == '-' || p == '–' || p == '−':
			if i-pw > 0 {
				q, _ := utf8.DecodeLastRuneInString(s[:i-pw])
				if isLatinLetter(q) || isArabicDigit(q) || isHangul(q) {
					return Figure{}, skip, false // GPT-3.5, MS-01, COVID-19
				}
			}
			if p != '–' {
				start = i - pw // 춘천 -2도, 성장률 -0.3%: a minus sign after a space is the number's
			}
		case isHangul(p):
			k := i
			for k > 0 {
				q, qw := utf8.DecodeLastRuneInString(s[:k])
				if !isHangul(q) {
					break
				}
				k -= qw
			}
			prefix = s[k:i]
			// The law's penalties are often written glued to their terms (징역2년6월,
			// 집행유예4년): a penalty before the number is no name.
			if !numPrefixes[prefix] && !sentenceWords[prefix] {
				return Figure{}, skip, false // 웹3.0, 팬텀4, 제3차: part of a name
			}
		}
	}
	rd, ok := readFigure(s, start, x.boundary)
	if !ok || rd.num.Slash {
		return Figure{}, skip, false
	}
	// Dates, times, versions and codes: 2016.11.14, 3:30, 11/14, 1.2.3.
	if rest := s[rd.numEnd:]; len(rest) > 1 && strings.ContainsRune(".:/", rune(rest[0])) && isArabicDigit(firstRune(rest[1:])) {
		return Figure{}, skip, false
	}
	if rest := s[rd.numEnd:]; len(rest) > 1 && rest[0] == '-' && isArabicDigit(firstRune(rest[1:])) && rd.valueTo == nil {
		return Figure{}, skip, false
	}
	if !rd.hasUnit() {
		if r, _ := utf8.DecodeRuneInString(s[rd.numEnd:]); isLatinLetter(r) {
			return Figure{}, skip, false // 5G, 3D
		}
	}
	f, ok := x.finish(rd, prefix)
	if !ok {
		return Figure{}, max(skip, rd.numEnd), false
	}
	return f, max(rd.after, f.End), true
}

// stepBeforeVerb reports a counter written alone as a word right after byte i, then a verb
// (워치콘을 한 단계 높였다): 한 read as 하다's adnominal (X를 한 Y) would need a particle on Y, so
// before a bare counter and a verb it is the numeral one.
func (x *figureScan) stepBeforeVerb(i int) bool {
	if i >= len(x.s) || x.s[i] != ' ' {
		return false
	}
	c, ok := counterAt(x.s[i+1:])
	if !ok {
		return false
	}
	tok, ok := x.wordAfter(i + 1 + len(c.surface))
	if !ok {
		return false
	}
	switch tokenize.FirstTag(tok.POS) {
	case "VV", "VA":
		return true
	}
	return false
}

// wordStart reports that byte i starts a word: after whitespace, punctuation or a digit.
func (x *figureScan) wordStart(i int) bool {
	if i == 0 {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(x.s[:i])
	return !isHangul(p) && !isLatinLetter(p)
}

// hangulFigure reads a figure starting with a Hangul word at byte i: a Sino-Korean or native
// numeral before a counter (열 명, 두 배, 세 번), a native numeral before a noun (네 요소), or a
// number word (이틀, 절반).
func (x *figureScan) hangulFigure(i int) (Figure, int, bool) {
	s := x.s
	tok, ok := x.token(i)
	if !ok {
		return Figure{}, i + 1, false
	}
	skip := tok.End
	word := tok.Surface
	tag := tokenize.FirstTag(tok.POS)
	if tag == "NNG" { // the map only for nouns, most words being no number
		if v, ok := fractionWords[word]; ok {
			return x.fractionWord(i, tok, v)
		}
	}
	if (tag == "NNG" || tag == "NR") && durationFirsts[firstRune(s[i:])] {
		// 이틀 is one noun, 일주일 one numeral and its counter: both one length of time.
		for w, d := range durationWords {
			if strings.HasPrefix(s[i:], w) && x.boundary(i+len(w)) {
				return x.durationWord(i, i+len(w), d.value, d.unit)
			}
		}
	}
	if tag != "NR" && tag != "MM" && !(tok.Surface == "한" && x.stepBeforeVerb(tok.End)) {
		return Figure{}, skip, false
	}

	if p := x.prevWord(i); p != "" && isArabicDigit(lastRune(p)) {
		return Figure{}, skip, false // 2 만 5 천: a badly spaced number is not read in pieces
	}
	rd, ok := readFigure(s, i, x.boundary)
	if !ok || rd.num.Digits {
		return Figure{}, skip, false
	}
	if rd.hasUnit() {
		attached := rd.unitStart == rd.numEnd
		word := s[i:rd.numEnd]
		if rd.value == 1 && rd.unit == "시간" && x.rateFollows(rd.end) {
			x.perHour = rd.end // 한시간에 최고 30km: a speed follows
		}
		switch {
		case !rd.num.Native && utf8.RuneCountInString(word) == 1 && (attached || sinoDigits[firstRune(word)] > 0):
			return Figure{}, skip, false // 이 곳, 이번, 구장, 만원 관중: a word, not a number
		case rd.num.Native && rd.value == 1 && (attached && !oneGlued[s[rd.unitStart:rd.unitEnd]] || rd.unit == "번" && !x.onceCounted(i, rd.end)):
			return Figure{}, skip, false // 한쪽, 한때, 다시 한 번: an idiom, not a count
		case rd.num.Native && rd.value == 1 && rd.unit == "층" && strings.HasPrefix(s[rd.end:], " 더"):
			return Figure{}, skip, false // 꿈에 한 층 더 가까워졌다: the adverb 한층 (all the more) written apart
		case rd.num.Native && rd.unit == "도":
			return Figure{}, skip, false // 둘도 없는: a particle, not degrees
		}
		// The counter after a Hangul numeral is a morpheme of its own (한 편의점 is no 편).
		c, _ := counterAt(s[rd.unitStart:])
		if ct, ok := x.token(rd.unitStart); !ok || ct.Surface != c.surface {
			return Figure{}, skip, false
		}
	}
	f, ok := x.finish(rd, "")
	if !ok {
		return Figure{}, max(skip, rd.numEnd), false
	}
	return f, max(rd.after, f.End), true
}

// oneGlued are the counters that 한 is often written glued to and still counts (한달 전,
// 한시간 동안, 한명이 숨졌다, 한차례 더): no idiom is 한 and one of them, as 한쪽, 한편 and
// 한번 are.
var oneGlued = map[string]bool{"달": true, "시간": true, "명": true, "차례": true}

// durationWord reads a noun that is a length of time (이틀, 사흘, 일주일) at byte i.
// The word ends at byte end.
func (x *figureScan) durationWord(i, end int, v float64, unit string) (Figure, int, bool) {
	s := x.s
	if strings.HasPrefix(s[end:], "도") {
		return Figure{}, end, false // 하루도 … 않다
	}
	rd := reading{start: i, numEnd: end, end: end, after: end, unitStart: i, unitEnd: end,
		value: v, unit: unit, kind: KindDuration}
	rd.num = Number{Value: v, End: end - i, Native: true}
	if q, qend, ok := postQualifierAt(s, end, x.boundary); ok {
		rd.qualifier, rd.after = q, qend
	}
	f, ok := x.finish(rd, "")
	return f, max(end, rd.after), ok
}

// fractionWords are nouns that are themselves a share: 절반 is a half, 과반 more than half.
var fractionWords = map[string]float64{"절반": 0.5, "과반": 0.5, "과반수": 0.5}

// fractionWord reads a noun that is a share (절반, 과반) at byte i.
func (x *figureScan) fractionWord(i int, tok *tokenize.Token, v float64) (Figure, int, bool) {
	rd := reading{start: i, numEnd: tok.End, end: tok.End, after: tok.End, unitStart: tok.End, unitEnd: tok.End,
		value: v, kind: KindFraction, num: Number{Value: v, End: len(tok.Surface), Fraction: true}}
	if q, end, ok := postQualifierAt(x.s, tok.End, x.boundary); ok {
		rd.qualifier, rd.after = q, end
	}
	f := x.figure(rd)
	f.Qualifier = x.qualifier(rd, "")
	if f.Qualifier == "" && tok.Surface != "절반" {
		f.Qualifier = "초과" // 과반: more than half
	}
	return f, max(tok.End, rd.after), true
}

// onceCounted reports 한 번 (the numeral at i, the counter ending at end) that counts how often:
// in a rate after a period with 에 (하루에 한 번) or bounded (한 번 이상), not the idiom (다시 한
// 번, 한 번 보다).
func (x *figureScan) onceCounted(i, end int) bool {
	rest := strings.TrimLeft(x.s[end:], " ")
	for _, q := range [...]string{"이상", "이하", "미만", "꼴"} {
		if strings.HasPrefix(rest, q) {
			return true
		}
	}
	prev, ok := strings.CutSuffix(x.prevWord(i), "에")
	if !ok {
		return false
	}
	for _, p := range [...]string{"하루", "일", "주", "달", "개월", "년", "해", "시간", "분"} {
		if strings.HasSuffix(prev, p) {
			return true
		}
	}
	return false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// leadUnits maps a unit the word before a number makes of a plain one (시속 50㎞ is ㎞/h, 섭씨
// 10도 is ℃: applyLeadWord) back to that plain unit.
var leadUnits = map[string]string{"㎞/h": "㎞", "m/s": "m", "℃": "도", "℉": "도"}

// changedTo reports a figure f that is where a change from prev ends, X에서 Y로 (시속 50km에서
// 20~30km로 떨어진다): the two ends measure the same thing, so f is read in prev's unit when
// prev's lead word (시속, 섭씨) gave its plain unit a sense that f, written without the word,
// still has.
func changedTo(s string, prev, f Figure) bool {
	if prev.End > f.Start || leadUnits[prev.Unit] != f.Unit || strings.TrimSpace(s[prev.End:f.Start]) != "에서" {
		return false
	}
	rest := s[f.End:]
	return strings.HasPrefix(rest, "로") || strings.HasPrefix(rest, "으로") || strings.HasPrefix(rest, "까지")
}

// restates reports a figure in brackets right after another of the same kind, written in
// another unit: 6200만 달러(약 704억 원).
func restates(s string, prev, f Figure) bool {
	if prev.Kind != f.Kind || prev.Unit == f.Unit || prev.End > f.Start {
		return false
	}
	between := strings.TrimSpace(s[prev.End:f.Start])
	between = strings.TrimSpace(strings.TrimPrefix(between, "("))
	for _, q := range [...]string{"한화", "원화", "약", "대략", "최대", "최소"} {
		between = strings.TrimSpace(strings.TrimPrefix(between, q)) // 1만6천엔(한화 약 16만원)
	}
	return between == "" && strings.Contains(s[prev.End:f.Start], "(")
}
