package quotes

import (
	"strings"

	"github.com/gisa-nlp/gisa/tokenize"
)

// person is someone introduced in the article with a title: 백상엽 카카오엔터프라이즈 대표.
type person struct {
	name, title, org string
	at               int // byte offset of the introduction
}

// team is a research team or group introduced by its full phrase: 최만수 교수 연구팀.
type team struct {
	name, head string // the phrase, and its last word (연구팀)
	at         int
}

// entityAt is the person or organisation entity with a mention overlapping span, else any
// entity with such a mention, else nil.
func (d *doc) entityAt(s tokenize.Span) *Entity {
	var other *Entity
	for i := range d.ents {
		e := &d.ents[i]
		for _, m := range e.Mentions {
			if m.Start < s.End && s.Start < m.End {
				if e.Type == "PERSON" || e.Type == "ORGANIZATION" {
					return e
				}
				if other == nil {
					other = e
				}
			}
		}
	}
	return other
}

// collectPeople registers every Korean full name followed by a title within a few words
// (주상훈 UNIST 교수), so that a later 주 교수 resolves to 주상훈 even when the introduction
// was not itself a quote frame.
func (d *doc) collectPeople() {
	for i := range d.words {
		w := &d.words[i]
		nm := stripParens(stripMarks(trimParticle(w)))
		if !looksKoreanName(nm, w.toks) || !d.isNominal(i) && trimParticle(w) == w.clean() {
			continue
		}
		var org []string
		for k := i + 1; k < len(d.words) && k <= i+4; k++ {
			c := stripParens(trimParticle(&d.words[k]))
			if hasSuffixWord(names.title, c) && !hasSuffixWord(names.group, c) || names.title[c] {
				d.people = append(d.people, person{name: nm, title: c, org: strings.Join(org, " "), at: w.Start})
				break
			}
			if !d.isNominal(k) && trimParticle(&d.words[k]) == d.words[k].clean() {
				break
			}
			org = append(org, c)
			if trimParticle(&d.words[k]) != d.words[k].clean() {
				break
			}
		}
	}
	for i := range d.words {
		head := stripMarks(trimParticle(&d.words[i]))
		if !isTeam(head) || d.words[i].inQ {
			continue
		}
		to := i
		from := i
		for k := i - 1; k >= d.sents[d.words[i].sent][0] && k > i-6; k-- {
			if !d.isNominal(k) || d.isDateWord(k) || strings.HasSuffix(d.words[k].text, ",") {
				break
			}
			from = k
		}
		if from < to {
			name := strings.Join(strings.Fields(stripMarks(d.src[d.words[from].Start:d.headEnd(to)])), " ")
			d.teams = append(d.teams, team{name: name, head: head, at: d.words[i].Start})
		}
	}
}

// trimParticle is the word without its trailing particles and punctuation.
func trimParticle(w *word) string {
	end := w.End
	for k := len(w.toks) - 1; k >= 0; k-- {
		tag := w.toks[k].Tag()
		if strings.HasPrefix(tag, "J") || tag == "SF" || tag == "SC" || tag == "SY" || tag == "SE" {
			end = w.toks[k].Start
			continue
		}
		break
	}
	if end <= w.Start {
		return w.clean()
	}
	return trimPunct(w.text[:end-w.Start])
}

// findPerson is the latest person introduced before offset at whose name starts with surname
// (or, for a foreign name, ends with it) and whose title ends with title ("" matches any).
func (d *doc) findPerson(surname, title string, at int, foreign bool) *person {
	var best *person
	for i := range d.people {
		p := &d.people[i]
		if p.at > at && best != nil {
			continue
		}
		okName := strings.HasPrefix(p.name, surname) && !foreign
		if foreign {
			okName = strings.HasSuffix(p.name, " "+surname) || p.name == surname
		}
		if !okName {
			continue
		}
		if title != "" && !strings.HasSuffix(p.title, title) && !strings.HasSuffix(title, p.title) {
			continue
		}
		if best == nil || (p.at <= at && (best.at > at || p.at > best.at)) {
			best = p
		}
	}
	return best
}

