package summarize

import (
	"math"
	"slices"
	"strings"

	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
)

// claimsPerSpeaker bounds how many claims one speaker gets.
const claimsPerSpeaker = 3

// statement is one sentence of a speaker's quotes: a claim candidate.
type statement struct {
	speaker string
	quote   int
	span    tokenize.Span
	terms   []int32 // content term ids of the document's vocab
}

// buildClaims returns each speaker's central statements, in the order of speakers, best first.
// A quote is split into its sentences; a sentence is a candidate when it ends as a sentence
// ends in Korean (a final ending, or 다/요/죠/까) and has at least three content terms. Each
// speaker's candidates are ranked by personalised PageRank over their BM25 similarity (each
// linked to the graphWindow statements before and after it), the jump prior being each candidate's similarity to the whole article, so a claim is both what the
// speaker keeps coming back to and what the article is about.
func buildClaims(txt *tokenize.Text, headline tokenize.Span, qs []quotes.Quote, speakers []Speaker) []Claim {
	return newDocTerms(txt, headline).buildClaims(qs, speakers)
}

// buildClaims is buildClaims over the terms computed once in dt.
func (dt *docTerms) buildClaims(qs []quotes.Quote, speakers []Speaker) []Claim {
	txt := dt.txt
	bySpeaker := map[string][]statement{}
	for qi, q := range qs {
		if q.Speaker == nil || q.Speaker.Name == "" || q.End > len(txt.Source) || q.Start >= q.End {
			continue
		}
		toks := tokensIn(txt, q.Span)
		dt.cs.split = dt.splitStatements(dt.cs.split[:0], toks, dt.factsOf(toks))
		for _, st := range dt.cs.split {
			st.speaker, st.quote = q.Speaker.Name, qi
			bySpeaker[st.speaker] = append(bySpeaker[st.speaker], st)
		}
	}
	if len(bySpeaker) == 0 {
		return nil
	}
	article := dt.cs.article[:0]
	for i, s := range txt.Sentences {
		if s.Kind == tokenize.Body {
			article = append(article, dt.sentTerms(i, true)...)
		}
	}
	dt.cs.article = article
	head := dt.headTerms(true)
	var out []Claim
	for _, sp := range speakers {
		sts := bySpeaker[sp.Name]
		if len(sts) == 0 {
			continue
		}
		for _, i := range rankStatements(&dt.vs, &dt.cs, sts, article, head, claimsPerSpeaker, len(dt.v.names)) {
			st := sts[i]
			text := strings.TrimSpace(txt.Source[st.span.Start:st.span.End])
			out = append(out, Claim{Speaker: sp.Name, Text: text, Quote: st.quote})
		}
	}
	return out
}

// splitStatements cuts a quote's tokens into sentences at sentence-final punctuation and keeps
// the ones that read as full statements, appended to out. facts are the tokens' facts,
// aligned with toks.
func (dt *docTerms) splitStatements(out []statement, toks []tokenize.Token, facts []tokFact) []statement {
	start := 0
	emit := func(end int) {
		part, pf := toks[start:end], facts[start:end]
		start = end
		for len(part) > 0 && pf[len(pf)-1].class == tcPunct {
			part, pf = part[:len(part)-1], pf[:len(pf)-1]
		}
		for len(part) > 0 && (pf[0].class == tcPunct || pf[0].class == tcFinal) {
			part, pf = part[1:], pf[1:]
		}
		if len(part) == 0 || !statementEnd(part) {
			return
		}
		// The terms go to the document's statement backing (kept for the next document).
		lo := len(dt.stTerms)
		dt.stTerms = dt.v.contentIDs(part, pf, true, dt.stTerms)
		terms := dt.stTerms[lo:len(dt.stTerms):len(dt.stTerms)]
		if len(terms) < 3 {
			dt.stTerms = dt.stTerms[:lo]
			return
		}
		out = append(out, statement{span: tokenize.Span{Start: part[0].Start, End: part[len(part)-1].End}, terms: terms})
	}
	for i := range toks {
		if facts[i].class == tcFinal {
			emit(i + 1)
		}
	}
	emit(len(toks))
	return out
}

// statementEnd reports whether tokens end as a Korean sentence ends.
func statementEnd(part []tokenize.Token) bool {
	last := part[len(part)-1]
	if tokenize.FirstTag(last.POS) == "SF" && len(part) > 1 {
		last = part[len(part)-2]
	}
	tag, surf := lastPart(last)
	if tag == "EF" {
		return true
	}
	for _, end := range []string{"다", "요", "죠", "까"} {
		if strings.HasSuffix(surf, end) && (tag == "EC" || tag == "EF" || tag == "VCP") {
			return true
		}
	}
	return false
}

// claimScratch holds the buffers of buildClaims and rankStatements between calls.
type claimScratch struct {
	article []int32
	docs    [][]int32
	graph   windowScratch
	prior   []float64
	order   []int
	split   []statement // one quote's statements, copied out before the next quote's
}

// rankStatements returns the indices of the best n statements, best first, skipping one that
// repeats (cosine over 0.3) a better one.
func rankStatements(vs *vectorScratch, cs *claimScratch, sts []statement, article, head []int32, n, nvocab int) []int {
	docs := cs.docs[:0]
	for _, st := range sts {
		docs = append(docs, st.terms)
	}
	docs = append(docs, article, head)
	defer func() {
		clear(docs) // hold on to no terms while pooled
		cs.docs = docs[:0]
	}()
	tv := vs.build(docs, nvocab)
	m := len(sts)
	avg := 0.0
	for i := 0; i < m; i++ {
		avg += tv.len[i]
	}
	avg /= float64(m)
	bp := vs.bm25Weights(tv, m, 1.2, 0.75, avg)
	adj := cs.graph.windowGraph(m, graphWindow, bp)
	vec := vs.weighted(tv)
	whole, headline := vec[m], vec[m+1]
	cs.prior = grow(cs.prior, m)
	prior := cs.prior
	for i := range prior {
		// A little length: of two statements equally on topic, the fuller one says more.
		prior[i] = (0.05 + cosine(vec[i], whole) + cosine(vec[i], headline)) * math.Log(2+float64(len(sts[i].terms)))
	}
	score := pageRank(adj, prior, 0.5)
	order := grow(cs.order, m)
	cs.order = order
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return byScoreDesc(score[a], score[b]) })
	var picked []int
	for _, i := range order {
		if len(picked) == n {
			break
		}
		dup := false
		for _, j := range picked {
			if cosine(vec[i], vec[j]) > 0.3 {
				dup = true
			}
		}
		if !dup {
			picked = append(picked, i)
		}
	}
	return picked
}
