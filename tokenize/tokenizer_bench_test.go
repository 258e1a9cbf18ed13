package tokenize

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/cputime"
)

func seedText(tb testing.TB) string {
	b, err := os.ReadFile("../testdata/seed-kakao.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// BenchmarkTokenize measures the lattice and token output on the seed article; chars/cpu-s is
// code points per CPU-second of the whole process (garbage collection included).
func BenchmarkTokenize(b *testing.B) {
	tk := testTokenizer(b)
	text := seedText(b)
	chars := utf8.RuneCountInString(text)
	var toks []Token
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	cpu0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		toks = tk.AppendTokens(toks[:0], text)
	}
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(chars)*float64(b.N)/cpu.Seconds(), "chars/cpu-s")
	}
}

// BenchmarkViterbi measures the lattice search alone, without building tokens.
func BenchmarkViterbi(b *testing.B) {
	tk := testTokenizer(b)
	lines := strings.Split(seedText(b), "\n")
	lt := new(lattice)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			tk.viterbi(lt, l)
		}
	}
}
