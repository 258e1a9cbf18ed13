package entities

import (
	_ "embed"
	"fmt"
	"io"
	"os"
	"sort"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/freelist"
	"github.com/gisa-nlp/gisa/internal/mapfile"
	"github.com/gisa-nlp/gisa/tokenize"
)

// Entity types, as SCHEMA.md names them.
const (
	Person       = "PERSON"
	Organization = "ORGANIZATION"
	Location     = "LOCATION"
	Date         = "DATE"
	Time         = "TIME"
	Quantity     = "QUANTITY"
	Product      = "PRODUCT"
	Event        = "EVENT"
)

// Mention is one place in the text where an entity is named or referred to. Span holds byte
// offsets into tokenize.Text.Source and Text is Source[Start:End]. A mention with Start == End
// and empty Text marks an omitted subject: the clause whose reporting verb starts at Start has
// this person as its understood subject.
type Mention struct {
	tokenize.Span
	Text string
}

// Entity is a person, organisation, place, date, time, quantity, product or event with every
// mention of it in one text. Name is the fullest form; Title and Org are set for people when
// the text gives them (백상엽 카카오엔터프라이즈 대표).
type Entity struct {
	Name     string
	Type     string
	Title    string
	Org      string
	Mentions []Mention
}

// Recognizer finds entities with the embedded KLUE-trained tagger and gathers their mentions.
// It is safe for concurrent use.
type Recognizer struct {
	model *NERModel
	pool  *freelist.List[tagger]
}

//go:embed model/ner.model
var embeddedModel []byte

// models holds the embedded model as loaded in this process, per cache directory.
var models mapfile.PerDir[*NERModel]

// Option configures NewRecognizerWith.
type Option func(*options)

// options is what the Options set: where the tagger's compiled table is kept.
type options struct{ cache mapfile.Cache }

// WithCacheDir keeps the tagger's compiled table in dir instead of $GISA_CACHE_DIR or the
// user's cache directory.
func WithCacheDir(dir string) Option { return func(o *options) { o.cache.Dir = dir } }

// WithLog sends the notices about the compiled table (being compiled, found damaged, or not
// kept because the cache directory cannot be written) to w instead of standard error; nil
// drops them.
func WithLog(w io.Writer) Option { return func(o *options) { o.cache.Log = w } }

// NewRecognizer loads the embedded model (once per process and cache directory: its table
// mapped from the cache, or built and cached the first time) and returns a Recognizer. Its
// cache is $GISA_CACHE_DIR or the user's cache directory, its notices go to standard error;
// NewRecognizerWith takes options for both.
func NewRecognizer() (*Recognizer, error) { return NewRecognizerWith() }

// NewRecognizerWith is NewRecognizer with options: where the tagger's compiled table is kept
// (WithCacheDir) and where notices about it go (WithLog).
func NewRecognizerWith(opts ...Option) (*Recognizer, error) {
	o := options{cache: mapfile.Cache{Log: os.Stderr}}
	for _, opt := range opts {
		opt(&o)
	}
	m, err := models.Get(o.cache, nerFile(), func() (*NERModel, error) { return loadEmbeddedModel(o.cache) })
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	return NewRecognizerWithModel(m), nil
}

// NewRecognizerWithModel returns a Recognizer that tags with m instead of the embedded model.
func NewRecognizerWithModel(m *NERModel) *Recognizer {
	r := &Recognizer{model: m, pool: freelist.New[tagger]()}
	return r
}

// Recognize tags txt and returns its entities in order of first mention, each with all its
// mentions: people tied across full names, surname + title (백 대표), pronouns (그, 그녀) and
// omitted subjects; organisations across parenthesised aliases and abbreviations.
func (r *Recognizer) Recognize(txt *tokenize.Text) []Entity {
	if txt == nil || txt.Source == "" || !txt.ValidUTF8() {
		return nil
	}
	spans := r.tag(txt)
	spans = markedNames(txt.Source, spans)
	return resolve(txt, spans)
}

// rawSpan is one tagged entity occurrence before coreference.
type rawSpan struct {
	tokenize.Span
	Type string
}

// kindOf maps KLUE's types to SCHEMA.md's.
var kindOf = map[string]string{"PS": Person, "LC": Location, "OG": Organization, "DT": Date, "TI": Time, "QT": Quantity}

// maxSeq bounds the code points tagged as one sequence; longer sentences are cut at spaces.
const maxSeq = 400

// tag runs the tagger over every sentence of txt and returns entity spans in bytes, in order.
func (r *Recognizer) tag(txt *tokenize.Text) []rawSpan {
	tg := r.pool.Get()
	defer r.pool.Put(tg)
	src := txt.Source
	sents := txt.Sentences
	if len(sents) == 0 {
		sents = []tokenize.Sentence{{Span: tokenize.Span{Start: 0, End: len(src)}, Tokens: txt.Tokens}}
	}
	var out []rawSpan
	for _, s := range sents {
		if s.Start < 0 || s.End > len(src) || s.Start >= s.End {
			continue
		}
		tg.chunks = chunks(src, s.Span, tg.chunks[:0])
		for _, c := range tg.chunks {
			toks := tokensIn(s.Tokens, c)
			seq := tg.seq.reset(src[c.Start:c.End], toks, c.Start)
			for _, sp := range refine(seq, labelSpans(r.model.decode(seq, tg))) {
				out = append(out, rawSpan{
					Span: tokenize.Span{Start: c.Start + seq.off[sp.Start], End: c.Start + seq.off[sp.End]},
					Type: kindOf[sp.Type],
				})
			}
		}
	}
	return out
}

// chunks cuts span sp of src into pieces of at most maxSeq code points, at spaces when it can,
// and appends them to out.
func chunks(src string, sp tokenize.Span, out []tokenize.Span) []tokenize.Span {
	if sp.Start < sp.End && sp.End-sp.Start <= maxSeq { // no more code points than bytes
		return append(out, sp)
	}
	start := sp.Start
	for start < sp.End {
		end, n, lastSpace := start, 0, -1
		for end < sp.End && n < maxSeq {
			r, size := utf8.DecodeRuneInString(src[end:])
			if r == ' ' || r == '\n' || r == '\t' {
				lastSpace = end
			}
			end += size
			n++
		}
		if end < sp.End && lastSpace > start {
			end = lastSpace + 1
		}
		out = append(out, tokenize.Span{Start: start, End: end})
		start = end
	}
	return out
}

// tokensIn returns the tokens lying inside span c.
func tokensIn(toks []tokenize.Token, c tokenize.Span) []tokenize.Token {
	lo := 0
	if len(toks) > 0 && toks[0].Start < c.Start {
		// A later chunk of a long sentence (the first and most start with its first token).
		lo = sort.Search(len(toks), func(i int) bool { return toks[i].Start >= c.Start })
	}
	hi := lo
	for hi < len(toks) && toks[hi].End <= c.End {
		hi++
	}
	return toks[lo:hi]
}
