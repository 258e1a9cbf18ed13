package figures

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Figure kinds (SCHEMA.md).
const (
	KindCount      = "count"
	KindMoney      = "money"
	KindPercent    = "percent"
	KindMultiplier = "multiplier"
	KindFraction   = "fraction"
	KindDuration   = "duration"
	KindMeasure    = "measure"
	KindRank       = "rank"
)

// counter is one written form of a counter or unit: its normalised unit and the figure kind.
type counter struct {
	surface, unit, kind string
}

// counterTable lists the counters and units a figure may carry, as written → normalised.
// Counters that mark dates, clock times and names (월, 시, 차, 번째, 호, 세대) are deliberately
// absent: a number before them is not a figure.
var counterTable = func() []counter {
	var cs []counter
	add := func(kind, unit string, surfaces ...string) {
		for _, s := range surfaces {
			cs = append(cs, counter{s, unit, kind})
		}
	}
	// Counts: the counter is its own unit.
	for _, c := range strings.Fields("명 개 건 대 곳 가구 회 번 차례 마리 권 편 척 장 가지 단계 개국 개사 사 종 채 벌 쌍 그루 병 잔 켤레 통 표 인 팀 부 점 알 자루 포기 송이 칸 바퀴 판 세트 쪽 페이지 문항 과목 학점 경기 골 승 패 군데 좌석 석 개소 층 주년 박 글자 자리 마디 덩이 줄 부작 연승 연패 무 안타 홈런 타점 득점 세이브 홀드 이닝 탈삼진 삼진 볼넷 도루 실점 도움 어시스트 리바운드 인분 개비 가닥 조각 그릇 접시 봉지 상자 캔 곡 개교 종목 발") {
		kind := KindCount
		if c == "주년" {
			kind = KindDuration
		}
		add(kind, c, c)
	}
	// 기 counts machines and structures (원전 4기, 발사대 2기); finish keeps it for those only.
	add(KindCount, "기", "기")
	add(KindRank, "위", "위")
	add(KindRank, "등", "등")
	add(KindMoney, "원", "원", "₩", "￦", "KRW")
	add(KindMoney, "달러", "달러", "불", "$", "USD", "弗")
	add(KindMoney, "센트", "센트")
	add(KindMoney, "유로", "유로", "€", "EUR")
	add(KindMoney, "엔", "엔", "¥", "JPY")
	add(KindMoney, "위안", "위안", "CNY", "RMB")
	add(KindMoney, "파운드", "파운드", "£", "GBP")
	for _, c := range strings.Fields("루블 페소 프랑 루피 루피아 바트 링깃 랜드 리라 레알 디르함 리얄 크로나 크로네 즐로티 홍콩달러 대만달러 싱가포르달러 호주달러 캐나다달러 스웨덴크로나 덴마크크로네 노르웨이크로네 스위스프랑 비트코인") {
		add(KindMoney, c, c)
	}
	add(KindPercent, "%", "%", "％", "퍼센트", "프로")
	// Percentage points are written with the percent sign or word; 포인트 alone is a point of
	// an index or a score (코스피가 48.12포인트 내렸다).
	add(KindPercent, "%p", "%p", "%P", "％p", "%포인트", "％포인트", "퍼센트포인트")
	add(KindMeasure, "포인트", "포인트")
	add(KindMultiplier, "배", "배")
	add(KindDuration, "년", "년", "해")
	add(KindDuration, "개월", "개월", "달")
	add(KindDuration, "주", "주", "주일")
	add(KindDuration, "일", "일")
	add(KindDuration, "시간", "시간")
	add(KindDuration, "분", "분")
	add(KindDuration, "초", "초")
	add(KindDuration, "밀리초", "밀리초", "ms")
	add(KindMeasure, "㎞/h", "㎞/h", "km/h", "kph")
	add(KindMeasure, "m/s", "m/s", "㎧", "m/sec") // 최대풍속 53m/s: a speed, not a length
	// Korean writers often capitalise the Latin symbols of lengths, areas, weights and power
	// (16.1KM, 4Km, 100HA, 20KG, 20KW): a symbol of two letters is the same unit in any case; a
	// lone M is metres only where a length or a speed is spoken of (finish: 3M is a company).
	// Older press writes the letters in full width (700ｍ, 30ｋｍ), as it does ％.
	add(KindMeasure, "㎞", "㎞", "km", "킬로미터", "킬로", "키로", "KM", "Km", "ｋｍ")
	add(KindMeasure, "m", "m", "미터", "메터", "ｍ", "M")
	add(KindMeasure, "㎝", "㎝", "cm", "센티미터", "센치미터", "센티", "센치", "CM", "Cm", "ｃｍ")
	add(KindMeasure, "mm", "mm", "㎜", "밀리미터", "MM", "ｍｍ")
	add(KindMeasure, "㎛", "㎛", "μm", "마이크로미터")
	add(KindMeasure, "nm", "nm", "나노미터", "나노")
	add(KindMeasure, "마일", "마일", "마일즈", "miles", "mile")
	add(KindMeasure, "인치", "인치")
	add(KindMeasure, "피트", "피트", "ft")
	add(KindMeasure, "㎏", "㎏", "kg", "킬로그램", "KG", "Kg", "ｋｇ")
	add(KindMeasure, "g", "g", "그램", "그람")
	add(KindMeasure, "mg", "mg", "㎎", "밀리그램")
	add(KindMeasure, "t", "t", "톤")
	add(KindMeasure, "근", "근")
	add(KindMeasure, "L", "L", "ℓ", "리터")
	add(KindMeasure, "㎖", "㎖", "ml", "mL", "밀리리터", "미리리터")
	add(KindMeasure, "갤런", "갤런", "갤론")
	add(KindMeasure, "배럴", "배럴", "bbl") // oil is counted in barrels (하루 196만 배럴)
	add(KindMeasure, "hL", "hL", "헥토리터")
	add(KindMeasure, "cc", "cc")
	add(KindMeasure, "컵", "컵")
	add(KindMeasure, "℃", "℃", "°C", "°c")
	add(KindMeasure, "℉", "℉", "°F", "°f")
	add(KindMeasure, "도", "도", "°")
	add(KindMeasure, "세", "세", "살")
	add(KindMeasure, "㎡", "㎡", "제곱미터", "평방미터")
	add(KindMeasure, "㎢", "㎢", "제곱킬로미터", "평방킬로미터")
	add(KindMeasure, "ha", "ha", "헥타르", "HA", "Ha")
	add(KindMeasure, "평", "평")
	add(KindMeasure, "GB", "GB", "기가바이트")
	add(KindMeasure, "TB", "TB", "테라바이트")
	add(KindMeasure, "MB", "MB", "메가바이트")
	add(KindMeasure, "KB", "KB", "킬로바이트")
	add(KindMeasure, "바이트", "바이트")
	// data rates (최대 20Gbps)
	add(KindMeasure, "Gbps", "Gbps")
	add(KindMeasure, "Mbps", "Mbps")
	add(KindMeasure, "kbps", "kbps", "Kbps")
	add(KindMeasure, "비트", "비트")
	add(KindMeasure, "큐비트", "큐비트")
	add(KindMeasure, "bp", "bp", "염기쌍") // a length of DNA in base pairs (3 bp 앞)
	add(KindMeasure, "W", "W", "와트")
	add(KindMeasure, "kW", "kW", "킬로와트", "KW")
	add(KindMeasure, "MW", "MW", "메가와트")
	add(KindMeasure, "GW", "GW", "기가와트")
	add(KindMeasure, "kWh", "kWh")
	add(KindMeasure, "MWh", "MWh")
	add(KindMeasure, "GWh", "GWh")
	add(KindMeasure, "Hz", "Hz", "헤르츠")
	add(KindMeasure, "kHz", "kHz")
	add(KindMeasure, "MHz", "MHz", "메가헤르츠")
	add(KindMeasure, "GHz", "GHz", "기가헤르츠")
	add(KindMeasure, "V", "V", "볼트")
	add(KindMeasure, "마력", "마력") // an engine's power (최대 540마력의 엔진)
	// a typhoon's central pressure (중심기압 975hPa) and a high's strength (평년보다 2~6hPa 높고)
	add(KindMeasure, "hPa", "hPa", "헥토파스칼")
	add(KindMeasure, "mAh", "mAh")
	add(KindMeasure, "픽셀", "픽셀")
	add(KindMeasure, "화소", "화소")
	add(KindMeasure, "광년", "광년")
	add(KindMeasure, "킬로톤", "킬로톤", "kt")
	add(KindMeasure, "메가톤", "메가톤", "Mt")
	// 선 is the level of an index or a price (코스피 2,000선); finish keeps it from 100 up, below
	// which N선 is a term of office or a line (3선 의원, 38선).
	add(KindMeasure, "선", "선")
	// Longest first, so 개월 wins over 개 and 시간 over 시.
	sort.SliceStable(cs, func(i, j int) bool { return len(cs[i].surface) > len(cs[j].surface) })
	return cs
}()

