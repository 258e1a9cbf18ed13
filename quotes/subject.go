package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
	"github.com/gisa-nlp/gisa/tokenize"
)

// np is a noun phrase that names a speaker: words from..to (inclusive), and the byte span of
// its text without the particle that marks it.
type np struct {
	from, to int
	tokenize.Span
}

// text is the phrase as written.
func (d *doc) text(p np) string { return d.src[p.Start:p.End] }

// isSubjectWord reports a word that marks the subject or topic of its clause: a noun with
// 은/는/도/이/가/께서, or 역시 after a noun phrase (부사장 역시 “…”).
func (d *doc) isSubjectWord(i int) bool {
	w := &d.words[i]
	if alsoWord(w.clean()) {
		// 야3당 의원들 또한: the noun before 또한 or 역시 is the subject; but 이 역시 is "this
		// too", a demonstrative pointing at a thing, no subject
		return i > 0 && d.words[i-1].sent == w.sent && d.isNominal(i-1) && !d.demonstrative(i-1) && !pointingWord(d.words[i-1].clean())
	}
	if strings.HasSuffix(w.text, ",") && !d.commaTopic(i) || d.isDateWord(i) {
		return false // (2017년도: the 도 of 년도 is the noun 年度, and a date names no subject)
	}
	t := w.lastTok()
	if t == nil || d.inRegion(t.Start) {
		return false
	}
	switch tokenize.FirstTag(t.POS) {
	case "JX":
		switch t.Surface {
		case "도":
			if i+1 < len(d.words) && names.title[d.words[i+1].head] && d.words[i+1].head != d.words[i+1].clean() {
				return false // 곽상도 의원은: a name ending in 도 before its title, no particle
			}
			if i > 0 && anyDeterminer[d.words[i-1].clean()] {
				return false // 어떠한 제3국도 지향하지 않고: "not any X", no subject
			}
			return d.isNominalBefore(w, t)
		case "은", "는", "께서는":
			return d.isNominalBefore(w, t)
		}
	case "JKS":
		return d.isNominalBefore(w, t)
	}
	return false
}

// alsoWord reports 역시 or 또한 (also), which after a noun phrase with no particle mark it as the
// topic of its clause, as 도 does (일본인들 역시, 야3당 의원들 또한 “…”며 반발했다); opening a
// sentence 또한 is a connective instead.
func alsoWord(c string) bool { return c == "역시" || c == "또한" }

// anyDeterminer are the determiners of "any" that make X도 a negative "not any X" (어떠한 나라도,
// 아무 말도).
var anyDeterminer = map[string]bool{"어떠한": true, "어떤": true, "아무": true, "아무런": true}

// commaTopic reports a topic set off by a comma that opens its sentence (일본 방위성
// 관계자는, “…”고 밝혔다): writers pause after a long topic; it is still the topic. (A
// comma after a subject elsewhere ends a clause or a list.)
func (d *doc) commaTopic(i int) bool {
	t := d.words[i].lastTok()
	if t == nil || tokenize.FirstTag(t.POS) != "JX" || t.Surface != "은" && t.Surface != "는" {
		return false
	}
	from, start := d.npBefore(i).from, d.clauseStart(d.sents[d.words[i].sent][0], i)
	// (1991년부터 사업을 추진해온 한국농어촌공사는, …: after the relative clause that
	// describes it)
	return from == start || from > start && isModifier(&d.words[from-1])
}

// isSourceTopic reports 업계에선 / 학계에서는 / 언론에서도 (sourceSuffixes): a place or a circle
// named as the source of a view.
func (d *doc) isSourceTopic(i int) bool {
	c := d.words[i].clean()
	for _, suf := range sourceSuffixes {
		if strings.HasSuffix(c, suf) {
			return true
		}
	}
	// 여러 언론에서 …했다고 하지만, 오마이뉴스에서 보도했다: 에서 marks as the subject a body
	// that is no place one is in, the press and associations (국회에서, 대법원에서 are places)
	h, ok := strings.CutSuffix(c, "에서")
	// (시공사인 스마트레일에서 …다고 밝혔다: a company, no place one is in)
	return ok && (isMediaName(h) || strings.HasSuffix(h, "언론") || strings.HasSuffix(h, "단체") || d.bodyApposition(i))
}

