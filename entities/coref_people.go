package entities

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
	"github.com/gisa-nlp/gisa/tokenize"
)

// candKind says how a span may refer to a person.
type candKind int

const (
	candName      candKind = iota // a name the tagger found (백상엽)
	candTitled                    // surname + title (백 대표)
	candPronoun                   // 그, 그녀
	candOmitted                   // a reporting verb whose subject is left out
	candSource                    // an unnamed source (업계 관계자)
	candDetTitle                  // a determiner and a title: 이 총재, 해당 의원, 이 관계자
	candBareTitle                 // a title alone as a clause's topic or subject: 총재는
	candCourt                     // 재판부: the court or judge already named
	candTeam                      // a research team named in full: 김영수 박사팀
	candBareTeam                  // 연구팀, 연구진: the team already named
)

// personCand is one span that may refer to a person.
type personCand struct {
	tokenize.Span
	kind  candKind
	name  string        // the name, or the surname for candTitled
	text  string        // the span's text
	title string        // the title given with it
	org   tokenize.Span // the organisation given with it
	// titled: a title or honorific follows the name (대표, 씨), evidence that it is a person
	titled bool
	// foreign: for candTitled, name is a foreign family name (클링너 연구원), not a surname
	foreign bool
	npEnd   int  // where the noun phrase ends: after the title, if one follows the name
	role    role // what the phrase's case particle makes of it
}

// ambiguousTitles are titles that are also common nouns (시장 market, 이사 moving), too weak
// to show by themselves that a name is a person's.
var ambiguousTitles = setOf("시장", "대사", "이사", "감사", "간사", "위원회", "선수", "작가")

// honorifics are titles that say nothing of the job (김 씨).
var honorifics = setOf("씨", "여사")

// reportVerbs are the stems of reporting verbs, as the lemma of a verb or the noun of 하다.
var reportVerbs = setOf("말하", "밝히", "덧붙이", "전하", "답하", "묻", "말", "강조", "설명", "언급",
	"피력", "지적", "촉구", "역설", "주장", "전망", "당부", "설명", "예상", "발표", "토로", "호소", "평가",
	"분석", "제안", "요청", "약속", "다짐", "반박", "부인", "시인", "인정", "해명", "지시")

