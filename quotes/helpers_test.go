package quotes_test

import (
	"sync"
	"testing"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
)

var (
	tkOnce sync.Once
	tk     *tokenize.Tokenizer
	tkErr  error
)

// analyze tokenizes src with one tokenizer shared by the package's tests.
func analyze(t testing.TB, src string) *tokenize.Text {
	t.Helper()
	tkOnce.Do(func() { tk, tkErr = tokenize.New() })
	if tkErr != nil {
		t.Fatal(tkErr)
	}
	txt, err := tk.Analyze(src)
	if err != nil {
		t.Fatal(err)
	}
	return txt
}

var recognizer = sync.OnceValues(entities.NewRecognizer)

// extract finds the quotes of src with its headline span, speakers resolved through the
// entity recognizer's coreference, as the pipeline runs them.
func extract(t testing.TB, src string, head tokenize.Span) []quotes.Quote {
	t.Helper()
	r, err := recognizer()
	if err != nil {
		t.Fatal(err)
	}
	txt := analyze(t, src)
	return quotes.Extract(txt, head, r.Recognize(txt))
}