// bodyApposition reports a noun phrase starting at word i right after an apposition in 인 that
// says it is a company or a service (시공사인 스마트레일에서, 온라인 음악 서비스 1위인 멜론이,
// 포털 사이트 중 하나인 네이버에서): the writer says what the name is, whatever the word
// means in the dictionary (멜론, "melon").
func (d *doc) bodyApposition(i int) bool {
	if i == 0 || d.words[i-1].sent != d.words[i].sent {
		return false
	}
	k, ok := strings.CutSuffix(d.words[i-1].clean(), "인")
	if !ok {
		return false
	}
	if companyKinds[k] {
		return true
	}
	// a rank in a kind (서비스 1위인) or one of a kind (사이트 중 하나인)
	j := i - 2
	if k == "하나" && j >= 0 && d.words[j].clean() == "중" {
		j--
	}
	return j >= 0 && d.words[j].sent == d.words[i].sent && (k == "하나" || strings.HasSuffix(k, "위")) && hasSuffixWord(bodyKinds, d.words[j].head)
}

// bodyKinds are nouns for kinds of company or service an apposition can name (음악 서비스
// 1위인 X, 포털 사이트 중 하나인 X).
var bodyKinds = map[string]bool{"서비스": true, "사이트": true, "포털": true, "기업": true, "회사": true, "업체": true, "단체": true, "방송사": true, "신문사": true, "플랫폼": true}

// companyKinds are the nouns that say what kind of company the name after them is (시공사인
// 스마트레일, 운영사인 X).
var companyKinds = map[string]bool{"시공사": true, "운영사": true, "제조사": true, "시행사": true, "제작사": true, "배급사": true, "소속사": true, "발행사": true, "판매사": true, "개발사": true}

// subjectNP is the phrase a subject word names: without 에서는 for a source topic (…고 민들레
// 언론에서는 밝혔다 → 민들레 언론), else the noun phrase before its particle.
func (d *doc) subjectNP(j int) np {
	if d.isSourceTopic(j) {
		return d.npSource(j)
	}
	return d.npBefore(j)
}

// sourceSuffixes are the endings of a source topic (업계에선, 학계에서는, 언론에서도).
var sourceSuffixes = []string{"에서는", "에선", "에서도"}

// isNominalBefore reports whether the token of w just before particle t is nominal (the
// head noun the particle marks).
func (d *doc) isNominalBefore(w *word, t *tokenize.Token) bool {
	var prev *tokenize.Token
	for k := range w.toks {
		if w.toks[k].Start >= t.Start {
			break
		}
		prev = &w.toks[k]
	}
	return prev != nil && nominalTag(tokenize.FirstTag(prev.POS))
}

func nominalTag(tag string) bool {
	switch tag {
	case "NNG", "NNP", "NNB", "NNBC", "NR", "NP", "SL", "SH", "SN", "XSN", "XPN", "SSO", "SSC", "SY", "SC", "MM", "XR":
		return true
	}
	return false
}

// isNominal reports a word that can stand inside a noun phrase: it does not end with a verb
// ending or a case particle (a coordinating 와/과 is allowed, as are the stray particles the
// tokenizer finds inside unknown compounds such as 감염내과 or 글라스도어), and it is not a lone
// adverb.
func (d *doc) isNominal(i int) bool {
	w := &d.words[i]
	t := w.lastTok()
	if t == nil {
		return false
	}
	if d.copulaNoun(i) && len(w.toks) == 2 {
		return true // 자리프 이란 외무장관: 이란 (Iran) read as the copula's modifier
	}
	tag := tokenize.FirstTag(t.POS)
	if strings.HasPrefix(tag, "E") || strings.HasPrefix(tag, "V") || tag == "XSV" || tag == "XSA" ||
		laterPart(t.POS, 'E') || laterPart(t.POS, 'J') {
		return false
	}
	if strings.HasPrefix(tag, "J") && tag != "JC" && !(tag == "JKB" && (t.Surface == "과" || t.Surface == "와")) {
		return false
	}
	if len(w.toks) == 1 && (tag == "MAG" || tag == "MAJ" || tag == "IC") {
		return false
	}
	return !connectives[w.clean()]
}

