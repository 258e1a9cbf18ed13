package figures

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gisa-nlp/gisa/tokenize"
)

var (
	figureTkOnce sync.Once
	figureTk     *tokenize.Tokenizer
	figureTkErr  error
)

// figureTokenizer loads the dictionary once for every figure test.
func figureTokenizer(t testing.TB) *tokenize.Tokenizer {
	t.Helper()
	figureTkOnce.Do(func() { figureTk, figureTkErr = tokenize.New() })
	if figureTkErr != nil {
		t.Fatal(figureTkErr)
	}
	return figureTk
}

func extract(t testing.TB, src string) []Figure {
	t.Helper()
	txt, err := figureTokenizer(t).Analyze(src)
	if err != nil {
		t.Fatal(err)
	}
	return Extract(txt)
}

// want is a figure's expected reading: "text value unit kind measure qualifier" with - for "".
type want struct {
	text    string
	value   float64
	valueTo float64 // 0: no range
	unit    string
	kind    string
	measure string
	qual    string
}

func checkFigures(t *testing.T, src string, got []Figure, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		t.Errorf("%q: got %d figures %s, want %d", src, len(got), describe(got), len(wants))
		return
	}
	for i, w := range wants {
		f := got[i]
		to := 0.0
		if f.ValueTo != nil {
			to = *f.ValueTo
		}
		if f.Text != w.text || !sameValue(f.Value, w.value) || to != w.valueTo || f.Unit != w.unit || f.Kind != w.kind || f.Measure != w.measure || f.Qualifier != w.qual {
			t.Errorf("%q figure %d: got %+v, want %+v", src, i, f, w)
		}
		if src[f.Start:f.End] != f.Text {
			t.Errorf("%q figure %d: span %d-%d is %q, text %q", src, i, f.Start, f.End, src[f.Start:f.End], f.Text)
		}
	}
}

func describe(fs []Figure) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("[" + f.Text + "]")
	}
	return b.String()
}

// TestSeedFigures checks the seed article's figures exactly as a reader lists them.
func TestSeedFigures(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed-kakao.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := extract(t, string(src))
	checkFigures(t, string(src), got, []want{
		{"100만", 1e6, 0, "", KindCount, "사용자", ""},
		{"3년", 3, 0, "년", KindDuration, "", "이상"},
		{"5일", 5, 0, "일", KindDuration, "", ""},
		{"1천만", 1e7, 0, "", KindCount, "사용자", ""},
		{"40일", 40, 0, "일", KindDuration, "", ""},
		{"1억명", 1e8, 0, "명", KindCount, "", ""},
		{"2개월", 2, 0, "개월", KindDuration, "", ""},
		{"10배", 10, 0, "배", KindMultiplier, "", ""},
		{"네", 4, 0, "", KindCount, "요소", ""},
		{"네", 4, 0, "", KindCount, "요소", ""},
		{"10분의 1", 0.1, 0, "", KindFraction, "", "이하"},
	})
	for _, f := range got {
		if f.Sentence < 0 {
			t.Errorf("%q has no sentence", f.Text)
		}
	}
}

