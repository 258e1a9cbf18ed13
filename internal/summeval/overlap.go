package summeval

import "strings"

// NormSpace collapses every run of whitespace to one space and trims the ends, as score.py's
// norm_space does.
func NormSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// Overlap is score.py's overlap: the characters that Python's difflib.SequenceMatcher (autojunk
// off) matches between a and b, over the length of the longer one; 0 when either is empty.
// Lengths count code points, as Python's do.
func Overlap(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	m := matchedRunes(ra, rb)
	return float64(m) / float64(max(len(ra), len(rb)))
}

// matchedRunes sums the sizes of difflib's matching blocks: the longest common block (earliest
// in a, then in b, on ties), then the same recursively left and right of it.
func matchedRunes(a, b []rune) int {
	b2j := make(map[rune][]int, len(b))
	for j, r := range b {
		b2j[r] = append(b2j[r], j)
	}
	type span struct{ alo, ahi, blo, bhi int }
	total := 0
	queue := []span{{0, len(a), 0, len(b)}}
	for len(queue) > 0 {
		s := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		i, j, k := longestMatch(a, b2j, s.alo, s.ahi, s.blo, s.bhi)
		if k == 0 {
			continue
		}
		total += k
		if s.alo < i && s.blo < j {
			queue = append(queue, span{s.alo, i, s.blo, j})
		}
		if i+k < s.ahi && j+k < s.bhi {
			queue = append(queue, span{i + k, s.ahi, j + k, s.bhi})
		}
	}
	return total
}

// longestMatch is difflib's find_longest_match without junk: the longest block a[i:i+k] ==
// b[j:j+k] within the bounds, the one starting earliest in a (then in b) among the longest.
func longestMatch(a []rune, b2j map[rune][]int, alo, ahi, blo, bhi int) (int, int, int) {
	besti, bestj, bestk := alo, blo, 0
	j2len := map[int]int{}
	for i := alo; i < ahi; i++ {
		next := map[int]int{}
		for _, j := range b2j[a[i]] {
			if j < blo {
				continue
			}
			if j >= bhi {
				break
			}
			k := j2len[j-1] + 1
			next[j] = k
			if k > bestk {
				besti, bestj, bestk = i-k+1, j-k+1, k
			}
		}
		j2len = next
	}
	return besti, bestj, bestk
}
