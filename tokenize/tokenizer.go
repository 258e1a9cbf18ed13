package tokenize

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/freelist"
	"github.com/gisa-nlp/gisa/internal/mapfile"
)

// Tokenizer splits Korean text into morphemes with mecab-ko-dic 2.1.1, reproducing MeCab's
// (and, with the space penalty, mecab-ko's) analysis. A Tokenizer is safe for concurrent use.
type Tokenizer struct {
	dict         *dictionary
	user         *UserDict
	spacePenalty bool
	cache        mapfile.Cache
	pool         *freelist.List[lattice]
	unkFeats     []*Features // the features of each unknown-word entry, shared by its tokens
}

// Option configures a Tokenizer.
type Option func(*Tokenizer)

// WithSpacePenalty turns mecab-ko's left-space penalty on or off (on by default). Off, the
// analysis is plain MeCab 0.996's over the same dictionary.
func WithSpacePenalty(on bool) Option { return func(t *Tokenizer) { t.spacePenalty = on } }

// WithUserDict adds a user dictionary whose entries compete with the system dictionary's.
func WithUserDict(u *UserDict) Option { return func(t *Tokenizer) { t.user = u } }

// WithCacheDir keeps the compiled dictionary in dir instead of $GISA_CACHE_DIR or the user's
// cache directory (see New).
func WithCacheDir(dir string) Option { return func(t *Tokenizer) { t.cache.Dir = dir } }

// WithLog sends the notices about the compiled dictionary (being compiled, found damaged, or
// not kept because the cache directory cannot be written) to w instead of standard error; nil
// drops them.
func WithLog(w io.Writer) Option { return func(t *Tokenizer) { t.cache.Log = w } }

// New loads the system dictionary and returns a Tokenizer. The dictionary is loaded once per
// process and cache directory: mapped from its compiled copy in the cache (a few
// milliseconds), or, the first time or when that copy is damaged, compiled from
// kagome-dict-ko (about 5 CPU-seconds and 1 GB) and written there for the next process.
// When the cache directory cannot be written, every process compiles it again, and says so
// once.
func New(opts ...Option) (*Tokenizer, error) {
	t := &Tokenizer{spacePenalty: true, cache: mapfile.Cache{Log: os.Stderr}}
	for _, o := range opts {
		o(t)
	}
	d, err := loadSystemDict(t.cache)
	if err != nil {
		return nil, err
	}
	t.init(d)
	return t, nil
}

// newTokenizer returns a Tokenizer over dictionary d.
func newTokenizer(d *dictionary, opts ...Option) *Tokenizer {
	t := &Tokenizer{spacePenalty: true}
	for _, o := range opts {
		o(t)
	}
	t.init(d)
	return t
}

// init sets the Tokenizer up over dictionary d.
func (t *Tokenizer) init(d *dictionary) {
	t.dict = d
	t.pool = freelist.New[lattice]()
	for _, c := range d.meta.UnkContents {
		t.unkFeats = append(t.unkFeats, newFeatures(c))
	}
}

// PrepareBulk readies the tokenizer for a long input: the dictionary tables it reads at random
// (about 50 MB) move to huge pages now, as they otherwise do by themselves after the first
// megabyte of text. The move costs about 0.1 CPU-second once per process and repays it after
// one to two megabytes, so call it when at least that much is known to be coming (BulkBytes).
// It does nothing where transparent huge pages are not to be had, or when done before. Output
// is the same either way.
func (t *Tokenizer) PrepareBulk() { t.dict.promoteTables() }

// BulkBytes is the input size past which PrepareBulk pays for itself with room to spare.
const BulkBytes = 2 << 20

// InvalidUTF8Error reports input that is not valid UTF-8.
type InvalidUTF8Error struct {
	Offset int // byte offset of the first invalid byte
}

func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("invalid UTF-8 at byte offset %d", e.Offset)
}

// ValidateUTF8 returns an *InvalidUTF8Error naming the first invalid byte of s, or nil.
func ValidateUTF8(s string) error {
	if utf8.ValidString(s) {
		return nil
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return &InvalidUTF8Error{Offset: i}
		}
		i += size
	}
	return nil
}

// runeCount is utf8.RuneCountInString(s). When s is known to be valid UTF-8, where every code
// point has exactly one byte that is not a continuation byte (10xxxxxx), it counts those
// bytes instead of decoding.
func runeCount(s string, valid bool) int {
	if !valid {
		return utf8.RuneCountInString(s)
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xc0 != 0x80 {
			n++
		}
	}
	return n
}

// Tokenize analyses text line by line (a line is what MeCab analyses as one sentence) and
// returns its morphemes with offsets into text. Whitespace is never a token.
func (t *Tokenizer) Tokenize(text string) ([]Token, error) {
	if err := ValidateUTF8(text); err != nil {
		return nil, err
	}
	return t.appendTokens(nil, text, true), nil
}

