package entities

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
	"github.com/gisa-nlp/gisa/tokenize"
)

// People the tagger misses or cuts, found from how news writes a person with a title: the
// title stands right after the name (백상엽 대표, 브루스 클링너 선임연구원) or right before it
// (미드필더 알라이시스 로마오는, 이란의 대통령 마무드 아마디네자드가). A foreign name is one to
// three Hangul words none of which is a common noun, a title or an organisation's word, at least
// one of which the dictionary reads as a personal name or does not know; a Korean name is one
// word of a family name and one or two syllables that is no dictionary noun.

// titledNames adds the names of such phrases to spans as people, dropping the tagger's spans
// they overlap (it often cuts a foreign name in two, or calls half of it an organisation).
func titledNames(d *corefDoc, spans []rawSpan) []rawSpan {
	spans = d.trimSpans(spans)
	var found []tokenize.Span
	for e := range d.eojs {
		if ej := &d.eojs[e]; !ej.is(factTitleEnd) || ej.is(factAmbiguous) { // !IsTitle(stem) || ambiguousTitles[stem]
			continue
		}
		if sp, ok := d.nameBefore(e, spans); ok {
			found = append(found, sp)
		}
		if d.eojs[e].bare {
			if sp, ok := d.nameAfter(e, spans); ok {
				found = append(found, sp)
			}
		}
	}
	found = append(found, d.reportingNames()...)
	d.titledFound = append(d.titledFound[:0], found...)
	if len(found) == 0 {
		return spans
	}
	// The found names and the people kept are indexed, so that each test reads the few spans
	// near the one tested (it read them all: quadratic in a long text).
	names := d.spans(1)
	for _, f := range found {
		names.add(f)
	}
	out := spans[:0:0]
	for _, s := range spans {
		// a person or organisation inside a name found, unless it is that very person
		drop := (s.Type == Person || s.Type == Organization) &&
			names.holds(s.Span, func(f tokenize.Span) bool { return s != (rawSpan{Span: f, Type: Person}) })
		if !drop {
			out = append(out, s)
		}
	}
	people := d.spans(2)
	for _, s := range out {
		if s.Type == Person {
			people.add(s.Span)
		}
	}
	for _, f := range found {
		if !people.holds(f, nil) {
			out = append(out, rawSpan{Span: f, Type: Person})
			people.add(f)
		}
	}
	sortSpans(out)
	return slices.CompactFunc(out, func(a, b rawSpan) bool { return a == b })
}

// nameBefore finds the name written before the title at eojeol e, past up to three words of
// the person's organisation (제랄드 다르마냉 프랑스 내무부 장관, 반기문 유엔 사무총장): one
// Korean full name, or a foreign name of one to three words.
func (d *corefDoc) nameBefore(e int, spans []rawSpan) (tokenize.Span, bool) {
	to := e - 1
	for to >= 0 && to >= e-3 && d.eojs[to].sent == d.eojs[e].sent && (d.orgWord(to, spans) || d.eojs[to].bare && d.bodyStem(to)) {
		if t := d.spanType(to, spans); t != Organization && t != Location && !d.beforeTitle(to) && !d.bodyStem(to) {
			break // a word of the tagger's organisation may end like a particle (화학+과)
		}
		to--
	}
	if to < 0 || d.eojs[to].sent != d.eojs[e].sent || !d.beforeTitle(to) {
		return tokenize.Span{}, false
	}
	if d.koreanName(to) || d.shortKoreanName(to) {
		ej := d.eojs[to]
		return tokenize.Span{Start: ej.stemEnd - len(ej.stem), End: ej.stemEnd}, true
	}
	from := -1
	for k := to; k >= 0 && k > to-3; k-- {
		if d.eojs[k].sent != d.eojs[e].sent || !d.beforeTitle(k) || !d.nameish(k) && !d.givenNameWord(k, to) {
			break
		}
		if t := d.spanType(k, spans); t != "" && t != Person {
			break
		}
		from = k
	}
	if from < 0 {
		return tokenize.Span{}, false
	}
	sp, ok := d.foreignName(from, to, spans)
	if ok {
		sp.End = d.wordEnd(to) // the whole word: the tokenizer cuts unknown names (포스테코글+루)
	}
	return sp, ok
}