// TestExtractFigures covers the grammar the issue lists, on real sentence shapes.
func TestExtractFigures(t *testing.T) {
	cases := []struct {
		src   string
		wants []want
	}{
		{"사용자는 1천만명이 넘었고 가입에는 40일에는 못 미쳤다.", []want{{"1천만명", 1e7, 0, "명", KindCount, "", ""}, {"40일", 40, 0, "일", KindDuration, "", ""}}},
		{"가격이 10배나 올랐다.", []want{{"10배", 10, 0, "배", KindMultiplier, "", ""}}},
		{"매출은 3조2천억 원이다.", []want{{"3조2천억 원", 3.2e12, 0, "원", KindMoney, "", ""}}},
		{"관객 1억2천만명을 모았다.", []want{{"1억2천만명", 1.2e8, 0, "명", KindCount, "", ""}}},
		{"투자금 1.5억 달러(약 1300억원)를 받았다.", []want{{"1.5억 달러", 1.5e8, 0, "달러", KindMoney, "", ""}, {"1300억원", 1.3e11, 0, "원", KindMoney, "", "약"}}},
		{"기간은 3~4년이며 비율은 20∼30%다.", []want{{"3~4년", 3, 4, "년", KindDuration, "", ""}, {"20∼30%", 20, 30, "%", KindPercent, "", ""}}},
		{"두 배로 늘었고 세 번 만났다.", []want{{"두 배", 2, 0, "배", KindMultiplier, "", ""}, {"세 번", 3, 0, "번", KindCount, "", ""}}},
		// 한 번 counts how often in a rate after a period with 에 (하루에 한 번) or when bounded (한 번
		// 이상); alone it is the idiom (다시 한 번). Wikinews (CC BY 2.5), shortened:
		// https://ko.wikinews.org/wiki/한국의_라이벌_인도네시아가_이길_것?_한국은_어떻게_막아낼_것인가?
		{"한국인은 하루에 한 번 이상 다른 사람 험담을 한다.", []want{{"한 번", 1, 0, "번", KindCount, "", "이상"}}},
		{"다시 한 번 말했다.", nil},
		{"스무 살 청년 한 명이 왔다.", []want{{"스무 살", 20, 0, "세", KindMeasure, "", ""}, {"한 명", 1, 0, "명", KindCount, "", ""}}},
		{"응답자 10명 중 7명이 찬성했고 절반 이상이 반대했다.", []want{{"10명 중 7명", 0.7, 0, "", KindFraction, "", ""}, {"절반", 0.5, 0, "", KindFraction, "", "이상"}}},
		{"바퀴를 이용하면 한시간에 최고 30km를 달린다.", []want{{"30km", 30, 0, "㎞/h", KindMeasure, "", ""}}},
		{"두 시간 반 동안 걸었다.", []want{{"두 시간 반", 2.5, 0, "시간", KindDuration, "", ""}}},
		{"벌금 2천 루피(4만원)를 부과했다.", []want{{"2천 루피", 2000, 0, "루피", KindMoney, "", ""}, {"4만원", 40000, 0, "원", KindMoney, "", ""}}},
		{"조사는 1년 반 동안 이어졌고 이틀간 쉬었다.", []want{{"1년 반", 1.5, 0, "년", KindDuration, "", ""}, {"이틀", 2, 0, "일", KindDuration, "", ""}}},
		{"최대 90%가 약 40여가지 증상을 보였다.", []want{{"90%", 90, 0, "%", KindPercent, "", "최대"}, {"40여가지", 40, 0, "가지", KindCount, "", "약"}}},
		{"기온은 영하 5도까지 내려갔다.", []want{{"5도", -5, 0, "℃", KindMeasure, "", ""}}},
		{"점유율이 2.5%p 올라 1위를 지켰다.", []want{{"2.5%p", 2.5, 0, "%p", KindPercent, "", ""}, {"1위", 1, 0, "위", KindRank, "", ""}}},
		{"거리는 35만6509km이고 시속 60km로 달린다.", []want{{"35만6509km", 356509, 0, "㎞", KindMeasure, "", ""}, {"60km", 60, 0, "㎞/h", KindMeasure, "", ""}}},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/일본의_현란한_외교에_어떻게_대응해야_하나..._한국군_수준_논란도
		// (a sentence, shortened): in X에서 Y로 the end of a change measures what its start does, a speed.
		{"기동력이 시속 50km에서 20~30km로 떨어진다.", []want{{"50km", 50, 0, "㎞/h", KindMeasure, "", ""}, {"20~30km", 20, 30, "㎞/h", KindMeasure, "", ""}}},
		{"거리는 50km에서 30km로 줄었다.", []want{{"50km", 50, 0, "㎞", KindMeasure, "", ""}, {"30km", 30, 0, "㎞", KindMeasure, "", ""}}},
		// m/s written after the number is a speed, as 초속 before it makes one (Wikinews typhoon
		// reports, CC BY 2.5: https://ko.wikinews.org/wiki/제16호_태풍_‘산바(SANBA)’_활동_전망).
		{"최대풍속 56m/s의 매우 강한 대형태풍이다.", []want{{"56m/s", 56, 0, "m/s", KindMeasure, "", ""}}},
		// Units of weather, engines and land, and Latin letters written in full width (Wikinews,
		// CC BY 2.5, shortened: https://ko.wikinews.org/wiki/제14호_태풍_‘덴빈’_활동_전망,
		// https://ko.wikinews.org/wiki/볼보트럭,_뉴_볼보_F_시리즈_아시아•태평양_통합_런칭행사_개최_외,
		// https://ko.wikinews.org/wiki/타지키스탄,_중화인민공화국에_영토_일부_넘긴다,
		// https://ko.wikinews.org/wiki/울산에서_원유_이송_중_기름_유출).
		{"태풍은 28일 15시에 중심기압 975hPa, 최대풍속 34m/s의 강한 소형 태풍이다.", []want{{"975hPa", 975, 0, "hPa", KindMeasure, "", ""}, {"34m/s", 34, 0, "m/s", KindMeasure, "", ""}}},
		{"뉴 FH는 최소 420마력부터 최대 540마력의 엔진이 탑재된다.", []want{{"420마력", 420, 0, "마력", KindMeasure, "", "최소"}, {"540마력", 540, 0, "마력", KindMeasure, "", "최대"}}},
		{"하원은 영토 1,100 평방킬로미터를 넘겨주는 협약을 비준하였다.", []want{{"1,100 평방킬로미터", 1100, 0, "㎢", KindMeasure, "", ""}}},
		{"기름은 세 군데에 길이가 700ｍ, 너비가 30∼40ｍ 정도로 유출되었다.", []want{{"세 군데", 3, 0, "군데", KindCount, "", ""}, {"700ｍ", 700, 0, "m", KindMeasure, "", ""}, {"30∼40ｍ", 30, 40, "m", KindMeasure, "", "가량"}}},
		// Data rates.
		{"데이터 전송 속도는 최대 20Gbps로 기존 100Mbps보다 빠르다.", []want{{"20Gbps", 20, 0, "Gbps", KindMeasure, "", "최대"}, {"100Mbps", 100, 0, "Mbps", KindMeasure, "", ""}}},
		// Latin symbols written in capitals are the same units (Wikinews, CC BY 2.5:
		// https://ko.wikinews.org/wiki/강풍으로_안동_산불_재발화···_중앙고속도로_통제, shortened);
		// 5G and 3M stay no units.
		{"한국도로공사는 남안동IC에서 서안동IC까지 16.1KM 전체를 통제했고 소방청은 이번 산불로 100HA가 탔다고 밝혔다.", []want{{"16.1KM", 16.1, 0, "㎞", KindMeasure, "", ""}, {"100HA", 100, 0, "ha", KindMeasure, "", ""}}},
		{"육지에서 4Km 거리에서 20KG짜리 5G 장비와 3M 테이프를 찾았다.", []want{{"4Km", 4, 0, "㎞", KindMeasure, "", ""}, {"20KG", 20, 0, "㎏", KindMeasure, "", ""}}},
		// A lone M is metres where a length or a speed is spoken of (the same article, and
		// https://ko.wikinews.org/wiki/경주서_'AI'_첫_발병, joined), the company 3M above is not;
		// KW is kW.
		{"2020년 4월 25일 초속 8M의 강풍으로 산불이 재발화했고 목장 500M 반경에 있는 농원과 출력 23KW 발전기가 있다.", []want{{"8M", 8, 0, "m/s", KindMeasure, "", ""}, {"500M", 500, 0, "m", KindMeasure, "", ""}, {"23KW", 23, 0, "kW", KindMeasure, "", ""}}},
		{"전문가 2,000여명이 3년에서 5년까지 참여한다.", []want{{"2,000여명", 2000, 0, "명", KindCount, "", "여"}, {"3년에서 5년", 3, 5, "년", KindDuration, "", ""}}},
	}
	for _, c := range cases {
		checkFigures(t, c.src, extract(t, c.src), c.wants)
	}
}

