package summarize

import (
	"math"
	"slices"
)

// entry is one term of a sparse vector: its vocabulary id and its value.
type entry struct {
	id int
	x  float64
}

// sparse is a vector over the vocabulary, entries sorted by id.
type sparse []entry

// termVectors holds each document's term counts over a shared vocabulary, and the terms'
// inverse document frequencies.
type termVectors struct {
	tf     []sparse
	len    []float64
	idf    []float64
	global []int32 // global[id]: the vocab id of the vectors' id
}

// vectorScratch holds the buffers of build between calls.
type vectorScratch struct {
	local, count []int32 // local is -1 everywhere between builds
	global       []int32
	ids          []int
	backing      sparse
	df, idf      []float64
	tf           []sparse
	len          []float64
	vecs         []sparse // weighted's vectors, slices of weights
	weights      sparse
	bw           [][]float64 // bm25Weights' rows, slices of bbacking
	bbacking     []float64
	pos          []int32
}

// build counts the terms of each document (ids of a vocab of size n) and their inverse
// document frequencies. The vectors' ids are renumbered in order of first occurrence over docs,
// so that sums over a vector run in the same order whatever the vocab's numbering. They live
// in vs's buffers until the next build. Its work grows with the terms of docs, not with n: a
// speaker's few statements are built as cheaply in a long article as in a short one.
func (vs *vectorScratch) build(docs [][]int32, n int) termVectors {
	local := vs.local
	if len(local) < n {
		local = append(local, make([]int32, n-len(local))...)
		for i := len(vs.local); i < n; i++ {
			local[i] = -1
		}
	}
	total := 0
	for _, terms := range docs {
		total += len(terms)
	}
	nextID := int32(0)
	tv := termVectors{tf: grow(vs.tf, len(docs)), len: grow(vs.len, len(docs))}
	backing := vs.backing[:0]
	if cap(backing) < total {
		backing = make(sparse, 0, total) // never grown below: the vectors are slices of it
	}
	df := vs.df[:0]
	global := vs.global[:0]
	count := grow(vs.count, total) // occurrences in the current document, by local id
	clear(count)
	ids := vs.ids[:0] // the current document's distinct local ids
	for i, terms := range docs {
		ids = ids[:0]
		for _, t := range terms {
			id := local[t]
			if id < 0 {
				id = nextID
				nextID++
				local[t] = id
				df = append(df, 0)
				global = append(global, t)
			}
			if count[id] == 0 {
				ids = append(ids, int(id))
			}
			count[id]++
		}
		// Entries go by id: sort the distinct ids, or for a long document walk all ids.
		lo := len(backing)
		if len(ids) > int(nextID)/8 {
			for id := int32(0); id < nextID; id++ {
				if c := count[id]; c > 0 {
					backing = append(backing, entry{int(id), float64(c)})
					df[id]++
					count[id] = 0
				}
			}
		} else {
			slices.Sort(ids)
			for _, id := range ids {
				backing = append(backing, entry{id, float64(count[id])})
				df[id]++
				count[id] = 0
			}
		}
		tv.tf[i] = backing[lo:len(backing):len(backing)]
		tv.len[i] = float64(len(terms))
	}
	nd := float64(len(docs))
	tv.idf = grow(vs.idf, len(df))
	for id, d := range df {
		tv.idf[id] = math.Log((nd + 1) / (d + 0.5))
	}
	for _, t := range global {
		local[t] = -1 // as it was, for the next build
	}
	tv.global = global
	vs.local, vs.count, vs.ids, vs.backing, vs.df, vs.idf, vs.tf, vs.len, vs.global = local, count, ids, backing, df, tv.idf, tv.tf, tv.len, global
	return tv
}

// weighted returns every document's TF-IDF vector (log-scaled term frequency). They live in
// vs's buffers until the next call.
func (vs *vectorScratch) weighted(tv termVectors) []sparse {
	vecs := grow(vs.vecs, len(tv.tf))
	total := 0
	for _, tf := range tv.tf {
		total += len(tf)
	}
	vs.weights = grow(vs.weights, total)
	backing := vs.weights
	for i, tf := range tv.tf {
		v := backing[:len(tf):len(tf)]
		backing = backing[len(tf):]
		for k, e := range tf {
			v[k] = entry{e.id, (1 + logCount(e.x)) * tv.idf[e.id]}
		}
		vecs[i] = v
	}
	vs.vecs = vecs
	return vecs
}

