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

// windowScratch holds the buffers of windowGraph between calls.
type windowScratch struct {
	sims    []float64
	deg     []int32
	backing []arc
	adj     [][]arc
}

// windowGraph returns the symmetric graph of n items in which i and j, |i−j| ≤ window, are
// joined by an arc each way weighing ps.score(min, max) when that is not zero. Each node's
// arcs go by target ascending (the arcs a dense n×n matrix would give when n ≤ window+1).
// The lists share one backing array and live in ws until the next call. Work and memory are
// O(n·window) scores and arcs.
func (ws *windowScratch) windowGraph(n, window int, ps pairScorer) [][]arc {
	// The scores of the pairs (i, i+1 … i+window), row by row, zeros included; the degrees.
	width := min(window, max(n-1, 0))
	sims := grow(ws.sims, n*width)
	deg := grow(ws.deg, n)
	clear(deg)
	for i := 0; i < n; i++ {
		ps.mark(i)
		row := sims[i*width : (i+1)*width]
		for d := range row {
			j := i + 1 + d
			if j >= n {
				row[d] = 0
				continue
			}
			s := ps.score(i, j)
			row[d] = s
			if s != 0 {
				deg[i]++
				deg[j]++
			}
		}
		ps.unmark(i)
	}
	total := 0
	for _, d := range deg {
		total += int(d)
	}
	backing := grow(ws.backing, total)
	adj := grow(ws.adj, n)
	off := 0
	for i := range adj {
		adj[i] = backing[off : off : off+int(deg[i])]
		off += int(deg[i])
	}
	// Pairs in order of i then j: node x gets its arcs from the rows before its own (sources
	// ascending) and then its own row's (targets ascending).
	for i := 0; i < n; i++ {
		for d, s := range sims[i*width : (i+1)*width] {
			if s != 0 {
				j := i + 1 + d
				adj[i] = append(adj[i], arc{j, s})
				adj[j] = append(adj[j], arc{i, s})
			}
		}
	}
	ws.sims, ws.deg, ws.backing, ws.adj = sims, deg, backing, adj
	return adj
}

// maxPullNodes is the largest graph pageRank ranks by pulling: its node indices fit in 16 bits.
const maxPullNodes = 1 << 16

// rankScratch holds pageRank's buffers between calls (see rankPool).
type rankScratch struct {
	p, out []float64
	start  []int32                   // the arcs into node j are src[start[j]:start[j+1]], w likewise
	fill   []int32                   // where the next arc into each node goes while they are laid out
	src    []uint16                  // an arc's source node
	w      []float64                 // an arc's weight
	share  *[2][maxPullNodes]float64 // this step's shares and the next one's
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
	p := grow(rs.p, n)
	rs.p = p
	initialRanks(p, prior)
	out := grow(rs.out, n)
	rs.out = out
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
	start := grow(rs.start, n+1)
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
	src := grow(rs.src, arcs)
	w := grow(rs.w, arcs)
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
	rs.start, rs.fill, rs.src, rs.w = start, fill, src, w
	if rs.share == nil {
		rs.share = new([2][maxPullNodes]float64)
	}
	share, next := &rs.share[0], &rs.share[1] // what each node sends along a unit of weight
	r := make([]float64, n)
	copy(r, p)
	dangling := 0.0 // the rank of the dangling nodes, jumping to prior
	for i := range r {
		if out[i] == 0 {
			dangling += r[i]
			continue
		}
		share[i] = r[i] / out[i]
	}
	for iter := 0; iter < 100; iter++ {
		delta, nextDangling := pullStep(r, p, out, start, src, w, share, next, dangling, damping)
		if delta < 1e-9 {
			break
		}
		share, next = next, share
		dangling = nextDangling
	}
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
