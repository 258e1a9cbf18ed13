package figures

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/tokenize"
)

// finish applies the context checks to a reading and builds its Figure. prefix is a word stuck
// to the number's left (약 in 약50만), "" when there is none.
func (x *figureScan) finish(rd reading, prefix string) (Figure, bool) {
	s := x.s
	prev := prefix
	if prev == "" {
		prev = x.prevWord(rd.start)
	}
	if vagueWords[prev] {
		return Figure{}, false // 몇 천원, 수십 명: no value is written
	}
	if rd.kind == KindMoney && rd.hasUnit() && strings.HasPrefix(s[rd.end:], "권") {
		// 5만원권 위조지폐, 오천원권: 권 written onto a sum names a note or a voucher by its face
		// value, the thing itself, no amount of money anyone has.
		return Figure{}, false
	}
	if rd.num.Determiner && pointingWords[prev] {
		return Figure{}, false // 이 두 사건: things already named, not a new count
	}
	if rd.kind == KindCount && rd.hasUnit() && pointingWords[prev] && x.nounAfterCounter(rd.end) {
		return Figure{}, false // 이 4개 국가: a count of things already named, by a counter and a noun
	}
	if sentenceWords[prev] {
		rd = x.sentenceMonths(rd) // 징역 10월, 징역 1년 6월
	}
	if !rd.hasUnit() && rd.num.Digits && rd.num.Decimal && !rd.num.Fraction && rd.valueTo == nil {
		// 평균자책점 4.71, 규모 4.9: a decimal right after the noun of what it measures.
		m := x.commonNounBefore(rd.start)
		if m == "" || !scaleNouns[x.tokenEndingAt(rd.start-1).Surface] {
			// 규모 3.7, 3.2의 지진, 규모 8.8에서 9.0으로: a decimal listed right after one on a
			// scale, or the end of its change, is on the same scale.
			m = ""
			if x.scaleEnd > 0 && x.scaleEnd <= rd.start && scaleJoins[s[x.scaleEnd:rd.start]] {
				m = x.scaleMeasure
			}
		}
		if m != "" {
			rd.kind = KindMeasure
			f := x.figure(rd)
			f.Measure = m
			f.Qualifier = x.qualifier(rd, prev)
			x.scaleEnd, x.scaleMeasure = f.End, m
			return f, true
		}
	}
	if !rd.hasUnit() && rd.kind != KindFraction && rd.num.Native && !rd.num.Determiner && strings.HasPrefix(s[rd.end:], " 중 ") {
		// 셋 중 한 명: M of N, N a number word without a counter.
		if r2, ok := readFigure(s, rd.end+len(" 중 "), x.boundary); ok && r2.hasUnit() && r2.kind == KindCount && r2.valueTo == nil && r2.value > 0 && r2.value <= rd.value {
			f := Figure{Text: s[rd.start:r2.end], Value: r2.value / rd.value, Kind: KindFraction, Sentence: -1, SameAs: -1}
			f.Start, f.End = rd.start, r2.end
			return f, true
		}
	}
	if !rd.hasUnit() && rd.kind != KindFraction && wonLead(s[:rd.start]) {
		rd.kind, rd.unit = KindMoney, "원" // 1만6천엔(한화 약 16만): 한화 names the currency
		f := x.figure(rd)
		f.Qualifier = x.qualifier(rd, prev)
		return f, true
	}
	if !rd.hasUnit() && rd.kind != KindFraction {
		m, ok := x.bareNumber(rd)
		if !ok {
			return Figure{}, false
		}
		rd.kind = KindCount
		if rd.num.Decimal {
			rd.kind = KindMeasure // 2,500.12: a level, no count
		}
		f := x.figure(rd)
		f.Measure = m
		f.Qualifier = x.qualifier(rd, prev)
		return f, true
	}
	// 3년에서 5년까지: a range written with words.
	if rd.valueTo == nil {
		if rest, ok := strings.CutPrefix(s[rd.end:], "에서 "); ok {
			k := len(s) - len(rest)
			if r2, ok := readFigure(s, k, x.boundary); ok && r2.unit == rd.unit && r2.valueTo == nil && strings.HasPrefix(s[r2.end:], "까지") {
				v := r2.value
				rd.valueTo, rd.end, rd.after = &v, r2.end, r2.end
			}
		}
	}
	rest := s[rd.end:]
	// Ordinals (두 번째, 3번째) and per-unit denominators (1g당, 1년에) are not figures.
	if strings.HasPrefix(rest, "째") || strings.HasPrefix(rest, "당") || strings.HasPrefix(rest, "마다") {
		return Figure{}, false
	}
	if rd.unit == "사" && strings.HasPrefix(rest, "분기") {
		return Figure{}, false // 2011년 1사분기: a quarter of the year, a date
	}
	// 취임 9주차, 입사 3년차, 2일차: 차 after a count of time or times makes it an ordinal, the
	// place in a sequence (not 차이, a difference).
	if strings.HasPrefix(rest, "차") && !strings.HasPrefix(rest, "차이") && ordinalChaUnits[rd.unit] {
		return Figure{}, false
	}
	// 북위 43도, 동경 131.1도, 37.45°N: a position on the globe, not a quantity.
	if coordinateWords[prev] || (rd.unit == "°" || rd.unit == "도") && len(rest) > 0 && strings.IndexByte("NSEW", rest[0]) >= 0 {
		return Figure{}, false
	}
	// 징역 1년에 집행유예 2년: after a penalty, 에 joins two terms of a sentence, no rate.
	if rd.value == 1 && rd.valueTo == nil && rd.kind != KindRank && !sentenceWords[prev] && x.rateFollows(rd.end) {
		if rd.unit == "시간" {
			x.perHour = rd.end
		}
		return Figure{}, false
	}
	// 단 한 개의 나사도 …: emphatic negation means none.
	if rd.value == 1 && rd.num.Native && (prev == "단" || strings.HasPrefix(rest, "도") || strings.HasPrefix(rest, "의 ") && x.emphaticNone(rd.end)) {
		return Figure{}, false
	}
	// A lone capital M is metres only where a length or a speed is spoken of (초속 8M, 500M
	// 반경); elsewhere it is a name (3M) or millions.
	if s[rd.unitStart:rd.unitEnd] == "M" && !lengthWords[prev] && !lengthWords[x.followingNoun(rd.end)] {
		return Figure{}, false
	}
	switch rd.unit {
	case "년":
		if x.yearLike(rd) || eraYear(rest) {
			return Figure{}, false
		}
	case "일":
		if x.dayIsDate(rd, prev) {
			return Figure{}, false
		}
	case "분", "초":
		if clockLike(prev) || clockWords[prev] {
			return Figure{}, false
		}
	case "대":
		f, ok := x.daeFigure(rd, prev)
		if !ok {
			return Figure{}, false
		}
		if f.Kind != "" {
			return f, true
		}
	case "위":
		// 3, 4위전, 3위 결정전: the match for a place, which no one holds yet.
		if strings.HasPrefix(rest, "전") || strings.HasPrefix(strings.TrimPrefix(rest, " "), "결정전") {
			return Figure{}, false
		}
	case "기":
		// 기 counts machines and structures; after anything else N기 is a class, a term or a
		// season (사법연수원 13기, 제2기 내각, 애니메이션 3기).
		after := rd.after
		if strings.HasPrefix(s[after:], "의 ") {
			after += len("의") // 23기의 원전
		}
		if !isMachine(lastNoun(prev)) && !isMachine(x.followingNoun(after)) {
			return Figure{}, false
		}
	case "회":
		// 2회초, 9회말: the top or bottom of an inning says when in the game, not how many times.
		if strings.HasPrefix(rest, "초") || strings.HasPrefix(rest, "말") {
			return Figure{}, false
		}
	case "쪽", "페이지":
		// ‘고종 독살설’(252쪽), 보고서 12페이지에 나온다: a page number says where, not how many
		// pages (총 300쪽 분량, 300쪽에 달하는 are counts).
		if rd.start > 0 && s[rd.start-1] == '(' && strings.HasPrefix(rest, ")") ||
			(strings.HasPrefix(rest, "에 ") || strings.HasPrefix(rest, "에서")) && !strings.HasPrefix(rest, "에 달") && !strings.HasPrefix(rest, "에 이르") && !strings.HasPrefix(rest, "에 육박") {
			return Figure{}, false
		}
	case "단계":
		// 경부고속철도 2단계 구간, 3단계 거리두기: N단계 before a noun names a stage by its
		// number, an ordinal; 한 단계 높였다, 1단계씩 악화된 count steps.
		if rd.valueTo == nil && x.stageNoun(rd.end) {
			return Figure{}, false
		}
		// 1단계에서는 17명, 2단계 46명 (비상근무), 산불 3단계와 위기경보를 발령했다: in a sentence
		// about alerts and responses a level is named by its number, unless 씩 or 에 걸쳐 count
		// steps.
		if rd.num.Digits && !strings.HasPrefix(rest, "씩") && !strings.HasPrefix(rest, "에 걸") && x.alertSentence(rd.start) {
			return Figure{}, false
		}
	case "선":
		if rd.value < 100 {
			return Figure{}, false // 3선 의원, 38선: a term of office, a line
		}
	case "부":
		if courtDivisions[prev] {
			return Figure{}, false // 형사 9부: a division of a court, by its number
		}
	case "세":
		if rd.value < 10 && rd.valueTo == nil && x.properNounBefore(rd.start) {
			return Figure{}, false // 엘리자베스 2세: a regnal number, part of the name
		}
	case "번":
		// 기호 3번, 항공편 214번, 3번 출구: a number that names, not a count of times.
		if rd.num.Digits && rd.qualifier == "" && (x.commonNounBefore(rd.start) != "" || x.properNounBefore(rd.start) || x.followingNoun(rd.after) != "") {
			return Figure{}, false
		}
	}
	// N명 중 M명: one fraction.
	if fr, ok := x.proportion(rd); ok {
		fr.Qualifier = x.qualifier(rd, prev)
		return fr, true
	}
	f := x.figure(rd)
	f.Qualifier = x.qualifier(rd, prev)
	if f.Unit == "㎞" && x.perHour > 0 && f.Start > x.perHour && f.Start-x.perHour <= 24 && !strings.ContainsAny(s[x.perHour:f.Start], ".,") {
		f.Unit = "㎞/h" // 한시간에 최고 30km
	}
	applyLeadWord(&f, prev)
	return f, true
}

