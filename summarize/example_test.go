package summarize_test

import (
	"fmt"
	"strings"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/summarize"
	"github.com/gisa-nlp/gisa/tokenize"
)

func ExampleSummarize() {
	tk, err := tokenize.New()
	if err != nil {
		panic(err)
	}
	headline := "챗GPT 열풍…초거대AI 경쟁 본격화"
	src := headline + "\n" +
		"오픈AI의 챗GPT가 초거대AI 경쟁에 불을 붙였다. " +
		"국내 기업들도 초거대AI 개발 경쟁에 뛰어들었다. " +
		"김철수 카카오 대표는 “챗GPT는 5일 만에 사용자 100만 명을 모았다. 우리도 초거대AI 경쟁에서 뒤지지 않겠다”고 말했다. " +
		"생성형AI 시장도 빠르게 커지고 있다."
	txt, err := tk.Analyze(src)
	if err != nil {
		panic(err)
	}
	head := tokenize.Span{Start: 0, End: len(headline)}
	rec, err := entities.NewRecognizer()
	if err != nil {
		panic(err)
	}
	ents := rec.Recognize(txt) // who is who: 김철수 카카오 대표 is 김철수
	s := summarize.Summarize(summarize.Input{
		Text:     txt,
		Headline: head,
		Entities: ents,
		Figures:  figures.Extract(txt),
		Quotes:   quotes.Extract(txt, head, ents),
	})
	fmt.Println("keywords:", strings.Join(s.Keywords[:3], ", "))
	for _, sp := range s.Speakers {
		fmt.Printf("speaker: %s (%s %s), %d quote(s)\n", sp.Name, sp.Org, sp.Title, sp.Quotes)
	}
	for _, c := range s.Claims {
		fmt.Printf("claim: %s: %s\n", c.Speaker, c.Text)
	}
	for _, f := range s.Facts {
		fmt.Printf("fact: %s · %s %g%s", f.Subject, f.Measure, f.Value, f.Unit)
		if f.Period != nil {
			fmt.Printf(" · %g%s", f.Period.Value, f.Period.Unit)
		}
		fmt.Println()
	}
	for _, x := range s.Sentences {
		fmt.Println("summary:", x.Index, x.Text)
	}
	// Output:
	// keywords: 초거대AI, 챗GPT, 오픈AI
	// speaker: 김철수 (카카오 대표), 1 quote(s)
	// claim: 김철수: 우리도 초거대AI 경쟁에서 뒤지지 않겠다
	// claim: 김철수: 챗GPT는 5일 만에 사용자 100만 명을 모았다.
	// fact: 챗GPT · 사용자 1e+06명 · 5일
	// summary: 1 오픈AI의 챗GPT가 초거대AI 경쟁에 불을 붙였다.
	// summary: 3 김철수 카카오 대표는 “챗GPT는 5일 만에 사용자 100만 명을 모았다. 우리도 초거대AI 경쟁에서 뒤지지 않겠다”고 말했다.
}
