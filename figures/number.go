package figures

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Number is a Korean or Arabic numeral read from the start of a string by ParseNumber.
type Number struct {
	// Value is the number's value. Integers are exact up to 2^53; larger values (up to 양,
	// 10^28 and beyond) are the nearest float64.
	Value float64
	// End is the byte length of the numeral within the parsed string.
	End int
	// Digits reports that the numeral is written with Arabic digits (ASCII or full-width),
	// possibly mixed with Sino-Korean units (1천만, 3조2천억).
	Digits bool
	// Native reports that the numeral uses native Korean number words (하나, 두, 스물).
	Native bool
	// Determiner reports that the numeral ends in a native determiner form (한, 두, 세, 스무,
	// 서, 너 …) which only stands before a counter or a noun.
	Determiner bool
	// Decimal reports a decimal fraction (3.5, 삼점오).
	Decimal bool
	// Fraction reports a fraction (10분의 1, 3/4); Value is numerator over denominator.
	Fraction bool
	// Slash reports a fraction written with a slash (3/4), which in running text is more often
	// a date or a score than a fraction.
	Slash bool
	// Groups is the number of 만/억/조 groups written (1 for 350, 2 for 1만2345).
	Groups int
	// About reports 여 written before a myriad (6천여만: some 6천만), an approximate amount.
	About bool
}

// Int64 returns the value as an int64 when it is a whole number that an int64 holds exactly.
func (n Number) Int64() (int64, bool) {
	v := n.Value
	if v != math.Trunc(v) || v >= 1<<63 || v < -(1<<63) {
		return 0, false
	}
	return int64(v), true
}

// ParseNumber reads the longest numeral at the start of s and reports whether there is one.
//
// It reads Arabic digits with valid thousands separators and decimals (27,350,000; 3.4; .5;
// full-width ０-９), Sino-Korean numerals (이천칠백삼십오만, 일점이삼), native numerals
// (서른다섯, 스물세, 열한), both mixed with the units 십 백 천 and the myriads 만 억 조 경 해 자 양
// (1천만, 3조2천억, 21억 4748만 3648), signs (-3, 마이너스 삼, 플러스 이십) and fractions (10분의 1,
// 사분의삼, 3/4). A space may follow a myriad (21억 4748만), nowhere else (2 만 5 천 is 2).
// Arabic digits and Sino-Korean digits never mix in one numeral, so 10일 is 10 (then 일) and 2만구
// is 20000 (then 구), while 이만구 is 20009. What follows the numeral is left to the caller:
// strings.TrimLeft(s[n.End:], " ") is the rest.
//
// Like kor-to-number, it reads a Sino-Korean group after a myriad and a space greedily (이만 구
// is 20009), so on running text 일만 사용자 reads 일만 사 (10004): Extract cuts such a
// numeral at the tokenizer's morpheme boundaries.
//
// Values beyond float64 are rejected rather than wrapped. ParseNumber never panics and runs in
// time linear in len(s).
func ParseNumber(s string) (Number, bool) {
	p := numParser{s: s}
	return p.number()
}

// numMode says which digits a numeral is written with.
type numMode uint8

const (
	modeAny    numMode = iota // nothing read yet
	modeArabic                // Arabic digits: no Sino-Korean digits or native words
	modeHangul                // Sino-Korean digits, possibly native words: no Arabic digits
)

// numParser holds the state of one ParseNumber call.
type numParser struct {
	s      string
	pos    int
	mode   numMode
	native bool
	det    bool
	// numerator marks the parser of a fraction's numerator, which is not a fraction itself.
	numerator bool
	about     bool // 여 was read before a myriad
}

