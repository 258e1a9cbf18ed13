package summarize

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

// pageRank ranks the nodes of a weighted graph by the stationary distribution of a random walk
// that follows an edge with probability damping and jumps to a node drawn from prior otherwise
// (personalised PageRank). adj[i] lists the edges leaving i; prior need not be normalised and
// may be nil (uniform). A node without out-edges jumps to prior. The result sums to 1.
func pageRank(adj [][]arc, prior []float64, damping float64) []float64 {
	n := len(adj)
	if n == 0 {
		return nil
	}
	p := make([]float64, n)
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
			p[i] = 1 / float64(n)
		}
	}
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
			if d := v - r[i]; d > 0 {
				delta += d
			} else {
				delta -= d
			}
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
