package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
	"github.com/gisa-nlp/gisa/tokenize"
)

// The clauses of a sentence, as far as finding who speaks needs them.
//
// A Korean sentence joins clauses with connective endings (…였으며, …했고, …있었으나,
// …인데): each clause may bring its own subject, and a reporting verb's subject is the topic
// (은/는) that opens its clause, or, when its clause has none, the topic of the clause before,
// which stays in force over the clauses that follow it until a new one is written
// (존 브레넌은 …인식하고 있었으나, 보고서가 "…"이라고 비난했다: 존 브레넌 speaks). A subject
// marked 이/가 after such a topic belongs to the reported content (법무부는 이번 조치가 …다고
// 밝혔다); with no topic in the sentence, the first 이/가 subject speaks (서울시가 …했다고 밝혔다).

// coordEndings are the connective endings that close a clause joined to the next one.
var coordEndings = []string{"으며", "며", "고", "지만", "으나", "나", "는데", "은데", "인데", "ㄴ데", "면서", "으면서", "어서", "아서", "여서", "해서"}

// sequentialVerbs set the scene of a speech act in a clause of their own right after the
// speaker (김 장관은 기자들과 만나 …고 말했다, 브리핑을 열고 …고 밝혔다): what they say is not
// part of what was said.
var sequentialVerbs = map[string]bool{
	"만나": true, "열": true, "갖": true, "가지": true, "출연하": true, "참석하": true, "방문하": true,
	"찾": true, "인터뷰하": true, "기자회견하": true, "회견하": true,
}

// clauseEnd reports whether word i ends a clause that the next word's clause is joined to: a
// predicate outside quotes with a connective ending, not an adverbial form (대해, 통해, 불구하고),
// not an auxiliary construction (…하고 있었다, …하지 않겠다), not a quotative complementizer.
func (d *doc) clauseEnd(i int) bool {
	w := &d.words[i]
	if w.inQ || d.hasMark(i) || i+1 >= len(d.words) {
		return false
	}
	c := w.clean()
	if connectiveNoun[c] {
		return true // …한 반면, …한 가운데: a clause closed by a noun of its own
	}
	if c == "비해" && i > 0 && d.words[i-1].clean() == "데" {
		return true // …지적한 데 비해: a clause set against the next
	}
	t := w.lastTok()
	if t == nil || !(tokenize.FirstTag(t.POS) == "EC" || strings.HasSuffix(t.POS, "+EC")) || !w.isPredicate() {
		return false
	}
	if cut, _ := indirectCut(w); cut > 0 {
		return false // …다고, …다며: the end of a reported clause, handled by its frame
	}
	if adverbialVerbs[w.stem()] || w.stem() == "불구하" {
		return false
	}
	if n := &d.words[i+1]; len(n.toks) > 0 && tokenize.FirstTag(n.toks[0].POS) == "VX" && !strings.HasSuffix(w.text, ",") {
		return false // …하고 있다, …하지 않다, …해야 한다: one predicate
	}
	if sequentialVerbs[w.stem()] {
		return false // 기자들과 만나: the scene of the speaker's own clause (see settingEnd)
	}
	if strings.HasSuffix(w.text, ",") {
		return true
	}
	for _, e := range coordEndings {
		if strings.HasSuffix(c, e) {
			return true
		}
	}
	return false
}

// settingEnd reports whether word i ends a clause that sets the scene of a speech act
// (기자들과 만나, 브리핑을 열고, 방송에 출연해): a verb of sequentialVerbs with a connective ending.
func (d *doc) settingEnd(i int) bool {
	w := &d.words[i]
	if w.inQ || !sequentialVerbs[w.stem()] && !d.postedThen(i) {
		return false
	}
	if i+1 < len(d.words) && len(d.words[i+1].toks) > 0 && tokenize.FirstTag(d.words[i+1].toks[0].POS) == "VX" {
		return false // 촛불집회를 열지 않겠다고: one predicate with its auxiliary, not a scene
	}
	t := w.lastTok()
	return t != nil && (tokenize.FirstTag(t.POS) == "EC" || strings.HasSuffix(t.POS, "+EC"))
}

