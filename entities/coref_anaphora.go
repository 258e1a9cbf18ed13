package entities

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
	"github.com/gisa-nlp/gisa/tokenize"
)

// Candidates that refer back to a person or body named before: a determiner with a title
// (이 총재), a title alone as a topic or subject (총재는), 재판부, a foreign family name with
// a title (클링너 연구원), and research teams (김영수 박사팀 … 연구팀은). The linker
// (coref_link.go) decides whom each refers to.

// roleTitles are titles and roles that follow or precede a name in news but are no job title
// the tagger's features use (its features keep the titles list they were trained with).
var roleTitles = setOf(
	"선임연구원", "선임연구위원", "연구관", "부장판사", "재판장", "대법관", "헌법재판관", "검찰총장",
	"미드필더", "골키퍼", "수비수", "공격수", "투수", "타자", "포수", "내야수", "외야수", "주장",
	"가수", "배우", "멤버", "아나운서", "방송인", "개그맨", "코미디언", "감독관", "주교", "추기경",
	"교황", "국왕", "여왕", "왕세자", "총통", "주석", "국무장관", "국방장관", "외무장관", "외교장관",
	"대변인", "특사", "특별대표", "대표단장", "비서실장", "수석비서관", "원내대표", "당대표",
	"장군", "대장", "중장", "소장", "준장", "대위", "중위", "소위", "하사", "병장", "상병",
	"총영사", "영사", "대사", "공사", "사무총장", "사무차장", "집행위원장", "위원장", "의장",
	"이코노미스트", "애널리스트", "연구위원", "평론가", "전문위원", "고문", "자문위원",
)

// corefTitle reports a title or role for coreference: the tagger's titles and roleTitles.
func corefTitle(w string) bool { return !corefTitleEnds.EndsOutside(w) && corefTitles[w] }

// corefTitles is titles and roleTitles in one set: the rules ask of nearly every eojeol, and
// one lookup costs half of two.
var corefTitles = func() map[string]bool {
	m := maps.Clone(titles)
	maps.Copy(m, roleTitles)
	return m
}()

// corefTitleEnds are the last syllables of the corefTitles: a word ending with another
// syllable is no title, and most words are told so without the map.
var corefTitleEnds = utf8fast.LastSyllables(corefTitles)

// determiners point back at something named before: 이 총재, 해당 의원, 같은 당.
var determiners = setOf("이", "그", "해당", "같은", "동")

// titleAnaphors finds 이 총재 / 이 관계자, a title alone as a topic or subject (총재는,
// 대변인은), and 재판부, outside the spans of cands already found.
func (d *corefDoc) titleAnaphors(cands []personCand) []personCand {
	var out []personCand
	taken := d.spans(1) // the candidates' spans
	for _, c := range cands {
		taken.add(c.Span)
	}
	for e := 0; e < len(d.eojs); e++ {
		ej := &d.eojs[e]
		if ej.inQ || ej.stem == "" || taken.overlaps(ej.Span) {
			continue
		}
		// 이 총재, 해당 의원, 이 관계자: a determiner and a title
		if ej.is(factDeterminer) && ej.bare && e+1 < len(d.eojs) && d.tags[ej.tokLo] == "MM" {
			n := d.eojs[e+1]
			if (n.is(factCorefTitle) || sourceNouns[n.stem]) && !n.is(factHonorific) && n.Start-ej.End <= 1 {
				out = append(out, personCand{Span: tokenize.Span{Start: ej.Start, End: n.stemEnd}, kind: candDetTitle,
					text: d.src[ej.Start:n.stemEnd], title: n.stem})
				e++
				continue
			}
		}
		if ej.stem == "재판부" {
			out = append(out, personCand{Span: tokenize.Span{Start: ej.stemEnd - len(ej.stem), End: ej.stemEnd},
				kind: candCourt, text: ej.stem})
			continue
		}
		// 총재는: a title that opens its noun phrase, as a topic or subject
		if !ej.is(factCorefTitle) || ej.is(factAmbiguous) || ej.is(factHonorific) || !ej.role.salient() {
			continue
		}
		if e > 0 && d.eojs[e-1].sent == ej.sent && !d.closesPhrase(e-1) {
			continue // 카카오 대표는, 바른정당 의원은, 전 대통령은: the title of a longer phrase
		}
		lo := ej.stemEnd - len(ej.stem)
		out = append(out, personCand{Span: tokenize.Span{Start: lo, End: ej.stemEnd}, kind: candBareTitle,
			text: ej.stem, title: ej.stem})
	}
	return out
}

// nominalEoj reports an eojeol made only of nominal morphemes and marks (no particle, no
// ending): a word that can stand inside a longer noun phrase.
func (d *corefDoc) nominalEoj(e int) bool {
	ej := d.eojs[e]
	if ej.tokLo >= ej.tokHi {
		return false
	}
	for k := ej.tokLo; k < ej.tokHi; k++ {
		if !stemTag(d.tags[k]) && !openMarkTag(d.tags[k]) {
			return false
		}
	}
	return true
}

