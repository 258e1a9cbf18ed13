package summarize

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
)

var (
	recOnce sync.Once
	rec     *entities.Recognizer
	recErr  error
)

// articleFacts runs the whole pipeline (entities, figures, quotes) on an article whose first line
// is its headline and returns its facts as factLine writes them.
func articleFacts(t *testing.T, src string) []string {
	t.Helper()
	recOnce.Do(func() { rec, recErr = entities.NewRecognizer() })
	if recErr != nil {
		t.Fatal(recErr)
	}
	txt, err := tokenizer(t).Analyze(src)
	if err != nil {
		t.Fatal(err)
	}
	head := tokenize.Span{Start: 0, End: strings.IndexByte(src, '\n')}
	ents := rec.Recognize(txt)
	s := Summarize(Input{Text: txt, Headline: head, Entities: ents, Figures: figures.Extract(txt), Quotes: quotes.Extract(txt, head, ents)})
	var got []string
	for _, f := range s.Facts {
		got = append(got, factLine(f))
	}
	return got
}

// TestFactsNewsConstructions: constructions of ordinary newspaper writing (economy, sports,
// obituaries), in articles written for this test as the press writes them. Each want is a fact
// that must be among the article's facts, each bad one that must not.
func TestFactsNewsConstructions(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want, bad []string
	}{
		{
			// Another speaker's words do not go on with the topic of the last one's quote:
			// 40조원 is no figure of 환율 변동성; with no holder of their own the speaker speaks of
			// what the article is about.
			name: "quote topic",
			src: "삼성전자, 3분기 영업이익 10조 돌파\n삼성전자가 올해 3분기 영업이익 10조원을 넘어섰다. " +
				"김철수 부사장은 \"다만 환율 변동성은 위험 요인\"이라고 덧붙였다. 이영희 연구원은 \"내년 영업이익이 40조원을 넘을 수 있다\"고 전망했다.",
			want: []string{"삼성전자 · 영업이익 1e+13", "삼성전자 · 영업이익 4e+13원"},
			bad:  []string{"환율 변동성 · 영업이익 4e+13원", "삼성전자 · 돌파 1e+13"},
		},
		{
			// 주다 gives the rating to the one 에게 marks; 팀 said of a player is the team the
			// sentence names as the player's (샌디에이고 파드리스의 김하성); a headline's parts
			// joined by an ellipsis each hold their own figures.
			name: "sports",
			src: "손흥민 멀티골…토트넘 3연승\n샌디에이고 파드리스의 김하성이 시즌 17호 홈런을 터뜨리며 팀의 4연패 탈출에 힘을 보탰다. " +
				"영국 매체 BBC는 손흥민에게 평점 8점을 주며 \"최고의 활약\"이라고 평가했다.",
			want: []string{"토트넘 ·  3연승", "샌디에이고 파드리스 · 탈출 4연패", "손흥민 · 평점 8점"},
			bad:  []string{"손흥민 멀티골 ·  3연승", "팀 · 탈출 4연패", "영국 매체 BBC · 평점 8점"},
		},
		{
			// A headline of nouns ends on the noun of what happened (타계), and the nouns
			// before it name whom: a figure in a quote with no holder of its own is theirs.
			name: "headline predicate",
			src:  "넬슨 만델라 타계\n버락 오바마 대통령은 성명을 통해 \"매우 선한 인물 한 명을 잃었다\"며 \"그가 없었던 내 인생은 상상할 수 없다\"라며 안타까움을 드러냈다.",
			want: []string{"넬슨 만델라 · 인물 1명"},
		},
		{
			// Court news: a penalty sought after one was given (검찰은 앞서 징역 8년을 구형한 바
			// 있다) falls on the one it was given to; a penalty before the headline's number
			// is its measure, no part of whom it falls on; 3억원을 받은 혐의 states the charge,
			// the topic's act, no figure of 혐의.
			name: "court",
			src: "뇌물 혐의 전 시장 징역 5년\n서울중앙지법 형사합의22부는 7일 뇌물 혐의로 기소된 박모 전 시장에게 징역 5년을 선고했다. " +
				"재판부는 \"공직자로서 책임을 저버렸다\"고 밝혔다. 검찰은 앞서 결심공판에서 징역 8년을 구형한 바 있다. " +
				"박 전 시장은 2019년부터 2021년까지 건설업자 A씨로부터 3억원을 받은 혐의를 받는다.",
			want: []string{"뇌물 혐의 전 시장 · 징역 5년", "박모 전 시장 · 징역 5년", "박모 전 시장 · 징역 8년", "박 전 시장 ·  3e+08원"},
			bad:  []string{"뇌물 혐의 전 시장 징역 · 징역 5년", "혐의 ·  3e+08원"},
		},
		{
			// Economy news: a middle dot joins nouns into one phrase (원·달러 환율, 보건·복지·고용
			// 분야) and a thousands comma is part of its number (1,277조원으로), so no clause
			// ends at either: the attribute's owner and the sentence's topic stay in the clause.
			name: "middle dot",
			src: "환율 급등\n코스닥 지수도 3.1% 하락했다. 원·달러 환율은 전날보다 12.5원 오른 1,385.5원에 마감했다. " +
				"보건·복지·고용 분야 예산은 249조원으로 전체의 36.7%를 차지했다. 국가채무는 1,277조원으로 국내총생산(GDP) 대비 48.3%에 이를 전망이다.",
			want: []string{"원·달러 · 환율 12.5원 (vs 전날)", "보건·복지·고용 · 예산 2.49e+14원", "국가채무 ·  48.3% (vs 국내총생산(GDP))"},
			bad:  []string{"코스닥 지수 · 환율 12.5원 (vs 전날)"},
		},
		{
			// 반면 opens a sentence and is no part of its topic; the subject of a source frame
			// (X에 따르면) only reports the figures after it; people counted as the subject of a
			// relative clause (교사 395명이 … 낸 소송) are its doers, not the noun it describes;
			// 5년 새 is when, not whose.
			name: "society",
			src: "교사들 소송 일부 승소\n서울행정법원은 교사 395명이 서울시교육청을 상대로 낸 초과근무수당 청구 소송에서 원고 일부 승소 판결했다. " +
				"반도체 수출은 45.5% 늘었다. 반면 석유제품 수출은 14.2% 줄었다. " +
				"한국부동산원이 12일 발표한 동향에 따르면 이번 주 서울 아파트 매매가격은 0.12% 상승했다. " +
				"특히 30대 환자는 5년 새 40% 늘었다.",
			want: []string{"교사 ·  395명", "석유제품 수출 ·  14.2%"},
			bad: []string{"초과근무수당 청구 소송 · 교사 395명", "반면 석유제품 수출 ·  14.2%", "한국부동산원 · 매매가격 0.12%",
				"새 ·  40% · 5년"},
		},
		{
			// Health news: the body that reports a clause whose subject is a measure (독감
			// 의사환자 수가) holds none of its figures; the article's topic does.
			name: "reporter",
			src:  "독감 환자 한 달 새 3배\n질병관리청은 지난주 외래환자 1천명당 독감 의사환자 수가 31.3명으로 4주 전보다 약 3배 증가했다고 11일 밝혔다.",
			want: []string{"독감 환자 · 수 31.3명"},
			bad:  []string{"질병관리청 · 수 31.3명", "독감 환자 · 수 31.3명 · 4주"},
		},
		{
			// …but a company that reports an attribute of its own (매출이 2조1,609억원으로)
			// holds it.
			name: "own report",
			src:  "카카오, 역대 최대 매출\n카카오는 3분기 연결 기준 매출이 2조1,609억원으로 지난해 같은 기간보다 18% 증가했다고 9일 공시했다.",
			want: []string{"카카오 · 매출 2.1609e+12원"},
		},
		{
			// A middle dot after a figure ends an item of a headline's list (국민의힘
			// 35%·민주당 33%); 중경상 counts the injured, for the event 이 사고 points back to.
			name: "lists and casualties",
			src: "경부고속도로 23중 추돌…국민의힘 35%·민주당 33%\n경부고속도로 서울 방향 안성나들목 인근에서 화물차와 승용차 등 23대가 연쇄 추돌했다. " +
				"이 사고로 승용차 운전자 김모(54)씨가 현장에서 숨지고 15명이 중경상을 입어 인근 병원으로 옮겨졌다.",
			want: []string{"국민의힘 ·  35%", "민주당 ·  33%", "경부고속도로 ·  15명"},
			bad:  []string{"국민의힘 ·  33%", "승용차 운전자 김모씨 ·  15명"},
		},
		{
			// Weather news: X로 before a verb that raises a level is the goal, no cause, so
			// the body that evacuated people holds the count; flights cancelled are counted
			// for the storm, as the stranded are; 많은 곳은 names no place.
			name: "weather",
			src: "태풍 힌남노 북상\n제주에는 6일까지 100∼300㎜, 많은 곳은 600㎜ 이상의 비가 내릴 전망이다. 이번 태풍으로 전국에서 항공편 250편이 결항됐다. " +
				"행정안전부는 위기경보를 '심각' 단계로 올리고 주민 3,463명을 대피시켰다.",
			want: []string{"행정안전부 · 주민 3463명"},
			bad:  []string{"단계 · 주민 3463명", "곳 ·  600mm 이상"},
		},
		{
			// X는 보도자료를 통해 names X as who tells what the sentence goes on to say, like
			// X에 따르면: no figure there is X's.
			name: "release",
			src: "가을 산행 주의\n소방방재청은 보도자료를 통해, 국립공원 탐방객 추이를 살펴보면, 2011년에는 4,080만명으로 52% 증가한 것으로 나타났다. " +
				"산림청은 보도자료를 통해 지난해 1,388만명이 단풍철에 산행을 했다고 밝혔다.",
			bad: []string{"소방방재청 ·  52%", "소방방재청 ·  4.08e+07명", "산림청 ·  1.388e+07명"},
		},
		{
			// The baseline of a change in economic news is a time: X 같은 Y (the same Y of X)
			// and N 전 are whole phrases (was: vs 달, vs 전).
			name: "baseline time",
			src:  "수출 증가\n카카오는 매출이 지난해 같은 기간보다 18% 증가했다. 실업자는 1년 전보다 2만5천명 줄었다.",
			want: []string{"카카오 · 매출 18% (vs 지난해 같은 기간)", "실업자 ·  25000명 (vs 1년 전)"},
		},
		{
			// A headline's later part has its own topic (…청년층은 12개월째 감소), which the
			// body's first sentence does not go on from; 아래 after a level is where, no measure.
			name: "headline parts",
			src: "10월 취업자 34만명 증가…청년층은 12개월째 감소\n지난달 취업자 수가 34만명 넘게 늘었지만 청년층 취업자는 12개월 연속 줄었다. " +
				"코스피는 2,400선 아래로 내려앉았다.",
			want: []string{"취업자 · 수 340000명 초과"},
			bad:  []string{"코스피 · 아래 2400선"},
		},
		{
			// A headline writes whom a penalty falls on right before it (박모 전 시장 징역 5년),
			// not the court before its comma.
			name: "headline penalty",
			src:  "법원, 박모 전 시장 징역 5년 선고\n검찰은 앞서 결심공판에서 징역 8년을 구형한 바 있다.",
			want: []string{"박모 전 시장 · 징역 5년", "박모 전 시장 · 징역 8년"},
			bad:  []string{"법원 · 징역 5년", "법원 · 징역 8년"},
		},
		{
			// The lead's case 5 as written: the tagger cannot read 홋스퍼의, which is still X의
			// before the player, whose team 팀 is.
			name: "team unread",
			src:  "손흥민 멀티골…토트넘 3연승\n토트넘 홋스퍼의 손흥민이 멀티골을 터뜨리며 팀의 3연승을 이끌었다.",
			want: []string{"토트넘 ·  3연승", "토트넘 홋스퍼 ·  3연승"},
			bad:  []string{"팀 ·  3연승"},
		},
		{
			// A figure in a relative clause whose head is joined by 과/와 (a conjunct of the
			// object, a companion) is the head's, as an object's is.
			name: "relative with",
			src: "개최지 투표 결과\n러시아는 13표를 얻어 7표를 얻은 스페인과 2표를 얻은 네덜란드를 제쳤다. " +
				"오지환은 3안타를 친 박해민과 함께 팀 승리를 이끌었다.",
			want: []string{"러시아 ·  13표", "스페인 ·  7표", "네덜란드 ·  2표", "박해민 ·  3안타"},
		},
		{
			// A middle dot written apart (스페인 · 포르투갈) joins the names beside it into one
			// phrase, as one written close does: no clause ends there.
			name: "spaced dot",
			src:  "개최지 투표\n러시아는 2라운드에서 13표를 얻어 7표를 얻은 공동 개최국 스페인 · 포르투갈과 2표를 얻은 공동 개최국 네덜란드 · 벨기에를 제쳤다.",
			want: []string{"공동 개최국 스페인 · 포르투갈 ·  7표", "공동 개최국 네덜란드 · 벨기에 ·  2표"},
			bad:  []string{"러시아 ·  7표"},
		},
	} {
		got := articleFacts(t, c.src)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: facts %q lack %q", c.name, got, w)
			}
		}
		for _, w := range c.bad {
			if slices.Contains(got, w) {
				t.Errorf("%s: facts %q hold %q", c.name, got, w)
			}
		}
	}
}