// ordinalChaUnits are the units after which 차 makes an ordinal (9주차, 3년차, 2회차).
var ordinalChaUnits = map[string]bool{"주": true, "년": true, "일": true, "개월": true, "회": true, "번": true}

// lengthWords name a length, a distance or a speed, before or after its measure (초속, 반경).
var lengthWords = map[string]bool{
	"초속": true, "반경": true, "높이": true, "길이": true, "거리": true, "깊이": true, "폭": true,
	"너비": true, "수심": true, "해발": true, "고도": true, "지름": true, "직경": true, "상공": true,
	"달리기": true,
}

// coordinateWords name a latitude or a longitude before its degrees (북위 43도).
var coordinateWords = map[string]bool{"북위": true, "남위": true, "동경": true, "서경": true}

// eraYear reports the text after N년 that glosses it with a year of the common era in
// brackets (정조 20년(1796), 세종 10년(1428년)): N년 is a year of a reign, a date.
func eraYear(rest string) bool {
	r, ok := strings.CutPrefix(rest, "(")
	if !ok {
		return false
	}
	n := 0
	for n < len(r) && r[n] >= '0' && r[n] <= '9' {
		n++
	}
	return (n == 3 || n == 4) && (strings.HasPrefix(r[n:], ")") || strings.HasPrefix(r[n:], "년)"))
}