// postingVerbs put a writing out (글을 올려, 보도자료를 내고, 게시물을 남겨, 영상을 업로드해).
var postingVerbs = map[string]bool{"올리": true, "게시하": true, "업로드하": true, "남기": true, "배포하": true, "내": true}

// postedWords are what a speaker posts: a writing, a video, a letter.
var postedWords = map[string]bool{"글": true, "게시물": true, "게시글": true, "영상": true, "동영상": true, "자료": true, "메시지": true, "편지": true, "서한": true}

// postedThen reports a clause of putting out a writing (자신들의 공식 홈페이지에 글을
// 업로드해, 보도자료를 내고) at word i, its object right before it: the medium of what is
// reported next, as a scene is.
func (d *doc) postedThen(i int) bool {
	if i == 0 || !postingVerbs[d.words[i].stem()] {
		return false
	}
	o := d.words[i-1].clean()
	n := cutParticle(o, "을", "를")
	return n != o && (postedWords[n] || mediaOfSpeech[n])
}

// mediumEnd reports a word that ends the medium a statement is made in or through, right
// after its speaker (보도자료에서, 인터뷰에서, 자신의 SNS를 통해, 보도자료를 통해): the scene of the
// speech act, not what is said.
func (d *doc) mediumEnd(k int) bool {
	w := &d.words[k]
	if w.inQ {
		return false
	}
	c := w.clean()
	if (c == "통해" || c == "통하여") && k > 0 {
		n := leadingNoun(&d.words[k-1])
		return mediaOfSpeech[n] || names.source[n] || d.documentNoun(k-1)
	}
	n, ok := strings.CutSuffix(c, "에서")
	if !ok {
		return false
	}
	if mediaOfSpeech[n] {
		return true
	}
	// 대국민담화문에서: a compound ending with a medium
	for m := range mediaOfSpeech {
		if len(n) > len(m) && strings.HasSuffix(n, m) && utf8.RuneCountInString(m) >= 2 {
			return true
		}
	}
	return false
}

// mediaOfSpeech are the media a statement is made in or through.
var mediaOfSpeech = map[string]bool{"보도자료": true, "성명": true, "성명서": true, "인터뷰": true, "브리핑": true,
	"기자회견": true, "회견": true, "간담회": true, "트위터": true, "페이스북": true, "SNS": true, "블로그": true,
	"홈페이지": true, "논평": true, "담화": true, "공지": true, "공지사항": true, "입장문": true, "서면": true, "담화문": true, "통화": true, "전화통화": true,
	"조사": true, "경찰조사": true, "청문회": true, "연설": true, "강연": true, "토론회": true, "국정감사": true, "국감": true, "재판": true, "공판": true,
	"회의": true, "회담": true, "세미나": true, "포럼": true, "심포지엄": true, "대담": true, "방송": true, "라디오": true, "유튜브": true, "설명회": true}

// connectiveNoun are nouns that close a clause: …하는 반면, …인 가운데.
var connectiveNoun = map[string]bool{"반면": true, "반면에": true, "가운데": true, "한편": true}

// isTopicWord reports a plausible speaker marked as the topic: 은/는, 께서는, 도, or a body
// named as where a view comes from (위원회에서는).
func (d *doc) isTopicWord(i int) bool {
	if d.isSourceTopic(i) {
		return !d.words[i].inQ && (d.plausibleSource(d.npSource(i)) || d.bodyApposition(i))
	}
	if !d.isSubjectWord(i) || !d.plausible(d.npBefore(i)) && !d.pluralTopic(i) {
		return false
	}
	if d.countOnly(i) {
		return false // 나머지 17.9%(10건)는: a count is what is said, not who says it
	}
	t := d.words[i].lastTok()
	if t == nil {
		return alsoWord(d.words[i].clean())
	}
	return tokenize.FirstTag(t.POS) == "JX" || alsoWord(d.words[i].clean())
}

