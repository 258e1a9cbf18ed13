package figures

import (
	"strings"
	"unicode/utf8"
)

// reading is one figure read from a string at a known number position, before the context
// checks of Extract. Offsets are bytes into the string read.
type reading struct {
	start, end         int // the number and its counter as written (range: both ends)
	numEnd             int // end of the (first) number
	unitStart, unitEnd int // the counter, or unitStart == unitEnd when there is none
	num                Number
	value              float64
	valueTo            *float64
	unit, kind         string
	qualifier          string // written after the figure (이상, 여 …)
	after              int    // end of what was read, qualifiers included
}

// hasUnit reports that the figure carries a counter or unit.
func (r reading) hasUnit() bool { return r.unitEnd > r.unitStart }

// boundaryFunc reports whether byte offset i is a morpheme boundary; nil accepts every offset.
type boundaryFunc func(i int) bool

// readFigure reads the number starting at byte i of s and what belongs to it: 여, a counter,
// 반, a money compound, a range and a following qualifier.
func readFigure(s string, i int, bound boundaryFunc) (reading, bool) {
	n, ok := ParseNumber(s[i:])
	approxTo := 0.0
	if w, lo, hi, found := approxPairAt(s[i:]); found && (bound == nil || bound(i+len(w))) {
		n, ok, approxTo = Number{Value: lo, End: len(w), Native: true, Determiner: true, Groups: 1}, true, hi
	}
	if !ok {
		return reading{}, false
	}
	// A Hangul numeral must end on a morpheme boundary: 일만 사용자 is 일만, not 일만 사.
	for bound != nil && !n.Digits && !bound(i+n.End) {
		cut := i + n.End - 1
		for cut > i && !bound(cut) {
			cut--
		}
		if cut <= i {
			return reading{}, false
		}
		if n, ok = ParseNumber(s[i:cut]); !ok {
			return reading{}, false
		}
	}
	j := i + n.End
	if n.Decimal && j-i >= 2 && s[j-1] == '.' {
		j-- // a sentence-final point after digits, not a decimal point
		n.End--
	}
	r := reading{start: i, numEnd: j, num: n, value: n.Value}
	if n.About {
		r.qualifier = "여" // 6천여만원
	}
	// 40여가지, 250여 명: 여 between the number and its counter.
	if strings.HasPrefix(s[j:], "여") {
		k := j + len("여")
		if k < len(s) && s[k] == ' ' {
			k++
		}
		if _, ok := counterAt(s[k:]); ok {
			r.qualifier = "여"
			j += len("여")
		}
	}
	// 100×100 픽셀: one figure per dimension list, valued by its first side.
	if rr, w := utf8.DecodeRuneInString(s[j:]); rr == '×' || rr == '*' || ((rr == 'x' || rr == 'X') && n.Digits) {
		if m, ok := ParseNumber(s[j+w:]); ok && m.Digits == n.Digits && !m.Native {
			j += w + m.End
		}
	}
	r.unitStart, r.unitEnd = j, j
	if c, k, ok := unitAfter(s, j, n, bound); ok {
		r.unitStart, r.unitEnd = k, k+len(c.surface)
		r.unit, r.kind = c.unit, c.kind
		j = r.unitEnd
		// 2달러23센트, 1달러 20센트: dollars and cents make one amount.
		if c.unit == "달러" {
			k := j
			if k < len(s) && s[k] == ' ' {
				k++
			}
			if m, ok := ParseNumber(s[k:]); ok && !m.Native && m.Value >= 0 && m.Value < 100 && strings.HasPrefix(s[k+m.End:], "센트") {
				r.value += m.Value / 100
				j = k + m.End + len("센트")
				r.unitEnd = j
			}
		}
		// 1년 반, 두 시간 반: half a unit more.
		if c.kind == KindDuration || c.kind == KindMultiplier {
			k := j
			if k < len(s) && s[k] == ' ' {
				k++
			}
			if strings.HasPrefix(s[k:], "반") && halfEnds(s, k+len("반"), bound) {
				r.value += 0.5
				j = k + len("반")
				r.unitEnd = j
			}
		}
	}
	// 3년 9개월, 1시간 30분: a compound duration is one figure in its smaller unit.
	if r.kind == KindDuration {
		if v, unit, end, ok := compoundDuration(s, j, r.value, r.unit, bound); ok {
			r.value, r.unit = v, unit
			j = end
			r.unitEnd = j
		}
	}
	if n.Fraction {
		if !r.hasUnit() || r.kind == KindCount {
			r.kind, r.unit = KindFraction, ""
		}
	}
	r.end = j
	// Ranges: 3~4년, 20∼30%, 25000 - 30000원, 10달러 - 20달러.
	if to, end, unitR, ok := readRangeEnd(s, j, r, bound); ok {
		v := to.value
		r.valueTo = &v
		if scale := rangeScale(s, r, to); scale > 1 {
			r.value *= scale // 70~80만원: the lower bound shares the upper's 만
		}
		r.end = end
		if !r.hasUnit() && unitR.unit != "" {
			r.unit, r.kind = unitR.unit, unitR.kind
			r.unitStart, r.unitEnd = unitR.unitStart, unitR.unitEnd
		}
		j = end
	}
	if approxTo > 0 && r.valueTo == nil {
		r.valueTo = &approxTo // 두세 배: 2 to 3
	}
	// 10년여: 여 right after the counter.
	if r.hasUnit() && strings.HasPrefix(s[j:], "여") && !startsHangulWord(s, j+len("여"), bound) {
		r.qualifier = "여"
		j += len("여")
	}
	r.after = j
	if q, end, ok := postQualifierAt(s, j, bound); ok {
		r.qualifier = q
		r.after = end
	}
	return r, true
}

