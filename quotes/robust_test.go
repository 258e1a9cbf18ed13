package quotes_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
)

// checkQuotes fails when a quote's span is out of bounds or does not hold its text.
func checkQuotes(t testing.TB, src string, qs []quotes.Quote) {
	t.Helper()
	for i, q := range qs {
		if q.Start < 0 || q.End > len(src) || q.Start >= q.End {
			t.Fatalf("quote %d: bad span %v for a source of %d bytes", i, q.Span, len(src))
		}
		if q.Text != src[q.Start:q.End] || !utf8.ValidString(q.Text) {
			t.Fatalf("quote %d: text %q does not match its span %v", i, q.Text, q.Span)
		}
		if q.Kind != quotes.Direct && q.Kind != quotes.Indirect {
			t.Fatalf("quote %d: kind %q", i, q.Kind)
		}
	}
}

// TestUnclosedQuote bounds a quote whose closing mark is missing at its reporting frame and
// reports it as unclosed, without swallowing the next sentence.
func TestUnclosedQuote(t *testing.T) {
	src := `피터 리 부사장은 "구글, IBM 등 업계가 함께 참여하는 파트너십을 통해 고민하겠다고 강조했다. 샤오우엔 혼 부사장 역시 "개인이 쉽게 쓸 수 있도록 민주화를 목표로 하고 있다"며 힘을 보탰다.`
	qs := extract(t, src, tokenize.Span{})
	checkQuotes(t, src, qs)
	if len(qs) != 2 {
		t.Fatalf("got %d quotes, want 2: %+v", len(qs), qs)
	}
	q := qs[0]
	if q.Text != "구글, IBM 등 업계가 함께 참여하는 파트너십을 통해 고민하겠다" || !q.Unclosed || q.Verb != "강조했다" || q.Kind != quotes.Direct {
		t.Errorf("unclosed quote: %+v", q)
	}
	if q.Speaker == nil || q.Speaker.Name != "피터 리" {
		t.Errorf("unclosed quote speaker: %+v", q.Speaker)
	}
	q = qs[1]
	if !strings.HasPrefix(q.Text, "개인이") || q.Unclosed || q.Verb != "보탰다" {
		t.Errorf("second quote: %+v", q)
	}
}

// TestHostileMarks feeds unbalanced and pathological quote marks: no panic, spans in bounds.
func TestHostileMarks(t *testing.T) {
	cases := []string{
		`그는 “`,
		`”`,
		`“`,
		`그는 "좋다'고 말했다.`,
		`“A”며 “B`,
		`‘’“”「」『』"'`,
		`그는 ‘“좋다’”고 말했다.`,
		strings.Repeat("“", 10000),
		strings.Repeat(`그는 "`, 2000) + `좋다"고 말했다.`,
		strings.Repeat("“가”며 ", 500) + "말했다.",
		"백 대표는 “" + strings.Repeat("아주 긴 말이다 ", 2000) + "”고 말했다.",
	}
	for _, src := range cases {
		qs := quotes.Extract(analyze(t, src), tokenize.Span{Start: 0, End: min(len(src), 3)}, nil)
		checkQuotes(t, src, qs)
	}
}

// TestTermsAreNotSpeech keeps single-quoted names and double-quoted terms out of the quotes,
// while a single-quoted clause with a reporting frame is speech.
func TestTermsAreNotSpeech(t *testing.T) {
	src := `오픈AI는 유료 구독 '챗GPT 플러스'를 출시했다. 그는 "세렌디피티"라는 단어를 제시했다. 연구팀은 ‘이 물질은 안전하다’고 밝혔다.`
	qs := quotes.Extract(analyze(t, src), tokenize.Span{}, nil)
	checkQuotes(t, src, qs)
	if len(qs) != 1 || qs[0].Text != "이 물질은 안전하다" || qs[0].Verb != "밝혔다" {
		t.Fatalf("got %+v, want only the single-quoted clause with 밝혔다", qs)
	}
}

// FuzzExtract runs the extractor over arbitrary text: it must not panic and every quote must
// lie inside the source.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		`백 대표는 “좋다”며 “나쁘다”고 말했다.`,
		`“`, `"'`, `그는 '가'고`, `X에 따르면 좋다.`, `…라는 것이 그의 설명이다.`,
		`백상엽 "국내외 경쟁"` + "\n" + `“지금”`,
		// a first word that is the only predicate before a quote standing alone (it crashed
		// lastPredicate, which read the word before the document's first)
		"용감한 녀석들 선거법 위반?\n“선거법 위반 아니다”",
	} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, src string, head int) {
		if !utf8.ValidString(src) {
			return
		}
		txt := analyze(t, src)
		if head < 0 || head > len(src) {
			head = 0
		}
		checkQuotes(t, src, quotes.Extract(txt, tokenize.Span{Start: 0, End: head}, nil))
	})
}

// TestNestedQuotes keeps marks nested inside a quote as part of its text and finds no second
// quote inside it.
func TestNestedQuotes(t *testing.T) {
	src := `그는 “AI의 A는 ‘인공’이 아니라 ‘증강’으로, 사람과 기계가 합쳐진다”고 덧붙였다.`
	qs := quotes.Extract(analyze(t, src), tokenize.Span{}, nil)
	checkQuotes(t, src, qs)
	if len(qs) != 1 || qs[0].Text != "AI의 A는 ‘인공’이 아니라 ‘증강’으로, 사람과 기계가 합쳐진다" || qs[0].Verb != "덧붙였다" {
		t.Fatalf("got %+v", qs)
	}
}

// TestQuoteAcrossLines pairs curly marks across a line break.
func TestQuoteAcrossLines(t *testing.T) {
	src := "김 교수는 “첫 문단이다.\n둘째 문단이다”라고 말했다."
	qs := quotes.Extract(analyze(t, src), tokenize.Span{}, nil)
	checkQuotes(t, src, qs)
	if len(qs) != 1 || qs[0].Text != "첫 문단이다.\n둘째 문단이다" || qs[0].Verb != "말했다" {
		t.Fatalf("got %+v", qs)
	}
}
