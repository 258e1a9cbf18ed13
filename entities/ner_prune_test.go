package entities

import (
	"bytes"
	"slices"
	"testing"
)

// TestPruneKeepsHeavyFeatures prunes a model read from the embedded file and checks that
// exactly the features with a weight of at least the threshold survive, with their weights.
func TestPruneKeepsHeavyFeatures(t *testing.T) {
	m, err := ReadNERModel(bytes.NewReader(embeddedModel))
	if err != nil {
		t.Fatal(err)
	}
	const th = 2000
	p, err := m.Prune(th)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for r, k := range m.keys {
		row := m.rows[r*nLabels : (r+1)*nLabels]
		w := p.row(k)
		if heaviest(row) < th {
			if w != nil {
				t.Fatalf("feature %08x (heaviest weight %d) kept", k, heaviest(row))
			}
			continue
		}
		want++
		if w == nil || !slices.Equal(w[:], row) {
			t.Fatalf("feature %08x: weights %v, want %v", k, w, row)
		}
	}
	if p.NumFeatures() != want || want == 0 || want == m.NumFeatures() {
		t.Fatalf("kept %d of %d features, want %d", p.NumFeatures(), m.NumFeatures(), want)
	}
	if p.trans != m.trans {
		t.Fatal("transition weights changed")
	}
	// Pruning again at the same threshold changes nothing.
	q, err := p.Prune(th)
	if err != nil || q.NumFeatures() != p.NumFeatures() {
		t.Fatalf("second pruning kept %d of %d (%v)", q.NumFeatures(), p.NumFeatures(), err)
	}
}
