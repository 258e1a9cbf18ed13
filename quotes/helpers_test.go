package quotes_test

import (
	"sync"
	"testing"

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