// wonLead reports text that ends in 한화 (Korean won), perhaps with 약 or 대략 after it.
func wonLead(before string) bool {
	before = strings.TrimRight(before, " ")
	for _, q := range [...]string{"약", "대략"} {
		if t, ok := strings.CutSuffix(before, q); ok {
			before = strings.TrimRight(t, " ")
			break
		}
	}
	return strings.HasSuffix(before, "한화") || strings.HasSuffix(before, "원화")
}

// nounAfterCounter reports a noun written right after the counter that ends at i (4개 국가):
// the count is then a determiner of that noun phrase.
func (x *figureScan) nounAfterCounter(i int) bool {
	tok, ok := x.wordAfter(i)
	return ok && strings.HasPrefix(tokenize.FirstTag(tok.POS), "NN")
}

// pointingWords before a native numeral point back at things already named (이 두 사건, 그 세
// 사람): the numeral counts nothing new.
var pointingWords = map[string]bool{"이": true, "그": true, "저": true, "이들": true, "그들": true}

// sentenceWords are the penalties a court sentences to, after which the law writes months as
// N월 (징역 10월, 징역 1년 6월, 금고 8월).
var sentenceWords = map[string]bool{"징역": true, "금고": true, "집행유예": true, "자격정지": true, "선고유예": true}

// sentenceMonths reads a court sentence's months written N월, alone (징역 10월) or after years
// (징역 1년 6월 and 징역2년6월 are 18 and 30개월); any other reading is returned as it was.
func (x *figureScan) sentenceMonths(rd reading) reading {
	s := x.s
	months := func(at int) (float64, int, bool) {
		n, ok := ParseNumber(s[at:])
		if !ok || n.Native || n.Fraction || !strings.HasPrefix(s[at+n.End:], "월") {
			return 0, 0, false
		}
		end := at + n.End + len("월")
		return n.Value, end, x.boundary(end)
	}
	switch {
	case !rd.hasUnit() && rd.valueTo == nil:
		if v, end, ok := months(rd.start); ok && v == rd.value {
			rd.unit, rd.kind = "개월", KindDuration
			rd.unitStart, rd.unitEnd, rd.end, rd.after = rd.numEnd, end, end, end
		}
	case rd.unit == "년" && rd.valueTo == nil:
		at := rd.end // 징역 1년 6월, and written together 징역2년6월
		if strings.HasPrefix(s[at:], " ") {
			at++
		}
		if v, end, ok := months(at); ok {
			rd.value, rd.unit = rd.value*12+v, "개월"
			rd.unitEnd, rd.end, rd.after = end, end, end
		}
	}
	return rd
}

// properNounBefore reports a proper noun right before byte i with no particle (엘리자베스 2세).
func (x *figureScan) properNounBefore(i int) bool {
	if i < 2 || x.s[i-1] != ' ' {
		return false
	}
	tok := x.tokenEndingAt(i - 1)
	return tok != nil && tokenize.FirstTag(tok.POS) == "NNP"
}

