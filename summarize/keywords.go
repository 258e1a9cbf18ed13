package summarize

import (
	"sort"
	"strings"

	"github.com/gisa-nlp/gisa/tokenize"
)

// keywordCount is how many keywords Summarize returns.
const keywordCount = 10

// keywordWindow is the co-occurrence window of the keyword graph, in content morphemes.
const keywordWindow = 3

// keywordNode reports whether a token is a node of the keyword graph: a common or proper noun,
// a root, or a Latin word.
func keywordNode(t tokenize.Token) bool {
	switch t.Tag() {
	case "NNG", "NNP", "XR", "SL":
		return !stopNouns[t.Surface]
	}
	return false
}

// compoundPart reports whether a token can stand inside a compound as a reader writes it:
// keyword nodes, prefixes (초거대), the noun suffix 형 (생성형), and numbers after a Latin word
// are not joined (GPT-3.5 is written with its own punctuation).
func compoundPart(t tokenize.Token) bool {
	switch t.Tag() {
	case "NNG", "NNP", "XR", "SL", "XPN":
		return true
	case "XSN":
		return t.Surface == "형"
	}
	return false
}

// phrase is one occurrence of a compound: the morphemes of an eojeol's run of compound parts.
type phrase struct {
	text  string
	nodes []string
}

// keywords ranks content morphemes by TextRank over their co-occurrence graph and returns the
// top compounds a reader uses, each scored by the sum of its morphemes' ranks, damped when the
// article writes it only once; a form inside a better keyword is skipped.
func keywords(txt *tokenize.Text, headline tokenize.Span, n int) []string {
	ids := map[string]int{}
	var names []string
	id := func(s string) int {
		k := strings.ToLower(s)
		if i, ok := ids[k]; ok {
			return i
		}
		ids[k] = len(names)
		names = append(names, k)
		return len(names) - 1
	}
	type edge struct{ a, b int }
	weights := map[edge]float64{}
	var phrases []phrase
	for _, s := range txt.Sentences {
		if s.Kind != tokenize.Body && !(headline.End > headline.Start && headline.Contains(s.Span)) {
			continue
		}
		var seq []int
		toks := s.Tokens
		for i := 0; i < len(toks); {
			t := toks[i]
			if !compoundPart(t) {
				i++
				continue
			}
			j := i
			var ph phrase
			for j < len(toks) && toks[j].Eojeol == t.Eojeol && compoundPart(toks[j]) {
				ph.text += toks[j].Surface
				if keywordNode(toks[j]) {
					ph.nodes = append(ph.nodes, strings.ToLower(toks[j].Surface))
					seq = append(seq, id(toks[j].Surface))
				}
				j++
			}
			if len(ph.nodes) > 0 {
				phrases = append(phrases, ph)
			}
			i = j
		}
		for i := range seq {
			for j := i + 1; j < len(seq) && j <= i+keywordWindow; j++ {
				if seq[i] == seq[j] {
					continue
				}
				a, b := min(seq[i], seq[j]), max(seq[i], seq[j])
				weights[edge{a, b}]++
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	adj := make([][]arc, len(names))
	for e, x := range weights {
		adj[e.a] = append(adj[e.a], arc{e.b, x})
		adj[e.b] = append(adj[e.b], arc{e.a, x})
	}
	rank := pageRank(adj, nil, 0.85)

	// Score each written form once: the sum of its morphemes' ranks. Forms of one syllable
	// and forms that are just a prefix are dropped.
	type cand struct {
		text  string
		score float64
		freq  int
		first int
	}
	byText := map[string]*cand{}
	var cands []*cand
	flat := strings.Join(strings.Fields(txt.Source), "")
	count := func(s string) int { return strings.Count(flat, s) }
	for i, ph := range phrases {
		// The dictionary has nouns that swallow the genitive (연구+단의, 구조+체의): when the
		// article writes the form without 의 more often, that is the keyword.
		if base, ok := strings.CutSuffix(ph.text, "의"); ok && count(base) > count(ph.text) {
			phrases[i].text = base
			ph.text = base
		}
		if len([]rune(ph.text)) < 2 {
			continue
		}
		c, ok := byText[ph.text]
		if !ok {
			c = &cand{text: ph.text, first: i}
			for _, nd := range ph.nodes {
				c.score += rank[ids[nd]]
			}
			byText[ph.text] = c
			cands = append(cands, c)
		}
		c.freq++
	}
	// A form written once is weaker evidence than one the article repeats. Spacing varies
	// (생성형AI, 생성형 AI시대), so a form is counted in the text with its spaces removed; only
	// the forms that can still reach the top are counted there.
	damp := func(f int) float64 { return float64(f) / float64(f+1) }
	for _, c := range cands {
		c.score *= damp(c.freq)
	}
	byScore := func() {
		sort.SliceStable(cands, func(a, b int) bool {
			if cands[a].score != cands[b].score {
				return cands[a].score > cands[b].score
			}
			return cands[a].first < cands[b].first
		})
	}
	byScore()
	if top := min(len(cands), 2*n); top > 0 {
		// Counting can raise a score to at most score/damp(freq); a form that cannot reach
		// the top-th score even so keeps its own count.
		bar := cands[top-1].score
		for _, c := range cands {
			if c.score/damp(c.freq) < bar {
				continue
			}
			if f := count(c.text); f > c.freq {
				c.score = c.score / damp(c.freq) * damp(f)
			}
		}
		byScore()
	}

	// A form inside a better keyword adds nothing (지카 after 지카바이러스).
	var out []string
	for _, c := range cands {
		if len(out) == n {
			break
		}
		inside := false
		for _, k := range out {
			if strings.Contains(strings.ToLower(k), strings.ToLower(c.text)) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, c.text)
		}
	}
	return out
}
