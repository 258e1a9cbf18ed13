package tokenize

import (
	"encoding/json"
	"sync"
	"testing"
)

var (
	testTokOnce sync.Once
	testTok     *Tokenizer
	testTokErr  error
)

// testTokenizer is the package tests' shared Tokenizer (the dictionary loads once).
func testTokenizer(tb testing.TB) *Tokenizer {
	testTokOnce.Do(func() { testTok, testTokErr = New() })
	if testTokErr != nil {
		tb.Fatal(testTokErr)
	}
	return testTok
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }
