package entities

import (
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/summeval"
)

// TestSuffixClassByLength: suffixClass, which looks a stem's endings up only at the lengths of
// the suffixes ending in its last code point, names what looking up every length names, on the
// suffixes and titles themselves, words ending in them, and every eojeol of the 53 articles.
func TestSuffixClassByLength(t *testing.T) {
	finals := map[rune]bool{}
	for _, set := range []map[string]bool{orgSuffixes, featureTitles} {
		for w := range set {
			r, _ := utf8.DecodeLastRuneInString(w)
			finals[r] = true
		}
	}
	every := func(stem string) (byte, string) {
		if last, _ := utf8.DecodeLastRuneInString(stem); !finals[last] {
			return 0, ""
		}
		rs := []rune(stem)
		for n := min(6, len(rs)-1); n >= 1; n-- {
			suf := string(rs[len(rs)-n:])
			if orgSuffixes[suf] {
				return 'o', suf
			}
			if featureTitles[suf] {
				return 't', suf
			}
		}
		return 0, ""
	}
	var stems []string
	for _, set := range []map[string]bool{orgSuffixes, featureTitles} {
		for w := range set {
			stems = append(stems, w, "한국"+w, "가"+w, "서울대학교"+w, w+"장")
		}
	}
	txts, _, err := summeval.AnalyzeNews(testTokenizer(t))
	if err == nil {
		for _, txt := range txts {
			d := newCorefDoc(txt)
			for _, e := range d.eojs {
				stems = append(stems, e.stem, d.src[e.Start:e.End])
			}
			d.release()
		}
	}
	for _, st := range stems {
		k, suf := suffixClass(st)
		wk, wsuf := every(st)
		if k != wk || suf != wsuf {
			t.Fatalf("suffixClass(%q) = %c %q, every length gives %c %q", st, k, suf, wk, wsuf)
		}
	}
}
