package summeval

import (
	"math"
	"testing"
)

// The expected values are Python's: difflib.SequenceMatcher(None, a, b, autojunk=False).
func TestOverlapMatchesDifflib(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{
		{"챗GPT는 5일이 걸렸다", "챗GPT는 5일 만에 걸렸다", 0.8},
		{"abcabcabc", "cbacbacba", 4.0 / 9},
		{"백 대표는 말했다.", "그는 말했다", 0.5},
		{"가나다라마바사", "사바마라다나가", 1.0 / 7},
		{"", "가", 0},
	} {
		if got := Overlap(c.a, c.b); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("Overlap(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestMapSentence(t *testing.T) {
	refs := []string{"첫 문장이다", "두 번째 문장은 길다", "세 번째"}
	if got := MapSentence(refs, "두 번째 문장은 길다."); got != 1 {
		t.Errorf("MapSentence = %d, want 1", got)
	}
	if got := MapSentence(refs, "전혀 다른 말"); got != -1 {
		t.Errorf("MapSentence = %d, want -1", got)
	}
}