// number parses sign, integer, decimal and fraction.
func (p *numParser) number() (Number, bool) {
	sign := 1.0
	signWord := false
	if r, w := utf8.DecodeRuneInString(p.s); r == '-' || r == '+' || r == '−' || r == '－' || r == '＋' {
		// A sign symbol sticks to Arabic digits: -2, -2십, -.5; never -이 or - 2.
		next := p.s[w:]
		if next == "" || !(isArabicDigit(firstRune(next)) || (next[0] == '.' && len(next) > 1 && isArabicDigit(firstRune(next[1:])))) {
			return Number{}, false
		}
		if r == '-' || r == '−' || r == '－' {
			sign = -1
		}
		p.pos = w
		p.mode = modeArabic
	} else if w := hasSignWord(p.s); w > 0 {
		if strings.HasPrefix(p.s, "마이") {
			sign = -1
		}
		p.pos = w
		for p.pos < len(p.s) && p.s[p.pos] == ' ' {
			p.pos++
		}
		signWord = true
	}
	start := p.pos
	v, ok, groups := p.integer()
	if !ok {
		// A leading decimal point: .5 (Arabic) or 점오 (Sino-Korean).
		p.pos = start
		if f, ok := p.decimalPart(); ok {
			return p.finish(sign*f, true, 0, signWord)
		}
		return Number{}, false
	}
	intEnd := p.pos
	decimal := false
	if f, ok := p.decimalPart(); ok {
		v += f
		decimal = true
		// 1.5억, 2.5천: a decimal scales by one following unit.
		if p.mode == modeArabic {
			if e, w := smallUnitAt(p.s[p.pos:]); w > 0 && groups == 1 {
				v *= math.Pow10(e)
				p.pos += w
			}
			if e, w := bigUnitAt(p.s[p.pos:]); w > 0 && groups == 1 && p.bigUnitOK(p.pos+w, e) {
				v *= math.Pow10(e)
				p.pos += w
			}
		}
	} else {
		p.pos = intEnd
	}
	// Fractions: 10분의 1, 사분의삼, 3/4.
	if p.numerator {
		return p.finish(sign*v, decimal, groups, signWord)
	}
	if other, slash, ok := p.fraction(); ok {
		num, den := other, v // 10분의 1: the denominator comes first
		if slash {
			num, den = v, other // 3/4
		}
		if den == 0 {
			return Number{}, false
		}
		n, ok := p.finish(sign*num/den, decimal, groups, signWord)
		n.Fraction, n.Slash = true, slash
		return n, ok
	}
	if f, ok := p.mixedFraction(decimal); ok {
		n, ok := p.finish(sign*(v+f), false, groups, signWord)
		n.Fraction = true
		return n, ok
	}
	return p.finish(sign*v, decimal, groups, signWord)
}

// mixedFraction parses the proper fraction of a mixed number after its whole part: 과 사분의 일
// in 일과 사분의 일 (1¼), 와 3분의 1 in 2와 3분의 1. It returns the fraction's value.
func (p *numParser) mixedFraction(decimal bool) (float64, bool) {
	if decimal || p.native {
		return 0, false
	}
	rest := p.s[p.pos:]
	var w int
	switch {
	case strings.HasPrefix(rest, "과"):
		w = len("과")
	case strings.HasPrefix(rest, "와"):
		w = len("와")
	default:
		return 0, false
	}
	for w < len(rest) && rest[w] == ' ' {
		w++
	}
	sub := numParser{s: rest[w:], mode: p.mode}
	n, ok := sub.number()
	if !ok || !n.Fraction || n.Slash || n.Value <= 0 || n.Value >= 1 || n.Native {
		return 0, false
	}
	p.pos += w + n.End
	return n.Value, true
}

// finish builds the Number and applies the checks that need the whole numeral.
func (p *numParser) finish(v float64, decimal bool, groups int, signWord bool) (Number, bool) {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return Number{}, false
	}
	if signWord && p.native {
		return Number{}, false // 마이너스 하나: signs go with Sino-Korean or Arabic numerals only
	}
	if groups == 0 {
		groups = 1
	}
	return Number{Value: v, End: p.pos, Digits: p.mode == modeArabic, Native: p.native,
		Determiner: p.det, Decimal: decimal, Groups: groups, About: p.about}, true
}

