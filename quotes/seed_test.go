package quotes_test

import (
	"os"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
)

// seedQuote is what the seed article must yield for one quote, found by its opening words.
type seedQuote struct {
	prefix, kind, speaker, verb string
}

// TestSeedArticle checks every quote of the article the project started from: the headline
// quote, the opening quote with no frame of its own, the chains (“…”며 “…”고 덧붙였다), the
// pronoun and surname + title speakers (그는, 백 대표는), and the indirect frames (X에 따르면,
// …라는 것이 X의 지적이다, …할 것을 촉구했다, …다고 밝혔다).
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../testdata/seed-kakao.txt")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	head := tokenize.Span{Start: 0, End: strings.IndexByte(src, '\n')}
	got := extract(t, src, head)
	want := []seedQuote{
		{"국내외 초거대AI 경쟁", "direct", "백상엽", ""},
		{"지금 전 세계는", "direct", "백상엽", ""},
		{"국내 기업들도 경쟁에 뒤지지 않겠다", "indirect", "백상엽", "밝혔다"},
		{"넷플릭스도 100만", "direct", "백상엽", "설명했다"},
		{"모든 사람들이 웹3.0", "direct", "백상엽", "내놨다"},
		{"웹3.0시대에 챗GPT를", "direct", "백상엽", "내놨다"},
		{"글로벌 IT기업들은", "indirect", "백상엽", "따르면"},
		{"초거대 언어모델 '라마'를", "indirect", "메타", "밝혔다"},
		{"국내 기업들도 초거대AI", "indirect", "백상엽", "지적이다"},
		{"다행히도 우리나라는", "direct", "백상엽", "피력했다"},
		{"아쉬운 점은", "direct", "백상엽", "피력했다"},
		{"지원 사업을 지속 확대해줄 것", "indirect", "백상엽", "촉구했다"},
		{"대규모 GPU", "direct", "백상엽", "강조했다"},
		{"벤처 기업처럼", "direct", "백상엽", "강조했다"},
		{"AI 모델 관련해서는", "direct", "백상엽", "덧붙였다"},
		{"이미 과기정통부에서", "direct", "백상엽", "덧붙였다"},
		{"우리가 국산 AI", "direct", "백상엽", "언급했다"},
		{"이를 가능하게", "direct", "백상엽", "언급했다"},
		{"좋은 AI 모델", "direct", "백상엽", "말했다"},
		{"대학, 연구기관", "direct", "백상엽", "말했다"},
		{"(이들에 대한)", "direct", "백상엽", "역설했다"},
		{"우리나라가 선진국", "direct", "백상엽", "역설했다"},
	}
	if len(got) != len(want) {
		for _, q := range got {
			t.Logf("got %s %q", q.Kind, q.Text)
		}
		t.Fatalf("got %d quotes, want %d", len(got), len(want))
	}
	for i, w := range want {
		q := got[i]
		if !strings.HasPrefix(q.Text, w.prefix) {
			t.Errorf("quote %d: text %q, want it to start with %q", i, q.Text, w.prefix)
			continue
		}
		name := ""
		if q.Speaker != nil {
			name = q.Speaker.Name
		}
		if q.Kind != w.kind || name != w.speaker || q.Verb != w.verb {
			t.Errorf("quote %d %q: kind %s speaker %q verb %q; want %s %q %q", i, w.prefix, q.Kind, name, q.Verb, w.kind, w.speaker, w.verb)
		}
		if q.Text != src[q.Start:q.End] {
			t.Errorf("quote %d: span %v does not hold its text", i, q.Span)
		}
	}
	// stances come from the lexicon
	for i, w := range map[int]quotes.Stance{3: quotes.Neutral, 4: quotes.Forecast, 9: quotes.Emphasis, 11: quotes.Demand, 12: quotes.Emphasis} {
		if got[i].Stance != w {
			t.Errorf("quote %d %q: stance %q, want %q", i, want[i].prefix, got[i].Stance, w)
		}
	}
}
