package tokenize_test

import (
	"fmt"

	"github.com/gisa-nlp/gisa/tokenize"
)

func ExampleTokenizer_Tokenize() {
	tk, err := tokenize.New()
	if err != nil {
		panic(err)
	}
	toks, err := tk.Tokenize("챗GPT는 5일이 걸렸다.")
	if err != nil {
		panic(err)
	}
	for _, t := range toks {
		fmt.Printf("%s\t%s\t%s\n", t.Surface, t.POS, t.Lemma)
	}
	// Output:
	// 챗	NNG	챗
	// GPT	SL	GPT
	// 는	JX	는
	// 5	SN	5
	// 일	NNBC	일
	// 이	JKS	이
	// 걸렸	VV+EP	걸리다
	// 다	EF	다
	// .	SF	.
}
