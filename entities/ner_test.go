package entities

import (
	"bytes"
	"compress/gzip"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/internal/summeval"
	"github.com/gisa-nlp/gisa/tokenize"
)

// kluePath finds KLUE-NER dev in ../shared, or skips.
// readKLUEDev reads ../shared's KLUE-NER dev sentences, skipping without ../shared.
func readKLUEDev(tb testing.TB) []NERSentence {
	tb.Helper()
	dir, err := shareddata.Dir()
	shareddata.SkipIfMissing(tb, err)
	f, err := os.Open(filepath.Join(dir, "data", "ner", "klue_dev.spans.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadKLUE(f)
	if err != nil {
		tb.Fatal(err)
	}
	return sents
}

func TestReadKLUE(t *testing.T) {
	in := `{"id": "x-wikitree", "text": "경찰은 박씨를", "spans": [[0, 2, "OG", "경찰"], [4, 5, "PS", "박"]]}

{"id": "y-nsmc", "text": "좋다", "spans": []}
`
	got, err := ReadKLUE(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !got[0].News() || got[1].News() {
		t.Fatalf("got %+v", got)
	}
	if want := []NERSpan{{0, 2, "OG"}, {4, 5, "PS"}}; !slices.Equal(got[0].Spans, want) {
		t.Errorf("spans %v, want %v", got[0].Spans, want)
	}
	for _, bad := range []string{`{"id": 1}`, `{"spans": [[0]]}`, `{"spans": [["a", 1, "PS"]]}`, `nope`} {
		if _, err := ReadKLUE(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadKLUE(%q): no error", bad)
		}
	}
}

func TestNERScore(t *testing.T) {
	s := NewNERScore()
	// gold: 백상엽(PS 0-3), 카카오(OG 4-7); predicted: 백상엽 right, 카카 wrong span, 8일 spurious.
	s.Add(12, []NERSpan{{0, 3, "PS"}, {4, 7, "OG"}}, []NERSpan{{0, 3, "PS"}, {4, 6, "OG"}, {9, 11, "DT"}})
	if p, r, f := s.TypeF1("PS"); p != 100 || r != 100 || f != 100 {
		t.Errorf("PS %v %v %v", p, r, f)
	}
	if _, _, f := s.TypeF1("OG"); f != 0 {
		t.Errorf("OG F1 %v", f)
	}
	// micro: tp 1, fp 2, fn 1 -> P 1/3, R 1/2, F1 0.4
	if f := s.EntityMicroF1(); math.Abs(f-40) > 1e-9 {
		t.Errorf("micro F1 %v, want 40", f)
	}
	// macro over six types: PS 100, the rest 0
	if f := s.EntityMacroF1(); math.Abs(f-100.0/6) > 1e-9 {
		t.Errorf("macro F1 %v", f)
	}
	// characters: B-OG and I-OG right at 4 and 5, I-OG missed at 6, B/I-DT spurious at 9-10
	if s.CharTP[1+2*2] != 1 || s.CharTP[2+2*2] != 1 || s.CharFN[2+2*2] != 1 || s.CharFP[1+2*3] != 1 {
		t.Errorf("char counts %v %v %v", s.CharTP, s.CharFP, s.CharFN)
	}
}

func TestAllowedTransitions(t *testing.T) {
	if allowedAfter(-1, 2) || allowedAfter(0, 2) || allowedAfter(3, 2) {
		t.Error("I-PS allowed without B-PS/I-PS before it")
	}
	if !allowedAfter(1, 2) || !allowedAfter(2, 2) || !allowedAfter(2, 3) || !allowedAfter(-1, 0) {
		t.Error("a legal transition refused")
	}
	got := labelSpans([]int8{1, 2, 0, 5, 6, 6, 3})
	want := []NERSpan{{0, 2, "PS"}, {3, 6, "OG"}, {6, 7, "LC"}}
	if !slices.Equal(got, want) {
		t.Errorf("labelSpans %v, want %v", got, want)
	}
}

// TestTrainSmall trains on part of KLUE's news and checks the held-out score, that the model
// survives a write and read unchanged, and that training is deterministic.
func TestTrainSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	all := readKLUEDev(t)
	var news []NERSentence
	for _, s := range all {
		if s.News() {
			news = append(news, s)
		}
	}
	exs, err := PrepareNER(testTokenizer(t), news[:260])
	if err != nil {
		t.Fatal(err)
	}
	train, test := exs[:200], exs[200:]
	opt := NERTrainOptions{Epochs: 2, Seed: 1}
	m := TrainNER(train, opt)
	score := NewNERScore()
	for _, ex := range test {
		score.Add(len(ex.seq.runes), ex.Sentence.Spans, m.Predict(ex))
	}
	// A model from 200 sentences scores about 60; far less means something broke.
	if f1 := score.EntityMicroF1(); f1 < 45 {
		t.Errorf("held-out entity F1 %.1f, want >= 45", f1)
	} else {
		t.Logf("held-out entity F1 %.1f", f1)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	first := buf.Bytes()
	m2, err := ReadNERModel(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range test[:50] {
		if a, b := m.Predict(ex), m2.Predict(ex); !slices.Equal(a, b) {
			t.Fatalf("read-back model tags %q differently: %v vs %v", ex.Sentence.Text, a, b)
		}
	}
	var again bytes.Buffer
	if _, err := TrainNER(train, opt).WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, again.Bytes()) {
		t.Error("training twice with the same seed gave different models")
	}
}

func TestReadNERModelBad(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not gzip"), gz([]byte("GISANER1")), gz([]byte("XXXXXXXX\x1a"))} {
		if _, err := ReadNERModel(bytes.NewReader(in)); err == nil {
			t.Errorf("ReadNERModel(%q): no error", in)
		}
	}
}

// FuzzReadNERModel checks that no model file makes the reader panic or allocate without bound.
func FuzzReadNERModel(f *testing.F) {
	f.Add(embeddedModel[:200])
	f.Add(gz([]byte("GISANER1\x1a")))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ReadNERModel(bytes.NewReader(b))
		if err == nil && m.NumFeatures() < 0 {
			t.Fatal("negative feature count")
		}
	})
}

