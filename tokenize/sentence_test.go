package tokenize

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/shareddata"
)

// splitTexts returns the sentences of src as strings.
func splitTexts(src string) []string {
	var out []string
	for _, s := range SplitSentences(src) {
		out = append(out, s.Text(src))
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"plain ends",
			"백 대표는 8일 의지를 밝혔다. 챗GPT는 5일이 걸렸다! 무엇이 달라졌을까? 그렇습니다요.",
			[]string{"백 대표는 8일 의지를 밝혔다.", "챗GPT는 5일이 걸렸다!", "무엇이 달라졌을까?", "그렇습니다요."}},
		{"decimal points and dates",
			"기존 GPT-3.5 모델 대비 10배 저렴하다. 지수는 2.5% 올랐다. 2016. 11. 3. 발표됐다.",
			[]string{"기존 GPT-3.5 모델 대비 10배 저렴하다.", "지수는 2.5% 올랐다.", "2016. 11. 3. 발표됐다."}},
		{"multi-sentence quote stays whole, closing quote joins the sentence",
			"“지금 전 세계는 소리없는 인공지능(AI) 전쟁 중이다. 앞으로는 이런 경쟁에 뒤지지 않도록 최선을 다하겠다.” 백상엽 카카오엔터프라이즈 대표는 의지를 밝혔다.",
			[]string{"“지금 전 세계는 소리없는 인공지능(AI) 전쟁 중이다. 앞으로는 이런 경쟁에 뒤지지 않도록 최선을 다하겠다.”", "백상엽 카카오엔터프라이즈 대표는 의지를 밝혔다."}},
		{"quote followed by its frame is one sentence",
			"백 대표는 “넷플릭스는 3년이 걸렸다. 챗GPT는 5일이 걸렸다”며 설명했다. 이어 그는 말했다.",
			[]string{"백 대표는 “넷플릭스는 3년이 걸렸다. 챗GPT는 5일이 걸렸다”며 설명했다.", "이어 그는 말했다."}},
		{"quote ending the sentence with 라고",
			"그는 “AI는 하나의 도구입니다.”라고 말했다. 다음 문장이다.",
			[]string{"그는 “AI는 하나의 도구입니다.”라고 말했다.", "다음 문장이다."}},
		{"a quotative particle written apart after the closing mark goes on with the quote's frame",
			`하지만 5차에서 "입수에서 약간 흔들렸다." 라고 하며 실수를 아쉬워했다. 선수들에게 "뿌듯하시죠?" 라는 질문을 했다. 고 김영애 씨는 배우다.`,
			[]string{`하지만 5차에서 "입수에서 약간 흔들렸다." 라고 하며 실수를 아쉬워했다.`, `선수들에게 "뿌듯하시죠?" 라는 질문을 했다.`, "고 김영애 씨는 배우다."}},
		{"ASCII quotes",
			`그는 "많은 이가 접근하길 바란다. 민주화가 필요하다"고 말했다. 오픈AI는 '챗GPT 플러스'를 출시했다.`,
			[]string{`그는 "많은 이가 접근하길 바란다. 민주화가 필요하다"고 말했다.`, "오픈AI는 '챗GPT 플러스'를 출시했다."}},
		{"mixed quote typography pairs",
			`성동일은 "그만 좀 해라. 지아가 말하고 있지 않느냐”라고 타박했다. 메시지는 '나는 고토 겐지다. 이것은 음성 메시지다’라고 소개했다.`,
			[]string{`성동일은 "그만 좀 해라. 지아가 말하고 있지 않느냐”라고 타박했다.`, "메시지는 '나는 고토 겐지다. 이것은 음성 메시지다’라고 소개했다."}},
		{"a title with an exclamation inside single quotes",
			"잡지 '애프터눈'은 '오! 나의 여신님'이 완결된다고 밝혔다. 끝이다.",
			[]string{"잡지 '애프터눈'은 '오! 나의 여신님'이 완결된다고 밝혔다.", "끝이다."}},
		{"a stray closing quote does not pair",
			`계획 "프로젝트 제이 다이트'의 일환이다. '브이시도'의 개발은 아스라테크가 담당한다.`,
			[]string{`계획 "프로젝트 제이 다이트'의 일환이다.`, "'브이시도'의 개발은 아스라테크가 담당한다."}},
		{"an unclosed quote does not swallow the paragraph",
			`업계는 "구글 등이 참여하는 파트너십을 통해 고민하겠다고 강조했다. 이날 혼 부사장 역시 "민주화를 목표로 한다"며 힘을 보탰다. 그는 "AI는 도구"라고 말했다.`,
			[]string{`업계는 "구글 등이 참여하는 파트너십을 통해 고민하겠다고 강조했다.`, `이날 혼 부사장 역시 "민주화를 목표로 한다"며 힘을 보탰다.`, `그는 "AI는 도구"라고 말했다.`}},
		{"ellipsis is not an end",
			"국내외 초거대AI 경쟁…카카오도 뒤지지 않겠다. 글쎄... 두고 볼 일이다.",
			[]string{"국내외 초거대AI 경쟁…카카오도 뒤지지 않겠다.", "글쎄... 두고 볼 일이다."}},
		{"abbreviations and initials",
			"Mr. Kim과 J. K. 롤링이 U.S. 시장에 왔다. 메일은 mon@yna.co.kr. 다음이다.",
			[]string{"Mr. Kim과 J. K. 롤링이 U.S. 시장에 왔다.", "메일은 mon@yna.co.kr.", "다음이다."}},
		{"paragraph breaks always end",
			"백상엽 \"국내외 초거대AI 경쟁…카카오도 뒤지지 않겠다\"\n\n“지금 전 세계는\n전쟁 중이다.”\r\n",
			[]string{"백상엽 \"국내외 초거대AI 경쟁…카카오도 뒤지지 않겠다\"", "“지금 전 세계는", "전쟁 중이다.”"}},
		{"missing space after 다.",
			"사실은 흥분 속에 잊혀졌다.전투 조종사 훈련을 들었다.",
			[]string{"사실은 흥분 속에 잊혀졌다.", "전투 조종사 훈련을 들었다."}},
		{"parenthesised sentence and date",
			"올해 가장 큰달(2016.11.14.)과 작은달(2016.4.22.) 비교사진이다. (자세한 내용은 뒤에 있다.) 끝이다.",
			[]string{"올해 가장 큰달(2016.11.14.)과 작은달(2016.4.22.) 비교사진이다.", "(자세한 내용은 뒤에 있다.)", "끝이다."}},
		{"empty and blank", " \n\t\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := splitTexts(tc.src); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("SplitSentences(%q)\n got %q\nwant %q", tc.src, got, tc.want)
			}
		})
	}
}

