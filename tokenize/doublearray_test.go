package tokenize

import "testing"

// TestEntriesEndOnCharacters walks the whole double array and checks that every entry ends
// on a character boundary of UTF-8, which lets lookup skip the end-of-entry test inside
// multi-byte characters.
func TestEntriesEndOnCharacters(t *testing.T) {
	da := testTokenizer(t).dict.da
	type state struct {
		p       int32
		pending int8 // continuation bytes still owed by the current character
	}
	stack := []state{{0, 0}}
	states, entries := 0, 0
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		states++
		base := int(da[s.p].base)
		if base >= 0 && base < len(da) && da[base].check == s.p && da[base].base <= 0 {
			entries++
			if s.pending != 0 {
				t.Fatalf("an entry ends inside a character (state %d)", s.p)
			}
		}
		for c := 1; c < 256; c++ {
			q := base + c
			if q < 0 || q >= len(da) || da[q].check != s.p {
				continue
			}
			next := s.pending - 1
			if s.pending == 0 {
				switch {
				case c < 0x80:
					next = 0
				case c >= 0xf0:
					next = 3
				case c >= 0xe0:
					next = 2
				default:
					next = 1
				}
			}
			stack = append(stack, state{int32(q), next})
		}
	}
	if entries < 100000 {
		t.Fatalf("walked %d states and found only %d surfaces", states, entries)
	}
	t.Logf("%d states, %d surfaces, all ending on a character boundary", states, entries)
}
