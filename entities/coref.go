package entities

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/freelist"
	"github.com/gisa-nlp/gisa/tokenize"
)

// Coreference: gather tagged spans into entities. People are tied across the full name
// (백상엽 카카오엔터프라이즈 대표), surname + title (백 대표), pronouns (그, 그녀) and omitted
// subjects; unnamed sources (업계 관계자) are entities of their own; organisations are tied
// across parenthesised aliases (과학기술정보통신부(과기정통부)) and abbreviations of a name
// given earlier.

// sortSpans orders spans by start, longer first.
func sortSpans(s []rawSpan) {
	slices.SortStableFunc(s, func(a, b rawSpan) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	})
}

// docEojeol is a whitespace-delimited word of the whole text.
type docEojeol struct {
	tokenize.Span
	tokLo, tokHi int    // its tokens
	stem         string // its nominal stem (tokens up to the first particle or ending)
	stemEnd      int    // byte end of the stem
	bare         bool   // the eojeol is its stem: no particle or ending follows
	sent         int32  // index of its sentence in the text's Sentences
	inQ          bool   // it starts inside the content of a quote
	role         role   // what its case particle makes of it
	facts        eojFacts
	stemRunes    uint8 // the stem's code points, up to maxStemRunes
}

// corefDoc is the view of a text that the coreference rules work on.
type corefDoc struct {
	src   string
	toks  []tokenize.Token
	tags  []string  // tags[k] is tokenize.FirstTag(toks[k].POS), computed once
	kinds []tagKind // kinds[k] is tagKindOf(tags[k]), computed once
	eojs  []docEojeol
	inner [][2]int     // the byte spans of the closed top-level quotes' contents
	ix    [3]spanIndex // spanIndex buffers, kept between texts: see spans
	// titledFound are the names titledNames found next to a title: people by construction
	titledFound []tokenize.Span
	used        []bool // personCandidates' eojeols taken by a titled mention (usedBuf)
}

// usedBuf returns d.used, n false values.
func (d *corefDoc) usedBuf(n int) []bool {
	if cap(d.used) < n {
		d.used = make([]bool, n)
	}
	d.used = d.used[:n]
	clear(d.used)
	return d.used
}

// spans returns the k-th of d's span indexes (0 the tagged spans, 1 the candidates taken,
// 2 the organisations), emptied.
func (d *corefDoc) spans(k int) *spanIndex {
	x := &d.ix[k]
	x.reset()
	return x
}

// corefPool keeps the corefDocs of past resolve calls, whose tag and eojeol slices are the
// largest allocations of coreference.
var corefPool = freelist.New[corefDoc]()

// newCorefDoc returns the view of txt, from corefPool; release gives it back.
func newCorefDoc(txt *tokenize.Text) *corefDoc {
	d := corefPool.Get()
	d.src, d.toks = txt.Source, txt.Tokens
	if cap(d.tags) < len(d.toks) {
		d.tags = make([]string, len(d.toks))
		d.kinds = make([]tagKind, len(d.toks))
	}
	d.tags, d.kinds = d.tags[:len(d.toks)], d.kinds[:len(d.toks)]
	nEoj := 0
	if n := len(d.toks); n > 0 {
		nEoj = d.toks[n-1].Eojeol - d.toks[0].Eojeol + 1
	}
	if cap(d.eojs) < nEoj {
		d.eojs = make([]docEojeol, 0, nEoj)
	}
	d.eojs = d.eojs[:0]
	for i := 0; i < len(d.toks); {
		// One pass over the tokens, which are large: their tags are taken on the way.
		d.tags[i] = tokenize.FirstTag(d.toks[i].POS)
		d.kinds[i] = tagKindOf(d.tags[i])
		j := i + 1
		for j < len(d.toks) && d.toks[j].Eojeol == d.toks[i].Eojeol {
			d.tags[j] = tokenize.FirstTag(d.toks[j].POS)
			d.kinds[j] = tagKindOf(d.tags[j])
			j++
		}
		e := docEojeol{Span: tokenize.Span{Start: d.toks[i].Start, End: d.toks[j-1].End}, tokLo: i, tokHi: j}
		k := i
		for k < j && d.kinds[k].is(kindMark) { // openMarkTag
			k++
		}
		s := k
		for k < j && d.kinds[k].is(kindStem) && !d.kinds[k].is(kindMark) { // stemTag, not openMarkTag
			k++
		}
		if k > s && d.valid(d.toks[s].Start, d.toks[k-1].End) {
			e.stem = d.src[d.toks[s].Start:d.toks[k-1].End]
			e.stemEnd = d.toks[k-1].End
		}
		e.bare = k == j
		if d.valid(e.Start, e.End) {
			wordFacts(d.src, &e)
			d.eojs = append(d.eojs, e)
		}
		i = j
	}
	d.markDiscourse(txt)
	return d
}