// personCandidates lists every span that may refer to a person, in text order.
func personCandidates(d *corefDoc, spans []rawSpan) []personCand {
	people := 0
	for _, s := range spans {
		if s.Type == Person {
			people++
		}
	}
	out := make([]personCand, 0, people+4) // a candidate a person span, and a few more
	used := d.usedBuf(len(d.eojs))         // eojeols already part of a titled mention
	orgSpans := d.spans(2)
	for _, s := range spans {
		if s.Type == Organization {
			orgSpans.add(s.Span)
		}
	}
	orgIn := func(lo, hi int) tokenize.Span {
		o, _ := orgSpans.firstWithin(lo, hi) // the first organisation in [lo, hi]
		return o
	}
	for _, s := range spans {
		if s.Type != Person {
			continue
		}
		text := d.src[s.Start:s.End]
		e := d.eojAt(s.Start)
		if e < 0 {
			continue
		}
		if utf8.RuneCountInString(text) == 1 {
			if c, ok := d.titled(e); ok {
				out = append(out, c)
				used[e] = true
			}
			continue
		}
		if c, ok := d.titled(e); ok && c.kind == candTitled && c.Start == s.Start && c.End >= s.End && c.name != "" && c.title != "" {
			// 윤 원내대표 found whole by the recogniser: a surname and a title, which points
			// back to the one of that surname as 백 대표 does, not a name of its own
			out = append(out, c)
			used[e] = true
			continue
		}
		c := personCand{Span: s.Span, kind: candName, name: text, text: text}
		// Title (and organisation) after the name: 백상엽 대표, 백상엽 카카오엔터프라이즈 대표.
		last := d.eojAt(s.End - 1)
		if last >= 0 && (d.eojs[last].stemEnd == s.End || d.wordEnd(last) == s.End) {
			for k := last + 1; k < len(d.eojs) && k <= last+3; k++ {
				t := d.titleOf(k)
				if t == "" && d.eojs[k].is(factTitleEnd) && headTitle(d.eojs[k].stem) && (k == last+1 || d.eojs[last].bare) {
					// 김영수 교통정책과장은: a unit's name and the head's title written as
					// one word right after the name (or after the organisation, 제이크 설리번
					// 백악관 국가안보보좌관, when the name has no particle: 김정은 북한 is not
					// 김정 + 은) is the title
					t = d.eojs[k].stem
				}
				if t != "" && d.eojs[k].bare && k+1 < len(d.eojs) && k+1 <= last+3 && d.eojs[k+1].sent == d.eojs[k].sent && d.titleOf(k+1) != "" {
					// 조윤선 당선인 대변인, 박 대표 비서실장: of two titles in a row the last is
					// the head and the person's, the first says whose it is
					continue
				}
				if t != "" {
					if k > last+1 {
						c.org = orgIn(d.eojs[last+1].Start, d.eojs[k-1].End)
					}
					c.titled = !d.eojs[k].is(factAmbiguous) && (k == last+1 || c.org != (tokenize.Span{}))
					if !d.eojs[k].is(factHonorific) {
						c.title = t
					}
					c.npEnd = d.eojs[k].stemEnd
					if c.org == (tokenize.Span{}) && k == last+1 {
						// 카카오 백상엽 대표: the organisation before the name
						// (더불어민주당 박찬대 원내대표: an organisation the recogniser found
						// counts whatever the tagger made of its word, 더불/VV+어/EC+민주당)
						if first := d.eojAt(s.Start); first > 0 && (d.eojs[first-1].bare || d.orgWhole(first-1, orgSpans)) {
							p := d.eojs[first-1]
							c.org = orgIn(p.Start, p.End)
						}
					}
					break
				}
				if (!d.eojs[k].bare || d.eojs[k].stem == "") && !d.orgCovered(k, orgSpans) {
					break // the organisation between name and title may end like a particle (화학+과)
				}
			}
		}
		if last >= 0 && d.eojs[last].stemEnd > s.End && titles[d.src[s.End:d.eojs[last].stemEnd]] {
			c.titled = true // 김철수씨는
		}
		if first := d.eojAt(s.Start); c.title == "" && first > 0 && d.eojs[first].Start == s.Start {
			// 미드필더 알라이시스 로마오는: the title right before the name
			if p := d.eojs[first-1]; p.bare && p.sent == d.eojs[first].sent && p.is(factCorefTitle) && !p.is(factAmbiguous) && !p.is(factHonorific) {
				c.title, c.titled = p.stem, true
			}
		}
		out = append(out, c)
	}
	out = append(out, d.namesBeforeOrgTitle(spans)...)
	out = d.plausibleNames(out)
	// Surname + title the tagger did not mark (백 대표: 백 reads as the number 100).
	taken := d.spans(1) // the spans of out
	for _, c := range out {
		taken.add(c.Span)
	}
	for e := range d.eojs {
		if used[e] {
			continue
		}
		if c, ok := d.titled(e); ok && !taken.overlaps(c.Span) {
			out = append(out, c)
			taken.add(c.Span)
		}
	}
	for e := range d.eojs {
		if used[e] {
			continue
		}
		if c, ok := d.foreignTitled(e, spans); ok && !taken.overlaps(c.Span) {
			out = append(out, c)
			taken.add(c.Span)
			used[e] = true
		}
	}
	out = append(out, d.familyNames(out, spans, taken, used)...)
	out = append(out, d.appositionNames(taken, used)...)
	out = append(out, d.pronouns()...)
	out = append(out, d.omittedSubjects()...)
	out = append(out, d.sources(orgIn)...)
	out = append(out, d.titleAnaphors(out)...)
	out = append(out, d.teams()...)
	for i := range out {
		c := &out[i]
		if c.npEnd < c.End {
			c.npEnd = c.End
		}
		if c.kind != candOmitted {
			c.role = d.npRole(c.npEnd)
		}
	}
	slices.SortStableFunc(out, func(a, b personCand) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// familyNames finds a foreign person named again by the family name alone (메릴 뉴먼 …
// 뉴먼은 사죄문에서 …): after a name of two words or more, each of two syllables or more (a
// foreign name written in Hangul), a word whose stem is its last word, as a topic, subject or
// any phrase outside quotes, is a candidate for that person. Korean names (김철수) are one word
// and are not named again so.
func (d *corefDoc) familyNames(cands []personCand, spans []rawSpan, taken *spanIndex, used []bool) []personCand {
	first := map[string]int{} // family name → where its full name is first written
	var other map[string]bool // the words of places and organisations (리비아, 핀란드)
	for _, c := range cands {
		if c.kind != candName || !strings.Contains(c.name, " ") {
			continue
		}
		if other == nil {
			other = map[string]bool{}
			for _, s := range spans {
				if s.Type != Person {
					for _, w := range strings.Fields(d.src[s.Start:s.End]) {
						other[w] = true
					}
				}
			}
		}
		words := strings.Fields(c.name)
		long := true
		for _, w := range words {
			// a name's words: two syllables or more of letters, no title, no place
			if utf8.RuneCountInString(w) < 2 || !lettersOnly(w) || titleEnding(w) || other[w] {
				long = false
			}
		}
		last := words[len(words)-1]
		if at, ok := first[last]; long && (!ok || c.Start < at) {
			first[last] = c.Start
		}
	}
	if len(first) == 0 {
		return nil
	}
	var out []personCand
	for e, ej := range d.eojs {
		at, ok := first[ej.stem]
		if !ok || used[e] || ej.inQ || ej.Start <= at || ej.stemEnd-len(ej.stem) != ej.Start {
			continue
		}
		sp := tokenize.Span{Start: ej.Start, End: ej.stemEnd}
		if taken.overlaps(sp) {
			continue
		}
		out = append(out, personCand{Span: sp, kind: candName, name: ej.stem, text: ej.stem})
		taken.add(sp)
	}
	return out
}

// appositionTitles are the callings news writes right before a person's name, in apposition
// (가수 보아, 배우 송강호, 그룹 뉴진스 멤버 하니, 방송인 유재석): the word after one, marked as
// a subject or topic, is the person's name, stage names too.
var appositionTitles = setOf("가수", "배우", "멤버", "방송인", "개그맨", "개그우먼", "코미디언", "래퍼",
	"모델", "아나운서", "유튜버", "피아니스트", "바이올리니스트", "첼리스트", "성악가", "소설가", "시인", "화가", "작곡가", "프로듀서")

// appositionNames finds a person named right after a calling (appositionTitles), outside quotes,
// when the word is marked as a subject or topic and is no common noun the dictionary knows (가수
// 데뷔가, 멤버 전원이 are no one): the tagger often reads such a name as something else (하니가
// as 하/VV + 니가/EC, 보아도 as 보/VV + 아도/EC). The same name written again later as a
// subject or topic is that person too.
func (d *corefDoc) appositionNames(taken *spanIndex, used []bool) []personCand {
	var out []personCand
	known := map[string]bool{}
	for e := 1; e < len(d.eojs); e++ {
		ej, prev := d.eojs[e], d.eojs[e-1]
		if used[e] || ej.inQ {
			continue
		}
		name, ok := d.namedWord(e)
		if !ok {
			continue
		}
		title := ""
		if prev.bare && appositionTitles[prev.stem] && !prev.inQ && prev.sent == ej.sent {
			known[name], title = true, prev.stem
		} else if !known[name] {
			continue
		}
		sp := tokenize.Span{Start: ej.Start, End: ej.Start + len(name)}
		if taken.overlaps(sp) {
			continue // (found already, by the recogniser or a title)
		}
		out = append(out, personCand{Span: sp, kind: candName, name: name, text: name, titled: true, title: title})
		taken.add(sp)
		used[e] = true
	}
	return out
}

// namedWord is the name that eojeol e holds before a subject or topic particle (하니가 → 하니),
// when the rest is one to five syllables of Hangul and the tagger read its first morpheme as
// no common noun it knows (전원, 출신; 데뷔, 생활: acts), no bound noun, number or symbol.
func (d *corefDoc) namedWord(e int) (string, bool) {
	ej := d.eojs[e]
	w := d.src[ej.Start:ej.End]
	k := particleEnd(w) // (께서는, 께서, 도, 은, 는, 이, 가)
	if k == 0 {
		return "", false
	}
	name, p := w[:len(w)-k], w[len(w)-k:]
	if n := utf8.RuneCountInString(name); n > 5 || !hangulOnly(name) || n == 1 && p != "는" && p != "가" {
		return "", false
	}
	t := d.toks[ej.tokLo]
	switch d.tags[ej.tokLo] {
	case "NNB", "NR", "SN", "NP", "MM", "XPN":
		return "", false
	case "NNG":
		if t.Features != nil && t.Features.Semantic != "" || t.Surface == name && !t.Unknown {
			// a common noun the dictionary knows whole makes a compound with the calling
			// before it, the calling its modifier (멤버 전원, 배우 본인, 모델 출신, 배우
			// 인생, 가수 데뷔): it names no one
			return "", false
		}
	}
	return name, true
}

// titled recognises eojeol e as a surname followed by a title: 백 대표 (two eojeols) or 김씨.
func (d *corefDoc) titled(e int) (personCand, bool) {
	if !d.eojs[e].is(factSurname) {
		// the word read below (its stem, or its letters when they are one syllable) does not
		// start with a surname: what wordFacts found once for every eojeol, as here
		return personCand{}, false
	}
	ej := d.eojs[e]
	if ej.is(factOneRune) {
		// a syllable standing alone before a title is a surname whatever the tokenizer read
		// it as (주 교수: 주 as the verb 주다)
		ej.stem, ej.stemEnd, ej.bare = d.src[ej.Start:ej.End], ej.End, true
	}
	_, size := utf8.DecodeRuneInString(ej.stem)
	// (the cheap tests first: the conditions have no effects, their order decides nothing)
	if len(ej.stem) == size && e > 0 && titlePrefixes[ej.stem] && d.eojs[e-1].sent == ej.sent && !d.closesPhrase(e-1) {
		// 빌 클린턴 전 대통령: 전, 현 inside a longer phrase qualify the title
		return personCand{}, false
	}
	lo := ej.stemEnd - len(ej.stem) // past an opening mark or bracket
	if ej.stem == "모" && e > 0 && d.eojs[e-1].sent == ej.sent && e+1 < len(d.eojs) {
		// 김 모 씨: an anonymised person, the surname before 모 ("a certain")
		if p := d.eojs[e-1]; utf8.RuneCountInString(p.stem) == 1 && p.bare && isSurname([]rune(p.stem)[0]) {
			if t := d.titleOf(e + 1); t != "" {
				end := d.eojs[e+1].stemEnd
				plo := p.stemEnd - len(p.stem)
				return personCand{Span: tokenize.Span{Start: plo, End: end}, kind: candTitled,
					name: p.stem, text: d.src[plo:end], title: titleField(t)}, true
			}
		}
	}
	if len(ej.stem) == size && ej.bare && e+1 < len(d.eojs) {
		if t := d.titleOf(e + 1); t != "" && d.eojs[e+1].Start-ej.End <= 1 {
			end := d.eojs[e+1].stemEnd
			return personCand{Span: tokenize.Span{Start: lo, End: end}, kind: candTitled,
				name: ej.stem, text: d.src[lo:end], title: titleField(t)}, true
		}
	}
	if rest := ej.stem[size:]; ej.Start+len(ej.stem) == ej.stemEnd && honorifics[rest] {
		return personCand{Span: tokenize.Span{Start: ej.Start, End: ej.stemEnd}, kind: candTitled,
			name: ej.stem[:size], text: ej.stem}, true
	}
	return personCand{}, false
}

// titleField is the title as an Entity keeps it: honorifics (씨) are no title.
func titleField(t string) string {
	if honorifics[t] {
		return ""
	}
	return t
}

// pronouns finds 그 and 그녀 used as a noun at the start of an eojeol (그는, 그녀가).
func (d *corefDoc) pronouns() []personCand {
	var out []personCand
	for i := range d.eojs {
		ej := &d.eojs[i]
		k := ej.tokLo
		for k < ej.tokHi && d.kinds[k].is(kindMark) { // openMarkTag
			k++
		}
		if k >= ej.tokHi {
			continue
		}
		t := &d.toks[k]
		if d.tags[k] != "NP" || !personPronouns[t.Surface] {
			continue
		}
		if k+1 < ej.tokHi && !strings.HasPrefix(d.tags[k+1], "J") {
			continue
		}
		if !d.valid(t.Start, t.End) || d.src[t.Start:t.End] != t.Surface {
			continue
		}
		out = append(out, personCand{Span: t.Span, kind: candPronoun, text: t.Surface})
	}
	return out
}

// omittedSubjects finds sentences that quote someone and end in a reporting verb with no
// subject outside the quotes ("이어 “…”며 “…”고 덧붙였다."). The candidate sits at the verb.
func (d *corefDoc) omittedSubjects() []personCand {
	var out []personCand
	for i := 0; i < len(d.toks); {
		// sentence = tokens up to a final SF
		j := i
		for j < len(d.toks) && !d.kinds[j].is(kindSF) { // d.tags[j] != "SF"
			j++
		}
		if j < len(d.toks) {
			j++
		}
		if c, ok := d.omitted(i, j); ok {
			out = append(out, c)
		}
		i = j
	}
	return out
}

// lastVerbStem is the stem of the verb that ends tokens [lo, hi), past closing marks and then
// endings, and the index of the token it is read from: a verb by its lemma (말했다: 말하), a
// noun made a verb by the noun (강조했다: 강조). ok is false when no verb ends them.
func (d *corefDoc) lastVerbStem(lo, hi int) (stem string, k int, ok bool) {
	k = hi - 1
	for k >= lo && openMarkTag(d.tags[k]) {
		k--
	}
	for k >= lo && strings.HasPrefix(d.tags[k], "E") {
		k--
	}
	if k < lo {
		return "", k, false
	}
	v := d.toks[k]
	switch tokenize.FirstTag(v.POS) {
	case "XSV":
		if k == lo {
			return "", k, false
		}
		return d.toks[k-1].Surface, k - 1, true
	case "VV":
		return strings.TrimSuffix(v.Lemma, "다"), k, true
	}
	return "", k, false
}

// omitted checks tokens [lo, hi) as one sentence.
func (d *corefDoc) omitted(lo, hi int) (personCand, bool) {
	stem, k, ok := d.lastVerbStem(lo, hi)
	if !ok || !reportVerbs[stem] {
		return personCand{}, false
	}
	quoted, depth := false, 0
	for x := lo; x < k; x++ {
		t := d.toks[x]
		s := t.Surface
		switch {
		case s == "“" || s == "‘":
			depth++
			quoted = true
			continue
		case s == "”" || s == "’":
			if depth > 0 {
				depth--
			}
			continue
		case s == "\"":
			if depth > 0 {
				depth--
			} else {
				depth++
				quoted = true
			}
			continue
		}
		if depth > 0 {
			continue
		}
		if tokenize.FirstTag(t.POS) == "JKS" || (tokenize.FirstTag(t.POS) == "JX" && (s == "은" || s == "는")) || tokenize.FirstTag(t.POS) == "NNP" {
			return personCand{}, false
		}
	}
	if !quoted {
		return personCand{}, false
	}
	return personCand{Span: tokenize.Span{Start: d.toks[k].Start, End: d.toks[k].Start}, kind: candOmitted}, true
}

// sources finds unnamed sources: 관계자 with what qualifies it (업계 관계자, 한 관계자, 카카오
// 관계자), and the organisation named in it.
func (d *corefDoc) sources(orgIn func(lo, hi int) tokenize.Span) []personCand {
	var out []personCand
	for e := range d.eojs {
		ej := &d.eojs[e]
		if !ej.is(factSource) { // its stem ends with no source noun
			continue
		}
		lo := ej.stemEnd - len(ej.stem)
		for k := e - 1; k >= 0 && k >= e-2; k-- {
			p := d.eojs[k]
			if lo-p.End > 1 || !d.modifierOnly(p) {
				break
			}
			lo = p.Start
			if d.tags[p.tokLo] == "MM" {
				break
			}
		}
		hi := ej.stemEnd
		out = append(out, personCand{Span: tokenize.Span{Start: lo, End: hi}, kind: candSource,
			text: d.src[lo:hi], org: orgIn(lo, hi)})
	}
	return out
}

// modifierOnly reports whether an eojeol is nouns, foreign words, or a determiner (한, 다른).
func (d *corefDoc) modifierOnly(ej docEojeol) bool {
	for k := ej.tokLo; k < ej.tokHi; k++ {
		switch d.tags[k] {
		case "NNG", "NNP", "SL", "MM", "XSN", "XPN":
		default:
			return false
		}
	}
	return true
}

// plausibleNames drops the tagger's names that nothing supports as a person's: a name is kept
// when some mention of it has a title or honorific after it (카터 대통령, 김철수 씨), or when it
// looks like a Korean full name (a surname and two syllables, not one dictionary common noun:
// 이세돌, not 이용자) or a foreign name of two or three words none of which is a common noun
// (클로드 모네, not 트랙터 트레일러). This keeps 드론, 모양 and 태양 out of the people.
func (d *corefDoc) plausibleNames(cands []personCand) []personCand {
	titled := map[string]bool{}
	for _, c := range cands {
		if c.kind == candName && c.titled {
			titled[c.name] = true
		}
	}
	out := cands[:0]
	for _, c := range cands {
		if c.kind != candName || titled[c.name] || d.nameShaped(c.Span) || slices.Contains(d.titledFound, c.Span) {
			out = append(out, c)
		}
	}
	return out
}

// nameShaped reports whether the text at sp looks like a person's name by itself.
func (d *corefDoc) nameShaped(sp tokenize.Span) bool {
	var buf [4]string // the words, on the stack for up to four
	words := buf[:0]
	for w := range strings.FieldsSeq(d.src[sp.Start:sp.End]) {
		words = append(words, w)
	}
	switch {
	case len(words) == 1:
		r := []rune(words[0])
		if len(r) < 3 || len(r) > 4 || !hangulOnly(words[0]) {
			return false
		}
		if !isSurname(r[0]) && !(len(r) == 4 && compoundSurnames[string(r[:2])]) {
			return false
		}
		return !d.commonNounAt(sp, true)
	case len(words) <= 3:
		off := sp.Start
		for _, w := range words {
			i := strings.Index(d.src[off:sp.End], w)
			ws := tokenize.Span{Start: off + i, End: off + i + len(w)}
			if d.commonNounAt(ws, false) {
				return false
			}
			off = ws.End
		}
		return true
	}
	return false
}

// commonNounAt reports whether sp is exactly a dictionary common noun: one morpheme, or with
// compound true also a noun with a prefix or suffix or another noun (이용+자). Foreign names
// often fall apart into such pieces (엔+즐+리), so multi-word names check single morphemes.
func (d *corefDoc) commonNounAt(sp tokenize.Span, compound bool) bool {
	i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= sp.Start })
	if i >= len(d.toks) || d.toks[i].Start != sp.Start {
		return false
	}
	if !compound {
		t := d.toks[i]
		return t.End == sp.End && tokenize.FirstTag(t.POS) == "NNG" && !t.Unknown
	}
	for ; i < len(d.toks) && d.toks[i].End <= sp.End; i++ {
		t := d.toks[i]
		switch tokenize.FirstTag(t.POS) {
		case "NNG", "XSN", "XPN":
			if t.Unknown {
				return false
			}
		default:
			return false
		}
		if t.End == sp.End {
			return true
		}
	}
	return false
}