// TestFigureValues covers how news writes values apart or in words of their own: unit groups
// spaced before their myriad, dollars and cents, index points and levels, ratios, court
// sentences in months, compound durations, sports tallies, ages and the N major things.
func TestFigureValues(t *testing.T) {
	cases := []struct {
		src   string
		wants []want
	}{
		{"수출액은 7천 5백만 달러로 집계됐다.", []want{{"7천 5백만 달러", 75e6, 0, "달러", KindMoney, "", ""}}},
		{"보잉은 2억 4천 4백만 달러 규모의 계약을 따냈다.", []want{{"2억 4천 4백만 달러", 244e6, 0, "달러", KindMoney, "", ""}}},
		{"누적 관객은 1억 2천 5백만 명을 넘었다.", []want{{"1억 2천 5백만 명", 125e6, 0, "명", KindCount, "", ""}}},
		{"인구는 2천 5백 명이다.", []want{{"2천 5백 명", 2500, 0, "명", KindCount, "", ""}}},
		{"햄버거 값은 1달러 20센트로 올랐다.", []want{{"1달러 20센트", 1.2, 0, "달러", KindMoney, "", ""}}},
		{"코스피는 48.12포인트 내린 2,000선에서 마감했다.", []want{{"48.12포인트", 48.12, 0, "포인트", KindMeasure, "", ""}, {"2,000선", 2000, 0, "선", KindMeasure, "", ""}}},
		{"지지율은 3%포인트, 찬성률은 5퍼센트포인트 올랐다.", []want{{"3%포인트", 3, 0, "%p", KindPercent, "", ""}, {"5퍼센트포인트", 5, 0, "%p", KindPercent, "", ""}}},
		{"이번 공채의 경쟁률은 1,234.5대 1을 기록했다.", []want{{"1,234.5대 1", 1234.5, 0, ":1", KindMultiplier, "", ""}}},
		{"한국은 일본에 0대 1로 졌고 3대3 트레이드가 성사됐다.", nil},
		{"사채업자 A씨에게 징역 10월을, B씨에게 징역 1년 6월을 선고했다.", []want{{"10월", 10, 0, "개월", KindDuration, "", ""}, {"1년 6월", 18, 0, "개월", KindDuration, "", ""}}},
		// A number with a thousands comma and decimals is a level (an index's close); a year or a
		// bare 2,500 stays none.
		{"코스피는 2016년 전 거래일보다 1.2% 오른 2,500.12에 장을 마쳤고 2,500을 지켰다.", []want{{"1.2%", 1.2, 0, "%", KindPercent, "", ""}, {"2,500.12", 2500.12, 0, "", KindMeasure, "", ""}}},
		// 에 after a term of a sentence joins it to the next (징역 1년에 집행유예 2년), no rate
		// (1년에 25억 원씩 is one).
		{"그는 징역 1년에 집행유예 2년을 선고받았고 미래부는 1년에 25억 원씩 지원한다.", []want{{"1년", 1, 0, "년", KindDuration, "", ""}, {"2년", 2, 0, "년", KindDuration, "", ""}, {"25억 원", 25e8, 0, "원", KindMoney, "", ""}}},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/"회식자리_성희롱,_다_해고사유는_아니다"던_정형식_판사
		// (shortened): a penalty may be written glued to its term.
		{"이재용 삼성전자 부회장에 대해 징역2년6월 집행유예4년을 선고한 부장판사", []want{{"2년6월", 30, 0, "개월", KindDuration, "", ""}, {"4년", 4, 0, "년", KindDuration, "", ""}}},
		{"3년 9개월 만의 핵실험으로 위력은 6~7킬로톤이다.", []want{{"3년 9개월", 45, 0, "개월", KindDuration, "", ""}, {"6~7킬로톤", 6, 7, "킬로톤", KindMeasure, "", ""}}},
		{"통산 31승 25패 12세이브 29홀드 평균자책점 4.71을 기록했다.", []want{{"31승", 31, 0, "승", KindCount, "", ""}, {"25패", 25, 0, "패", KindCount, "", ""}, {"12세이브", 12, 0, "세이브", KindCount, "", ""}, {"29홀드", 29, 0, "홀드", KindCount, "", ""}, {"4.71", 4.71, 0, "", KindMeasure, "평균자책점", ""}}},
		// A record counts wins, draws and losses (승, 무, 패).
		{"한국 대표팀은 조별리그 3경기에서 2승 1무를 기록했고 통산 10승 3무 2패다.", []want{{"3경기", 3, 0, "경기", KindCount, "", ""}, {"2승", 2, 0, "승", KindCount, "", ""}, {"1무", 1, 0, "무", KindCount, "", ""}, {"10승", 10, 0, "승", KindCount, "", ""}, {"3무", 3, 0, "무", KindCount, "", ""}, {"2패", 2, 0, "패", KindCount, "", ""}}},
		// 프로 is a percent as a word of its own, and the loanword pro- before more of a noun
		// (2015 프로야구: https://ko.wikinews.org/wiki/2015_프로야구,_189경기만에_200만_관중_돌파, CC BY 2.5).
		{"응답자의 30프로가 찬성했고 50 프로는 반대했다.", []want{{"30프로", 30, 0, "%", KindPercent, "", ""}, {"50 프로", 50, 0, "%", KindPercent, "", ""}}},
		{"2015 프로야구가 개막했다.", nil},
		// A native pair names two neighbouring numbers, a range (가스값이 두세 배 올랐는데:
		// https://ko.wikinews.org/wiki/대한민국은_지금_난방세_폭탄에_시달리는_중..._"곧_다른_공공요금까지_오를_예정", CC BY 2.5);
		// 한두 번이 아니다 says many.
		{"가스값이 두세 배 올랐고 서너 명과 대여섯 곳이 남았다.", []want{{"두세 배", 2, 3, "배", KindMultiplier, "", ""}, {"서너 명", 3, 4, "명", KindCount, "", ""}, {"대여섯 곳", 5, 6, "곳", KindCount, "", ""}}},
		{"그런 일이 한두 번이 아니다.", nil},
		// 달 counts months after digits too (https://ko.wikinews.org/wiki/"한_관에_넣어_함께_화장해달라"_아들_학대_혐의_받던_40대_가장,_아내·딸_과_함께_숨진_채_발견, CC BY 2.5).
		{"월세가 3달 동안 밀렸고 두 달 뒤에 이달 요금을 냈다.", []want{{"3달", 3, 0, "개월", KindDuration, "", ""}, {"두 달", 2, 0, "개월", KindDuration, "", ""}}},
		// 한 glued to 달, 시간 or 명 still counts (Wikinews, CC BY 2.5:
		// https://ko.wikinews.org/wiki/김장_앞두고_금배춧값_하락,_김장철_도움될까, shortened); glued to
		// other counters it is an idiom (한쪽, 한편), and 한명도 … 않다 says none.
		{"고랭지 배추는 한달 전(10,886원)보다 내렸고 한시간 동안 한명이 줄을 섰다.", []want{{"한달", 1, 0, "개월", KindDuration, "", ""}, {"10,886원", 10886, 0, "원", KindMoney, "", ""}, {"한시간", 1, 0, "시간", KindDuration, "", ""}, {"한명", 1, 0, "명", KindCount, "", ""}}},
		{"한편 한쪽에서는 한명도 다치지 않았다.", nil},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/대한민국_검찰,_나주_성폭행범에_사형_구형 (shortened).
		{"견디기 어려운 수술을 두 차례 받고 한차례 더 앞두고 있다.", []want{{"두 차례", 2, 0, "차례", KindCount, "", ""}, {"한차례", 1, 0, "차례", KindCount, "", ""}}},
		{"리히터 규모 4.9의 지진이 났다.", []want{{"4.9", 4.9, 0, "", KindMeasure, "규모", ""}}},
		// A decimal listed after one on a scale, or ending its change, is on that scale (Wikinews,
		// CC BY 2.5, shortened: https://ko.wikinews.org/wiki/백두산과_인접한_중국_훈춘에서_지진_발생,
		// https://ko.wikinews.org/wiki/일본_지진_강도_리히터_규모_8.8에서_9.0으로_조정); a version after a
		// name stays none.
		{"2010년 10월 9일, 하루에만 안투현에서 규모 3.7, 3.2의 지진이 연쇄적으로 발생했었다.", []want{{"3.7", 3.7, 0, "", KindMeasure, "규모", ""}, {"3.2", 3.2, 0, "", KindMeasure, "규모", ""}}},
		{"지진의 강도가 리히터 규모 8.8에서 9.0으로 조정됐다. 웹 2.0, 3.0 시대다.", []want{{"8.8", 8.8, 0, "", KindMeasure, "규모", ""}, {"9.0", 9, 0, "", KindMeasure, "규모", ""}}},
		{"찬성은 60대 이상과 30~40대에서 많았다.", []want{{"60대", 60, 0, "대", KindMeasure, "", "이상"}, {"30~40대", 30, 40, "대", KindMeasure, "", ""}}},
		{"서울 및 4대 광역시 소비자와 민항기 4대를 조사했다.", []want{{"4대", 4, 0, "대", KindCount, "광역시", ""}, {"4대", 4, 0, "대", KindCount, "", ""}}},
		// News names a person by the decade of their age (Wikinews, CC BY 2.5, shortened:
		// https://ko.wikinews.org/wiki/강남서_대낮에_칼부림_끝에_2명_사망,
		// https://ko.wikinews.org/wiki/대한민국_5만_원권을_정교하게_위조하여_유통한_40대_구속,
		// https://ko.wikinews.org/wiki/무단횡단_40대_남자_버스에_역사); a list (10대 그룹) and a
		// term (20대 국회) stay none.
		{"20대 남성 오모(29)씨가 빌라에 살고 있던 30대 여성 최모(31)씨를 상대로 칼부림을 벌였다.", []want{{"20대", 20, 0, "대", KindMeasure, "", ""}, {"30대", 30, 0, "대", KindMeasure, "", ""}}},
		{"5만 원권을 위조하여 유통한 40대 구속", []want{{"40대", 40, 0, "대", KindMeasure, "", ""}}},
		{"서울 관악구에서 49살 남모 씨가 무단횡단을 하다 40대 이모 씨의 버스에 치였고 국내 10대 그룹과 20대 국회가 논의했다.", []want{{"49살", 49, 0, "세", KindMeasure, "", ""}, {"40대", 40, 0, "대", KindMeasure, "", ""}}},
		{"18대 대통령 선거와 ‘2014년 일하고 싶은 50대 회사’가 화제다.", nil},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/철도노조,_파업_철회: 여 (some) may stand
		// between a group and its myriad (6천여만 is some 6천만).
		{"여객부문 53억 1천만원, 수도권 전철 12억 6천여만원이다.", []want{{"53억 1천만원", 5310e6, 0, "원", KindMoney, "", ""}, {"12억 6천여만원", 1260e6, 0, "원", KindMoney, "", "여"}}},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/성매매_알선_등_9개_혐의_승리_1년_6개월_징역_확정
		// (shortened): the myriad after 여 is still the group's when a space comes between them.
		{"클럽 버닝썬의 자금 5억2800여 만 원을 횡령하고", []want{{"5억2800여 만 원", 5280e5, 0, "원", KindMoney, "", "여"}}},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/뉴_닌텐도_3DS,_발매_이틀만에_폭발적_인기:
		// 한화 names the currency of a bare amount, which restates the one before it.
		{"뉴 닌텐도 3DS의 판매가는 1만6천엔(한화 약 16만)이다.", []want{{"1만6천엔", 16000, 0, "엔", KindMoney, "", ""}, {"16만", 160000, 0, "원", KindMoney, "", "약"}}},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/이대호,_9경기_연속_홈런으로_세계_신기록_달성:
		// 2회초 is when in the game; 125m and 9경기 are figures.
		{"이대호가 2회초 김희걸을 상대로 비거리 125m짜리 홈런을 기록하면서 9경기 연속 홈런이라는 대기록을 달성했다.", []want{{"125m", 125, 0, "m", KindMeasure, "", ""}, {"9경기", 9, 0, "경기", KindCount, "", ""}}},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/이스라엘-하마스_간_교전_재개: shells
		// and rounds are counted with 발.
		{"로켓 포탄 3발이 이스라엘 남부 베르셰바시 인근에 떨어졌다.", []want{{"3발", 3, 0, "발", KindCount, "", ""}}},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/겨울철_전력_수급에_비상_걸려: 기 counts
		// reactors also with 의 before the noun.
		{"현재 대한민국에 있는 23기의 원전이 있다.", []want{{"23기", 23, 0, "기", KindCount, "", ""}}},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/전두환_전_대통령의_미술_작품들,_경매_과정에_들어가:
		// the lower bound of a range shares the upper's 만 or 억 (20~100억원 is 20억 to 100억).
		{"주요 작품의 가격은 20~100억원선으로 추산된다고 밝혔다.", []want{{"20~100억원", 20e8, 100e8, "원", KindMoney, "", ""}}},
		{"참가비는 70~80만원이고 2~3만 명이 온다.", []want{{"70~80만원", 70e4, 80e4, "원", KindMoney, "", ""}, {"2~3만 명", 2e4, 3e4, "명", KindCount, "", ""}}},
		{"5천~1만명이 모였다.", []want{{"5천~1만명", 5000, 1e4, "명", KindCount, "", ""}}},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/교학사_교과서_추가_표절_의혹: a page
		// number in brackets says where, not how many pages.
		{"‘우리나라 최초의 공식 화장품, 박가분’(245쪽)과 ‘고종 독살설’(252쪽)도 한국어 위키백과를 표절한 것으로 보인다.", nil},
		{"이 책은 총 300쪽 분량이다.", []want{{"300쪽", 300, 0, "쪽", KindCount, "", ""}}},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/KTX_경부선_2단계_구간_개통: N단계
		// before a noun names a stage (an ordinal).
		{"10월 28일에 KTX 경부고속철도 2단계 구간인 동대구~부산이 개통되었다.", nil},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/조선민주주의인민공화국,_3차_핵실험_강행.._‘성공적_진행’_발표:
		// 한 tagged as 하다's adnominal is the numeral before a bare counter and a verb.
		// In a sentence about alerts and responses N단계 names a level; 씩 or 에 걸쳐 count steps
		// (Wikinews, CC BY 2.5, shortened: https://ko.wikinews.org/wiki/충청남도,_태풍_‘볼라벤’에_대응체제_돌입,
		// https://ko.wikinews.org/wiki/울진_산불_국가위기경보_'심각'_단계_발령).
		{"태풍 예방단계부터 비상체제를 가동시켰으며, 1단계에서는 17명, 2단계 46명에 이어 3단계에는 전직원의 절반 비상근무에 돌입했다.", []want{{"17명", 17, 0, "명", KindCount, "", ""}, {"46명", 46, 0, "명", KindCount, "", ""}, {"절반", 0.5, 0, "", KindFraction, "", ""}}},
		{"산림청은 4일 오후 2시 10분에 산불 3단계와 국가위기경보 '심각'을 발령했고 경보는 2단계씩 올려 왔다.", []want{{"2단계", 2, 0, "단계", KindCount, "", ""}}},
		{"한미연합군사령부는 북한의 추가적인 군사도발에 대비해 대북정보 감시태세인 ‘워치콘’을 한 단계 높였다고 밝혔다.", []want{{"한 단계", 1, 0, "단계", KindCount, "", ""}}},
		{"노력을 한 사람이 이긴다.", nil},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/내일_출근길_영하권…전국_아침기온_5도_이하:
		// a minus sign after a space is the number's (GPT-3.5, MS-01 stay names).
		{"지역별 아침 최저기온은 서울 3도, 인천 4도, 춘천 -2도, 강릉 5도로 예상된다.", []want{{"3도", 3, 0, "도", KindMeasure, "", ""}, {"4도", 4, 0, "도", KindMeasure, "", ""}, {"-2도", -2, 0, "도", KindMeasure, "", ""}, {"5도", 5, 0, "도", KindMeasure, "", ""}}},
		// Wikinews (CC BY 2.5), https://ko.wikinews.org/wiki/울산에서_원유_이송_중_기름_유출:
		// oil is counted in barrels.
		{"해경은 어제부터 부이가 유조선에 196만 배럴의 기름을 유조선으로 옮기던 중 사고가 났다.", []want{{"196만 배럴", 196e4, 0, "배럴", KindMeasure, "", ""}}},
		{"구조대는 사흘 동안 수색했고 원전 4기를 세웠다.", []want{{"사흘", 3, 0, "일", KindDuration, "", ""}, {"4기", 4, 0, "기", KindCount, "", ""}}},
		// 기 counts machines also after a compound whose last part is one (통신위성 3기), and
		// tanks and THAAD launchers (Wikinews, CC BY 2.5, shortened:
		// https://ko.wikinews.org/wiki/나로호_하단부_제작사,_또_로켓_추락,
		// https://ko.wikinews.org/wiki/후쿠시마_원전에서_방사능_오염수_또_누출,
		// https://ko.wikinews.org/wiki/사드,_거짓_보고_논란).
		{"프로톤-M 로켓이 러시아의 통신위성 3기와 함께 추락했고 G6 남쪽 탱크 1기에서 오염수가 떨어졌으며 사드 4기가 들어왔다.", []want{{"3기", 3, 0, "기", KindCount, "", ""}, {"1기", 1, 0, "기", KindCount, "", ""}, {"4기", 4, 0, "기", KindCount, "", ""}}},
		{"사법연수원 13기 출신으로 애니메이션 3기가 나온다.", nil},
		// N일 만이다 and N일 만인 say how long since, no date; a number with a myriad is no
		// year (Wikinews, CC BY 2.5, shortened: https://ko.wikinews.org/wiki/김태호_총리_후보자_자진사퇴,
		// https://ko.wikinews.org/wiki/달_표면의_균열,_달이_식어_쭈그러들면서_생성된_것으로_밝혀져).
		{"그의 총리 후보직 사퇴는 지난 8일 지명 이후 21일 만이다.", []want{{"21일", 21, 0, "일", KindDuration, "", ""}}},
		{"사고 발생 3일 만인 5일 구조됐고 달의 45억년 일생을 돌아봤다.", []want{{"3일", 3, 0, "일", KindDuration, "", ""}, {"45억년", 45e8, 0, "년", KindDuration, "", ""}}},
		// The days of a stay after its nights (2박 3일) and more days (2~3일 더) are lengths of
		// time; 15일 더불어민주당 stays a date.
		{"대통령은 2박 3일 일정으로 방문하고 공사는 2~3일 더 걸린다. 15일 더불어민주당은 반대했다.", []want{{"2박", 2, 0, "박", KindCount, "", ""}, {"3일", 3, 0, "일", KindDuration, "", ""}, {"2~3일", 2, 3, "일", KindDuration, "", ""}}},
		// Days counted from a day (…에서 30일이 되는 날) or signed as an offset (+7일) are lengths of
		// time; 한 층 더 is the adverb 한층; DNA is measured in base pairs. Wikinews (CC BY 2.5),
		// shortened: https://ko.wikinews.org/wiki/윤석열_총장_직무_복귀한다,
		// https://ko.wikinews.org/wiki/네이버_글로벌회화,_네이버_뮤직샘에_이어_서비스_종료,
		// https://ko.wikinews.org/wiki/유전자_가위,_노벨_화학상을_가져오다.
		{"판결선고일(12월 24일)에서 30일이 되는 날(1월 24일)까지 징계의 효력을 정지하였다.", []want{{"30일", 30, 0, "일", KindDuration, "", ""}}},
		{"12월 16일 글로벌회화 서비스가 종료되었다. (뮤직샘 종료일로부터 +7일)", []want{{"7일", 7, 0, "일", KindDuration, "", ""}}},
		{"유전 질환 치료의 꿈에도 한 층 더 가까워졌고 PAM에서 3 bp 앞까지 잘라낸다.", []want{{"3 bp", 3, 0, "bp", KindMeasure, "", ""}}},
		{"회의는 27~29일 열리고 일주일 동안 이어진다.", []want{{"일주일", 1, 0, "주", KindDuration, "", ""}}},
		{"과반이 반대했고 절반은 찬성했다.", []want{{"과반", 0.5, 0, "", KindFraction, "", "초과"}, {"절반", 0.5, 0, "", KindFraction, "", ""}}},
		{"서울고법 형사 9부는 이 두 사건을 함께 심리했다.", nil},
		{"두 시간 30분 동안 걸었다.", []want{{"두 시간 30분", 150, 0, "분", KindDuration, "", ""}}},
		// 중 written onto the whole still makes M of N one fraction.
		{"국민 10명중 7명이 찬성했다.", []want{{"10명중 7명", 0.7, 0, "", KindFraction, "", ""}}},
		{"셋 중 한 명은 솔로이고 둑이 10~30여 미터 무너졌다.", []want{{"셋 중 한 명", 1.0 / 3, 0, "", KindFraction, "", ""}, {"10~30여 미터", 10, 30, "m", KindMeasure, "", ""}}},
		{"’17년 10명이 숨졌고 열대 과일 값이 올랐다.", []want{{"10명", 10, 0, "명", KindCount, "", ""}}},
	}
	for _, c := range cases {
		checkFigures(t, c.src, extract(t, c.src), c.wants)
	}
}

