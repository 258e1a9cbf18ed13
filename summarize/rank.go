package summarize

import (
	"math"

	"github.com/gisa-nlp/gisa/internal/freelist"
)

// arc is a weighted edge to node to.
type arc struct {
	to int
	w  float64
}

// graphWindow bounds the similarity graphs of the summary's sentences and of a speaker's
// statements: an item is linked to the items at most graphWindow places before or after it in
// the article, not to all of them. A news article has far fewer candidate sentences (171
// sentences in the longest of the 697 articles of ../shared/data/news, a few dozen usually),
// so its graph is complete and its summary unchanged; a text of thousands of sentences (a
// book, or many articles pasted into one) gets a graph of at most 2·graphWindow arcs a node,
// built in time and memory that grow with its length rather than with its square. It
// follows how news is written: a sentence takes up what the sentences around it say, so
// centrality within a few hundred sentences is what the graph measures anyway.
const graphWindow = 256

// pairScorer scores the pairs of a window graph: mark(i) readies score(i, ·), unmark(i)
// undoes it before the next mark.
type pairScorer interface {
	mark(i int)
	score(i, j int) float64
	unmark(i int)
}

// windowScratch holds the buffers of windowRank between calls.
type windowScratch struct {
	g    pullGraph
	fill []int32
	kept []float64 // the first pass's scores, when there are few
	adj  [][]arc   // for graphs too large to pull
	arcs []arc
}

// windowRank ranks n items by pageRank (prior and damping as there) over the symmetric graph
// in which i and j, |i−j| ≤ window, are joined by an arc each way weighing ps.score(min, max)
// when that is not zero: the ranks of pageRank over that graph's lists (each item's arcs by
// neighbour ascending, as a dense matrix's rows give them), to the bit, and so of the
// complete graph when n ≤ window+1. The scores must not be negative (BM25, the cosine of
// TF-IDF vectors).
//
// A first pass over the pairs sums each item's out-weights and counts its arcs, a second lays
// the arcs out for pulling. The second reads the first's scores when there are at most
// keptScores pairs (every news article), and scores the pairs again past that rather than hold
// them all. Work and memory are O(n·window), where all pairs would be O(n²).
func (ws *windowScratch) windowRank(n, window int, ps pairScorer, prior []float64, damping float64) []float64 {
	if n == 0 {
		return nil
	}
	if n > maxPullNodes {
		return pageRankPush(ws.lists(n, window, ps), prior, damping)
	}
	w := min(window, n-1)
	g := &ws.g
	// Each item's out-weights summed over its neighbours ascending (those before it come from
	// their own rows, earlier), and its arcs counted.
	out := grow(g.out, n)
	clear(out)
	start := grow(g.start, n+1)
	clear(start)
	keep := n*w <= keptScores
	kept := ws.kept[:0]
	for i := 0; i < n; i++ {
		ps.mark(i)
		for j := i + 1; j <= min(n-1, i+w); j++ {
			s := ps.score(i, j)
			if keep {
				kept = append(kept, s)
			}
			if s != 0 {
				out[i] += s
				out[j] += s
				start[i+1]++
				start[j+1]++
			}
		}
		ps.unmark(i)
	}
	for j := 0; j < n; j++ {
		start[j+1] += start[j]
	}
	arcs := int(start[n])
	src, wt := grow(g.src, arcs), grow(g.w, arcs)
	fill := append(ws.fill[:0], start[:n]...)
	// The arcs into j from i < j come in the rows before j's own, which brings those from i > j:
	// sources ascending.
	k := 0
	for i := 0; i < n; i++ {
		if !keep {
			ps.mark(i)
		}
		for j := i + 1; j <= min(n-1, i+w); j++ {
			var s float64
			if keep {
				s, k = kept[k], k+1
			} else {
				s = ps.score(i, j)
			}
			if s != 0 {
				src[fill[j]], wt[fill[j]] = uint16(i), s
				fill[j]++
				src[fill[i]], wt[fill[i]] = uint16(j), s
				fill[i]++
			}
		}
		if !keep {
			ps.unmark(i)
		}
	}
	g.out, g.start, g.src, g.w, ws.fill, ws.kept = out, start, src, wt, fill, kept
	return rankPull(g, prior, damping)
}

// keptScores is the most pair scores windowRank keeps between its passes.
const keptScores = 1 << 16

// eachPair calls f(i, j, s) for the pairs i < j ≤ i+w of n items whose score s is not zero, i
// then j ascending.
func eachPair(n, w int, ps pairScorer, f func(i, j int, s float64)) {
	for i := 0; i < n; i++ {
		ps.mark(i)
		for j := i + 1; j <= min(n-1, i+w); j++ {
			if s := ps.score(i, j); s != 0 {
				f(i, j, s)
			}
		}
		ps.unmark(i)
	}
}

