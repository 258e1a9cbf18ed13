package shareddata

import (
	"errors"
	"testing"
)

// SkipIfMissing ends a test or benchmark that could not read ../shared: it skips when err
// says ../shared is not there (ErrNotFound), so a clone without it still passes, and fails on
// any other error. A nil err does nothing.
func SkipIfMissing(tb testing.TB, err error) {
	tb.Helper()
	if errors.Is(err, ErrNotFound) {
		tb.Skip(err)
	} else if err != nil {
		tb.Fatal(err)
	}
}