// speakerOf resolves a noun phrase to a speaker with its canonical name.
func (d *doc) speakerOf(p np) *Speaker {
	raw := d.text(p)
	m := Mention{Span: p.Span, Text: raw}
	if e := d.entityAt(p.Span); e != nil && (e.Type == "PERSON" || e.Type == "ORGANIZATION") && e.Name != "" {
		return &Speaker{Name: e.Name, Title: e.Title, Org: e.Org, Mention: m}
	}
	ws := strings.Fields(stripParens(stripMarks(raw)))
	if len(ws) == 0 {
		return nil
	}
	full := strings.Join(strings.Fields(stripMarks(raw)), " ")
	last := ws[len(ws)-1]
	// 그, 그녀: the latest person speaker
	if len(ws) == 1 && names.pronoun[last] {
		if d.lastPerson != nil {
			s := *d.lastPerson
			s.Mention = m
			return &s
		}
		return nil
	}
	if hasSuffixWord(names.title, last) && !isTeam(last) {
		return d.titled(ws, full, m)
	}
	if len(ws) == 1 {
		if isTeam(last) {
			if t := d.latestTeam(last, p.Start); t != "" {
				return &Speaker{Name: t, Mention: m}
			}
		}
		if looksKoreanName(last, nil) {
			if pp := d.findPerson(last, "", len(d.src), false); pp != nil && pp.name == last {
				return &Speaker{Name: pp.name, Title: pp.title, Org: pp.org, Mention: m}
			}
		}
	}
	if isTeam(last) && len(ws) > 1 {
		d.teams = append(d.teams, team{name: full, head: last, at: p.Start})
	}
	return &Speaker{Name: full, Mention: m}
}

// titled resolves a phrase that ends with a title: 백상엽 카카오엔터프라이즈 대표, 백 대표,
// 마이클 다이아몬드 교수, 업계 관계자.
func (d *doc) titled(ws []string, full string, m Mention) *Speaker {
	title := ws[len(ws)-1]
	if len(ws) == 1 {
		if names.title[title] && d.lastPerson != nil && title != "관계자" && title != "전문가" {
			if pp := d.findPerson("", title, m.Start, false); pp != nil {
				return &Speaker{Name: pp.name, Title: pp.title, Org: pp.org, Mention: m}
			}
		}
		return &Speaker{Name: full, Mention: m}
	}
	first := ws[0]
	if len(ws) == 2 || (len(ws) == 3 && names.title[ws[1]]) {
		// 백 대표, 이 위원, 조 교수; 다이아몬드 교수; 피터 리 부사장 handled below
		if isSurname(first) {
			if pp := d.findPerson(first, title, m.Start, false); pp != nil {
				return &Speaker{Name: pp.name, Title: pp.title, Org: pp.org, Mention: m}
			}
		}
		if pp := d.findPerson(first, title, m.Start, true); pp != nil {
			return &Speaker{Name: pp.name, Title: pp.title, Org: pp.org, Mention: m}
		}
		if first == "그" || first == "이" || first == "해당" {
			if pp := d.findPerson("", title, m.Start, false); pp != nil {
				return &Speaker{Name: pp.name, Title: pp.title, Org: pp.org, Mention: m}
			}
		}
	}
	if looksKoreanName(first, nil) && !hasSuffixWord(names.group, first) {
		s := &Speaker{Name: first, Title: title, Org: strings.Join(ws[1:len(ws)-1], " "), Mention: m}
		d.addPerson(s)
		return s
	}
	if len(ws) >= 3 && foreignNamePart(ws[0]) && foreignNamePart(ws[1]) {
		s := &Speaker{Name: ws[0] + " " + ws[1], Title: title, Org: strings.Join(ws[2:len(ws)-1], " "), Mention: m}
		d.addPerson(s)
		return s
	}
	if len(ws) == 2 && foreignNamePart(ws[0]) && !names.title[ws[0]] && !hasSuffixWord(names.group, ws[0]) && isUnknownName(ws[0]) {
		s := &Speaker{Name: ws[0], Title: title, Mention: m}
		return s
	}
	// an unnamed source or a role: 업계 관계자, 기술경영 전문가
	return &Speaker{Name: full, Mention: m}
}

// isUnknownName is a stand-in test for a single-word foreign name; kept strict (false) so a
// role phrase such as 기술경영 전문가 keeps its words.
func isUnknownName(string) bool { return false }

// foreignNamePart reports a word that can be part of a transliterated personal name: Hangul of
// at most five syllables that is neither a title nor an organisation word.
func foreignNamePart(w string) bool {
	n := len([]rune(w))
	return isHangul(w) && n <= 5 && !hasSuffixWord(names.title, w) && !hasSuffixWord(names.group, w)
}

// isTeam reports the head of a research team phrase.
func isTeam(w string) bool {
	for _, s := range []string{"연구팀", "연구진", "연구단", "공동연구팀", "팀"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// latestTeam is the fullest team phrase introduced before offset at whose head ends like head.
func (d *doc) latestTeam(head string, at int) string {
	best := ""
	for _, t := range d.teams {
		if t.at < at && (strings.HasSuffix(t.head, head) || strings.HasSuffix(head, t.head) ||
			strings.HasSuffix(t.head, "팀") && strings.HasSuffix(head, "진") || strings.HasSuffix(t.head, "진") && strings.HasSuffix(head, "팀")) {
			if len(t.name) >= len(best) {
				best = t.name
			}
		}
	}
	return best
}

// addPerson registers a titled person met as a speaker.
func (d *doc) addPerson(s *Speaker) {
	d.people = append(d.people, person{name: s.Name, title: s.Title, org: s.Org, at: s.Mention.Start})
}