// TestWholeNumber: a text that is only a numeral is that number.
func TestWholeNumber(t *testing.T) {
	for _, c := range []struct {
		src  string
		want want
	}{
		{"오십삼", want{"오십삼", 53, 0, "", KindCount, "", ""}},
		{"일점오", want{"일점오", 1.5, 0, "", KindCount, "", ""}},
		{"1,234,567", want{"1,234,567", 1234567, 0, "", KindCount, "", ""}},
		{"마이너스 오", want{"마이너스 오", -5, 0, "", KindCount, "", ""}},
		{"일과 사분의 일", want{"일과 사분의 일", 1.25, 0, "", KindCount, "", ""}},
		{"사분의 삼", want{"사분의 삼", 0.75, 0, "", KindFraction, "", ""}},
	} {
		checkFigures(t, c.src, extract(t, c.src), []want{c.want})
	}
}

// TestFigureSameAs links an amount to its conversion in brackets.
func TestFigureSameAs(t *testing.T) {
	got := extract(t, "발사 비용을 6200만 달러(약 704억 원)까지 낮추고 인력은 30명(20%)이다.")
	if len(got) != 4 {
		t.Fatalf("got %s", describe(got))
	}
	if got[0].SameAs != -1 || got[1].SameAs != 0 || got[3].SameAs != -1 {
		t.Errorf("SameAs: %d %d %d %d, want -1 0 -1 -1", got[0].SameAs, got[1].SameAs, got[2].SameAs, got[3].SameAs)
	}
}