// scaleNouns name what a bare decimal after them measures on a scale of its own (규모 4.9,
// 평균자책점 4.71, 난도 3.8); after other nouns a decimal is a version or a name (웹 2.0).
var scaleNouns = map[string]bool{
	"규모": true, "진도": true, "자책점": true, "방어율": true, "타율": true, "난도": true, "난이도": true,
	"점수": true, "평점": true, "지수": true, "영하": true, "영상": true, "기온": true, "온도": true,
	"수온": true, "체온": true, "시력": true, "학점": true, "금리": true, "배율": true, "출산율": true,
	"출생률": true, "경쟁률": true, "득점": true, "평균": true,
}

// scaleJoins are what stands between two decimals on one scale: a list (3.7, 3.2; 3.7과 3.2)
// or a change (8.8에서 9.0으로).
var scaleJoins = map[string]bool{", ": true, ",": true, "·": true, "과 ": true, "와 ": true, " 및 ": true, "에서 ": true}

// commonNounBefore returns the common noun right before byte i with no particle (규모 in
// 규모 4.9), or "".
func (x *figureScan) commonNounBefore(i int) string {
	if i < 2 || x.s[i-1] != ' ' {
		return ""
	}
	tok := x.tokenEndingAt(i - 1)
	if tok == nil || tokenize.FirstTag(tok.POS) != "NNG" {
		return ""
	}
	return lastNoun(x.prevWord(i)) // 평균자책점 (평균+자책점) as written
}

// machineNouns are things counted with 기: machines, reactors, launchers, towers, tombs.
var machineNouns = map[string]bool{
	"원전": true, "원자로": true, "발전기": true, "발전소": true, "발사대": true, "미사일": true,
	"위성": true, "로켓": true, "엔진": true, "고분": true, "무덤": true, "묘": true, "탑": true,
	"석탑": true, "비석": true, "크레인": true, "터빈": true, "풍력발전기": true, "송전탑": true,
	"기지국": true, "포대": true, "엘리베이터": true, "승강기": true, "시설": true,
	"탱크": true, "사드": true, "잠수함": true, "전차": true, "레이더": true,
}

// isMachine reports a noun of a machine or structure counted with 기, also as the last part of
// a compound (통신위성 is a 위성, 저장탱크 a 탱크).
func isMachine(noun string) bool {
	if machineNouns[noun] {
		return true
	}
	for i := range noun {
		if i > 0 && utf8.RuneCountInString(noun[i:]) >= 2 && machineNouns[noun[i:]] {
			return true
		}
	}
	return false
}

// courtDivisions are the words before a court division's number (형사 9부, 민사 3부).
var courtDivisions = map[string]bool{"형사": true, "민사": true, "행정": true, "가사": true, "특허": true}

// lastNoun returns the last Hangul run of a word (원전 from 원전, 발사대 from 사드발사대 is
// not split: the word as written when it is all Hangul).
func lastNoun(w string) string {
	i := len(w)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(w[:i])
		if !isHangul(r) {
			break
		}
		i -= size
	}
	return w[i:]
}

// daeFigure reads N대, which Korean uses five ways: N대 M is a ratio or a score (경쟁률 10대 1,
// 3대3 트레이드); N대 before a noun is the Nth term of an office (18대 대통령), the N major
// things (4대 광역시) or a list title (50대 회사); tens with 대 are an age group (60대 이상,
// 30~40대); after its noun it counts machines (민항기 4대). It returns ok false for what is
// no figure, a Figure with a Kind for a reading of its own, and a zero Figure to go on with the
// count.
func (x *figureScan) daeFigure(rd reading, prev string) (Figure, bool) {
	s := x.s
	if rd.num.Native && rd.unitStart == rd.numEnd {
		return Figure{}, false // 열대 과일: a word, no number (native numbers count with a space: 두 대)
	}
	rest := s[rd.end:]
	other := strings.TrimPrefix(rest, " ")
	if n, ok := ParseNumber(other); ok && rd.num.Digits && isArabicDigit(firstRune(other)) {
		// 경쟁률은 1,234.5대 1: a ratio to one after a rate (…률, …율, …비); any other N대 M is a
		// score or a pairing, no figure.
		if n.Value != 1 || rd.valueTo != nil || !x.rateBefore(rd.start) {
			return Figure{}, false
		}
		end := len(s) - len(other) + n.End
		f := Figure{Text: s[rd.start:end], Value: rd.value, Unit: ":1", Kind: KindMultiplier, Sentence: -1, SameAs: -1}
		f.Start, f.End = rd.start, end
		f.Qualifier = x.qualifier(rd, prev)
		return f, true
	}
	v := rd.value
	tens := v >= 10 && v <= 90 && math.Mod(v, 10) == 0
	noun := x.followingNoun(rd.after)
	switch {
	case tens && (ageNouns[noun] || x.namedPersonAfter(rd.after)):
		// 40대 남성, 20대 여성이, 10대 소년에게, 30대 김모씨, 40대 구속 (a headline): news names
		// a person by the decade of their age, an age group.
		f := x.figure(rd)
		f.Kind = KindMeasure
		f.Qualifier = x.qualifier(rd, prev)
		return f, true
	case noun != "" && tens:
		return Figure{}, false // 50대 회사, 세계 10대 경제대국, 20대 국회: a list title, a term
	case x.commonNounBefore(rd.start) != "" && !deicticNouns[x.commonNounBefore(rd.start)]:
		return Figure{}, true // 차량 2천여대, 민항기 4대: machines counted after their noun
	case noun != "" && v > 10 && v < 100 && rd.qualifier == "":
		return Figure{}, false // 18대 대통령: the Nth term
	case tens:
		f := x.figure(rd) // 60대 이상, 30~40대: an age group
		f.Kind = KindMeasure
		f.Qualifier = x.qualifier(rd, prev)
		return f, true
	case noun != "" && v < 10:
		f := x.figure(rd) // 4대 광역시: the four major cities
		f.Measure = noun
		f.Qualifier = x.qualifier(rd, prev)
		return f, true
	}
	return Figure{}, true
}

