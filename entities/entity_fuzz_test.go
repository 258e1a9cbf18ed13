package entities

import (
	"testing"
	"unicode/utf8"
)

// FuzzRecognize checks that any text yields entities whose mentions lie inside the text and
// match it, without a panic.
func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"",
		"백상엽 카카오엔터프라이즈 대표는 8일 경기도 성남시에서 말했다.",
		"과학기술정보통신부(과기정통부)는 “지원하겠다”고 밝혔다. 그는 백 대표다.",
		"업계 관계자는 '바드'를 공개한 구글(Google)에 대해 말했다",
		"((((''''“”“”", "A 씨와 B 씨", "김 씨는 3~4년 뒤 1천만 명",
	} {
		f.Add(s)
	}
	r := testRecognizer(f)
	tk := testTokenizer(f)
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) || len(src) > 1<<14 {
			return
		}
		txt, err := tk.Analyze(src)
		if err != nil {
			return
		}
		for _, e := range r.Recognize(txt) {
			if e.Name == "" || e.Type == "" || len(e.Mentions) == 0 {
				t.Fatalf("incomplete entity %+v", e)
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(src) || m.Start > m.End || src[m.Start:m.End] != m.Text {
					t.Fatalf("mention %+v does not match the source %q", m, src)
				}
			}
		}
	})
}
