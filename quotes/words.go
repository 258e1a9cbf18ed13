package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/tokenize"
)

// word is one whitespace-delimited word (eojeol) of the source, with its tokens.
type word struct {
	tokenize.Span
	text string
	toks []tokenize.Token
	para bool // first word of a line
	sent int  // index of the sentence (as this package splits them) holding the word
	inQ  bool // the word starts inside a quote's content
}

// splitWords cuts src into whitespace-delimited words and gives each the tokens that start
// inside it.
func splitWords(src string, toks []tokenize.Token) []word {
	var ws []word
	start := -1
	for i, r := range src {
		if !unicode.IsSpace(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			ws = append(ws, word{Span: tokenize.Span{Start: start, End: i}, text: src[start:i]})
			start = -1
		}
	}
	if start >= 0 {
		ws = append(ws, word{Span: tokenize.Span{Start: start, End: len(src)}, text: src[start:]})
	}
	for i := range ws {
		ws[i].para = i == 0 || strings.ContainsRune(src[ws[i-1].End:ws[i].Start], '\n')
		lo := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= ws[i].Start })
		hi := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= ws[i].End })
		ws[i].toks = toks[lo:hi:hi]
	}
	return ws
}

// trimPunct strips trailing sentence punctuation and commas from s.
func trimPunct(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune(".,;:!?…·", r)
	})
}

// endsSentence reports whether the text ends with sentence-final punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(")]}>”’\"'", r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '?' || r == '!' || r == '。'
}

// lastTok is the last token of w that is not punctuation, or nil.
func (w *word) lastTok() *tokenize.Token {
	for i := len(w.toks) - 1; i >= 0; i-- {
		switch w.toks[i].Tag() {
		case "SF", "SP", "SSO", "SSC", "SC", "SE", "SY", "SO", "SW":
			continue
		}
		return &w.toks[i]
	}
	return nil
}

// hasTag reports whether any token of w has one of the given first tags.
func (w *word) hasTag(tags ...string) bool {
	for _, t := range w.toks {
		for _, g := range tags {
			if t.Tag() == g || strings.Contains(t.POS, g) {
				return true
			}
		}
	}
	return false
}

// isPredicate reports whether w holds a verb, adjective or copula.
func (w *word) isPredicate() bool {
	for _, t := range w.toks {
		switch t.Tag() {
		case "VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA":
			return true
		}
		if t.Features.Type == "Inflect" && (strings.HasPrefix(t.Features.FirstPOS, "V") || strings.HasPrefix(t.Features.FirstPOS, "XS")) {
			return true
		}
	}
	return false
}

// stem is the dictionary stem of w's predicate without 다: 설명하 for 설명했다, 밝히 for
// 밝혔다, 내놓 for 내놨다, 알리지 for the passive 알려졌다. It is "" when w holds no predicate.
func (w *word) stem() string {
	var b strings.Builder
	var noun string
	for _, t := range w.toks {
		tag := t.Tag()
		switch {
		case tag == "NNG" || tag == "XR" || tag == "NNP":
			noun += t.Surface
			continue
		case tag == "XSV" || tag == "XSA" || tag == "VCP":
			b.WriteString(noun)
			switch {
			case tag == "VCP":
				b.WriteString("이")
			case t.Lemma != "" && t.Lemma != "하다" && strings.HasSuffix(t.Lemma, "다"):
				b.WriteString(strings.TrimSuffix(t.Lemma, "다")) // 되다, 시키다
			default:
				b.WriteString("하")
			}
			noun = ""
		case strings.HasPrefix(tag, "V"):
			noun = ""
			if len(t.Parts) > 0 {
				// an inflected entry: its verb parts (알리+지 of 알려진)
				for _, p := range t.Parts {
					if strings.HasPrefix(p.POS, "V") || strings.HasPrefix(p.POS, "XS") {
						b.WriteString(p.Surface)
					}
				}
			} else {
				b.WriteString(strings.TrimSuffix(t.Lemma, "다"))
			}
		case strings.HasPrefix(tag, "E") || strings.HasPrefix(tag, "J"):
			if b.Len() > 0 {
				return b.String()
			}
			noun = ""
		default:
			noun = ""
		}
	}
	return b.String()
}

// clean is the text of w without trailing punctuation.
func (w *word) clean() string { return trimPunct(w.text) }
