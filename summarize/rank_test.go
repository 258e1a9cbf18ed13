package summarize

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPageRankPullIsPush checks that ranking by pulling along in-arcs gives the very bits of
// pushing along out-arcs, on random graphs with duplicate arcs, dangling nodes, isolated
// nodes, a node whose weights cancel, and priors with zeros.
func TestPageRankPullIsPush(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 300; trial++ {
		n := 1 + rng.IntN(60)
		adj := make([][]arc, n)
		for i := range adj {
			if rng.IntN(5) == 0 {
				continue // dangling
			}
			for k := rng.IntN(8); k > 0; k-- {
				w := float64(1 + rng.IntN(4))
				if trial%2 == 1 {
					w = rng.Float64() * 3
				}
				adj[i] = append(adj[i], arc{rng.IntN(n), w})
			}
		}
		if n > 2 && trial%7 == 0 {
			adj[1] = []arc{{0, 1.5}, {2, -1.5}} // out-weights summing to zero: dangling
		}
		var prior []float64
		if trial%3 != 0 {
			prior = make([]float64, n)
			for i := range prior {
				if rng.IntN(4) != 0 {
					prior[i] = rng.Float64()
				}
			}
		}
		damping := []float64{0.85, 0.5, 0.3}[trial%3]
		got, want := pageRank(adj, prior, damping), pageRankPush(adj, prior, damping)
		for i := range want {
			if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
				t.Fatalf("trial %d (n=%d): rank[%d] = %v pulled, %v pushed", trial, n, i, got[i], want[i])
			}
		}
	}
}

// TestBestCandsIsSortedPrefix checks that picking the k best candidates gives the first k of
// the full sort, ties on score included.
func TestBestCandsIsSortedPrefix(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 200; trial++ {
		all := make([]cand, rng.IntN(80))
		cands := make([]*cand, len(all))
		for i := range all {
			all[i] = cand{score: float64(rng.IntN(10)) / 4, first: rng.Int()}
			cands[i] = &all[i]
		}
		k := 0
		if len(cands) > 0 {
			k = rng.IntN(len(cands) + 1)
		}
		got := bestCands(nil, cands, k)
		sorted := slices.Clone(cands)
		slices.SortFunc(sorted, byScore)
		if !slices.Equal(got, sorted[:k]) {
			t.Fatalf("trial %d: bestCands(k=%d) differs from the first k of the sort", trial, k)
		}
	}
}

// randomScorer scores pairs from a fixed random matrix (a third of them zero) and counts the
// pairs it was asked for, checking that each is asked between mark and unmark of its first item.
type randomScorer struct {
	t      *testing.T
	w      [][]float64
	marked int
	calls  int
}

func (rs *randomScorer) mark(i int)   { rs.marked = i }
func (rs *randomScorer) unmark(i int) { rs.marked = -1 }
func (rs *randomScorer) score(i, j int) float64 {
	if i != rs.marked || j <= i {
		rs.t.Fatalf("score(%d, %d) with %d marked", i, j, rs.marked)
	}
	rs.calls++
	return rs.w[i][j]
}

func newRandomScorer(t *testing.T, rng *rand.Rand, n int) *randomScorer {
	rs := &randomScorer{t: t, w: make([][]float64, n), marked: -1}
	for i := range rs.w {
		rs.w[i] = make([]float64, n)
		for j := i + 1; j < n; j++ {
			if rng.IntN(3) != 0 {
				rs.w[i][j] = rng.Float64()
			}
		}
	}
	return rs
}

// TestWindowRankIsPageRank checks that windowRank's ranks are, to the bit, pageRank's over the
// lists of the pairs within the window (each node's arcs by neighbour ascending, as a dense
// matrix's rows give them), so that it is the complete graph's ranking when n ≤ window+1.
func TestWindowRankIsPageRank(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var ws windowScratch
	for trial := 0; trial < 300; trial++ {
		n, window := rng.IntN(40), 1+rng.IntN(40)
		sc := newRandomScorer(t, rng, n)
		lists := make([][]arc, n)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				lo, hi := min(i, j), max(i, j)
				if j != i && hi-lo <= window && sc.w[lo][hi] != 0 {
					lists[i] = append(lists[i], arc{j, sc.w[lo][hi]})
				}
			}
		}
		var prior []float64
		if trial%3 != 0 {
			prior = make([]float64, n)
			for i := range prior {
				prior[i] = rng.Float64()
			}
		}
		damping := []float64{0.85, 0.5}[trial%2]
		for i, as := range ws.lists(n, window, sc) { // the lists pushed when there are too many to pull
			if !slices.Equal(as, lists[i]) {
				t.Fatalf("trial %d (n=%d, window=%d): node %d has arcs %v, want %v", trial, n, window, i, as, lists[i])
			}
		}
		got, want := ws.windowRank(n, window, sc, prior, damping), pageRank(lists, prior, damping)
		if !slices.EqualFunc(got, want, func(x, y float64) bool { return math.Float64bits(x) == math.Float64bits(y) }) {
			t.Fatalf("trial %d (n=%d, window=%d): ranks %v, pageRank's %v", trial, n, window, got, want)
		}
	}
}

// TestWindowRankWorkIsLinear counts the pairs windowRank scores (each twice) and the arcs it
// keeps: at most window an item and twice that, whatever the number of items, where all pairs
// would be n²/2. A graph too large to pull, pushed over lists, likewise.
func TestWindowRankWorkIsLinear(t *testing.T) {
	var ws windowScratch
	for _, c := range []struct{ n, window int }{{graphWindow + 1, graphWindow}, {4000, graphWindow}, {maxPullNodes + 10, 2}} {
		n, window, calls := c.n, c.window, 0
		r := ws.windowRank(n, window, countingScorer{&calls}, nil, 0.85)
		arcs := len(ws.g.src)
		if n > maxPullNodes {
			arcs = len(ws.arcs)
		}
		if n == window+1 && calls != n*(n-1) {
			t.Errorf("n=%d: %d pairs scored, want all %d twice", n, calls, n*(n-1)/2)
		}
		if len(r) != n || calls > 2*n*window || arcs > 2*n*window {
			t.Errorf("n=%d: %d ranks, %d pairs scored and %d arcs kept, want at most %d and %d", n, len(r), calls, arcs, 2*n*window, 2*n*window)
		}
	}
}

// countingScorer scores every pair 1 and counts them.
type countingScorer struct{ calls *int }

func (cs countingScorer) mark(int)   {}
func (cs countingScorer) unmark(int) {}
func (cs countingScorer) score(i, j int) float64 {
	*cs.calls++
	return 1
}