// release gives d back to corefPool, holding no text; d is not used after.
func (d *corefDoc) release() {
	clear(d.tags)
	clear(d.kinds)
	clear(d.eojs)
	d.src, d.toks, d.tags, d.kinds, d.eojs, d.inner = "", nil, d.tags[:0], d.kinds[:0], d.eojs[:0], d.inner[:0]
	d.titledFound = d.titledFound[:0]
	corefPool.Put(d)
}

// valid reports whether [lo, hi) is a usable byte span of the source.
func (d *corefDoc) valid(lo, hi int) bool { return 0 <= lo && lo <= hi && hi <= len(d.src) }

// openMarkTag reports whether a token's tag is that of an opening quote or bracket or other
// symbol.
func openMarkTag(tag string) bool {
	switch tag {
	case "SSO", "SSC", "SY", "SF", "SP", "SE", "SC":
		return true
	}
	return false
}

// eojAt returns the index of the eojeol starting at or containing byte b, -1 for none.
func (d *corefDoc) eojAt(b int) int {
	i := sort.Search(len(d.eojs), func(k int) bool { return d.eojs[k].End > b })
	if i < len(d.eojs) && d.eojs[i].Start <= b {
		return i
	}
	return -1
}

// titleOf returns the title an eojeol's stem names (대표 in 대표는), or "".
func (d *corefDoc) titleOf(e int) string {
	if ej := &d.eojs[e]; ej.is(factTitle) { // titles[stem]
		return ej.stem
	}
	return ""
}

// entityBuilder accumulates entities in order of first mention.
type entityBuilder struct {
	ents []*Entity
	by   map[[2]string]*Entity // (type, key) -> entity
	last map[*Entity]int       // byte start of the latest mention
	slab []Entity              // where new entities are made, a chunk at a time
	ms   []Mention             // where entities' first mentions go, a chunk at a time
	kept []rawSpan             // resolve's valid spans
	// the mentions of the entities with mentionScan or more, for add
	given map[mentionKey]struct{}

	// resolveOrgs' occurrences, groups (parent), canonical names, names by span and
	// names seen.
	occs    []orgOcc
	parent  map[string]string
	canon   map[string]string
	written map[string]string // a name and its bracketed alias as first written together
	at      map[tokenize.Span]string
	seen    orgNames
}

// orgOcc is an occurrence of an organisation's name, or of its alias.
type orgOcc struct {
	tokenize.Span
	text string
}

// builderPool keeps entity builders between documents: their maps and lists are cleared,
// not made anew (see newEntityBuilder and release).
var builderPool = freelist.New[entityBuilder]()

// newEntityBuilder returns an empty builder.
func newEntityBuilder() *entityBuilder {
	b := builderPool.Get()
	if b.by == nil {
		b.by, b.last = map[[2]string]*Entity{}, map[*Entity]int{}
		b.parent, b.canon, b.at = map[string]string{}, map[string]string{}, map[tokenize.Span]string{}
		b.written = map[string]string{}
	}
	return b
}

