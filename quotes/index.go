package quotes

import (
	"slices"
	"sort"
	"strings"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/tokenize"
)

// The index below keeps resolving one speaker as cheap in a long article as in a short one:
// entityAt and omittedSubject read the few entity mentions that can answer instead of every
// mention of the article, with the answers of reading them all (TestIndexesAgreeWithScans). A
// news article has a few dozen: up to scanUpTo they are read in full, as fast as an index and
// with none to build.

// scanUpTo is how many entity mentions are read in full rather than indexed (doc.scanUpTo, set
// from it; a variable so that the tests can index every article or none).
var scanUpTo = 128

// entMention is a mention of an entity, for entityIndex.
type entMention struct {
	start, end int
	ent, k     int // index in doc.ents, and of the mention in its entity's
}

// entityIndex holds the mentions of the entities fit to be speakers.
type entityIndex struct {
	spans   []entMention // the non-empty mentions of good people and organisations, by start
	longest int          // the longest of them, in bytes
	omitted map[int]omission
}

// omission is the first good entity (index in doc.ents) with an empty mention at an offset: the
// recogniser's understood subject there.
type omission struct {
	ent int
	m   Mention
}

// entityIndex returns d's entity index, made on first use; nil when the entities have at
// most scanUpTo mentions.
func (d *doc) entityIndex() *entityIndex {
	if d.entIdx != nil || d.fewMentions {
		return d.entIdx
	}
	n := 0
	for i := range d.ents {
		n += len(d.ents[i].Mentions)
	}
	if n <= d.scanUpTo {
		d.fewMentions = true
		return nil
	}
	x := &entityIndex{omitted: map[int]omission{}}
	for i := range d.ents {
		e := &d.ents[i]
		if !d.goodEntity(i) {
			continue
		}
		speaker := e.Type == "PERSON" || e.Type == "ORGANIZATION"
		for k, m := range e.Mentions {
			switch {
			case m.Start == m.End:
				if _, ok := x.omitted[m.Start]; !ok {
					x.omitted[m.Start] = omission{i, m}
				}
			case speaker && m.End > m.Start:
				x.spans = append(x.spans, entMention{m.Start, m.End, i, k})
				x.longest = max(x.longest, m.End-m.Start)
			}
		}
	}
	slices.SortFunc(x.spans, func(a, b entMention) int { return a.start - b.start })
	d.entIdx = x
	return x
}

// entityAt is the person or organisation entity that a phrase names (see mentionScore), or
// nil. Entities whose name is only a title, a pronoun or one syllable are skipped: they
// are the recogniser's leftovers, not names.
func (d *doc) entityAt(s tokenize.Span) *entities.Entity {
	if x := d.entityIndex(); x != nil {
		if i := x.overlapping(d, s); i >= 0 {
			return &d.ents[i]
		}
		return nil
	}
	var best *entities.Entity
	bestScore := 0
	head, headEnd := d.titleHead(s), d.headWordEnd(s)
	for i := range d.ents {
		e := &d.ents[i]
		if (e.Type != "PERSON" && e.Type != "ORGANIZATION") || !d.goodEntity(i) {
			continue
		}
		for _, m := range e.Mentions {
			if m.End <= m.Start || m.Start >= s.End || s.Start >= m.End {
				continue
			}
			if score := mentionScore(e.Type, m.Span, s, headEnd, head); score > bestScore {
				best, bestScore = e, score
			}
		}
	}
	return best
}

// mentionScore ranks an entity's mention m overlapping a phrase s as the entity s names: a
// body whose mention holds the phrase's head names it (김영수 박사팀 is the team, 기시다 후미오
// 일본 정부 the government), unless the head is a title; else a person in it (GS리테일 허연수
// 부회장 is 허연수); else the longest overlap. headEnd is where s's head ends, before a
// bracketed aside (카빈다해방전선 (FLEC)); titleHead is whether s ends with a title.
func mentionScore(typ string, m, s tokenize.Span, headEnd int, titleHead bool) int {
	score := min(m.End, s.End) - max(m.Start, s.Start)
	switch {
	case typ == "PERSON":
		score += 1 << 21
	case m.End >= headEnd && !titleHead:
		score += 1 << 22
	default:
		return 0 // an organisation inside a longer phrase is not what it names (독일 축구 협회)
	}
	return score
}

// omittedSubject is the entity the recogniser reads as the understood subject of the reporting
// verb at word v (a mention with an empty span at the verb), or nil.
func (d *doc) omittedSubject(v int) *Speaker {
	if v < 0 || v >= len(d.words) {
		return nil
	}
	at := d.words[v].Start
	if x := d.entityIndex(); x != nil {
		o, ok := x.omitted[at]
		if !ok {
			return nil
		}
		e := &d.ents[o.ent]
		return &Speaker{Name: e.Name, Title: e.Title, Org: e.Org, Mention: o.m}
	}
	for i := range d.ents {
		e := &d.ents[i]
		if !d.goodEntity(i) {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start == m.End && m.Start == at {
				return &Speaker{Name: e.Name, Title: e.Title, Org: e.Org, Mention: m}
			}
		}
	}
	return nil
}

// overlapping returns the entity entityAt gives for s, -1 for none: the best mentionScore
// of the mentions overlapping s, the first in d.ents' order on a tie.
func (x *entityIndex) overlapping(d *doc, s tokenize.Span) int {
	// A mention overlapping s starts after s.Start − longest and before s.End.
	k := sort.Search(len(x.spans), func(k int) bool { return x.spans[k].start > s.Start-x.longest })
	var best entMention
	bestScore := 0
	head, headEnd := d.titleHead(s), d.headWordEnd(s)
	for ; k < len(x.spans) && x.spans[k].start < s.End; k++ {
		m := x.spans[k]
		if s.Start >= m.end {
			continue
		}
		score := mentionScore(d.ents[m.ent].Type, tokenize.Span{Start: m.start, End: m.end}, s, headEnd, head)
		if score > bestScore || score == bestScore && (m.ent < best.ent || m.ent == best.ent && m.k < best.k) {
			best, bestScore = m, score
		}
	}
	if bestScore == 0 {
		return -1
	}
	return best.ent
}

// headWordEnd is where phrase s ends without a bracketed aside after its head (미 연방수사국(FBI):
// the head ends before the bracket, where the name's mention ends).
func (d *doc) headWordEnd(s tokenize.Span) int {
	t := d.src[s.Start:s.End]
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i > 0 {
			return s.Start + len(strings.TrimRight(t[:i], " "))
		}
	}
	return s.End
}