// countersByRune indexes counterTable by first character, longest first.
var countersByRune = func() map[rune][]counter {
	m := map[rune][]counter{}
	for _, c := range counterTable {
		r := firstRune(c.surface)
		m[r] = append(m[r], c)
	}
	return m
}()

// counterAt returns the counter written at the start of s. A Latin unit must not run on into
// more Latin letters or digits (5G, 3D are not units).
func counterAt(s string) (counter, bool) {
	for _, c := range countersByRune[firstRune(s)] {
		if !strings.HasPrefix(s, c.surface) {
			continue
		}
		if isLatinUnit(c.surface) {
			if r, _ := utf8.DecodeRuneInString(s[len(c.surface):]); isLatinLetter(r) || isArabicDigit(r) {
				continue
			}
		}
		return c, true
	}
	return counter{}, false
}

// isLatinUnit reports a unit written in Latin letters (km, GB), which must stand on its own;
// counterTable lists the cases each is written in.
func isLatinUnit(s string) bool {
	r := firstRune(s)
	return isLatinLetter(r)
}

func isLatinLetter(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= 'ａ' && r <= 'ｚ') || (r >= 'Ａ' && r <= 'Ｚ')
}

// isHangul reports a Hangul syllable.
func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// prefixCurrencyAt reports a currency sign or code written before the number ($5, EUR 20).
func prefixCurrencyAt(s string) (counter, int) {
	for _, p := range [...]struct{ s, unit string }{{"$", "달러"}, {"US$", "달러"}, {"USD", "달러"}, {"€", "유로"}, {"EUR", "유로"}, {"£", "파운드"}, {"GBP", "파운드"}, {"₩", "원"}, {"￦", "원"}, {"KRW", "원"}, {"¥", "엔"}, {"JPY", "엔"}} {
		if strings.HasPrefix(s, p.s) {
			return counter{p.s, p.unit, KindMoney}, len(p.s)
		}
	}
	return counter{}, 0
}

