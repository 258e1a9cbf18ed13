package tokenize

// maxQuoteRunes bounds how far apart, in code points, a quote or bracket and its closing
// partner may be. A mark that finds no partner within its paragraph and this distance is
// treated as plain text, so a stray “ cannot hold a whole article in one sentence.
const maxQuoteRunes = 800

// closerOf returns the mark that closes the opening quote or bracket r. ASCII " and ' close
// themselves.
func closerOf(r rune) (rune, bool) {
	switch r {
	case '“':
		return '”', true
	case '‘':
		return '’', true
	case '「':
		return '」', true
	case '『':
		return '』', true
	case '(':
		return ')', true
	case '（':
		return '）', true
	case '[':
		return ']', true
	case '［':
		return '］', true
	case '《':
		return '》', true
	case '〈':
		return '〉', true
	case '【':
		return '】', true
	case '〔':
		return '〕', true
	case '<':
		return '>', true
	case '"', '\'':
		return r, true
	}
	return 0, false
}

// isClosingMark reports whether r can close a quote or bracket.
func isClosingMark(r rune) bool {
	switch r {
	case '”', '’', '」', '』', ')', '）', ']', '］', '》', '〉', '】', '〕', '>', '"', '\'':
		return true
	}
	return false
}

// openerOf returns the opening mark that the closing mark c closes, or 0.
func openerOf(c rune) rune {
	switch c {
	case '”':
		return '“'
	case '’':
		return '‘'
	case '」':
		return '「'
	case '』':
		return '『'
	case ')':
		return '('
	case '）':
		return '（'
	case ']':
		return '['
	case '］':
		return '［'
	case '》':
		return '《'
	case '〉':
		return '〈'
	case '】':
		return '【'
	case '〕':
		return '〔'
	case '>':
		return '<'
	case '"', '\'':
		return c
	}
	return 0
}

// isOpeningBracket reports whether r opens a quote or bracket other than ASCII " and '.
func isOpeningBracket(r rune) bool {
	_, ok := closerOf(r)
	return ok && r != '"' && r != '\''
}

// marks records, for every byte offset of one paragraph, the offset of the partner of the
// quote or bracket that starts there (-1 when there is none or the mark is unpaired).
type marks []int32

// at reports whether the mark at byte i opens (+1) or closes (-1) a pair, or 0.
func (m marks) at(i int) int {
	p := m[i]
	switch {
	case p < 0:
		return 0
	case int(p) > i:
		return +1
	}
	return -1
}

// partner returns the offset of the partner of the mark at byte i, or -1.
func (m marks) partner(i int) int { return int(m[i]) }

// pairMarks pairs the quotes and brackets of one paragraph: a closing mark pairs with the
// nearest open mark of its kind (marks opened after that one stay unpaired), and pairs further
// apart than maxQuoteRunes are dropped. ASCII " and ' open after a space or at the start and
// close after a word (a stray one then cannot flip every later pair); a curly closing mark
// closes an ASCII opening one and back ("…” and '…’, mixed typography is common in news
// text); an apostrophe between Latin letters (Kakao's) is not a quote.
// The pairs are written into buf when it has room (a text's lines take turns with one buffer).
func pairMarks(buf marks, line string) marks {
	m := buf[:0]
	if cap(m) < len(line) {
		m = make(marks, len(line), max(len(line), 2*cap(m)))
	}
	m = m[:len(line)]
	for i := range m {
		m[i] = -1
	}
	var stack []openMark
	idx := -1
	prev := ' '
	for i, next := 0, 0; i < len(line); i = next {
		r, size := decodeRune(line, i)
		next = i + size
		idx++
		p := prev
		prev = r
		if r < 0x80 && !isASCIIMarkOrEnd[r] || r >= 0x80 && !mayBeMark(r) {
			continue // the common case: a letter, digit or space
		}
		closer, isOpener := closerOf(r)
		switch {
		case (r == '\'' || r == '’') && i > 0 && i+size < len(line) &&
			isASCIILetter(line[i-1]) && isASCIILetter(line[i+size]):
			continue // an apostrophe
		case r == '"' || r == '\'':
			// ASCII quotes: opening after a space, bracket or quote; closing after anything else.
			if isSpace(p) || isOpeningBracket(p) {
				stack = dropOpen(stack, r)
				stack = append(stack, openMark{r, i, idx})
				continue
			}
		}
		if isClosingMark(r) && (!isOpener || hasOpen(stack, r) || hasOpen(stack, altCloser(r))) {
			target := r
			if !hasOpen(stack, r) && hasOpen(stack, altCloser(r)) {
				target = altCloser(r) // mixed typography: "…” or “…"
			}
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].close != target {
					continue
				}
				if idx-stack[k].idx <= maxQuoteRunes {
					m[stack[k].pos] = int32(i)
					m[i] = int32(stack[k].pos)
				}
				stack = stack[:k]
				break
			}
			continue
		}
		if isOpener && r != '"' && r != '\'' {
			stack = append(stack, openMark{closer, i, idx})
		}
	}
	return m
}

// mayBeMark reports whether the non-ASCII r may be a quote or bracket: all of them lie in
// U+2018 (‘) .. U+FF3D (］), outside the Hangul syllables.
func mayBeMark(r rune) bool {
	return r >= '‘' && r <= '］' && (r < 0xAC00 || r > 0xD7A3)
}

// isASCIIMarkOrEnd flags the ASCII quotes, brackets and terminators pairMarks looks at.
var isASCIIMarkOrEnd = [128]bool{'"': true, '\'': true, '(': true, ')': true, '[': true, ']': true,
	'<': true, '>': true, '.': true, '?': true, '!': true}

// altCloser is the other typography's closing mark for the same quote: ” for ", ’ for ',
// and back; 0 for the rest.
func altCloser(c rune) rune {
	switch c {
	case '”':
		return '"'
	case '"':
		return '”'
	case '’':
		return '\''
	case '\'':
		return '’'
	}
	return 0
}

// dropOpen removes from the stack the innermost open mark closed by c, if any; it stays
// unpaired.
func dropOpen(stack []openMark, c rune) []openMark {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].close == c {
			return append(stack[:k], stack[k+1:]...)
		}
	}
	return stack
}

// openMark is a quote or bracket waiting for its partner.
type openMark struct {
	close    rune // the mark that closes it
	pos, idx int  // byte offset and code point index
}

// hasOpen reports whether a mark closed by c is open on the stack.
func hasOpen(stack []openMark, c rune) bool {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].close == c {
			return true
		}
	}
	return false
}