// integer parses the whole-number part: groups of up to four digits joined by myriads.
func (p *numParser) integer() (float64, bool, int) {
	// Zero words stand alone: 영, 공, 빵 (then perhaps a decimal).
	if p.mode != modeArabic {
		for _, z := range [...]string{"영", "공", "빵"} {
			if strings.HasPrefix(p.s[p.pos:], z) {
				p.pos += len(z)
				p.mode = modeHangul
				return 0, true, 1
			}
		}
	}
	total := 0.0
	groups := 0
	lastBig := 1 << 10
	end := p.pos
	defer func() {
		if groups > 0 {
			p.pos = end // never end on the space after a myriad
		}
	}()
	for {
		save, saveMode, saveNative, saveDet := p.pos, p.mode, p.native, p.det
		g, ok, open, last := p.group(4)
		if !ok {
			g, open = 0, false
			p.pos, p.mode, p.native, p.det = save, saveMode, saveNative, saveDet
		}
		if ok && !open && last > 0 {
			g += p.spacedParts(last, lastBig)
		}
		if ok && !open && strings.HasPrefix(p.s[p.pos:], "여") {
			// 12억 6천여만원: 여 (some) between a group and its myriad; news often writes a space
			// after it (3천여 만 원, 5억2800여 만 원), the myriad still the group's.
			sp := p.pos + len("여")
			for sp < len(p.s) && p.s[sp] == ' ' {
				sp++
			}
			if e, w := bigUnitAt(p.s[sp:]); w > 0 && e < lastBig {
				p.pos = sp
				p.about = true
			}
		}
		if e, w := bigUnitAt(p.s[p.pos:]); w > 0 && e < lastBig && !open && p.bigUnitOK(p.pos+w, e) {
			if g == 0 {
				g = 1 // 만, 억, 천만: a bare myriad is one of it
			}
			total += g * math.Pow10(e)
			p.pos += w
			end = p.pos
			lastBig = e
			groups++
			// A space may follow a myriad, if the next group follows it.
			sp := p.pos
			for sp < len(p.s) && p.s[sp] == ' ' {
				sp++
			}
			if sp > p.pos {
				if _, ok := p.groupAt(sp); ok {
					p.pos = sp
				} else {
					break
				}
			}
			continue
		}
		if !ok {
			p.pos, p.mode, p.native, p.det = save, saveMode, saveNative, saveDet
			break
		}
		total += g
		groups++
		end = p.pos
		break
	}
	if groups == 0 {
		return 0, false, 0
	}
	return total, true, groups
}

// groupAt reports whether a group (or a bare myriad) starts at byte i, leaving the parser as it
// was.
func (p *numParser) groupAt(i int) (float64, bool) {
	save, mode, nat, det := p.pos, p.mode, p.native, p.det
	defer func() { p.pos, p.mode, p.native, p.det = save, mode, nat, det }()
	p.pos = i
	g, ok, _, _ := p.group(4)
	if !ok {
		if _, w := bigUnitAt(p.s[i:]); w > 0 {
			return 1, true
		}
	}
	return g, ok
}

// bigUnitOK rejects the rare myriads 경 해 자 양 unless another group or the end of the string
// follows them, so 3자 회담 or 한해 are not read as 3×10^24 or 10^20.
func (p *numParser) bigUnitOK(after, exp int) bool {
	if exp < 16 {
		return true
	}
	rest := strings.TrimLeft(p.s[after:], " ")
	if rest == "" {
		return true
	}
	_, ok := p.groupAt(len(p.s) - len(rest))
	return ok
}

// spacedParts reads the rest of a group written apart before its myriad: after 7천 (whose
// last unit has exponent last), " 5백" when 만 (or another myriad below lastBig) closes it, so
// 7천 5백만 is 7500만 and 1억 2천 5백만 is 1억 2500만, as newspapers space them; a counter
// closes them too (2천 5백 명). Without either the parts stay apart (2천 5백 is 2000, then 5백,
// as kor-to-number reads it).
// It returns what the parts add to the group and leaves p after them, or 0 and p as it was.
func (p *numParser) spacedParts(last, lastBig int) float64 {
	add := 0.0
	pos, mode, native, det := p.pos, p.mode, p.native, p.det
	for {
		sp := p.pos
		for sp < len(p.s) && p.s[sp] == ' ' {
			sp++
		}
		if sp == p.pos {
			break
		}
		save := p.pos
		p.pos = sp
		g, ok, open, l := p.group(last)
		if !ok || open {
			p.pos = save
			break
		}
		add += g
		if e, w := bigUnitAt(p.s[p.pos:]); w > 0 && e < lastBig {
			return add // the myriad closes the group: integer reads it next
		}
		if _, ok := counterAt(strings.TrimPrefix(p.s[p.pos:], " ")); ok {
			return add // so does a counter: 2천 5백 명 is 2500명
		}
		if l == 0 {
			break // 7천 5: the parts end without a myriad
		}
		last = l
	}
	p.pos, p.mode, p.native, p.det = pos, mode, native, det
	return 0
}