// ageNouns, after the decade of an age (40대 남성), name the person of that age, or what is
// done to them in a headline (40대 구속).
var ageNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("남성 여성 남자 여자 남녀 소년 소녀 청년 청소년 노인 주부 가장 " +
		"회사원 직장인 운전자 환자 아버지 어머니 엄마 아빠 부부 남편 아내 교사 학생 대학생 " +
		"여대생 남학생 여학생 용의자 피의자 피고인 근로자 노동자 외국인 남 여 구속 검거 체포 입건") {
		m[w] = true
	}
	return m
}()

// namedPersonAfter reports a person named after a space at byte i with 씨 (김모씨는, 이모 씨가).
func (x *figureScan) namedPersonAfter(i int) bool {
	if i >= len(x.s) || x.s[i] != ' ' {
		return false
	}
	rest := x.s[i+1:]
	if k := strings.IndexAny(rest, " ,.\n"); k >= 0 {
		word, next := rest[:k], rest[k:]
		return strings.Contains(word, "씨") || strings.HasPrefix(next, " 씨")
	}
	return strings.Contains(rest, "씨")
}

// deicticNouns point at a time rather than name what is counted (이번 18대 정부: the Nth).
var deicticNouns = map[string]bool{"이번": true, "지난번": true, "금번": true, "차기": true, "당시": true}

// rateBefore reports a rate or ratio noun (경쟁률, 비율, 투표율, 남녀비) among the two words
// before byte i.
func (x *figureScan) rateBefore(i int) bool {
	for k := 0; k < 2; k++ {
		w := x.prevWord(i)
		if w == "" {
			return false
		}
		n := lastNoun(strings.TrimRight(w, "은는이가을를의도"))
		if strings.HasSuffix(n, "률") || strings.HasSuffix(n, "율") || strings.HasSuffix(n, "비") {
			return true
		}
		i = strings.LastIndex(x.s[:i], w)
		if i < 0 {
			return false
		}
	}
	return false
}

// tokenEndingAt returns the token that ends at byte i, or nil.
func (x *figureScan) tokenEndingAt(i int) *tokenize.Token {
	toks := x.txt.Tokens
	k := sort.Search(len(toks), func(k int) bool { return toks[k].End >= i })
	if k < len(toks) && toks[k].End == i {
		return &toks[k]
	}
	return nil
}

// figure builds the Figure of a reading as it stands.
func (x *figureScan) figure(rd reading) Figure {
	f := Figure{Text: x.s[rd.start:rd.end], Value: rd.value, ValueTo: rd.valueTo, Unit: rd.unit, Kind: rd.kind, Sentence: -1, SameAs: -1}
	f.Start, f.End = rd.start, rd.end
	return f
}

// qualifier picks the figure's qualifier: a bound written after it (이상, 이하, 미만, 초과) wins,
// then one written before it (약, 거의, 최대, 최소), then an approximation after it (여, 가량).
func (x *figureScan) qualifier(rd reading, prev string) string {
	switch rd.qualifier {
	case "이상", "이하", "미만", "초과":
		return rd.qualifier
	}
	if q, ok := preQualifiers[prev]; ok {
		return q
	}
	return rd.qualifier
}

