package tokenize

import (
	"strings"
	"unicode/utf8"
)

// SentenceKind tells body sentences from the lines around them.
type SentenceKind int

// Sentence kinds.
const (
	Body    SentenceKind = iota // an ordinary sentence of the article
	Byline                      // a reporter's byline or an e-mail line
	Caption                     // a photo caption
)

// SplitSentences splits src into sentences. (A placeholder that splits at line breaks and at
// "다. "; the news-aware splitter replaces it.)
func SplitSentences(src string) []Sentence {
	var out []Sentence
	runeOff, bytePos := 0, 0
	emit := func(start, end int) {
		for start < end && (src[start] == ' ' || src[start] == '\t' || src[start] == '\r') {
			start++
		}
		for end > start && (src[end-1] == ' ' || src[end-1] == '\t' || src[end-1] == '\r') {
			end--
		}
		if start >= end {
			return
		}
		runeOff += utf8.RuneCountInString(src[bytePos:start])
		rs := runeOff
		runeOff += utf8.RuneCountInString(src[start:end])
		bytePos = end
		out = append(out, Sentence{Span: Span{start, end}, Runes: Span{rs, runeOff}})
	}
	for lineStart := 0; lineStart <= len(src); {
		lineEnd := strings.IndexByte(src[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(src)
		} else {
			lineEnd += lineStart
		}
		s := lineStart
		for {
			i := strings.Index(src[s:lineEnd], "다. ")
			if i < 0 {
				break
			}
			e := s + i + len("다.")
			emit(s, e)
			s = e
		}
		emit(s, lineEnd)
		lineStart = lineEnd + 1
	}
	return out
}
