package summarize

import (
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/tokenize"
)

// markedQuotes returns the spans between “ and ” in src as direct quotes of who.
func markedQuotes(src string, who person) []quote {
	var qs []quote
	for off := 0; ; {
		i := strings.Index(src[off:], "“")
		if i < 0 {
			return qs
		}
		start := off + i + len("“")
		j := strings.Index(src[start:], "”")
		if j < 0 {
			return qs
		}
		sp := tokenize.Span{Start: start, End: start + j}
		w := who
		qs = append(qs, quote{Span: sp, Text: src[sp.Start:sp.End], Kind: "direct", Speaker: &w})
		off = sp.End
	}
}

func TestClaimsSeed(t *testing.T) {
	txt, head := seed(t)
	qs := markedQuotes(txt.Source, person{Name: "백상엽", Title: "대표", Org: "카카오엔터프라이즈"})
	sps := buildSpeakers(qs, nil)
	if len(sps) != 1 || sps[0] != (Speaker{Name: "백상엽", Title: "대표", Org: "카카오엔터프라이즈", Quotes: len(qs)}) {
		t.Fatalf("speakers %+v", sps)
	}
	claims := buildClaims(txt, head, qs, sps)
	for _, c := range claims {
		t.Logf("%s [%d]: %s", c.Speaker, c.Quote, c.Text)
	}
	if len(claims) != claimsPerSpeaker {
		t.Fatalf("%d claims, want %d", len(claims), claimsPerSpeaker)
	}
	for _, c := range claims {
		q := qs[c.Quote]
		if !strings.Contains(q.Text, c.Text) {
			t.Errorf("claim %q is not inside its quote %q", c.Text, q.Text)
		}
	}
}
