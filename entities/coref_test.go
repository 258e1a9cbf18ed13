package entities

import "testing"

func TestIsSurname(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if isSurname(r) != surnames[r] {
			t.Fatalf("isSurname(%U) = %v, surnames says %v", r, isSurname(r), surnames[r])
		}
	}
}