// TestNotFigures lists what a reader does not count as a figure.
func TestNotFigures(t *testing.T) {
	for _, src := range []string{
		"백상엽 대표는 8일 경기도 성남시에서 밝혔다.",
		"기존 GPT-3.5 모델과 웹3.0 시대를 말했다.",
		"3월 1일 오후 3시에 지난 5일 발표를 이었다.",
		"2013년 처음 나온 3세대 기술과 제3차 회의.",
		"소유스 MS-01과 COVID-19, 팬텀4를 봤다.",
		"문의는 02-123-4567로 하면 된다.",
		"2016.11.14. 20시 21분경 달이 떴다.",
		"두 번째로 열린 대회에서 18번째 수상자.",
		"단 한 개의 나사도 쓰지 않았다.",
		"1g당 가격과 이세돌 9단.",
		"전 세계 수백만명이 수개월 동안 봤다.",
		"2 만 5 천 원.",
		"백 대표와 조 교수는 한 요소로 봤다.",
		"14일(현지시간) 발표했다. 10일자 신문.",
		"이 곳에서 한쪽만 살아남았다.",
		"다시 한 번 확인했고 이번 건은 잠실 구장에서 몇 천원에 팔렸다.",
		"인천시의 한 편의점과 한 도로에서 둘도 없는 친구를 만났다.",
		"후반 27분 선제골을 내줬고 오전 1시 19분에 끝났다.",
		"한 명의 수상자도 배출하지 못했다.",
		"형법 제 60조가 적용됐고 사유로는 관리법 17조를 들었다.",
		"엘리자베스 2세가 서거했다.",
		"항공편 214번은 기호 2번 후보와 3번 출구에서 만났다.",
		// The match for a place is no rank (Wikinews, CC BY 2.5, shortened:
		// https://ko.wikinews.org/wiki/'점쟁이_문어'_파울,_스페인의_FIFA_월드컵_우승_예언).
		"파울은 월드컵 3, 4위전에서 우루과이를 꺾고 독일이 이긴다고 예고했고 3위 결정전도 맞혔다.",
		"이 세 사람은 서울고법 형사 9부에서 만났다.",
		// A note named by its face value is the note (Wikinews, CC BY 2.5, shortened:
		// https://ko.wikinews.org/wiki/2012년,_대한민국에서_위조지폐는_전년도보다_줄었다).
		"오천원권과 5만원권 위조지폐가 발견됐다.",
	} {
		if got := extract(t, src); len(got) != 0 {
			t.Errorf("%q: got figures %s, want none", src, describe(got))
		}
	}
}

