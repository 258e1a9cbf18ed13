package summarize

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
	"sync"
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
	for _, s := range []string{" a\tb\u3000c\u00a0d\n\xffe ", "", "  ", "생성형 AI  시대\n\n챗GPT…", "\u2026\u2028x\xe2\x80"} {
		if got, want := withoutSpaces(s), strings.Join(strings.Fields(s), ""); got != want {
			t.Errorf("withoutSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "챗GPT", "GPT-3.5", "초거대AI", "ÀÉ", "ΣΑ", "ǅ한", "İstanbul", "\xffA", "한\xed\xa0\x80", "ABC가나다xyz",
		"가힣A", "\uABFF가", "\uD7A4A", "ퟻB", "한\xea\xb0", "A\xec", "\xea\xb0\x41B", "\xed\x9e\xa3Z", "\xed\x9e\xa4Z"} {
		if got := string(appendLower([]byte("x"), s)); got != "x"+strings.ToLower(s) {
			t.Errorf("appendLower(%q) = %q, want %q", s, got[1:], strings.ToLower(s))
		}
	}
}

func TestKthLargest(t *testing.T) {
	scores := []float64{0.3, 0.1, 0.3, 0.7, 0.05, 0.7, 0.2, 0.9, 0.3}
	var cands []*cand
	for i, s := range scores {
		cands = append(cands, &cand{score: s, first: i})
	}
	sorted := slices.Clone(scores)
	slices.SortFunc(sorted, byScoreDesc)
	for k := 1; k <= len(scores); k++ {
		if got := kthLargest(cands, k); got != sorted[k-1] {
			t.Errorf("kthLargest(%d) = %v, want %v", k, got, sorted[k-1])
		}
	}
}

// recognizer is the entity recognizer the tests share: the quotes stage resolves speakers
// through its coreference, as the pipeline does.
var recognizer = sync.OnceValues(entities.NewRecognizer)

// extractQuotes runs the quotes stage on txt with the entities of the recognizer.
func extractQuotes(t testing.TB, txt *tokenize.Text, head tokenize.Span) []quotes.Quote {
	t.Helper()
	r, err := recognizer()
	if err != nil {
		t.Fatal(err)
	}
	return quotes.Extract(txt, head, r.Recognize(txt))
}

// TestCountAllIsStringsCount compares countAll with strings.Count on random texts and needles
// over a few letters, where matches overlap and needles begin one another (aa, aaa, 생생).
func TestCountAllIsStringsCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	letters := []string{"a", "b", "생", "성", "\xff", " ", "\uFFFD", "\xea"}
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(letters[rng.IntN(len(letters))])
		}
		return b.String()
	}
	var cs countScratch
	for trial := 0; trial < 500; trial++ {
		s := word(rng.IntN(40))
		seen := map[string]bool{}
		var needles []string
		for k := rng.IntN(300); k > 0; k-- {
			if nd := word(rng.IntN(5)); !seen[nd] {
				seen[nd] = true
				needles = append(needles, nd)
			}
		}
		for k, got := range cs.countAll(s, needles) {
			if want := strings.Count(s, needles[k]); got != want {
				t.Fatalf("countAll(%q, %q) = %d, strings.Count = %d", s, needles[k], got, want)
			}
		}
	}
}

// TestWholeNames gives a keyword cut from a one-word name the whole name, only when the article
// never writes the keyword but inside that name.
func TestWholeNames(t *testing.T) {
	src := "앙제 포스테코글루 감독은 경기 후 포스테코글루가 웃었다. 미래통합당은 서울에서 서울대 교수를 만났다."
	ents := []entities.Entity{
		{Name: "포스테코글루", Type: entities.Person},
		{Name: "미래통합당", Type: entities.Organization},
		{Name: "서울대", Type: entities.Organization},
	}
	got := wholeNames([]string{"포스테코글", "경기", "미래통합", "서울"}, ents, src)
	want := []string{"포스테코글루", "경기", "미래통합당", "서울"}
	if !slices.Equal(got, want) {
		t.Errorf("wholeNames = %q, want %q", got, want)
	}
}