// group parses one group below 10^4 (천 백 십 and units), in Arabic, Sino-Korean or native
// words, whose units are all below 10^below. open reports a group that cannot take a myriad
// after it (it ends in a native word); last is the exponent of the group's last unit when it
// ends on one (3 for 7천), 0 when it ends on a digit (7천5).
func (p *numParser) group(below int) (v float64, ok bool, open bool, last int) {
	lastSmall := below
	read := false
	for p.pos < len(p.s) {
		rest := p.s[p.pos:]
		// Native words: tens then units (서른다섯, 스물세, 열한).
		if p.mode != modeArabic && lastSmall > 1 {
			if t, w, det := nativeTensAt(rest); w > 0 {
				p.pos += w
				p.mode, p.native = modeHangul, true
				v += t
				read = true
				if det {
					p.det = true
					return v, true, true, 0
				}
				if u, w, det := nativeUnitAt(p.s[p.pos:]); w > 0 {
					p.pos += w
					v += u
					p.det = det
				}
				return v, true, true, 0
			}
		}
		if p.mode != modeArabic && lastSmall > 0 {
			if u, w, det := nativeUnitAt(rest); w > 0 {
				p.pos += w
				p.mode, p.native, p.det = modeHangul, true, det
				return v + u, true, true, 0
			}
		}
		// A coefficient: Arabic digits or one Sino-Korean digit.
		coef, hasCoef := 1.0, false
		if p.mode != modeHangul {
			if d, w, ok := arabicAt(rest); ok {
				coef, hasCoef = d, true
				p.mode = modeArabic
				p.pos += w
			}
		}
		if !hasCoef && p.mode != modeArabic {
			if d, w := sinoDigitAt(rest); w > 0 {
				coef, hasCoef = float64(d), true
				p.mode = modeHangul
				p.pos += w
			}
		}
		if e, w := smallUnitAt(p.s[p.pos:]); w > 0 && e < lastSmall {
			p.pos += w
			v += coef * math.Pow10(e)
			lastSmall = e
			read = true
			continue
		}
		if hasCoef {
			if lastSmall < 4 && coef >= math.Pow10(lastSmall) {
				// 2천5000: the digits do not fit below the unit already read.
				p.pos -= len(rest) - len(p.s[p.pos:])
				break
			}
			return v + coef, true, false, 0
		}
		break
	}
	if !read {
		return 0, false, false, 0
	}
	return v, true, false, lastSmall
}

// decimalPart parses a decimal fraction at p.pos: .0124 after Arabic digits, 점삼 or 쩜이삼
// after Sino-Korean ones. An Arabic point with no digits after it is consumed (1. is 1.0).
func (p *numParser) decimalPart() (float64, bool) {
	rest := p.s[p.pos:]
	if p.mode != modeHangul && strings.HasPrefix(rest, ".") {
		j := 1
		for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
			j++
		}
		digits := rest[1:j]
		if digits == "" && p.mode == modeAny {
			return 0, false
		}
		if p.mode == modeAny {
			p.mode = modeArabic
		}
		if p.mode != modeArabic {
			return 0, false
		}
		p.pos += j
		if digits == "" {
			return 0, true
		}
		f, err := strconv.ParseFloat("0."+digits, 64)
		return f, err == nil
	}
	if p.mode == modeArabic {
		return 0, false
	}
	i := 0
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	var w int
	switch {
	case strings.HasPrefix(rest[i:], "점"):
		w = len("점")
	case strings.HasPrefix(rest[i:], "쩜"):
		w = len("쩜")
	default:
		return 0, false
	}
	i += w
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	f, scale, n := 0.0, 0.1, 0
	for i < len(rest) {
		d, w := sinoDigitAt(rest[i:])
		if w == 0 {
			if strings.HasPrefix(rest[i:], "영") || strings.HasPrefix(rest[i:], "공") {
				d, w = 0, 3
			} else {
				break
			}
		}
		f += float64(d) * scale
		scale /= 10
		i += w
		n++
	}
	if n == 0 {
		return 0, false
	}
	p.pos += i
	p.mode = modeHangul
	return f, true
}

// fraction parses "분의 M" (10분의 1) after a denominator or "/M" (3/4) after a numerator,
// and returns the other number and whether it was written with a slash.
func (p *numParser) fraction() (float64, bool, bool) {
	rest := p.s[p.pos:]
	if p.mode == modeArabic && strings.HasPrefix(rest, "/") {
		sub := numParser{s: rest[1:], mode: modeArabic}
		v, ok, _ := sub.integer()
		if !ok {
			return 0, false, false
		}
		if f, ok := sub.decimalPart(); ok {
			v += f
		}
		p.pos += 1 + sub.pos
		return v, true, true
	}
	i := 0
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	if !strings.HasPrefix(rest[i:], "분의") {
		return 0, false, false
	}
	i += len("분의")
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	sub := numParser{s: rest[i:], numerator: true}
	n, ok := sub.number()
	if !ok || n.Fraction || n.Determiner {
		return 0, false, false
	}
	p.pos += i + n.End
	return n.Value, false, true
}

