package quotes

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/tokenize"
)

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
	// a title alone is no name (대표); a title after a name or an organisation is a person
	// known that way (박 후보, 업계 관계자)
	return !names.pronoun[last] && !(words == 1 && names.title[last]) && !strings.HasSuffix(last, "측")
}

// trimParticle computes w.bare: the word without its trailing particles and punctuation, from w's text and tokens once they are set.
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

// speakerOf resolves a noun phrase to a speaker with its canonical name. Who is who is the
// entity recognizer's coreference (package entities): a phrase that holds a mention of a
// person, team or organisation (백상엽 카카오엔터프라이즈 대표, 백 대표, 그, 재판부, 연구팀) is
// that entity; any other phrase names a source as written (업계 관계자, 해외 언론들).
func (d *doc) speakerOf(p np) *Speaker {
	if q, ok := d.withoutReflexive(p); ok {
		p = q // 샤오치잉 자신들은 → 샤오치잉
	}
	raw := d.text(p)
	m := Mention{Span: p.Span, Text: raw}
	if sp := d.surveySpeaker(p); sp != nil {
		return sp // 응답자의 31.9%가: the group the survey asked
	}
	if d.coordinated(p) {
		return d.unnamed(p, m) // A와 B: they speak together, named as written
	}
	if sp := d.roleOfParty(p, m); sp != nil {
		return sp
	}
	if sp := d.personsSide(p, m); sp != nil {
		return sp
	}
	if e := d.entityAt(p.Span); e != nil && sourceName(e.Name) {
		name := e.Name
		if n := anonymized(raw); n != "" && strings.HasPrefix(name, "모") {
			name = n // 김 모씨: the recogniser took 모씨 for the name
		}
		if first, rest, ok := strings.Cut(name, " "); ok && pointingWord(first) && !strings.Contains(rest, " ") && !strings.HasPrefix(rest, "모") && rest != "씨" {
			// the recogniser made an entity of 이 관계자 itself: it points back all the same
			// (이 모씨 is a family name: a person kept anonymous)
			if sp := d.namedBefore(rest, p.from); sp != nil {
				return withMention(sp, m)
			}
		}
		if e.Type == entities.Person {
			d.personNames[name] = true
		}
		return &Speaker{Name: name, Title: e.Title, Org: e.Org, Mention: m}
	}
	if p.to-1 > p.from && len(d.words[p.to-1].toks) == 1 && d.nameReadAsVerb(p.to-1) {
		// 민주당 알 그린 하원의원: the two words before the title are the name, what comes
		// before them the body
		k := p.to - 2
		sp := &Speaker{Name: d.src[d.words[k].Start:d.words[p.to-1].End], Title: d.words[p.to].head, Mention: m}
		if k > p.from {
			sp.Org = d.src[d.words[p.from].Start:d.words[k-1].End]
		}
		d.personNames[sp.Name] = true
		return sp
	}
	if p.to > p.from && orgKindBefore(d.words[p.to-1].clean()) && !strings.HasPrefix(d.words[p.to].text, "(") && !names.title[d.words[p.to].head] && !hasSuffixWord(names.group, d.words[p.to].head) {
		// 전문기관 두잇서베이: the body is named by its name, not its kind
		return &Speaker{Name: d.src[d.words[p.to].Start:p.End], Mention: m}
	}
	sp := d.unnamed(p, m)
	if sp != nil {
		if first, rest, ok := strings.Cut(sp.Name, " "); ok && nativeNumerals[first] {
			sp.Name = rest // 세 여성은 …: the group the count counts speaks
		}
	}
	if sp == nil || sourceName(sp.Name) {
		return sp
	}
	// 대리인단 15명, 일본 국민 68%: the group a number counts speaks, not the number
	if g := groupOfCount(sp.Name); g != "" {
		return &Speaker{Name: g, Mention: m}
	}
	return nil
}