// foreignTitled recognises a foreign family name and a title in eojeols e and e+1 (클링너
// 연구원, 다이아몬드 교수): a Hangul word of two to six syllables that the dictionary reads as a
// personal name or does not know, bare, and a title right after it; not a body (버킹엄궁
// 대변인: the spokesman of a palace, named before it).
func (d *corefDoc) foreignTitled(e int, spans []rawSpan) (personCand, bool) {
	if e+1 >= len(d.eojs) {
		return personCand{}, false
	}
	ej, n := &d.eojs[e], &d.eojs[e+1]
	if !ej.bare || ej.stem == "" || !ej.is(factHangul) || n.Start-ej.End > 1 {
		return personCand{}, false
	}
	if c := ej.stemRunes; c < 2 || c > 6 {
		return personCand{}, false
	}
	t := n.stem
	sp := tokenize.Span{Start: ej.Start, End: ej.stemEnd}
	if !n.is(factCorefTitle) || n.is(factAmbiguous) || n.is(factHonorific) || orgSuffixed(ej.stem) || d.bodyStem(e) || d.commonNounAt(sp, false) || d.placeAt(sp) || knownOrgs[ej.stem] || countries[ej.stem] || d.spanType(e, spans) == Location || d.spanType(e, spans) == Organization {
		return personCand{}, false
	}
	// titled marks a word the dictionary reads as a name: only such a word introduces a person
	// by itself; any other refers back to a full name ending with it, or to nobody
	return personCand{Span: tokenize.Span{Start: ej.Start, End: n.stemEnd}, kind: candTitled, foreign: true,
		name: ej.stem, text: d.src[ej.Start:n.stemEnd], title: t, titled: d.personWord(e)}, true
}

// personWord reports an eojeol whose stem the dictionary reads as a personal name (NNP 인명)
// or does not know, or cuts into short pieces as it does a foreign name it does not know
// (포스/테코/글/루), and that is no dictionary common noun.
func (d *corefDoc) personWord(e int) bool {
	if d.shredded(e) {
		return true
	}
	ej := d.eojs[e]
	seen := false
	for k := ej.tokLo; k < ej.tokHi; k++ {
		t := &d.toks[k]
		if t.End > ej.stemEnd {
			break
		}
		if openMarkTag(d.tags[k]) {
			continue
		}
		if !(d.tags[k] == "NNP" && t.Features.Semantic == "인명") && !t.Unknown {
			return false
		}
		seen = true
	}
	return seen
}

// teamHeads end the phrase that names a research team.
var teamHeads = []string{"공동연구팀", "연구팀", "연구진", "연구단", "박사팀", "교수팀"}

// teamHeadEnd reports the last syllable of one of the teamHeads (팀, 진, 단): a word that
// ends with a team head holds it.
func teamHeadEnd(r rune) bool { return slices.Contains(teamHeadEnds, r) }

// teamHeadEnds are the last syllables of the teamHeads.
var teamHeadEnds = func() []rune {
	var rs []rune
	for _, h := range teamHeads {
		if r, _ := utf8.DecodeLastRuneInString(h); !slices.Contains(rs, r) {
			rs = append(rs, r)
		}
	}
	return rs
}()

// bareTeams are team heads written alone: they refer back to a team named in full.
var bareTeams = setOf("연구팀", "연구진", "연구단", "공동연구팀", "공동연구진")

// teams finds research teams: a phrase of nouns ending with a team head (이광호 중앙대 교수
// 연구팀, 김영수 박사팀), named as written; a bare head (연구팀은) refers back to one.
func (d *corefDoc) teams() []personCand {
	var out []personCand
	for e := range d.eojs {
		if !d.eojs[e].is(factTeam) && !d.eojs[e].is(factTeamLetters) {
			continue // no team head ends its stem nor is among its letters (wordFacts)
		}
		ej := d.eojs[e]
		// only a word without a stem is read again from its letters, and only when it holds
		// the last syllable of a team head: reading every word's letters was most of this
		// loop's time
		if ej.is(factTeamLetters) {
			if w := d.surfaceStem(e); w != "" {
				// the tokenizer read the word's head as something else (연구+진은 as a verb):
				// a team head is told by its letters
				ej.stem, ej.stemEnd = w, ej.Start+strings.Index(d.src[ej.Start:ej.End], w)+len(w)
			}
		}
		head := ""
		for _, h := range teamHeads {
			if strings.HasSuffix(ej.stem, h) {
				head = h
				break
			}
		}
		if head == "" {
			continue
		}
		from := e
		for k := e - 1; k >= 0 && k > e-8; k-- {
			p := d.eojs[k]
			if p.sent != ej.sent || !p.bare || !d.nominalEoj(k) || strings.ContainsAny(d.src[p.Start:p.End], ",.?!·") ||
				p.is(factDeterminer) || d.dateEoj(k) {
				break
			}
			from = k
		}
		lo, hi := d.eojs[from].Start, ej.stemEnd
		if from == e {
			lo = ej.stemEnd - len(ej.stem)
		}
		if from == e && bareTeams[ej.stem] {
			out = append(out, personCand{Span: tokenize.Span{Start: lo, End: hi}, kind: candBareTeam, text: ej.stem})
			continue
		}
		name := strings.Join(strings.Fields(d.src[lo:hi]), " ")
		out = append(out, personCand{Span: tokenize.Span{Start: lo, End: hi}, kind: candTeam, name: name, text: name})
	}
	return out
}