// durationWords are nouns that are themselves a length of time: a number of days, or a week.
var durationWords = map[string]struct {
	value float64
	unit  string
}{
	"하루": {1, "일"}, "이틀": {2, "일"}, "사흘": {3, "일"}, "나흘": {4, "일"}, "닷새": {5, "일"},
	"엿새": {6, "일"}, "이레": {7, "일"}, "여드레": {8, "일"}, "아흐레": {9, "일"}, "열흘": {10, "일"},
	"보름": {15, "일"}, "일주일": {1, "주"},
}

// durationFirsts are the first syllables of durationWords, tested before the words are.
var durationFirsts = func() map[rune]bool {
	m := map[rune]bool{}
	for w := range durationWords {
		m[firstRune(w)] = true
	}
	return m
}()

// preQualifiers maps the qualifiers written before a number to the SCHEMA vocabulary.
var preQualifiers = map[string]string{
	"약": "약", "대략": "약", "거의": "거의", "최대": "최대", "최소": "최소", "적어도": "최소",
}

// postQualifiers maps the qualifiers written after a figure to the SCHEMA vocabulary, longest
// first.
var postQualifiers = []struct{ word, q string }{
	{"이상", "이상"}, {"이하", "이하"}, {"미만", "미만"}, {"초과", "초과"}, {"이내", "이하"},
	{"가량", "가량"}, {"정도", "가량"}, {"안팎", "약"}, {"내외", "약"}, {"남짓", "여"},
	{"넘는", "초과"}, {"넘게", "초과"}, {"넘어", "초과"}, {"넘은", "초과"}, {"여", "여"},
}
