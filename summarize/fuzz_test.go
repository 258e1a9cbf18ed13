package summarize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/tokenize"
)

// FuzzSummarize feeds arbitrary text through the tokenizer into Summarize: no panics, and every
// summary sentence is a sentence of the text, in document order.
func FuzzSummarize(f *testing.F) {
	f.Add("챗GPT 열풍\n챗GPT는 5일 만에 100만 사용자를 모았다. 초거대AI 경쟁이 치열하다.")
	f.Add("\n\n. . .")
	f.Add("“따옴표만 열고 닫지 않았다")
	f.Add("AI AI AI AI. AI AI. 생성형AI 생성형 AI.")
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
		s := Summarize(Input{Text: txt, Headline: head})
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
