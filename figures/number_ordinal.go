package figures

import "strings"

// Ordinal is an ordinal numeral read by ParseOrdinal (첫째, 세 번째, 제3, 스물다섯번째).
type Ordinal struct {
	Value int // the position: 1 for 첫째
	End   int // byte length of the ordinal within the parsed string
}

// ParseOrdinal reads an ordinal at the start of s: 첫째, 첫 번째, N번째, N째(번), 둘째, 제N.
func ParseOrdinal(s string) (Ordinal, bool) {
	if rest, ok := strings.CutPrefix(s, "제"); ok {
		trim := strings.TrimLeft(rest, " ")
		n, ok := ParseNumber(trim)
		if !ok || n.Native || n.Decimal || n.Fraction || n.Value < 1 {
			return Ordinal{}, false
		}
		return Ordinal{Value: int(n.Value), End: len(s) - len(trim) + n.End}, true
	}
	var v float64
	var i int
	if strings.HasPrefix(s, "첫") {
		v, i = 1, len("첫")
	} else {
		n, ok := ParseNumber(s)
		if !ok || n.Decimal || n.Fraction || n.Value < 1 || n.Value > 1e9 {
			return Ordinal{}, false
		}
		v, i = n.Value, n.End
	}
	rest := strings.TrimLeft(s[i:], " ")
	for _, suf := range [...]string{"번째", "째번", "째"} {
		if strings.HasPrefix(rest, suf) {
			return Ordinal{Value: int(v), End: len(s) - len(rest) + len(suf)}, true
		}
	}
	return Ordinal{}, false
}