// approxPairs are the native numerals that name two neighbouring numbers at once, an
// approximate count read as a range (두세 배: 2 to 3 times, 서너 명: 3 or 4 people). 한두 is left
// out: 한두 번이 아니다, 한두 가지가 아니다 say "many" far more often than they count.
var approxPairs = []struct {
	word   string
	lo, hi float64
}{
	{"두서너", 2, 4}, {"두세", 2, 3}, {"서너", 3, 4}, {"너덧", 4, 5}, {"네댓", 4, 5}, {"너댓", 4, 5},
	{"대여섯", 5, 6}, {"예닐곱", 6, 7},
}

// approxPairAt returns the approximate pair numeral that s starts with.
func approxPairAt(s string) (word string, lo, hi float64, ok bool) {
	for _, p := range approxPairs {
		if strings.HasPrefix(s, p.word) {
			return p.word, p.lo, p.hi, true
		}
	}
	return "", 0, 0, false
}

// rangeScale returns the large-number unit (만, 억, 조, 천만 …) that ends the upper bound of a
// range when the lower bound is written as bare digits before it: 70~80만원 is 70만 to 80만,
// 20~100억원 20억 to 100억. 1 when the lower bound has its own (5천~1만명) or the upper none.
func rangeScale(s string, left, right reading) float64 {
	if !left.num.Digits || left.hasUnit() {
		return 1
	}
	for _, r := range s[left.start:left.numEnd] {
		if !isArabicDigit(r) && r != ',' && r != '.' {
			return 1
		}
	}
	upper := s[right.start:right.numEnd]
	k := 0
	for k < len(upper) && (isArabicDigit(rune(upper[k])) || upper[k] == ',' || upper[k] == '.') {
		k++
	}
	scale, ok := bigUnits[upper[k:]]
	if k == 0 || !ok {
		return 1
	}
	return scale
}

