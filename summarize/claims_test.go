package summarize

import (
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/internal/summeval"
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

// TestSpeakerNamesIndefinite: 한 read as the determiner ("a certain") before a title that is not
// the named speaker's is no surname (한 정치평론가 is not 한동훈 대표); with that title it is (한 대표).
func TestSpeakerNamesIndefinite(t *testing.T) {
	src := "한동훈 대표는 말했다. 한 대표는 말했다. 한 정치평론가는 말했다."
	txt, err := tokenizer(t).Analyze(src)
	if err != nil {
		t.Fatal(err)
	}
	mention := func(s string) quotes.Mention {
		i := strings.Index(src, s)
		return quotes.Mention{Span: tokenize.Span{Start: i, End: i + len(s)}, Text: s}
	}
	qs := []quotes.Quote{
		{Text: "말", Speaker: &quotes.Speaker{Name: "한동훈", Title: "대표", Mention: mention("한동훈 대표")}},
		{Text: "말", Speaker: &quotes.Speaker{Name: "한 대표", Mention: mention("한 대표")}},
		{Text: "말", Speaker: &quotes.Speaker{Name: "한 정치평론가", Mention: mention("한 정치평론가")}},
	}
	got := speakerNames(txt, qs)
	for k, v := range map[string]string{"한동훈": "한동훈", "한 대표": "한동훈", "한 정치평론가": "한 정치평론가"} {
		if got[k] != v {
			t.Errorf("speakerNames[%q] = %q, want %q", k, got[k], v)
		}
	}
}

// TestShortFormsIsPairwise checks the indexed short-form search against trying every pair of
// names, on random names of surnames, given names and titles that share their beginnings.
func TestShortFormsIsPairwise(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	parts := []string{"이", "리", "피터", "샤오우", "샤오우엔", "이민형", "이민", "위원", "부사장", "김", "김철수", "혼", "마이클"}
	for trial := 0; trial < 300; trial++ {
		seen := map[string]bool{}
		var names []string
		for k := rng.IntN(12); k > 0; k-- {
			ws := make([]string, 1+rng.IntN(3))
			for i := range ws {
				ws[i] = parts[rng.IntN(len(parts))]
			}
			if n := strings.Join(ws, " "); !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
		want := map[string]string{}
		for _, a := range names {
			for _, b := range names {
				if a != b && sameSpeaker(a, b, strings.Fields(a), strings.Fields(b)) {
					want[a] = b
					break
				}
			}
		}
		if got := shortForms(names); !maps.Equal(got, want) {
			t.Fatalf("trial %d, names %q: shortForms gives %v, every pair %v", trial, names, got, want)
		}
	}
}

// TestArticleVectorIsFullReading checks the claims' shortcut for the article's vector: with
// the article's terms counted once, the IDF of the statements' and headline's terms and the
// article's entries on them are those of reading the article as one more document, to the
// bit, and its length differs in its last bits at most. On the seed with one speaker for all
// its quotes, and on each news article of ../shared when present.
func TestArticleVectorIsFullReading(t *testing.T) {
	txt, head := seed(t)
	texts := []*tokenize.Text{txt}
	heads := []tokenize.Span{head}
	if arts, err := summeval.LoadNewsArticles(); err == nil {
		for _, a := range arts {
			src, h := a.Document()
			txt, err := tokenizer(t).Analyze(src)
			if err != nil {
				t.Fatal(err)
			}
			texts, heads = append(texts, txt), append(heads, h)
		}
	} else {
		t.Logf("the seed only: %v", err)
	}
	statements := 0
	for n, txt := range texts {
		dt := newDocTerms(txt, heads[n])
		var docs [][]int32
		for _, q := range markedQuotes(txt.Source, quotes.Speaker{Name: "누구"}) {
			toks := tokensIn(txt, q.Span)
			for _, st := range dt.splitStatements(nil, toks, dt.factsOf(toks)) {
				docs = append(docs, st.terms)
			}
		}
		var article []int32
		for i, s := range txt.Sentences {
			if s.Kind == tokenize.Body {
				article = append(article, dt.sentTerms(i, true)...)
			}
		}
		h := dt.headTerms(true)
		nv := len(dt.v.names)
		m := len(docs)
		statements += m
		var full vectorScratch
		tvFull := full.build(append(append(slices.Clone(docs), article), h), nv)
		wholeFull := full.weighted(tvFull)[m]
		sqFull := 0.0
		for _, e := range wholeFull {
			sqFull += e.x * e.x
		}
		var art articleTerms
		art.count(article, nv)
		var vs vectorScratch
		tv := vs.build(append(slices.Clone(docs), h), nv)
		art.reweigh(tv, vs.df, float64(m+2))
		whole, sq := art.vector(nil, tv, float64(m+2))
		idfFull := map[int32]float64{}
		for id, g := range tvFull.global {
			idfFull[g] = tvFull.idf[id]
		}
		for id, g := range tv.global {
			if math.Float64bits(tv.idf[id]) != math.Float64bits(idfFull[g]) {
				t.Fatalf("text %d: idf of %q is %v, reading the article %v", n, dt.v.names[g], tv.idf[id], idfFull[g])
			}
		}
		xFull := map[int32]float64{}
		for _, e := range wholeFull {
			xFull[tvFull.global[e.id]] = e.x
		}
		for _, e := range whole {
			if g := tv.global[e.id]; math.Float64bits(e.x) != math.Float64bits(xFull[g]) {
				t.Fatalf("text %d: the article's weight of %q is %v, reading it %v", n, dt.v.names[g], e.x, xFull[g])
			}
		}
		if math.Abs(sq-sqFull) > 1e-12*sqFull {
			t.Fatalf("text %d: the article's squared length is %v, reading it %v", n, sq, sqFull)
		}
	}
	t.Logf("%d texts, %d statements", len(texts), statements)
}