// countOnly reports a subject or topic at word i that is a count, a share or a date with no group
// of people or body named with it (나머지 4대는, 17.9%가, 8일은; not 주민 3명이): what is
// said, never who says it.
func (d *doc) countOnly(i int) bool {
	h := stripParens(d.words[i].head)
	return (numberPhrase(h) || dateWord(h)) && groupOfCount(cleanName(d.text(d.npBefore(i)))) == ""
}

// thingsCounted reports a subject or topic at word i that is a count of no one (countOnly) and
// not a count of people (40명은, 3인이, 20대는 may be the ones who answer): a number of things, a share
// or a date, never the subject of a verb of saying.
func (d *doc) thingsCounted(i int) bool {
	if !d.countOnly(i) {
		return false
	}
	h := strings.TrimRight(stripParens(d.words[i].head), "여")
	if ageDecade(h) && d.npBefore(i).from == i {
		return false // 20대는: the people of that age (나머지 40대는 counts what was counted before)
	}
	return !strings.HasSuffix(h, "명") && !strings.HasSuffix(h, "인")
}

// topicAfterAgent is the topic (은/는) after the subject marked 이/가 at word j and before word
// i, with no clause closed and no comma between (the topic openingAgent passes over); -1 if
// none.
func (d *doc) topicAfterAgent(j, i int) int {
	if d.isTopic(j) {
		return -1
	}
	for k := j + 1; k < i; k++ {
		if d.words[k].inQ || d.clauseEnd(k) || d.settingEnd(k) || strings.HasSuffix(d.words[k].text, ",") {
			return -1 // (…조사한 결과, 10명 중 4명은: the topic after a comma opens a clause of its own)
		}
		if d.isTopicAt(k) && !d.isDateWord(k) && !timeNouns[d.words[k].head] {
			return k
		}
	}
	return -1
}

// phraseStart is the first word of the noun phrase whose head is at word k, with what modifies
// it: nouns, genitives (언론의), adnominal clauses (클럽을 방문한) and determiners, back to a word
// marked as an adverbial (예배에서, 5월까지), a comma, or word lo.
func (d *doc) phraseStart(lo, k int) int {
	from := k
	for m := k - 1; m > lo; m-- {
		w := &d.words[m]
		t := w.lastTok()
		if w.inQ || t == nil || strings.HasSuffix(w.text, ",") || d.isDateWord(m) {
			break
		}
		tag := tokenize.FirstTag(t.POS)
		if tag == "JKB" || tag == "JX" || tag == "JKS" || tag == "EC" || tag == "EF" || strings.HasSuffix(t.POS, "+EC") {
			break
		}
		from = m
	}
	return from
}

// contrastTopic reports a topic (은/는) that opens the clause starting at word a, before word c:
// the second of a contrast (…하겠지만, 다른 신흥국들은 …).
func (d *doc) contrastTopic(a, c int) bool {
	for k := a; k < c && k < a+5; k++ {
		if d.words[k].inQ {
			return false
		}
		if d.isTopicAt(k) {
			return !d.isDateWord(k) && !timeNouns[d.words[k].head]
		}
		if !d.isNominal(k) && !isModifier(&d.words[k]) {
			return false
		}
	}
	return false
}

// openingAgent is a subject marked 이/가 that opens the clause at lo and can speak, before the
// topic at word i with no clause closed between them; -1 if none.
func (d *doc) openingAgent(lo, i int) int {
	first := d.clauseStart(lo, i)
	for k := first; k < i && k < first+5; k++ {
		if d.words[k].inQ {
			return -1
		}
		if d.isSubjectWord(k) {
			p := d.npBefore(k)
			if d.isTopic(k) || p.from != first || !d.holder(p) && d.entityAt(p.Span) == nil || d.inRelative(k, i) {
				return -1
			}
			for m := k; m < i; m++ {
				if d.clauseEnd(m) || d.settingEnd(m) || d.words[m].isPredicate() && strings.HasSuffix(d.words[m].text, ",") {
					return -1 // (…지도부가 만나 회동을 가졌고, 양측은: the topic opens a clause of its own)
				}
			}
			return k
		}
		if !d.isNominal(k) {
			return -1
		}
	}
	return -1
}