// lists returns the window graph as adjacency lists (for pageRankPush), in ws until the next
// call.
func (ws *windowScratch) lists(n, window int, ps pairScorer) [][]arc {
	w := min(window, n-1)
	deg := make([]int, n+1)
	eachPair(n, w, ps, func(i, j int, s float64) { deg[i+1]++; deg[j+1]++ })
	for i := 0; i < n; i++ {
		deg[i+1] += deg[i]
	}
	ws.arcs = grow(ws.arcs, deg[n])
	ws.adj = grow(ws.adj, n)
	for i := range ws.adj {
		ws.adj[i] = ws.arcs[deg[i]:deg[i]:deg[i+1]]
	}
	eachPair(n, w, ps, func(i, j int, s float64) {
		ws.adj[j] = append(ws.adj[j], arc{i, s})
		ws.adj[i] = append(ws.adj[i], arc{j, s})
	})
	return ws.adj
}

// iterate runs pageRank's steps from the ranks r: step(share, next, dangling) sets r to the
// next ranks and next to the shares they send along a unit of weight, and returns the ranks'
// total change and the rank of the dangling nodes (out 0), until the change is below 1e-9 or
// after 100 steps.
func iterate(r, out, share, next []float64, step func(share, next []float64, dangling float64) (float64, float64)) {
	dangling := 0.0 // the rank of the dangling nodes, jumping to prior
	for i := range r {
		if out[i] == 0 {
			dangling += r[i]
			share[i] = 0
			continue
		}
		share[i] = r[i] / out[i]
	}
	for iter := 0; iter < 100; iter++ {
		delta, nextDangling := step(share, next, dangling)
		if delta < 1e-9 {
			break
		}
		share, next = next, share
		dangling = nextDangling
	}
}

// maxPullNodes is the largest graph pageRank ranks by pulling: its node indices fit in 16 bits.
const maxPullNodes = 1 << 16

// pullGraph is a weighted graph laid out for pulling: the arcs into node j are
// src[start[j]:start[j+1]] with weights w likewise, sources ascending; out[i] is the sum of the
// weights of node i's out-arcs, and the arcs of a node whose sum is zero (it is dangling) are
// left out.
type pullGraph struct {
	start []int32
	src   []uint16
	w     []float64
	out   []float64
}

// rankScratch holds pageRank's buffers between calls (see rankPool).
type rankScratch struct {
	p     []float64
	g     pullGraph                 // pageRank's graph, laid out from its lists
	fill  []int32                   // where the next arc into each node goes while they are laid out
	share *[2][maxPullNodes]float64 // this step's shares and the next one's
}

var rankPool = freelist.New[rankScratch]()

// pageRank ranks the nodes of a weighted graph by the stationary distribution of a random walk
// that follows an edge with probability damping and jumps to a node drawn from prior otherwise
// (personalised PageRank). adj[i] lists the edges leaving i; prior need not be normalised and
// may be nil (uniform). A node without out-edges jumps to prior. The result sums to 1.
//
// Each step sums, for every node, what flows into it along its in-arcs, taken in the order of
// their source nodes: the same additions in the same order as pushing every node's share
// along its out-arcs in node order (pageRankPush), so the ranks are the same to the bit, but
// the sum stays in a register and a 16-bit source index reads the shares without a bounds
// check. Larger graphs are pushed.
func pageRank(adj [][]arc, prior []float64, damping float64) []float64 {
	n := len(adj)
	if n == 0 {
		return nil
	}
	if n > maxPullNodes {
		return pageRankPush(adj, prior, damping)
	}
	rs := rankPool.Get()
	defer rankPool.Put(rs)
	return rs.rank(rs.layout(adj), prior, damping)
}

// layout lays adj (at most maxPullNodes nodes) out for pulling, in rs until the next call.
func (rs *rankScratch) layout(adj [][]arc) *pullGraph {
	n := len(adj)
	g := &rs.g
	out := grow(g.out, n)
	clear(out)
	arcs := 0
	for i, as := range adj {
		for _, a := range as {
			out[i] += a.w
		}
		arcs += len(as)
	}
	// The arcs by target node (a counting sort), sources ascending within each; a node
	// whose out-weights sum to zero is dangling and sends along none of them.
	start := grow(g.start, n+1)
	clear(start)
	for i, as := range adj {
		if out[i] == 0 {
			continue
		}
		for _, a := range as {
			start[a.to+1]++
		}
	}
	for j := 0; j < n; j++ {
		start[j+1] += start[j]
	}
	fill := append(rs.fill[:0], start[:n]...)
	src := grow(g.src, arcs)
	w := grow(g.w, arcs)
	for i, as := range adj {
		if out[i] == 0 {
			continue
		}
		for _, a := range as {
			k := fill[a.to]
			src[k], w[k] = uint16(i), a.w
			fill[a.to]++
		}
	}
	g.start, g.src, g.w, g.out, rs.fill = start, src, w, out, fill
	return g
}

