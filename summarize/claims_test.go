package summarize

import (
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
)

// markedQuotes returns the spans between “ and ” in src as direct quotes of who.
func markedQuotes(src string, who quotes.Speaker) []quotes.Quote {
	var qs []quotes.Quote
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
		qs = append(qs, quotes.Quote{Span: sp, Text: src[sp.Start:sp.End], Kind: "direct", Speaker: &w})
		off = sp.End
	}
}

func TestClaimsSeed(t *testing.T) {
	txt, head := seed(t)
	qs := markedQuotes(txt.Source, quotes.Speaker{Name: "백상엽", Title: "대표", Org: "카카오엔터프라이즈"})
	sps := buildSpeakers(txt, qs, nil)
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

// TestSpeakersClaimsSeed runs the quotes stage on the seed: 백상엽 is the one speaker, with his
// title and organisation, and his claims are whole sentences of his quotes.
func TestSpeakersClaimsSeed(t *testing.T) {
	txt, head := seed(t)
	qs := extractQuotes(t, txt, head)
	s := Summarize(Input{Text: txt, Headline: head, Quotes: qs})
	if len(s.Speakers) == 0 {
		t.Fatalf("no speakers from %d quotes", len(qs))
	}
	top := s.Speakers[0]
	t.Logf("speakers %+v", s.Speakers)
	if top.Name != "백상엽" || top.Title != "대표" || top.Org != "카카오엔터프라이즈" || top.Quotes < 10 {
		t.Errorf("top speaker %+v, want 백상엽, 대표, 카카오엔터프라이즈 with at least 10 quotes", top)
	}
	if len(s.Claims) == 0 {
		t.Fatal("no claims")
	}
	for _, c := range s.Claims {
		t.Logf("claim %s [%d]: %s", c.Speaker, c.Quote, c.Text)
		if !strings.Contains(qs[c.Quote].Text, c.Text) {
			t.Errorf("claim %q is not inside its quote %q", c.Text, qs[c.Quote].Text)
		}
	}
}

// TestSpeakerNames merges the short forms the quotes stage can leave (names from dev articles).
func TestSpeakerNames(t *testing.T) {
	var qs []quotes.Quote
	for _, n := range []string{"피터 리", "리 부사장", "샤오우", "샤오우엔", "이민형", "이 위원", "기술경영 전문가 70%", "한", "공대 연구팀.", "혼 부사장"} {
		qs = append(qs, quotes.Quote{Text: "말", Speaker: &quotes.Speaker{Name: n}})
	}
	got := speakerNames(nil, qs)
	want := map[string]string{
		"피터 리": "피터 리", "리 부사장": "피터 리", "샤오우": "샤오우엔", "샤오우엔": "샤오우엔",
		"이민형": "이민형", "이 위원": "이민형", "기술경영 전문가 70%": "기술경영 전문가", "한": "",
		"공대 연구팀.": "공대 연구팀", "혼 부사장": "혼 부사장",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("speakerNames[%q] = %q, want %q", k, got[k], v)
		}
	}
}