func TestSplitSentencesKinds(t *testing.T) {
	type sk struct {
		Text string
		Kind SentenceKind
	}
	tests := []struct {
		name string
		src  string
		want []sk
	}{
		{"dateline and reporter before the body",
			"[서울=뉴시스] 홍길동 기자 = 카카오가 8일 신규 모델을 공개했다.",
			[]sk{{"[서울=뉴시스] 홍길동 기자 =", Byline}, {"카카오가 8일 신규 모델을 공개했다.", Body}}},
		{"reporter without a dateline",
			"김철수 기자 = 정부는 3.5% 성장을 전망했다.",
			[]sk{{"김철수 기자 =", Byline}, {"정부는 3.5% 성장을 전망했다.", Body}}},
		{"an equals sign in the body is not a byline",
			"기자회견에서 A=B라는 공식을 설명했다.",
			[]sk{{"기자회견에서 A=B라는 공식을 설명했다.", Body}}},
		{"dateline inside a caption line",
			"기조연설하는 피터 리 부사장 (서울=연합뉴스) 윤동진 기자 = 3일 오전 발표를 하고 있다. 2016.11.3 mon@yna.co.kr",
			[]sk{{"기조연설하는 피터 리 부사장", Body}, {"(서울=연합뉴스) 윤동진 기자 =", Byline}, {"3일 오전 발표를 하고 있다.", Body}, {"2016.11.3 mon@yna.co.kr", Byline}}},
		{"byline with e-mail at the end",
			"정부에 지원을 촉구했다.\n홍길동 기자 hong@example.com",
			[]sk{{"정부에 지원을 촉구했다.", Body}, {"홍길동 기자 hong@example.com", Byline}}},
		{"reporter alone",
			"밝혔다.\n/김철수 기자",
			[]sk{{"밝혔다.", Body}, {"/김철수 기자", Byline}}},
		{"photo credit after a sentence",
			"샤오우엔 혼 부사장이 발표를 하고 있다. [마이크로소프트코리아 제공=연합뉴스]. 그는 말했다.",
			[]sk{{"샤오우엔 혼 부사장이 발표를 하고 있다.", Body}, {"[마이크로소프트코리아 제공=연합뉴스].", Caption}, {"그는 말했다.", Body}}},
		{"caption with a credit and a triangle",
			"백상엽 대표가 발표하고 있다. (사진=카카오엔터프라이즈)\n▲ 8일 판교에서 열린 인공지능 전략대화\n모습/한국연구재단 제공",
			[]sk{{"백상엽 대표가 발표하고 있다.", Body}, {"(사진=카카오엔터프라이즈)", Caption}, {"▲ 8일 판교에서 열린 인공지능 전략대화", Caption}, {"모습/한국연구재단 제공", Caption}}},
		{"bare credit and copyright lines",
			"연구진이 실험하고 있다.\n사진=한국연구재단\nⓒ 연합뉴스, 무단 전재-재배포 금지\n저작권자 © 기자신문 무단전재 및 재배포금지",
			[]sk{{"연구진이 실험하고 있다.", Body}, {"사진=한국연구재단", Caption}, {"ⓒ 연합뉴스, 무단 전재-재배포 금지", Byline}, {"저작권자 © 기자신문 무단전재 및 재배포금지", Byline}}},
		{"무단 in a body sentence is body text",
			"그는 무단 횡단을 하다 적발됐다.",
			[]sk{{"그는 무단 횡단을 하다 적발됐다.", Body}}},
		{"▲ inside a sentence is a list, not a caption",
			"백 대표가 밝힌 네 요소는 ▲데이터 ▲인프라 ▲AI 모델 ▲AI서비스다.",
			[]sk{{"백 대표가 밝힌 네 요소는 ▲데이터 ▲인프라 ▲AI 모델 ▲AI서비스다.", Body}}},
		{"a reporter mentioned in the body is body text",
			"홍 기자는 현장을 취재했다.",
			[]sk{{"홍 기자는 현장을 취재했다.", Body}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []sk
			for _, s := range SplitSentences(tc.src) {
				got = append(got, sk{s.Text(tc.src), s.Kind})
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("SplitSentences(%q)\n got %v\nwant %v", tc.src, got, tc.want)
			}
		})
	}
}

