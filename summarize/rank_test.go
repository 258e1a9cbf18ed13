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