// isDateWord reports a date or time word: 8일, 30일(현지시간), 2016년, 지난달.
func (d *doc) isDateWord(i int) bool {
	w := &d.words[i]
	c := stripParens(w.clean())
	switch c {
	case "최근", "이날", "당시", "지난해", "올해", "지난달", "오늘", "어제", "앞서":
		return true
	}
	for k, t := range w.toks {
		if tokenize.FirstTag(t.POS) == "SN" && k+1 < len(w.toks) {
			switch w.toks[k+1].Surface {
			case "일", "월", "년", "시", "분":
				return true
			}
		}
	}
	return false
}

// npBefore is the noun phrase ending at subject word i: the nominal words before it, back to a
// verb, a particle, a date or the start of the sentence (at most six words).
func (d *doc) npBefore(i int) np {
	to := i
	if alsoWord(d.words[i].clean()) {
		to = i - 1
	}
	sentStart := d.sents[d.words[i].sent][0]
	from := to
	reach := 6
	if hasSuffixWord(names.title, d.words[to].head) {
		reach = 9 // a name, a long body and a title (문근식 한국 국방 안보 포럼 대회 협력 국장)
	}
	for k := to - 1; k >= sentStart && k > to-reach; k-- {
		w := &d.words[k]
		if !d.isNominal(k) && !d.namedCopula(k) && !(k == to-1 && adminUnits[w.text]) && !(k == to-1 && d.nameReadAsVerb(k)) && !d.surnameBeforeTitle(k, to) && !(reach == 9 && d.personWord(k)) || d.isDateWord(k) || timeNouns[w.clean()] || strings.HasSuffix(w.text, ",") || strings.HasSuffix(w.text, ".") {
			break
		}
		from = k
	}
	p := np{from: from, to: to}
	p.Start = d.words[from].Start
	p.End = d.headEnd(to)
	if p.End <= p.Start {
		p.End = d.words[to].End
	}
	return p
}

// personWord reports a word, with no particle or ending of its own after the name, that is a
// mention of a person the recogniser found: part of a noun phrase before a title whatever the
// tagger read it as (단 페트레스쿠 전북 감독: 페트레/NNP+스/VV+쿠/EC).
func (d *doc) personWord(k int) bool {
	w := &d.words[k]
	if w.clean() != w.text {
		return false
	}
	e := d.entityAt(tokenize.Span{Start: w.Start, End: w.End})
	if e == nil || e.Type != "PERSON" {
		return false
	}
	for _, m := range e.Mentions {
		if m.Start <= w.Start && m.End >= w.End {
			return true
		}
	}
	return false
}

// nameReadAsVerb reports a word right before a title that the tagger read as a verb's
// modifier, alone (알 그린 하원의원: 알/NNG 그린/VV+ETM), after a noun with no particle: a
// title follows the name of its holder, and a bare modifier between a noun and a title is the
// last word of a foreign name, not a clause describing the holder (that would be written with
// its own subject or object: 새로 취임한 장관).
//
// A word that joins a noun and such a modifier with no particle between them, before a title,
// is a name the dictionary split too (에스알 관계자: 에스/NNG 알/VV+ETM): a clause describing
// the holder keeps its noun's particle (사고를 안 관계자); 있/없 compounds (재미있는) aside.
func (d *doc) nameReadAsVerb(k int) bool {
	w := &d.words[k]
	if w.clean() != w.text || k+1 >= len(d.words) || !hasSuffixWord(names.title, d.words[k+1].head) {
		return false
	}
	if len(w.toks) == 2 {
		n, v := w.toks[0].POS, &w.toks[1]
		return (n == "NNG" || n == "NNP") && (v.POS == "VV+ETM" || v.POS == "VA+ETM") && !strings.HasPrefix(v.Surface, "있") && !strings.HasPrefix(v.Surface, "없")
	}
	if len(w.toks) != 1 {
		return false
	}
	if p := w.toks[0].POS; p != "VV+ETM" && p != "VA+ETM" {
		return false
	}
	if k == 0 || d.words[k-1].sent != w.sent || d.isDateWord(k-1) {
		return false
	}
	prev := &d.words[k-1]
	last := prev.lastTok()
	return last != nil && prev.clean() == prev.text && (tokenize.FirstTag(last.POS) == "NNG" || tokenize.FirstTag(last.POS) == "NNP") && len(prev.toks) == 1
}

