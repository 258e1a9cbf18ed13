package tokenize

import (
	"sort"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/quotemarks"
)

// Text is an analysed document: its tokens and its sentences. Every offset points into Source.
type Text struct {
	Source    string
	Tokens    []Token
	Sentences []Sentence

	valid bool // Analyze found Source valid UTF-8

	marks  []QuoteMark // Analyze's pairs of the quote marks of Source, when paired
	paired bool
}

// QuoteMark is one pair of quote marks of a text, or an opening mark left open (see
// Text.QuoteMarks).
type QuoteMark = quotemarks.Region

// QuoteMarks returns the quote marks of Source paired as internal/quotemarks.Pair pairs them,
// in its order. The entity recognizer and the quote extractor both read them: a Text made by
// Analyze pairs them once, for both; any other Text pairs them anew at each call. The slice
// may be shared: read it, do not change it.
func (t *Text) QuoteMarks() []QuoteMark {
	if t.paired {
		return t.marks
	}
	return quotemarks.Pair(nil, t.Source)
}

// ValidUTF8 reports whether Source is valid UTF-8. A Text made by Analyze knows it already
// (Analyze rejects invalid text), so the later stages need not read the article again to
// check; any other Text is read. (Replacing the Source of a Text made by Analyze voids this.)
func (t *Text) ValidUTF8() bool {
	return t.valid || utf8.ValidString(t.Source)
}

// Sentence is one sentence of a Text. Tokens is a sub-slice of Text.Tokens: the tokens that
// start inside the sentence.
type Sentence struct {
	Span
	Runes  Span
	Kind   SentenceKind
	Tokens []Token
}

// Text returns the sentence's text within src.
func (s Sentence) Text(src string) string { return src[s.Start:s.End] }

// Analyze tokenizes src and splits it into sentences.
func (t *Tokenizer) Analyze(src string) (*Text, error) {
	toks, err := t.Tokenize(src)
	if err != nil {
		return nil, err
	}
	sents := splitSentences(src, true) // Tokenize has checked the UTF-8
	attachTokens(sents, toks)
	return &Text{Source: src, Tokens: toks, Sentences: sents, valid: true, marks: quotemarks.Pair(nil, src), paired: true}, nil
}

// attachTokens sets each sentence's Tokens to the tokens that start inside it.
func attachTokens(sents []Sentence, toks []Token) {
	for i := range sents {
		s := &sents[i]
		lo := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= s.Start })
		hi := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= s.End })
		s.Tokens = toks[lo:hi:hi]
	}
}