// TestParseFigure checks the tokenizer-free phrase reader.
func TestParseFigure(t *testing.T) {
	cases := []struct {
		in   string
		want want
	}{
		{"5000원 이상", want{"5000원", 5000, 0, "원", KindMoney, "", "이상"}},
		{"25000 - 30000원", want{"25000 - 30000원", 25000, 30000, "원", KindMoney, "", ""}},
		{"이달러이십삼센트", want{"이달러이십삼센트", 2.23, 0, "달러", KindMoney, "", ""}},
		{"섭씨37도", want{"37도", 37, 0, "℃", KindMeasure, "", ""}},
		{"삼겹살 두근", want{"두근", 2, 0, "근", KindMeasure, "삼겹살", ""}},
		{"EUR 20", want{"EUR 20", 20, 0, "유로", KindMoney, "", ""}},
		{"1.1 시간", want{"1.1 시간", 1.1, 0, "시간", KindDuration, "", ""}},
	}
	for _, c := range cases {
		f, ok := Parse(c.in)
		if !ok {
			t.Errorf("%q: no figure", c.in)
			continue
		}
		checkFigures(t, c.in, []Figure{f}, []want{c.want})
	}
	for _, in := range []string{"", "삼겹살", "원", "가나다"} {
		if f, ok := Parse(in); ok {
			t.Errorf("%q: got %+v, want no figure", in, f)
		}
	}
}