// titleModifiers are the nouns that qualify a title after a name (신임 대통령, 차기 총리).
var titleModifiers = setOf("신임", "전임", "초대", "차기", "현직", "전직", "임시", "수석", "명예")

// reportingNames finds a foreign name of two words that opens a sentence as its subject or
// topic when the sentence ends with a reporting verb (저스틴 비버는 …라고 말했다: 비버 is also
// the dictionary's "beaver"): whoever reports is a person or a body, and a first word the
// dictionary knows as a person's name makes it a person. The second word is a name word or a
// common noun of two or three syllables, no title, organisation word or title modifier.
func (d *corefDoc) reportingNames() []tokenize.Span {
	var out []tokenize.Span
	for e := 0; e+1 < len(d.eojs); e++ {
		if e > 0 && d.eojs[e-1].sent == d.eojs[e].sent {
			continue // the sentence's first word only
		}
		w0, w1 := &d.eojs[e], &d.eojs[e+1]
		if w1.sent != w0.sent || !w1.role.salient() || !w0.bare || !w0.is(factHangul) || w0.stemRunes < 2 || !d.personWord(e) || !d.nameish(e) || d.koreanName(e) {
			continue
		}
		if !w1.is(factHangul) || w1.stemRunes < 2 || w1.stemRunes > 3 || w1.is(factCorefTitle) || w1.is(factDeterminer) || orgSuffixed(w1.stem) || titleModifiers[w1.stem] || appositives[w1.stem] || d.dateEoj(e+1) {
			continue
		}
		sp := tokenize.Span{Start: w1.stemEnd - len(w1.stem), End: w1.stemEnd}
		if !d.nameish(e+1) && !d.commonNounAt(sp, false) {
			continue
		}
		if !d.reportingSentence(e) {
			continue
		}
		out = append(out, tokenize.Span{Start: w0.Start, End: w1.stemEnd})
	}
	return out
}

// appositives are the nouns that follow a name in apposition and are no part of it (샤오치잉
// 자신들은, 김 씨 부부는, 트럼프 일가는).
var appositives = setOf("자신", "자신들", "스스로", "본인", "모두", "일행", "일가", "부부", "가족", "형제", "자매", "측근", "역시", "또한")

// reportingSentence reports whether the sentence of eojeol e ends with a reporting verb
// (reportVerbs, read from its last eojeol as omitted reads a sentence).
func (d *corefDoc) reportingSentence(e int) bool {
	last := e
	for last+1 < len(d.eojs) && d.eojs[last+1].sent == d.eojs[e].sent {
		last++
	}
	stem, _, ok := d.lastVerbStem(d.eojs[last].tokLo, d.eojs[last].tokHi)
	return ok && reportVerbs[stem]
}

// givenNameWord reports the last word of a foreign name of two words before a title that the
// dictionary reads as a common noun (아베 신조 일본 총리: 신조, "creed"): a Hangul word of two or
// three syllables right after a word the dictionary knows as a person's name, itself first in
// the phrase, and not opening like a title's modifier (신임, 주일).
func (d *corefDoc) givenNameWord(k, to int) bool {
	if k != to || k == 0 || d.eojs[k-1].sent != d.eojs[k].sent || !d.personWord(k-1) || !d.nameish(k-1) || d.koreanName(k-1) {
		return false
	}
	if k >= 2 && d.eojs[k-2].sent == d.eojs[k].sent && d.beforeTitle(k-2) && d.nameish(k-2) {
		return false // 제라드 쿠슈너 백악관 …: a name of two words already, the next is its organisation
	}
	if st := d.eojs[k].stem; titleModifiers[st] || strings.HasPrefix(st, "주") && countryAbbrev[strings.TrimPrefix(st, "주")] {
		return false // 와타라 신임 대통령, 케네디 주일 대사: a title's modifier
	}
	ej := d.eojs[k]
	if !ej.bare || !ej.is(factHangul) || ej.stemRunes < 2 || ej.stemRunes > 3 || ej.is(factCorefTitle) || ej.is(factDeterminer) || d.dateEoj(k) {
		return false
	}
	// only a common noun (신조): a proper noun there names the organisation (제이크 설리번
	// 백악관 국가안보보좌관)
	return d.commonNounAt(tokenize.Span{Start: ej.stemEnd - len(ej.stem), End: ej.stemEnd}, false)
}