// namesBeforeOrgTitle finds names the tagger missed in the pattern name + organisation + title
// (샤오우엔 혼 마이크로소프트 부사장, 서맨사 주판 글라스도어 대변인): one or two Hangul words
// right before a tagged organisation that a title follows, not all of them common nouns.
func (d *corefDoc) namesBeforeOrgTitle(spans []rawSpan) []personCand {
	var out []personCand
	tagged := d.spans(0)
	for _, s := range spans {
		tagged.add(s.Span)
	}
	covered := func(lo, hi int) bool { return tagged.overlaps(tokenize.Span{Start: lo, End: hi}) }
	for _, s := range spans {
		if s.Type != Organization {
			continue
		}
		first, last := d.eojAt(s.Start), d.eojAt(s.End-1)
		if first < 1 || last < 0 || last+1 >= len(d.eojs) || d.eojs[first].Start != s.Start {
			continue
		}
		t := d.titleOf(last + 1)
		if t == "" || d.eojs[last+1].is(factAmbiguous) || d.eojs[last+1].is(factHonorific) || d.eojs[last].End != s.End {
			continue
		}
		for n := 2; n >= 1; n-- {
			lo := first - n
			if lo < 0 {
				continue
			}
			words, ok := []tokenize.Span{}, true
			for k := lo; k < first; k++ {
				e := d.eojs[k].Span
				r := utf8.RuneCountInString(d.src[e.Start:e.End])
				if !hangulOnly(d.src[e.Start:e.End]) || !nameRunes(d.src[e.Start:e.End]) || r > 6 || covered(e.Start, e.End) {
					ok = false
					break
				}
				words = append(words, e)
			}
			if !ok {
				continue
			}
			common := 0
			for _, w := range words {
				if d.commonNounAt(w, false) {
					common++
				}
			}
			if common == len(words) || (n == 1 && utf8.RuneCountInString(d.src[words[0].Start:words[0].End]) < 3) {
				continue
			}
			sp := tokenize.Span{Start: words[0].Start, End: words[len(words)-1].End}
			name := d.src[sp.Start:sp.End]
			out = append(out, personCand{Span: sp, kind: candName, name: name, text: name,
				title: t, org: s.Span, titled: true})
			break
		}
	}
	return out
}

