package entities

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/tokenize"
)

// The linker reads the person candidates in text order and ties each one that refers back
// (그, 백 대표, 이 총재, 총재는, 재판부, 연구팀, 이 관계자) to the entity a reader would take it
// for, following how Korean news writes a person or a body after introducing it:
//   - 그/그녀 and an omitted subject point to the person who was last the topic or subject of
//     a clause outside quote marks (not a name in object position or inside a quote);
//   - 성 + 직함 (백 대표) and a foreign family name + title (클링너 연구원) to the person of that
//     name, the one with that title first;
//   - a determiner with a title (이 총재, 해당 의원) and a title alone as a topic or subject
//     (총재는) to the last person given that title; 이 관계자 to the last unnamed source;
//   - 재판부 to the court or judge last named as a topic or subject;
//   - 연구팀/연구진 to the last research team named in full.

// tracked is an entity the linker follows: where it was last mentioned outside quotes, and
// last made a topic or subject there.
type tracked struct {
	e             *Entity
	last, salient int
	topic         bool // the mention at salient was the topic (은/는) of its clause
}

// linker holds the state of linking one text.
type linker struct {
	d       *corefDoc
	b       *entityBuilder
	orgName func(tokenize.Span) string
	people  trackList // named people and titled roles, in order of first mention
	sources trackList // unnamed sources (업계 관계자)
	teams   trackList // research teams named in full

	orgSalient []orgAt // organisations written as a topic or subject (salientOrgs)
	research   []orgAt // research bodies named outside quotes (researchBody)
}

// trackList is the entities of one kind the linker follows, in order of first mention, with
// where each is in the list and, for names, the people by what a later short form of their
// name shows: the first code point of a one-word name (백 for 백상엽) and the last word of a
// longer one (클링너 for 브루스 클링너). Looking a mention up in these, not reading every
// person, keeps linking a long text's thousands of people linear.
type trackList struct {
	list    []tracked
	at      map[*Entity]int
	byFirst map[rune][]int
	byLast  map[string][]int
}

// mention is the Mention at [lo, hi) of the source.
func (l *linker) mention(lo, hi int) Mention {
	return Mention{Span: tokenize.Span{Start: lo, End: hi}, Text: l.d.src[lo:hi]}
}

// track records a mention of e at offset at, made the topic or subject of its clause when
// salient; a mention inside quotes counts for neither.
func (tl *trackList) track(e *Entity, at int, r role, quoted bool) {
	k, ok := tl.at[e]
	if !ok {
		if tl.at == nil {
			tl.at, tl.byFirst, tl.byLast = map[*Entity]int{}, map[rune][]int{}, map[string][]int{}
		}
		k = len(tl.list)
		tl.list = append(tl.list, tracked{e: e, last: -1, salient: -1})
		tl.at[e] = k
		if i := strings.LastIndexByte(e.Name, ' '); i >= 0 {
			tl.byLast[e.Name[i+1:]] = append(tl.byLast[e.Name[i+1:]], k)
		} else if r, size := utf8.DecodeRuneInString(e.Name); size > 0 {
			tl.byFirst[r] = append(tl.byFirst[r], k)
		}
	}
	if !quoted {
		t := &tl.list[k]
		t.last = max(t.last, at)
		if r.salient() && at >= t.salient {
			t.salient, t.topic = at, r == roleTopic
		}
	}
}