// rankPull is pageRank over a graph laid out for pulling (at most maxPullNodes nodes).
func rankPull(g *pullGraph, prior []float64, damping float64) []float64 {
	rs := rankPool.Get()
	defer rankPool.Put(rs)
	return rs.rank(g, prior, damping)
}

// rank is rankPull with rs's buffers.
func (rs *rankScratch) rank(g *pullGraph, prior []float64, damping float64) []float64 {
	n := len(g.out)
	if n == 0 {
		return nil
	}
	p := grow(rs.p, n)
	rs.p = p
	initialRanks(p, prior)
	out, start, src, w := g.out, g.start, g.src, g.w
	if rs.share == nil {
		rs.share = new([2][maxPullNodes]float64)
	}
	r := make([]float64, n)
	copy(r, p)
	iterate(r, out, rs.share[0][:n], rs.share[1][:n], func(share, next []float64, dangling float64) (float64, float64) {
		// what each node sends along a unit of weight, as arrays: pullStep reads them unchecked
		return pullStep(r, p, out, start, src, w, (*[maxPullNodes]float64)(share[:maxPullNodes]), (*[maxPullNodes]float64)(next[:maxPullNodes]), dangling, damping)
	})
	return r
}

// pullStep is one step of pageRank on the arcs into each node j, src[start[j]:start[j+1]]
// with weights w likewise: it sets r to the new ranks and next to the shares they send, and
// returns the ranks' total change and the rank of the dangling nodes. A function of its own
// keeps few values live, so that the inner loop's stay in registers.
func pullStep(r, p, out []float64, start []int32, src []uint16, w []float64, share, next *[maxPullNodes]float64, dangling, damping float64) (delta, nextDangling float64) {
	p, out, start = p[:len(r)], out[:len(r)], start[:len(r)+1]
	w = w[:len(src)]
	_, _ = share[0], next[0] // their nil checks, here once, not at every arc
	keep := 1 - damping
	k := uint(0) // the arcs into node j start at k
	for j := range r {
		// The arcs into j end at start[j+1]: no later than the last arc, which the compiler
		// needs told to read src and w unchecked.
		end := min(uint(start[j+1]), uint(len(src)))
		in := 0.0
		for ; k < end; k++ {
			from := src[k]
			in += share[from] * w[k]
		}
		v := keep*p[j] + damping*(in+dangling*p[j])
		delta += math.Abs(v - r[j]) // as exact as adding a positive d, subtracting a negative
		r[j] = v
		// The next step's shares, from the new ranks, while this step still reads its own.
		if out[j] == 0 {
			nextDangling += v
		} else {
			next[j] = v / out[j]
		}
	}
	return delta, nextDangling
}

// initialRanks sets p to prior normalised to sum 1, uniform when prior is nil or sums to 0.
func initialRanks(p, prior []float64) {
	sum := 0.0
	for i := range p {
		p[i] = 1
		if prior != nil {
			p[i] = prior[i]
		}
		sum += p[i]
	}
	for i := range p {
		if sum > 0 {
			p[i] /= sum
		} else {
			p[i] = 1 / float64(len(p))
		}
	}
}

// pageRankPush is pageRank for any number of nodes: each step pushes every node's rank along
// its out-arcs.
func pageRankPush(adj [][]arc, prior []float64, damping float64) []float64 {
	n := len(adj)
	if n == 0 {
		return nil
	}
	p := make([]float64, n)
	initialRanks(p, prior)
	out := make([]float64, n)
	for i, as := range adj {
		for _, a := range as {
			out[i] += a.w
		}
	}
	r := append([]float64(nil), p...)
	next := make([]float64, n)
	for iter := 0; iter < 100; iter++ {
		dangling := 0.0
		clear(next)
		for i, as := range adj {
			if out[i] == 0 {
				dangling += r[i]
				continue
			}
			share := r[i] / out[i]
			for _, a := range as {
				next[a.to] += share * a.w
			}
		}
		delta := 0.0
		for i := range next {
			v := (1-damping)*p[i] + damping*(next[i]+dangling*p[i])
			delta += math.Abs(v - r[i]) // as exact as adding a positive d, subtracting a negative
			r[i] = v
		}
		if delta < 1e-9 {
			break
		}
	}
	return r
}

// byScoreDesc orders scores from high to low, as the comparison function of a stable sort
// (ties, NaNs included, keep their order).
func byScoreDesc(a, b float64) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}
