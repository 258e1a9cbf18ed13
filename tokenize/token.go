package tokenize

import (
	"strings"
)

// Span is a half-open range of byte offsets [Start, End) into one source text. Every stage of
// gisa uses this one type, so a span from any stage can slice the document it came from.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Token is one morpheme of the analysis.
type Token struct {
	Span               // byte offsets into the analysed text
	Runes    Span      // code point offsets into the analysed text
	Surface  string    // the morpheme as written
	POS      string    // full mecab-ko-dic tag, such as "NNG" or "VV+EP"
	Lemma    string    // dictionary form: 가다 for 갔, the surface for nouns and particles
	Eojeol   int       // index of the whitespace-delimited word the token belongs to
	Features *Features // the rest of mecab-ko-dic's feature columns (never nil from a Tokenizer; read-only: shared by tokens of one entry)
	Parts    []Part    // the morphemes of an Inflect, Compound or Preanalysis entry (read-only: shared by tokens of one entry)
	Unknown  bool      // not in the dictionary: made from char.def's unknown-word rules
	User     bool      // from the user dictionary
}

// Tag is the first tag of POS: "VV" for "VV+EP".
func (t Token) Tag() string { return FirstTag(t.POS) }

// FirstTag is the first tag of a mecab-ko-dic POS: "VV" for "VV+EP". The later stages call it
// on a token's POS rather than Token.Tag, which copies the token. A plain loop: tags are a few
// bytes, too short for strings.IndexByte to pay.
func FirstTag(pos string) string {
	for i := 0; i < len(pos); i++ {
		if pos[i] == '+' {
			return pos[:i]
		}
	}
	return pos
}

// IsNoun reports whether the token is a common, proper or bound noun, pronoun or numeral noun.
func (t Token) IsNoun() bool {
	switch t.Tag() {
	case "NNG", "NNP", "NNB", "NNBC", "NP", "NR":
		return true
	}
	return false
}

// Features are mecab-ko-dic's feature columns after the tag.
type Features struct {
	Semantic   string // semantic class: 인명, 지명, 행위 …; "" when the dictionary gives "*"
	Coda       string // "T" when the last syllable has a final consonant, "F" when not
	Reading    string // reading, for Hanja and some loanwords
	Type       string // Inflect, Compound, Preanalysis, or ""
	FirstPOS   string // first tag of an Inflect/Compound/Preanalysis entry
	LastPOS    string // last tag of such an entry
	Expression string // the entry's parts, "가/VV/*+았/EP/*"
}

// newFeatures is makeFeatures on the heap, for a Token to point at.
func newFeatures(c []string) *Features {
	f := makeFeatures(c)
	return &f
}

// noFeatures stands for the features of a Token that has none (the zero Token).
var noFeatures = &Features{}

// Part is one morpheme inside an Inflect, Compound or Preanalysis entry.
type Part struct {
	Surface  string
	POS      string
	Semantic string
}

func star(s string) string {
	if s == "*" {
		return ""
	}
	return s
}

func makeFeatures(c []string) Features {
	if len(c) < 7 {
		c = append(c[:len(c):len(c)], "*", "*", "*", "*", "*", "*", "*")
	}
	return Features{
		Semantic: star(c[0]), Coda: star(c[1]), Reading: star(c[2]), Type: star(c[3]),
		FirstPOS: star(c[4]), LastPOS: star(c[5]), Expression: star(c[6]),
	}
}

// parseExpression splits "가/VV/*+았/EP/*" into its parts. It cuts the string in place rather
// than splitting it into slices of fields: it runs for every Inflect or Compound entry a
// document meets.
func parseExpression(e string) []Part {
	if e == "" {
		return nil
	}
	var parts []Part
	for rest, more := e, true; more; {
		var p string
		p, rest, more = strings.Cut(rest, "+")
		surface, fields, ok := strings.Cut(p, "/")
		if !ok || surface == "" {
			// A "+" inside a surface ("+/SY/*") splits oddly; keep what can be read.
			continue
		}
		pos, fields, hasSemantic := strings.Cut(fields, "/")
		part := Part{Surface: surface, POS: pos}
		if hasSemantic {
			semantic, _, _ := strings.Cut(fields, "/")
			part.Semantic = star(semantic)
		}
		if parts == nil {
			parts = make([]Part, 0, strings.Count(e, "+")+1)
		}
		parts = append(parts, part)
	}
	return parts
}

// predicateTag reports whether a tag is a predicate stem that takes 다 in its dictionary form.
func predicateTag(tag string) bool {
	switch tag {
	case "VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA":
		return true
	}
	return false
}

// lemma gives the dictionary form of a token.
func lemma(surface, pos string, parts []Part) string {
	tag, _, _ := strings.Cut(pos, "+")
	if len(parts) > 0 && strings.Contains(pos, "+") {
		p := parts[0]
		if predicateTag(p.POS) {
			return p.Surface + "다"
		}
		return p.Surface
	}
	if predicateTag(tag) {
		return surface + "다"
	}
	return surface
}
