package tokenize

import (
	"strings"
	"testing"
)

func TestUserDict(t *testing.T) {
	u, err := ReadUserDict(strings.NewReader("# gisa user words\n카카오엔터프라이즈,NNP,기관\n챗GPT,NNP\n초거대AI,NNG,,-500\n"), "words.csv")
	if err != nil {
		t.Fatal(err)
	}
	if u.Len() != 3 {
		t.Fatalf("%d entries, want 3", u.Len())
	}
	tk, err := New(WithUserDict(u))
	if err != nil {
		t.Fatal(err)
	}
	toks, err := tk.Tokenize("백상엽 카카오엔터프라이즈 대표는 챗GPT가 초거대AI 경쟁을 열었다고 말했다.")
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]Token{}
	for _, tok := range toks {
		found[tok.Surface] = tok
	}
	if g, ok := found["카카오엔터프라이즈"]; !ok || g.POS != "NNP" || !g.User || g.Features.Semantic != "기관" {
		t.Errorf("카카오엔터프라이즈: %+v (found %v)", g, ok)
	}
	for _, w := range []string{"챗GPT", "초거대AI"} {
		if _, ok := found[w]; !ok {
			t.Errorf("%s is not one token", w)
		}
	}
	if g := found["가"]; g.POS != "JKS" {
		t.Errorf("the particle after 챗GPT: %+v", g)
	}
}

func TestUserDictErrors(t *testing.T) {
	for _, tc := range []struct{ csv, want string }{
		{"챗GPT,NNP\n바드,XYZ\n", "words.csv:2: unknown POS tag \"XYZ\""},
		{"챗GPT\n", "words.csv:1: want surface,POS"},
		{"a,NNP,,lots\n", "words.csv:1: cost \"lots\""},
		{"\n\n두 단어,NNG\n", "words.csv:3: surface"},
		{"\"unclosed,NNP\n", "words.csv:1:"},
	} {
		_, err := ReadUserDict(strings.NewReader(tc.csv), "words.csv")
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ReadUserDict(%q) error = %v, want prefix %q", tc.csv, err, tc.want)
		}
	}
}

func FuzzReadUserDict(f *testing.F) {
	f.Add("카카오엔터프라이즈,NNP,기관,100\n")
	f.Add("\"a,b\",NNG\n#x\n")
	testTokenizer(f)
	f.Fuzz(func(t *testing.T, s string) {
		u, err := ReadUserDict(strings.NewReader(s), "fuzz.csv")
		if err == nil && u == nil {
			t.Fatal("nil dictionary without error")
		}
	})
}
