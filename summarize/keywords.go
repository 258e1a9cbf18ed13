package summarize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/internal/freelist"
	"github.com/gisa-nlp/gisa/tokenize"
)

// keywordCount is how many keywords Summarize returns.
const keywordCount = 10

// manyGenitives is how many forms with and without 의 keywords counts in one pass over the text
// rather than one by one.
const manyGenitives = 64

// keywordWindow is the co-occurrence window of the keyword graph, in content morphemes.
const keywordWindow = 3

// keywordTag reports whether a token of this class is a node of the keyword graph unless it is
// a stop noun: a common or proper noun, a root, or a Latin word.
func keywordTag(class uint8) bool {
	return class == tcNoun || class == tcRoot || class == tcLatin
}

// compoundPart reports whether a token of this class can stand inside a compound as a reader
// writes it: keyword nodes, prefixes (초거대), the noun suffix 형 (생성형), and numbers after a
// Latin word are not joined (GPT-3.5 is written with its own punctuation).
func compoundPart(class uint8) bool {
	return keywordTag(class) || class == tcPrefix || class == tcHyeong
}

// phrase is one occurrence of a compound: the morphemes of an eojeol's run of compound parts.
type phrase struct {
	text      string
	node, end int // its keyword nodes are nodes[node:end] of keywords' list
}

// keywords ranks content morphemes by TextRank over their co-occurrence graph and returns the
// top compounds a reader uses, each scored by the sum of its morphemes' ranks, damped when the
// article writes it only once; a form inside a better keyword is skipped.
func keywords(txt *tokenize.Text, headline tokenize.Span, n int) []string {
	return newDocTerms(txt, headline).keywords(n)
}

// cand is a written form that may be a keyword.
type cand struct {
	text  string
	score float64
	freq  int
	first int
}

// keywordScratch holds the buffers of keywords, kept between calls (see kwPool) so that the
// graph and the candidates of each document do not allocate anew. Nothing in it outlives a
// call: keywords returns strings only.
type keywordScratch struct {
	local, nodes, seq, pairs []int32
	phrases                  []phrase
	text                     []byte
	byText                   map[string]*cand
	all                      []cand
	cands, reach, best       []*cand
	counts                   map[string]int
	needles, outLower        []string
	graph                    graphScratch
	count                    countScratch
}

var kwPool = freelist.New[keywordScratch]()

