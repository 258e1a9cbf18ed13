package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SentenceKind tells body sentences from the lines around them.
type SentenceKind int

// Sentence kinds.
const (
	Body    SentenceKind = iota // an ordinary sentence of the article
	Byline                      // a reporter's byline, a dateline such as [서울=뉴시스], an e-mail or copyright line
	Caption                     // a photo caption or credit: ▲ …, (사진=…), [… 제공=…]
)

// String names the kind: "body", "byline" or "caption".
func (k SentenceKind) String() string {
	switch k {
	case Byline:
		return "byline"
	case Caption:
		return "caption"
	}
	return "body"
}

// SplitSentences splits Korean news text into sentences, in order, each trimmed of surrounding
// whitespace. Byte spans index src; Runes are the same spans in code points.
//
// A sentence ends at a terminator (. ? ! 。 and runs of them) that is followed by whitespace or
// the end of a line, together with any closing quotes or brackets right after it; also at 다.
// glued to the next Hangul word (다.그러나). It does not end at a decimal point (3.5), a date
// (2016. 11. 3.), an abbreviation (Mr., U.S.), an ellipsis (… or ...), or inside a paired quote or
// bracket. Quotes and brackets are paired within their paragraph and over at most
// maxQuoteRunes code points, so a quote that is never closed does not swallow the rest of the
// text. A line break always ends a sentence. Datelines ([서울=뉴시스], (서울=연합뉴스) 홍길동
// 기자 =), bylines (홍길동 기자 hong@example.com) and photo credits ((사진=…), ▲ …) come out as
// sentences of their own, with Kind Byline or Caption.
func SplitSentences(src string) []Sentence {
	return splitSentences(src, utf8.ValidString(src))
}