// add links one candidate.
func (l *linker) add(c personCand) {
	b := l.b
	quoted := l.d.quoted(c.Start)
	switch c.kind {
	case candName:
		e := l.byFamilyName(c.name, c.Start)
		if e == nil {
			e = b.get(Person, c.name, c.name)
		}
		b.add(e, l.mention(c.Start, c.End))
		if e.Title == "" && c.title != "" {
			e.Title, e.Org = c.title, l.orgName(c.org)
		}
		l.people.track(e, c.Start, c.role, quoted)
	case candTitled:
		e := l.bySurname(c.name, c.title, c.Start, c.foreign)
		if e == nil && c.foreign && !c.titled {
			return // a word before a title that names nobody known, nor reads as a name
		}
		if e == nil {
			e = b.get(Person, c.text, c.text)
			e.Title = c.title
		} else if e.Title == "" {
			e.Title = c.title
		}
		b.add(e, l.mention(c.Start, c.End))
		l.people.track(e, c.Start, c.role, quoted)
	case candPronoun, candOmitted:
		if quoted {
			return // 그 inside a quote is someone the speaker talks about
		}
		e, at := l.salientPerson(c.Start)
		if e == nil || c.kind == candOmitted && l.orgSalientBetween(at, c.Start) {
			// an omitted subject continues the last topic or subject, and when that was an
			// organisation (문화체육관광부에서 …경고를 하기 시작하였다. …라고 밝혔다) it is
			// not a person's
			return
		}
		if c.kind == candOmitted {
			b.add(e, Mention{Span: tokenize.Span{Start: c.Start, End: c.Start}})
		} else {
			b.add(e, l.mention(c.Start, c.End))
		}
		r := c.role
		if !r.salient() {
			r = roleSubject // a pronoun standing for a person is salient whatever its particle
		}
		l.people.track(e, c.Start, r, false)
	case candDetTitle, candBareTitle:
		if quoted {
			return
		}
		if sourceNouns[c.title] {
			if e := latestOf(l.sources.list, c.Start); e != nil {
				b.add(e, l.mention(c.Start, c.End))
				l.sources.track(e, c.Start, c.role, false)
			}
			return
		}
		if e := l.byTitle(c.title, c.Start); e != nil {
			b.add(e, l.mention(c.Start, c.End))
			l.people.track(e, c.Start, c.role, false)
		}
	case candSource:
		if sourceNouns[c.text] && !quoted && l.bareWord(c.Start) {
			if o := l.lastSalientOrg(c.Start); o != nil {
				// 자유와인권연구소는 성명을 냈다. 관계자는 “…”: a bare 관계자 is an official
				// of the organisation last written as a topic or subject
				e := b.get(Person, o.Name+" "+c.text, o.Name+" "+c.text)
				e.Org = o.Name
				b.add(e, l.mention(c.Start, c.End))
				l.sources.track(e, c.Start, c.role, false)
				return
			}
		}
		e := b.get(Person, c.text, c.text)
		if e.Org == "" {
			e.Org = l.orgName(c.org)
		}
		b.add(e, l.mention(c.Start, c.End))
		l.sources.track(e, c.Start, c.role, quoted)
	case candTeam:
		e := l.sameTeam(c.name, c.Start)
		if e == nil {
			e = b.get(Organization, c.name, c.name)
		}
		b.add(e, l.mention(c.Start, c.End))
		l.teams.track(e, c.Start, c.role, quoted)
	case candBareTeam:
		e := latestOf(l.teams.list, c.Start)
		if e == nil && !quoted {
			e = l.researchBody(c.Start)
		}
		if e != nil {
			b.add(e, l.mention(c.Start, c.End))
			l.teams.track(e, c.Start, c.role, quoted)
		}
	case candCourt:
		if quoted {
			return
		}
		if e := l.court(c.Start); e != nil {
			b.add(e, l.mention(c.Start, c.End))
			if e.Type == Person {
				l.people.track(e, c.Start, c.role, false)
			}
		}
	}
}

// researchBody is what 연구진 or 연구팀 at offset at refers to when no team was named in full:
// the research institute or university last named before at outside quotes (하버드 대학 위스
// 연구소 … 연구진은), or nil. The bodies' mentions are gathered once: until a team or body is
// linked, every 연구진 of a long article asks again.
func (l *linker) researchBody(at int) *Entity {
	if l.research == nil {
		l.research = l.orgMentions(func(e *Entity, m Mention) bool {
			return researchName(e.Name) && !l.d.quoted(m.Start)
		})
	}
	return lastBefore(l.research, at)
}