// bareNumber decides whether a number without a counter is a figure: a native numeral before
// a noun (네 요소, two or more), or a number with a myriad (100만 사용자, 1억을 넘었다). It
// returns the counted noun when one follows.
func (x *figureScan) bareNumber(rd reading) (string, bool) {
	noun := x.followingNoun(rd.numEnd)
	n := rd.num
	switch {
	case n.Native:
		if !n.Determiner || n.Value < 2 || noun == "" {
			return noun, false
		}
		// 두 월드컵의 개최지, 두 나라 모두: a native numeral before a noun the text has already
		// named, or before X 모두 (both X), counts the things named before, nothing new.
		// A noun of kinds (두 종류의 RNA, 세 가지) counts like a counter, always something new.
		// 두 제품은, 두 회사는: 은/는 marks what the reader already knows, so a native numeral
		// before a noun made the topic points back to things already named (by their names, not
		// always by this noun), as a first count would not; a count restated as the topic (네
		// 요소를 언급하며 … 밝힌 네 요소는) is the same count again.
		// A noun phrase's last noun is its head (두 전직 대통령 counts 대통령): what the head names
		// may have been named before as well.
		head := x.phraseHead(rd.numEnd, noun)
		counted := x.s[rd.start:rd.numEnd] + " " + noun
		return head, kindNouns[noun] || !x.namedBefore(rd.start, noun) && !x.namedBefore(rd.start, head) && !strings.HasPrefix(x.s[rd.numEnd:], " "+noun+" 모두") &&
			(!x.topicAfter(rd.numEnd) || strings.Contains(x.s[:rd.start], counted))
	case !n.Digits:
		return "", false // Sino-Korean words (백, 조, 이) without a counter are names or words
	}
	text := x.s[rd.start:rd.numEnd]
	// 2,500.12에 마감했다: a number written with both a thousands comma and decimals is a level
	// or an amount measured; no year, name, version or score is written so.
	if strings.Contains(text, ",") && strings.Contains(text, ".") && !n.Slash {
		return noun, true
	}
	if !strings.ContainsAny(text, "만억조경") {
		return "", false // a bare 2016 or 9 is a year, a name or a score
	}
	if r, _ := utf8.DecodeRuneInString(x.s[rd.numEnd:]); isHangul(r) && !x.boundary(rd.numEnd) {
		return "", false
	}
	if strings.Contains(text, "조 ") && strings.HasPrefix(x.s[rd.numEnd:], "항") {
		return "", false // 기본법 2조 1항: an article of a law and its paragraph, not 2조 and 1
	}
	if strings.HasSuffix(text, "조") {
		// 형법 제60조, 관리법 17조: an article of a law, not trillions.
		if p := x.prevWord(rd.start); p == "제" || strings.HasSuffix(p, "법") || strings.HasSuffix(p, "령") || strings.HasSuffix(p, "규칙") || strings.HasSuffix(p, "조약") {
			return "", false
		}
	}
	return noun, true
}

// alertWords are the words of a sentence about a system of alert or response levels.
var alertWords = [...]string{"발령", "경보", "격상", "하향", "대응", "비상", "거리두기"}

// alertSentence reports that the sentence around byte i speaks of alert or response levels.
func (x *figureScan) alertSentence(i int) bool {
	k := x.sentence(i)
	if k < 0 {
		return false
	}
	sent := x.txt.Sentences[k].Text(x.s)
	for _, w := range alertWords {
		if strings.Contains(sent, w) {
			return true
		}
	}
	return false
}

// stageNoun reports a common or proper noun right after a space at byte i that is not made
// into a verb (2단계 구간, 2단계 구간인; not 1단계 상향했다).
func (x *figureScan) stageNoun(i int) bool {
	tok, ok := x.wordAfter(i)
	if !ok {
		return false
	}
	switch tokenize.FirstTag(tok.POS) {
	case "NNG", "NNP":
	default:
		return false
	}
	if next, ok := x.token(tok.End); ok {
		switch tokenize.FirstTag(next.POS) {
		case "XSA", "XSV":
			return false
		}
	}
	return true
}

// wordAfter returns the first token of the word after a space at byte i.
func (x *figureScan) wordAfter(i int) (*tokenize.Token, bool) {
	if i >= len(x.s) || x.s[i] != ' ' {
		return nil, false
	}
	return x.token(i + 1)
}

// followingNoun returns the noun that follows byte i after one space (사용자 in 100만 사용자를).
func (x *figureScan) followingNoun(i int) string {
	tok, ok := x.wordAfter(i)
	if !ok {
		return ""
	}
	switch tokenize.FirstTag(tok.POS) {
	case "NNG", "NNP":
	default:
		return ""
	}
	// 두 걸출한 인물: a noun made into an adjective or verb is not what is counted.
	if next, ok := x.token(tok.End); ok {
		switch tokenize.FirstTag(next.POS) {
		case "XSA", "XSV", "VCP":
			return ""
		}
	}
	return tok.Surface
}

// phraseHead returns the last noun of the noun phrase whose first noun, noun, follows byte i
// after a space: nouns written each as a word of its own, with no particle, modify the last
// one (전직 대통령, 민간 기업 대표).
func (x *figureScan) phraseHead(i int, noun string) string {
	tok, ok := x.wordAfter(i)
	for ok && tok.Surface == noun {
		next, more := x.wordAfter(tok.End)
		if !more || x.followingNoun(tok.End) == "" || next.Surface == "모두" {
			break
		}
		tok, noun = next, next.Surface
	}
	return noun
}

// topicAfter reports a noun after a space at byte i marked as the topic with 은 or 는 (두 제품은).
func (x *figureScan) topicAfter(i int) bool {
	tok, ok := x.wordAfter(i)
	if !ok {
		return false
	}
	next, ok := x.token(tok.End)
	return ok && tokenize.FirstTag(next.POS) == "JX" && (next.Surface == "은" || next.Surface == "는")
}