// bigUnits are the large-number units that can end a number written in digits (80만, 100억).
var bigUnits = map[string]float64{
	"만": 1e4, "십만": 1e5, "백만": 1e6, "천만": 1e7, "억": 1e8, "십억": 1e9, "백억": 1e10, "천억": 1e11, "조": 1e12,
}

// unitAfter finds the counter after a number ending at byte j: attached, or after one space.
func unitAfter(s string, j int, n Number, bound boundaryFunc) (counter, int, bool) {
	for _, k := range [...]int{j, j + 1} {
		if k > j && (j >= len(s) || s[j] != ' ') {
			break
		}
		c, ok := counterAt(s[k:])
		if !ok {
			continue
		}
		end := k + len(c.surface)
		// The counter must be a whole morpheme (3도로 is 3도+로, 세기 is not 세+기).
		if !isLatinUnit(c.surface) && bound != nil && !bound(end) && !(n.Digits && particleAt(s[end:])) {
			if r, _ := utf8.DecodeRuneInString(s[end:]); isHangul(r) {
				continue
			}
		}
		switch c.surface {
		case "해":
			if !n.Native {
				continue // 한 해; 3해 is something else
			}
		case "달":
			// 두 달, and in digits 3달 동안, 1달 안에 (months, as 3개월); but not a Sino-Korean
			// numeral's 달 (삼달, 이달: this month).
			if !n.Native && !n.Digits {
				continue
			}
		case "°":
			if k > j {
				continue
			}
		case "프로":
			// 프로 is a percent only as a word of its own (30프로가, 50 프로); before more of a
			// noun in the same word it is the loanword pro- (2015 프로야구, 프로그램).
			if r, _ := utf8.DecodeRuneInString(s[end:]); isHangul(r) && !particleAt(s[end:]) {
				continue
			}
		}
		return c, k, true
	}
	return counter{}, 0, false
}

// smallerDuration gives, for a unit of time, the next smaller unit written after it in a
// compound duration and how many of it make one.
var smallerDuration = map[string]struct {
	unit string
	per  float64
}{"년": {"개월", 12}, "주": {"일", 7}, "일": {"시간", 24}, "시간": {"분", 60}, "분": {"초", 60}}

// compoundDuration reads the smaller part of a compound duration after a duration of v units
// ending at byte j (" 9개월" after 3년), and returns the whole in the smaller unit.
func compoundDuration(s string, j int, v float64, unit string, bound boundaryFunc) (float64, string, int, bool) {
	next, ok := smallerDuration[unit]
	if !ok {
		return 0, "", 0, false
	}
	k := j
	if k < len(s) && s[k] == ' ' {
		k++
	}
	m, ok := ParseNumber(s[k:])
	if !ok || m.Fraction || m.Value < 0 || m.Value >= next.per {
		return 0, "", 0, false
	}
	c, at, ok := unitAfter(s, k+m.End, m, bound)
	if !ok || c.unit != next.unit || at != k+m.End {
		return 0, "", 0, false
	}
	return v*next.per + m.Value, next.unit, at + len(c.surface), true
}

// halfEnds reports that 반 ending at byte i is a word of its own (1년 반, 1년 반이), not the start
// of 반도체.
func halfEnds(s string, i int, bound boundaryFunc) bool {
	if bound != nil {
		return bound(i)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !isHangul(r) {
		return true
	}
	for _, p := range [...]string{"이", "가", "을", "를", "의", "에", "만", "간", "동안", "째", "으로", "은", "도"} {
		if strings.HasPrefix(s[i:], p) {
			return true
		}
	}
	return false
}

// startsHangulWord reports that a Hangul syllable at byte i continues a word (it is not a
// morpheme boundary followed by a particle).
func startsHangulWord(s string, i int, bound boundaryFunc) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !isHangul(r) {
		return false
	}
	if bound != nil {
		return !bound(i)
	}
	return true
}

// rangeConnectors join the two ends of a range.
var rangeConnectors = []string{"~", "∼", "〜", "～", "-", "–", "—"}