// beforeTitle reports an eojeol that can stand right before a title inside one noun phrase:
// no punctuation and no particle ending it. The tokenizer reads the last syllable of many
// foreign names as a particle (포스테코글+루), so only a syllable that is a common case
// particle counts as one here.
func (d *corefDoc) beforeTitle(e int) bool {
	ej := d.eojs[e]
	w := strings.TrimLeftFunc(d.src[ej.Start:ej.End], func(r rune) bool { return r < 0xAC00 || r > 0xD7A3 })
	if w == "" || !nameRunes(w) {
		return false // opening marks and brackets are passed (”(유룡 …)
	}
	if ej.bare {
		return true
	}
	k := ej.tokHi - 1
	return !(d.tags[k][0] == 'J' && caseParticles[d.toks[k].Surface])
}

// caseParticles are the particles that end a noun phrase in its clause.
var caseParticles = setOf("이", "가", "은", "는", "을", "를", "의", "에", "와", "과", "도", "로", "으로", "에서", "께서", "에게", "만")

// wordEnd is the end of eojeol e without trailing punctuation or marks.
func (d *corefDoc) wordEnd(e int) int {
	end := d.eojs[e].End
	for end > d.eojs[e].Start {
		r, size := utf8.DecodeLastRuneInString(d.src[:end])
		if r >= 0xAC00 && r <= 0xD7A3 {
			break
		}
		end -= size
	}
	return end
}

// orgWord reports an eojeol that names a person's organisation or country in a name + title
// phrase: an organisation or place the tagger found, a place name of the dictionary, a Latin
// word, a known organisation, or a word ending with an organisation's word (내무부, 민주통합당,
// 옥스퍼드대).
func (d *corefDoc) orgWord(e int, spans []rawSpan) bool {
	if t := d.spanType(e, spans); t == Organization || t == Location {
		return true
	}
	ej := d.eojs[e]
	st := ej.stem
	if st == "" {
		return false
	}
	if knownOrgs[st] || countries[st] || countryAbbrev[d.src[ej.Start:ej.End]] || d.placeAt(tokenize.Span{Start: ej.stemEnd - len(st), End: ej.stemEnd}) {
		return true
	}
	if latinOnly(st) {
		return true
	}
	return orgSuffixed(st)
}

// orgSuffixed reports a word of two or more syllables that ends with an organisation's word.
func orgSuffixed(st string) bool {
	if utf8.RuneCountInString(st) < 2 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(st)
	for _, suf := range orgSuffixesByLast[last] {
		if len(st) > len(suf) && st[len(st)-len(suf):] == suf && suf != "원" {
			return true
		}
	}
	return false
}

// orgSuffixesByLast are the orgSuffixes by their last syllable: a word can only end with the
// few that end with its own, and orgSuffixed is asked of most eojeols (it iterated the whole
// map for each).
var orgSuffixesByLast = func() map[rune][]string {
	m := map[rune][]string{}
	for _, suf := range slices.Sorted(maps.Keys(orgSuffixes)) {
		r, _ := utf8.DecodeLastRuneInString(suf)
		m[r] = append(m[r], suf)
	}
	return m
}()

// spanType is the type of the tagger's span that covers eojeol e's stem, "" if none.
func (d *corefDoc) spanType(e int, spans []rawSpan) string {
	ej := d.eojs[e]
	lo := ej.stemEnd - len(ej.stem)
	i := sort.Search(len(spans), func(k int) bool { return spans[k].End > lo })
	for ; i < len(spans) && spans[i].Start < ej.stemEnd; i++ {
		if spans[i].Start <= lo && ej.stemEnd <= spans[i].End {
			return spans[i].Type
		}
	}
	return ""
}

// nameAfter finds a foreign name of one to three words right after the title at eojeol e; its
// last word may carry a particle.
func (d *corefDoc) nameAfter(e int, spans []rawSpan) (tokenize.Span, bool) {
	to := -1
	for k := e + 1; k < len(d.eojs) && k <= e+3; k++ {
		if d.eojs[k].sent != d.eojs[e].sent || !d.nameish(k) {
			break
		}
		to = k
		if !d.eojs[k].bare {
			break
		}
	}
	if to < 0 {
		return tokenize.Span{}, false
	}
	sp, ok := d.foreignName(e+1, to, spans)
	if ok && d.eojs[to].bare {
		sp.End -= gluedParticle(d.src[d.eojs[to].Start:sp.End])
	}
	return sp, ok
}