// openingTopic is the word of a document's topic (보고서는) that opens the clause at word
// first, past adverbs (다행히, 특히), before word c. -1 if none.
func (d *doc) openingTopic(first, c int) int {
	i := first
	for i < c && i < first+3 && d.isAdverb(i) {
		i++
	}
	for k := i; k < c && k < i+5; k++ {
		if !d.words[k].inQ && d.isTopic(k) && d.isSubjectWord(k) && !d.isSourceTopic(k) {
			// (not 향후 계획으로는: 는 after an adverbial case particle topicalizes the
			// adverbial, not a subject)
			p := d.npBefore(k)
			// only a document: anything else that opens the sentence may as well be what is
			// said, the speaker being left out (이 태풍은 …할 것으로 전망된다고 밝혔다). (A
			// document's head is no date, time, demonstrative or bound noun.)
			if p.from != i || !d.documentTopic(k) || !d.nounHead(k) || d.countWord(p.from) {
				return -1
			}
			for j := k + 1; j < c; j++ {
				if !d.words[j].inQ && d.isSubjectWord(j) && d.isShare(d.npBefore(j)) && d.population() != "" {
					return -1 // 두잇서베이는 …결과, 65.8%가 …: the share answers for the group
				}
			}
			return k
		}
		if !d.isNominal(k) {
			return -1
		}
	}
	return -1
}

// documentTopic reports a topic that is a document (보고서는, 이번 연구는): it speaks for its
// author, who is found as an omitted subject is.
func (d *doc) documentTopic(j int) bool {
	h := d.words[j].head
	return d.isTopic(j) && (names.source[h] || hasSuffixWord(names.source, h))
}

// countWord reports a word that is or starts with a number (7 벌레, 세 여성, 10명).
func (d *doc) countWord(k int) bool {
	w := &d.words[k]
	if len(w.toks) == 0 {
		return false
	}
	switch t := w.toks[0]; tokenize.FirstTag(t.POS) {
	case "SN", "NR":
		return true
	case "MM":
		switch t.Surface {
		case "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "몇", "여러":
			return true
		}
	}
	return false
}

// nounHead reports a word whose stem is a noun, a name or a foreign word.
func (d *doc) nounHead(k int) bool {
	w := &d.words[k]
	if len(w.toks) == 0 {
		return false
	}
	var last *tokenize.Token
	for i := range w.toks {
		if strings.HasPrefix(tokenize.FirstTag(w.toks[i].POS), "J") {
			break
		}
		last = &w.toks[i]
	}
	if last == nil {
		return false
	}
	switch tokenize.FirstTag(last.POS) {
	case "NNG", "NNP", "SL", "SH", "XSN", "SN", "NR":
		return true
	}
	return last.Unknown
}

// boundNoun reports a word headed by a bound noun (것은, 점은, 바는): the clause before it made
// into a noun phrase, which is what is talked about, never who talks.
func (d *doc) boundNoun(i int) bool {
	w := &d.words[i]
	return len(w.toks) > 0 && tokenize.FirstTag(w.toks[0].POS) == "NNB"
}

// pluralTopic reports a topic (은/는, or 역시 after the noun) that is the plural of a group or of
// people (외신들은, 시민단체들은, 일본인들 역시): as the topic of a reporting verb it speaks. (A plural subject marked 이/가 or
// 도 is as often part of what is said: 국내 기업들도 …하지 않겠다고 밝혔다.)
func (d *doc) pluralTopic(i int) bool {
	k := i
	switch {
	case alsoWord(d.words[i].clean()) && i > 0:
		k = i - 1 // 일본인들 역시, …: the plural before 역시
	case !d.isTopic(i):
		return false
	}
	h := strings.TrimSuffix(d.words[k].head, "들")
	return h != d.words[k].head && (hasSuffixWord(names.group, h) || hasSuffixWord(names.people, h))
}

