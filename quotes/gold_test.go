package quotes_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gisa-nlp/gisa/internal/quoteseval"
)

// TestGoldScore runs the extractor over the gold articles of ../shared, scores the predictions
// with ../shared/tools/score.py and prints its table. It fails when a score falls below the
// floor the extractor has reached, so a change that loses quality is caught.
func TestGoldScore(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: skipping the gold evaluation")
	}
	paths, err := quoteseval.FindShared()
	if err != nil {
		t.Skip("../shared not found: ", err)
	}
	arts, err := quoteseval.GoldArticles(paths)
	if err != nil {
		t.Fatal(err)
	}
	analyze(t, "") // load the shared tokenizer
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	f, err := os.Create(pred)
	if err != nil {
		t.Fatal(err)
	}
	r, err := recognizer()
	if err != nil {
		t.Fatal(err)
	}
	if err := quoteseval.Predict(tk, r, arts, f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	table, err := quoteseval.Score(paths, pred, 10)
	t.Log("\n" + table)
	if err != nil {
		t.Fatal(err)
	}
	m, err := quoteseval.ScoreJSON(paths, pred)
	if err != nil {
		t.Fatal(err)
	}
	floor := func(name string, got, want float64) {
		if got < want {
			t.Errorf("%s = %.4f, below %.2f", name, got, want)
		}
	}
	floor("direct P", m.Direct.P, 0.97)
	floor("direct R", m.Direct.R, 0.95)
	floor("indirect P", m.Indirect.P, 0.85)
	floor("indirect R", m.Indirect.R, 0.70)
	if m.Speaker == nil || m.Verb == nil {
		t.Fatal("score.py gave no speaker or verb accuracy")
	}
	floor("speaker accuracy", *m.Speaker, 0.90)
	floor("verb accuracy", *m.Verb, 0.95)
}