// arabicAt reads Arabic digits with optional valid thousands separators (1,000 or 27,350,000).
func arabicAt(s string) (float64, int, bool) {
	var buf [24]byte // the digits as ASCII; on the stack unless the number is longer
	b := buf[:0]
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isArabicDigit(r) {
			break
		}
		b = append(b, byte(digitValue(r))+'0')
		i += w
	}
	if i == 0 {
		return 0, 0, false
	}
	// Thousands separators: only after 1-3 leading digits, each followed by exactly 3 digits.
	if len(b) <= 3 {
		for i+4 <= len(s) && s[i] == ',' && allASCIIDigits(s[i+1:i+4]) && (i+4 == len(s) || !isArabicDigit(firstRune(s[i+4:]))) {
			b = append(b, s[i+1:i+4]...)
			i += 4
		}
	}
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil || math.IsInf(f, 0) {
		return 0, 0, false
	}
	return f, i, true
}

func allASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isArabicDigit reports an ASCII or full-width digit.
func isArabicDigit(r rune) bool { return (r >= '0' && r <= '9') || (r >= '０' && r <= '９') }

func digitValue(r rune) int {
	if r >= '０' {
		return int(r - '０')
	}
	return int(r - '0')
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// hasSignWord returns the length of a sign word (마이너스, 마이나스, 플러스) at the start of s.
func hasSignWord(s string) int {
	for _, w := range [...]string{"마이너스", "마이나스", "플러스"} {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// sinoDigits are the Sino-Korean digits 1-9 (육 and its initial form 륙 are both 6).
var sinoDigits = map[rune]int{'일': 1, '이': 2, '삼': 3, '사': 4, '오': 5, '육': 6, '륙': 6, '칠': 7, '팔': 8, '구': 9}

func sinoDigitAt(s string) (int, int) {
	r, w := utf8.DecodeRuneInString(s)
	if d, ok := sinoDigits[r]; ok {
		return d, w
	}
	return 0, 0
}

// smallUnitAt reads 십, 백 or 천 and returns its power of ten.
func smallUnitAt(s string) (int, int) {
	r, w := utf8.DecodeRuneInString(s)
	switch r {
	case '십':
		return 1, w
	case '백':
		return 2, w
	case '천':
		return 3, w
	}
	return 0, 0
}

// bigUnitAt reads a myriad (만 억 조 경 해 자 양) and returns its power of ten.
func bigUnitAt(s string) (int, int) {
	r, w := utf8.DecodeRuneInString(s)
	switch r {
	case '만':
		return 4, w
	case '억':
		return 8, w
	case '조':
		return 12, w
	case '경':
		return 16, w
	case '해':
		return 20, w
	case '자':
		return 24, w
	case '양':
		return 28, w
	}
	return 0, 0
}

// nativeWord is a native Korean number word; det marks a determiner form (before a counter).
type nativeWord struct {
	word string
	v    float64
	det  bool
}

// nativeTens lists the native tens, longest first where one is a prefix of another.
var nativeTens = []nativeWord{
	{"열", 10, false}, {"스물", 20, false}, {"스무", 20, true}, {"서른", 30, false}, {"마흔", 40, false},
	{"쉰", 50, false}, {"예순", 60, false}, {"일흔", 70, false}, {"여든", 80, false}, {"아흔", 90, false},
}

// nativeUnits lists the native units 1-9 with their determiner forms (서 말, 너 푼, 석 섬 …).
var nativeUnits = []nativeWord{
	{"하나", 1, false}, {"한", 1, true}, {"둘", 2, false}, {"두", 2, true},
	{"셋", 3, false}, {"세", 3, true}, {"석", 3, true}, {"서", 3, true},
	{"넷", 4, false}, {"네", 4, true}, {"넉", 4, true}, {"너", 4, true},
	{"다섯", 5, false}, {"닷", 5, true}, {"여섯", 6, false}, {"엿", 6, true},
	{"일곱", 7, false}, {"여덟", 8, false}, {"아홉", 9, false},
}

func nativeTensAt(s string) (float64, int, bool) {
	for _, n := range nativeTens {
		if strings.HasPrefix(s, n.word) {
			return n.v, len(n.word), n.det
		}
	}
	return 0, 0, false
}

func nativeUnitAt(s string) (float64, int, bool) {
	for _, n := range nativeUnits {
		if strings.HasPrefix(s, n.word) {
			return n.v, len(n.word), n.det
		}
	}
	return 0, 0, false
}
