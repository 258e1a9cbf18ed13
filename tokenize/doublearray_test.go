package tokenize

import (
	"testing"
	"unicode/utf8"
)

// TestEntriesEndOnCharacters lists every surface of the double array and checks that each is
// whole UTF-8 characters: no entry ends inside a multi-byte character, which lets the byte
// walk skip the end-of-entry test there.
func TestEntriesEndOnCharacters(t *testing.T) {
	d := testTokenizer(t).dict
	keys, err := byteSurfaces(d.da, len(d.dup))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if !utf8.ValidString(k.s) {
			t.Fatalf("entry %d: surface %q ends inside a character (or is not UTF-8)", k.id, k.s)
		}
	}
	if len(keys) < 100000 {
		t.Fatalf("found only %d surfaces", len(keys))
	}
	t.Logf("%d surfaces, all ending on a character boundary", len(keys))
}
