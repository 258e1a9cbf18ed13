package entities

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/gisa-nlp/gisa/tokenize"
)

var (
	tkOnce sync.Once
	tkVal  *tokenize.Tokenizer
	tkErr  error
)

// testTokenizer loads the dictionary once for every test of the package.
func testTokenizer(t testing.TB) *tokenize.Tokenizer {
	t.Helper()
	tkOnce.Do(func() { tkVal, tkErr = tokenize.New() })
	if tkErr != nil {
		t.Fatal(tkErr)
	}
	return tkVal
}

// testRecognizer returns the Recognizer over the embedded model.
func testRecognizer(t testing.TB) *Recognizer {
	t.Helper()
	r, err := NewRecognizer()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// analyze tokenizes src.
func analyze(t testing.TB, src string) *tokenize.Text {
	t.Helper()
	txt, err := testTokenizer(t).Analyze(src)
	if err != nil {
		t.Fatal(err)
	}
	return txt
}

// seedEntities recognizes the seed article once.
var seedOnce = sync.OnceValues(func() (string, error) {
	b, err := os.ReadFile("../testdata/seed-kakao.txt")
	return string(b), err
})

// find returns the entity of type typ named name, or nil.
func find(ents []Entity, typ, name string) *Entity {
	for i := range ents {
		if ents[i].Type == typ && ents[i].Name == name {
			return &ents[i]
		}
	}
	return nil
}

func TestRecognizeSeedArticle(t *testing.T) {
	src, err := seedOnce()
	if err != nil {
		t.Fatal(err)
	}
	ents := testRecognizer(t).Recognize(analyze(t, src))

	p := find(ents, Person, "백상엽")
	if p == nil {
		t.Fatalf("no PERSON 백상엽 in %v", names(ents))
	}
	if p.Title != "대표" || p.Org != "카카오엔터프라이즈" {
		t.Errorf("백상엽: title %q org %q, want 대표 / 카카오엔터프라이즈", p.Title, p.Org)
	}
	// Every 백 대표 and every pronoun 그 of the article is a mention of 백상엽.
	got := map[string]int{}
	for _, m := range p.Mentions {
		if m.Text != src[m.Start:m.End] {
			t.Errorf("mention %q does not match the source at %d-%d", m.Text, m.Start, m.End)
		}
		got[m.Text]++
	}
	if want := strings.Count(src, "백 대표"); got["백 대표"] != want {
		t.Errorf("백 대표 mentions: %d, want %d", got["백 대표"], want)
	}
	if want := strings.Count(src, " 그는"); got["그"] != want {
		t.Errorf("그 mentions: %d, want %d", got["그"], want)
	}
	if got["백상엽"] != 2 {
		t.Errorf("백상엽 mentions: %d, want 2 (headline and first sentence)", got["백상엽"])
	}
	if got[""] < 1 {
		t.Errorf("no omitted-subject mention (이어 “…”며 “…”고 덧붙였다)")
	}
	for _, org := range []string{"카카오", "카카오엔터프라이즈", "네이버", "SKT", "LG", "KT", "오픈AI",
		"마이크로소프트", "구글", "메타", "넷플릭스", "과기정통부", "엔비디아"} {
		if find(ents, Organization, org) == nil {
			t.Errorf("no ORGANIZATION %s", org)
		}
	}
	if find(ents, Location, "경기도 성남시") == nil {
		t.Errorf("no LOCATION 경기도 성남시")
	}
	if find(ents, Date, "8일") == nil {
		t.Errorf("no DATE 8일")
	}
	if find(ents, Event, "제3차 인공지능 전략대화") == nil {
		t.Errorf("no EVENT 제3차 인공지능 전략대화")
	}
	if find(ents, Product, "바드") == nil {
		t.Errorf("no PRODUCT 바드")
	}
	if find(ents, Person, "메타") != nil {
		t.Errorf("메타 tagged as a person")
	}
	for _, e := range ents {
		if len(e.Mentions) == 0 {
			t.Errorf("%s %s has no mentions", e.Type, e.Name)
		}
		for i := 1; i < len(e.Mentions); i++ {
			if e.Mentions[i].Start < e.Mentions[i-1].Start {
				t.Errorf("%s mentions out of order", e.Name)
			}
		}
	}
}

// names lists entities for failure messages.
func names(ents []Entity) []string {
	var out []string
	for _, e := range ents {
		out = append(out, e.Type+":"+e.Name)
	}
	return out
}

func TestRecognizeCoreference(t *testing.T) {
	r := testRecognizer(t)
	cases := []struct {
		name, src string
		check     func(t *testing.T, ents []Entity)
	}{
		{"parenthesised abbreviation", "과학기술정보통신부(과기정통부)는 9일 인공지능 지원 사업을 발표했다. 과기정통부는 올해 예산을 늘린다.",
			func(t *testing.T, ents []Entity) {
				e := find(ents, Organization, "과학기술정보통신부(과기정통부)") // the fullest name with its bracketed alias
				if e == nil {
					t.Fatalf("no 과학기술정보통신부(과기정통부) in %v", names(ents))
				}
				if find(ents, Organization, "과기정통부") != nil {
					t.Errorf("과기정통부 is an entity of its own, want a mention of 과학기술정보통신부")
				}
				n := 0
				for _, m := range e.Mentions {
					if m.Text == "과기정통부" {
						n++
					}
				}
				if n != 2 {
					t.Errorf("과기정통부 mentions: %d, want 2", n)
				}
			}},
		{"surname, title, pronoun", "김철수 삼성전자 사장은 10일 신제품을 공개했다. 김 사장은 “시장을 이끌겠다”고 말했다. 그는 투자도 늘린다고 밝혔다.",
			func(t *testing.T, ents []Entity) {
				e := find(ents, Person, "김철수")
				if e == nil {
					t.Fatalf("no 김철수 in %v", names(ents))
				}
				if e.Title != "사장" || e.Org != "삼성전자" {
					t.Errorf("title %q org %q, want 사장 / 삼성전자", e.Title, e.Org)
				}
				var texts []string
				for _, m := range e.Mentions {
					texts = append(texts, m.Text)
				}
				if !slices.Contains(texts, "김 사장") || !slices.Contains(texts, "그") {
					t.Errorf("mentions %q, want 김 사장 and 그", texts)
				}
			}},
		{"title before the full name", "김 교수는 “어렵다”고 말했다. 김영희 서울대 교수 연구팀은 9일 결과를 냈다. 카카오 이민호 대표도 참석했다.",
			func(t *testing.T, ents []Entity) {
				e := find(ents, Person, "김영희")
				if e == nil {
					t.Fatalf("no 김영희 in %v", names(ents))
				}
				if e.Title != "교수" || e.Org != "서울대" || len(e.Mentions) != 2 || e.Mentions[0].Text != "김 교수" {
					t.Errorf("김영희: %+v, want title 교수, org 서울대, mentions 김 교수 and 김영희", *e)
				}
				if find(ents, Person, "김 교수") != nil {
					t.Errorf("김 교수 left as an entity of its own")
				}
				if p := find(ents, Person, "이민호"); p == nil || p.Org != "카카오" || p.Title != "대표" {
					t.Errorf("이민호: %+v, want org 카카오 and title 대표", p)
				}
			}},
		{"a party before the name whose word the tagger reads as a verb (더불/VV+어/EC+민주당)", "더불어민주당 박찬대 원내대표는 3일 \"예산안을 대폭 수정해야 한다\"고 말했다.",
			func(t *testing.T, ents []Entity) {
				if p := find(ents, Person, "박찬대"); p == nil || p.Org != "더불어민주당" || p.Title != "원내대표" {
					t.Errorf("박찬대: %+v, want org 더불어민주당 and title 원내대표", p)
				}
			}},
		{"a unit's name and its head's title in one word after the name (교통정책과장)", "서울시는 교통 예산을 늘리기로 했다. 김영수 교통정책과장은 \"시민 불편을 줄이겠다\"고 밝혔다.",
			func(t *testing.T, ents []Entity) {
				if p := find(ents, Person, "김영수"); p == nil || p.Title != "교통정책과장" {
					t.Errorf("김영수: %+v, want title 교통정책과장", p)
				}
			}},
		{"그녀 and an omitted subject", "이영희 서울대 교수는 “연구를 계속하겠다”고 말했다. 그녀는 예산이 부족하다고 밝혔다. 이어 “지원이 필요하다”고 덧붙였다.",
			func(t *testing.T, ents []Entity) {
				e := find(ents, Person, "이영희")
				if e == nil {
					t.Fatalf("no 이영희 in %v", names(ents))
				}
				var texts []string
				for _, m := range e.Mentions {
					texts = append(texts, m.Text)
				}
				if !slices.Contains(texts, "그녀") || !slices.Contains(texts, "") {
					t.Errorf("mentions %q, want 그녀 and an omitted subject", texts)
				}
			}},
		{"한 관계자", "삼성전자는 신제품을 냈다. 회사의 한 관계자는 “잘 팔릴 것”이라고 말했다.",
			func(t *testing.T, ents []Entity) {
				if find(ents, Person, "한 관계자") == nil {
					t.Errorf("no unnamed source 한 관계자 in %v", names(ents))
				}
			}},
		{"unnamed source", "업계 관계자는 “가격이 오를 것”이라고 말했다. 네이버 관계자는 “검토 중”이라고 밝혔다.",
			func(t *testing.T, ents []Entity) {
				if find(ents, Person, "업계 관계자") == nil {
					t.Errorf("no unnamed source 업계 관계자 in %v", names(ents))
				}
				e := find(ents, Person, "네이버 관계자")
				if e == nil {
					t.Fatalf("no unnamed source 네이버 관계자 in %v", names(ents))
				}
				if e.Org != "네이버" {
					t.Errorf("네이버 관계자 org %q, want 네이버", e.Org)
				}
			}},
		{"a surname and a title the recogniser finds whole (윤 원내대표) points back to the one of that surname",
			"국민의힘 윤재옥 원내대표는 \"예산안을 처리해야 한다\"고 말했다. 윤 원내대표는 \"민생을 외면하지 말라\"고 촉구했다.",
			func(t *testing.T, ents []Entity) {
				p := find(ents, Person, "윤재옥")
				if p == nil || len(p.Mentions) != 2 || p.Mentions[1].Text != "윤 원내대표" {
					t.Errorf("윤재옥: %+v, want the mentions 윤재옥 and 윤 원내대표", p)
				}
				if find(ents, Person, "윤 원내대표") != nil {
					t.Errorf("윤 원내대표 left as an entity of its own")
				}
			}},
		{"a Korean full name is one word: the syllable after it is the next word's (이창용 한|은: 한은, the bank)",
			"이창용 한은 총재는 \"물가가 높다\"고 밝혔다. 이 총재는 \"인상을 배제하지 않는다\"고 덧붙였다.",
			func(t *testing.T, ents []Entity) {
				p := find(ents, Person, "이창용")
				if p == nil || len(p.Mentions) != 2 || p.Mentions[1].Text != "이 총재" {
					t.Errorf("이창용: %+v, want the mentions 이창용 and 이 총재 (names %v)", p, names(ents))
				}
			}},
		{"a given name of three syllables and a one-syllable family name with no title after it is one person (제임스 김은: a foreign given name, a Korean family name)",
			"제임스 김은 \"투자를 늘리겠다\"고 말했다.",
			func(t *testing.T, ents []Entity) {
				if find(ents, Person, "제임스 김") == nil {
					t.Errorf("no person 제임스 김 in %v", names(ents))
				}
			}},
		{"a name right after a calling (가수 보아, 멤버 하니) is a person's, stage names too, whatever the tagger read (보/VV+아도/EC, 하/VV+니가/EC); written again, the same person; an act noun after a calling is no name (가수 데뷔)",
			"그룹 뉴진스 멤버 하니가 인사를 전했다. 가수 보아도 \"후배들이 자랑스럽다\"고 말했다. 하니는 \"팬들 덕분\"이라고 했다. 가수 데뷔가 늦어졌다.",
			func(t *testing.T, ents []Entity) {
				if p := find(ents, Person, "하니"); p == nil || len(p.Mentions) != 2 || p.Title != "멤버" {
					t.Errorf("하니: %+v, want two mentions and the title 멤버 (names %v)", p, names(ents))
				}
				if find(ents, Person, "보아") == nil {
					t.Errorf("no person 보아 in %v", names(ents))
				}
				if find(ents, Person, "데뷔") != nil {
					t.Errorf("데뷔 taken for a name")
				}
			}},
		{"a common noun the dictionary knows, after a calling, makes a compound with it and names no one (멤버 전원, 배우 본인, 모델 출신, 풀 모델 체인지)",
			"웬디를 제외한 멤버 전원이 화보를 찍었다. 소속사는 배우 본인이 직접 사과했다고 밝혔다. 그는 모델 출신이 아니다. 5년 만의 풀 모델 체인지가 이루어졌다. 멤버 전원이 참석했다.",
			func(t *testing.T, ents []Entity) {
				for _, n := range []string{"전원", "본인", "출신", "체인지"} {
					if find(ents, Person, n) != nil {
						t.Errorf("%s taken for a name (names %v)", n, names(ents))
					}
				}
			}},
		{"a body written between a foreign name and the title (크렘린궁, 백악관) is whom the person speaks for, no part of the name; a title ending like a body (문체부장관) stays a title",
			"드미트리 페스코프 크렘린궁 대변인은 \"긴장을 고조시킬 뿐\"이라고 비판했다. 도종환 문체부장관 후보자의 청문회가 열렸다. 존 스미스 버킹엄궁 대변인은 \"논평하지 않는다\"고 말했다.",
			func(t *testing.T, ents []Entity) {
				if find(ents, Person, "드미트리 페스코프") == nil {
					t.Errorf("no person 드미트리 페스코프 in %v", names(ents))
				}
				if find(ents, Person, "문체부장관 후보자") != nil {
					t.Errorf("a title taken for a person: %v", names(ents))
				}
				if find(ents, Person, "버킹엄궁 대변인") != nil || find(ents, Person, "존 스미스") == nil {
					t.Errorf("a body and a title taken for a person, or the person missed: %v", names(ents))
				}
			}},
		{"a family name the dictionary has as a person's name stays the name's last word, though it ends as a body does (플레처 as 법제처)",
			"마이클 플레처 감독은 \"선수들이 잘했다\"고 말했다. 존 커비 백악관 대변인은 \"우려한다\"고 말했다.",
			func(t *testing.T, ents []Entity) {
				if find(ents, Person, "마이클 플레처") == nil || find(ents, Person, "존 커비") == nil {
					t.Errorf("want the persons 마이클 플레처 and 존 커비, got %v", names(ents))
				}
			}},
		{"a word of time opening a recogniser's span (이후 총학생회는) is the sentence's, not part of the name",
			"서울대 총학생회는 성명을 냈다. 하지만 이후 총학생회는 9월 15일에 학내 집회의 효과와 현실성 등을 고려하여 더이상 촛불집회를 열지 않겠다고 하자 학생들이 움직였다.",
			func(t *testing.T, ents []Entity) {
				for _, e := range ents {
					if strings.HasPrefix(e.Name, "이후 ") {
						t.Errorf("a name opened by 이후: %+v", e)
					}
				}
			}},
		{"a body's name past a leading qualifier of two syllables is the same body (중앙선거관리위원회, 선거관리위원회; 한국농어촌공사, 농어촌공사)",
			"중앙선거관리위원회는 위반이 아니라고 밝혔다. 선거관리위원회는 문제가 없다고 말했다. 한국농어촌공사는 공사를 시작했다. 농어촌공사는 예산을 늘렸다.",
			func(t *testing.T, ents []Entity) {
				for _, c := range [][2]string{{"중앙선거관리위원회", "선거관리위원회"}, {"한국농어촌공사", "농어촌공사"}} {
					e := find(ents, Organization, c[0])
					if e == nil || len(e.Mentions) != 2 || e.Mentions[1].Text != c[1] {
						t.Errorf("%s: %+v, want a second mention %s (names %v)", c[0], e, c[1], names(ents))
					}
				}
			}},
		{"a short name that two bodies of the text hold past a qualifier of two syllables (부산대학교병원, 서울대학교병원) is neither's",
			"부산대학교병원은 진료를 중단했다. 서울대학교병원은 진료를 이어갔다. 대학교병원은 \"환자 불편이 우려된다\"고 밝혔다.",
			func(t *testing.T, ents []Entity) {
				for _, n := range []string{"부산대학교병원", "서울대학교병원"} {
					if e := find(ents, Organization, n); e == nil || len(e.Mentions) != 1 {
						t.Errorf("%s: %+v, want one mention (names %v)", n, e, names(ents))
					}
				}
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.check(t, r.Recognize(analyze(t, c.src))) })
	}
}

// mentionsOf is the texts of e's mentions, nil when e is nil.
func mentionsOf(e *Entity) []string {
	if e == nil {
		return nil
	}
	var out []string
	for _, m := range e.Mentions {
		out = append(out, m.Text)
	}
	return out
}

// withMention is the last entity of ents with a mention written text, or nil.
func withMention(ents []Entity, text string) *Entity {
	var e *Entity
	for i := range ents {
		if slices.Contains(mentionsOf(&ents[i]), text) {
			e = &ents[i]
		}
	}
	return e
}

// TestRecognizeReferringBack checks the rules of how news refers back to someone named before,
// each on sentences written for it (a few shortened and altered from Korean Wikinews articles,
// https://ko.wikinews.org, CC BY 2.5: credit to Wikinews).
func TestRecognizeReferringBack(t *testing.T) {
	r := testRecognizer(t)
	cases := []struct {
		name, src string
		check     func(t *testing.T, ents []Entity)
	}{
		{"그 is the last topic or subject outside quotes, not a name in object position",
			"김영수 연구위원은 문재인 대통령과 트럼프 대통령에 대한 불신을 드러냈다. 그는 대화가 필요하다고 말했다.",
			func(t *testing.T, ents []Entity) {
				if got := mentionsOf(find(ents, Person, "김영수")); !slices.Contains(got, "그") {
					t.Errorf("김영수 mentions %q, want 그", got)
				}
				for _, n := range []string{"문재인", "트럼프"} {
					if slices.Contains(mentionsOf(find(ents, Person, n)), "그") {
						t.Errorf("그 given to %s, named in object position", n)
					}
				}
			}},
		{"an organisation's name starts where its word starts",
			"소상공인시장진흥공단이 최근 조사한 매출액 감소 비율을 발표했다.",
			func(t *testing.T, ents []Entity) {
				if find(ents, Organization, "소상공인시장진흥공단") == nil {
					t.Errorf("no organisation 소상공인시장진흥공단 in %+v", ents)
				}
			}},
		{"a name the tagger read with its particle (새누리당도) is the name written more often",
			"새누리당은 회의를 열었다. 새누리당은 성명을 냈다. 새누리당도 “안타깝다”고 밝혔다.",
			func(t *testing.T, ents []Entity) {
				if e := find(ents, Organization, "새누리당도"); e != nil {
					t.Errorf("organisation %+v, want its mention in 새누리당", e)
				}
			}},
		{"a foreign person named again by the family name alone",
			"미국 시민권자 메릴 뉴먼의 사죄문이 공개됐다. 뉴먼은 사죄문에서 도움을 요청했다고 밝혔다.",
			func(t *testing.T, ents []Entity) {
				if got := mentionsOf(find(ents, Person, "메릴 뉴먼")); !slices.Contains(got, "뉴먼") {
					t.Errorf("메릴 뉴먼 mentions %q, want 뉴먼", got)
				}
			}},
		{"an omitted subject after an organisation's sentence is not the person before it",
			"김철수 장관은 회의를 열었다. 문화체육관광부는 진흥원에 경고했다. 또 “조처를 하겠다”고 밝혔다.",
			func(t *testing.T, ents []Entity) {
				for _, m := range find(ents, Person, "김철수").Mentions {
					if m.Start == m.End {
						t.Errorf("omitted subject at %d given to 김철수", m.Start)
					}
				}
			}},
		{"a bare 관계자 is an official of the organisation last written as the topic",
			"삼성전자는 성명을 냈다. 관계자는 “대책이 필요하다”고 말했다. 사정에 정통한 관계자는 곧 발표가 있다고 전했다.",
			func(t *testing.T, ents []Entity) {
				e := find(ents, Person, "삼성전자 관계자")
				if e == nil || e.Org != "삼성전자" || len(e.Mentions) != 1 {
					t.Errorf("삼성전자 관계자 is %+v, want one mention with org 삼성전자", e)
				}
			}},
		{"a country between a foreign name and a title is the affiliation, not the name's last word",
			"마무드 아마디네자드 이란 대통령은 서구 문화를 비난하였다.",
			func(t *testing.T, ents []Entity) {
				if find(ents, Person, "마무드 아마디네자드") == nil {
					t.Errorf("no person 마무드 아마디네자드 in %+v", ents)
				}
			}},
		{"연구진 with no team named in full is the research institute named before",
			"미국 하버드 대학 위스 연구소는 새 장치를 개발했다. 연구진은 이해가 깊어질 것으로 기대했다.",
			func(t *testing.T, ents []Entity) {
				team := withMention(ents, "연구진")
				if team == nil || !strings.HasSuffix(team.Name, "연구소") {
					t.Errorf("연구진 is %+v, want the institute", team)
				}
			}},
		{"재판부 is the court named as the topic",
			"서울고법 형사 9부(재판장 김철수)는 무죄를 선고했다. 재판부는 증거가 없다고 밝혔다.",
			func(t *testing.T, ents []Entity) {
				court := withMention(ents, "재판부")
				if court == nil || court.Name != "서울고법 형사 9부" {
					t.Errorf("재판부 is %+v, want 서울고법 형사 9부", court)
				}
			}},
		{"a team named in full, then by surname and title, then 연구진",
			"한국과학기술연구원은 치매연구단 김영수 박사팀이 새 단백질을 찾았다고 밝혔다. 김 박사팀은 생쥐로 실험했다. 연구진은 후속 연구를 한다.",
			func(t *testing.T, ents []Entity) {
				team := find(ents, Organization, "치매연구단 김영수 박사팀")
				got := mentionsOf(team)
				if !slices.Contains(got, "김 박사팀") || !slices.Contains(got, "연구진") {
					t.Errorf("team mentions %q, want 김 박사팀 and 연구진", got)
				}
			}},
		{"a foreign name before its title, then its family name alone",
			"브루스 클링너 헤리티지재단 선임연구원은 대화를 촉구했다. 클링너 연구원은 제재도 필요하다고 말했다.",
			func(t *testing.T, ents []Entity) {
				e := find(ents, Person, "브루스 클링너")
				if e == nil {
					t.Fatalf("no 브루스 클링너 in %v", names(ents))
				}
				if got := mentionsOf(e); len(got) < 2 || !strings.HasPrefix(got[1], "클링너") {
					t.Errorf("mentions %q, want the later 클링너 (연구원) too", got)
				}
			}},
		{"a title before the name",
			"이란의 대통령 마무드 아마디네자드가 연설했다. 토고의 미드필더 알라이시스 로마오는 불참했다.",
			func(t *testing.T, ents []Entity) {
				for _, n := range []string{"마무드 아마디네자드", "알라이시스 로마오"} {
					if find(ents, Person, n) == nil {
						t.Errorf("no %s in %v", n, names(ents))
					}
				}
			}},
		{"a title alone as the topic is the last person given it",
			"한국은행 이창용 총재는 금리를 동결했다. 총재는 물가가 안정될 것이라고 말했다.",
			func(t *testing.T, ents []Entity) {
				if got := mentionsOf(find(ents, Person, "이창용")); !slices.Contains(got, "총재") {
					t.Errorf("이창용 mentions %q, want 총재", got)
				}
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.check(t, r.Recognize(analyze(t, c.src))) })
	}
}

func TestRecognizeBadInput(t *testing.T) {
	r := testRecognizer(t)
	if got := r.Recognize(nil); got != nil {
		t.Errorf("nil text: %v", got)
	}
	for _, src := range []string{"", "   \n\n", "hello world 123", "!!!???", strings.Repeat("가", 5000),
		strings.Repeat("백 대표는 그는 ", 800)} {
		txt := analyze(t, src)
		_ = r.Recognize(txt)
	}
	// A text whose sentences and tokens do not match its source must not panic either.
	bad := &tokenize.Text{Source: "짧다", Sentences: []tokenize.Sentence{{Span: tokenize.Span{Start: 0, End: 99}}},
		Tokens: []tokenize.Token{{Span: tokenize.Span{Start: 3, End: 50}, Surface: "x", POS: "NNP"}}}
	_ = r.Recognize(bad)
}

func TestRecognizeConcurrent(t *testing.T) {
	src, err := seedOnce()
	if err != nil {
		t.Fatal(err)
	}
	txt := analyze(t, src)
	r := testRecognizer(t)
	want := r.Recognize(txt)
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := r.Recognize(txt); !reflect.DeepEqual(got, want) {
				errs <- "concurrent Recognize gave a different result"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
