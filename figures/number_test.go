package figures

import (
	"strings"
	"testing"
)

// TestParseNumber covers the numeral grammar the issue lists, beyond the peer suites.
func TestParseNumber(t *testing.T) {
	cases := []struct {
		in    string
		value float64
		rest  string
	}{
		{"1천만", 1e7, ""},
		{"3조2천억 원", 3.2e12, "원"},
		{"1억2천만명", 1.2e8, "명"},
		{"1.5억", 1.5e8, ""},
		{"21억 4748만 3648", 2147483648, ""},
		{"2 만 5 천", 2, "만 5 천"},
		{"１２３％", 123, "％"},
		{"27,350,000원", 27350000, "원"},
		{"1,00", 1, ",00"},
		{"이백구", 209, ""},
		{"10일", 10, "일"},
		{"스무 살", 20, "살"},
		{"세 번째", 3, "번째"},
		{"10분의 1 이하", 0.1, "이하"},
		{"3분의 2", 2.0 / 3, ""},
		{"마이너스 3", -3, ""},
		{"100만 사용자", 1e6, "사용자"},
		{"일만 이천", 12000, ""},
		{"만점", 10000, "점"},
		{"7천 5백만 달러", 75e6, "달러"},
		{"1억 2천 5백만", 125e6, ""},
		{"이억 사천 사백만", 244e6, ""},
		{"2천 5백", 2000, "5백"},
		{"2천 5백 명", 2500, "명"},
		{"7천 5", 7000, "5"},
		{"일과 사분의 일", 1.25, ""},
		{"2와 3분의 1", 2 + 1.0/3, ""},
		{"1과 2", 1, "과 2"},
	}
	for _, c := range cases {
		n, ok := ParseNumber(c.in)
		if !ok {
			t.Errorf("%q: no number", c.in)
			continue
		}
		if rest := strings.TrimLeft(c.in[n.End:], " "); !sameValue(n.Value, c.value) || rest != c.rest {
			t.Errorf("%q: got %v rest %q, want %v rest %q", c.in, n.Value, rest, c.value, c.rest)
		}
	}
	for _, in := range []string{"", "원", "- 2", "-이십", "마이너스 하나", "점5", strings.Repeat("9", 400)} {
		if n, ok := ParseNumber(in); ok {
			t.Errorf("%q: got %+v, want no number", in, n)
		}
	}
}

// TestNumberInt64 reports exact integers only.
func TestNumberInt64(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"9007조 1992억 5474만 991", 9007199254740991, true},
		{"3.5", 0, false},
		{"1양", 0, false},
	} {
		n, _ := ParseNumber(c.in)
		got, ok := n.Int64()
		if got != c.want || ok != c.ok {
			t.Errorf("%q: Int64() = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestParseOrdinal covers 첫째, N번째, 제N and native ordinals.
func TestParseOrdinal(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{{"첫째", 1}, {"첫 번째", 1}, {"두 번째", 2}, {"18번째", 18}, {"제3", 3}, {"제 2", 2}, {"스물다섯번째", 25}, {"네째번", 4}} {
		o, ok := ParseOrdinal(c.in)
		if !ok || o.Value != c.want || o.End != len(c.in) {
			t.Errorf("%q: got %+v %v, want %d", c.in, o, ok, c.want)
		}
	}
	for _, in := range []string{"3명", "제", "첫", "0번째"} {
		if o, ok := ParseOrdinal(in); ok {
			t.Errorf("%q: got %+v, want no ordinal", in, o)
		}
	}
}
