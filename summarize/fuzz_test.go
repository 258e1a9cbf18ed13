package summarize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
)

// FuzzSummarize feeds arbitrary text through the tokenizer, the figures and the quotes stages
// into Summarize: no panics, every summary sentence is a sentence of the text in document order,
// every fact names real figures and every claim lies inside its quote.
func FuzzSummarize(f *testing.F) {
	f.Add("챗GPT 열풍\n챗GPT는 5일 만에 100만 사용자를 모았다. 초거대AI 경쟁이 치열하다.")
	f.Add("\n\n. . .")
	f.Add("“따옴표만 열고 닫지 않았다")
	f.Add("AI AI AI AI. AI AI. 생성형AI 생성형 AI.")
	f.Add("백 대표는 “넷플릭스도 100만 사용자를 확보하기 위해 3년 이상 걸렸는데, 챗GPT는 5일이 걸렸다”고 말했다.")
	f.Add("기존 모델 대비 10배 저렴한 API 'X'도, 가격은 10분의 1 이하로 떨어졌다.")
	f.Add("재판부는 A씨(33)와 B씨(34)에게 각 징역 10월을, C씨(37) 등 2명에게 벌금 500만원을 선고했다. 이는 (")
	f.Add("응답자의 65.9%가 찬성했다. 60대 이상(74.6%)과 ‘치킨’(87.3%), 이들 중 무려 72.8%는 ‘특수직무’의 경우에는")
	f.Add("변신 로봇 '제이 다이트 라이드'를 공개했다. 이 로봇은 10초 만에 폭발로 인해 3명이 사망했다")
	f.Add("올해 시험은 영역 '가' 100점이었다.") // a quoted letter and its particle before a count
	tk := tokenizer(f)
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			return
		}
		txt, err := tk.Analyze(src)
		if err != nil {
			return
		}
		head := tokenize.Span{}
		if i := strings.IndexByte(src, '\n'); i > 0 {
			head.End = i
		}
		in := Input{Text: txt, Headline: head, Figures: figures.Extract(txt), Quotes: quotes.Extract(txt, head, nil)}
		s := Summarize(in)
		for _, f := range s.Facts {
			for _, k := range f.Figures {
				if k < 0 || k >= len(in.Figures) {
					t.Fatalf("fact %+v names figure %d of %d", f, k, len(in.Figures))
				}
			}
		}
		for _, c := range s.Claims {
			if c.Quote < 0 || c.Quote >= len(in.Quotes) || !strings.Contains(in.Quotes[c.Quote].Text, c.Text) {
				t.Fatalf("claim %+v is not in its quote", c)
			}
		}
		last := -1
		for _, x := range s.Sentences {
			if x.Index <= last || x.Index >= len(txt.Sentences) {
				t.Fatalf("sentence index %d out of order or range", x.Index)
			}
			last = x.Index
			if x.Text != txt.Sentences[x.Index].Text(src) {
				t.Fatalf("sentence %d text %q is not the text's", x.Index, x.Text)
			}
		}
	})
}
