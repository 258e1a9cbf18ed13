package quotes_test

import (
	"fmt"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
)

func ExampleExtract() {
	tk, err := tokenize.New()
	if err != nil {
		panic(err)
	}
	src := "백상엽 카카오엔터프라이즈 대표는 “AI가 중요하다”며 “지원이 필요하다”고 말했다. 이어 백 대표는 정부에 투자를 늘릴 것을 촉구했다."
	txt, err := tk.Analyze(src)
	if err != nil {
		panic(err)
	}
	// Who is who comes from the entity recognizer's coreference: 백 대표 is 백상엽.
	r, err := entities.NewRecognizer()
	if err != nil {
		panic(err)
	}
	for _, q := range quotes.Extract(txt, tokenize.Span{}, r.Recognize(txt)) {
		fmt.Printf("%s %q %s (%s) %s\n", q.Kind, q.Text, q.Verb, q.Stance, q.Speaker.Name)
	}
	// Output:
	// direct "AI가 중요하다" 말했다 (neutral) 백상엽
	// direct "지원이 필요하다" 말했다 (neutral) 백상엽
	// indirect "투자를 늘릴 것" 촉구했다 (demand) 백상엽
}
