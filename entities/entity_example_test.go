package entities_test

import (
	"fmt"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/tokenize"
)

func ExampleRecognizer_Recognize() {
	tk, err := tokenize.New()
	if err != nil {
		panic(err)
	}
	r, err := entities.NewRecognizer()
	if err != nil {
		panic(err)
	}
	txt, err := tk.Analyze("백상엽 카카오엔터프라이즈 대표는 8일 “최선을 다하겠다”고 말했다. 백 대표는 네이버도 언급했다. 그는 웃었다.")
	if err != nil {
		panic(err)
	}
	for _, e := range r.Recognize(txt) {
		fmt.Printf("%s %s", e.Type, e.Name)
		if e.Title != "" {
			fmt.Printf(" (%s, %s)", e.Title, e.Org)
		}
		for _, m := range e.Mentions {
			fmt.Printf(" [%s]", m.Text)
		}
		fmt.Println()
	}
	// Output:
	// PERSON 백상엽 (대표, 카카오엔터프라이즈) [백상엽] [백 대표] [그]
	// ORGANIZATION 카카오엔터프라이즈 [카카오엔터프라이즈]
	// DATE 8일 [8일]
	// ORGANIZATION 네이버 [네이버]
}