// roleOfParty is the speaker of a phrase whose head is a title held for someone named before
// it, the owner with 의 or the party with 측 (조국 전 장관의 변호인, 이재명 대표 측 변호인): the
// holder of the role speaks, not its owner, and is named as written. Nil for any other phrase.
func (d *doc) roleOfParty(p np, m Mention) *Speaker {
	head := d.words[p.to].head
	if !names.title[head] || d.words[p.to].clean() != d.words[p.to].text && !d.isSubjectWord(p.to) {
		return nil
	}
	for k := p.from + 1; k < p.to; k++ {
		if d.words[k].text == "측" {
			return &Speaker{Name: cleanName(m.Text), Title: head, Mention: m} // X 측 변호인
		}
	}
	k := p.from - 1
	if p.from != p.to || k < 0 || d.words[k].sent != d.words[p.to].sent {
		return nil
	}
	o, ok := d.genitiveAt(k)
	if !ok || d.isDateWord(o.to) || countName(d.src[o.Start:o.End]) {
		return nil // 지난해의 대변인, 3명의 변호인: no owner
	}
	name := cleanName(d.src[o.Start:p.End])
	return &Speaker{Name: name, Title: head, Mention: Mention{Span: tokenize.Span{Start: o.Start, End: p.End}, Text: d.src[o.Start:p.End]}}
}

// personsSide is the party a person's side names (윤 총장 측, 이재명 대표 측: the person's lawyers
// or aides, not the person), as written: a phrase that ends with 측 after a title. A body's side
// (삼성전자 측, 소속사 측) is the body, read elsewhere. nil if p is no such phrase.
func (d *doc) personsSide(p np, m Mention) *Speaker {
	if p.to <= p.from || d.words[p.to].head != "측" {
		return nil
	}
	before := d.words[p.to-1]
	if before.clean() != before.text {
		return nil
	}
	if !hasSuffixWord(names.title, before.head) {
		return nil // (신천지 측, 이스라엘 측: a body's or a country's side is the body)
	}
	return &Speaker{Name: cleanName(m.Text), Mention: m}
}

// hanjaBodies are the single Hanja a Korean headline writes for a body or a country (與 for the
// ruling party, 野 for the opposition, 北 for North Korea).
var hanjaBodies = map[string]string{"與": "여당", "野": "야당", "北": "북한", "美": "미국", "中": "중국", "日": "일본",
	"英": "영국", "獨": "독일", "佛": "프랑스", "露": "러시아", "靑": "청와대", "檢": "검찰", "警": "경찰", "軍": "군", "政": "정부"}

// hanjaSurnames are the single Hanja a headline writes for a leader by surname (尹, 文, 李).
var hanjaSurnames = map[string]string{"尹": "윤", "文": "문", "李": "이", "朴": "박", "金": "김", "崔": "최", "安": "안",
	"洪": "홍", "盧": "노", "曺": "조", "秋": "추", "黃": "황", "宋": "송", "丁": "정", "鄭": "정", "吳": "오", "權": "권"}

// hanjaSpeaker is who a headline names by a single Hanja before a quote (與 “…”, 尹 “…”): the
// body it stands for, or the first person of the article with that surname and a full name of
// three syllables; nil for any other text.
func (d *doc) hanjaSpeaker(t string) *Speaker {
	if b, ok := hanjaBodies[t]; ok {
		return &Speaker{Name: b}
	}
	sur, ok := hanjaSurnames[t]
	if !ok {
		return nil
	}
	first := d.firstPersonWhere(func(e *entities.Entity) bool {
		return strings.HasPrefix(e.Name, sur) && utf8.RuneCountInString(e.Name) == 3
	})
	if first == nil {
		return nil
	}
	return &Speaker{Name: first.Name, Title: first.Title, Org: first.Org}
}

