package quotemarks

import (
	"testing"
	"unicode/utf8"
)

// contents returns the text between the marks of the closed regions of src, in order.
func contents(src string) []string {
	var out []string
	for _, r := range Pair(nil, src) {
		if r.Closed() {
			a, b := r.Inner()
			out = append(out, src[a:b])
		}
	}
	return out
}

func TestPair(t *testing.T) {
	cases := []struct {
		src  string
		want []string
	}{
		// curly marks pair with their own counterpart; a single quote nests inside a double one
		{`백 대표는 “국내 기업들도 ‘바드’를 안다”고 말했다.`, []string{"국내 기업들도 ‘바드’를 안다", "바드"}},
		// straight marks open before a word and close after one
		{`재판부는 "증거가 없다"며 "무죄"라고 밝혔다.`, []string{"증거가 없다", "무죄"}},
		// an apostrophe inside a Latin word is no mark
		{`Wyss's 연구소는 "don't"라고 했다.`, []string{"don't"}},
		// a curly mark closed by a straight one, and a straight one closed by a curly one
		// (typing slips): two quotes
		{`공정위는 “잘못이다"며 "시정하라”고 밝혔다.`, []string{"잘못이다", "시정하라"}},
		{`그는 “멈춰야 한다"면서 "평화를 지켜달라"고 밝혔다.`, []string{"멈춰야 한다", "평화를 지켜달라"}},
		// a closing mark typed where the opening one belongs opens the quote
		{`응답자는 ”45만원 이상을 지출할 계획”이라고 답했다.`, []string{"45만원 이상을 지출할 계획"}},
		// a quote that ends with its own comma closes right after it, before the
		// complementizer (Wikinews-style translated quotes); `말했다,"다음` is not this case:
		// no quote of that kind is open there
		{`"두 혁명의 날을 공휴일로 정해야 한다,"라고 알름쿨로브가 밝혔다.`, []string{"두 혁명의 날을 공휴일로 정해야 한다,"}},
		{`"아직 이르다…"며 말을 아꼈다.`, []string{"아직 이르다…"}},
		{`그는 말했다,"다음은 없다"`, []string{"다음은 없다"}},
		// an opening mark typed for the closing one, glued to the end of the quote while its
		// kind is open, closes it (“…없다“고, ‘매미(MAEMI)‘ 수준)
		{`그러면서 “포함될 수 없다“고 말했다. 조 변호사는 “개념”이라고 말했다.`, []string{"포함될 수 없다", "개념"}},
		{`‘산바’는 ‘매미(MAEMI)‘ 수준까지 발달했다.`, []string{"산바", "매미(MAEMI)"}},
		// an opening mark left open stays open; straight marks do not cross a line
		{"그는 “끝나지 않은 말\n다음 줄", nil},
		{"그는 \"끝나지 않은\n말\"", nil},
	}
	for _, c := range cases {
		got := contents(c.src)
		if len(got) != len(c.want) {
			t.Errorf("%q: contents %q, want %q", c.src, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: content %d = %q, want %q", c.src, i, got[i], c.want[i])
			}
		}
	}
}

func TestPairDepth(t *testing.T) {
	src := `그는 “우리는 ‘AI 시대’를 연다”고 말했다.`
	regs := Pair(nil, src)
	if len(regs) != 2 {
		t.Fatalf("regions %+v, want 2", regs)
	}
	for _, r := range regs {
		a, _ := r.Inner()
		want := 0
		if src[a:a+len("AI")] == "AI" {
			want = 1
		}
		if r.Depth != want {
			t.Errorf("region at %d: depth %d, want %d", r.Open, r.Depth, want)
		}
	}
}

// FuzzPair checks that every region lies inside the text on code point boundaries, that a
// closed region closes after it opens, and that nothing panics.
func FuzzPair(f *testing.F) {
	for _, s := range []string{`“가”나‘다’`, `"a" 'b' \"c`, "“\n”", "\xe2\x80", `"“‘'"’”`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, r := range Pair(nil, src) {
			if r.Open < 0 || r.Open+r.OpenLen > len(src) {
				t.Fatalf("opening mark %d+%d outside %d bytes", r.Open, r.OpenLen, len(src))
			}
			if !IsQuoteMark(r.Mark) {
				t.Fatalf("region opened by %q", r.Mark)
			}
			if c, _ := utf8.DecodeRuneInString(src[r.Open:]); c != r.Mark && closerOf[c] != r.Mark {
				t.Fatalf("mark %q at %d, region says %q", c, r.Open, r.Mark)
			}
			if r.Closed() {
				if r.Close < r.Open+r.OpenLen || r.Close+r.CloseLen > len(src) {
					t.Fatalf("closing mark %d+%d for opening %d in %d bytes", r.Close, r.CloseLen, r.Open, len(src))
				}
				a, b := r.Inner()
				if a > b {
					t.Fatalf("inner %d..%d", a, b)
				}
			}
		}
	})
}
