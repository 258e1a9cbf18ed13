// Package quotemarks pairs the quote marks of a Korean text (“ ” ‘ ’ 「 」 『 』 and the
// straight " ' `), so that the stages that need to know what stands inside quote marks (the
// quote extractor, the coreference of the entity recognizer) read them the same way.
package quotemarks

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"
)

// maxQuoteBytes bounds a quote's content: an opening mark whose closing mark lies further away
// is treated as left open, so one stray mark cannot swallow the rest of an article.
const maxQuoteBytes = 4000

// Region is one quote-mark pair, or an opening mark left open (Closed false).
type Region struct {
	Open, OpenLen   int  // the opening mark's byte offset and length
	Close, CloseLen int  // the closing mark's byte offset and length; Close is -1 when open
	Mark            rune // the kind of opening mark (“ also for a ” typed in its place)
	Depth           int  // how many closed regions contain this one
}

// Closed reports whether the region has a closing mark.
func (r Region) Closed() bool { return r.Close >= 0 }

// Inner is the content between the marks; for an open region, up to its opening mark's end.
func (r Region) Inner() (int, int) {
	if r.Closed() {
		return r.Open + r.OpenLen, r.Close
	}
	return r.Open + r.OpenLen, r.Open + r.OpenLen
}

// End is the byte offset just past the closing mark (or the opening mark when open).
func (r Region) End() int {
	if r.Closed() {
		return r.Close + r.CloseLen
	}
	return r.Open + r.OpenLen
}

// closerOf maps each quote mark that only closes to the mark that opens it.
var closerOf = map[rune]rune{'”': '“', '’': '‘', '」': '「', '』': '『'}

// straightOf maps a curly closing mark to the straight mark it may close by a typing slip.
var straightOf = map[rune]rune{'”': '"', '’': '\''}

// curlyOf maps a straight mark to the curly opening mark it may close by a typing slip.
var curlyOf = map[rune]rune{'"': '“', '\'': '‘'}

// isOpener reports a mark that only opens.
func isOpener(r rune) bool { return r == '“' || r == '‘' || r == '「' || r == '『' }

// isSymmetric reports a mark that both opens and closes.
func isSymmetric(r rune) bool { return r == '"' || r == '\'' || r == '`' }

// IsQuoteMark reports any quote mark Pair handles.
func IsQuoteMark(r rune) bool {
	switch r {
	case '”', '’', '」', '』', // closerOf's keys
		'“', '‘', '「', '『', // isOpener
		'"', '\'', '`': // isSymmetric
		return true
	}
	return false
}