// kindNouns count kinds or ways after a native numeral (두 종류, 세 가지, 네 유형).
var kindNouns = map[string]bool{"종류": true, "가지": true, "유형": true, "부류": true, "방식": true, "측면": true}

// namedBefore reports a common or proper noun written as noun before byte i of the text, not
// counted there (한 요소, 네 요소 count elements; FIFA 월드컵 names one).
func (x *figureScan) namedBefore(i int, noun string) bool {
	toks := x.txt.Tokens
	for k, t := range toks {
		if t.Start >= i {
			return false
		}
		if t.Surface != noun || k == 0 {
			continue
		}
		switch tokenize.FirstTag(t.POS) {
		case "NNG", "NNP":
			if p := toks[k-1]; !numeralToken(p) {
				return true
			}
		}
	}
	return false
}

// numeralToken reports a number (SN), a numeral (NR) or a numeral determiner (두, 세; not 전
// in 전 대통령, an MM that counts nothing).
func numeralToken(t tokenize.Token) bool {
	switch tokenize.FirstTag(t.POS) {
	case "SN", "NR":
		return true
	case "MM":
		n, ok := ParseNumber(t.Surface)
		return ok && n.End == len(t.Surface)
	}
	return false
}

// vagueWords before a number make it vague (몇 천원, 수백 명), so it is no figure.
var vagueWords = map[string]bool{"몇": true, "수": true, "여러": true, "수십": true, "수백": true, "수천": true, "수만": true, "수억": true}

// prevWord returns the whitespace-delimited word before byte i, without surrounding brackets.
func (x *figureScan) prevWord(i int) string {
	s := x.s[:i]
	if s == "" || s[len(s)-1] != ' ' && s[len(s)-1] != '(' {
		return ""
	}
	s = strings.TrimRight(s, " (")
	k := strings.LastIndexAny(s, " \n\t(\"'“‘")
	w := s[k+1:]
	if k >= 0 {
		_, cw := utf8.DecodeRuneInString(s[k:])
		w = s[k+cw:]
	}
	return strings.TrimRight(w, ",")
}

// emphaticNone reports 한 개의 나사도 …: the noun after 의 (at byte i) carries 도.
func (x *figureScan) emphaticNone(i int) bool {
	rest := strings.TrimPrefix(x.s[i:], "의 ")
	if sp := strings.IndexAny(rest, " ,."); sp > 0 {
		rest = rest[:sp]
	}
	return strings.HasSuffix(rest, "도")
}