// researchName reports the name of a body that does research: it ends with 연구소, 연구원,
// 연구단, 연구센터, 대학, 대학교 or 대 (서울대), before a bracketed alias.
func researchName(n string) bool {
	if i := strings.IndexAny(n, "(（"); i > 0 {
		n = strings.TrimSpace(n[:i])
	}
	for _, s := range []string{"연구소", "연구원", "연구단", "연구센터", "대학", "대학교", "연구진", "연구팀"} {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	return false
}

// latestOf is the entity of list mentioned last outside quotes before offset at, or nil.
func latestOf(list []tracked, at int) *Entity {
	var best *Entity
	bestAt := -1
	for _, t := range list {
		if t.last >= 0 && t.last < at && t.last > bestAt {
			best, bestAt = t.e, t.last
		}
	}
	return best
}

// salientPerson is who 그 or an omitted subject at offset at refers to: the person last made
// the topic or subject of a clause outside quotes before at, else the person last mentioned
// outside quotes. Unnamed sources and titled roles count as well as names.
func (l *linker) salientPerson(at int) (*Entity, int) {
	var best *Entity
	bestAt, topic := -1, false
	for _, list := range [2][]tracked{l.people.list, l.sources.list} {
		for _, t := range list {
			if t.salient >= 0 && t.salient < at && t.salient > bestAt {
				best, bestAt, topic = t.e, t.salient, t.topic
			}
		}
	}
	if best != nil && !topic {
		best, bestAt = l.sentenceTopic(best, bestAt)
	}
	if best == nil {
		for _, t := range l.people.list {
			if t.last >= 0 && t.last < at && t.last > bestAt {
				best, bestAt = t.e, t.last
			}
		}
	}
	if best != nil && l.titledTopicBetween(best, bestAt, at) {
		// 마크 캔시언 선임고문은 조 바이든 대통령의 결정을 비판했다. 그는 …: 그 goes back to the
		// topic, a person named with a title whom the recogniser did not find, not to one named
		// inside a phrase (바이든, in 대통령의)
		return nil, -1
	}
	return best, bestAt
}

// titledTopicBetween reports a topic or subject outside quotes, from the start of the sentence
// of offset from and before at, whose word ends with a title (선임고문은, 대변인이) and is not e's
// own title (김철수 의원은): a person whom the recogniser gave no entity is the salient one
// there, and 그 after it is theirs.
func (l *linker) titledTopicBetween(e *Entity, from, at int) bool {
	k := l.d.eojAt(from)
	for k > 0 && l.d.eojs[k-1].sent == l.d.eojs[k].sent {
		k-- // from the start of the sentence that names e (마크 캔시언 선임고문은 조 바이든 …)
	}
	for ; k >= 0 && k < len(l.d.eojs) && l.d.eojs[k].Start < at; k++ {
		ej := &l.d.eojs[k]
		if ej.inQ || !ej.role.salient() || !ej.is(factTitleEnd) {
			continue
		}
		own := false
		for _, m := range e.Mentions {
			if m.End > m.Start && (m.Start <= ej.Start && ej.Start < m.End || m.End <= ej.Start && m.End >= l.d.eojs[max(k-3, 0)].Start) {
				own = true // the title in e's own mention or up to three words after it
			}
		}
		if !own {
			return true
		}
	}
	return false
}

// sentenceTopic is the person a later 그 refers to when the last salient mention, of e at
// offset at, was a subject marked 이/가: the person last made the topic (은/는) before it in the
// same sentence, if any, else e. A topic scopes over the clauses after it, and a subject
// marked 이/가 after it belongs to a clause inside (스가 장관은 박 대통령이 …한 데 대해 …
// 비판을 했다. 그는 …: 그 is 스가).
func (l *linker) sentenceTopic(e *Entity, at int) (*Entity, int) {
	k := l.d.eojAt(at)
	if k < 0 {
		return e, at
	}
	sent := l.d.eojs[k].sent
	best, bestAt := e, at
	for _, list := range [2][]tracked{l.people.list, l.sources.list} {
		for _, t := range list {
			if t.e == e || !t.topic || t.salient < 0 || t.salient >= at || best != e && t.salient < bestAt {
				continue
			}
			if j := l.d.eojAt(t.salient); j >= 0 && l.d.eojs[j].sent == sent {
				best, bestAt = t.e, t.salient
			}
		}
	}
	return best, bestAt
}

// orgSalientBetween reports an organisation written as a topic or subject outside quotes
// after offset from and before offset to.
func (l *linker) orgSalientBetween(from, to int) bool {
	os := l.salientOrgs()
	i, _ := slices.BinarySearchFunc(os, from+1, func(m orgAt, at int) int { return m.at - at })
	return i < len(os) && os[i].at < to
}

// lastSalientOrg is the organisation last written as a topic or subject outside quotes before
// offset to, or nil.
func (l *linker) lastSalientOrg(to int) *Entity { return lastBefore(l.salientOrgs(), to) }

// bareWord reports whether the word at offset at starts its noun phrase: it opens the
// sentence, or the word before it ends with a particle or an ending (관계자는 …, not 에스알
// 관계자는 or 마이크로소프트 관계자는, whose organisation is written).
func (l *linker) bareWord(at int) bool {
	e := l.d.eojAt(at)
	if e < 0 || l.d.eojs[e].Start != at {
		return false
	}
	if e == 0 || l.d.eojs[e-1].sent != l.d.eojs[e].sent {
		return true
	}
	// the word before ends with a noun or a foreign word (마이크로소프트, which the tagger
	// reads as 마이크/로/소프트) or a modifier: it qualifies 관계자
	p := l.d.eojs[e-1]
	switch t := l.d.tags[p.tokHi-1]; {
	case t == "NNG", t == "NNP", t == "NNB", t == "SL", t == "SN", t == "SH", t == "XSN":
		return false
	case strings.HasSuffix(l.d.toks[p.tokHi-1].POS, "ETM"):
		return false // 정통한 관계자는: a source the text describes, not one it has named
	}
	return true
}

// orgAt is an organisation's mention: where, and whose.
type orgAt struct {
	at int
	e  *Entity
}

// orgMentions are the non-empty mentions of organisations that keep accepts, in text order
// (mentions at one offset in the order of the entities).
func (l *linker) orgMentions(keep func(e *Entity, m Mention) bool) []orgAt {
	out := []orgAt{}
	for _, e := range l.b.ents {
		if e.Type != Organization {
			continue
		}
		for _, m := range e.Mentions {
			if m.End > m.Start && keep(e, m) {
				out = append(out, orgAt{m.Start, e})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b orgAt) int { return a.at - b.at })
	return out
}

// lastBefore is the organisation of the last of list (sorted by offset) before offset to, the
// first in list of those at that offset; nil if none.
func lastBefore(list []orgAt, to int) *Entity {
	i, _ := slices.BinarySearchFunc(list, to, func(m orgAt, at int) int { return m.at - at })
	if i == 0 {
		return nil
	}
	j := i - 1
	for j > 0 && list[j-1].at == list[j].at {
		j--
	}
	return list[j].e
}

// salientOrgs are the mentions of organisations written as a topic or subject outside quotes,
// in text order, gathered once.
func (l *linker) salientOrgs() []orgAt {
	if l.orgSalient == nil {
		l.orgSalient = l.orgMentions(func(_ *Entity, m Mention) bool {
			return !l.d.quoted(m.Start) && l.d.npRole(m.End).salient()
		})
	}
	return l.orgSalient
}

// bySurname is the person whose full name starts with surname (for a foreign name: whose last
// word is it) and who was mentioned before offset at, the one with the title first, then the
// one mentioned last.
func (l *linker) bySurname(surname, title string, at int, foreign bool) *Entity {
	var best *Entity
	bestScore := -1
	consider := func(t tracked) {
		e := t.e
		if e.Type != Person || len(e.Mentions) == 0 || e.Mentions[0].Start > at || sourceEntity(e) {
			return
		}
		if foreign {
			if !strings.HasSuffix(e.Name, " "+surname) {
				return
			}
		} else if utf8.RuneCountInString(e.Name) < 2 || !strings.HasPrefix(e.Name, surname) || strings.ContainsRune(e.Name, ' ') {
			return
		}
		score := max(t.last, e.Mentions[0].Start)
		if title != "" && sameTitle(e.Title, title) {
			score += 1 << 30
		}
		if score > bestScore {
			best, bestScore = e, score
		}
	}
	// The people a foreign family name can be end with a space and it; the others start with
	// the surname's first code point and have no space.
	switch {
	case foreign && !strings.ContainsRune(surname, ' '):
		for _, k := range l.people.byLast[surname] {
			consider(l.people.list[k])
		}
	case !foreign && surname != "" && utf8.ValidString(surname):
		r, _ := utf8.DecodeRuneInString(surname)
		for _, k := range l.people.byFirst[r] {
			consider(l.people.list[k])
		}
	default:
		for _, t := range l.people.list {
			consider(t)
		}
	}
	return best
}

// sameTitle reports titles that name the same post: equal, or one the end of the other
// (수석연구원 and 연구원, 원내대표 and 대표).
func sameTitle(a, b string) bool {
	return a != "" && b != "" && (strings.HasSuffix(a, b) || strings.HasSuffix(b, a))
}

// byTitle is the person last mentioned before offset at with the given title, or nil.
func (l *linker) byTitle(title string, at int) *Entity {
	var best *Entity
	bestAt := -1
	for _, t := range l.people.list {
		if t.last >= 0 && t.last < at && t.last > bestAt && sameTitle(t.e.Title, title) {
			best, bestAt = t.e, t.last
		}
	}
	return best
}

// court is what 재판부 at offset at refers to: of the courts (organisations whose name ends
// with a court's word) and judges (people titled 판사 or 재판장) named before at, the one last
// written as a topic or subject, else the one last named.
func (l *linker) court(at int) *Entity {
	var best, any *Entity
	bestAt, anyAt := -1, -1
	for _, e := range l.b.ents {
		if !isCourt(e) {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= at || m.End <= m.Start || m.Text == "재판부" {
				continue
			}
			if m.Start > anyAt {
				any, anyAt = e, m.Start
			}
			if l.d.npRole(m.End).salient() && m.Start > bestAt {
				best, bestAt = e, m.Start
			}
		}
	}
	if best != nil {
		return best
	}
	return any
}

// courtWords end the name of a court or of one of its benches (서울고법 형사 9부, 형사3단독).
var courtWords = []string{"법원", "지법", "고법", "지원", "재판소", "단독", "합의부", "재판부"}

// isCourt reports a court (an organisation named as one) or a judge.
func isCourt(e *Entity) bool {
	switch e.Type {
	case Person:
		return e.Title == "판사" || e.Title == "재판장" || e.Title == "부장판사"
	case Organization:
		for _, w := range courtWords {
			if strings.HasSuffix(e.Name, w) {
				return true
			}
		}
		// 서울고법 형사 9부: a bench of a court
		return strings.HasSuffix(e.Name, "부") && (strings.Contains(e.Name, "법원") || strings.Contains(e.Name, "고법") || strings.Contains(e.Name, "지법"))
	}
	return false
}

// npRole is the role of the noun phrase that ends at byte end: the particle of the eojeol
// holding end, past a bracketed aside right after it (서울고법 형사 9부(재판장 김주현)는).
func (d *corefDoc) npRole(end int) role {
	if end < len(d.src) && d.src[end] == '(' {
		if k := strings.IndexByte(d.src[end:], ')'); k > 0 {
			end += k + 1
		}
	}
	e := d.eojAt(end - 1)
	if e < 0 {
		return roleNone
	}
	if d.eojs[e].role == roleNone && e+1 < len(d.eojs) {
		switch d.src[d.eojs[e+1].Start:d.eojs[e+1].End] {
		case "역시", "또한", "또":
			return roleTopic // 혼 부사장 역시 “…”: X too, the topic
		}
	}
	return d.eojs[e].role
}

// byFamilyName is the person introduced before offset at by a foreign name of several words
// whose last word is name (브루스 클링너 for a later 클링너), nil when name has a space or no
// such person was named.
func (l *linker) byFamilyName(name string, at int) *Entity {
	if strings.ContainsRune(name, ' ') {
		return nil
	}
	var best *Entity
	bestAt := -1
	for _, k := range l.people.byLast[name] { // the names of several words that end with name
		t := l.people.list[k]
		e := t.e
		if len(e.Mentions) > 0 && e.Mentions[0].Start < at && strings.HasSuffix(e.Name, " "+name) && t.last > bestAt {
			best, bestAt = e, t.last
		}
	}
	return best
}

// sameTeam is the team named before offset at that a shorter team phrase refers to: a team is
// introduced in full (치매DTC융합연구단 김영수 박사팀) and later by its leader's name or surname
// and title (김영수 박사팀, 김 박사팀). The phrases share their last word; each other word of the
// short one is a word of the full one, or a surname that begins a name there.
func (l *linker) sameTeam(name string, at int) *Entity {
	short := strings.Fields(name)
	if len(short) < 2 {
		return nil
	}
	var best *Entity
	bestAt := -1
	for _, t := range l.teams.list {
		full := strings.Fields(t.e.Name)
		if t.e.Name == name || len(full) < len(short) || full[len(full)-1] != short[len(short)-1] || t.last >= at || t.last < bestAt {
			continue
		}
		ok := true
		for _, w := range short[:len(short)-1] {
			found := false
			for _, f := range full[:len(full)-1] {
				if f == w || utf8.RuneCountInString(w) == 1 && strings.HasPrefix(f, w) && utf8.RuneCountInString(f) >= 2 {
					found = true
					break
				}
			}
			if !found {
				ok = false
				break
			}
		}
		if ok {
			best, bestAt = t.e, t.last
		}
	}
	return best
}