// release empties b and returns it to the pool. The entities made in the slab have been
// copied out by then; the mention chunks belong to them and are left to them.
func (b *entityBuilder) release() {
	clear(b.by)
	clear(b.last)
	clear(b.ents)
	clear(b.slab)
	clear(b.kept)
	clear(b.occs)
	clear(b.parent)
	clear(b.canon)
	clear(b.written)
	clear(b.at)
	clear(b.given)
	b.seen.reset()
	b.ents, b.slab, b.kept, b.ms, b.occs = b.ents[:0], b.slab[:0], b.kept[:0], nil, b.occs[:0]
	builderPool.Put(b)
}

// entityChunk is how many entities an entityBuilder allocates at once.
const entityChunk = 16

// firstMentions is how many mentions of an entity fit in its window of entityBuilder.ms.
const firstMentions = 2

func (b *entityBuilder) get(typ, key, name string) *Entity {
	if e := b.by[[2]string{typ, key}]; e != nil {
		return e
	}
	// The slab is never grown in place: a full one is left to the entities made in it.
	if len(b.slab) == cap(b.slab) {
		b.slab = make([]Entity, 0, entityChunk)
	}
	b.slab = append(b.slab, Entity{Name: name, Type: typ})
	e := &b.slab[len(b.slab)-1]
	b.by[[2]string{typ, key}] = e
	b.ents = append(b.ents, e)
	return e
}

// mentionScan is how many mentions of an entity add compares a new one with; past it, it
// looks the span up in entityBuilder.given, so that adding stays cheap however often a long
// text names the entity.
const mentionScan = 16

// mentionKey is an entity's mention span, in entityBuilder.given.
type mentionKey struct {
	e  *Entity
	sp tokenize.Span
}

// add adds m to e's mentions unless e has a mention of that span already.
func (b *entityBuilder) add(e *Entity, m Mention) {
	if len(e.Mentions) < mentionScan {
		for _, x := range e.Mentions {
			if x.Span == m.Span {
				return
			}
		}
	} else {
		if _, ok := b.given[mentionKey{e, m.Span}]; ok {
			return
		}
		b.given[mentionKey{e, m.Span}] = struct{}{}
	}
	if e.Mentions == nil {
		// The first mentions of an entity go to a window of a shared chunk (capped, so that
		// an entity's later mentions move out of it rather than over its neighbour's).
		if cap(b.ms)-len(b.ms) < firstMentions {
			b.ms = make([]Mention, 0, entityChunk*firstMentions)
		}
		n := len(b.ms)
		b.ms = b.ms[:n+firstMentions]
		e.Mentions = b.ms[n : n : n+firstMentions]
	}
	e.Mentions = append(e.Mentions, m)
	if len(e.Mentions) == mentionScan {
		if b.given == nil {
			b.given = map[mentionKey]struct{}{}
		}
		for _, x := range e.Mentions {
			b.given[mentionKey{e, x.Span}] = struct{}{}
		}
	}
	if m.Start > b.last[e] {
		b.last[e] = m.Start
	}
}

// resolve gathers spans into entities.
func resolve(txt *tokenize.Text, spans []rawSpan) []Entity {
	d := newCorefDoc(txt)
	defer d.release() // the entities hold only spans and strings of the source
	b := newEntityBuilder()
	defer b.release() // out holds copies of the entities
	mention := func(lo, hi int) Mention {
		return Mention{Span: tokenize.Span{Start: lo, End: hi}, Text: d.src[lo:hi]}
	}
	kept := b.kept[:0]
	for _, s := range spans {
		if d.valid(s.Start, s.End) && s.Start < s.End {
			kept = append(kept, s)
		}
	}
	b.kept = kept
	spans = propagate(d, titledNames(d, kept))

	orgName := resolveOrgs(d, spans, b, mention)
	l := &linker{d: d, b: b, orgName: orgName}
	for _, c := range personCandidates(d, spans) {
		l.add(c)
	}
	for _, s := range spans {
		switch s.Type {
		case Person, Organization:
			continue
		}
		text := d.src[s.Start:s.End]
		b.add(b.get(s.Type, text, text), mention(s.Start, s.End))
	}
	mergeTitled(b)
	// The entities with mentions, each's in order, in order of their first (a stable sort of
	// the pointers rather than of the large Entity values: the same order, copied once).
	ents := b.ents[:0]
	for _, e := range b.ents {
		if len(e.Mentions) == 0 {
			continue
		}
		slices.SortFunc(e.Mentions, func(x, y Mention) int { return x.Start - y.Start })
		ents = append(ents, e)
	}
	slices.SortStableFunc(ents, func(x, y *Entity) int { return x.Mentions[0].Start - y.Mentions[0].Start })
	out := make([]Entity, len(ents))
	for i, e := range ents {
		out[i] = *e
	}
	return out
}

