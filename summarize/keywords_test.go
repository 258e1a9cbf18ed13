package summarize

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/tokenize"
)

// seed analyses the repository's seed article and returns it with its headline span.
func seed(t testing.TB) (*tokenize.Text, tokenize.Span) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "seed-kakao.txt"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	txt, err := tokenizer(t).Analyze(src)
	if err != nil {
		t.Fatal(err)
	}
	return txt, tokenize.Span{Start: 0, End: strings.IndexByte(src, '\n')}
}

func TestKeywordsSeed(t *testing.T) {
	txt, head := seed(t)
	got := keywords(txt, head, keywordCount)
	t.Logf("keywords: %v", got)
	for _, want := range []string{"초거대AI", "챗GPT", "생성형AI"} {
		if !slices.Contains(got, want) {
			t.Errorf("keywords %v lack %q", got, want)
		}
	}
}

func TestCountAll(t *testing.T) {
	s := "생성형AI생성형 AI시대aaaa\xff생성\uFFFD생" + "형"
	needles := []string{"생성형", "AI", "aa", "a", "생", "\uFFFD", "\xff", "", "없음", "형"}
	got := countAll(s, needles)
	for k, nd := range needles {
		if want := strings.Count(s, nd); got[k] != want {
			t.Errorf("countAll(%q) = %d, strings.Count = %d", nd, got[k], want)
		}
	}
	if got, want := withoutSpaces(" a\tb\u3000c\u00a0d\n\xffe "), strings.Join(strings.Fields(" a\tb\u3000c\u00a0d\n\xffe "), ""); got != want {
		t.Errorf("withoutSpaces = %q, want %q", got, want)
	}
}

func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "챗GPT", "GPT-3.5", "초거대AI", "ÀÉ", "ΣΑ", "ǅ한", "İstanbul", "\xffA", "한\xed\xa0\x80", "ABC가나다xyz"} {
		if got := string(appendLower([]byte("x"), s)); got != "x"+strings.ToLower(s) {
			t.Errorf("appendLower(%q) = %q, want %q", s, got[1:], strings.ToLower(s))
		}
	}
}
