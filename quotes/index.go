package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/tokenize"
)

// The indexes below keep resolving one speaker as cheap in a long article as in a short one:
// entityAt, omittedSubject, findPerson and latestTeam read the few entries that can answer
// instead of every entity mention, person and team of the article, with the answers of reading
// them all (TestIndexesAgreeWithScans). A news article has a few dozen of each: up to
// scanUpTo they are read in full, as fast as an index and with none to build.

// scanUpTo is how many entity mentions, people or teams are read in full rather than indexed
// (doc.scanUpTo, set from it; a variable so that the tests can index every article or none).
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

// entityAt is the person or organisation entity with a mention overlapping span, a person
// first, or nil. Entities whose name is only a title, a pronoun or one syllable are skipped: they
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
	for i := range d.ents {
		e := &d.ents[i]
		if (e.Type != "PERSON" && e.Type != "ORGANIZATION") || !d.goodEntity(i) {
			continue
		}
		for _, m := range e.Mentions {
			if m.End <= m.Start || m.Start >= s.End || s.Start >= m.End {
				continue
			}
			if score := mentionScore(e.Type, m.Span, s); score > bestScore {
				best, bestScore = e, score
			}
		}
	}
	return best
}

// mentionScore ranks an entity's mention m overlapping a phrase s as the entity s names: the
// mention that holds the phrase's head names it (김영수 박사팀 is the team), else a person in
// it (GS리테일 허연수 부회장 is 허연수), else the longest overlap.
func mentionScore(typ string, m, s tokenize.Span) int {
	score := min(m.End, s.End) - max(m.Start, s.Start)
	if typ == "PERSON" {
		score += 1 << 20
	}
	if m.End >= s.End {
		score += 1 << 21
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
	for ; k < len(x.spans) && x.spans[k].start < s.End; k++ {
		m := x.spans[k]
		if s.Start >= m.end {
			continue
		}
		score := mentionScore(d.ents[m.ent].Type, tokenize.Span{Start: m.start, End: m.end}, s)
		if score > bestScore || score == bestScore && (m.ent < best.ent || m.ent == best.ent && m.k < best.k) {
			best, bestScore = m, score
		}
	}
	if bestScore == 0 {
		return -1
	}
	return best.ent
}

// personKey is what findPerson answers with: introductions with one key are of one person.
type personKey struct{ name, title, org string }

// personGroup is the introductions of one person.
type personGroup struct {
	key   personKey
	first int   // index in doc.people of its first introduction
	ats   []int // the offsets it was introduced at, ascending, each once
	idx   []int // idx[k]: the first index in doc.people of an introduction at ats[k]
}

// peopleIndex holds doc.people by person, and the persons by the part of their name or title
// each kind of findPerson query names. It is made when doc.people grows past scanUpTo.
type peopleIndex struct {
	byKey   map[personKey]*personGroup
	all     []*personGroup          // by first introduction
	byFirst map[rune][]*personGroup // by the first code point of the name
	byLast  map[string][]*personGroup
	byTitle map[rune][]*personGroup // by the last code point of the title
	odd     []*personGroup          // no title, or a name or title not valid UTF-8: read by every query
	names   map[string]bool         // every name introduced
}

// addPersonAt appends p to d.people, and indexes it when there are more than scanUpTo.
func (d *doc) addPersonAt(p person) {
	d.people = append(d.people, p)
	if x := &d.pidx; x.byKey != nil {
		x.add(p, len(d.people)-1)
	} else if len(d.people) > d.scanUpTo {
		x.byKey, x.byFirst, x.byLast, x.byTitle = map[personKey]*personGroup{}, map[rune][]*personGroup{}, map[string][]*personGroup{}, map[rune][]*personGroup{}
		x.names = map[string]bool{}
		for i, p := range d.people {
			x.add(p, i)
		}
	}
}

// isPerson reports whether name was introduced as a person.
func (d *doc) isPerson(name string) bool {
	if d.pidx.names != nil {
		return d.pidx.names[name]
	}
	for _, p := range d.people {
		if p.name == name {
			return true
		}
	}
	return false
}

// add indexes p, the idx-th of doc.people.
func (x *peopleIndex) add(p person, idx int) {
	x.names[p.name] = true
	key := personKey{p.name, p.title, p.org}
	g := x.byKey[key]
	if g == nil {
		g = &personGroup{key: key, first: idx}
		x.byKey[key] = g
		x.all = append(x.all, g)
		r, _ := utf8.DecodeRuneInString(p.name)
		t, _ := utf8.DecodeLastRuneInString(p.title)
		if p.name == "" || p.title == "" || !utf8.ValidString(p.name) || !utf8.ValidString(p.title) {
			x.odd = append(x.odd, g)
		}
		if p.name != "" {
			x.byFirst[r] = append(x.byFirst[r], g)
			last := p.name[strings.LastIndexByte(p.name, ' ')+1:]
			x.byLast[last] = append(x.byLast[last], g)
		}
		if p.title != "" {
			x.byTitle[t] = append(x.byTitle[t], g)
		}
	}
	k := sort.SearchInts(g.ats, p.at)
	if k == len(g.ats) || g.ats[k] != p.at {
		g.ats, g.idx = slices.Insert(g.ats, k, p.at), slices.Insert(g.idx, k, idx)
	}
}

// candidates returns the persons a findPerson query can match: a superset, in order of
// first introduction within each list; odd persons come as a second list.
func (x *peopleIndex) candidates(surname, title string, foreign bool) (main, odd []*personGroup) {
	switch {
	case foreign && surname != "" && !strings.Contains(surname, " "):
		// the name ends with " "+surname or is surname: its last word is surname
		return x.byLast[surname], x.odd
	case !foreign && surname != "" && utf8.ValidString(surname):
		r, _ := utf8.DecodeRuneInString(surname)
		return x.byFirst[r], x.odd
	case !foreign && surname == "" && title != "" && utf8.ValidString(title):
		// one title ends with the other: they end with one code point
		t, _ := utf8.DecodeLastRuneInString(title)
		return x.byTitle[t], x.odd
	}
	return x.all, nil
}

// findPerson is the latest person introduced before offset at whose name starts with surname
// (or, for a foreign name, ends with it) and whose title ends with title ("" matches any); the
// latest at the same offset is the first introduced. When none was introduced before at, it is
// the first introduced of those after it (a headline's 백 대표 before the body's 백상엽 대표).
func (d *doc) findPerson(surname, title string, at int, foreign bool) *person {
	match := func(p personKey) bool {
		okName := strings.HasPrefix(p.name, surname) && !foreign
		if foreign {
			okName = strings.HasSuffix(p.name, " "+surname) || p.name == surname
		}
		return okName && (title == "" || strings.HasSuffix(p.title, title) || strings.HasSuffix(title, p.title))
	}
	if d.pidx.byKey == nil {
		var best *person
		for i := range d.people {
			p := &d.people[i]
			if p.at > at && best != nil || !match(personKey{p.name, p.title, p.org}) {
				continue
			}
			if best == nil || (p.at <= at && (best.at > at || p.at > best.at)) {
				best = p
			}
		}
		return best
	}
	best, bestAt, first := -1, -1, -1
	main, odd := d.pidx.candidates(surname, title, foreign)
	for _, list := range [2][]*personGroup{main, odd} {
		for _, g := range list {
			if !match(g.key) {
				continue
			}
			if first < 0 || g.first < first {
				first = g.first
			}
			// the group's latest introduction at or before at
			if k := sort.SearchInts(g.ats, at+1) - 1; k >= 0 && (g.ats[k] > bestAt || g.ats[k] == bestAt && g.idx[k] < best) {
				best, bestAt = g.idx[k], g.ats[k]
			}
		}
	}
	switch {
	case best >= 0:
		return &d.people[best]
	case first >= 0:
		return &d.people[first]
	}
	return nil
}

// teamIndex holds doc.teams by offset once there are more than scanUpTo, in two runs: the
// teams collectPeople finds (in text order) and the teams speakers name (in the order they are
// met, which is nearly text order), each ascending by offset and then by index, so that new
// entries go at or near the end.
type teamIndex [2][]int

// addTeam appends t to d.teams, in run 0 (found before the quotes) or 1 (named by a speaker).
func (d *doc) addTeam(t team, run int) {
	d.teams = append(d.teams, t)
	d.teamRun = append(d.teamRun, int8(run))
	switch {
	case len(d.teams) == d.scanUpTo+1:
		for i := range d.teams {
			d.indexTeam(i)
		}
	case len(d.teams) > d.scanUpTo+1:
		d.indexTeam(len(d.teams) - 1)
	}
}

// indexTeam adds the i-th team to its run of d.tidx.
func (d *doc) indexTeam(i int) {
	r := d.tidx[d.teamRun[i]]
	k := len(r)
	for k > 0 && d.teams[r[k-1]].at > d.teams[i].at {
		k-- // rarely more than a step or two: a speaker's phrase before one met already
	}
	d.tidx[d.teamRun[i]] = slices.Insert(r, k, i)
}

// latestTeam is the fullest team phrase introduced before offset at whose head ends like head:
// the latest named before the mention (of several at one offset, the last added); 연구진 and
// 연구팀 refer to any team or institute.
func (d *doc) latestTeam(head string, at int) string {
	if len(d.teams) <= d.scanUpTo {
		best, bestAt := "", -1
		for _, t := range d.teams {
			if t.at < at && t.at >= bestAt && t.name != head {
				best, bestAt = t.name, t.at
			}
		}
		return best
	}
	best := -1
	for _, r := range d.tidx {
		// walk back from the last team before at, past those named head itself
		for k := sort.Search(len(r), func(k int) bool { return d.teams[r[k]].at >= at }) - 1; k >= 0; k-- {
			t := d.teams[r[k]]
			if t.name == head {
				continue
			}
			if best < 0 || t.at > d.teams[best].at || t.at == d.teams[best].at && r[k] > best {
				best = r[k]
			}
			break
		}
	}
	if best < 0 {
		return ""
	}
	return d.teams[best].name
}