// TestSplitSentencesSeed checks the seed article: 18 sentences (the headline, then 17), every
// multi-sentence quote kept whole, and code-point spans that agree with the byte spans.
func TestSplitSentencesSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "seed-kakao.txt"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	sents := SplitSentences(src)
	if len(sents) != 18 {
		t.Fatalf("seed article: %d sentences, want 18:\n%q", len(sents), splitTexts(src))
	}
	checkSentenceSpans(t, src, sents)
	want := map[int]string{
		0:  `백상엽 "국내외 초거대AI 경쟁…카카오도 뒤지지 않겠다"`,
		2:  "백상엽 카카오엔터프라이즈 대표는 8일 경기도 성남시 카카오 판교아지트에서 열린 '제3차 인공지능 전략대화'에서 전 세계적으로 초거대AI 기술 고도화 경쟁이 분주한 가운데, 국내 기업들도 경쟁에 뒤지지 않겠다는 의지를 밝혔다.",
		12: "백 대표가 밝힌 네 요소는 ▲데이터 ▲인프라 ▲AI 모델 ▲AI서비스다.",
	}
	for i, w := range want {
		if got := sents[i].Text(src); got != w {
			t.Errorf("sentence %d = %q, want %q", i, got, w)
		}
	}
	if got := sents[1].Text(src); !strings.HasPrefix(got, "“지금 전 세계는") || !strings.HasSuffix(got, "최선을 다하겠다.”") {
		t.Errorf("opening quote split: %q", got)
	}
	for _, s := range sents {
		if s.Kind != Body {
			t.Errorf("seed sentence %q has kind %v, want body", s.Text(src), s.Kind)
		}
	}
}