// TestExtractFiguresEmpty: nil and empty texts give no figures.
func TestExtractFiguresEmpty(t *testing.T) {
	if got := Extract(nil); got != nil {
		t.Errorf("nil text: %v", got)
	}
	if got := Extract(&tokenize.Text{}); got != nil {
		t.Errorf("empty text: %v", got)
	}
}

// wantTexts wants the figures of src to be written as want, in order.
func wantTexts(t *testing.T, src string, want []string) {
	t.Helper()
	var got []string
	for _, f := range extract(t, src) {
		got = append(got, f.Text)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%s: got %q, want %q", src, got, want)
	}
}

// TestFiguresPointingBack: a native numeral before a noun the text has already named (두 월드컵
// after 2018년 FIFA 월드컵과 2022년 FIFA 월드컵), or before X 모두, counts nothing new; a noun of
// kinds (두 종류의) and a noun first named with a number (한 요소 … 네 요소) stay counts (1 is no
// count: 한 요소); N조 M항
// is an article of a law. Sentences from unlabelled Korean Wikinews articles (CC BY 2.5):
// https://ko.wikinews.org/wiki/2018년과_2022년_FIFA_월드컵_유치_후보_확정,
// https://ko.wikinews.org/wiki/뉴스레터_뉴닉,_새로운_비즈니스_모델과_위법_사이,
// https://ko.wikinews.org/wiki/GS리테일,_GS홈쇼핑과_합병 (shortened); the fifth and the last are
// the seed's. A native numeral before a noun made the topic (두 회사는) points back too.
func TestFiguresPointingBack(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []string
	}{
		{"FIFA는 2018년 FIFA 월드컵과 2022년 FIFA 월드컵의 유치 신청서를 받았다. 나머지 후보들은 두 월드컵 모두의 유치를 신청하였다. 두 월드컵의 개최지는 12월에 발표된다.", nil},
		{"두 나라 모두 FIFA 월드컵 유치가 이번이 처음이다.", nil},
		{"Cas9 단백질과 두 종류의 RNA가 필요하다. 두 종류의 RNA중 하나는 crRNA이다.", []string{"두", "두"}},
		{"전기통신기본법 2조 1항에 따른다.", nil},
		{"챗GPT가 웹3.0 시대의 한 요소로 서겠다. 백 대표는 필요한 네 요소를 언급했다.", []string{"네"}},
		// 은/는 marks what the reader knows: 두 회사는 points back to the two companies named
		// before by their names; a count restated as the topic (네 요소를 … 네 요소는) stays one.
		{"오프라인 유통에 강점을 가진 GS리테일과 온라인 커머스에 강점을 가진 GS홈쇼핑의 결합이다. 허연수 부회장은 “두 회사는 GS의 가치를 공유해왔다”고 밝혔다.", nil},
		{"백 대표는 필요한 네 요소를 언급했다. 백 대표가 밝힌 네 요소는 데이터와 인프라다.", []string{"네", "네"}},
		// A noun phrase's head is its last noun: 두 전직 대통령 points back to the two presidents
		// named before. https://ko.wikinews.org/wiki/김종인,_대국민_사과문_발표 (shortened).
		{"이명박·박근혜 전 대통령이 사법처리된 것과 관련해 사과했다. 두 전직 대통령의 과오에는 정경유착의 그림자가 짙다.", nil},
		{"회의에는 두 민간 기업 대표가 참석했다.", []string{"두"}},
		// 이 or 그 before a count in digits with its counter and a noun (이 4개 국가) points back
		// as before a native numeral: https://ko.wikinews.org/wiki/한국의_라이벌_인도네시아가_이길_것?_한국은_어떻게_막아낼_것인가? (shortened).
		{"경제경영연구소는 아시아의 4개국이 포함될 것으로 예상했지만, 이 4개 국가 중에 대한민국은 들어가 있지 않다.", []string{"4개국"}},
	} {
		wantTexts(t, c.src, c.want)
	}
}