// gluedParticle is the byte length of a case particle that the tokenizer glued into the last
// syllable of an unknown name (아마디네자드가 read as one name word), 0 when there is none. Only
// the particles that follow a syllable without a final consonant (가, 는, 를, 의, 도, 와) are
// read off, and only from a name of three syllables or more.
func gluedParticle(w string) int {
	if utf8.RuneCountInString(w) < 4 {
		return 0
	}
	last, size := utf8.DecodeLastRuneInString(w)
	switch last {
	case '가', '는', '를', '의', '도', '와':
		prev, _ := utf8.DecodeLastRuneInString(w[:len(w)-size])
		if utf8fast.Final(prev) == 0 {
			return size // the syllable before has no final consonant, as 가/는/를 require
		}
	}
	return 0
}

// foreignName is the span of eojeols from..to as a foreign name, when one of them reads as a
// personal name (to the dictionary or to the tagger) and the phrase is not a single
// Korean-looking word of the dictionary.
func (d *corefDoc) foreignName(from, to int, spans []rawSpan) (tokenize.Span, bool) {
	if from < 0 || to < from {
		return tokenize.Span{}, false
	}
	person := false
	for k := from; k <= to; k++ {
		if d.personWord(k) || d.touches(k, spans, Person) {
			person = true
		}
	}
	if !person {
		return tokenize.Span{}, false
	}
	for k := from; k <= to; k++ {
		// a one-syllable word is the first or last of a name of several (피터 리, 반
		// 히데유키), never alone (백 대표 is a surname and a title) nor in the middle
		if !d.eojs[k].is(factOneRune) {
			continue
		}
		w := d.src[d.eojs[k].Start:d.eojs[k].End]
		if from == to || k != from && k != to || k == from && !isSurname([]rune(w)[0]) || k == to && countryAbbrev[w] {
			return tokenize.Span{}, false // a family name first is one of the common ones
		}
	}
	if from == to && d.eojs[from].stemRunes < 2 {
		return tokenize.Span{}, false
	}
	return tokenize.Span{Start: d.eojs[from].Start, End: d.eojs[to].stemEnd}, true
}

// nameish reports an eojeol whose stem can be a word of a foreign name: Hangul of one to six
// syllables, no title, no organisation's word, no determiner, date or dictionary common noun.
func (d *corefDoc) nameish(e int) bool {
	ej := d.eojs[e]
	st := ej.stem
	if w := d.src[ej.Start:ej.End]; ej.is(factOneRune) && nameRunes(w) {
		// a one-syllable word of a foreign name (피터 리, 샤오우엔 혼): a noun of the
		// dictionary or none, but no prefix of a title (전 대통령, 현 장관); foreignName keeps
		// it only after another word of the name
		tag := d.tags[ej.tokLo]
		return !titlePrefixes[w] && (tag[0] == 'N' || d.toks[ej.tokLo].Unknown)
	}
	if st == "" || !ej.is(factHangul) || ej.is(factDeterminer) || ej.is(factCorefTitle) || d.dateEoj(e) {
		return false
	}
	if n := ej.stemRunes; n > 8 {
		return false
	}
	if orgSuffixed(st) {
		return false
	}
	sp := tokenize.Span{Start: ej.stemEnd - len(st), End: ej.stemEnd}
	return !d.commonNounAt(sp, false) && !d.placeAt(sp)
}

// placeAt reports a stem the dictionary gives as one place name (우크라이나, 서울).
func (d *corefDoc) placeAt(sp tokenize.Span) bool {
	k := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= sp.Start })
	if k >= len(d.toks) || d.toks[k].Start != sp.Start {
		return false
	}
	t := &d.toks[k]
	return t.End == sp.End && d.tags[k] == "NNP" && t.Features.Semantic == "지명"
}