// sourceNounList is sourceNouns longest first, so the first suffix found is the longest; a
// slice is cheaper to walk for every eojeol than a map.
var sourceNounList = longestFirst(sourceNouns)

// sourceEntity reports whether e is an unnamed source (업계 관계자).
func sourceEntity(e *Entity) bool {
	for _, n := range sourceNounList {
		if strings.HasSuffix(e.Name, n) {
			return true
		}
	}
	return false
}

// propagate tags the other occurrences of a name found somewhere in the text: an eojeol whose
// stem is exactly a person's full name or an organisation's name gets that type where the
// tagger left it untagged (카카오도 in a headline, once 카카오 is an organisation below).
func propagate(d *corefDoc, spans []rawSpan) []rawSpan {
	names := map[string]string{}
	for _, s := range spans {
		text := d.src[s.Start:s.End]
		switch {
		case s.Type == Organization && utf8.RuneCountInString(text) >= 2:
			names[text] = Organization
		case s.Type == Person && utf8.RuneCountInString(text) >= 2 && !strings.ContainsRune(text, ' '):
			names[text] = Person
		}
	}
	if len(names) == 0 {
		return spans
	}
	minLen, maxLen := len(d.src), 0 // the names' byte lengths, to pass over most stems
	for n := range names {
		minLen, maxLen = min(minLen, len(n)), max(maxLen, len(n))
	}
	tagged := d.spans(0)
	for _, s := range spans {
		tagged.add(s.Span)
	}
	out := spans
	for i := range d.eojs {
		ej := &d.eojs[i]
		if len(ej.stem) < minLen || len(ej.stem) > maxLen {
			continue
		}
		typ, ok := names[ej.stem]
		if !ok {
			continue
		}
		lo, hi := ej.stemEnd-len(ej.stem), ej.stemEnd
		if !tagged.overlaps(tokenize.Span{Start: lo, End: hi}) {
			out = append(out, rawSpan{Span: tokenize.Span{Start: lo, End: hi}, Type: typ})
		}
	}
	sortSpans(out)
	return out
}

// mergeTitled folds a person known only by surname and title (백 대표, before any full name)
// into the one full-named person with that surname and a matching title, when there is one.
func mergeTitled(b *entityBuilder) {
	for _, e := range b.ents {
		if e.Type != Person || len(e.Mentions) == 0 || !strings.Contains(e.Name, " ") || e.Title == "" {
			continue
		}
		surname, _, _ := strings.Cut(e.Name, " ")
		var match *Entity
		n := 0
		for _, f := range b.ents {
			if f == e || f.Type != Person || len(f.Mentions) == 0 || strings.ContainsRune(f.Name, ' ') ||
				!strings.HasPrefix(f.Name, surname) || utf8.RuneCountInString(f.Name) < 2 ||
				(f.Title != "" && f.Title != e.Title) || sourceEntity(f) {
				continue
			}
			match, n = f, n+1
		}
		if n == 1 {
			match.Mentions = append(match.Mentions, e.Mentions...)
			if match.Title == "" {
				match.Title = e.Title
			}
			e.Mentions = nil
		}
	}
}