// surnameBeforeTitle reports a word of one syllable that is a family name, right before a
// title (or before 전/현 and a title) that ends the phrase at word to: 문 전 대표, which the
// dictionary reads 문/VV+ETM 전/MM, is the family name of a person named before in full.
func (d *doc) surnameBeforeTitle(k, to int) bool {
	w := &d.words[k]
	if w.clean() != w.text || utf8.RuneCountInString(w.text) != 1 || !isSurnameRune([]rune(w.text)[0]) {
		return false
	}
	j := k + 1
	if j < to && formerWords[d.words[j].clean()] {
		j++
	}
	return j == to && hasSuffixWord(names.title, d.words[to].head)
}

// adminUnits are the one-syllable nouns for a local government written alone before a title
// (도 관계자, 시 관계자): the province, the city, never the particle 도 or the noun 시 (time).
var adminUnits = map[string]bool{"도": true, "시": true, "군": true, "구": true}

// namedCopula reports a word tagged as a noun with the copula's modifier (문재/NNG+인/VCP+ETM)
// that the recogniser reads as a name whole (문재인): a name ending in 인 or 이 before a title
// is a noun, not "who is X".
func (d *doc) namedCopula(k int) bool {
	w := &d.words[k]
	if !w.hasTag("VCP") || w.clean() != w.text {
		return false
	}
	e := d.entityAt(tokenize.Span{Start: w.Start, End: w.End})
	if e == nil {
		return false
	}
	for _, m := range e.Mentions {
		if m.Start <= w.Start && m.End >= w.End {
			return true
		}
	}
	return false
}

// headEnd is the end of word i without its trailing particles and punctuation.
func (d *doc) headEnd(i int) int {
	w := &d.words[i]
	end := w.End
	for k := len(w.toks) - 1; k >= 0; k-- {
		t := w.toks[k]
		tag := tokenize.FirstTag(t.POS)
		first, _ := utf8.DecodeRuneInString(t.Surface)
		if strings.HasPrefix(tag, "J") || tag == "SF" || tag == "SC" || (tag == "SSC" || tag == "SY") && isQuoteMark(first) {
			end = t.Start
			continue
		}
		break
	}
	return end
}

// plausible reports whether a noun phrase can name a speaker: a person, an organisation, a
// group, a pronoun, a titled role, or an entity the recogniser found.
func (d *doc) plausible(p np) bool {
	if p.End <= p.Start {
		return false
	}
	if q, ok := d.withoutReflexive(p); ok {
		// X 자신들은: the reflexive stands only for people or bodies, so X is one
		return !d.isDateWord(q.to) && !numberPhrase(d.words[q.to].head)
	}
	if e := d.entityAt(p.Span); e != nil {
		return true
	}
	hs := d.words[p.to].Start
	if hs < p.Start || hs >= p.End {
		hs = p.Start // a phrase cut inside its last word (a headline's name glued to the mark)
	}
	head := stripMarks(stripParens(d.src[hs:p.End]))
	if head == "" {
		head = stripMarks(d.src[hs:p.End])
	}
	if names.pronoun[head] || p.from == p.to && d.orgByHead(head, p.Start) != nil || d.bodyApposition(p.from) {
		return true // (위원회 alone, after 미국 상원 정보위원회: that body)
	}
	if hasSuffixWord(names.title, head) || hasSuffixWord(names.group, head) || hasLatin(head) || personPlural(head) || names.role[strings.TrimSuffix(head, "들")] {
		return true
	}
	for _, t := range d.words[p.to].toks {
		if t.Start >= p.End {
			break
		}
		if t.Features.Semantic == "인명" || tokenize.FirstTag(t.POS) == "NNP" && t.Features.Semantic != "지명" || t.Unknown {
			return true
		}
	}
	for k := p.from; k < p.to; k++ {
		w := &d.words[k]
		if looksKoreanName(stripParens(stripMarks(w.clean())), w.toks) {
			return true
		}
	}
	return d.givenNameBefore(p) || d.titleBefore(p) || d.glossedName(d.words[p.to].head)
}