// yearLike reports a calendar year (2013년, 1948년 1월) rather than a number of years.
func (x *figureScan) yearLike(rd reading) bool {
	rest := x.s[rd.end:]
	for _, p := range [...]string{"대", "생"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	if r, _ := utf8.DecodeLastRuneInString(x.s[:rd.start]); r == '\'' || r == '’' || r == '‘' {
		return true
	}
	if monthFollows(rest) {
		return true
	}
	// A year is written in plain digits: with a myriad (45억년, 1만 년) it is a length of time.
	if rd.value < 1000 || rd.num.Decimal || strings.ContainsAny(x.s[rd.start:rd.numEnd], "만억조") {
		return false
	}
	// 1000년 만에, 2000년간: a length of time; 2018년 이내 or 2013년 후 is still a year.
	for _, p := range [...]string{"간", "동안", " 동안", "만에", " 만에", "만의", " 만의", "만이", " 만이", "만인", " 만인", "째"} {
		if strings.HasPrefix(rest, p) {
			return false
		}
	}
	return true
}

// monthFollows reports " 3월" after a year.
func monthFollows(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	j := 0
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	return j > 0 && strings.HasPrefix(rest[j:], "월")
}

// durationSuffixes follow a number of days or years that is a length of time, not a date.
var durationSuffixes = []string{
	"간", "동안", " 동안", "만에", " 만에", "째", "씩", "연속", "이내", " 이내", "안에", " 안에",
	"후", " 후", "뒤", " 뒤", "밖에", "이 걸", "가 걸", "이나 걸", "이 지나", "가 지나", "이 소요",
	"가 소요", "에 걸쳐", "에 걸친", "을 보내", "를 보내", "이 남", "가 남", "짜리", "만의", " 만의",
	// 지명 이후 21일 만이다, 사고 사흘 만인 5일: the time that has passed since.
	"만이", " 만이", "만인", " 만인",
	// 선고일에서 30일이 되는 날: the days counted from a day until another.
	"이 되",
	// 2~3일 더 걸린다: more days, which no date can be.
	" 더 ",
}

func durationCue(rest string) bool {
	for _, p := range durationSuffixes {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// durationPrefixes are words before a number of days that make it a length of time.
var durationPrefixes = map[string]bool{
	"약": true, "대략": true, "최소": true, "최대": true, "불과": true, "단": true, "무려": true,
	"고작": true, "꼬박": true, "거의": true, "총": true,
}

// datePrefixes are words before N일 that make it a calendar date.
var datePrefixes = map[string]bool{
	"지난": true, "오는": true, "이달": true, "내달": true, "다음달": true, "지난달": true,
	"이번달": true, "매월": true, "매달": true, "다음": true,
}

// dayIsDate decides between a date (8일 경기도…, 지난 5일) and a number of days (5일이 걸렸다,
// 40일). A news article's bare N일 is a date unless something marks a length of time.
func (x *figureScan) dayIsDate(rd reading, prev string) bool {
	if rd.value > 31 || rd.value != math.Trunc(rd.value) || rd.valueTo != nil && *rd.valueTo > 31 {
		return false
	}
	rest := x.s[rd.end:]
	if strings.HasPrefix(rest, "(현지") || strings.HasPrefix(rest, "자") {
		return true
	}
	if strings.HasSuffix(x.s[:rd.start], "+") {
		return false // 종료일로부터 +7일: a signed count of days is an offset, no date has a sign
	}
	if nights, ok := strings.CutSuffix(prev, "박"); ok && nights != "" {
		if n, ok := ParseNumber(nights); ok && n.End == len(nights) {
			return false // 2박 3일 일정: the days of a stay after its nights
		}
	}
	if datePrefixes[prev] || strings.HasSuffix(prev, "월") {
		return true
	}
	if rd.qualifier != "" || durationPrefixes[prev] {
		return false
	}
	return !durationCue(rest)
}

// clockWords before minutes make them a time of day or of a match (오후 3시 10분, 후반 27분).
var clockWords = map[string]bool{
	"전반": true, "후반": true, "연장": true, "오전": true, "오후": true, "새벽": true, "밤": true,
	"낮": true, "아침": true, "저녁": true, "정오": true, "자정": true,
}

// clockLike reports a word that ends in a clock time, so the minutes or seconds after it are
// part of the time (20시 21분, 1시∼3시 30분, 2시 5분 10초).
func clockLike(prev string) bool {
	var unit string
	switch {
	case strings.HasSuffix(prev, "시"):
		unit = "시"
	case strings.HasSuffix(prev, "분"):
		unit = "분"
	default:
		return false
	}
	head := strings.TrimSuffix(prev, unit)
	return head != "" && isArabicDigit(lastRune(head))
}

// proportion reads "N명 중 M명" (M of N) after a count as one fraction figure.
func (x *figureScan) proportion(rd reading) (Figure, bool) {
	if rd.kind != KindCount || rd.valueTo != nil || rd.value == 0 {
		return Figure{}, false
	}
	rest := x.s[rd.end:]
	var k int
	switch {
	case strings.HasPrefix(rest, " 중 "):
		k = rd.end + len(" 중 ")
	case strings.HasPrefix(rest, "중 "):
		k = rd.end + len("중 ") // 10명중 7명: 중 written onto the whole

	case strings.HasPrefix(rest, " 가운데 "):
		k = rd.end + len(" 가운데 ")
	default:
		return Figure{}, false
	}
	r2, ok := readFigure(x.s, k, x.boundary)
	if !ok || r2.unit != rd.unit || r2.value > rd.value || r2.valueTo != nil {
		return Figure{}, false
	}
	f := Figure{Text: x.s[rd.start:r2.end], Value: r2.value / rd.value, Kind: KindFraction, Sentence: -1, SameAs: -1}
	f.Start, f.End = rd.start, r2.end
	return f, true
}

// rateFollows reports "에" and then a number within the next two words (한시간에 최고 30km,
// 1년에 두 번): the figure before is the rate's denominator.
func (x *figureScan) rateFollows(i int) bool {
	rest, ok := strings.CutPrefix(x.s[i:], "에 ")
	if !ok {
		return false
	}
	at := i + len("에 ")
	for word := 0; word < 2 && rest != ""; word++ {
		r := firstRune(rest)
		if isArabicDigit(r) {
			return true
		}
		if tok, ok := x.token(at); ok && (tokenize.FirstTag(tok.POS) == "NR" || tokenize.FirstTag(tok.POS) == "MM") {
			return true
		}
		sp := strings.IndexByte(rest, ' ')
		if sp < 0 {
			return false
		}
		rest, at = rest[sp+1:], at+sp+1
	}
	return false
}

// applyLeadWord adjusts a figure for the word before it: 시속 30㎞ is a speed (㎞/h), 초속 5m
// one in m/s, 섭씨/화씨 name the temperature scale, and 영하 or 마이너스 make it negative (영하 5도
// is -5℃), both ends of a range alike.
func applyLeadWord(f *Figure, word string) {
	switch word {
	case "시속":
		if f.Unit == "㎞" {
			f.Unit = "㎞/h"
		}
	case "초속":
		if f.Unit == "m" {
			f.Unit = "m/s"
		}
	case "섭씨":
		if f.Unit == "도" {
			f.Unit = "℃"
		}
	case "화씨":
		if f.Unit == "도" {
			f.Unit = "℉"
		}
	case "영하", "마이너스":
		if word == "영하" && f.Unit == "도" {
			f.Unit = "℃"
		}
		f.Value = -f.Value
		if f.ValueTo != nil {
			v := -*f.ValueTo
			f.ValueTo = &v
		}
	}
}
