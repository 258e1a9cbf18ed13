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
	art := &dt.cs.art
	art.count(article, len(dt.v.names))
	var out []Claim
	for _, sp := range speakers {
		sts := bySpeaker[sp.Name]
		if len(sts) == 0 {
			continue
		}
		for _, i := range rankStatements(&dt.vs, &dt.graph, &dt.cs, sts, art, head, claimsPerSpeaker, len(dt.v.names)) {
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

// articleTerms is what the claims read of the article's terms, counted once for all speakers:
// how often each term occurs, the order of their first occurrences, and the sum over its
// distinct terms of (1+log count)², the square of its vector's length before IDF weights.
type articleTerms struct {
	n     []int32 // by vocab id: occurrences in the article
	first []int32 // by vocab id: its place in the order of first occurrence, when n > 0
	terms []int32 // the distinct terms, in that order
	sq    float64
}

// count counts the terms of article, ids of a vocab of size nvocab.
func (at *articleTerms) count(article []int32, nvocab int) {
	at.n, at.first = grow(at.n, nvocab), grow(at.first, nvocab)
	clear(at.n)
	at.terms = at.terms[:0]
	for _, t := range article {
		if at.n[t] == 0 {
			at.first[t] = int32(len(at.terms))
			at.terms = append(at.terms, t)
		}
		at.n[t]++
	}
	at.sq = 0
	for _, t := range at.terms {
		l := 1 + logCount(float64(at.n[t]))
		at.sq += l * l
	}
}

// reweigh sets the IDF of tv's terms, whose document frequencies are df, as if the article
// were one more of its documents, nd in all.
func (at *articleTerms) reweigh(tv termVectors, df []float64, nd float64) {
	for id, t := range tv.global {
		d := df[id]
		if at.has(t) > 0 {
			d++
		}
		tv.idf[id] = math.Log((nd + 1) / (d + 0.5))
	}
}

// vector appends to whole the article's TF-IDF vector on the terms of tv, whose documents with
// the article are nd, and returns it with the square of the full vector's length: the terms
// not in tv occur in the article alone and weigh (1+log count)·log((nd+1)/1.5).
func (at *articleTerms) vector(whole sparse, tv termVectors, nd float64) (sparse, float64) {
	sq, inWhole := 0.0, 0.0
	for id, t := range tv.global {
		if c := at.has(t); c > 0 {
			l := 1 + logCount(float64(c))
			x := l * tv.idf[id]
			whole = append(whole, entry{id, x})
			sq += x * x
			inWhole += l * l
		}
	}
	idf0 := math.Log((nd + 1) / 1.5)
	return whole, sq + idf0*idf0*max(at.sq-inWhole, 0)
}

// has returns how often vocab id t occurs in the article.
func (at *articleTerms) has(t int32) int32 {
	if int(t) < len(at.n) {
		return at.n[t]
	}
	return 0
}

// claimScratch holds the buffers of buildClaims and rankStatements between calls.
type claimScratch struct {
	article []int32
	art     articleTerms
	head    []int32
	whole   sparse
	docs    [][]int32
	prior   []float64
	order   []int
	split   []statement // one quote's statements, copied out before the next quote's
}

// rankStatements returns the indices of the best n statements, best first, skipping one that
// repeats (cosine over 0.3) a better one.
//
// The statements, the article and the headline are the documents of the terms' IDF. The
// article is not read again for each speaker: its counts (art) give its terms' document
// frequency and its vector's length, which is the one sum not taken as the full reading took
// it (the terms no statement or headline has share one weight), so it may differ in its last
// bits. The headline's terms take their ids in the order the full reading gave them (the
// article's order first), so every other sum is the same to the bit.
func rankStatements(vs *vectorScratch, ws *windowScratch, cs *claimScratch, sts []statement, art *articleTerms, head []int32, n, nvocab int) []int {
	docs := cs.docs[:0]
	for _, st := range sts {
		docs = append(docs, st.terms)
	}
	// The headline's terms in the article by their first occurrence there, then the others.
	h := append(cs.head[:0], head...)
	cs.head = h
	firstIn := func(t int32) int { return slices.Index(head, t) }
	slices.SortStableFunc(h, func(a, b int32) int {
		ca, cb := art.has(a) > 0, art.has(b) > 0
		switch {
		case ca && cb:
			return int(art.first[a]) - int(art.first[b])
		case ca != cb:
			if ca {
				return -1
			}
			return 1
		}
		return firstIn(a) - firstIn(b)
	})
	docs = append(docs, h)
	defer func() {
		clear(docs) // hold on to no terms while pooled
		cs.docs = docs[:0]
	}()
	tv := vs.build(docs, nvocab)
	m := len(sts)
	nd := float64(m + 2) // the statements, the article and the headline
	art.reweigh(tv, vs.df, nd)
	avg := 0.0
	for i := 0; i < m; i++ {
		avg += tv.len[i]
	}
	avg /= float64(m)
	bp := vs.bm25Weights(tv, m, 1.2, 0.75, avg)
	vec := vs.weighted(tv)
	headline := vec[m]
	whole, sq := art.vector(cs.whole[:0], tv, nd)
	cs.whole = whole
	cs.prior = grow(cs.prior, m)
	prior := cs.prior
	for i := range prior {
		// A little length: of two statements equally on topic, the fuller one says more.
		prior[i] = (0.05 + cosineNorm(vec[i], whole, sq) + cosine(vec[i], headline)) * math.Log(2+float64(len(sts[i].terms)))
	}
	score := ws.windowRank(m, graphWindow, bp, prior, 0.5)
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