// moneyAmount reports a number word that is an amount of money (2500억, 3만원, 10달러).
func moneyAmount(w string) bool {
	w = strings.TrimRight(w, ",.")
	for _, suf := range []string{"억", "만", "원", "달러", "엔", "위안", "유로"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// anonymized is the name of a person the news keeps anonymous, 성 + 모 (+씨), as written at the
// end of phrase s (택시기사 김 모씨 → 김 모씨, 이모씨 → 이모씨); "" when s ends with none.
func anonymized(s string) string {
	ws := strings.Fields(stripParens(s))
	if len(ws) == 0 {
		return ""
	}
	last := ws[len(ws)-1]
	if (last == "모씨" || last == "모") && len(ws) >= 2 && utf8.RuneCountInString(ws[len(ws)-2]) == 1 && isSurnameRune([]rune(ws[len(ws)-2])[0]) {
		return ws[len(ws)-2] + " " + last
	}
	if r := []rune(last); len(r) == 3 && r[1] == '모' && r[2] == '씨' && isSurnameRune(r[0]) {
		return last
	}
	return ""
}

// sourceName reports a name that can be a source: not a number phrase (36명, 헌법 41조), a
// date (16일, 2017년), a title alone (사장, 관계자), a pronoun (이, 그) or a phrase holding a
// quote mark. News never has any of these speak: they are what a frame's subject slot held
// when the source was left out or stood elsewhere.
func sourceName(n string) bool {
	n = strings.TrimSpace(n)
	if n == "" || strings.IndexFunc(n, isQuoteMark) >= 0 {
		return false
	}
	words, _, last := wordStats(stripParens(n))
	if words > 1 && (last == "가운데" || last == "중") {
		// 1만 3천건 가운데, 10명 중: the share of a count
		words, _, last = wordStats(strings.TrimSuffix(strings.TrimSuffix(stripParens(n), last), " "))
	}
	if words == 0 || numberPhrase(last) || dateWord(last) {
		return false
	}
	if words == 1 && (names.title[last] || names.pronoun[last] || last == "이" || last == "이는") {
		return false
	}
	return true
}

// countName reports a name whose last word, its brackets aside, is a number phrase or a date
// (나머지 17.9%(10건), 1,060명).
func countName(n string) bool {
	words, _, last := wordStats(stripParens(n))
	return words > 0 && (numberPhrase(last) || dateWord(last))
}

// numberPhrase reports a word that is a number with its counter (36명, 73.2%, 214번, 41조,
// 2500억, 제66조, 10명 중): a figure, not a name. A name may hold digits (한겨레21, 4대강).
func numberPhrase(w string) bool {
	w = numberWord(strings.TrimPrefix(w, "제"))
	w = strings.TrimSuffix(w, "중")
	i := 0
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || w[i] == ',' || w[i] == '.') {
		i++
	}
	if i == 0 {
		return false
	}
	rest := w[i:]
	for k := 0; k < len(magnitudes); {
		// 117만명, 2억5천만원: a number's units of magnitude before its counter
		if m := magnitudes[k]; strings.HasPrefix(rest, m) {
			rest, k = strings.TrimLeft(rest[len(m):], "0123456789,."), 0
			continue
		}
		k++
	}
	if rest == "" {
		rest = w[i:] // 2500억: the magnitude is the counter
	}
	switch rest {
	case "", "%", "％", "명", "대", "개", "곳", "건", "척", "마리", "조", "항", "호", "위", "번", "세", "억", "만", "천", "개국", "가구", "차", "회", "년", "월", "일":
		return true
	}
	return false
}

// nativeNumerals are the native Korean numbers written before a counted noun (세 여성, 두 사람);
// not 한, which is also a family name (한 당선인).
var nativeNumerals = map[string]bool{"두": true, "세": true, "네": true, "다섯": true, "여섯": true, "일곱": true, "여덟": true, "아홉": true, "열": true, "스무": true}

// magnitudes are the units of magnitude a Korean number is written with.
var magnitudes = []string{"조", "억", "만", "천", "백"}

// dateWord reports a word that is a date: 16일, 2017년, 3월.
func dateWord(w string) bool {
	w = numberWord(w)
	for _, c := range []string{"일", "년", "월"} {
		if strings.HasSuffix(w, c) && startsWithDigit(w) {
			return true
		}
	}
	switch w {
	case "지난해", "올해", "작년", "내년", "이날", "당시", "오늘", "어제":
		return true
	}
	return false
}

// groupOfCount is the group a number phrase counts (대리인단 15명 → 대리인단, 일본 국민 68% →
// 일본 국민), "" when the phrase is the number alone or the rest is no source either.
func groupOfCount(n string) string {
	ws := strings.Fields(stripParens(n))
	for len(ws) > 0 && (numberPhrase(ws[len(ws)-1]) || ws[len(ws)-1] == "중" || ws[len(ws)-1] == "최소" || ws[len(ws)-1] == "약") {
		if moneyAmount(ws[len(ws)-1]) {
			return "" // 지방비 포함 2500억이: an amount of money is what is said, no group
		}
		if thingCount(ws[len(ws)-1]) {
			return "" // 무인기 5대 중 1대는: counted by a counter of things, no one who speaks
		}
		ws = ws[:len(ws)-1]
	}
	for len(ws) > 0 && (ws[0] == "나머지" || ws[0] == "등" || ws[0] == "최소" || ws[0] == "약") {
		ws = ws[1:]
	}
	g := strings.Join(ws, " ")
	if g == "" || !sourceName(g) {
		return ""
	}
	return g
}

// thingCounters count things, never people (대 machines, 발 shots, 척 ships, 채 houses, 곳 places).
var thingCounters = []string{"대", "개", "건", "발", "척", "기", "채", "곳", "마리", "편", "권", "점", "벌"}

// thingCount reports a number phrase counted by a counter of things (5대, 1대, 3발, 10여 척).
func thingCount(w string) bool {
	if !startsWithDigit(w) {
		return false
	}
	w = strings.TrimSuffix(w, "씩")
	for _, c := range thingCounters {
		if strings.HasSuffix(w, c) {
			return true
		}
	}
	return false
}

// ageDecade reports the decade of an age, two digits ending in 0 before 대 (20대, 30~40대):
// news names people by it (20대는 …고 답했다), as it counts machines by N대.
func ageDecade(w string) bool {
	n, ok := strings.CutSuffix(w, "대")
	if k := strings.LastIndexAny(n, "~·-"); k >= 0 {
		n = n[k+1:]
	}
	return ok && len(n) == 2 && n[0] >= '1' && n[0] <= '9' && n[1] == '0'
}

// orgByHead is the organisation last named before offset at whose name ends with the noun h
// of two or more syllables and is longer (위원회 → 미국 상원 정보위원회, 공사 → 한국관광공사),
// nil if none: writers name a body in full once and then by its head noun.
func (d *doc) orgByHead(h string, at int) *entities.Entity {
	if utf8.RuneCountInString(h) < 2 || !isHangul(h) || teamHeads[h] {
		return nil
	}
	var best *entities.Entity
	bestAt := -1
	for i := range d.ents {
		e := &d.ents[i]
		if e.Type != entities.Organization || len(e.Name) <= len(h) || !strings.HasSuffix(e.Name, h) || !d.goodEntity(i) {
			continue
		}
		for _, m := range e.Mentions {
			if m.End > m.Start && m.End <= at && m.Start > bestAt {
				best, bestAt = e, m.Start
			}
		}
	}
	return best
}

// teamHeads name a research team, which coreference ties to the team named in full itself
// (김 박사팀 ← 연구팀): a fragment ending with one is no organisation named before.
var teamHeads = map[string]bool{"연구팀": true, "연구진": true, "연구단": true}

// unnamed names a phrase that no entity covers: the phrase as written, and a few references
// back to groups: 그/그녀 that coreference could not tie (the person quoted last), 그들/이들 (the
// group that speaks before), 이 신문 (the outlet already reporting), X 측 (X).
func (d *doc) unnamed(p np, m Mention) *Speaker {
	var buf [6]string // the words, on the stack for up to six
	ws := buf[:0]
	for w := range strings.FieldsSeq(stripParens(stripMarks(m.Text))) {
		ws = append(ws, w)
	}
	if len(ws) == 0 {
		return nil
	}
	if n := anonymized(m.Text); n != "" {
		// 팬 김모(34)씨, 회사원 이모(45)씨: a person kept anonymous is named by the surname and
		// 모씨 alone, not the calling before it nor the age in brackets
		return &Speaker{Name: n, Mention: m}
	}
	full := cleanName(m.Text)
	last := ws[len(ws)-1]
	switch {
	case len(ws) == 1 && last == "고인":
		// 고인 (the deceased) is the person whose death the article reports: the first
		// person it names (수학자 김용운 별세 … 고인은 …라고 보았다)
		if e := d.firstPerson(); e != nil {
			return &Speaker{Name: e.Name, Title: e.Title, Org: e.Org, Mention: m}
		}
	case len(ws) == 1 && (last == "그들" || last == "이들"):
		// a plural pronoun: the group speaking before, or the previous sentence's topic
		if s := d.sentOf(p.Start); s > 0 {
			a, b := d.sents[s-1][0], d.sents[s-1][1]
			if j := d.subjectIn(a, b, true); j >= 0 && d.isTopic(j) {
				if sp := d.speakerOf(d.npBefore(j)); sp != nil {
					return withMention(sp, m)
				}
			}
		}
		if d.lastOrg != nil {
			return withMention(d.lastOrg, m)
		}
		return nil
	case len(ws) == 1 && names.pronoun[last]:
		if d.lastPerson != nil {
			return withMention(d.lastPerson, m)
		}
		if s := d.sentOf(p.Start); s > 0 {
			// 마크 캔시언 선임고문은 …비판했다. 그는 “…”: with no one quoted yet, 그 is the
			// person the sentence before is about, named with a title the recogniser missed
			a, b := d.sents[s-1][0], d.sents[s-1][1]
			if j := d.subjectIn(a, b, true); j >= 0 && d.isTopic(j) && hasSuffixWord(names.title, lastNoun(d.text(d.npBefore(j)))) {
				if sp := d.speakerOf(d.npBefore(j)); sp != nil {
					return withMention(sp, m)
				}
			}
		}
		return nil
	case len(ws) == 2 && (pointingWord(ws[0]) || ws[0] == "같은") && mediaNouns[ws[1]]:
		// 이 신문은 전했다: the newspaper already reporting
		if d.lastMedia != "" {
			return &Speaker{Name: d.lastMedia, Mention: m}
		}
	case len(ws) == 1 && hasSuffixWord(names.title, last) && d.titled(d.last, last) != nil:
		// 경찰청장은 …: a title alone as the topic names again the speaker last written
		// with it (존 웰터 경찰청장)
		return withMention(d.titled(d.last, last), m)
	case len(ws) == 1 && adminUnits[last] && d.lastOrg != nil && strings.HasSuffix(d.lastOrg.Name, last):
		// 시는 …라고 설명했다: 시 alone is the city last named (서울시)
		return withMention(d.lastOrg, m)
	case len(ws) == 1:
		// 위원회는 …라고 밝혔다: the head noun of an organisation's name, written alone, is
		// that organisation named before (미국 상원 정보위원회, 한국관광공사 → 공사)
		if e := d.orgByHead(last, p.Start); e != nil {
			return &Speaker{Name: e.Name, Mention: m}
		}
	case (len(ws) == 2 || len(ws) == 3 && formerWords[ws[1]]) && utf8.RuneCountInString(ws[0]) == 1 && isSurnameRune([]rune(ws[0])[0]) && hasSuffixWord(names.title, last):
		// 문 전 대표는: a family name and a title name again the one written before in full
		// with that family name and title (더불어민주당의 문재인 전 대표), when the recogniser
		// missed the full name
		if n := d.fullNameBefore(ws[0], last, p.from); n != "" {
			d.personNames[n] = true
			return &Speaker{Name: n, Title: last, Mention: m}
		}
	case len(ws) == 2 && pointingWord(ws[0]) && (hasSuffixWord(names.title, ws[1]) || hasSuffixWord(names.group, ws[1])):
		// 이 관계자가, 그 전문가는: the one named before with that noun (군 관계자, 미국
		// 전문가), the latest speaker so named, else the latest phrase so headed in the text
		if sp := d.namedBefore(ws[1], p.from); sp != nil {
			return withMention(sp, m)
		}
	case len(ws) == 2 && ws[1] == "측":
		if names.title[ws[0]] || names.people[ws[0]] || names.role[ws[0]] {
			return &Speaker{Name: full, Mention: m} // 학생 측, 피해자 측: the students' side, a party as written
		}
		if !genericOrgs[ws[0]] {
			return &Speaker{Name: ws[0], Mention: m} // 서울대 측 → 서울대
		}
		if d.lastOrg != nil {
			return &Speaker{Name: d.lastOrg.Name, Mention: m} // 대학 측: the one already speaking
		}
	}
	return &Speaker{Name: full, Mention: m}
}

// namedBefore is who a demonstrative and head (이 관계자) point back to: the latest speaker whose
// name ends with head, else the latest phrase before word to of one or two words ending with
// head and not itself opened by a demonstrative (합참 관계자). nil if none.
func (d *doc) namedBefore(head string, to int) *Speaker {
	for i := len(d.quotes) - 1; i >= 0; i-- {
		if sp := d.quotes[i].Speaker; sp != nil && (strings.HasSuffix(sp.Name, head) || sp.Title == head) {
			return sp
		}
	}
	for k := to - 1; k > 0; k-- {
		if d.words[k].head != head || d.words[k].inQ {
			continue
		}
		prev := d.words[k-1].clean()
		if pointingWord(prev) || prev == "한" || !d.isNominal(k-1) || d.words[k-1].sent != d.words[k].sent {
			continue
		}
		return &Speaker{Name: prev + " " + head}
	}
	return nil
}

// pointingWord reports a determiner that points back to what was named before (이, 그, 해당).
func pointingWord(w string) bool { return w == "이" || w == "그" || w == "해당" }

// withMention is a copy of sp named at mention m: one already met, named again.
func withMention(sp *Speaker, m Mention) *Speaker {
	c := *sp
	c.Mention = m
	return &c
}

// formerWords mark a title held before (전 대표) or now (현 대표).
var formerWords = map[string]bool{"전": true, "前": true, "현": true}

// fullNameBefore is a name of two or three syllables starting with the family name sur, written
// before word to and followed by the title (after 전 or 현, if any), "" if none.
func (d *doc) fullNameBefore(sur, title string, to int) string {
	for k := 0; k+1 < to && k+1 < len(d.words); k++ {
		h := d.words[k].head
		if n := utf8.RuneCountInString(h); n < 2 || n > 3 || !strings.HasPrefix(h, sur) || !isHangul(h) {
			continue
		}
		j := k + 1
		if formerWords[d.words[j].clean()] && j+1 < to {
			j++
		}
		if d.words[j].head == title || strings.HasSuffix(d.words[j].head, title) {
			return h
		}
	}
	return ""
}

// firstPerson is the person the article names first, nil if it names none.
func (d *doc) firstPerson() *entities.Entity {
	return d.firstPersonWhere(func(e *entities.Entity) bool { return sourceName(e.Name) })
}

// firstPersonWhere is the person the article names first among those ok accepts, nil if none.
func (d *doc) firstPersonWhere(ok func(*entities.Entity) bool) *entities.Entity {
	var first *entities.Entity
	for i := range d.ents {
		e := &d.ents[i]
		if e.Type != entities.Person || len(e.Mentions) == 0 || !ok(e) {
			continue
		}
		if first == nil || e.Mentions[0].Start < first.Mentions[0].Start {
			first = e
		}
	}
	return first
}

// titled is sp when its title, or the last word of its name as written, is title t; else nil.
func (d *doc) titled(sp *Speaker, t string) *Speaker {
	if sp == nil {
		return nil
	}
	if sp.Title == t || sp.Title == "" && strings.HasSuffix(sp.Name, " "+t) {
		return sp
	}
	return nil
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

// sentOf is the index of the sentence holding byte offset off.
func (d *doc) sentOf(off int) int {
	i := d.wordAt(off)
	if i >= len(d.words) {
		return len(d.sents) - 1
	}
	return d.words[i].sent
}

// titleHead reports a phrase whose last word is a person's title (…선임연구위원, …대변인).
func (d *doc) titleHead(s tokenize.Span) bool {
	_, _, last := wordStats(stripParens(stripMarks(d.src[s.Start:s.End])))
	return hasSuffixWord(names.title, last)
}

// coordinated reports a phrase that joins two or more names with 와/과, 및 or a comma
// (환경부와 국립환경과학원, 경찰과 소방당국): the group speaks as written.
func (d *doc) coordinated(p np) bool {
	for k := p.from; k < p.to; k++ {
		w := &d.words[k]
		if w.clean() == "및" {
			return true
		}
		t := w.lastTok()
		if t == nil || !strings.HasSuffix(w.text, ",") && !((t.Surface == "와" || t.Surface == "과") && strings.HasPrefix(tokenize.FirstTag(t.POS), "J")) {
			continue
		}
		// a conjunction between two names (the tokenizer also reads the 과 of 학과 as one):
		// a person or organisation on each side
		left := tokenize.Span{Start: d.words[p.from].Start, End: t.Start}
		right := tokenize.Span{Start: d.words[k+1].Start, End: p.End}
		if d.anyEntity(left) && d.anyEntity(right) {
			return true
		}
	}
	return false
}

// anyEntity reports whether a person's or organisation's mention lies within span s.
func (d *doc) anyEntity(s tokenize.Span) bool {
	for i := range d.ents {
		e := &d.ents[i]
		if e.Type != entities.Person && e.Type != entities.Organization {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= s.Start && m.End <= s.End && m.End > m.Start {
				return true
			}
		}
	}
	return false
}

// footnote matches a reference mark such as [1] that wiki text leaves after a name.
var footnote = regexp.MustCompile(`\[\d+\]`)

// cleanName is a speaker's phrase as a name: without quote marks, title marks (《한겨레21》),
// reference marks ([1]) and runs of white space.
func cleanName(s string) string {
	s = footnote.ReplaceAllString(stripMarks(s), "")
	s = strings.NewReplacer("《", "", "》", "", "〈", "", "〉", "").Replace(s)
	return joinFields(balanceBrackets(s))
}

// balanceBrackets cuts a name's bracket left open or closed without its opening (a phrase cut
// inside an aside: 국립환경과학원(이하 과학원 → 국립환경과학원, 한국학)교수 → 교수).
func balanceBrackets(s string) string {
	if i := strings.LastIndexByte(s, ')'); i >= 0 && strings.Count(s[:i], "(") == 0 {
		s = s[i+1:] // …)교수: the opening is outside the phrase
	}
	if i := strings.LastIndexByte(s, '('); i >= 0 && !strings.Contains(s[i:], ")") {
		s = s[:i] // 과학원(이하 과학원: the aside runs past the phrase
	}
	return strings.TrimSpace(s)
}

// citedSource is the source a reporter cites in words [from, to): X를 인용해 or X의 발표를
// 인용해 before what it reports (해외 언론들은 제이콥 주마 대통령의 발표를 인용해 “…”고
// 보도했다). What is reported so is the cited source's, not the reporter's; nil when the words
// cite nobody.
func (d *doc) citedSource(from, to int) *Speaker {
	return d.statementOwner(from+1, to, false)
}

// statementOwner is the source named by X를 인용해 or X의 발표를 인용해 (see citedSource), and
// with through also by the statement a body speaks through when no subject is written: X의
// 논평을 통해, X 명의의 성명을 통해 (외교부 대변인 명의의 논평을 통해 “…”며 촉구했다 → 외교부
// 대변인). nil when words [from, to) name none.
func (d *doc) statementOwner(from, to int, through bool) *Speaker {
	for k := from; k < to; k++ {
		cite := false
		switch d.words[k].clean() {
		case "인용해", "인용하여", "인용해서":
			cite = true
		case "통해", "통하여":
			if !through {
				continue
			}
		default:
			continue
		}
		o := k - 1
		if o < from {
			continue
		}
		c := d.words[o].clean()
		if !strings.HasSuffix(c, "을") && !strings.HasSuffix(c, "를") || d.words[o].inQ {
			return nil
		}
		// X의 발표를, X 명의의 논평을: the owner of the document, written with 의 or, before
		// 명의의 (issued in X's name), bare
		owner, bare := o-1, false
		if owner >= from && d.words[owner].clean() == "명의의" {
			owner--
			bare = owner >= from && !strings.HasSuffix(d.words[owner].clean(), "의")
		}
		n := stripMarks(cutParticle(c, "을", "를"))
		if !names.source[n] && !nounIsStatement(n) {
			if !cite {
				return nil
			}
			if p := d.npBefore(o); d.plausible(p) {
				return d.speakerOf(p) // X를 인용해: X
			}
			return nil
		}
		if owner < from || !bare && !strings.HasSuffix(d.words[owner].clean(), "의") {
			return nil
		}
		p := np{from: owner, to: owner}
		for j := owner - 1; j >= from && j > owner-5 && d.isNominal(j); j-- {
			p.from = j
		}
		p.Start, p.End = d.words[p.from].Start, d.headEnd(owner)
		if !bare {
			p.End = d.words[owner].Start + len(d.words[owner].clean()) - len("의")
		}
		if p.End > p.Start && d.plausible(p) {
			return d.speakerOf(p)
		}
		return nil
	}
	return nil
}

// nounIsStatement reports a noun that names something said: 발표, 말, 성명, 발언.
func nounIsStatement(n string) bool {
	_, ok := nounStance(n)
	switch n {
	case "말", "발언", "발표", "성명", "보도", "논평", "담화", "보도자료", "입장문", "기자회견", "브리핑", "서한", "편지":
		return true
	}
	return ok
}