// koreanName reports an eojeol whose stem reads as a Korean full name: a family name and two
// syllables (or a two-syllable family name and two), not a dictionary common noun.
func (d *corefDoc) koreanName(e int) bool {
	ej := d.eojs[e]
	if ej.stem == "" {
		return false
	}
	sp := tokenize.Span{Start: ej.stemEnd - len(ej.stem), End: ej.stemEnd}
	if d.placeAt(sp) {
		return false
	}
	if d.nameShaped(sp) {
		return true
	}
	// before a title, a family name and two syllables is a full name unless the dictionary
	// knows the whole word as one common noun (홍+세화 is 홍세화; 이용자 is no name)
	// (a stem of three syllables is not the eojeol's one code point: factSurname is its own)
	return ej.stemRunes == 3 && ej.is(factSurname) && ej.is(factHangul) && !d.commonNounAt(sp, false)
}

// titlePrefixes are the one-syllable words that qualify a title: 전 대통령, 현 장관, 신임 …
var titlePrefixes = setOf("전", "현", "신", "구", "총", "부", "주", "차", "제", "각", "본", "당", "동", "원", "대", "소", "고", "故", "前", "現")

// touches reports whether a span of the tagger of type typ overlaps eojeol e.
func (d *corefDoc) touches(e int, spans []rawSpan, typ string) bool {
	ej := d.eojs[e]
	i := sort.Search(len(spans), func(k int) bool { return spans[k].End > ej.Start })
	for ; i < len(spans) && spans[i].Start < ej.End; i++ {
		if spans[i].Type == typ {
			return true
		}
	}
	return false
}

// trimSpans mends two slips of the tagger that coreference would carry on: an organisation
// that swallowed the title after it (STEPI 선임연구위원: the title is the person's, who stands
// before), and a person that starts with a word no name starts with (또 백, 것이 조: an
// adverb, or a word that ends with a particle or an ending).
func (d *corefDoc) trimSpans(spans []rawSpan) []rawSpan {
	out := spans[:0:0]
	var named map[string]int // how often each text is a span, made when a span may need it
	for _, s := range spans {
		if s.Type == Organization || s.Type == Person {
			if p := particleEnd(d.src[s.Start:s.End]); p > 0 {
				// 새누리당도 where the article names 새누리당 more often: the name and a
				// particle (김정은 written more often than 김정 stays whole)
				if named == nil {
					named = map[string]int{}
					for _, o := range spans {
						named[strings.TrimSpace(d.src[o.Start:o.End])]++
					}
				}
				if named[strings.TrimSpace(d.src[s.Start:s.End-p])] > named[strings.TrimSpace(d.src[s.Start:s.End])] {
					s.End -= p
				}
			}
		}
		for s.Start < s.End && (d.src[s.Start] == ' ' || d.src[s.Start] == '\n') {
			s.Start++ // the tagger's span may begin at the space before a word
		}
		for s.End > s.Start && (d.src[s.End-1] == ' ' || d.src[s.End-1] == '\n') {
			s.End--
		}
		for e := d.eojAt(s.Start); e >= 0 && e+1 < len(d.eojs) && d.eojs[e].Start == s.Start && d.eojs[e+1].Start < s.End && (d.eojs[e].bare && d.timeWord(e) || d.conjunctionEoj(e)); e++ {
			s.Start = d.eojs[e+1].Start // (하지만) 이후 총학생회는: a conjunction or a word of time opening a name is the sentence's
		}
		switch s.Type {
		case Organization:
			if text := d.src[s.Start:s.End]; titleEnding(text) && !strings.ContainsRune(text, ' ') || anaphoricBodies[text] {
				continue // 외교안보수석비서관 is a title; 재판부, 연구팀 refer back (the linker's)
			}
			if e := d.eojAt(s.Start); e >= 0 && d.eojs[e].Start < s.Start && lettersOnly(d.src[d.eojs[e].Start:s.Start]) {
				// an organisation's name starts where its word does: the tagger may cut a
				// name it split oddly (소상공인시장진흥공단 → 장진흥공단)
				s.Start = d.eojs[e].Start
			}
			s.End = d.unitsAfter(d.middleDotName(s.End))
			if e := d.eojAt(s.End - 1); e >= 0 && d.eojs[e].Start > s.Start && d.eojs[e].is(factTitleEnd) {
				s.End = d.endBefore(s.Start, e)
			}
		case Person:
			// 릭 스콧 플로리|다 주지사: a name of several words ends where a word does; a span
			// that ends inside a word whose rest is no particle (the tagger cut 플로리다, a
			// place, as 플로리/NNP 다/MAG) drops that word
			if e := d.eojAt(s.End - 1); e >= 0 && d.eojs[e].Start > s.Start && s.End < d.wordEnd(e) && !particleStart(d.src[s.End:d.wordEnd(e)]) {
				s.End = d.endBefore(s.Start, e)
			}
			// 이창용 한|은 총재: a Korean full name (a surname and two syllables) is one word
			// and the whole name; a single syllable after it is the next word's (한은, the
			// bank), never a part of the name, when a title follows that word: a word that
			// ends in a particle ends its noun phrase, so 한은 before 총재 is no 한 + 은 (but
			// 제임스 김은 …고 말했다 is a foreign given name and a Korean family name)
			if t := d.src[s.Start:s.End]; strings.Count(t, " ") == 1 {
				first, last, _ := strings.Cut(t, " ")
				if r, _ := utf8.DecodeRuneInString(first); utf8.RuneCountInString(first) == 3 && isSurname(r) && utf8.RuneCountInString(last) == 1 && d.titleAfter(s.End) {
					s.End = s.Start + len(first)
				}
			}
			// 마무드 아마디네자드 이란 (대통령): a country ending a name of several words is
			// the person's affiliation, written between the name and the title
			for t := d.src[s.Start:s.End]; strings.Count(t, " ") >= 1; t = d.src[s.Start:s.End] {
				sp := strings.LastIndexByte(t, ' ')
				if w := t[sp+1:]; !countries[w] && !(bodyWord(w) && !d.nameInDictionary(s.Start+sp+1, w)) {
					break
				}
				s.End = s.Start + len(strings.TrimRight(t[:sp], " "))
			}
			for {
				e := d.eojAt(s.Start)
				if e < 0 || d.eojs[e].End >= s.End || d.nameStart(e) {
					break
				}
				s.Start = d.eojs[e+1].Start // drop the word; the next one starts the name
			}
		}
		if s.Start < s.End {
			out = append(out, s)
		}
	}
	return out
}