// readRangeEnd reads the right end of a range after a figure ending at byte j.
func readRangeEnd(s string, j int, left reading, bound boundaryFunc) (reading, int, reading, bool) {
	k := j
	for k < len(s) && s[k] == ' ' {
		k++
	}
	conn := ""
	for _, c := range rangeConnectors {
		if strings.HasPrefix(s[k:], c) {
			conn = c
			break
		}
	}
	if conn == "" {
		return reading{}, 0, reading{}, false
	}
	k += len(conn)
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) {
		return reading{}, 0, reading{}, false
	}
	n, ok := ParseNumber(s[k:])
	if !ok || n.Value < 0 || n.Fraction || n.Digits != left.num.Digits && left.num.Digits {
		return reading{}, 0, reading{}, false
	}
	right, ok := readFigureNoRange(s, k, bound)
	if !ok {
		return reading{}, 0, reading{}, false
	}
	switch {
	case right.hasUnit() && left.hasUnit() && right.unit != left.unit:
		return reading{}, 0, reading{}, false
	case !right.hasUnit() && left.hasUnit():
		if conn == "-" || conn == "–" || conn == "—" {
			return reading{}, 0, reading{}, false
		}
	case !right.hasUnit() && !left.hasUnit():
		return reading{}, 0, reading{}, false // 010-1234: no unit, no range
	}
	// A hyphenated chain (010-1234-5678, 2016-11-14) is never a range.
	if rest := s[right.end:]; strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ".") && len(rest) > 1 && isArabicDigit(firstRune(rest[1:])) {
		return reading{}, 0, reading{}, false
	}
	return right, right.end, right, true
}

// readFigureNoRange reads a figure that is the right end of a range.
func readFigureNoRange(s string, i int, bound boundaryFunc) (reading, bool) {
	n, ok := ParseNumber(s[i:])
	if !ok {
		return reading{}, false
	}
	j := i + n.End
	r := reading{start: i, numEnd: j, num: n, value: n.Value, unitStart: j, unitEnd: j, end: j}
	if k := j + len("여"); strings.HasPrefix(s[j:], "여") {
		if _, _, ok := unitAfter(s, k, n, bound); ok {
			j = k // 10~30여 미터: 여 before the right end's counter
			r.qualifier = "여"
		}
	}
	if c, k, ok := unitAfter(s, j, n, bound); ok {
		r.unitStart, r.unitEnd = k, k+len(c.surface)
		r.unit, r.kind = c.unit, c.kind
		r.end = r.unitEnd
	}
	return r, true
}

// postQualifierAt reads a qualifier written after a figure ending at byte j (이상, 가량 …),
// attached or after one space.
func postQualifierAt(s string, j int, bound boundaryFunc) (string, int, bool) {
	for _, k := range [...]int{j, j + 1} {
		if k > j && (j >= len(s) || s[j] != ' ') {
			break
		}
		for _, q := range postQualifiers {
			if q.word == "여" {
				continue
			}
			if strings.HasPrefix(s[k:], q.word) {
				end := k + len(q.word)
				if bound != nil && !bound(k) {
					continue
				}
				return q.q, end, true
			}
		}
	}
	return "", 0, false
}

// particles are the particles and suffixes that may follow a counter inside one word (3명이,
// 11건과, 3일간). A counter followed by anything else may be the start of another word (세기,
// 분기, 년대), so the tokenizer's boundary decides.
var particles = []string{
	"이", "가", "은", "는", "을", "를", "의", "에", "와", "과", "도", "만", "씩", "째", "간", "로", "으로",
	"부터", "까지", "보다", "이나", "나", "여", "가량", "정도", "께", "쯤", "당", "마다", "밖에", "뿐", "짜리", "이상", "이하", "미만",
}

// particleAt reports a particle or suffix at the start of s.
func particleAt(s string) bool {
	for _, p := range particles {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