// frameSubject is the word naming the subject of a reporting verb whose reported content starts
// at word c (the opening mark's word, for a direct quote), looking in [lo, c): the topic that opens c's clause, else the topic in force from
// an earlier clause, else (no topic at all) the first 이/가 subject of c's clause or the clause
// before. -1 when the sentence names nobody before c.
func (d *doc) frameSubject(lo, c int, direct bool) int {
	if c > len(d.words) {
		c = len(d.words)
	}
	if direct && c-1 >= lo && d.isTopicAt(c-1) && (!d.boundNoun(c-1) || d.words[c-1].head == "측") {
		// the topic right before the opening mark or the reported clause speaks, whatever
		// its head (포브스는 “…, 글라스도어는 “…, 소속사 측은 “…: 측, a bound noun, names a
		// party): the frame itself says it is a source;
		// after another topic right before it (코레일은 대학생은 “…”), the first speaks and the
		// second is what the words are about
		if c-2 >= lo && d.isTopicAt(c-2) && d.isTopicWord(c-2) {
			return c - 2
		}
		return c - 1
	}
	if direct && c-1 >= lo && !d.words[c-1].inQ && d.isSubjectWord(c-1) && !d.isTopic(c-1) && d.plausible(d.npBefore(c-1)) && !d.topicIn(lo, c-1) {
		// with no topic in force, a subject marked 이/가 right before the opening mark is the
		// subject of the quote's own verb (닐슨코리아가 …물은 결과, 응답자의 31.9%가 ‘15만원
		// 미만’이라고 응답해); after a topic it is part of what is said (검찰은 박 구청장이
		// "…"며 강조했다)
		return c - 1
	}
	// the clauses of [lo, c), as their first words
	var buf [8]int
	starts := append(buf[:0], lo)
	for i := lo; i < c-1; i++ {
		if d.clauseEnd(i) {
			starts = append(starts, i+1)
		}
	}
	if k := starts[len(starts)-1]; !direct && k > lo && contrastEnd(d.words[k-1].clean()) {
		// 연구소는 …하려 했으나 중앙선관위가 …라고 경고했다: after a clause ending in
		// -(으)나/-지만, a person or body marked 이/가 opening the next clause is its subject,
		// not part of what is said
		if j := d.subjectIn(k, min(k+4, c), true); j >= 0 && !d.isTopic(j) && d.npBefore(j).from == k && d.holder(d.npBefore(j)) {
			return j
		}
	}
	for k := len(starts) - 1; k >= 0; k-- {
		end := c
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		for i := starts[k]; i < end; i++ {
			if (!d.words[i].inQ || d.quotedName(i)) && (d.isTopicWord(i) || direct && d.isSourceTopic(i) && d.placeHead(d.npSource(i))) {
				// (이란에서는 “…”라며 “…”고 밝혔다: a country, written where a body would be,
				// speaks through its government when its words are quoted)
				if !direct && d.continues(lo) && !d.holder(d.npBefore(i)) {
					continue // 또한 주한미군 사드체계는 …라고도 하였다: in a sentence going on from a quote, a topic that holds no view is what is said
				}
				if !direct && d.contrastPair(i, c) {
					return -1 // (see contrastPair)
				}
				if j := d.openingAgent(lo, i); !direct && j >= 0 {
					// 신천지가 …예배에서 언론의 관련 보도는 왜곡이라고 주장했다: the subject
					// marked 이/가 that opens the sentence, with no clause closed between, is
					// the reporting verb's; a topic after it is what is said
					return j
				}
				return i
			}
		}
	}
	// no plausible topic: a document marked 은/는 that opens the sentence, past connectives,
	// dates and adverbs (보고서는 …라고 기술하고 있다): the topic of the main clause is the
	// reporting verb's subject, speaking for its author, and a subject marked 이/가 after it
	// belongs to what is said
	first := d.clauseStart(lo, c) // past connectives and dates
	if j := d.openingTopic(first, c); j >= 0 {
		return j
	}
	// a name, or an agent set beside another with 도, that opens the sentence as its topic
	// (메타도 …공개하겠다고 밝혔다), when nothing else is its subject before c
	for i := first; i < c && i < first+6; i++ {
		if d.isTopicAt(i) && d.npBefore(i).from == first && !d.isDateWord(i) && !d.thingsCounted(i) && (d.namedHead(d.npBefore(i)) || d.alsoTopic(i) && d.plausible(d.npBefore(i))) && !d.inRelative(i, c) {
			for k := i + 1; k < c; k++ {
				if !d.words[k].inQ && d.isSubjectWord(k) {
					return -1
				}
			}
			return i
		}
		if !d.isNominal(i) {
			break
		}
	}
	if !direct && d.continues(lo) {
		// 또한, 군 지휘관이 …하고 있다고 언급하며: a sentence that goes on from the quote
		// before with no topic of its own is said by the same speaker; a subject marked
		// 이/가 in it belongs to what is said
		return -1
	}
	// no topic: the first plausible subject of the last clause that has one
	for k := len(starts) - 1; k >= 0; k-- {
		end := c
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		if j := d.subjectIn(starts[k], end, true); j >= 0 {
			if !d.isTopic(j) && d.embeddedQuestion(j, c) {
				// 북측의 요구사항이 있었는지에 대한 질문에는 “…”라고 대답하였다: a subject
				// marked 이/가 before -는지/-ㄴ지 is the subject of that embedded question, not
				// of the reporting verb
				return -1
			}
			if !direct && !d.isTopic(j) && d.pointedBack(j, c) {
				// 레소토 육군이 …포위하고 있으며 이는 쿠데타 시도로 보인다고 말했다: a clause
				// that the next one points back to (이는, 이것은) is part of what is said,
				// and its subject is no speaker
				return -1
			}
			if s := d.words[lo].sent; !direct && d.last != nil && d.lastSent == s-1 && d.npBefore(j).from > d.clauseStart(starts[k], j) {
				// 국민의힘은 …반박에 나섰다. 문재인 정부 때 …올려서 현 정부가 부담을 떠안게 됐다고
				// 했다: right after a report, a sentence whose only subject sits inside its clause
				// goes on from the speaker before; the subject is part of what is said
				return -1
			}
			if d.openedByTopic(first, j) && !d.holder(d.npBefore(j)) {
				// 청화대는 사드 발사대가 …배치되었다고 밝혔다: after the topic that opens the
				// sentence, whatever it names, a subject marked 이/가 that is no person or
				// body is part of what is said
				return -1
			}
			return j
		}
	}
	return -1
}

