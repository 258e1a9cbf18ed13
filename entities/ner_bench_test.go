package entities

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/cputime"
	"github.com/gisa-nlp/gisa/tokenize"
)

// BenchmarkTagKLUE measures the tagger alone over KLUE-NER dev (5,000 sentences of distinct
// text from ../shared), joined 50 at a time into pseudo-articles. Every iteration starts from
// a new Recognizer, so the tagger's memos start empty each time as they would on a stream of
// new text, instead of hitting on text they saw in the iteration before.
func BenchmarkTagKLUE(b *testing.B) {
	sents := readKLUEDev(b)
	var txts []*tokenize.Text
	n := 0
	for lo := 0; lo < len(sents); lo += 50 {
		var doc strings.Builder
		for _, s := range sents[lo:min(lo+50, len(sents))] {
			doc.WriteString(s.Text)
			doc.WriteString("\n")
		}
		txts = append(txts, analyze(b, doc.String()))
		n += utf8.RuneCountInString(doc.String())
	}
	model := testRecognizer(b).model
	b.ReportAllocs()
	c0 := cputime.Process()
	b.ResetTimer()
	for b.Loop() {
		r := NewRecognizerWithModel(model)
		for _, t := range txts {
			r.tag(t)
		}
	}
	reportSpeed(b, n, c0)
}