// splitSentences is SplitSentences for src known to be valid UTF-8 or not.
func splitSentences(src string, valid bool) []Sentence {
	var out []Sentence
	runePos, bytePos := 0, 0 // code points counted up to bytePos
	emit := func(start, end int) {
		start, end = trimSpace(src, start, end)
		if start >= end {
			return
		}
		runePos += runeCount(src[bytePos:start], valid)
		rs := runePos
		runePos += runeCount(src[start:end], valid)
		bytePos = end
		out = append(out, Sentence{
			Span:  Span{start, end},
			Runes: Span{rs, runePos},
			Kind:  classifySentence(src[start:end]),
		})
	}
	var marks marks // pairMarks' buffer, reused from line to line
	for lineStart := 0; lineStart <= len(src); {
		lineEnd := strings.IndexByte(src[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(src)
		} else {
			lineEnd += lineStart
		}
		marks = splitLine(src, lineStart, lineEnd, marks, emit)
		lineStart = lineEnd + 1
	}
	return out
}

// splitLine splits the paragraph src[start:end] (no line breaks inside) and calls emit for
// each sentence's untrimmed byte range. buf is pairMarks' buffer, returned for the next line.
func splitLine(src string, start, end int, buf marks, emit func(start, end int)) marks {
	line := src[start:end]
	marks := pairMarks(buf, line)
	depth := 0
	sentStart := 0 // start of the current sentence, relative to line
	atStart := true
	// prev is the character that ends at prevEnd, when it decoded as one (not an invalid
	// byte): most steps need the character before i, which is the one just stepped over.
	prev, prevEnd := rune(0), -1
	for i := 0; i < len(line); {
		r, size := decodeRune(line, i)
		if atStart {
			if isSpace(r) {
				i += size
				continue
			}
			atStart = false
			n := tagSegment(line, i, marks, false)
			if n == 0 {
				n = reporterPrefix(line, i)
			}
			if n > 0 {
				emit(start+sentStart, start+n)
				sentStart, i, atStart = n, n, true
				continue
			}
		} else if depth == 0 && i > 0 && isSpace(prevRuneAt(line, i, prev, prevEnd)) {
			if n := tagSegment(line, i, marks, true); n > 0 {
				emit(start+sentStart, start+i)
				emit(start+i, start+n)
				sentStart, i, atStart = n, n, true
				continue
			}
		}
		switch marks.at(i) {
		case +1:
			depth++
		case -1:
			if depth > 0 {
				depth--
			}
		}
		if isTerminator(r) {
			if e, ok := sentenceEnd(line, i, marks, depth); ok {
				emit(start+sentStart, start+e)
				sentStart, i, atStart, depth = e, e, true, 0
				continue
			}
		}
		if r != utf8.RuneError || size > 1 {
			prev, prevEnd = r, i+size
		}
		i += size
	}
	emit(start+sentStart, end)
	return marks
}

// prevRuneAt is prevRune(line, i), given that prev, when prevEnd == i, is the valid
// character that ends at i.
func prevRuneAt(line string, i int, prev rune, prevEnd int) rune {
	if prevEnd == i {
		return prev
	}
	return prevRune(line, i)
}

// prevRune returns the code point before line[i].
func prevRune(line string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(line[:i])
	return r
}

// isTerminator reports whether r can end a sentence.
func isTerminator(r rune) bool {
	switch r {
	case '.', '?', '!', '。', '？', '！':
		return true
	}
	return false
}

// sentenceEnd decides whether the terminator at line[i], inside depth open quotes or
// brackets, ends a sentence, and if so returns the end of the sentence: after the run of
// terminators and the closing marks that follow. Inside quotes it ends only when the closing
// marks right after it close them all (…다.” 그는).
func sentenceEnd(line string, i int, marks marks, depth int) (int, bool) {
	r, size := utf8.DecodeRuneInString(line[i:])
	if r == '.' {
		if isEllipsisDot(line, i) || !periodCanEnd(line, i) {
			return 0, false
		}
	}
	j := i + size
	closedQuote := false
	for j < len(line) {
		r2, s2 := utf8.DecodeRuneInString(line[j:])
		if r2 == '.' && r != '.' || r2 != '.' && isTerminator(r2) {
			j += s2 // ?! or ?. or !!; a second '.' after '.' is an ellipsis, excluded above
			continue
		}
		if isClosingMark(r2) && marks.at(j) != +1 {
			if marks.at(j) == -1 {
				depth--
			}
			closedQuote = closedQuote || r2 == '"' || r2 == '”' || r2 == '\'' || r2 == '’'
			j += s2
			continue
		}
		break
	}
	if depth > 0 {
		return 0, false
	}
	if j == len(line) {
		return j, true
	}
	next, _ := utf8.DecodeRuneInString(line[j:])
	if isSpace(next) {
		if closedQuote && quotativeNext(line[j:]) {
			return 0, false // “…했다.” 라고 말했다: the quote's frame goes on
		}
		return j, true
	}
	// 했다.그러나: a period after 다 glued to the next Hangul word still ends the sentence.
	if r == '.' && j == i+size && isHangul(next) {
		if prev, _ := utf8.DecodeLastRuneInString(line[:i]); prev == '다' {
			return j, true
		}
	}
	return 0, false
}

// quotativeNext reports text that starts, past spaces, with a quotative particle written apart
// from the closing mark before it (“…했다.” 라고 말했다, “…?” 라는 질문): the quote's frame
// goes on, no sentence ends before it.
func quotativeNext(s string) bool {
	s = strings.TrimLeftFunc(s, isSpace)
	for _, p := range quotativeParticles {
		if rest, ok := strings.CutPrefix(s, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return rest == "" || isSpace(r) || r == ',' || r == '.'
		}
	}
	return false
}

// quotativeParticles are the particles that attach a quote to its frame (not 고 or 며 alone:
// 고 is also 故, the late).
var quotativeParticles = []string{"라고", "이라고", "라는", "이라는", "라며", "이라며", "라면서", "이라면서"}

// isEllipsisDot reports whether the '.' at line[i] is part of a run of two or more dots.
func isEllipsisDot(line string, i int) bool {
	return i+1 < len(line) && line[i+1] == '.' || i > 0 && line[i-1] == '.'
}

// periodCanEnd reports whether the period at line[i] may end a sentence, looking at the word
// before it and the text after it: not a decimal point, a date, an abbreviation or an initial.
func periodCanEnd(line string, i int) bool {
	// What follows, after spaces.
	j := i + 1
	for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
		j++
	}
	prevR, _ := utf8.DecodeLastRuneInString(line[:i])
	if j < len(line) && isDigitByte(line[j]) && (i+1 == j || isDigit(prevR)) {
		return false // 3.5, 2016.11.3, 2016. 11. 3.
	}
	if isDigit(prevR) && isDateEnd(line[:i]) {
		return false // the day of 2016. 11. 3. or 2016.11.3.
	}
	if isDigit(prevR) && i+1 < len(line) && (line[i+1] == ')' || line[i+1] == ']') {
		return false // (2016.4.22.)
	}
	// The ASCII word right before the period.
	k := i
	for k > 0 && isASCIILetter(line[k-1]) {
		k--
	}
	word := line[k:i]
	if word == "" {
		return true
	}
	if len(word) == 1 && k > 1 && line[k-1] == '.' && isASCIILetter(line[k-2]) {
		return false // U.S. and e.g. style dotted abbreviations
	}
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return false // an initial: J. K. Rowling
	}
	return !abbreviations[strings.ToLower(word)]
}

// isDateEnd reports whether s ends with a date written with periods, year first: "2016. 11. 3"
// or "2016.11.3".
func isDateEnd(s string) bool {
	parts := 0
	for {
		k := len(s)
		for k > 0 && isDigitByte(s[k-1]) {
			k--
		}
		n := len(s) - k
		if n == 0 {
			return false
		}
		parts++
		if parts == 3 {
			return n == 4
		}
		if n > 2 {
			return false
		}
		s = strings.TrimSuffix(s[:k], " ")
		if !strings.HasSuffix(s, ".") {
			return false
		}
		s = s[:len(s)-1]
	}
}

// abbreviations are Latin abbreviations after which a period does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true,
	"st": true, "mt": true, "inc": true, "co": true, "corp": true, "ltd": true, "vs": true,
	"etc": true, "no": true, "vol": true, "fig": true, "approx": true, "dept": true,
	"gen": true, "gov": true, "sen": true, "rep": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true,
}

// trimSpace narrows [start, end) to exclude surrounding whitespace.
func trimSpace(src string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(src[start:end])
		if !isSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(src[start:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' || r == '\u200b' }

func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