// embeddedQuestion reports a word between j and c that ends an embedded question (있었는지,
// 요구하였는지, 할지, 했는가): the clause of j, if it holds j's predicate, is that question.
func (d *doc) embeddedQuestion(j, c int) bool {
	for k := j + 1; k < c && k < len(d.words); k++ {
		if d.words[k].inQ {
			continue
		}
		for _, tk := range d.words[k].toks {
			if tokenize.FirstTag(tk.POS) != "EC" {
				continue
			}
			switch tk.Surface {
			case "는지", "은지", "ㄴ지", "을지", "ㄹ지", "는가", "은가", "ㄴ가", "던지":
				return true
			}
		}
	}
	return false
}

// openedByTopic reports a noun phrase marked 은/는 that opens the clause at word first and
// ends before word j (not a time: 이제는, 오늘은).
func (d *doc) openedByTopic(first, j int) bool {
	for i := first; i < j && i < first+6; i++ {
		if d.isTopicAt(i) {
			return d.isTopic(i) && d.npBefore(i).from == first && !d.isDateWord(i) && !timeNouns[d.words[i].head]
		}
		if !d.isNominal(i) {
			return false
		}
	}
	return false
}

// contrastEnd reports a connective ending that sets its clause against the next: -(으)나,
// -지만 (했으나, 했지만, 했으나,).
func contrastEnd(c string) bool {
	c = strings.TrimSuffix(c, ",")
	return strings.HasSuffix(c, "으나") || strings.HasSuffix(c, "지만") // (했으나, 였으나 end in 으나)
}

// ownSubjectEnd reports a connective ending after which the next clause may have a subject of
// its own: the contrasts -(으)나 and -지만, the background -는데 and the sequence -자 (했지만,
// 밝혔으나, 했는데, 말하자). The same-subject connectives -(으)며, -면서 and -고 are not.
func ownSubjectEnd(c string) bool {
	return contrastEnd(c) || backgroundEnd(c) || strings.HasSuffix(c, "자") && utf8.RuneCountInString(c) >= 2
}

