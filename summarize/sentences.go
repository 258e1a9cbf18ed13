package summarize

import (
	"math"
	"slices"
	"sort"

	"github.com/gisa-nlp/gisa/tokenize"
)

// sentenceParams are the few global knobs of the extractive summary. They were set on the 20
// dev articles with human picks: sentence-F1 0.546 with them; choosing among the 81 settings of
// TestSentenceSweep on held-out articles scores 0.503 leave-one-out and 0.523 split-half
// (go test -run TestSentenceSweep -sweep -v).
type sentenceParams struct {
	damping    float64 // PageRank damping
	bm25       bool    // BM25 similarity (else TF-IDF cosine)
	k1, b      float64 // BM25 parameters
	predicates bool    // verb and adjective lemmas count as terms
	posWeight  float64 // share of the jump prior given to the news-lead position prior
	posDecay   float64 // the position prior is 1/(i+1)^posDecay over candidate order
	headWeight float64 // share of the jump prior given to similarity with the headline
	ratio      float64 // sentences picked per candidate sentence, on top of base
	base       float64
	minK, maxK int
	redundancy float64 // a sentence this similar (cosine) to a picked one is skipped
	minTerms   int     // sentences with fewer content terms are not candidates
}

var defaultSentenceParams = sentenceParams{
	damping:    0.85,
	bm25:       true,
	k1:         1.2,
	b:          0.75,
	predicates: true,
	posWeight:  0.4,
	posDecay:   1,
	headWeight: 0.2,
	ratio:      0.12,
	base:       2,
	minK:       1,
	maxK:       12,
	redundancy: 0.5,
	minTerms:   3,
}

// Sentence is one sentence of the extractive summary.
type Sentence struct {
	Index         int    `json:"index"` // index into the analysed text's sentences
	Text          string `json:"text"`
	tokenize.Span `json:"-"`
}

// summarySentences picks the extractive summary of txt: candidate sentences (body sentences
// outside the headline with enough content) ranked by personalised PageRank over their
// similarity graph, picked greedily without near-duplicates, returned in document order.
func summarySentences(txt *tokenize.Text, headline tokenize.Span, p sentenceParams) []Sentence {
	return newDocTerms(txt, headline).summarySentences(p)
}

// sentScratch holds the buffers of summarySentences between calls.
type sentScratch struct {
	cand, order, picked []int
	docs                [][]int32
	nums                []float64
}

// summarySentences is summarySentences over the terms computed once in dt.
func (dt *docTerms) summarySentences(p sentenceParams) []Sentence {
	txt, headline := dt.txt, dt.headline
	ss := &dt.ss
	cand, docs := ss.cand[:0], ss.docs[:0]
	defer func() {
		clear(docs) // hold on to no terms while pooled
		ss.cand, ss.docs = cand[:0], docs[:0]
	}()
	for i, s := range txt.Sentences {
		if s.Kind != tokenize.Body || (headline.End > headline.Start && headline.Contains(s.Span)) {
			continue
		}
		terms := dt.sentTerms(i, p.predicates)
		if len(terms) < p.minTerms || !hasFinalEnding(dt.sentFacts(i)) {
			continue
		}
		cand = append(cand, i)
		docs = append(docs, terms)
	}
	n := len(cand)
	if n == 0 {
		return nil
	}
	// The headline is one more document of the vocabulary, so its terms get IDF weights too.
	tv := dt.vs.build(append(docs, dt.headTerms(p.predicates)), len(dt.v.names))
	vec := dt.vs.weighted(tv)
	avg := 0.0
	for i := 0; i < n; i++ {
		avg += tv.len[i]
	}
	avg /= float64(n)

	var ps pairScorer = cosinePairs(vec)
	if p.bm25 {
		ps = dt.vs.bm25Weights(tv, n, p.k1, p.b, avg)
	}
	ss.nums = grow(ss.nums, 3*n)
	prior, headSim, pos := ss.nums[:n:n], ss.nums[n:2*n:2*n], ss.nums[2*n:]
	headSum := 0.0
	for i := range headSim {
		headSim[i] = cosine(vec[i], vec[n])
		headSum += headSim[i]
	}
	posSum := 0.0
	for i := range pos {
		pos[i] = 1 / math.Pow(float64(i+1), p.posDecay)
		posSum += pos[i]
	}
	uni := 1 - p.posWeight - p.headWeight
	for i := range prior {
		prior[i] = uni / float64(n)
		prior[i] += p.posWeight * pos[i] / posSum
		if headSum > 0 {
			prior[i] += p.headWeight * headSim[i] / headSum
		} else {
			prior[i] += p.headWeight / float64(n)
		}
	}
	score := dt.graph.windowRank(n, graphWindow, ps, prior, p.damping)

	k := int(math.Round(p.base + p.ratio*float64(n)))
	k = max(p.minK, min(k, p.maxK, n))
	order := grow(ss.order, n)
	ss.order = order
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return byScoreDesc(score[a], score[b]) })
	picked := ss.picked[:0]
	defer func() { ss.picked = picked[:0] }()
	for _, i := range order {
		if len(picked) == k {
			break
		}
		dup := false
		for _, j := range picked {
			if cosine(vec[i], vec[j]) > p.redundancy {
				dup = true
				break
			}
		}
		if !dup {
			picked = append(picked, i)
		}
	}
	sort.Ints(picked)
	out := make([]Sentence, len(picked))
	for x, i := range picked {
		s := txt.Sentences[cand[i]]
		out[x] = Sentence{Index: cand[i], Text: s.Text(txt.Source), Span: s.Span}
	}
	return out
}

// tokensIn returns the tokens of txt that start inside sp.
func tokensIn(txt *tokenize.Text, sp tokenize.Span) []tokenize.Token {
	lo := sort.Search(len(txt.Tokens), func(k int) bool { return txt.Tokens[k].Start >= sp.Start })
	hi := sort.Search(len(txt.Tokens), func(k int) bool { return txt.Tokens[k].Start >= sp.End })
	return txt.Tokens[lo:hi]
}

// hasFinalEnding reports whether a sentence, given its tokens' facts, has a sentence-final
// ending (했다, 없어요): a line
// without one is a subheading, a caption or a fragment (음성인식 기술 활용 잇따라).
func hasFinalEnding(facts []tokFact) bool {
	for i := range facts {
		if facts[i].ef {
			return true
		}
	}
	return false
}

// hasEF is strings.Contains(pos, "EF") for a tag string of a few bytes, without the call.
func hasEF(pos string) bool {
	for i := 0; i+1 < len(pos); i++ {
		if pos[i] == 'E' && pos[i+1] == 'F' {
			return true
		}
	}
	return false
}
