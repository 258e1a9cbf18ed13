package entities

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// NERSpan is an entity of a KLUE-style sentence: code points [Start, End) and a KLUE type
// (PS, LC, OG, DT, TI, QT).
type NERSpan struct {
	Start, End int
	Type       string
}

// NERSentence is one labelled sentence of KLUE-NER.
type NERSentence struct {
	ID    string
	Text  string
	Spans []NERSpan
}

// News reports whether the sentence comes from KLUE's news part (WikiTree).
func (s NERSentence) News() bool { return strings.HasSuffix(s.ID, "-wikitree") }

// ReadKLUE reads KLUE-NER sentences in the spans JSON Lines form
// ({"id","text","spans":[[start,end,type,surface]]}, code-point offsets).
func ReadKLUE(r io.Reader) ([]NERSentence, error) {
	var out []NERSentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var rec struct {
			ID    string  `json:"id"`
			Text  string  `json:"text"`
			Spans [][]any `json:"spans"`
		}
		if err := json.Unmarshal(b, &rec); err != nil {
			return nil, fmt.Errorf("klue line %d: %w", line, err)
		}
		s := NERSentence{ID: rec.ID, Text: rec.Text}
		for _, sp := range rec.Spans {
			if len(sp) < 3 {
				return nil, fmt.Errorf("klue line %d: short span %v", line, sp)
			}
			a, ok1 := sp[0].(float64)
			b, ok2 := sp[1].(float64)
			t, ok3 := sp[2].(string)
			if !ok1 || !ok2 || !ok3 {
				return nil, fmt.Errorf("klue line %d: bad span %v", line, sp)
			}
			s.Spans = append(s.Spans, NERSpan{Start: int(a), End: int(b), Type: t})
		}
		out = append(out, s)
	}
	return out, sc.Err()
}

// NERScore accumulates KLUE's NER metrics: entity-level (exact span and type) counts per type,
// and character-level counts per BIO label.
type NERScore struct {
	TP, FP, FN             map[string]int // entity counts per type
	CharTP, CharFP, CharFN [nLabels]int   // per-label character counts
	Sentences              int            // sentences added
}

// NewNERScore returns an empty score.
func NewNERScore() *NERScore {
	return &NERScore{TP: map[string]int{}, FP: map[string]int{}, FN: map[string]int{}}
}

// Add scores one sentence of n code points.
func (s *NERScore) Add(n int, gold, pred []NERSpan) {
	s.Sentences++
	key := func(x NERSpan) [3]any { return [3]any{x.Start, x.End, x.Type} }
	g := map[[3]any]bool{}
	for _, x := range gold {
		g[key(x)] = true
	}
	p := map[[3]any]bool{}
	for _, x := range pred {
		p[key(x)] = true
		if g[key(x)] {
			s.TP[x.Type]++
		} else {
			s.FP[x.Type]++
		}
	}
	for _, x := range gold {
		if !p[key(x)] {
			s.FN[x.Type]++
		}
	}
	gl, pl := spanLabels(n, gold), spanLabels(n, pred)
	for i := range n {
		if gl[i] == pl[i] {
			s.CharTP[gl[i]]++
		} else {
			s.CharFN[gl[i]]++
			s.CharFP[pl[i]]++
		}
	}
}

// spanLabels writes spans as BIO labels over n code points.
func spanLabels(n int, spans []NERSpan) []int {
	out := make([]int, n)
	for _, sp := range spans {
		t := -1
		for k, name := range nerTypes {
			if name == sp.Type {
				t = k
			}
		}
		if t < 0 || sp.Start < 0 || sp.End > n || sp.Start >= sp.End {
			continue
		}
		out[sp.Start] = 1 + 2*t
		for i := sp.Start + 1; i < sp.End; i++ {
			out[i] = 2 + 2*t
		}
	}
	return out
}

func f1(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// TypeF1 returns precision, recall and F1 (0..100) of one entity type.
func (s *NERScore) TypeF1(t string) (p, r, f float64) {
	p, r, f = f1(s.TP[t], s.FP[t], s.FN[t])
	return 100 * p, 100 * r, 100 * f
}

// EntityMacroF1 is the mean of the six types' entity F1 (KLUE's entity-level macro F1).
func (s *NERScore) EntityMacroF1() float64 {
	sum := 0.0
	for _, t := range nerTypes {
		_, _, f := s.TypeF1(t)
		sum += f
	}
	return sum / float64(len(nerTypes))
}

// EntityMicroF1 is the entity F1 over all types pooled.
func (s *NERScore) EntityMicroF1() float64 {
	var tp, fp, fn int
	for _, t := range nerTypes {
		tp, fp, fn = tp+s.TP[t], fp+s.FP[t], fn+s.FN[t]
	}
	_, _, f := f1(tp, fp, fn)
	return 100 * f
}

// CharMacroF1 is the mean F1 of the twelve B/I labels over code points (KLUE's character-level
// macro F1, without O).
func (s *NERScore) CharMacroF1() float64 {
	sum := 0.0
	for l := 1; l < nLabels; l++ {
		_, _, f := f1(s.CharTP[l], s.CharFP[l], s.CharFN[l])
		sum += f
	}
	return 100 * sum / float64(nLabels-1)
}

// NERTypes lists KLUE's entity types in order.
func NERTypes() []string { return append([]string(nil), nerTypes[:]...) }
