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

// arcScratch holds the buffers of dense between calls.
type arcScratch struct {
	backing []arc
	adj     [][]arc
}

// dense turns an n×n weight matrix (row-major) into adjacency lists, dropping zero weights;
// the lists share one backing array and live in as until the next call.
func (as *arcScratch) dense(w []float64, n int) [][]arc {
	nonzero := 0
	for _, x := range w {
		if x != 0 {
			nonzero++
		}
	}
	backing := as.backing[:0]
	if cap(backing) < nonzero {
		backing = make([]arc, 0, nonzero) // never grown below: the lists point into it
	}
	adj := grow(as.adj, n)
	for i := 0; i < n; i++ {
		lo := len(backing)
		for j, x := range w[i*n : (i+1)*n] {
			if x != 0 {
				backing = append(backing, arc{j, x})
			}
		}
		adj[i] = nil
		if len(backing) > lo {
			adj[i] = backing[lo:len(backing):len(backing)]
		}
	}
	as.backing, as.adj = backing, adj
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