// FuzzReadKLUE checks that no input makes the KLUE reader panic.
func FuzzReadKLUE(f *testing.F) {
	f.Add(`{"id": "x-wikitree", "text": "경찰은", "spans": [[0, 2, "OG", "경찰"]]}`)
	f.Add(`{"spans": [[1e300, -5, "PS"]]}`)
	f.Fuzz(func(t *testing.T, s string) {
		sents, err := ReadKLUE(strings.NewReader(s))
		if err != nil {
			return
		}
		score := NewNERScore()
		for _, x := range sents {
			score.Add(len([]rune(x.Text)), x.Spans, x.Spans)
		}
	})
}

// gz compresses b.
func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// TestEmissionsMatchFeatures checks that the tagger's shortcuts (shared features summed once,
// memoized n-grams, the class table) give every code point exactly the score of its full
// feature list, the one training used: over the seed article twice (the second time from the
// memos) and, when ../shared is there, news articles.
func TestEmissionsMatchFeatures(t *testing.T) {
	src, err := seedOnce()
	if err != nil {
		t.Fatal(err)
	}
	txts := []*tokenize.Text{analyze(t, src), analyze(t, src)}
	if arts, err := summeval.LoadNewsArticles(); err == nil {
		for _, a := range arts[:min(len(arts), 12)] {
			doc, _ := a.Document()
			txts = append(txts, analyze(t, doc))
		}
	} else {
		t.Logf("news articles not checked: %v", err)
	}
	r := testRecognizer(t)
	var tg tagger
	for _, txt := range txts {
		for _, sent := range txt.Sentences {
			s := newNERSeq(txt.Source[sent.Start:sent.End], sent.Tokens, sent.Start)
			got := r.model.emissions(s, &tg)
			for i := range s.runes {
				var want [nLabels]int32
				for _, k := range s.features(i, nil) {
					for l, x := range r.model.rowOrZero(k) {
						want[l] += int32(x)
					}
				}
				if !slices.Equal(got[i*nLabels:(i+1)*nLabels], want[:]) {
					t.Fatalf("code point %d of %q: emissions %v, want %v", i, s.src, got[i*nLabels:(i+1)*nLabels], want)
				}
			}
		}
	}
}

