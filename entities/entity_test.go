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
				e := find(ents, Organization, "과학기술정보통신부")
				if e == nil {
					t.Fatalf("no 과학기술정보통신부 in %v", names(ents))
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
