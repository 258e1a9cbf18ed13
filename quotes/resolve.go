package quotes

import (
	"slices"
	"strings"
	"unicode/utf8"

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

// goodEntity is goodEntityName(d.ents[i].Name), computed once per entity.
func (d *doc) goodEntity(i int) bool {
	if d.good == nil {
		d.good = make([]int8, len(d.ents))
	}
	if d.good[i] == 0 {
		d.good[i] = -1
		if goodEntityName(d.ents[i].Name) {
			d.good[i] = 1
		}
	}
	return d.good[i] > 0
}

// goodEntityName reports a name fit to be a canonical speaker.
func goodEntityName(n string) bool {
	n = stripParens(n)
	words, _, last := wordStats(n)
	if words == 0 || nonSpaceRunes(n) < 2 {
		return false
	}
	return !names.pronoun[last] && !(words > 1 && names.title[last]) && !strings.HasSuffix(last, "측")
}

// collectPeople registers every Korean full name followed by a title within a few words
// (주상훈 UNIST 교수), so that a later 주 교수 resolves to 주상훈 even when the introduction
// was not itself a quote frame.
func (d *doc) collectPeople() {
	for i := range d.words {
		w := &d.words[i]
		if n := len(w.text); n < 6 || n > 40 {
			continue // a name of two to four syllables, with a particle or a bracket at most
		}
		nm := cutParen(w.head)
		if !looksKoreanName(nm, w.toks) || !d.isNominal(i) && trimParticle(w) == w.clean() {
			continue
		}
		if i+1 < len(d.words) && d.isPersonWord(i+1) && foreignNamePart(d.words[i+1].clean()) {
			continue // 마이클 다이아몬드: a foreign first name, not a Korean full name
		}
		var orgWords [4]string // the words before the title: four at most
		org := orgWords[:0]
		for k := i + 1; k < len(d.words) && k <= i+4; k++ {
			c := cutParen(trimParticle(&d.words[k]))
			if hasSuffixWord(names.title, c) && !hasSuffixWord(names.group, c) || names.title[c] {
				d.addPersonAt(person{name: nm, title: c, org: strings.Join(org, " "), at: w.Start})
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
	// foreign names: two short Hangul words before a person's title (마이클 다이아몬드 교수,
	// 샤오우엔 혼 부사장(…)), so that 다이아몬드 교수 or 혼 부사장 later find the full name
	for i := 2; i < len(d.words); i++ {
		title := cutParen(trimParticle(&d.words[i]))
		if !isTitle(title) || title == "관계자" || title == "전문가" || d.words[i].inQ {
			continue
		}
		// the words as written: the tokenizer reads stray particles into unknown names (샤오우엔)
		w1, w2 := d.words[i-2].clean(), d.words[i-1].clean()
		if !foreignNamePart(w1) || !foreignNamePart(w2) || connectives[w1] ||
			!d.nameLike(i-2) || !(d.isPersonWord(i-1) || d.shredded(i-2) && len([]rune(w2)) <= 2 && len(d.words[i-1].toks) == 1) {
			continue
		}
		d.addPersonAt(person{name: w1 + " " + w2, title: title, at: d.words[i-2].Start})
	}
	for i := range d.words {
		head := d.words[i].head
		to := i
		if p := strings.IndexByte(head, '('); p > 0 && !strings.Contains(head, ")") {
			// 연구소(Wyss Institute … Engineering): the bracketed name belongs to the phrase
			for k := i + 1; k < len(d.words) && k < i+10; k++ {
				if strings.Contains(d.words[k].text, ")") {
					to = k
					break
				}
			}
			if to == i {
				continue
			}
			head = head[:p]
		}
		if !isTeam(head) || d.words[i].inQ {
			continue
		}
		from := i
		for k := i - 1; k >= d.sents[d.words[i].sent][0] && k > i-8; k-- {
			if !d.isNominal(k) || d.isDateWord(k) || strings.ContainsAny(d.words[k].text, ",.?!=") {
				break
			}
			from = k
		}
		end := d.headEnd(to)
		if to > i {
			end = d.words[to].Start + strings.IndexByte(d.words[to].text, ')') + 1
		}
		name := strings.Join(strings.Fields(stripMarks(d.src[d.words[from].Start:end])), " ")
		if from < to || !bareTeam(head) {
			d.addTeam(team{name: name, head: head, at: d.words[i].Start}, 0)
		}
	}
}

// trimParticle is the word without its trailing particles and punctuation.
func trimParticle(w *word) string { return w.bare }

// trimParticle computes trimParticle(w) from w's text and tokens once they are set.
func (w *word) trimParticle() string {
	end := w.End
	for k := len(w.toks) - 1; k >= 0; k-- {
		pos := w.toks[k].POS
		if pos == "" || pos[0] != 'J' && pos[0] != 'S' {
			break // the common case, told by the first byte
		}
		tag := tokenize.FirstTag(pos)
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

// speakerOf resolves a noun phrase to a speaker with its canonical name.
func (d *doc) speakerOf(p np) *Speaker {
	raw := d.text(p)
	m := Mention{Span: p.Span, Text: raw}
	ent := d.entityAt(p.Span)
	sp := d.localSpeaker(p, m)
	if sp != nil && isPronoun(raw) {
		// 그, 그녀: the person last quoted is a better guess than the recogniser's latest
		// person, which may be someone it found while missing the speaker's own name.
		return sp
	}
	if ent != nil && ent.Type == "PERSON" && !(sp != nil && isTeam(lastWord(sp.Name))) {
		s := &Speaker{Name: ent.Name, Title: ent.Title, Org: ent.Org, Mention: m}
		if sp != nil && s.Title == "" {
			s.Title, s.Org = sp.Title, sp.Org
		}
		if s.Title != "" {
			d.addPerson(s) // so that a later 이 위원 finds 이민형 even if the recogniser does not
		}
		return s
	}
	if ent != nil && sp != nil && sp.Title == "" && !isTeam(lastWord(sp.Name)) && !names.title[lastWord(sp.Name)] &&
		!strings.Contains(sp.Name, " ") {
		// an organisation named by one word or an abbreviation: MS → 마이크로소프트
		return &Speaker{Name: ent.Name, Mention: m}
	}
	return sp
}

// isPronoun reports a phrase that is one singular personal pronoun (그, 그녀).
func isPronoun(s string) bool {
	n, w, _ := wordStats(stripParens(stripMarks(s)))
	return n == 1 && names.pronoun[w] && w != "그들" && w != "이들" && w != "그녀들"
}

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	_, _, last := wordStats(s)
	return last
}

// localSpeaker resolves a noun phrase within the article, without the recogniser.
func (d *doc) localSpeaker(p np, m Mention) *Speaker {
	raw := m.Text
	var buf [6]string // the words, on the stack for up to six
	ws := buf[:0]
	for w := range strings.FieldsSeq(stripParens(stripMarks(raw))) {
		ws = append(ws, w)
	}
	if len(ws) == 0 {
		return nil
	}
	full := joinFields(stripMarks(raw))
	last := ws[len(ws)-1]
	// 그, 그녀: the latest person speaker
	if len(ws) == 1 && (last == "그들" || last == "이들") {
		// a plural pronoun: the group speaking before, or the previous sentence's topic
		s := d.sentOf(p.Start)
		if s > 0 {
			a, b := d.sents[s-1][0], d.sents[s-1][1]
			if j := d.subjectIn(a, b, true); j >= 0 && d.isTopic(j) {
				sp := *d.speakerOf(d.npBefore(j))
				sp.Mention = m
				return &sp
			}
		}
		if d.lastOrg != nil {
			sp := *d.lastOrg
			sp.Mention = m
			return &sp
		}
	}
	if len(ws) == 1 && names.pronoun[last] {
		if d.lastPerson != nil {
			s := *d.lastPerson
			s.Mention = m
			return &s
		}
		return nil
	}
	if hasSuffixWord(names.title, last) && (!isTeam(last) || len(ws) > 1 && looksKoreanName(ws[0], nil)) {
		// a title (선임연구원 is a title after a name, an institute after other words)
		return d.titled(ws, full, m, p)
	}
	if len(ws) == 2 && (ws[0] == "이" || ws[0] == "그" || ws[0] == "해당" || ws[0] == "같은") && mediaNouns[ws[1]] {
		// 이 신문은 전했다: the newspaper already reporting
		if d.lastMedia != "" {
			return &Speaker{Name: d.lastMedia, Mention: m}
		}
	}
	if len(ws) == 2 && ws[1] == "측" {
		if genericOrgs[ws[0]] {
			if d.lastOrg != nil {
				// 대학 측, 회사 측: the organisation already speaking
				return &Speaker{Name: d.lastOrg.Name, Mention: m}
			}
		} else {
			return &Speaker{Name: ws[0], Mention: m} // 서울대 측 → 서울대
		}
	}
	if len(ws) == 1 {
		if bareTeam(last) {
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
		d.addTeam(team{name: full, head: last, at: p.Start}, 1)
	}
	return &Speaker{Name: full, Mention: m}
}

// titled resolves a phrase that ends with a title: 백상엽 카카오엔터프라이즈 대표, 백 대표,
// 마이클 다이아몬드 교수, 업계 관계자.
func (d *doc) titled(ws []string, full string, m Mention, p np) *Speaker {
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
	if foreignNamePart(first) && !isSurname(first) {
		if pp := d.findPerson(first, title, m.Start, true); pp != nil {
			return &Speaker{Name: pp.name, Title: pp.title, Org: strings.Join(ws[1:len(ws)-1], " "), Mention: m}
		}
	}
	if len(ws) >= 3 && p.from+1 <= p.to && foreignNamePart(ws[0]) && foreignNamePart(ws[1]) && d.isPersonWord(p.from+1) {
		// 마이클 다이아몬드 교수: a second name word marks a foreign two-word name
		s := &Speaker{Name: ws[0] + " " + ws[1], Title: title, Org: strings.Join(ws[2:len(ws)-1], " "), Mention: m}
		d.addPerson(s)
		return s
	}
	if looksKoreanName(first, d.words[p.from].toks) && !hasLongSuffix(names.group, first) {
		s := &Speaker{Name: first, Title: title, Org: strings.Join(ws[1:len(ws)-1], " "), Mention: m}
		d.addPerson(s)
		return s
	}
	if len(ws) >= 3 && foreignNamePart(ws[0]) && foreignNamePart(ws[1]) {
		s := &Speaker{Name: ws[0] + " " + ws[1], Title: title, Org: strings.Join(ws[2:len(ws)-1], " "), Mention: m}
		d.addPerson(s)
		return s
	}
	// an unnamed source or a role: 업계 관계자, 기술경영 전문가
	return &Speaker{Name: full, Mention: m}
}

// foreignNamePart reports a word that can be part of a transliterated personal name: Hangul of
// at most five syllables that is neither a title nor an organisation word.
func foreignNamePart(w string) bool {
	n := len([]rune(w))
	return isHangul(w) && n <= 5 && !hasSuffixWord(names.title, w) && !hasSuffixWord(names.group, w)
}

// teamHeads end the phrases that name a research team or institute.
var teamHeads = []string{"연구팀", "연구진", "연구단", "연구소", "연구원", "팀"}

// teamEnds are the last syllables of teamHeads, as tail3 gives them: a few numbers to compare
// rather than a map to look up for every word.
var teamEnds = func() (ends []uint32) {
	for _, h := range teamHeads {
		if e := tail3(h); !slices.Contains(ends, e) {
			ends = append(ends, e)
		}
	}
	return ends
}()

// tail3 packs the last three bytes of s (len(s) >= 3) into a number.
func tail3(s string) uint32 {
	n := len(s)
	return uint32(s[n-3])<<16 | uint32(s[n-2])<<8 | uint32(s[n-1])
}

// isTeam reports the head of a research team phrase.
func isTeam(w string) bool {
	// Every head ends in 팀, 진, 단, 소 or 원 (three bytes each): other words need no more.
	if len(w) < 3 || !slices.Contains(teamEnds, tail3(w)) {
		return false
	}
	for _, s := range teamHeads {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// bareTeam reports a team head with nothing before it: 연구진, 연구팀.
func bareTeam(w string) bool {
	for _, s := range teamHeads {
		if w == s {
			return true
		}
	}
	return w == "교수팀" || w == "공동연구팀"
}

// addPerson registers a titled person met as a speaker.
func (d *doc) addPerson(s *Speaker) {
	d.addPersonAt(person{name: s.Name, title: s.Title, org: s.Org, at: s.Mention.Start})
}

// mediaNouns name a news outlet by its kind: 이 신문, 이 매체.
var mediaNouns = map[string]bool{"신문": true, "매체": true, "통신": true, "방송": true, "언론": true, "잡지": true, "전문지": true, "일간지": true, "경제지": true}

// isMediaName reports the name of a news outlet (월스트리트저널, 뉴욕타임스, 연합뉴스, 포브스 …
// by their common endings).
func isMediaName(n string) bool {
	for _, s := range []string{"저널", "신문", "일보", "타임스", "포스트", "통신", "방송", "뉴스", "매체", "지"} {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	return false
}

// genericOrgs are kinds of organisation that, before 측, point back to one already named.
var genericOrgs = map[string]bool{"대학": true, "학교": true, "회사": true, "기업": true, "업체": true, "병원": true,
	"기관": true, "정부": true, "당국": true, "연구소": true, "연구원": true, "재단": true, "협회": true, "구단": true}

// isPersonWord reports a word the dictionary reads as a personal name (피터, 다이아몬드, 딘) or
// does not know at all.
func (d *doc) isPersonWord(k int) bool {
	w := &d.words[k]
	seen := false
	for _, t := range w.toks {
		tg := tokenize.FirstTag(t.POS)
		if strings.HasPrefix(tg, "S") || strings.HasPrefix(tg, "J") {
			if t.Surface == "(" {
				break
			}
			continue
		}
		if !(tg == "NNP" && t.Features.Semantic == "인명") && !t.Unknown {
			return false
		}
		seen = true
	}
	return seen
}

// nameLike reports a word that may be the first part of a foreign name: a personal name, or an
// unknown word the tokenizer cut into pieces (샤오우엔), but no word with a common particle
// (것이, 서울에).
func (d *doc) nameLike(k int) bool {
	if d.isPersonWord(k) {
		return true
	}
	w := &d.words[k]
	t := w.lastTok()
	if t == nil || len(w.toks) > 0 && (tokenize.FirstTag(w.toks[0].POS) == "NNB" || tokenize.FirstTag(w.toks[0].POS) == "NP" || tokenize.FirstTag(w.toks[0].POS) == "MM") {
		return false
	}
	switch t.Surface {
	case "이", "가", "은", "는", "을", "를", "에", "에서", "의", "로", "으로", "와", "과", "도", "만":
		return false
	}
	return isHangul(w.clean())
}

// shredded reports an unknown word the tokenizer cut into several pieces (샤/오우/엔): the mark
// of a transliterated name it does not know.
func (d *doc) shredded(k int) bool {
	w := &d.words[k]
	return len(w.toks) >= 3 && !d.isPersonWord(k) && isHangul(w.clean())
}

// cutParen is s up to its first opening bracket: 부사장(마이크로소프트연구소 → 부사장.
func cutParen(s string) string {
	if i := strings.IndexByte(s, '('); i >= 0 {
		return s[:i]
	}
	return s
}

// sentOf is the index of the sentence holding byte offset off.
func (d *doc) sentOf(off int) int {
	i := d.wordAt(off)
	if i >= len(d.words) {
		return len(d.sents) - 1
	}
	return d.words[i].sent
}

// hasLongSuffix is hasSuffixWord without the one-syllable entries: 허재원 is a name even though
// 원 ends institutes.
func hasLongSuffix(m map[string]bool, w string) bool {
	if m[w] {
		return true
	}
	for i := range w {
		if i > 0 && m[w[i:]] && utf8.RuneCountInString(w[i:]) >= 2 {
			return true
		}
	}
	return false
}