// AppendTokens appends the morphemes of text, which must be valid UTF-8, to dst.
func (t *Tokenizer) AppendTokens(dst []Token, text string) []Token {
	return t.appendTokens(dst, text, utf8.ValidString(text))
}

// appendTokens is AppendTokens for text known to be valid UTF-8 or not.
func (t *Tokenizer) appendTokens(dst []Token, text string, valid bool) []Token {
	lt := t.pool.Get()
	defer t.pool.Put(lt)
	t.dict.count(len(text))
	runeOff, bytePos := 0, 0 // code point offset at byte offset bytePos
	eojeol, lastEnd := -1, -1
	for lineStart := 0; lineStart < len(text); {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		line := text[lineStart:lineEnd]
		path := t.viterbi(lt, line)
		if cap(dst)-len(dst) < len(path) {
			// Grow once for the rest of the text (news runs about 5 bytes a morpheme) rather
			// than doubling a slice of large structs line after line.
			dst = slices.Grow(dst, len(path)+(len(text)-lineEnd)/4)
		}
		for _, k := range path {
			n := &lt.nodes[k]
			start, end := lineStart+int(n.start), lineStart+int(n.end)
			if n.spaced() || lastEnd < 0 || lastEnd != start {
				eojeol++
			}
			lastEnd = end
			runeOff += runeCount(text[bytePos:start], valid)
			rs := runeOff
			runeOff += runeCount(text[start:end], valid)
			bytePos = end
			dst = dst[:len(dst)+1] // the room was made above
			t.setToken(dst, len(dst)-1, lt, n, text[start:end], Span{start, end}, Span{rs, runeOff}, eojeol)
		}
		lineStart = lineEnd + 1
	}
	return dst
}

// setToken fills toks[i] with the output of node n, in place: a Token is 128 bytes, and
// building it elsewhere to copy it in cost a copy per morpheme.
//
// The token slice is often fresh memory from the operating system, whose pages are mapped on
// their first touch. A page first read is mapped to the shared zero page and copied again on
// the write that follows: two faults and a TLB flush on every core instead of one fault, which
// cost 2 % of gisa analyze's CPU time. So the token's first touch is a write of plain data:
// it is named by slice and index, not by a pointer whose nil check would read it, and its
// fields are stored one by one, numbers first, rather than as one struct, whose write barrier
// reads the old pointers while the garbage collector runs.
func (t *Tokenizer) setToken(toks []Token, i int, lt *lattice, n *node, surface string, span, runes Span, eojeol int) {
	tok := &toks[i]
	tok.Span, tok.Runes, tok.Eojeol = span, runes, eojeol
	var (
		pos           string
		feats         *Features
		parts         []Part
		unknown, user bool
	)
	id := n.id()
	switch n.src() {
	case srcSystem:
		// A system entry always decodes to the same tag, features, parts and lemma, and a few
		// hundred entries (particles, endings, 것, 있다) make most of any text.
		c := &lt.entries[id&(entryCacheSize-1)]
		if c.id != id+1 {
			var f [7]string
			t.dict.features(id, &f)
			c.id = id + 1
			c.pos, c.feats = t.dict.pos(id), lt.newFeatures(f[:])
			c.parts = nil
			if c.feats.Type != "" {
				c.parts = parseExpression(c.feats.Expression)
			}
			c.lemma = lemma(surface, c.pos, c.parts)
		}
		tok.Unknown, tok.User = false, false
		tok.Surface, tok.POS, tok.Features, tok.Parts, tok.Lemma = surface, c.pos, c.feats, c.parts, c.lemma
		return
	case srcUnknown:
		pos, feats, unknown = t.dict.meta.UnkPOS[id], t.unkFeats[id], true
	case srcUser:
		e := &t.user.entries[id]
		pos, feats, user = e.pos, e.feats, true
	}
	if feats.Type != "" {
		parts = parseExpression(feats.Expression)
	}
	tok.Unknown, tok.User = unknown, user
	tok.Surface, tok.POS, tok.Features, tok.Parts, tok.Lemma = surface, pos, feats, parts, lemma(surface, pos, parts)
}

// MeCabFeature is the token's feature string as MeCab prints it: "NNG,행위,T,여행,*,*,*,*".
func (t Token) MeCabFeature() string { return string(t.AppendMeCabFeature(nil)) }

// AppendMeCabFeature appends the token's MeCab feature string to b.
func (t Token) AppendMeCabFeature(b []byte) []byte {
	f := t.Features
	if f == nil {
		f = noFeatures
	}
	for i, c := range [...]string{t.POS, f.Semantic, f.Coda, f.Reading, f.Type, f.FirstPOS, f.LastPOS, f.Expression} {
		if i > 0 {
			b = append(b, ',')
		}
		if c == "" {
			c = "*"
		}
		b = append(b, c...)
	}
	return b
}
