package entities

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/gisa-nlp/gisa/tokenize"
)

// NERExample is one sentence prepared for training or evaluating the tagger: tokenized, its
// features computed once, and its gold labels.
type NERExample struct {
	Sentence NERSentence
	seq      *nerSeq
	keys     []uint32 // feature keys of every code point, concatenated
	start    []int32  // keys of code point i are keys[start[i]:start[i+1]]
	gold     []int8
}

// PrepareNER tokenizes sentences and computes their features and gold labels.
func PrepareNER(tk *tokenize.Tokenizer, sents []NERSentence) ([]*NERExample, error) {
	out := make([]*NERExample, 0, len(sents))
	for _, s := range sents {
		toks, err := tk.Tokenize(s.Text)
		if err != nil {
			return nil, err
		}
		seq := newNERSeq(s.Text, toks, 0)
		ex := &NERExample{Sentence: s, seq: seq, gold: make([]int8, len(seq.runes))}
		ex.start = make([]int32, 0, len(seq.runes)+1)
		for i := range seq.runes {
			ex.start = append(ex.start, int32(len(ex.keys)))
			ex.keys = seq.features(i, ex.keys)
		}
		ex.start = append(ex.start, int32(len(ex.keys)))
		for _, sp := range s.Spans {
			t := slices.Index(nerTypes[:], sp.Type)
			if t < 0 || sp.Start < 0 || sp.End > len(ex.gold) || sp.Start >= sp.End {
				continue
			}
			ex.gold[sp.Start] = int8(1 + 2*t)
			for i := sp.Start + 1; i < sp.End; i++ {
				ex.gold[i] = int8(2 + 2*t)
			}
		}
		out = append(out, ex)
	}
	return out, nil
}

// NERTrainOptions set the averaged perceptron's training.
type NERTrainOptions struct {
	Epochs int    // passes over the data (default 10)
	Seed   uint64 // seed of the shuffling between passes
	// Runs trains that many perceptrons with seeds Seed, Seed+1, … and averages their weights
	// (default 1).
	Runs int
	// MinCount drops features seen fewer times in training (default 1: keep all); rarer
	// features make the model bigger and slower and rarely help.
	MinCount int
}

// DefaultNERTrainOptions are the options the shipped model was trained with.
var DefaultNERTrainOptions = NERTrainOptions{Epochs: 10, Seed: 1, Runs: 3}

// TrainNER trains an averaged structured perceptron (first-order Viterbi over allowed BIO
// transitions) on examples and returns the quantized model.
func TrainNER(examples []*NERExample, opt NERTrainOptions) *NERModel {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	// Feature ids for the keys seen in training (at least MinCount times).
	count := map[uint32]int32{}
	if opt.MinCount > 1 {
		for _, ex := range examples {
			for _, k := range ex.keys {
				count[k]++
			}
		}
	}
	ids := map[uint32]int32{}
	var keys []uint32
	exIDs := make([][]int32, len(examples))
	for e, ex := range examples {
		v := make([]int32, len(ex.keys))
		for j, k := range ex.keys {
			if opt.MinCount > 1 && int(count[k]) < opt.MinCount {
				v[j] = -1
				continue
			}
			id, ok := ids[k]
			if !ok {
				id = int32(len(keys))
				ids[k] = id
				keys = append(keys, k)
			}
			v[j] = id
		}
		exIDs[e] = v
	}
	nf := len(keys)
	runs := max(opt.Runs, 1)
	accW := make([]float64, nf*nLabels) // averaged weights, summed over the runs
	var accT [nLabels + 1][nLabels]float64
	for run := range runs {
		seed := opt.Seed + uint64(run)
		w := make([]int32, nf*nLabels)
		u := make([]int64, nf*nLabels) // sum of step * update, for averaging
		var tw [nLabels + 1][nLabels]int32
		var tu [nLabels + 1][nLabels]int64
		step := int64(1)

		rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
		order := make([]int, len(examples))
		for i := range order {
			order[i] = i
		}
		var score []int32
		for range opt.Epochs {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, e := range order {
				ex, v := examples[e], exIDs[e]
				n := len(ex.gold)
				if n == 0 {
					continue
				}
				if cap(score) < n*nLabels {
					score = make([]int32, n*nLabels)
				}
				sc := score[:n*nLabels]
				for i := range n {
					em := sc[i*nLabels : (i+1)*nLabels]
					clear(em)
					for _, id := range v[ex.start[i]:ex.start[i+1]] {
						if id < 0 {
							continue
						}
						row := w[int(id)*nLabels : int(id)*nLabels+nLabels]
						for l := range nLabels {
							em[l] += row[l]
						}
					}
				}
				tr := newTransitions(&tw)
				viterbi(sc, n, tr)
				pred := backtrack(sc, n, tr, nil)
				pg, pp := nLabels, nLabels
				for i := range n {
					g, p := int(ex.gold[i]), int(pred[i])
					if g != p {
						for _, id := range v[ex.start[i]:ex.start[i+1]] {
							if id < 0 {
								continue
							}
							o := int(id) * nLabels
							w[o+g]++
							u[o+g] += step
							w[o+p]--
							u[o+p] -= step
						}
					}
					if g != p || pg != pp {
						tw[pg][g]++
						tu[pg][g] += step
						tw[pp][p]--
						tu[pp][p] -= step
					}
					pg, pp = g, p
				}
				step++
			}
		}

		avg := func(wv int32, uv int64) float64 { return float64(wv) - float64(uv)/float64(step) }
		for i := range w {
			accW[i] += avg(w[i], u[i])
		}
		for p := range tw {
			for c := range tw[p] {
				accT[p][c] += avg(tw[p][c], tu[p][c])
			}
		}
	}
	// Quantize the averaged weights to int16 with one scale for emissions and transitions.
	maxAbs := 1e-9
	for _, x := range accW {
		maxAbs = math.Max(maxAbs, math.Abs(x))
	}
	for p := range accT {
		for c := range accT[p] {
			maxAbs = math.Max(maxAbs, math.Abs(accT[p][c]))
		}
	}
	scale := 32000 / maxAbs
	q := func(x float64) int64 { return int64(math.Round(x * scale)) }
	m := &NERModel{}
	for p := range accT {
		for c := range accT[p] {
			m.trans[p][c] = int32(q(accT[p][c]))
		}
	}
	type kr struct {
		key uint32
		row [nLabels]int16
	}
	var kept []kr
	for id, k := range keys {
		var r kr
		r.key = k
		nz := false
		for l := range nLabels {
			x := q(accW[id*nLabels+l])
			r.row[l] = int16(x)
			nz = nz || x != 0
		}
		if nz {
			kept = append(kept, r)
		}
	}
	slices.SortFunc(kept, func(a, b kr) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	m.keys = make([]uint32, len(kept))
	m.rows = make([]int16, len(kept)*nLabels)
	for i, r := range kept {
		m.keys[i] = r.key
		copy(m.rows[i*nLabels:], r.row[:])
	}
	m.index()
	return m
}

// Predict tags a prepared example and returns its entity spans (code points).
func (m *NERModel) Predict(ex *NERExample) []NERSpan {
	var tg tagger
	return refine(ex.seq, labelSpans(m.decode(ex.seq, &tg)))
}