// withoutReflexive is phrase p without a reflexive 자신/자신들 after a name (샤오치잉 자신들은:
// the group itself), and whether p had one: the reflexive set after a noun stands for it.
func (d *doc) withoutReflexive(p np) (np, bool) {
	if p.to <= p.from || !reflexives[d.words[p.to].head] {
		return p, false
	}
	q := np{from: p.from, to: p.to - 1}
	q.Start, q.End = p.Start, d.headEnd(p.to-1)
	return q, q.End > q.Start
}

// reflexives are the reflexive pronouns that follow a noun in apposition (X 자신은).
var reflexives = map[string]bool{"자신": true, "자신들": true, "스스로": true}

// glossedName reports a word of a name the article introduces with its spelling in Latin
// letters in brackets (틱톡 스타인 벨라 포치(Bella Poarch): 벨라, 포치): a foreign person or body
// is named so once and then in Hangul alone, often by one of its words (벨라는 …라고 말했다).
func (d *doc) glossedName(w string) bool {
	if d.glossed == nil {
		d.glossed = map[string]bool{}
		src := d.src
		for i := strings.IndexByte(src, '('); i >= 0; {
			if i+1 < len(src) && isASCIILetter(src[i+1]) {
				gloss := src[i+1:]
				if k := strings.IndexAny(gloss, ",)"); k >= 0 {
					gloss = gloss[:k]
				}
				n := min(len(strings.Fields(gloss)), 3)
				words := strings.Fields(src[max(0, i-60):i])
				for k := len(words) - 1; k >= 0 && k >= len(words)-n; k-- {
					if hangulWord(words[k]) {
						d.glossed[words[k]] = true
					}
				}
			}
			j := strings.IndexByte(src[i+1:], '(')
			if j < 0 {
				break
			}
			i += 1 + j
		}
		for _, r := range d.regs {
			// 해킹 그룹 '샤오치잉'이: a name in quote marks right after the noun of a group is
			// that group's name
			a, b := r.Inner()
			if !r.Closed() || b-a > 30 || strings.ContainsAny(src[a:b], " ,.") || !hangulWord(src[a:b]) {
				continue
			}
			before := strings.Fields(src[max(0, r.Open-30):r.Open])
			if len(before) > 0 && strings.HasSuffix(strings.TrimRight(src[:r.Open], " "), before[len(before)-1]) && groupNoun[before[len(before)-1]] {
				d.glossed[src[a:b]] = true
			}
		}
	}
	return d.glossed[w]
}

// groupNoun are the nouns of a kind of group that a name in quote marks right after names
// (해킹 그룹 '샤오치잉', 시민단체 '참여연대').
var groupNoun = map[string]bool{"그룹": true, "단체": true, "시민단체": true, "조직": true, "모임": true, "정당": true, "밴드": true, "회사": true, "업체": true, "기업": true, "채널": true, "매체": true, "언론": true, "집단": true, "연합": true}