// bodyWord reports a word that names a body, not a part of a person's name: a known
// organisation, or a word of three syllables or more ending as public bodies do (크렘린궁,
// 백악관, 국무부, 외교부): 드미트리 페스코프 크렘린궁 (대변인) is the person and the body they speak for.
func bodyWord(w string) bool {
	if knownOrgs[w] {
		return true
	}
	if utf8.RuneCountInString(w) < 3 || !hangulOnly(w) || titleEnding(w) {
		return false // (문체부장관, 외교관: titles)
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	switch r {
	case '궁', '관', '부', '청', '처':
		return true
	}
	return false
}

// titleAfter reports a title as the word after the one that holds byte at-1, in its sentence.
func (d *corefDoc) titleAfter(at int) bool {
	e := d.eojAt(at - 1)
	return e >= 0 && e+1 < len(d.eojs) && d.eojs[e+1].sent == d.eojs[e].sent && d.titleOf(e+1) != ""
}

// bodyStem reports eojeol e's stem as a bodyWord that the dictionary does not have as a
// person's name.
func (d *corefDoc) bodyStem(e int) bool {
	ej := d.eojs[e]
	return bodyWord(ej.stem) && !d.nameInDictionary(ej.stemEnd-len(ej.stem), ej.stem)
}

// nameInDictionary reports the word w written at byte start as one token that the dictionary
// has as a person's name (NNP 인명): such a word is a name whatever syllable it ends in, and a
// foreign family name may end as a body does (마이클 플레처 감독: 플레처 as 법제처).
func (d *corefDoc) nameInDictionary(start int, w string) bool {
	e := d.eojAt(start)
	if e < 0 {
		return false
	}
	for k := d.eojs[e].tokLo; k < d.eojs[e].tokHi; k++ {
		if t := &d.toks[k]; t.Start == start {
			return d.tags[k] == "NNP" && t.Features.Semantic == "인명" && t.Surface == w
		}
	}
	return false
}

// timeWord reports an eojeol that is a date or a word of time (이후, 현재, 이날, 지난해).
func (d *corefDoc) timeWord(e int) bool {
	switch d.eojs[e].stem {
	case "이후", "이전", "현재", "지금", "이제", "그동안", "그후":
		return true
	}
	return d.dateEoj(e)
}

// conjunctionEoj reports an eojeol that is a conjunctive adverb alone (하지만, 그러나, 또한).
func (d *corefDoc) conjunctionEoj(e int) bool {
	ej := d.eojs[e]
	return ej.tokHi == ej.tokLo+1 && d.tags[ej.tokLo] == "MAJ"
}

// endBefore is where a span from start ends when it drops word e and what follows: at the end
// of the word before e, past the spaces between them.
func (d *corefDoc) endBefore(start, e int) int {
	end := d.eojs[e].Start
	for end > start && d.src[end-1] == ' ' {
		end--
	}
	return end
}

// particleEnd is the length in bytes of a subject or topic particle ending t (도, 은, 는, 이,
// 가), 0 when t ends with none.
func particleEnd(t string) int {
	for _, p := range []string{"께서는", "께서", "도", "은", "는", "이", "가"} {
		if len(t) > len(p) && strings.HasSuffix(t, p) {
			return len(p)
		}
	}
	return 0
}

// particleStart reports a rest of a word that opens with a case particle or 씨 (김철수|는,
// 김철수|씨의): what may follow a name inside its word.
func particleStart(rest string) bool {
	if strings.HasPrefix(rest, "씨") {
		return true
	}
	for _, p := range caseParticlesLongestFirst {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// lettersOnly reports a non-empty string of letters and digits only.
func lettersOnly(t string) bool {
	for _, r := range t {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return t != ""
}

// anaphoricBodies are nouns that refer back to a body named before (재판부, 연구팀): the linker
// ties them to it, so the tagger's organisation spans of them are dropped.
var anaphoricBodies = setOf("재판부", "연구팀", "연구진", "연구단", "공동연구팀", "공동연구진")

// IsTitle reports a word that is a person's title or role (대표, 감독, 미드필더), or ends with one
// of two syllables or more (상임대표, 수석대변인, 외교안보수석비서관).
func IsTitle(w string) bool { return titleEnding(w) }

// titleEnding reports a word that is a title or ends with one of two syllables or more
// (선임연구위원, 수석부사장).
func titleEnding(w string) bool {
	if corefTitleEnds.EndsOutside(w) {
		return false // the titleSuffixes are corefTitles too: none ends with that syllable
	}
	return corefTitles[w] || titleSuffixed(w)
}

// titleSuffixed reports a word that ends with one of the titleSuffixes and is longer.
func titleSuffixed(w string) bool {
	last, _ := utf8.DecodeLastRuneInString(w)
	for _, t := range titleSuffixes[last] {
		if len(w) > len(t) && strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// titleSuffixes are the titles of two syllables or more that may end a longer title, by their
// last syllable. 연구원 ends institutes as well as titles (한국전자통신연구원), so titles that
// are also organisation suffixes are left out: only the compound titles listed are titles.
var titleSuffixes = func() map[rune][]string {
	m := map[rune][]string{}
	for _, set := range [2]map[string]bool{titles, roleTitles} {
		for t := range set {
			if utf8.RuneCountInString(t) >= 2 && !orgSuffixes[t] {
				r, _ := utf8.DecodeLastRuneInString(t)
				m[r] = append(m[r], t)
			}
		}
	}
	return m
}()

// nameStart reports whether eojeol e can begin a person's name: no adverb, determiner or
// connective, and nothing that ends with a particle or an ending.
func (d *corefDoc) nameStart(e int) bool {
	ej := d.eojs[e]
	if ej.tokHi <= ej.tokLo {
		return false
	}
	switch d.tags[ej.tokLo] {
	case "MAG", "MAJ", "MM", "IC", "NNB":
		return false
	}
	return d.beforeTitle(e) // a particle-like last syllable only where the tokenizer reads one
}

// shortKoreanName reports a Korean name of two syllables before a title (유룡 교수, 김구
// 선생): a bare word of a family name and one syllable, no dictionary noun, no place.
func (d *corefDoc) shortKoreanName(e int) bool {
	ej := d.eojs[e]
	// (a stem of two syllables is not the eojeol's one code point: factSurname is its own)
	if ej.stemRunes != 2 || !ej.bare || !ej.is(factSurname) || !ej.is(factHangul) {
		return false
	}
	sp := tokenize.Span{Start: ej.stemEnd - len(ej.stem), End: ej.stemEnd}
	return !d.commonNounAt(sp, true) && !d.placeAt(sp)
}

// countryAbbrev are the one-syllable names of countries that stand before a title (존 케리 미
// 국무장관, 왕이 중 외교부장): an organisation's word, never the last of a name.
var countryAbbrev = setOf("미", "중", "일", "영", "독", "불", "프", "러", "북", "한", "호", "캐", "인", "이", "대", "유")

// countries are the countries' names as Korean news writes them. Between a name and a title
// a country is the person's affiliation (마무드 아마디네자드 이란 대통령, 사나 마린 핀란드
// 총리), never the last word of the name; the tagger often reads such a word as a name.
var countries = setOf(
	"한국", "대한민국", "북한", "조선", "미국", "중국", "일본", "러시아", "영국", "프랑스", "독일",
	"이탈리아", "스페인", "포르투갈", "네덜란드", "벨기에", "스위스", "오스트리아", "스웨덴",
	"노르웨이", "덴마크", "핀란드", "아이슬란드", "아일랜드", "폴란드", "체코", "헝가리", "그리스",
	"터키", "튀르키예", "우크라이나", "벨라루스", "루마니아", "불가리아", "세르비아", "크로아티아",
	"캐나다", "멕시코", "브라질", "아르헨티나", "칠레", "페루", "콜롬비아", "베네수엘라", "쿠바",
	"호주", "뉴질랜드", "인도", "파키스탄", "방글라데시", "스리랑카", "네팔", "아프가니스탄",
	"이란", "이라크", "시리아", "레바논", "이스라엘", "팔레스타인", "요르단", "사우디아라비아",
	"사우디", "아랍에미리트", "카타르", "쿠웨이트", "예멘", "이집트", "리비아", "튀니지", "알제리",
	"모로코", "수단", "에티오피아", "케냐", "나이지리아", "가나", "남아공", "남아프리카공화국",
	"인도네시아", "말레이시아", "싱가포르", "태국", "베트남", "필리핀", "미얀마", "캄보디아",
	"라오스", "몽골", "대만", "홍콩", "카자흐스탄", "우즈베키스탄", "조지아", "아르메니아",
	"아제르바이잔", "토고", "피지", "바티칸",
)

// unitsAfter extends an organisation's name ending at byte end over the bare words right after
// it that name a unit of it (대한민국 법무부 출입국·외국인정책본부, 서울대 공대
// 기계항공공학부): words ending with an organisation's word, not titles.
func (d *corefDoc) unitsAfter(end int) int {
	e := d.eojAt(end - 1)
	if e < 0 || d.eojs[e].End != end || !d.eojs[e].bare {
		return end // the name's own word carries a particle: it ends there
	}
	for k := e + 1; k < len(d.eojs) && k <= e+3; k++ {
		ej := d.eojs[k]
		if ej.sent != d.eojs[e].sent || ej.Start-d.eojs[k-1].End > 1 || ej.stem == "" || ej.stemRunes < 3 ||
			!orgSuffixed(ej.stem) || ej.is(factTitleEnd) || anaphoricBodies[ej.stem] || d.placeAt(tokenize.Span{Start: ej.stemEnd - len(ej.stem), End: ej.stemEnd}) {
			break
		}
		end = d.middleDotName(ej.stemEnd)
		if !ej.bare {
			break // the unit's particle ends the name
		}
	}
	return end
}

// middleDotName is where a name ending at byte end really ends when a middle dot follows
// (출입국|·외국인정책본부): past the dot and the Hangul after it, before the word's particle.
func (d *corefDoc) middleDotName(end int) int {
	if !strings.HasPrefix(d.src[end:], "·") {
		return end
	}
	e := d.eojAt(end)
	if e < 0 {
		return end
	}
	ej := d.eojs[e]
	stop := ej.End
	if k := ej.tokHi - 1; k >= ej.tokLo && d.tags[k][0] == 'J' {
		stop = d.toks[k].Start
	}
	i := end + len("·")
	for i < stop {
		r, size := utf8.DecodeRuneInString(d.src[i:])
		if r < 0xAC00 || r > 0xD7A3 {
			break
		}
		i += size
	}
	if i == end+len("·") {
		return end
	}
	return i
}