// TestFiguresPositionsAndDates: a latitude or longitude (북위 43도, 37.45°N) is a position, N주차
// an ordinal, and a reign's year glossed with the common era (정조 20년(1796)) a date; none is
// a figure, while the distance or share beside them is. Sentences from unlabelled Korean
// Wikinews articles (CC BY 2.5), shortened: https://ko.wikinews.org/wiki/백두산과_인접한_중국_훈춘에서_지진_발생,
// https://ko.wikinews.org/wiki/2010년에_한반도에서_지진_42회_발생했다,
// https://ko.wikinews.org/wiki/朴대통령_국정지지율_49.9%,
// https://ko.wikinews.org/wiki/수원_화성_서북공심돈,_보물로_지정된다; the last is written for
// this test.
func TestFiguresPositionsAndDates(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []string
	}{
		{"진원지는 북위 43도, 동경 131.1도, 지하 131km 지점이다.", []string{"131km"}},
		{"경기도 시흥시 북쪽 8km 지점(37.45°N, 126.80°E)에서 지진이 발생했다.", []string{"8km"}},
		{"박근혜 대통령의 취임 9주차 국정수행 지지도는 49.9%로 나타났다.", []string{"49.9%"}},
		{"서북공심돈은 조선 정조 20년(1796)에 건립된 방어 시설로서 3층 구조이다.", []string{"3층"}},
		{"입사 2년 차이가 난다.", []string{"2년"}},
		// 이번 N대 X is the Nth X (the current term), no count of machines after 이번.
		// https://ko.wikinews.org/wiki/대한민국_제18대_대통령직_인수위원회,_정부조직_개편안_발표
		{"해양수산부는 폐지된 바 있는데, 이번 18대 정부에서 부활하는 것이다.", nil},
		// https://ko.wikinews.org/wiki/마이크로소프트_IE9_베타_버전_발표 (its text;
		// a sentence of the second set-aside sample, read after it was judged)
		{"정식판을 사용할 수 있게 되는 시기는 2011년 1사분기경이 될 것이라고 전했다.", nil},
	} {
		wantTexts(t, c.src, c.want)
	}
}