// backgroundEnd reports the background connective -(으/느)ㄴ데 ending c: 데 after a syllable
// closed by ㄴ (했는데, 많은데, 중요한데, 학생인데).
func backgroundEnd(c string) bool {
	rest, ok := strings.CutSuffix(c, "데")
	if !ok || rest == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return utf8fast.Final(r) == 4 // final ㄴ
}

// narrationEnd reports a connective ending that closes a clause of the writer's narration
// before the next (했지만, 밝혔으나, 옮겼는데, 많은데, 모였고): the contrasts, the background
// -ㄴ데, and the sequence -고 but for the quotatives (라고, 다고, 냐고, 자고).
func narrationEnd(c string) bool {
	return contrastEnd(c) || backgroundEnd(c) || strings.HasSuffix(c, "고") && !quotativeGo(c)
}

// quotativeGo reports a word ending in a quotative 고 (라고, 다고, 냐고, 자고).
func quotativeGo(c string) bool {
	for _, q := range [...]string{"라고", "다고", "냐고", "자고"} {
		if strings.HasSuffix(c, q) {
			return true
		}
	}
	return false
}

// topicIn reports a plausible topic outside quotes in words [a, b).
func (d *doc) topicIn(a, b int) bool {
	for i := a; i < b; i++ {
		if (!d.words[i].inQ || d.quotedName(i)) && d.isTopicWord(i) {
			return true
		}
	}
	return false
}

// contentStart is where a reported clause that follows its speaker at word j (and ends at word
// i) begins: after the speaker, and after a clause that sets the scene right after it
// (기자들과 만나, 브리핑을 열고).
func (d *doc) contentStart(j, i int) int {
	start := j + 1
	for k, lim := start, start+6; k < i && k < lim+2; k++ {
		if k >= lim {
			// past a date and a place, the clause of a writing put out (지난 1월 7일, 자신들의
			// 공식 홈페이지에 글을 업로드해) still sets the medium
			if d.postedThen(k) && k+1 < i {
				return k + 1
			}
			continue
		}
		if d.settingEnd(k) || d.mediumEnd(k) && k+1 < i && !d.modifierVerb(k+1) {
			// (not 회의에서 결정된 사항을 따르겠다: a place right before a verb that modifies a
			// noun is that relative clause's, part of what is said)
			return k + 1
		}
		if d.clauseEnd(k) {
			if d.ownAct(start, k) && k+1 < i {
				return k + 1
			}
			if !strings.HasSuffix(d.words[k].clean(), "가운데") {
				break
			}
			// …이 참석한 가운데, 궐기대회를 열고 …: the scene goes on past the 가운데 clause
			start, lim = k+1, k+7
		}
	}
	return start
}

// ownAct reports a clause in words [from, k] right after the speaker that ends in -면서 (the
// ending of an act done at the same time; -며 as often joins what is said) with a verb that
// reports nothing and names no subject of its own (사채업자들은 피해자에게
// 성매매도 시키면서 …겠다는 협박도 했다, 부시 행정부는 이러한 프로그램을 옹호하면서, …다고
// 주장해왔다): what the speaker did while saying it, not what was said.
func (d *doc) ownAct(from, k int) bool {
	w := &d.words[k]
	c := w.clean()
	if !strings.HasSuffix(c, "면서") || !w.isPredicate() || w.hasTag("VCP") || strings.HasPrefix(c, "있") {
		return false
	}
	if _, ok := verbStance(w.stem()); ok {
		return false // …라고 제시하며: a report of its own (clauseStart)
	}
	if cut, _ := indirectCut(w); cut > 0 {
		return false // …받으라면서: -면서 after a quotative ending reports (다고 하면서), it is said
	}
	for m := from; m < k; m++ {
		if d.isSubjectWord(m) || d.words[m].inQ {
			return false
		}
	}
	return true
}