// hangulWord reports a word of two or more Hangul syllables and nothing else.
func hangulWord(w string) bool {
	n := 0
	for _, r := range w {
		if !utf8fast.IsSyllable(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// isASCIILetter reports an ASCII letter.
func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// titleBefore reports a phrase whose head follows a role noun written apart (가수 아이유, 배우
// 송강호, 미드필더 로마오): a role before a one-word name is the person's title; or a kind of
// body (전문기관 두잇서베이): the name is that body's.
func (d *doc) titleBefore(p np) bool {
	if p.to <= p.from {
		return false
	}
	w := &d.words[p.to-1]
	head := d.words[p.to].head
	if names.title[head] || hasSuffixWord(names.group, head) {
		return false
	}
	// (a role of two syllables or more: 군, 양, 씨 before a noun are no roles)
	if names.title[w.clean()] && utf8.RuneCountInString(w.clean()) >= 2 {
		return true
	}
	// 설문조사 전문기관 두잇서베이, 해킹 그룹 샤오치잉: a kind of body written before a
	// one-word name makes it that body's name
	return orgKindBefore(w.clean()) && !strings.HasPrefix(d.words[p.to].text, "(")
}

// orgKindBefore reports a word naming a kind of body (그룹, 전문기관, 구호단체) before a name.
func orgKindBefore(w string) bool {
	return orgKinds[w] || utf8.RuneCountInString(w) >= 3 && hasSuffixWord(orgKinds, w)
}

// orgKinds are the kinds of body a name is introduced with (전문기관 두잇서베이).
// (재단, 협회 and the like end names themselves: 전자 프런티어 재단.)
var orgKinds = map[string]bool{"기관": true, "업체": true, "단체": true, "회사": true, "주식회사": true, "기업": true, "그룹": true, "조사기관": true, "연구기관": true, "매체": true, "언론사": true, "방송사": true}

// caseObject reports a noun marked as an object (사과를) with no comma: the object of the verb
// after it. (An adverbial may belong to a modifier of its own: 여성이 ITV에서 강요된 결혼에
// 관한 …을 보고.)
func (d *doc) caseObject(k int) bool {
	w := &d.words[k]
	t := w.lastTok()
	if t == nil || strings.HasSuffix(w.text, ",") || w.inQ {
		return false
	}
	return tokenize.FirstTag(t.POS) == "JKO" && d.isNominalBefore(w, t)
}

// personPlural reports a plural of a noun for people made with 인 (人), 자 (者) or 가 (家):
// 상인들, 목격자들, 피해자들, 비평가들. Such a group can speak.
func personPlural(head string) bool {
	stem, ok := strings.CutSuffix(head, "들")
	if !ok {
		return false
	}
	if hasSuffixWord(names.title, stem) {
		return true // 유럽 정상들, 의원들: holders of a post, many
	}
	if utf8.RuneCountInString(stem) < 2 || casualties[stem] {
		return false
	}
	// (가, 家: 비평가들, 전문가들, 평론가들, of three syllables or more: 국가들 are countries)
	return strings.HasSuffix(stem, "인") || strings.HasSuffix(stem, "자") ||
		strings.HasSuffix(stem, "가") && !strings.HasSuffix(stem, "국가") && utf8.RuneCountInString(stem) >= 3
}

// casualties are the people a report counts, never its source: 사상자들이 생길 수 있다.
var casualties = map[string]bool{"사상자": true, "사망자": true, "부상자": true, "실종자": true, "희생자": true, "확진자": true, "감염자": true, "중상자": true, "경상자": true}

// givenNameBefore reports a phrase whose head follows a given name: a foreign person is written
// given name then family name (저스틴 비버, 리즈 트러스), so a word the dictionary knows as a
// person's name (인명), of two syllables or more, right before the head names a person, whatever
// the dictionary makes of the family name (비버, 트러스 are also common nouns).
func (d *doc) givenNameBefore(p np) bool {
	if p.to <= p.from {
		return false
	}
	var name *tokenize.Token // the word's one token that is no mark (‘머시 코어’)
	for k := range d.words[p.to-1].toks {
		t := &d.words[p.to-1].toks[k]
		if strings.HasPrefix(tokenize.FirstTag(t.POS), "S") {
			continue
		}
		if name != nil {
			return false
		}
		name = t
	}
	return name != nil && tokenize.FirstTag(name.POS) == "NNP" && name.Features.Semantic == "인명" && utf8.RuneCountInString(name.Surface) >= 2
}

// subjectIn is the first (leftmost=true) or last plausible subject word in [from, to), -1 if
// none.
func (d *doc) subjectIn(from, to int, leftmost bool) int {
	best := -1
	for i := from; i < to; i++ {
		if d.words[i].inQ || !d.isSubjectWord(i) || !d.plausible(d.npBefore(i)) && !d.pluralTopic(i) || d.inRelative(i, to) || d.thingsCounted(i) {
			continue
		}
		if leftmost {
			return i
		}
		best = i
	}
	return best
}

// inRelative reports a subject at word i followed at once by a verb that modifies a content
// noun (20대 대학생이 사망한 사고에 대해서는 …했다): the subject of a relative clause is that
// clause's, never the sentence's.
func (d *doc) inRelative(i, to int) bool {
	k := i + 1
	// a topic (은/는) is never inside a relative clause: it scopes over the sentence
	if k+1 >= to || d.isTopic(i) || d.alsoTopic(i) && !d.isAdverb(k) {
		return false
	}
	timed := false
	for n := 0; n < 5 && k+2 < to && (d.isAdverb(k) || d.caseObject(k) || d.timeAdjunct(k)); n++ {
		// 외국인들도 많이 모이는 이태원, 이 부회장이 사과를 한 이유: an adverb or an object
		// between the subject and its verb
		timed = timed || d.timeAdjunct(k)
		k++
	}
	if timed && (k+1 >= to || !d.isSubjectWord(k+1) || d.isTopic(k+1)) {
		// 윤 대통령이 취임 후 1개월 동안 했었던 행동이: past a phrase of time, the subject is the
		// relative clause's only when the noun the clause modifies is itself the subject
		// (이/가), as a clause has one; 멜론이 19일 낸 공지에서 …밝혔다 keeps it
		return false
	}
	w := &d.words[k]
	// a verb (사망한, 발표한), not an adjective (같은 과) nor 지난 of a date (지난 주)
	if !w.isPredicate() || !isModifier(w) || len(w.toks) == 0 || w.clean() == "지난" {
		return false
	}
	if tag := tokenize.FirstTag(w.toks[0].POS); tag == "VA" || tag == "VCP" || tag == "MM" {
		return false
	}
	// the clause modifies a noun of its own (사고, 사람), not a bound noun that makes the
	// clause itself a noun phrase (…할 것, …한 점)
	if timeRelation[d.words[k+1].clean()] || d.words[k+1].clean() == "뒤" || d.words[k+1].clean() == "다음" {
		return false // 안전요원이 안전교육을 한 후: a clause of time, its subject may be the sentence's
	}
	n := d.words[k+1].toks
	if len(n) == 1 && tokenize.FirstTag(n[0].POS) == "MM" && k+2 < to {
		n = d.words[k+2].toks // 모회사와 자회사가 경쟁하는 이런 경쟁구조는: a determiner before the noun
	}
	if len(n) > 0 {
		tag := tokenize.FirstTag(n[0].POS)
		return tag == "NNG" || tag == "NNP"
	}
	return false
}

// timeAdjunct reports a word of a phrase of time inside a clause: a date, a count of time
// (1개월), a noun of time relation (후, 동안, 이후), or the bare noun before one (취임 후).
func (d *doc) timeAdjunct(k int) bool {
	c := d.words[k].clean()
	if d.isDateWord(k) || timeRelation[c] || numberPhrase(c) {
		return true
	}
	return k+1 < len(d.words) && timeRelation[d.words[k+1].clean()] && d.words[k].head == c && d.isNominal(k)
}

// inRegion reports whether byte offset off lies inside the content of a top-level quote.
func (d *doc) inRegion(off int) bool {
	lo, hi := 0, len(d.regs)
	for lo < hi {
		m := (lo + hi) / 2
		if d.regs[m].Close <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.regs) {
		a, b := d.regs[lo].Inner()
		return off >= a && off < b
	}
	return false
}

// laterPart reports whether a tag after the first in pos starts with c: strings.Contains(pos,
// "+"+c) as a loop over the few bytes of a tag string.
func laterPart(pos string, c byte) bool {
	for i := 0; i+1 < len(pos); i++ {
		if pos[i] == '+' && pos[i+1] == c {
			return true
		}
	}
	return false
}

// timeNouns say when, not who: a speaker's phrase never starts with one (현재 리비아에서는,
// 작년 전국노병대회에서).
var timeNouns = map[string]bool{"현재": true, "작년": true, "내년": true, "금년": true, "지금": true, "그동안": true, "전날": true, "다음날": true, "이제": true, "요즘": true, "앞으로": true, "이후": true, "이전": true}
