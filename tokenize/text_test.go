package tokenize

import (
	"slices"
	"testing"

	"github.com/gisa-nlp/gisa/internal/quotemarks"
)

// TestQuoteMarks: a Text made by Analyze gives the pairs of its quote marks as
// quotemarks.Pair finds them, as does a Text made by hand (which pairs them at each call).
func TestQuoteMarks(t *testing.T) {
	for _, src := range []string{
		seedText(t),
		"그는 “좋다”며 ‘검토’ 중이라고 말했다. \"열린 채",
		"",
	} {
		want := quotemarks.Pair(nil, src)
		txt, err := testTokenizer(t).Analyze(src)
		if err != nil {
			t.Fatal(err)
		}
		if got := txt.QuoteMarks(); !slices.Equal(got, want) {
			t.Errorf("Analyze(%.40q).QuoteMarks() = %v, want %v", src, got, want)
		}
		if got := (&Text{Source: src}).QuoteMarks(); !slices.Equal(got, want) {
			t.Errorf("Text{Source: %.40q}.QuoteMarks() = %v, want %v", src, got, want)
		}
		if src != "" && len(want) == 0 {
			t.Errorf("%.40q: no quote marks paired", src)
		}
	}
}