// isTopicAt reports a word outside quotes marked as the topic with 은/는 (or 께서는, 도),
// whatever noun it marks.
func (d *doc) isTopicAt(i int) bool {
	if d.words[i].inQ || !d.isSubjectWord(i) || d.demonstrative(i) {
		return false
	}
	if alsoWord(d.words[i].clean()) {
		return true // 야3당 의원들 또한 “…”: the noun before 또한 or 역시, as with 도
	}
	t := d.words[i].lastTok()
	return t != nil && tokenize.FirstTag(t.POS) == "JX"
}

// demonstrative reports a word headed by a demonstrative pronoun (이는, 이것은, 그것이): it
// points at a thing or a fact, never at who speaks.
func (d *doc) demonstrative(i int) bool {
	w := &d.words[i]
	if len(w.toks) == 0 || tokenize.FirstTag(w.toks[0].POS) != "NP" {
		return false
	}
	switch w.toks[0].Surface {
	case "이", "이것", "그것", "저것", "이곳", "그곳", "여기", "거기", "이쪽", "그쪽":
		return true
	}
	return false
}

// namedHead reports a noun phrase that names something: an entity the recogniser found, or a
// head that is a proper noun, a foreign word or unknown to the dictionary; not a phrase that
// opens with a determiner (이 태풍, 해당 기관), which points back at something already named.
func (d *doc) namedHead(p np) bool {
	if w := &d.words[p.from]; len(w.toks) > 0 && tokenize.FirstTag(w.toks[0].POS) == "MM" {
		return false
	}
	if d.entityAt(p.Span) != nil {
		return true
	}
	for _, t := range d.words[p.to].toks {
		if t.Start >= p.End {
			break
		}
		if tg := tokenize.FirstTag(t.POS); tg == "NNP" || tg == "SL" || t.Unknown {
			return true
		}
	}
	return d.givenNameBefore(p)
}

// alsoTopic reports a topic marked with 도 (메타도, 구글도): "X too" sets X beside an agent
// already named, so it names an agent itself.
func (d *doc) alsoTopic(i int) bool {
	t := d.words[i].lastTok()
	return t != nil && t.Surface == "도" && tokenize.FirstTag(t.POS) == "JX"
}

// quotedName reports a word that closes a short quote of nouns and carries a particle after
// the mark, the quote introduced by a group noun (구호단체 ‘머시 코어’는): an organisation's
// name set in quote marks, marked as the subject outside them.
func (d *doc) quotedName(i int) bool {
	t := d.words[i].lastTok()
	if t == nil || d.inRegion(t.Start) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if t := d.words[k].lastTok(); !d.isNominal(k) || t != nil && strings.HasPrefix(tokenize.FirstTag(t.POS), "J") {
			return false // a name is nouns alone (not ‘아시아평화와 역사교육 연대’)
		}
		if !d.words[k].inQ {
			// an organisation set in quote marks is introduced by its kind (구호단체,
			// 시민단체, 업체) right before them; a storm or a book so written is no source
			return d.hasMark(k) && k > 0 && d.isNominal(k-1) && hasSuffixWord(names.group, d.words[k-1].clean())
		}
	}
	return false
}

// continuing are the connectives that carry a speaker's words on into the next sentence.
var continuing = map[string]bool{"또": true, "또한": true, "이어": true, "이어서": true, "아울러": true, "그리고": true, "덧붙여": true, "그러면서": true, "더불어": true, "나아가": true}

// continues reports a sentence, starting at or before word lo, that opens with a continuing
// connective right after a sentence that holds a quote.
func (d *doc) continues(lo int) bool {
	s := d.words[lo].sent
	a := d.sents[s][0]
	return d.lastSent == s-1 && s > 0 && continuing[d.words[a].clean()]
}

// plausibleSource reports a phrase that can be a source named with 에서는/에선/에서도: one that
// can speak, or a circle of people (가톨릭계, 종교계: a noun of three syllables or more in 계).
func (d *doc) plausibleSource(p np) bool {
	if d.plausible(p) {
		return true
	}
	h := d.words[p.to].head
	if k := strings.Index(h, "에서"); k > 0 {
		h = h[:k]
	}
	return strings.HasSuffix(h, "계") && utf8.RuneCountInString(h) >= 3
}