// nameRunes reports whether s is made of Hangul syllables only (no punctuation, no particles
// glued on as separate symbols).
func nameRunes(s string) bool {
	for _, r := range s {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return s != ""
}

// surnameBits are the Hangul syllables of surnames.
var surnameBits = func() (set utf8fast.SyllableSet) {
	for r, ok := range surnames {
		if ok {
			set.Add(r) // Add keeps Hangul syllables only
		}
	}
	return set
}()

// isSurname is surnames[r] without a map lookup for Hangul syllables.
func isSurname(r rune) bool {
	if r >= 0xAC00 && r <= 0xD7A3 {
		return surnameBits.Has(r)
	}
	return surnames[r]
}

// orgWhole reports whether eojeol e is an organisation's name to its last byte, with no
// particle after it.
func (d *corefDoc) orgWhole(e int, orgs *spanIndex) bool {
	ej := d.eojs[e]
	o, ok := orgs.firstWithin(ej.Start, ej.End)
	return ok && o.Start <= ej.Start && o.End == ej.End
}

// orgCovered reports whether eojeol e starts inside one of the organisation spans (the
// organisation's last word may carry a particle past the span).
func (d *corefDoc) orgCovered(e int, orgs *spanIndex) bool {
	ej := d.eojs[e]
	return orgs.overlaps(tokenize.Span{Start: ej.Start, End: ej.Start + 1})
}

// headTitle reports a title of three syllables or more that ends with a head's title (과장,
// 본부장, 장관, 대표): a unit's name and its head written as one word (교통정책과장).
func headTitle(st string) bool {
	if utf8.RuneCountInString(st) < 3 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(st)
	return r == '장' || r == '관' || r == '표'
}
