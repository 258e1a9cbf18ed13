package figures

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

var numberSeeds = []string{
	"0", "1,000", "2,147,483,648", "10,455.0124.", "21억 4748만 3648", "1조 2345억 6789만 123",
	"167양 2345해", "이십일억 사천칠백사십팔만 삼천육백사십팔", "만 이천삼백여든한명", "서른둘이다",
	"삼십일일", "이만 구", "2만 구", "-2억 7천만", "마이너스 이십삼십", "마이너스 하나", "점오", "영점 오",
	"3.오", "10분의 1", "사분의삼", "3/4", "１２３％", "2 만 5 천", "십2억 6만 5십주", "1분의1분의1",
	strings.Repeat("9", 400), strings.Repeat("만", 50), "-", "+.", "마이너스", "분의",
}

// FuzzParseNumber: no panic, no hang, and a parse stays inside the input with a finite value.
func FuzzParseNumber(f *testing.F) {
	for _, s := range numberSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := ParseNumber(s)
		if !ok {
			if n != (Number{}) {
				t.Fatalf("%q: failed parse returned %+v", s, n)
			}
			return
		}
		if n.End <= 0 || n.End > len(s) {
			t.Fatalf("%q: End %d outside 1..%d", s, n.End, len(s))
		}
		if math.IsInf(n.Value, 0) || math.IsNaN(n.Value) {
			t.Fatalf("%q: value %v", s, n.Value)
		}
		if utf8.ValidString(s) && !utf8.ValidString(s[:n.End]) {
			t.Fatalf("%q: End %d splits a character", s, n.End)
		}
		if o, ok := ParseOrdinal(s); ok && (o.End <= 0 || o.End > len(s)) {
			t.Fatalf("%q: ordinal End %d", s, o.End)
		}
	})
}

// FuzzParse: no panic, and the figure's span holds its text.
func FuzzParse(f *testing.F) {
	for _, s := range append(numberSeeds, "5000원 이상", "삼겹살 두근", "EUR 20", "25000원 - 30000원", "시간반", "1년 반") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fig, ok := Parse(s)
		if !ok {
			return
		}
		if fig.Start < 0 || fig.End > len(s) || fig.Start > fig.End || s[fig.Start:fig.End] != fig.Text {
			t.Fatalf("%q: span %d-%d text %q", s, fig.Start, fig.End, fig.Text)
		}
	})
}

// FuzzExtract: over any valid text, figures are in order and their spans hold their text.
func FuzzExtract(f *testing.F) {
	for _, s := range append(numberSeeds, "백 대표는 “100만 사용자를 확보하는 데 3년 이상 걸렸다”고 말했다.", "10명 중 7명", "3년에서 5년까지", "GPT-3.5와 웹3.0") {
		f.Add(s)
	}
	tk := figureTokenizer(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		txt, err := tk.Analyze(s)
		if err != nil {
			return
		}
		last := 0
		for _, fig := range Extract(txt) {
			if fig.Start < last || fig.End > len(s) || fig.Start >= fig.End || s[fig.Start:fig.End] != fig.Text {
				t.Fatalf("%q: figure %+v out of order or span", s, fig)
			}
			last = fig.Start
		}
	})
}
