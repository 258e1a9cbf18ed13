package gisa

import (
	"context"
	"os"
	"runtime"
	"strings"
	"testing"
)

// TestAllocationsGrowLinearly analyses one article of the seed's sentences repeated and one
// eight times as long, and compares the bytes each allocates: a step whose memory grows with
// the square of the article (a dense graph of its sentences, a matrix of its quotes) makes the
// long one allocate far more than eight times the short one's. Bytes allocated are counted,
// not time: the machine's load does not move them.
func TestAllocationsGrowLinearly(t *testing.T) {
	seed, err := os.ReadFile("testdata/seed-kakao.txt")
	if err != nil {
		t.Fatal(err)
	}
	title, body, _ := strings.Cut(string(seed), "\n")
	a := testAnalyzer(t)
	allocated := func(copies int) uint64 {
		text := strings.Repeat(body+"\n", copies)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if _, err := a.Analyze(context.Background(), Document{ID: "long", Title: title, Text: text}); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	// The seed's body has 17 sentences: about 340 and 2,720, past the summary's window of
	// 256, with as many quotes of one speaker. Eight times the article allocates 6.4 times
	// the bytes (its fixed costs weigh less); a graph of all pairs of sentences and statements
	// makes it 11.
	short, long := allocated(20), allocated(160)
	ratio := float64(long) / float64(short)
	t.Logf("20 copies %d MB, 160 copies %d MB: %.2fx", short>>20, long>>20, ratio)
	if ratio > 8.5 {
		t.Errorf("eight times the article allocated %.1fx the bytes (want at most 8): a step grows faster than the article", ratio)
	}
}