// dateEoj reports an eojeol that is a date (9일, 2023년, 지난해).
func (d *corefDoc) dateEoj(e int) bool {
	ej := d.eojs[e]
	for k := ej.tokLo; k+1 < ej.tokHi; k++ {
		if d.tags[k] == "SN" {
			switch d.toks[k+1].Surface {
			case "일", "월", "년":
				return true
			}
		}
	}
	switch ej.stem {
	case "지난해", "올해", "지난달", "이날", "당시", "최근":
		return true
	}
	return false
}

// closesPhrase reports whether eojeol e ends a phrase of its own, so that the next word opens a
// new noun phrase: it ends with a case or topic particle, a verb ending, punctuation, or is an
// adverb. A bare noun, a determiner, a modifier, a conjunctive or genitive particle (카카오,
// 전, 바른, A와, X의) joins the noun after it.
func (d *corefDoc) closesPhrase(e int) bool {
	ej := d.eojs[e]
	if ej.tokHi <= ej.tokLo {
		return true
	}
	k := ej.tokHi - 1
	if d.tags[k] == "SF" || d.tags[k] == "SC" {
		return true
	}
	for k > ej.tokLo && openMarkTag(d.tags[k]) {
		k--
	}
	pos := d.toks[k].POS
	switch tag := d.tags[k]; {
	case tag == "ETM" || strings.HasSuffix(pos, "+ETM") || tag == "MM" || tag == "JC" || tag == "JKG":
		return false // 바른 정당, 전 대통령, A이나 B, 이란의 대통령: all one phrase
	case tag[0] == 'J', tag[0] == 'E', strings.Contains(pos, "+E"), tag == "MAG", tag == "MAJ":
		return true
	}
	return false
}

// shredded reports a Hangul word of three to eight syllables that the tokenizer cut into three
// or more nouns of one or two syllables (a particle-like last syllable allowed): the trace of
// a transliterated name it does not know. A word ending with a group's word (국가대표팀) is not.
func (d *corefDoc) shredded(e int) bool {
	ej := d.eojs[e]
	w := d.src[ej.Start:ej.End]
	n := utf8.RuneCountInString(w)
	if n < 3 || n > 8 || !nameRunes(w) || orgSuffixed(w) || groupSuffixed(w) {
		return false
	}
	pieces := 0
	for k := ej.tokLo; k < ej.tokHi; k++ {
		switch tag := d.tags[k]; {
		case tag == "NNG" || tag == "NNP" || d.toks[k].Unknown:
			if utf8.RuneCountInString(d.toks[k].Surface) > 2 {
				return false
			}
			pieces++
		case tag[0] == 'J' && k == ej.tokHi-1:
		default:
			return false
		}
	}
	return pieces >= 3
}

// groupSuffixes end the names of groups of people: 대표팀, 선수단, 연구진.
var groupSuffixes = []string{"팀", "단", "진", "회", "대", "군"}

// groupSuffixed reports a word ending with a group's word.
func groupSuffixed(w string) bool {
	for _, s := range groupSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// surfaceStem is eojeol e's letters without marks around it and without one case particle at
// its end (연구진은 → 연구진), read from the text rather than the tokens.
func (d *corefDoc) surfaceStem(e int) string {
	w := strings.TrimFunc(d.src[d.eojs[e].Start:d.eojs[e].End], func(r rune) bool { return r < 0xAC00 || r > 0xD7A3 })
	// the first particle that ends w in longest-first order is the longest one that does (two
	// particles of one length cannot both end w)
	for _, p := range caseParticlesLongestFirst {
		if len(w) > len(p) && strings.HasSuffix(w, p) {
			return w[:len(w)-len(p)]
		}
	}
	return w
}

// caseParticlesLongestFirst are the caseParticles, longest first, for surfaceStem to try in
// order instead of iterating the map.
var caseParticlesLongestFirst = longestFirst(caseParticles)