// TestWideNgramRecords checks the n-gram memo on sums that do not fit 16 bits, which the
// embedded model gives for only a few pairs: a model whose unigram and bigram weights of one
// pair add up past 32767 must still score each code point as the sum of its features' rows.
func TestWideNgramRecords(t *testing.T) {
	const src = "삼성전자 삼성"
	var weights = map[uint32][nLabels]int16{}
	heavy := [nLabels]int16{30000, -30000, 20000, 1, -1, 30000, 0, 0, 0, 0, 0, 0, 32000}
	for _, k := range []uint32{
		tmpl(0).key(), tmpl(1).r('성').key(), tmpl(2).r('삼').key(), tmpl(4).r('삼').key(),
		tmpl(6).r('삼').r('성').key(), tmpl(7).r('삼').r('성').key(), tmpl(8).r('삼').r('성').key(),
	} {
		weights[k] = heavy
	}
	weights[tmpl(3).r('전').key()] = [nLabels]int16{5, 6, 7}
	m := modelOf(weights)
	var tg tagger
	for range 2 { // the second time from the memo
		s := newNERSeq(src, nil, 0)
		got := m.emissions(s, &tg)
		for i := range s.runes {
			var want [nLabels]int32
			for _, k := range s.features(i, nil) {
				for l, x := range m.rowOrZero(k) {
					want[l] += int32(x)
				}
			}
			if !slices.Equal(got[i*nLabels:(i+1)*nLabels], want[:]) {
				t.Fatalf("code point %d: emissions %v, want %v", i, got[i*nLabels:(i+1)*nLabels], want)
			}
		}
	}
	if len(tg.memo.wide) == 0 {
		t.Error("no record was kept at full width")
	}
}

// TestClassIndex checks that classTrigram tells apart every class charClass gives.
func TestClassIndex(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if c := charClass(r); classIndex[c] == 0 {
			t.Fatalf("charClass(%U) = %q, not in classes %q", r, c, classes)
		}
	}
}

// allowedAfter reports whether label cur may follow label prev (prev -1: the start): an I-X
// only continues a B-X or an I-X.
func allowedAfter(prev, cur int) bool {
	if cur == 0 || (cur-1)%2 == 0 {
		return true
	}
	return prev > 0 && (prev-1)/2 == (cur-1)/2
}

// referenceDecode is the plain Viterbi over allowedAfter that viterbi and backtrack
// specialise: candidates in label order, a later one kept only when strictly better.
func referenceDecode(em []int32, n int, trans *[nLabels + 1][nLabels]int32) []int8 {
	score := slices.Clone(em)
	back := make([]int8, n*nLabels)
	for c := range nLabels {
		if allowedAfter(-1, c) {
			score[c] += trans[nLabels][c]
		} else {
			score[c] = negInf
		}
	}
	for i := 1; i < n; i++ {
		for c := range nLabels {
			best, arg := int32(negInf), int8(0)
			for p := range nLabels {
				prev := score[(i-1)*nLabels+p]
				if !allowedAfter(p, c) || prev == negInf {
					continue
				}
				if v := prev + trans[p][c]; v > best {
					best, arg = v, int8(p)
				}
			}
			if best == negInf {
				score[i*nLabels+c] = negInf
			} else {
				score[i*nLabels+c] += best
			}
			back[i*nLabels+c] = arg
		}
	}
	out := make([]int8, n)
	best := 0
	for c := 1; c < nLabels; c++ {
		if score[(n-1)*nLabels+c] > score[(n-1)*nLabels+best] {
			best = c
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = int8(best)
		best = int(back[i*nLabels+best])
	}
	return out
}

// TestViterbiMatchesReference checks the specialised decoder against referenceDecode on
// random scores, small ones so that ties are common, and some where O leads.
func TestViterbiMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 3000 {
		spread := int32(3)
		if trial%2 == 1 {
			spread = 1000
		}
		var trans [nLabels + 1][nLabels]int32
		for p := range trans {
			for c := range trans[p] {
				trans[p][c] = rng.Int32N(2*spread+1) - spread
			}
		}
		n := 1 + rng.IntN(12)
		em := make([]int32, n*nLabels)
		for i := range em {
			em[i] = rng.Int32N(2*spread+1) - spread
			if trial%4 >= 2 && i%nLabels == 0 {
				em[i] += 2 * spread // O mostly leads, as in text: the shortcuts of bestFrom
			}
		}
		want := referenceDecode(em, n, &trans)
		score := slices.Clone(em)
		tr := newTransitions(&trans)
		viterbi(score, n, tr)
		if got := backtrack(score, n, tr, nil); !slices.Equal(got, want) {
			t.Fatalf("trial %d: em %v trans %v: got %v, want %v", trial, em, trans, got, want)
		}
	}
}
