package quotes

import (
	"strings"
	"testing"
)

// TestLexiconLines: every line of lexicon.txt names a stance the package declares, and no verb
// or noun is listed twice: parseLexicon keeps the first stance it meets, so a second listing
// would be dead and say a stance the output never gives.
func TestLexiconLines(t *testing.T) {
	known := map[Stance]bool{}
	for _, s := range []Stance{Neutral, Emphasis, Critical, Denial, Demand, Forecast, Affect, Concern, Commitment,
		Evaluation, Belief, Hope, Agreement, Question, Advice, Hearsay, Written, Finding} {
		known[s] = true
	}
	first := map[string]string{} // "verb 일축하" → the stance it was first listed under
	for n, line := range strings.Split(lexiconText, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) < 3 || f[0] != "verb" && f[0] != "noun" || !known[Stance(f[1])] {
			t.Errorf("lexicon.txt:%d: want verb|noun <stance> <word>…, a declared stance: %q", n+1, line)
			continue
		}
		for _, w := range f[2:] {
			key := f[0] + " " + w
			if st, dup := first[key]; dup {
				t.Errorf("lexicon.txt:%d: %s listed as %s and again as %s", n+1, key, st, f[1])
				continue
			}
			first[key] = f[1]
		}
	}
}