// checkSentenceSpans checks that spans are trimmed, ordered, non-overlapping and that Runes
// are the code-point offsets of the byte spans.
func checkSentenceSpans(t *testing.T, src string, sents []Sentence) {
	t.Helper()
	prevEnd := 0
	for i, s := range sents {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(src) {
			t.Fatalf("sentence %d: bad span %v after %d (len %d)", i, s.Span, prevEnd, len(src))
		}
		prevEnd = s.End
		text := src[s.Start:s.End]
		if strings.TrimSpace(text) != text {
			t.Errorf("sentence %d not trimmed: %q", i, text)
		}
		if rs := utf8.RuneCountInString(src[:s.Start]); s.Runes.Start != rs {
			t.Errorf("sentence %d: Runes.Start %d, want %d", i, s.Runes.Start, rs)
		}
		if re := utf8.RuneCountInString(src[:s.End]); s.Runes.End != re {
			t.Errorf("sentence %d: Runes.End %d, want %d", i, s.Runes.End, re)
		}
	}
}

func BenchmarkSplitSentences(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed-kakao.txt"))
	if err != nil {
		b.Fatal(err)
	}
	s := string(src)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		SplitSentences(s)
	}
}

// TestMayBeMarkCoversMarks checks pairMarks' shortcut: every non-ASCII quote or bracket is
// one that mayBeMark lets through.
func TestMayBeMarkCoversMarks(t *testing.T) {
	marks := 0
	for r := rune(0x80); r <= 0x10FFFF; r++ {
		if _, opens := closerOf(r); opens || isClosingMark(r) {
			marks++
			if !mayBeMark(r) {
				t.Errorf("%q (%U) is a mark that pairMarks would skip", r, r)
			}
		}
	}
	if marks < 20 {
		t.Fatalf("only %d non-ASCII marks", marks)
	}
}

// TestIsCopyrightPrefilter: isCopyright, which passes over most lines before copying them
// without their spaces, says what the plain test says, on copyright lines of several shapes
// and on every line of the articles and Wikinews articles of ../shared.
func TestIsCopyrightPrefilter(t *testing.T) {
	plain := func(s string) bool {
		if !runesAtMost(s, 80) {
			return false
		}
		if strings.HasPrefix(s, "ⓒ") || strings.HasPrefix(s, "©") {
			return true
		}
		c := strings.ReplaceAll(s, " ", "")
		return strings.HasPrefix(c, "저작권자") || strings.Contains(c, "무단전재") || strings.Contains(c, "재배포금지")
	}
	lines := []string{
		"ⓒ 연합뉴스, 무단 전재-재배포 금지", "저작권자 © 기자신문 무단전재 및 재배포금지", "  저 작 권 자 ©",
		"무 단 전 재 금지", "재 배 포 금 지", "재배포는 허용된다", "저작권", "그는 재판에 나왔다.", "",
	}
	if dir, err := shareddata.Dir(); err == nil {
		for _, name := range []string{"articles.jsonl", "wikinews-ko.jsonl"} {
			b, err := os.ReadFile(filepath.Join(dir, "data", "news", name))
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(b), "\\n")...) // the JSON's escaped line breaks
		}
	}
	copyrights := 0
	for _, l := range lines {
		for _, s := range strings.Split(l, "\n") {
			if got, want := isCopyright(s), plain(s); got != want {
				t.Fatalf("isCopyright(%q) = %v, want %v", s, got, want)
			}
			if plain(s) {
				copyrights++
			}
		}
	}
	if copyrights < 4 {
		t.Errorf("only %d copyright lines tried", copyrights)
	}
}