// smallLogs[k] is math.Log(k): term counts are small whole numbers.
var smallLogs = func() (l [64]float64) {
	for k := range l {
		l[k] = math.Log(float64(k))
	}
	return l
}()

// logCount is math.Log(x), from smallLogs when x is a small count.
func logCount(x float64) float64 {
	if k := int(x); k >= 0 && k < len(smallLogs) && float64(k) == x {
		return smallLogs[k]
	}
	return math.Log(x)
}

// cosine is the cosine similarity of two sparse vectors.
func cosine(a, b sparse) float64 {
	nb := 0.0
	for _, e := range b {
		nb += e.x * e.x
	}
	return cosineNorm(a, b, nb)
}

// cosineNorm is the cosine similarity of a and a vector whose squared length is nb and whose
// entries on a's ids are those of b.
func cosineNorm(a, b sparse, nb float64) float64 {
	dot, na := 0.0, 0.0
	for _, e := range a {
		na += e.x * e.x
	}
	if na == 0 || nb == 0 {
		return 0
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			dot += a[i].x * b[j].x
			i++
			j++
		}
	}
	return dot / math.Sqrt(na*nb)
}

// bm25Pairs holds, for each of the first n documents, each term's BM25 weight in it
// (idf·f·(k1+1)/(f+norm), norm = k1·(1-b+b·len/avg)), so that the scores of a pair of
// documents both ways are one walk over their common terms. The BM25 score of document j for
// the terms of document i is the sum of j's weights of the terms they share. It is the
// pairScorer of a graph of BM25 similarities.
type bm25Pairs struct {
	tv  termVectors
	w   [][]float64 // w[j][y]: the weight of the y-th term of document j
	pos []int32     // pos[id]: 1 + the index of term id in the marked document's vector, else 0
}

// bm25Weights returns the BM25 weights of the first n documents of tv, in vs's buffers until
// the next call.
func (vs *vectorScratch) bm25Weights(tv termVectors, n int, k1, b, avg float64) bm25Pairs {
	vs.bw, vs.pos = grow(vs.bw, n), grow(vs.pos, len(tv.idf))
	clear(vs.pos)
	bp := bm25Pairs{tv: tv, w: vs.bw, pos: vs.pos}
	total := 0
	for j := 0; j < n; j++ {
		total += len(tv.tf[j])
	}
	vs.bbacking = grow(vs.bbacking, total)
	backing := vs.bbacking
	for j := 0; j < n; j++ {
		norm := k1 * (1 - b + b*tv.len[j]/avg)
		w := backing[:len(tv.tf[j]):len(tv.tf[j])]
		backing = backing[len(w):]
		for y, e := range tv.tf[j] {
			f := e.x
			w[y] = tv.idf[e.id] * f * (k1 + 1) / (f + norm)
		}
		bp.w[j] = w
	}
	return bp
}

// mark readies score(i, ·) by noting where document i holds each of its terms; unmark(i) undoes
// it before another document is marked.
func (bp bm25Pairs) mark(i int) {
	for x, e := range bp.tv.tf[i] {
		bp.pos[e.id] = int32(x + 1)
	}
}

// unmark undoes mark(i).
func (bp bm25Pairs) unmark(i int) {
	for _, e := range bp.tv.tf[i] {
		bp.pos[e.id] = 0
	}
}

// score is the mean of the BM25 scores of j for i and of i for j, i being the marked document;
// each sum runs over the common terms in order of id (j's vector is sorted by id), as a merge
// of the two vectors would, but without walking i's.
func (bp bm25Pairs) score(i, j int) float64 {
	c := bp.tv.tf[j]
	wi, wj := bp.w[i], bp.w[j][:len(c)]
	sij, sji := 0.0, 0.0
	for y, e := range c {
		if x := bp.pos[e.id]; x > 0 {
			sij += wj[y]
			sji += wi[x-1]
		}
	}
	return (sij + sji) / 2
}

// cosinePairs is the pairScorer of a graph of the cosine similarities of vectors.
type cosinePairs []sparse

func (cp cosinePairs) mark(int)               {}
func (cp cosinePairs) unmark(int)             {}
func (cp cosinePairs) score(i, j int) float64 { return cosine(cp[i], cp[j]) }
