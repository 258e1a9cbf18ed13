package summarize_test

import (
	"fmt"
	"strings"

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
		"오픈AI의 챗GPT가 출시 5일 만에 사용자 100만 명을 모았다. " +
		"국내 기업들도 초거대AI 개발 경쟁에 뛰어들었다. " +
		"카카오는 초거대AI 모델을 공개하고 챗GPT와 경쟁하겠다고 밝혔다. " +
		"업계는 생성형AI 시장이 빠르게 커질 것으로 본다."
	txt, err := tk.Analyze(src)
	if err != nil {
		panic(err)
	}
	s := summarize.Summarize(summarize.Input{Text: txt, Headline: tokenize.Span{Start: 0, End: len(headline)}})
	fmt.Println(strings.Join(s.Keywords[:3], ", "))
	for _, x := range s.Sentences {
		fmt.Println(x.Index, x.Text)
	}
	// Output:
	// 초거대AI, 챗GPT, 생성형AI
	// 2 국내 기업들도 초거대AI 개발 경쟁에 뛰어들었다.
	// 3 카카오는 초거대AI 모델을 공개하고 챗GPT와 경쟁하겠다고 밝혔다.
}