// keywords is keywords with the document's vocab in dt.
func (dt *docTerms) keywords(n int) []string {
	ks := kwPool.Get()
	defer func() {
		if len(dt.txt.Tokens) <= poolTokens {
			kwPool.Put(ks)
		}
	}()
	txt, headline := dt.txt, dt.headline
	src := txt.Source
	// Nodes are numbered in order of first occurrence: PageRank sums in node order.
	local := ks.local[:0] // vocab id → node, -1 when not a node yet
	defer func() { ks.local = local[:0] }()
	var nnodes int32
	// id returns the node of a keyword token, -1 for a stop noun (lower-casing leaves the
	// stop nouns, all Hangul, as they are: one id serves both).
	id := func(f *tokFact) int32 {
		g := f.kw
		if dt.v.stop[g]&stopNoun != 0 {
			return -1
		}
		for int(g) >= len(local) {
			local = append(local, -1)
		}
		if local[g] < 0 {
			local[g] = nnodes
			nnodes++
		}
		return local[g]
	}
	// The co-occurrences, one per pair of nodes within the window, in both directions; the
	// graph is built from them once all are known.
	pairs := ks.pairs[:0]
	phrases := ks.phrases[:0]
	nodes := ks.nodes[:0]
	seq := ks.seq[:0]
	text := ks.text[:0]
	defer func() {
		ks.pairs, ks.nodes, ks.seq, ks.text = pairs[:0], nodes[:0], seq[:0], text[:0]
		clear(phrases) // the texts may be long-lived substrings: let them go
		ks.phrases = phrases[:0]
	}()
	for si, s := range txt.Sentences {
		if s.Kind != tokenize.Body && !(headline.End > headline.Start && headline.Contains(s.Span)) {
			continue
		}
		seq = seq[:0]
		toks := s.Tokens
		facts := dt.sentFacts(si)
		for i := 0; i < len(toks); {
			t := &toks[i]
			if !compoundPart(facts[i].class) {
				i++
				continue
			}
			j := i
			ph := phrase{node: len(nodes)}
			// The phrase's text is its morphemes' surfaces joined; when they lie side by side
			// in the source as written, that is a slice of it.
			contiguous := true
			for j < len(toks) && toks[j].Eojeol == t.Eojeol && compoundPart(facts[j].class) {
				u := &toks[j]
				if u.End-u.Start != len(u.Surface) || u.End > len(src) || src[u.Start:u.End] != u.Surface || (j > i && toks[j-1].End != u.Start) {
					contiguous = false
				}
				if keywordTag(facts[j].class) {
					if nd := id(&facts[j]); nd >= 0 {
						nodes = append(nodes, nd)
						seq = append(seq, nd)
					}
				}
				j++
			}
			ph.end = len(nodes)
			if ph.end > ph.node {
				if j == i+1 {
					ph.text = t.Surface
				} else if contiguous {
					ph.text = src[t.Start:toks[j-1].End]
				} else {
					text = text[:0]
					for k := i; k < j; k++ {
						text = append(text, toks[k].Surface...)
					}
					ph.text = string(text)
				}
				phrases = append(phrases, ph)
			}
			i = j
		}
		for i := range seq {
			for j := i + 1; j < len(seq) && j <= i+keywordWindow; j++ {
				if seq[i] == seq[j] {
					continue
				}
				pairs = append(pairs, seq[i], seq[j])
			}
		}
	}
	if nnodes == 0 {
		return nil
	}
	rank := pageRank(ks.graph.cooccurrence(int(nnodes), pairs), nil, 0.85)

	// Score each written form once: the sum of its morphemes' ranks. Forms of one syllable
	// and forms that are just a prefix are dropped.
	if ks.byText == nil {
		ks.byText, ks.counts = map[string]*cand{}, map[string]int{}
	}
	byText, counts := ks.byText, ks.counts
	if cap(ks.all) < len(phrases) {
		ks.all = make([]cand, 0, len(phrases))
	}
	all := ks.all[:0] // never grown: cands point into it
	cands := ks.cands[:0]
	defer func() {
		clear(byText)
		clear(counts)
		clear(all)
		clear(cands)
		ks.cands = cands[:0]
	}()
	var flat string
	count := func(s string) int {
		if c, ok := counts[s]; ok {
			return c
		}
		if flat == "" {
			flat = withoutSpaces(src)
		}
		c := strings.Count(flat, s)
		counts[s] = c
		return c
	}
	// Many forms with 의 (a long text's) are counted with and without it in one pass over the
	// text, rather than a pass each; a few are counted one by one as they come.
	var genitives []string
	for _, ph := range phrases {
		if base, ok := strings.CutSuffix(ph.text, "의"); ok {
			genitives = append(genitives, base, ph.text)
		}
	}
	if len(genitives) > manyGenitives {
		slices.Sort(genitives)
		genitives = slices.Compact(genitives)
		if flat == "" {
			flat = withoutSpaces(src)
		}
		for k, c := range ks.count.countAll(flat, genitives) {
			counts[genitives[k]] = c
		}
	}
	for i, ph := range phrases {
		// The dictionary has nouns that swallow the genitive (연구+단의, 구조+체의): when the
		// article writes the form without 의 more often, that is the keyword.
		if base, ok := strings.CutSuffix(ph.text, "의"); ok && count(base) > count(ph.text) {
			phrases[i].text = base
			ph.text = base
		}
		if utf8.RuneCountInString(ph.text) < 2 {
			continue
		}
		c, ok := byText[ph.text]
		if !ok {
			all = append(all, cand{text: ph.text, first: i})
			c = &all[len(all)-1]
			for _, nd := range nodes[ph.node:ph.end] {
				c.score += rank[nd]
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
	if top := min(len(cands), 2*n); top > 0 {
		// Counting can raise a score to at most score/damp(freq); a form that cannot reach
		// the top-th score even so keeps its own count.
		bar := kthLargest(cands, top)
		reach := ks.reach[:0]
		needles := ks.needles[:0]
		defer func() {
			clear(reach)
			clear(needles)
			ks.reach, ks.needles = reach[:0], needles[:0]
		}()
		for _, c := range cands {
			if c.score/damp(c.freq) < bar {
				continue
			}
			reach = append(reach, c)
			if _, ok := counts[c.text]; !ok {
				needles = append(needles, c.text)
			}
		}
		if flat == "" {
			flat = withoutSpaces(src)
		}
		for k, f := range ks.count.countAll(flat, needles) {
			counts[needles[k]] = f
		}
		for _, c := range reach {
			if f := count(c.text); f > c.freq {
				c.score = c.score / damp(c.freq) * damp(f)
			}
		}
	}
	// A form inside a better keyword adds nothing (지카 after 지카바이러스). Only the best few
	// candidates are read, so they are picked out in order rather than all sorted; the rest
	// are sorted only if the few run out first (first is distinct for every candidate, so
	// the order is total and any sort or selection gives it).
	out := make([]string, 0, n)
	outLower := ks.outLower[:0]
	defer func() {
		clear(outLower)
		ks.outLower = outLower[:0]
	}()
	take := func(c *cand) {
		lower := strings.ToLower(c.text)
		for _, k := range outLower {
			if strings.Contains(k, lower) {
				return
			}
		}
		out = append(out, c.text)
		outLower = append(outLower, lower)
	}
	best := bestCands(ks.best[:0], cands, min(len(cands), 2*n))
	defer func() {
		clear(best)
		ks.best = best[:0]
	}()
	for _, c := range best {
		if len(out) == n {
			return out
		}
		take(c)
	}
	if len(out) < n && len(cands) > len(best) {
		slices.SortFunc(cands, byScore)
		for _, c := range cands[len(best):] {
			if len(out) == n {
				break
			}
			take(c)
		}
	}
	return out
}

// graphScratch holds the buffers of cooccurrence, kept between calls.
type graphScratch struct {
	start, fill, other, at, owner []int32
	backing                       []arc
	adj                           [][]arc
}

// grow returns b with length n, reusing its array when it is large enough.
func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

// cooccurrence returns the graph of n nodes whose edge a–b weighs how many times the pair
// (a, b) or (b, a) occurs in pairs (flattened: a0, b0, a1, b1 …). Each node's arcs share one
// backing array; their order within a node does not matter to pageRank, whose sums over a
// node's out-arcs are of whole numbers here. The graph lives in g until its next use.
func (g *graphScratch) cooccurrence(n int, pairs []int32) [][]arc {
	// Bucket the occurrences by node, in both directions (a counting sort).
	start := grow(g.start, n+1)
	clear(start)
	for _, a := range pairs {
		start[a+1]++
	}
	for i := 0; i < n; i++ {
		start[i+1] += start[i]
	}
	fill := append(g.fill[:0], start[:n]...)
	other := grow(g.other, len(pairs))
	for k := 0; k < len(pairs); k += 2 {
		a, b := pairs[k], pairs[k+1]
		other[fill[a]] = b
		fill[a]++
		other[fill[b]] = a
		fill[b]++
	}
	// Merge each node's occurrences of one neighbour into one arc.
	backing := g.backing[:0]
	if cap(backing) < len(pairs) {
		backing = make([]arc, 0, len(pairs)) // never grown below: adj's lists point into it
	}
	adj := grow(g.adj, n)
	at := grow(g.at, n)       // at[b]: the index in backing of the current node's arc to b
	owner := grow(g.owner, n) // owner[b]: the node at[b] was set for
	for i := range owner {
		owner[i] = -1
	}
	for a := 0; a < n; a++ {
		lo := len(backing)
		for _, b := range other[start[a]:start[a+1]] {
			if owner[b] == int32(a) {
				backing[at[b]].w++
				continue
			}
			owner[b], at[b] = int32(a), int32(len(backing))
			backing = append(backing, arc{int(b), 1})
		}
		adj[a] = backing[lo:len(backing):len(backing)]
	}
	g.start, g.fill, g.other, g.at, g.owner, g.backing, g.adj = start, fill, other, at, owner, backing, adj
	return adj
}

// byScore orders candidates best first: by score, then by first occurrence.
func byScore(a, b *cand) int {
	if a.score != b.score {
		if a.score > b.score {
			return -1
		}
		return 1
	}
	return a.first - b.first
}

// bestCands appends to top the k best of cands (k ≤ len(cands)) in byScore order: the first
// k of cands once sorted, found by insertion into a list of k.
func bestCands(top, cands []*cand, k int) []*cand {
	if k <= 0 {
		return top
	}
	for _, c := range cands {
		if len(top) == k {
			if byScore(c, top[k-1]) >= 0 {
				continue
			}
			top = top[:k-1]
		}
		i := len(top)
		top = append(top, c)
		for i > 0 && byScore(top[i-1], c) > 0 {
			top[i] = top[i-1]
			i--
		}
		top[i] = c
	}
	return top
}

// kthLargest returns the k-th largest score of cands (1 ≤ k ≤ len(cands)): the score of
// cands[k-1] once sorted best first, found without sorting them.
func kthLargest(cands []*cand, k int) float64 {
	top := make([]float64, 0, k) // the k largest so far, largest first
	for _, c := range cands {
		x := c.score
		if len(top) == k {
			if !(x > top[k-1]) {
				continue
			}
			top = top[:k-1]
		}
		i := len(top)
		top = append(top, x)
		for i > 0 && top[i-1] < x {
			top[i] = top[i-1]
			i--
		}
		top[i] = x
	}
	return top[k-1]
}

// countAll returns strings.Count(s, needle) for every needle, in one pass over s: at each code
// point of s that begins a needle it walks a trie of the needles' bytes as far as one can go,
// and counts a needle where it starts at or after the end of its last match (matches do not
// overlap, as strings.Count counts them). The work grows with s and the needles, not with
// their product. The needles must be distinct.
func countAll(s string, needles []string) []int {
	var cs countScratch
	return cs.countAll(s, needles)
}

// countScratch holds the buffers of countAll between calls.
type countScratch struct {
	counts, next []int
	firsts       []rune  // an open-addressing table of the needles' first code points
	roots        []int32 // roots[h]: the trie node after firsts[h]
	// The trie's nodes: the needle ending at each (1 + its index, 0 for none), its first
	// child, its next sibling (-1 for none) and the byte that leads to it.
	ends, kid, sib []int32
	label          []byte
}

// countAll is countAll with its buffers in cs; the counts live there until the next call.
func (cs *countScratch) countAll(s string, needles []string) []int {
	counts := grow(cs.counts, len(needles))
	clear(counts)
	cs.counts = counts
	size := 256
	for size < 2*len(needles) {
		size *= 2
	}
	firsts, roots := grow(cs.firsts, size), grow(cs.roots, size)
	for h := range firsts {
		firsts[h] = -1
	}
	slot := func(r rune) int {
		h := int(uint32(r)*0x9E3779B1) & (size - 1)
		for firsts[h] >= 0 && firsts[h] != r {
			h = (h + 1) & (size - 1)
		}
		return h
	}
	ends, kid, sib, label := cs.ends[:0], cs.kid[:0], cs.sib[:0], cs.label[:0]
	node := func(b byte) int32 {
		ends, kid, sib, label = append(ends, 0), append(kid, -1), append(sib, -1), append(label, b)
		return int32(len(ends) - 1)
	}
	// step returns the child of v along b, -1 for none.
	step := func(v int32, b byte) int32 {
		for c := kid[v]; c >= 0; c = sib[c] {
			if label[c] == b {
				return c
			}
		}
		return -1
	}
	indexed := false
	for k, nd := range needles {
		r, n := utf8.DecodeRuneInString(nd)
		if nd == "" || r == utf8.RuneError && n <= 1 {
			counts[k] = strings.Count(s, nd) // not a code point first: no shortcut
			continue
		}
		h := slot(r)
		if firsts[h] != r {
			firsts[h], roots[h] = r, node(0)
		}
		v := roots[h]
		for i := n; i < len(nd); i++ {
			c := step(v, nd[i])
			if c < 0 {
				c = node(nd[i])
				kid[v], sib[c] = c, kid[v]
			}
			v = c
		}
		ends[v] = int32(k) + 1
		indexed = true
	}
	cs.firsts, cs.roots, cs.ends, cs.kid, cs.sib, cs.label = firsts, roots, ends, kid, sib, label
	if !indexed {
		return counts
	}
	next := grow(cs.next, len(needles)) // where each needle's next match may start
	clear(next)
	cs.next = next
	match := func(i, j int, v int32) {
		if k := ends[v] - 1; k >= 0 && i >= next[k] {
			counts[k]++
			next[k] = j
		}
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if h := slot(r); firsts[h] == r && !(r == utf8.RuneError && n == 1) {
			v := roots[h]
			match(i, i+n, v)
			for j := i + n; j < len(s); j++ {
				if v = step(v, s[j]); v < 0 {
					break
				}
				match(i, j+1, v)
			}
		}
		i += n
	}
	return counts
}

// withoutSpaces returns s with its white space removed: strings.Join(strings.Fields(s), "").
func withoutSpaces(s string) string {
	var b strings.Builder // one allocation, and no copy to make a string of it
	b.Grow(len(s))
	start := 0 // the text since the last space, not copied yet
	for i := 0; i < len(s); {
		// Bytes that cannot start white space are skipped in a tight loop.
		for i < len(s) && spaceLead[s[i]] == 0 {
			i++
		}
		if i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			b.WriteString(s[start:i])
			start = i + 1
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			b.WriteString(s[start:i])
			start = i + size
		}
		i += size
	}
	b.WriteString(s[start:])
	return b.String()
}

// spaceLead marks the bytes that may start white space: the ASCII spaces, and the only bytes
// that start a white-space code point beyond ASCII (U+0085, U+00A0, U+1680, U+2000…U+205F,
// U+3000).
var spaceLead = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1, 0xC2: 1, 0xE1: 1, 0xE2: 1, 0xE3: 1}

// wholeNames gives a keyword that a person's or an organisation's one-word name continues by a
// single syllable the whole name when the article never writes the keyword but as part of that
// name (포스테코글 → 포스테코글루: the tagger read the name's last syllable as a particle there,
// 포스테코글/루; 민주통합 → 민주통합당). A name already among the keywords is not repeated.
// kws is changed in place.
func wholeNames(kws []string, ents []entities.Entity, src string) []string {
	out := kws[:0]
	for _, k := range kws {
		for i := range ents {
			n := ents[i].Name
			if ents[i].Type != entities.Person && ents[i].Type != entities.Organization || strings.Contains(n, " ") {
				continue
			}
			if rest, ok := strings.CutPrefix(n, k); ok && utf8.RuneCountInString(rest) == 1 && strings.Count(src, k) == strings.Count(src, n) {
				k = n
				break
			}
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}
