package tokenize

import (
	"os"
	"strings"
	"testing"
)

// TestAppendMeCabEqualsTokens checks the direct MeCab writer against the tokens formatted one
// by one, with and without the space penalty and with a user dictionary.
func TestAppendMeCabEqualsTokens(t *testing.T) {
	text := seedText(t)
	if b, err := os.ReadFile("testdata/tricky.txt"); err == nil {
		text += "\n" + string(b)
	}
	text += "\n카카오엔터프라이즈의 챗GPT ㄱㄴ 漢字 ｱｲ 🙂 x\x00y"
	u, err := ReadUserDict(strings.NewReader("카카오엔터프라이즈,NNP,기관\n"), "u.csv")
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := New(WithSpacePenalty(false))
	user, _ := New(WithUserDict(u))
	for _, tk := range []*Tokenizer{testTokenizer(t), plain, user} {
		for _, line := range strings.Split(text, "\n") {
			var want strings.Builder
			for _, tok := range tk.AppendTokens(nil, line) {
				want.WriteString(tok.Surface + "\t" + tok.MeCabFeature() + "\n")
			}
			want.WriteString("EOS\n")
			if got := string(tk.AppendMeCab(nil, line)); got != want.String() {
				t.Fatalf("line %q:\n got %q\nwant %q", line, got, want.String())
			}
		}
	}
}
