package figures_test

import (
	"fmt"

	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/tokenize"
)

func ExampleParseNumber() {
	for _, s := range []string{"1천만", "21억 4748만 3648", "서른다섯", "10분의 1", "10일"} {
		n, _ := figures.ParseNumber(s)
		fmt.Printf("%s = %v (rest %q)\n", s, n.Value, s[n.End:])
	}
	// Output:
	// 1천만 = 1e+07 (rest "")
	// 21억 4748만 3648 = 2.147483648e+09 (rest "")
	// 서른다섯 = 35 (rest "")
	// 10분의 1 = 0.1 (rest "")
	// 10일 = 10 (rest "일")
}

func ExampleExtract() {
	tk, err := tokenize.New()
	if err != nil {
		panic(err)
	}
	txt, err := tk.Analyze("챗GPT는 8일 공개 뒤 5일 만에 100만 사용자를 모았고, 가격은 거의 10분의 1 이하다.")
	if err != nil {
		panic(err)
	}
	for _, f := range figures.Extract(txt) {
		fmt.Printf("%s value=%v unit=%q kind=%s measure=%q qualifier=%q\n", f.Text, f.Value, f.Unit, f.Kind, f.Measure, f.Qualifier)
	}
	// Output:
	// 5일 value=5 unit="일" kind=duration measure="" qualifier=""
	// 100만 value=1e+06 unit="" kind=count measure="사용자" qualifier=""
	// 10분의 1 value=0.1 unit="" kind=fraction measure="" qualifier="이하"
}