// Pair pairs the quote marks of src by kind. Curly and corner marks pair with their own
// counterpart; straight marks are read as opening or closing from the characters around them.
// A mark of a kind that is already open (Korean does not nest one kind inside itself) leaves
// the earlier one open; straight marks do not cross a line break. It runs in time linear in
// len(src) plus a sort of the regions. The regions are appended to buf[:0].
func Pair(buf []Region, src string) []Region {
	regs := buf[:0]
	var stackArr [8]int
	stack := stackArr[:0]   // indexes into regs of regions still open
	unwind := func(k int) { // leave stack[k:] open and drop them
		stack = stack[:k]
	}
	findOpen := func(open rune) int {
		for k := len(stack) - 1; k >= 0; k-- {
			if regs[stack[k]].Mark == open {
				return k
			}
		}
		return -1
	}
	closeAt := func(k, at, size int) {
		r := &regs[stack[k]]
		if at-(r.Open+r.OpenLen) > maxQuoteBytes {
			unwind(k) // too far: the opener stays open
			return
		}
		r.Close, r.CloseLen = at, size
		unwind(k)
	}
	push := func(at, size int, m rune) {
		if k := findOpen(m); k >= 0 {
			// same kind already open: that one was never closed. Only it leaves the stack,
			// so the stack never holds two marks of one kind (it stays a few entries deep).
			stack = append(stack[:k], stack[k+1:]...)
		}
		regs = append(regs, Region{Open: at, OpenLen: size, Close: -1, Mark: m})
		stack = append(stack, len(regs)-1)
	}
	for i := 0; i < len(src); {
		// Every mark is '\n', '"', '\'', '`' or starts with byte E2 or E3: other bytes are
		// passed one at a time without decoding.
		if c := src[i]; c != '\n' && c != '"' && c != '\'' && c != '`' && c != 0xE2 && c != 0xE3 {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == '\n':
			// straight marks never cross a line break
			for k := len(stack) - 1; k >= 0; k-- {
				if isSymmetric(regs[stack[k]].Mark) {
					unwind(k)
					break
				}
			}
		case isOpener(r):
			if prev, _ := utf8.DecodeLastRuneInString(src[:i]); i > 0 && !isLeftBoundary(prev) && !isOpener(prev) {
				if k := findOpen(r); k >= 0 {
					// “…없다“고, ‘매미(MAEMI)‘ 수준: glued to the end of a quote of its own kind
					// still open, an opening mark is a typo for the closing one
					closeAt(k, i, size)
					break
				}
			}
			push(i, size, r)
		case r == '”' || r == '’' || r == '」' || r == '』': // closerOf's keys
			if k := findOpen(closerOf[r]); k >= 0 {
				closeAt(k, i, size)
			} else if k := findOpen(straightOf[r]); k >= 0 {
				closeAt(k, i, size) // 'term’: a straight mark closed by a curly one
			} else if prev, _ := utf8.DecodeLastRuneInString(src[:i]); (r == '”' || r == '’') && (i == 0 || isLeftBoundary(prev)) {
				if next, _ := utf8.DecodeRuneInString(src[i+size:]); i+size < len(src) && (unicode.IsLetter(next) || r == '”' && unicode.IsDigit(next)) {
					// (a word after it; ’12 is a year, not a quote)
					push(i, size, closerOf[r]) // ”45만원 이상…”: a closing mark typed as the opening one
				}
			}
		case isSymmetric(r):
			prev, _ := utf8.DecodeLastRuneInString(src[:i])
			next, _ := utf8.DecodeRuneInString(src[i+size:])
			if r == '\'' && isAlnum(prev) && isAlnum(next) {
				break // an apostrophe: don't, Wyss's
			}
			before := i == 0 || isLeftBoundary(prev)
			after := i+size == len(src) || isRightBoundary(next)
			k := findOpen(r)
			switch {
			case k >= 0 && (prev == ',' || prev == '…') && !after:
				// a quote ends with its own comma or ellipsis, the complementizer glued after
				// the mark (“…해야 한다,"라고 밝혔다, "…이르다…"며): one kind of mark does
				// not nest, so with one open this closes it
				closeAt(k, i, size)
			case before && !after: // " before a word: opens
				push(i, size, r)
			case k >= 0:
				closeAt(k, i, size)
			case !before && findOpen(curlyOf[r]) >= 0:
				closeAt(findOpen(curlyOf[r]), i, size) // “…"면서: a curly mark closed by a straight one
			default:
				push(i, size, r)
			}
		}
		i += size
	}
	setDepths(regs)
	return regs
}

// setDepths counts, for every region, the closed regions that contain it.
func setDepths(regs []Region) {
	var orderArr [32]int // on the stack for up to 32 regions
	order := orderArr[:0]
	for i := range regs {
		order = append(order, i)
	}
	// Every region opens at an offset of its own: the order is total, any sort gives it.
	slices.SortFunc(order, func(a, b int) int {
		ra, rb := &regs[a], &regs[b]
		if ra.Open != rb.Open {
			return cmp.Compare(ra.Open, rb.Open)
		}
		return cmp.Compare(rb.End(), ra.End())
	})
	var endsArr [16]int
	ends := endsArr[:0] // ends of the closed regions enclosing the sweep position
	for _, i := range order {
		r := &regs[i]
		for len(ends) > 0 && ends[len(ends)-1] <= r.Open {
			ends = ends[:len(ends)-1]
		}
		r.Depth = len(ends)
		if r.Closed() {
			ends = append(ends, r.End())
		}
	}
}

func isAlnum(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// isLeftBoundary reports a character after which a straight mark opens a quote.
func isLeftBoundary(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '(', '[', '{', '<', '·', '…', '—', '–', '-', ',', ':', '=', '/':
		return true
	}
	return false
}

// isRightBoundary reports a character before which a straight mark closes a quote.
func isRightBoundary(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '…':
		return true
	}
	return false
}
