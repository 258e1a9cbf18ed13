package summarize

import (
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/tokenize"
)

// holder returns whose quantity the figure at word w of clause c is (QUOTES.md §4), "" when the
// text does not say. In order:
//   - for a count of dead or injured, the cause the clause names (공습으로 3명이 숨졌다);
//   - the noun a figure describes in an adnominal phrase: 10배 저렴한 'GPT-3.5 터보', 20%의
//     태양전지, 1.5m짜리 시제품, 65세 이상 노인, 5m에 달하는 '제이 다이트 오리지널';
//   - the owner in X의 N (소비자의 79%), the whole of X 중 N (이들 중 72.8%);
//   - for a share, the noun right before or after it (응답자 65.9%, 30% 환자는): its whole;
//   - the owner of the measure: X의 Y는 N, X Y는 N (일반 쥐의 고환 무게는, 백금 가격은);
//   - for a penalty, whom it is imposed on (A씨에게 징역 10월);
//   - the topic or subject of the clause (은/는/도/이/가), before the figure, then after it;
//   - a place that holds what the clause counts (ISS에는 우주인 3명이 남아있다) or a domain
//     the clause is about (서빙 분야에서는);
//   - the topic of the clauses just before, which Korean drops while it stays the same.
//
// A person who is only reported to say the figure is never its holder (이창용 총재는 기준금리를
// 연 3.5%로 동결했다고 말했다 is not a figure of the governor).
func (b *factBuilder) holder(fs *factSentence, c [2]int, w int, fig figures.Figure, measureWord int) string {
	// A reporting verb at the end of the sentence reports every clause before it (보고서는
	// 억류자들이 일주일 이상 잠을 자지 못했고, …했다고 기술하고 있다), not only its own.
	reported := fs.quoted[w] || b.naming || reportedClause(fs, [2]int{c[0], len(fs.words)}, w)
	if stricken(fs, c, fig) && !casualty(fs, c, fig) {
		if s := b.cause(fs, w); s != "" {
			return s // 폭설로 차량 279대가 고립되었다: the event named as the cause
		}
	}
	if casualty(fs, c, fig) {
		if s := b.cause(fs, w); s != "" {
			return s
		}
		// 4명이 사망하고 2명이 중상을 입는 연쇄 추돌사고: the event the clause describes.
		if s, _ := b.relativeHeadOf(fs, [2]int{c[0], len(fs.words)}, fs.wordAt(fig.End-1), true); s != "" {
			return s
		}
		// 운전사가 사망하고 선수 2명 등 9명이 부상하였다: with no cause named, the dead and the
		// injured are counted for what the article is about (토고 축구 국가대표팀), never for the
		// one the clause before says died, nor for the one who reports them (국민안전처는 …
		// 사망자 7명이 발생했다고 밝혔다).
		// 콜롬비아 역시 … 1만 8000여 명이 피해를 봤고 1명이 사망했다: a topic set in an earlier
		// clause of the sentence governs the clauses joined after it (Korean does not repeat
		// it), so the dead there are counted for it, the place the clause is about.
		if !reported && c[0] > 0 && b.topicBefore(fs, c[0], w, -1, reported) == "" && !reportedClause(fs, [2]int{c[0], len(fs.words)}, w) {
			if s := b.earlierTopic(fs, c[0]); s != "" {
				return s
			}
		}
		if b.article != "" && (reported || reportedClause(fs, [2]int{c[0], len(fs.words)}, w) || b.topicBefore(fs, c[0], w, -1, reported) == "") {
			return b.article
		}
	}
	last := fs.wordAt(fig.End - 1)
	if s := b.surveySample(fs, w, last, fig); s != "" {
		return s
	}
	if s := b.modifiedHead(fs, last); s != "" && bareFigure(b.src, fs.words[last], fig) {
		return s
	}
	// N인 X (소득 하위 20%인 1분위 가구): the copula's adnominal says X is N, so X holds it before
	// any topic; N의 X is weaker (20%의 태양전지 may be the topic's), tried after the topic.
	// A measure with 의 describes the noun after it first (120㎝ 깊이의 풀), but one that describes
	// the object of the clause's verb (타지키스탄은 1,100㎢의 영토를 넘긴다) leaves whose it is to
	// the topic, like N의 X.
	genitive := b.src[fig.End:fs.words[last].End] == "의" && (fig.Kind != figures.KindMeasure || last+1 < len(fs.words) && objectWord(fs.words[last+1]))
	if !genitive {
		if s := b.describedNoun(fs, c, last, fig); s != "" {
			return s
		}
	}
	if baselineWord(fs, c, w, fig) < 0 {
		if s := b.wholeOf(fs, c, w); s != "" {
			return s
		}
	}
	if fig.Kind == figures.KindPercent || fig.Kind == figures.KindFraction {
		if s := b.partFrame(fs, w); s != "" {
			return s
		}
	}
	// An age group (60대 이상) is a part of the people counted, as a share is.
	share := fig.Kind == figures.KindPercent || fig.Kind == figures.KindFraction || fig.Unit == "대" && fig.Kind == figures.KindMeasure
	if s := b.labelled(fs, fig); s != "" {
		return s
	}
	if fig.Kind == figures.KindRank {
		if s := b.rankedNoun(fs, c, w, fig); s != "" {
			return s
		}
	}
	if s := b.placeInList(fs, w); s != "" {
		return s
	}
	if (properBefore(fs, c, w) || listedAfterProper(fs, c, w) || listedUnderAttribute(fs, w)) && fig.Kind != figures.KindRank {
		return b.name(b.extend(fs, c[0], w-1)) // 서울 550명, 경기 257명; 제주 11도: the place named before it
	}
	if share && w-1 >= c[0] && fs.words[w].Start == fig.Start && fs.nps[w-1].bare() && !fs.figWords[w-1] && measureNoun(fs.nps[w-1]) && !quotedLabel(fs.words[w-1]) {
		// 응답자 65.9%: the whole written before the share; not 같은 학교 동기(24.2%), where
		// the share in brackets counts the answer 같은 학교 동기, its part.
		if s := b.name(b.extend(fs, c[0], w-1)); s != "" {
			return s
		}
	}
	if share && last+1 < c[1] && fs.words[last].End == fig.End && !fs.figWords[last+1] && fs.nps[last+1].marker() == "topic" &&
		measureNoun(fs.nps[last+1]) {
		return b.name(core(b.src, fs.nps[last+1].nouns)) // 약 30% 환자는
	}
	if measureWord >= 0 && measureWord < w {
		if s := b.attributeOwner(fs, c[0], measureWord); s != "" && (s != b.compoundOwner(fs, measureWord) || b.topicBefore(fs, c[0], measureWord, measureWord, reported) == "") {
			return s
		}
		// 응답자는 941명인 것으로 나타났으며, 평균 지출 예상 비용은 47만 3천원: an attribute
		// without an owner is of the topic of the clause before it.
		if fs.nps[measureWord].marker() == "topic" && b.clause.sentence == fs.index && b.clause.np != "" && !(reported && b.clause.person) {
			return b.clause.np
		}
	}
	if penalty(fs, w) {
		if s := b.recipient(fs, w); s != "" && !receivedFrom(fs, c, w) {
			b.sentenced, b.sentencedAt = s, fs.index
			return s
		}
		if s := b.sentencedOne(fs, w); s != "" {
			return s
		}
		if m := measureWord; m-1 >= c[0] && m < w && penaltyNouns[fs.nps[m].head()] && fs.nps[m].bare() && fs.nps[m-1].bare() && !fs.figWords[m-1] && measureNoun(fs.nps[m-1]) {
			// 법원, 박모 전 시장 징역 5년 선고: a headline writes whom a penalty falls on right
			// before it, for X에게 징역 5년을; not the court that pronounces it.
			if s := b.name(b.extend(fs, c[0], m-1)); s != "" {
				b.sentenced, b.sentencedAt = s, fs.index
				return s
			}
		}
		// 검찰은 … 징역 25년과 벌금 300억원을 구형했다: whoever demands or pronounces a penalty
		// only gives it; with no one named to receive it, it falls on the person the story is
		// about.
		if imposedBy(fs, [2]int{c[0], len(fs.words)}, w) { // the list of penalties may be split at its commas
			if b.sentenced != "" && fs.index-b.sentencedAt <= 3 {
				// 서울중앙지법은 박모 전 시장에게 징역 5년을 선고했다 … 검찰은 앞서 징역 8년을
				// 구형한 바 있다: the one a penalty was given to is the defendant, on whom the
				// penalties sought or pronounced after it without 에게 fall.
				return b.sentenced
			}
			if b.lastPerson.np != "" && fs.index-b.lastPerson.sentence <= 3 {
				return b.lastPerson.np
			}
			return b.article
		}
	}
	if (fig.Unit == "명" || fig.Unit == "인") && w-2 >= c[0] && len(fs.words[w-1].toks) == 1 && fs.words[w-1].toks[0].Surface == "등" && fs.nps[w-2].bare() && !fs.figWords[w-2] &&
		!objectWord(fs.words[last]) {
		// C씨(37) 등 2명: the group by its first; but 경찰 등 500여 명을 동원하여 counts whom the
		// topic mobilised, its own figure.
		// 정의당 장혜영 의원 등 10인: the first named in full, the bare nouns before 등.
		j := w - 2
		for j-1 >= c[0] && fs.nps[j-1].bare() && !fs.figWords[j-1] && !timeHead(fs.nps[j-1]) && !endsClause(fs.words[j-1]) {
			j--
		}
		return dropNotes(b.src[fs.words[j].Start:fs.words[w-1].End])
	}
	if s := b.placeHolding(fs, c, w); s != "" {
		return s
	}
	if s := b.givenTo(fs, c, w, fig); s != "" {
		return s
	}
	if s := b.changedObject(fs, c, w, fig); s != "" {
		return s
	}
	// 아버지가 7000만원 이상의 사채를 진 대학생 딸을 죽이고, 연구팀은 20% 효율을 가진 전지를
	// 개발했다: a figure in a relative clause whose head is the object of the sentence's verb is
	// the head's; the subject before it is the main verb's. (A duration there is rather the
	// subject's time: 3년간 일한 회사를 떠났다.)
	if fig.Kind != figures.KindDuration {
		if s, k := b.relativeHead(fs, c, last); s != "" && len(fs.nps[k].rest) > 0 && (tokenize.FirstTag(fs.nps[k].rest[0].POS) == "JKO" || withWord(fs.nps[k])) && objectBetween(fs, w, k) {
			// (7표를 얻은 스페인과 2표를 얻은 네덜란드를 제쳤다, 3안타를 친 박해민과 함께: a
			// head joined by 과/와, a conjunct of the object or a companion, likewise.)
			return s
		}
	}
	if s, _ := b.relativeHead(fs, c, last); s != "" && fig.Unit == "명" && w-1 >= c[0] && fs.words[last].End > fig.End &&
		tokenize.FirstTag(fs.words[last].toks[len(fs.words[last].toks)-1].POS) == "JKS" &&
		fs.nps[w-1].bare() && !fs.figWords[w-1] && measureNoun(fs.nps[w-1]) && !(w-2 >= c[0] && fs.figWords[w-2]) {
		// 서울행정법원은 교사 395명이 서울시교육청을 상대로 낸 소송에서: people counted as the
		// subject of a relative clause are the ones who did what it says, and the count is of
		// the noun that names them (교사), neither the noun the clause describes (소송) nor the
		// main clause's topic; but in 7개 나라 60명이 함께한 공동연구진, 나라 is the other
		// figure's, no name of the 60.
		return b.name(b.extend(fs, c[0], w-1))
	}
	skip := measureWord
	b.reporterPassed = ""
	if s := b.topicBefore(fs, c[0], w, skip, reported); s != "" {
		return s
	}
	if r := b.reporterPassed; r != "" {
		// The measure of a reported clause with no owner written is of what the article is
		// about (독감 환자 for 질병관리청's 독감 의사환자 수), unless the article is about the
		// reporter itself (대한민국 질병관리본부, 가을철 …: then the text does not say).
		if b.article == "" || strings.Contains(b.article, r) || strings.Contains(r, b.article) {
			return ""
		}
		return b.article
	}
	if k := c[0] - 1; k >= 0 && fs.nps[k].marker() == "topic" && strings.HasSuffix(b.src[fs.words[k].Start:fs.words[k].End], ",") {
		// 수영구는, 주민 외에 군인과 경찰 등 500여 명을 동원하여: a topic set off by a comma
		// governs the clause after it.
		if s := b.topicAt(fs, 0, k, skip, reported); s != "" {
			return s
		}
	}
	if m := measureWord; fig.Kind != figures.KindRank && m >= 0 && m < w && m-1 >= c[0] && fs.nps[m-1].bare() && !fs.figWords[m-1] && measureNoun(fs.nps[m-1]) &&
		!(numeralTag(tokenize.FirstTag(fs.words[m-1].toks[0].POS)) && isAttribute(fs.nps[m].head())) && // 3분기 영업이익: a time, no owner
		(m-2 < c[0] || !fs.nps[m-2].bare() || isAttribute(fs.nps[m].head()) && fs.nps[m].marker() == "topic") && !modifierNouns[fs.nps[m-1].nouns[len(fs.nps[m-1].nouns)-1].Surface] &&
		(len(fs.nps[m].nouns) == 0 || !countHeads[fs.nps[m].nouns[len(fs.nps[m].nouns)-1].Surface]) {
		// 백금 가격은 1g당 5만원: the bare noun owns the attribute; a generic head (보건·복지·고용
		// 분야 예산은) with the nouns whose kind it names.
		return b.name(b.extend(fs, c[0], m-1))
	}
	if genitive {
		if s := b.describedNoun(fs, c, last, fig); s != "" {
			return s // 20%의 고효율 태양전지: no topic says whose it is, the phrase does
		}
	}
	if s, _ := b.relativeHead(fs, c, last); s != "" {
		return s
	}
	if share && b.lastWhole != "" && fs.index-b.lastWholeSentence <= 1 {
		// 65.9%는 …, 24.5%는 …; 연령별로는 60대 이상(74.6%)과 50대(70.2%)에서 찬성이 많았다: a
		// share with no topic before it is of the whole named last, not of the subject after
		// it (찬성).
		return b.lastWhole
	}
	if s := b.topicAfter(fs, w+1, c[1], skip, reported, fig.Kind != figures.KindDuration); s != "" {
		return s
	}
	if s := b.allocatedTo(fs, c, w, fig); s != "" {
		return s
	}
	if s := b.frame(fs, c, w); s != "" {
		return s
	}
	if s := b.frame(fs, c, w); s != "" {
		return s
	}
	if s := b.resultObject(fs, c, w, fig); s != "" {
		return s
	}
	if fs.quoted[w] && fs.index-b.quoteTopic.sentence <= 2 && b.quoteTopic.np != "" {
		if b.sameSpeaker(b.quoteTopic.quote, fs.words[w].Start) {
			return b.quoteTopic.np // the topic of the speaker's own words
		}
		// Another speaker's words do not go on with the topic of the last one's (“다만 환율
		// 변동성은 위험 요인”이라고 덧붙였다. 이 연구원은 “내년 영업이익이 40조원을 넘을 수
		// 있다”고: not 환율 변동성's); with none of their own, they speak of what the article is
		// about.
		return b.unlessOwnSubject(fs, b.article, measureWord, w)
	}
	if fs.quoted[w] && b.last.sentence != fs.index && b.last.sentence >= 0 {
		// “…이들 중 15% 이상은 …”: the narrative's topic does not carry into the words of a
		// speaker quoted in a sentence of its own.
		return ""
	}
	if b.article != "" && b.last.sentence != fs.index && !b.last.topical {
		// Korean drops the topic (은/는) while it stays the same; a subject with 이/가 brings
		// something new into its own sentence and is not what the next sentence goes on about,
		// so past its sentence the article's topic is the better guess (재판이 마무리
		// 되었다. 징역 18년, 벌금 200억원이 확정되었다: 최서원, the headline's, not 재판).
		return b.unlessOwnSubject(fs, b.article, measureWord, w)
	}
	if fs.index-b.last.sentence <= 2 && b.last.np != "" && !(reported && b.last.person) && !(countedPeople(b.last.np) && fig.Unit != "명") {
		// (사망자 is what a count of people counts, for the article's topic, and holds no
		// other figure: not 3215채.)
		if b.last.sentence == fs.index {
			return b.last.np
		}
		if b.last.reporter && !reported && !(measureWord >= 0 && measureWord < w && fs.nps[measureWord].marker() == "topic") {
			// 서울시는 …계획이라고 밝혔다. 이에 따라 …1초당 1m에서 0.8m 기준으로 늘린다: who
			// reported what the sentence before says is its source, and Korean drops the source
			// only in a sentence that reports again (…라고 밝혔다); a narrative sentence after it
			// is about what was reported, so its figure is no statement of the source's. (An
			// attribute made the topic, 복귀한 인원은 864명이다, still drops its owner, the topic
			// before.)
			return ""
		}
		return b.unlessOwnSubject(fs, b.last.np, measureWord, w)
	}
	return b.unlessOwnSubject(fs, b.article, measureWord, w)
}

// unlessOwnSubject returns t, the topic of the sentences before or the headline's, as the
// holder of a figure none of whose sentence's clauses names one, unless the sentence names a
// subject or topic of its own: Korean drops a subject only while it stays the same, so a
// sentence with its own (1심은 9개 혐의를 유죄로 보고, 건설노동자가 …목숨을 잃었다) is not
// about t, and its figure is no statement of t's. Its own is a noun with 은/는/도 or 이/가
// outside quote marks (inside the figure's own quote for a figure in one: its speaker, outside,
// is no subject of the quoted words, nor is another quote's) that is none of these, which name no holder: a figure (벌금 200억원이
// 확정되었다, 36m가 붕괴되었다: what is stated of the topic); the figure's measure written
// before it (가입자가 1억명을 넘었다; but 4개의 태풍이, the things counted, are the subject);
// a measured attribute or count (예산도, 인원은); an adverb the tagger reads as a noun
// (원래는); a time (2010년 시즌에는); a pointer back (이는, 이들은); a nominalised clause
// (…한 것은); a complement of 되다/아니다; a noun of a view that frames what the clause
// before it says (…늘어날 것이란 전망도 나옵니다); t restated (만리장성이, t 만리장성; a noun
// of two syllables or more: 부 of 추진본부 restates no 국토해양부).
func (b *factBuilder) unlessOwnSubject(fs *factSentence, t string, measureWord, w int) string {
	for i, np := range fs.nps {
		if fs.quoted[i] != fs.quoted[w] || fs.quoted[w] && b.quoteAt(fs.words[i].Start) != b.quoteAt(fs.words[w].Start) || fs.figWords[i] || i == measureWord && i < w || np.marker() != "topic" || complement(fs, i) || thisTopic(fs.words[i]) || groupPronoun(fs.words[i]) || caseOf(np) {
			continue
		}
		head := np.nouns[len(np.nouns)-1]
		if tokenize.FirstTag(head.POS) == "NNB" || tokenize.FirstTag(head.POS) == "SN" || isAttribute(head.Surface) || countHeads[head.Surface] || timeHead(np) ||
			viewNouns[head.Surface] || nounAdverbs[head.Surface] || lengthNouns[head.Surface] || utf8.RuneCountInString(head.Surface) > 1 && strings.Contains(t, head.Surface) {
			continue
		}
		return ""
	}
	return t
}

// contentNouns are nouns whose adnominal clause states what they are (3억원을 받은 혐의, 돈을
// 건넨 의혹, 10%가 늘었다는 사실): the clause is the content of a charge or a report, not a
// description of a thing, so its figures are of the clause's own subject or the sentence's
// topic (박 전 시장은 …3억원을 받은 혐의를 받는다: 박 전 시장), never the noun's.
var contentNouns = map[string]bool{"혐의": true, "의혹": true, "혐의점": true, "사실": true, "내용": true, "소식": true, "혐의들": true}

// viewNouns name a view, a plan or a report whose content is the clause written before them
// (…것이란 전망도 나온다, …라는 지적이 있다): the subject of a frame, never of the content.
var viewNouns = map[string]bool{
	"전망": true, "의견": true, "우려": true, "기대": true, "입장": true, "평가": true, "예정": true, "계획": true,
	"방침": true, "생각": true, "지적": true, "목소리": true, "주장": true, "분석": true, "관측": true, "설명": true,
}

// lengthNouns name a length of time, what a duration measures (연착된 시간은 20분부터
// 3시간까지, 대기시간도 2~3초): made the topic, like an attribute, they leave whose it is unsaid.
var lengthNouns = map[string]bool{"시간": true, "대기시간": true, "기간": true}

// nounAdverbs are adverbs and connectives the tagger reads as nouns (원래는 무료인: originally;
// 이외에도: besides): never a subject.
var nounAdverbs = map[string]bool{"원래": true, "본래": true, "이외": true, "이밖": true, "그밖": true, "그외": true}

// earlierTopic returns the topic (은/는/도, X 역시) or the place made the topic (X에서도,
// X에서는) of the clauses before word lo of the sentence, nearest first; "" when there is none
// or it is a person. A subject (이/가) there is its own clause's: 운전사가 사망하고 9명이
// 부상하였다 counts no dead for the driver.
func (b *factBuilder) earlierTopic(fs *factSentence, lo int) string {
	for i := lo - 1; i >= 0; i-- {
		np := fs.nps[i]
		switch {
		case np.marker() == "frame":
			return b.frame(fs, [2]int{0, lo}, i+1)
		case np.marker() == "topic" && tokenize.FirstTag(np.rest[0].POS) != "JKS", np.bare() && likewise(fs, i):
			if s := b.topicAt(fs, 0, i, -1, false); s != "" && !b.isPerson(s, np) {
				return s
			}
			return ""
		}
	}
	return ""
}

// surveyNouns head the names of a survey (설문 조사, 여론조사, 설문).
var surveyNouns = map[string]bool{"조사": true, "설문조사": true, "여론조사": true, "설문": true}

// surveySample returns the survey a count of people belongs to as its sample: in N명을
// 대상으로 (…) 조사 (성인 남녀 1,000명을 대상으로 설문 조사를 실시한, 50만명의 직장인을 대상으로
// 설문조사를 벌여) the people counted are those the survey asked, so the count is the survey's:
// the sentence's subject (who ran it) with the survey noun as written (닐슨코리아 설문 조사).
// "" when the count is not a survey's sample.
func (b *factBuilder) surveySample(fs *factSentence, w, last int, fig figures.Figure) string {
	if fig.Kind != figures.KindCount {
		return ""
	}
	k := last + 1
	if k < len(fs.words) && b.src[fig.End:fs.words[last].End] == "의" {
		k++ // 50만명의 직장인을 대상으로
	}
	if rest := b.src[fig.End:fs.words[last].End]; strings.HasPrefix(rest, "(") && !strings.Contains(rest, ")") {
		// 전국 1,521명(무선 85 : 유선 15 비율)을 대상으로: past a note in brackets.
		for k < len(fs.words) && !strings.Contains(b.src[fs.words[k].Start:fs.words[k].End], ")") {
			k++
		}
		k++
	}
	if k >= len(fs.words) || !strings.HasPrefix(b.src[fs.words[k].Start:fs.words[k].End], "대상으로") {
		return ""
	}
	survey := ""
	for i := k + 1; i < len(fs.words) && i <= k+8; i++ {
		np := fs.nps[i]
		if n := len(np.nouns); n > 0 && surveyNouns[np.nouns[n-1].Surface] {
			survey = core(b.src, np.nouns)
			if len(np.rest) > 0 && strings.HasPrefix(np.rest[0].POS, "XS") {
				survey = np.nouns[n-1].Surface // 조사한, 조사해: the survey named by its verb
			} else if i-1 > k && fs.nps[i-1].bare() && surveyNouns[fs.nps[i-1].nouns[len(fs.nps[i-1].nouns)-1].Surface] {
				survey = b.src[fs.nps[i-1].nouns[0].Start:np.nouns[n-1].End] // 설문 조사
			}
			if !(np.bare() && i+1 < len(fs.words)) {
				break // 설문 조사: the run goes on to the next word
			}
		}
		if endsClause(fs.words[i]) {
			break
		}
	}
	if survey == "" {
		return ""
	}
	survey = strings.TrimLeft(survey, "‘'\"“")
	// Who ran it: the nearest topic or subject before the count within the same quote (포브스는
	// “글라스도어가 … 직장인을 대상으로 설문조사를 벌여 …”고 보도했다: 글라스도어).
	who := ""
	for i := w - 1; i >= 0 && who == "" && fs.quoted[i] == fs.quoted[w]; i-- {
		who = b.topicAt(fs, 0, i, -1, false)
	}
	if who != "" {
		survey = who + " " + survey
	}
	b.survey, b.surveyBy, b.surveySentence = survey, who, fs.index
	return survey
}

// respondents returns the holder of a share in the results of the survey the article reported
// last, when the share's holder h names no group of its own: the whole (전체) of a survey is
// its respondents, and the one who ran the survey only reports their answers (두잇서베이는 …
// 조사를 실시한 결과, 전체의 65.8%가 …). Else h.
func (b *factBuilder) respondents(h string, fig figures.Figure, sentence int) string {
	if b.survey == "" || fig.Kind != figures.KindPercent && fig.Kind != figures.KindFraction {
		return h
	}
	// Right after the survey, a share whose clause names no holder (it fell back on the
	// headline's topic) is also its respondents' (사람인이 기업 519개사를 대상으로 … 조사한 결과,
	// 58.8%가 …).
	if h == "" || h == b.surveyBy || wholeWords[h] || h == b.article && sentence-b.surveySentence <= 1 {
		return b.survey + " 응답자"
	}
	return h
}

// headTopic returns the topic of an article as its headline gives it: the headline's first noun
// phrase (토고 축구 국가대표팀, 앙골라에서 피격 → 토고 축구 국가대표팀; NATO군 공습으로 … →
// NATO군 공습; 14일 슈퍼문…달과 지구의 거리 → 슈퍼문), "" when the headline opens with a quote or
// a verb. A news article is about what its headline names first.
func (b *factBuilder) headTopic(fs *factSentence) string {
	// 저녁 8시 무궁화호 탈선 사고 발생, 대전에서 SRT 고속열차 탈선: a headline may open with
	// when or where it happened, an adverbial of time written bare or a place with 에서, before
	// the event it is about. But X에서 Y N (대한민국에서 신규 코로나 확진자 1241명, 서울대공원에서
	// 곰 1마리) counts the Ys in X, and X holds the count.
	from, atPlace := 0, false
	for from+1 < len(fs.words) && !fs.figWords[from] && !endsClause(fs.words[from]) {
		if fs.nps[from].bare() && timeHead(fs.nps[from]) {
			from++
			continue
		}
		place := from
		if np := fs.nps[from]; len(np.nouns) > 0 && len(np.rest) == 1 && tokenize.FirstTag(np.rest[0].POS) == "JKG" && from+2 < len(fs.words) {
			place++ // 아프리카의 뿔에서 가뭄 발생: a place with its owner
		}
		if !placeWhere(fs.nps[place]) || !fs.nps[place+1].bare() || timeHead(fs.nps[place+1]) {
			break
		}
		from = place
		end := from + 1
		for end < len(fs.words) && fs.nps[end].bare() && !fs.figWords[end] && !endsClause(fs.words[end]) {
			end++
		}
		if end < len(fs.words) && fs.figWords[end] {
			break
		}
		from, atPlace = from+1, true
	}
	for i := from; i < len(fs.words); i++ {
		if startsClause(fs.words[i]) || fs.figWords[i] && i == from {
			return ""
		}
		np := fs.nps[i]
		if len(np.nouns) == 0 && i > from || i > from && (numeralTag(tokenize.FirstTag(np.nouns[0].POS)) || fs.figWords[i]) {
			// 대한민국 신규확진 다시 천명대 돌파: the noun phrase ends before the adverb; 구제역
			// 매몰 가축 100만마리 넘어서: before the number (a date opening the headline, 14일
			// 슈퍼문…, is read past as before).
			i--
			np = fs.nps[i]
			if i > 0 && fs.nps[i-1].bare() && !fs.figWords[i-1] && measureNoun(fs.nps[i-1]) && !endsClause(fs.words[i-1]) && countedBy(np) {
				// 대한민국 신규확진 892명: people counted by what befell them, right before the
				// number, are what it counts, and the topic is the phrase before them.
				i--
				np = fs.nps[i]
			}
		} else if len(np.nouns) == 0 {
			return ""
		} else if np.bare() && !endsClause(fs.words[i]) && !strings.ContainsAny(b.src[np.nouns[len(np.nouns)-1].End:fs.words[i].End], "…,") &&
			(i+1 < len(fs.words) || !atPlace) {
			continue // (a headline of nouns to its end after a place: 뿔에서 가뭄 발생, the event)
		}
		if len(np.rest) == 1 && tokenize.FirstTag(np.rest[0].POS) == "JKG" && headlineAdverbial(fs, i+1) {
			// 일본의 현란한 외교에 어떻게 대응해야 하나: X의 owns a noun phrase that is an
			// adverbial of the headline's verb (에, 으로, 을), so neither is what it is about.
			return ""
		}
		s := b.extend(fs, 0, i)
		if head := np.nouns[len(np.nouns)-1]; subjectStops[head.Surface] || isAttribute(head.Surface) || numeralTag(tokenize.FirstTag(head.POS)) ||
			directionHead(b.src[np.nouns[0].Start:fs.words[i].End]) {
			return ""
		}
		return s
	}
	// 넬슨 만델라 타계, 버락 오바마 미국 대통령 공식 취임: a headline of nouns to its end ends on
	// the noun of what happened, its predicate, and the nouns before it name whom it happened to.
	if i := len(fs.words) - 1; i-1 >= from && !atPlace && predicateNoun(fs, i) && fs.nps[i-1].bare() && !fs.figWords[i-1] {
		if head := fs.nps[i-1].nouns[len(fs.nps[i-1].nouns)-1]; !subjectStops[head.Surface] && !isAttribute(head.Surface) &&
			!numeralTag(tokenize.FirstTag(head.POS)) && !actNoun(head) && tokenize.FirstTag(head.POS) != "MAG" {
			return b.extend(fs, from, i-1)
		}
	}
	return ""
}

// placeWhere reports a noun phrase with 에서 (or its short form 서) and nothing after it: where
// something happened (대전에서, 경주서).
func placeWhere(np nounPhrase) bool {
	return len(np.nouns) > 0 && len(np.rest) == 1 && tokenize.FirstTag(np.rest[0].POS) == "JKB" && (np.rest[0].Surface == "에서" || np.rest[0].Surface == "서")
}

// headlineAdverbial reports that the noun phrase from word i on (past its modifiers: 현란한) ends
// in a case particle of an adverbial or an object (외교에, 발표를), not a topic, a subject or a
// bare noun.
func headlineAdverbial(fs *factSentence, i int) bool {
	for ; i < len(fs.words); i++ {
		np := fs.nps[i]
		if len(np.nouns) == 0 || np.bare() {
			continue
		}
		switch tokenize.FirstTag(np.rest[0].POS) {
		case "JKB", "JKO":
			return true
		}
		return false
	}
	return false
}

// directionHead reports a noun phrase that names a direction from a place (경주시 남남서쪽,
// 경북 상주 동쪽서): where something happened, never what a headline is about.
func directionHead(s string) bool {
	for _, p := range [...]string{"에서", "서", "에"} {
		s = strings.TrimSuffix(s, p)
	}
	return strings.HasSuffix(s, "쪽") || strings.HasSuffix(s, "방향") || strings.HasSuffix(s, "부근") || strings.HasSuffix(s, "인근") || strings.HasSuffix(s, "일대")
}

// labelled returns the group a share in brackets is given for, when the words before the
// bracket name an age group or a demographic group (60대 이상(74.6%), 경북권(76.0%)); other
// words there name the answer the share counts (농축수산물(34.7%), ‘치킨’(87.3%)), its part.
func (b *factBuilder) labelled(fs *factSentence, fig figures.Figure) string {
	if fig.Kind != figures.KindPercent || fig.Start == 0 || b.src[fig.Start-1] != '(' {
		return ""
	}
	w := fs.wordAt(fig.Start)
	if w < 0 {
		return ""
	}
	word := fs.words[w]
	label := ""
	if word.Start < fig.Start-1 { // the bracket may open the word, or stand before it (a line separator and then “(0%”)
		label = strings.TrimSpace(b.src[word.Start : fig.Start-1])
	}
	k := w
	if label == "" || qualifierNouns[label] {
		// 60대 이상(74.6%): the label runs back over the qualifier to its figure.
		if w == 0 {
			return ""
		}
		k = w - 1
		label = strings.TrimSpace(b.src[fs.words[k].Start : fig.Start-1])
	}
	if label == "" || strings.ContainsAny(label, "’'”\"」,.") {
		return ""
	}
	if fs.figWords[k] {
		// The label is itself a figure (60대 이상(74.6%)), or only the share's word holds one
		// (경북권(76.5%)에서: the label is a name).
		for _, f := range b.figs {
			if f.Start == fs.words[k].Start && f.End < fig.Start {
				if f.Unit == "대" && f.Kind == figures.KindMeasure {
					return label // 60대 이상(74.6%)
				}
				return ""
			}
		}
	}
	for _, suf := range demographicEnds {
		if strings.HasSuffix(label, suf) && (suf != "권" || regionSuffix(fs.words[k])) {
			return label // 경북권(76.0%), 여성(24.3%)
		}
	}
	return ""
}

// regionSuffix reports a word with the suffix 권 after a place (경북/NNP 권/XSN, 수도/NNG
// 권/XSN: the region around it), not a noun ending in 권 (상품권, 입장권: one noun).
func regionSuffix(e eojeol) bool {
	for i, t := range e.toks {
		if t.Surface == "권" && tokenize.FirstTag(t.POS) == "XSN" && i > 0 && nominalTag(tokenize.FirstTag(e.toks[i-1].POS)) {
			return true
		}
	}
	return false
}

// demographicEnds end the names of the groups a survey's results are broken down by: regions,
// sexes, generations, classes.
var demographicEnds = []string{"권", "지역", "세대", "층", "남성", "여성", "남자", "여자", "연령대", "계층"}

// resultObject returns X in X를 N(으)로 V, X를 N까지 V (기준금리를 연 3.5%로 동결했다): the
// object the clause sets to the figure is what the figure measures, when no topic says whose.
func (b *factBuilder) resultObject(fs *factSentence, c [2]int, w int, fig figures.Figure) string {
	last := fs.wordAt(fig.End - 1)
	if r := b.src[fig.End:fs.words[last].End]; r != "로" && r != "으로" && r != "까지" {
		return ""
	}
	i := w - 1
	if i >= c[0] && len(fs.words[i].toks) == 1 && !fs.figWords[i] && len(fs.nps[i].nouns) == 0 {
		i-- // 연 3.5%로: a word of rate or degree between
	}
	if i < c[0] || fs.figWords[i] || len(fs.nps[i].nouns) == 0 || len(fs.nps[i].rest) != 1 || tokenize.FirstTag(fs.nps[i].rest[0].POS) != "JKO" {
		return ""
	}
	head := fs.nps[i].nouns[len(fs.nps[i].nouns)-1].Surface
	if subjectStops[head] || personTitles[head] {
		return ""
	}
	return b.name(b.extend(fs, c[0], i))
}

// withWord reports a noun phrase ending in 과 or 와 as a particle: a conjunct (X와 Y를) or a
// companion (X와 함께).
func withWord(np nounPhrase) bool {
	if len(np.rest) != 1 {
		return false
	}
	r := np.rest[0]
	tag := tokenize.FirstTag(r.POS)
	return (tag == "JC" || tag == "JKB") && (r.Surface == "과" || r.Surface == "와")
}

// objectBetween reports an object (을/를) among words [w, k): a relative clause with an object
// of its own lacks its subject, which the head fills (사채를 진 딸: the daughter owes); one
// without (신체 중요 부위가 5cm 가량 손상되는 중상) has its subject, the figure's holder.
func objectBetween(fs *factSentence, w, k int) bool {
	for i := w; i < k; i++ {
		if objectWord(fs.words[i]) {
			return true
		}
	}
	return false
}

// placeHolding returns X in X에 있는 N (대한민국에 있는 23기의 원전, 서울에 사는 100만 명):
// the place where the things or people counted are holds them.
func (b *factBuilder) placeHolding(fs *factSentence, c [2]int, w int) string {
	if w-2 < c[0] || fs.figWords[w-1] || fs.figWords[w-2] {
		return ""
	}
	verb := fs.words[w-1].toks
	if tag, _ := lastPart(verb[len(verb)-1]); tag != "ETM" || !existenceVerb(verb[0]) {
		return ""
	}
	np := fs.nps[w-2]
	if len(np.nouns) == 0 || len(np.rest) != 1 || np.rest[0].Surface != "에" || timeHead(np) {
		return ""
	}
	return b.name(b.extend(fs, c[0], w-2))
}

// existenceVerb reports a predicate by which a place holds what is in it (있는, 사는, 거주하는).
func existenceVerb(t tokenize.Token) bool {
	if t.Surface == "거주" {
		return true // 거주하는
	}
	switch tokenize.FirstTag(t.POS) {
	case "VV", "VA":
	default:
		return false
	}
	switch t.Surface {
	case "있는", "있던", "있", "사는", "사", "살던", "살", "남은", "남아":
		return true
	}
	return false
}

// changeStems begin the verbs that raise or lower something by an amount (높였다, 올려,
// 낮췄다, 늘렸다, 인상했다, 상향).
var changeStems = []string{"높이", "높였", "높여", "올리", "올렸", "올려", "낮추", "낮췄", "낮춰", "늘리", "늘렸", "늘려", "줄이", "줄였", "줄여", "인상", "인하", "상향", "하향", "격상"}

// changedObject returns X in X를 N V, where V raises or lowers X by N (‘워치콘’을 한 단계
// 높였다): the figure is the change of the thing the object names, whoever made it. An
// attribute object (가격을 10% 인상했다) is the measure instead, and "" is returned.
func (b *factBuilder) changedObject(fs *factSentence, c [2]int, w int, fig figures.Figure) string {
	last := fs.wordAt(fig.End - 1)
	if fs.words[last].End != fig.End || last+1 >= c[1] || w-1 < c[0] || fs.figWords[w-1] {
		return ""
	}
	verb := fs.words[last+1].toks[0]
	if t := tokenize.FirstTag(verb.POS); t != "VV" && t != "NNG" {
		return ""
	}
	changes := false
	for _, st := range changeStems {
		if strings.HasPrefix(verb.Surface, st) {
			changes = true
			break
		}
	}
	np := fs.nps[w-1]
	if !changes || len(np.nouns) == 0 || len(np.rest) != 1 || tokenize.FirstTag(np.rest[0].POS) != "JKO" {
		return ""
	}
	if head := np.nouns[len(np.nouns)-1].Surface; isAttribute(head) || subjectStops[head] || personTitles[head] {
		return ""
	}
	return b.name(b.extend(fs, c[0], w-1))
}

// properBefore reports a bare proper noun right before the figure at word w (서울 3도, 독일
// 82%, 쿠바 130만명): in a list of places or organisations with their figures, each name holds
// the figure after it.
func properBefore(fs *factSentence, c [2]int, w int) bool {
	if w-1 < c[0] || fs.figWords[w-1] || !fs.nps[w-1].bare() || quotedLabel(fs.words[w-1]) {
		return false
	}
	last := fs.nps[w-1].nouns[len(fs.nps[w-1].nouns)-1]
	return tokenize.FirstTag(last.POS) == "NNP" && !penaltyNouns[last.Surface] // 집행유예/NNP 3년: a penalty, no place
}

// listedAfterProper reports a bare noun right before the figure at word w that follows an item
// of the same list named by a proper noun (울진/NNP 3천240ha, 삼척/NNG 60ha): the items of a
// list are alike, so the tagger's common noun names a place too.
// leadWords stand before a number as part of its phrase (영하 10도, 시속 60㎞, 찬성 28표): they
// name the kind of value, never whose it is.
var leadWords = map[string]bool{"영하": true, "시속": true, "초속": true, "섭씨": true, "화씨": true, "마이너스": true, "약": true, "찬성": true, "반대": true}

// listedUnderAttribute reports a figure at word w that is an item of a list under an attribute
// made the topic (기온은 남부지방 20도 내외, 중부지방 25도 내외로): with the attribute named
// first, the bare noun before each figure names whose value it is, as a place does before a
// count (서울 550명, 경기 257명), and is no measure. A list has another figure in the sentence
// with a bare noun before it.
func listedUnderAttribute(fs *factSentence, w int) bool {
	item := func(v int) bool {
		if v < 1 || !fs.figWords[v] || fs.figWords[v-1] || !fs.nps[v-1].bare() || timeHead(fs.nps[v-1]) || quotedLabel(fs.words[v-1]) {
			return false
		}
		if tag := tokenize.FirstTag(fs.words[v].toks[0].POS); tag != "SN" && tag != "NR" && tag != "MM" {
			return false // ‘상품권’(17.9%): a figure in brackets after its label
		}
		head := fs.nps[v-1].nouns[len(fs.nps[v-1].nouns)-1].Surface
		return !modifierNouns[head] && !qualifierNouns[head] && !isAttribute(head) && !penaltyNouns[head] && !leadWords[head] &&
			!perUnit(head) && !endsClause(fs.words[v-1])
	}
	if !item(w) {
		return false
	}
	lo, other := w-1, false
	for v := range fs.words {
		if v != w && item(v) {
			other = true
			lo = min(lo, v-1)
		}
	}
	if !other {
		return false
	}
	for i := lo - 1; i >= 0; i-- {
		if np := fs.nps[i]; np.marker() == "topic" && isAttribute(np.nouns[len(np.nouns)-1].Surface) {
			return true
		}
		if endsClause(fs.words[i]) && !fs.figWords[i] {
			return false
		}
	}
	return false
}

func listedAfterProper(fs *factSentence, c [2]int, w int) bool {
	if w-3 < 0 || w-1 < c[0] || fs.figWords[w-1] || !fs.nps[w-1].bare() || !fs.figWords[w-2] || !strings.HasSuffix(fs.words[w-2].toks[len(fs.words[w-2].toks)-1].Surface, ",") {
		return false
	}
	// (The list's earlier item ends a clause of its own, at its comma.)
	return properBefore(fs, [2]int{0, w - 1}, w-2) && !penaltyNouns[fs.nps[w-1].nouns[len(fs.nps[w-1].nouns)-1].Surface]
}

// quotedLabel reports a word that is an answer or a label in quote marks (‘기타’ 36.7%,
// ‘소통불가 이미지’ 20.8%): the part a share counts, not its whole.
func quotedLabel(e eojeol) bool {
	n := len(e.toks) - 1
	for n > 0 && (e.toks[n].Surface == "," || e.toks[n].Surface == "·") {
		n-- // '화제의 책', 75만원: a comma after the closing mark
	}
	switch strings.TrimRight(e.toks[n].Surface, ",·") { // the tokenizer may keep ', as one mark
	case "’", "'", "”", "\"", "」":
		return true
	}
	return false
}

// casualtyWords are the stems of the predicates that count the dead, the injured and the
// missing (사망했다, 숨지고, 다쳤다, 부상하였다).
var casualtyWords = []string{"사망", "숨지", "숨졌", "숨져", "죽", "부상", "다치", "다쳤", "다쳐", "실종", "사상", "희생", "중상", "경상", "중경상", "순직", "숨진"}

// casualtyNouns name the dead, the injured and the missing as a count (사망자 7명, 실종자 3명이
// 발생했다).
var casualtyNouns = map[string]bool{"사망자": true, "부상자": true, "실종자": true, "사상자": true, "희생자": true, "중상자": true, "경상자": true, "이재민": true}

// casualty reports a count of people whose clause says they died or were hurt, or who are
// counted as the dead or the injured (사망자 7명).
func casualty(fs *factSentence, c [2]int, fig figures.Figure) bool {
	if fig.Kind != figures.KindCount || fig.Unit != "명" {
		return false
	}
	if w := fs.wordAt(fig.Start); w-1 >= c[0] && fs.nps[w-1].bare() && casualtyNouns[fs.nps[w-1].nouns[len(fs.nps[w-1].nouns)-1].Surface] {
		return true
	}
	for i := fs.wordAt(fig.Start) + 1; i < c[1]; i++ {
		for _, t := range fs.words[i].toks {
			for _, w := range casualtyWords {
				if strings.HasPrefix(t.Surface, w) {
					return true
				}
			}
		}
	}
	return false
}

// cause returns what the sentence gives as the cause of the casualties counted at word w: the
// noun phrase with (으)로 (인해) or 때문에 before the figure (NATO군의 공습으로, 폭발로 인해).
func (b *factBuilder) cause(fs *factSentence, w int) string {
	for i := w - 1; i >= 0; i-- {
		np := fs.nps[i]
		if len(np.nouns) == 0 || len(np.rest) == 0 || fs.figWords[i] {
			continue
		}
		if r := np.rest[0]; tokenize.FirstTag(r.POS) == "JKB" && (r.Surface == "으로" || r.Surface == "로") && !timeHead(np) && !frameOrGoal(fs, i) {
			j := i // 이 폭발 사고로: the pointer stands before the whole noun phrase
			for j > 0 && fs.nps[j-1].bare() && !fs.figWords[j-1] && !pointsBack(fs.words[j-1]) && !endsClause(fs.words[j-1]) {
				j--
			}
			if b.article != "" && !b.articlePerson && j > 0 && fs.nps[i].nouns[0].Start == fs.words[i].Start && pointsBack(fs.words[j-1]) {
				// 이 사고로 11명이 부상을 입었고: 이 사고 points back to the event named before,
				// the one the headline gives as the article's topic (SRT 고속열차 탈선), up to the
				// word that names it (승리 교통사고 블랙박스 영상 공개 → 승리 교통사고).
				head := np.nouns[len(np.nouns)-1].Surface
				if k := strings.Index(b.article, head); k >= 0 {
					if sp := strings.IndexByte(b.article[k:], ' '); sp >= 0 {
						return b.article[:k+sp]
					}
				}
				return b.article
			}
			s := b.name(b.extendOwned(fs, i))
			if b.article != "" && strings.ReplaceAll(s, "의 ", " ") == b.article {
				return b.article // NATO군의 공습으로: the event the headline names NATO군 공습, by its name there
			}
			return s
		}
		// 폭탄 테러가 발생해 7명이 숨지고: the event that happened.
		if r := np.rest[0]; tokenize.FirstTag(r.POS) == "JKS" && i+1 < w && eventVerb(fs.words[i+1]) {
			return b.name(b.extend(fs, 0, i))
		}
	}
	return ""
}

// pointsBack reports a determiner written as a word of its own that points back to what was
// named before (이 사고, 그 사고, 해당 사고, 이번 사고).
func pointsBack(e eojeol) bool {
	if len(e.toks) != 1 {
		return false
	}
	switch t := e.toks[0]; t.Surface {
	case "이", "그", "해당", "이번":
		return tokenize.FirstTag(t.POS) == "MM" || t.Surface == "해당" || t.Surface == "이번"
	}
	return false
}

// frameNouns take (으)로 to frame a verb (X를 상대로 against X, X 중심으로 around X, X를 대상으로
// on X, 1월 기준으로 as of January).
var frameNouns = map[string]bool{"상대": true, "중심": true, "대상": true, "기준": true, "바탕": true, "토대": true, "계기": true}

// motionStems begin the verbs of moving someone or something somewhere (이송, 옮겨, 후송, 향하다).
var motionStems = []string{"이송", "옮기", "옮겨", "옮겼", "후송", "향하", "향해", "이동", "실려", "보내", "보냈"}

// hasStem reports a word that begins with one of stems (the first syllables of a verb or a
// noun of some kind: motionStems, givingStems, strickenStems).
func hasStem(w string, stems []string) bool {
	for _, st := range stems {
		if strings.HasPrefix(w, st) {
			return true
		}
	}
	return false
}

// frameOrGoal reports a noun with (으)로 at word i that is no cause: a frame noun (박모씨를
// 상대로, 간토 중심으로) says against or around what, and (으)로 before a verb of motion (병원으로
// 이송중) says where to.
func frameOrGoal(fs *factSentence, i int) bool {
	np := fs.nps[i]
	if frameNouns[np.nouns[len(np.nouns)-1].Surface] {
		return true
	}
	if i+1 < len(fs.words) {
		if hasStem(fs.words[i+1].toks[0].Surface, motionStems) || hasStem(fs.words[i+1].toks[0].Surface, levelStems) {
			return true
		}
	}
	return false
}

// levelStems are the stems of the verbs that raise or lower something to a level, which X로
// before them names (위기경보를 '심각' 단계로 올리고): the goal, no cause.
var levelStems = []string{"올리", "올려", "올렸", "높이", "높여", "높였", "격상", "낮추", "낮춰", "낮췄", "하향", "상향"}

// eventVerb reports a word that says something happened (발생해, 일어나, 터져).
func eventVerb(e eojeol) bool {
	for _, st := range [...]string{"발생", "일어나", "일어났", "터져", "터지", "터졌", "나", "났"} {
		if strings.HasPrefix(e.toks[0].Surface, st) && (len(st) > 3 || len(e.toks[0].Surface) == len(st)) {
			return true
		}
	}
	return false
}

// extendOwned returns the noun phrase ending at word i with its genitive owner (NATO군의 공습).
func (b *factBuilder) extendOwned(fs *factSentence, i int) string {
	s := b.extend(fs, 0, i)
	j := i - 1
	for j >= 0 && fs.nps[j].bare() && !fs.figWords[j] {
		j--
	}
	if j >= 0 && !fs.figWords[j] && len(fs.nps[j].nouns) > 0 && len(fs.nps[j].rest) == 1 && tokenize.FirstTag(fs.nps[j].rest[0].POS) == "JKG" {
		if o := b.extend(fs, 0, j); o != "" && s != "" {
			return o + "의 " + s
		}
	}
	return s
}

// describedNoun returns the noun phrase that a figure in adnominal position describes: N의 X for
// a share, a measure or money (20%의 고효율 태양전지; N명의 X counts X instead), N짜리 X, N 크기의
// X, an age before its noun (65세 이상 노인), or "".
func (b *factBuilder) describedNoun(fs *factSentence, c [2]int, last int, fig figures.Figure) string {
	if last < 0 || last+1 >= c[1] || fig.Kind == figures.KindCount || fig.Kind == figures.KindDuration {
		return ""
	}
	rest := b.src[fig.End:fs.words[last].End]
	if strings.HasPrefix(rest, "(") {
		if k := strings.IndexByte(rest, ')'); k > 0 {
			rest = rest[k+1:] // 58만 kW(킬로와트)급의: a gloss in brackets
		}
	}
	if rest == "급" || rest == "급의" {
		rest = "의" // 58만 kW급의 고리원전 1호기, 16만t급 유조선: the class of the thing after it
	}
	i := last + 1
	if rest == "" && i < c[1] && len(fs.words[i].toks) == 1 && fs.words[i].toks[0].Surface == "인" {
		i++ // 39.6m 인 리우데자네이루 예수상: the copula written apart
		rest = "인"
	}
	switch {
	case rest == "의" || rest == "짜리" || rest == "짜리의" || rest == "인":
	case rest == "" && fig.Unit == "세" || rest == "" && fig.Kind == figures.KindMeasure:
		// 65세 이상 노인, 10대 이상의 일반시민, 120㎝ 깊이의 풀: skip a qualifier, then an
		// attribute with 의.
		if np := fs.nps[i]; len(np.nouns) == 1 && qualifierNouns[np.nouns[0].Surface] && (np.bare() || len(np.rest) == 1 && np.rest[0].Surface == "의") {
			i++
		}
		if i < c[1] {
			if np := fs.nps[i]; len(np.nouns) == 1 && isAttribute(np.nouns[0].Surface) && len(np.rest) == 1 && np.rest[0].Surface == "의" {
				i++
			} else if fig.Unit != "세" && fig.Unit != "대" && !(fig.Unit == "" && fig.Measure != "") {
				// An age (65세, 10대) describes the people after it, and a value on a scale
				// named before it (규모 4.5 지진 발생) the thing after it.
				return ""
			}
		}
	default:
		return ""
	}
	// The noun phrase: bare nouns up to the one that ends it, or up to another figure (65세
	// 이상 노인 10명 중 1명: 노인).
	for k := i; k < c[1]; k++ {
		np := fs.nps[k]
		if fs.figWords[k] && k > i {
			return b.name(b.extend(fs, i, k-1))
		}
		if t := fs.words[k].toks[0]; len(np.nouns) == 0 && k > i && fig.Unit == "세" && namePlaceholders[t.Surface] {
			// 69살 최 아무개가, 40살 김모 씨가: a name ends in 아무개 or 씨, which the tagger reads
			// as a pronoun or a bound noun.
			return b.name(b.src[fs.words[i].Start:t.End])
		}
		if len(np.nouns) == 0 || fs.figWords[k] {
			return ""
		}
		if !np.bare() || k == c[1]-1 {
			head := np.nouns[len(np.nouns)-1].Surface
			if isAttribute(head) || subjectStops[head] {
				return ""
			}
			if len(np.rest) > 0 && tokenize.FirstTag(np.rest[0].POS) == "JKS" && complement(fs, k) {
				// 바이든은 만 78세인 역대 최고령 미국 대통령이 된다: the noun is the complement of
				// 되다, what the clause's subject becomes; the subject holds the figure. (A name
				// with the copula, 31세 플로렌시오 아발로이며, is the subject itself, named.)
				return ""
			}
			return b.name(b.extend(fs, i, k))
		}
	}
	return ""
}

// qualifierNouns may stand between a figure and the noun it describes (65세 이상 노인).
var qualifierNouns = map[string]bool{"이상": true, "이하": true, "미만": true, "초과": true, "가량": true, "정도": true}

// eventHeads are nouns a relative clause makes into an event or a circumstance: the figure in
// such a clause belongs to the clause's own subject (이틀 뒤에 자살한 사건).
var eventHeads = map[string]bool{
	"사건": true, "사고": true, "일": true, "경우": true, "것": true, "때": true, "상황": true,
	"가능성": true, "소식": true, "결과": true, "사실": true, "적": true, "데": true, "수": true,
	"점": true, "등": true, "뒤": true, "후": true, "전": true, "중": true, "예정": true, "계획": true,
	"방침": true, "전망": true, "만큼": true, "바": true, "동안": true, "내용": true, "상태": true,
}

// relativeHead returns the noun a relative clause holding the figure modifies (68년 만에 지구에
// 가장 근접하는 슈퍼문을 → 슈퍼문; 7000만원 이상의 사채를 진 대학생 딸 → 대학생 딸): the first
// adnominal predicate after the figure word, then its noun, within the clause; "" when the noun
// names an event (사건, 경우) or is bound (것, 수, 데).
func (b *factBuilder) relativeHead(fs *factSentence, c [2]int, last int) (string, int) {
	return b.relativeHeadOf(fs, c, last, false)
}

// relativeHeadOf is relativeHead; with events, the noun may name an event (사고, 사건).
func (b *factBuilder) relativeHeadOf(fs *factSentence, c [2]int, last int, events bool) (string, int) {
	if last < 0 {
		return "", -1
	}
	for i := last; i < c[1]-1; i++ {
		if i > last && fs.aside[i] {
			continue // 7000만원(원금 300만 원) 이상의 사채를 진 딸: a note in brackets
		}
		toks := fs.words[i].toks
		tag, surf := lastPart(toks[len(toks)-1])
		if tag != "ETM" {
			if events && (tag == "EC" && (surf == "고" || surf == "며" || surf == "으며") || fs.figWords[i]) {
				continue // 4명이 사망하고 2명이 중상을 입는 사고: conjoined predicates of one clause
			}
			if i > last && (fs.nps[i].marker() == "topic" || fs.figWords[i] || tag == "EC" || tag == "EF") {
				return "", -1 // 1주가 지나자 생식기관인 고환: the figure is not in that clause
			}
			continue
		}
		if i == last {
			continue // 10배 저렴한: the figure's own word, modifiedHead's case
		}
		if surf == "라는" || surf == "다는" || surf == "란" {
			return "", -1 // 9경기 연속 홈런이라는 대기록: an appositive names the noun, the figure is not its
		}
		for k := i + 1; k < c[1]; k++ {
			np := fs.nps[k]
			if loneDot(fs.words[k]) && k > i+1 {
				continue // 스페인 · 포르투갈과
			}
			if len(np.nouns) == 0 || fs.figWords[k] {
				return "", -1
			}
			if !np.bare() || k == c[1]-1 {
				head := np.nouns[len(np.nouns)-1].Surface
				run := b.src[np.nouns[0].Start:np.nouns[len(np.nouns)-1].End] // 응답/률: the attribute as written
				if eventHeads[head] && !(events && (head == "사건" || head == "사고")) || isAttribute(head) || isAttribute(run) || subjectStops[head] || tokenize.FirstTag(np.nouns[len(np.nouns)-1].POS) == "NNB" ||
					contentNouns[head] {
					return "", -1
				}
				if len(np.rest) > 0 && tokenize.FirstTag(np.rest[0].POS) == "VCP" {
					// 최대풍속 53m/s로 매우 강한 대형 태풍이다: the head is the copula's complement,
					// which describes the clause's subject, the holder, and holds nothing itself.
					return "", -1
				}
				return b.name(b.extend(fs, i+1, k)), k
			}
		}
		return "", -1
	}
	return "", -1
}

// reportedClause reports that the figure at word w of clause c stands in what someone said:
// the clause opens a quote, or a quotative ending (…했다고, …이라고) follows the figure in the
// clause before the reporting verb.
func reportedClause(fs *factSentence, c [2]int, w int) bool {
	if startsClause(fs.words[c[0]]) {
		return true
	}
	for k := max(w, c[0]); k < c[1]; k++ {
		if quotative(fs.words[k]) || k+1 < c[1] && judged(fs.words[k], fs.words[k+1]) {
			return true
		}
	}
	return false
}

// judgingStems begin the verbs by which someone judges what a clause says (보고, 봤다, 추정했다).
var judgingStems = []string{"보", "봤", "추정", "파악", "판단", "분석", "추산"}

// judged reports 것으로 (word e) before a verb of judging (word next): X는 [이들이 3개월 전에
// 숨진] 것으로 보고 makes the clause before 것으로 what X judges, as a quotative makes it what X
// says, so X is its source, not the holder of its figures.
func judged(e, next eojeol) bool {
	if len(e.toks) != 2 || e.toks[0].Surface != "것" || e.toks[1].Surface != "으로" || tokenize.FirstTag(e.toks[1].POS) != "JKB" {
		return false
	}
	t := next.toks[0]
	if tag := tokenize.FirstTag(t.POS); tag != "VV" && tag != "NNG" {
		return false
	}
	for _, st := range judgingStems {
		if strings.HasPrefix(t.Surface, st) && (st != "보" || tokenize.FirstTag(t.POS) == "VV") {
			return true
		}
	}
	return false
}

// quotative reports a word that ends in a quotative ending (동결했다고, 1천억원”이라고).
func quotative(e eojeol) bool {
	toks := e.toks
	n := len(toks)
	for n > 0 && punctTag(tokenize.FirstTag(toks[n-1].POS)) {
		n--
	}
	if n == 0 {
		return false
	}
	tag, surf := lastPart(toks[n-1])
	if tag != "EC" {
		return false
	}
	switch surf {
	case "다고", "ㄴ다고", "는다고", "라고", "냐고", "자고", "이라고":
		return true
	case "고":
		// 했다고 written 했+다+고: a final ending right before 고.
		for _, p := range toks[max(0, n-2):n] {
			if strings.Contains(p.POS, "EF") {
				return true
			}
		}
	}
	return false
}

// namingStems are the verbs by which someone names or lists things (네 요소를 언급하며, 백 대표가
// 밝힌 네 요소는, 세 가지를 꼽았다): the person is the source of the figure, not its holder.
var namingStems = []string{"언급", "꼽", "제시", "소개", "밝힌", "밝혔", "지적", "강조", "설명", "제안", "예로"}

// namingClause reports a clause whose predicate names or lists what the figure counts.
func namingClause(fs *factSentence, c [2]int) bool {
	for i := c[0]; i < c[1]; i++ {
		toks := fs.words[i].toks
		for k, t := range toks {
			switch tokenize.FirstTag(t.POS) {
			case "NNG":
				// Only as a predicate (제안했다, 언급하며, 백 대표가 밝힌): the noun 제안 in
				// '충남의 제안'이라는 이름으로 names nothing.
				if k+1 >= len(toks) || tokenize.FirstTag(toks[k+1].POS) != "XSV" {
					continue
				}
			case "VV":
			default:
				continue
			}
			for _, st := range namingStems {
				if strings.HasPrefix(t.Surface, st) {
					return true
				}
			}
		}
	}
	return false
}

// topicBefore returns the holder the clause names before word w in [lo, w): its topic (은/는/도)
// nearest the figure, else its subject (이/가) nearest the figure. A topic governs the
// clause; a subject after it may belong to a relative clause or a part of the topic (안영명은
// 장성호가 포함된 트레이드로 … 8개월 만에 복귀했다: 안영명).
func (b *factBuilder) topicBefore(fs *factSentence, lo, w, skip int, reported bool) string {
	subject, relative, measured := "", false, false
	for i := w - 1; i >= lo; i-- {
		if np := fs.nps[i]; np.marker() == "topic" && tokenize.FirstTag(np.rest[0].POS) == "JKS" && !fs.figWords[i] && countHeads[np.head()] {
			// (독감 의사환자 수가 31.3명으로: the reported clause's own subject, a count of
			// things in the world; an attribute, 매출이 2조원으로, may be the reporter's own.)
			measured = true
		}
		if fs.nps[i].marker() == "topic" && !fs.figWords[i] && (inSourceFrame(fs, i) && !inSourceFrame(fs, w) || throughRelease(fs, i, w)) {
			// 한국부동산원이 발표한 동향에 따르면 …매매가격은 0.12% 상승했다: the subject of a
			// source frame (X에 따르면) is who reports what follows the frame, never whose its
			// figures are (a figure inside the frame, 10개 업종을 대상으로 조사한 결과에 따르면,
			// stays the source's).
			continue
		}
		if fs.figWords[i] && fs.nps[i].marker() == "topic" && subject == "" {
			// 응답자의 31.9%가 ‘15만원 미만’이라고 답했다: a share as the subject makes its
			// whole the one the clause is about.
			if s := b.wholeOf(fs, [2]int{lo, w}, i); s != "" {
				subject = s
			}
			continue
		}
		if s := b.topicAt(fs, lo, i, skip, reported); s != "" {
			if np := fs.nps[i]; len(np.rest) == 0 || tokenize.FirstTag(np.rest[0].POS) != "JKS" {
				if reported && subject == "" && measured && reportsRest(fs, i) {
					// 질병관리청은 … 독감 의사환자 수가 31.3명으로 …증가했다고 밝혔다: the topic
					// of a verb of saying reports a clause with a subject of its own, a measure
					// whose owner the clause leaves unsaid; the reporter holds none of it.
					b.reporterPassed = s
					return ""
				}
				if reported && subject != "" && !relative {
					// 기상청은 태풍 ‘산바’가 … 79km/h의 …이라고 밝혔다: the topic reports, the
					// reported clause's own subject holds the figure. But a subject whose
					// predicate is an adnominal (농협은 상품성이 없는 사과를 5,000톤까지
					// 수매하겠다고 밝혔다) is a relative clause's inside a noun phrase: the
					// reported clause has none of its own, and the topic is its subject too.
					return subject
				}
				return s
			}
			if subject == "" && relativeSubject(fs, i) && i+2 < w {
				// 한국어와 몽골어가 가능한 직원 4명이 상주한다: a subject whose adnominal predicate
				// modifies a noun before the figure is that relative clause's own and holds
				// nothing outside it (but 이승만 정부가 기소한 221명: the clause modifies the
				// figure itself, and its subject is whose the counted are).
				continue
			}
			if subject == "" {
				subject, relative = s, relativeSubject(fs, i)
			}
		}
	}
	return subject
}

// topicAfter returns the topic or subject nearest after the figure, in [lo, hi). With closed,
// not past a predicate that closes the figure's own clause (predicateBetween).
func (b *factBuilder) topicAfter(fs *factSentence, lo, hi, skip int, reported, closed bool) string {
	for i := lo; i < hi; i++ {
		if closed && predicateBetween(fs, lo-1, i) {
			// 25명이라는 문장은, 878억을 들여서 … 개설하겠다는 … 정보가: a connective or an
			// appositive ending after the figure closes the clause it stands in, so a subject
			// after it is another predicate's and holds nothing of that clause. (Not for a
			// length of time: 1주가 지나자 … 바이러스가 발견됐다 sets when the main clause
			// happens, and its subject holds it.)
			return ""
		}
		if s := b.topicAt(fs, lo, i, skip, reported); s != "" {
			if b.clause.sentence == fs.index && b.clause.np != "" && relativeSubject(fs, i) {
				// 황남대총은 … 보물 10건의 국가지정 문화재를 포함한 … 유물이 출토된 … 왕릉이다:
				// a subject whose predicate modifies a noun (출토된) is the relative clause's own;
				// the sentence's topic holds the figure.
				return b.clause.np
			}
			return s
		}
	}
	return ""
}

// predicateBetween reports a word in [from, to) ending a predicate that is not a relative
// clause on what follows: a connective ending (-자, -서, -면, -도록, -고) or an appositive
// adnominal (-다는, -라는, -란), whose noun is what the clause says, not one of its parts.
// A plain adnominal (60명이 함께한 공동연구진은) leaves the figure in a relative clause on the
// noun after it, which may hold it.
func predicateBetween(fs *factSentence, from, to int) bool {
	for k := max(from, 0); k < to; k++ {
		toks := fs.words[k].toks
		tag, surf := lastPart(toks[len(toks)-1])
		switch {
		case tag == "EC":
			return true
		case tag == "ETM" && appositiveEndings[surf]:
			return true
		}
	}
	return false
}

// appositiveEndings are the adnominal endings of a clause that names its noun's content
// (…했다는 정보, 25명이라는 문장, 3위란 기록).
var appositiveEndings = map[string]bool{"다는": true, "라는": true, "란": true, "는다는": true, "ㄴ다는": true, "이라는": true}

// relativeSubject reports a subject (이/가) at word i whose predicate, the next word, ends in
// an adnominal ending (유물이 출토된, 연구진이 개발한): the subject of a relative clause.
func relativeSubject(fs *factSentence, i int) bool {
	np := fs.nps[i]
	if len(np.rest) == 0 || tokenize.FirstTag(np.rest[0].POS) != "JKS" || i+1 >= len(fs.words) {
		return false
	}
	toks := fs.words[i+1].toks
	tag, surf := lastPart(toks[len(toks)-1])
	// 지난 1일, 오는 21일: the adnominal of a date (IBS가 오는 21일 개원 5주년을) is no predicate
	// of the subject before it.
	return tag == "ETM" && !(len(toks) == 1 && dateAdnominals[toks[0].Surface]) && !(len(toks) == 2 && dateAdnominals[toks[0].Surface+surf])
}

// dateAdnominals are the adnominal forms that open a date (지난 1일, 오는 21일, 지난해 is a noun),
// and 같은, 다른, which before a noun work as determiners (SK가 같은 이닝 6점을 내며: the same
// inning), not as predicates of the subject before them.
var dateAdnominals = map[string]bool{"지난": true, "오는": true, "같은": true, "다른": true}

// topicIn returns the topic or subject noun phrase nearest the end of words [lo, hi), "" when
// there is none.
func (b *factBuilder) topicIn(fs *factSentence, lo, hi int, reported bool) string {
	return b.topicBefore(fs, lo, hi, -1, reported)
}

// topicAt returns the noun phrase of word i when it is a topic or subject that can hold a
// figure: not a figure word, not the measure, not a measure or stop noun, not a person who is
// only reported to speak.
func (b *factBuilder) topicAt(fs *factSentence, lo, i, skip int, reported bool) string {
	if fs.figWords[i] || i == skip || fs.aside[i] {
		return ""
	}
	if thisTopic(fs.words[i]) {
		return b.lastHolder // 이는 …보다 7만 8천원 증가한 것이다: the statement just made
	}
	np := fs.nps[i]
	if caseOf(np) && i > lo {
		// ‘특수직무순직’의 경우에는 1억 5,279만원이 지급된다: X의 경우 makes X the topic.
		if o := b.owner(fs, lo, i); o != "" {
			return o
		}
	}
	if firstPerson(fs.words[i]) {
		// “제가 10년 간 나라밖에서 지내면서 …”: the first person in quoted words is their
		// speaker; with no speaker named, it names no one.
		return b.speakerAt(fs.words[i].Start)
	}
	if np.marker() != "topic" && !(np.bare() && likewise(fs, i)) {
		return ""
	}
	head := np.head()
	if countedPeople(head) && i > lo {
		// 아이티의 사망자가 최소 478명에 이른다: the dead are what is counted, and X의 says
		// whose they are.
		if o := b.owner(fs, lo, i); o != "" && o != b.compoundOwner(fs, i) {
			return o
		}
	}
	if isAttribute(head) && !subjectStops[head] {
		// 저수지의 내구연한은 60년이나, 국내의 무연탄 생산량은 …보다 30만 톤 감소한 180만 톤:
		// an attribute made the topic is what its clause measures, and its owner the holder.
		if o := b.attributeOwner(fs, lo, i); o != "" && !(reported && b.isPerson(o, np)) {
			return o
		}
		return ""
	}
	if subjectStops[head] || pronouns[head] && b.group == "" || timeHead(np) || baselineTimes[head] {
		return ""
	}
	if numeralTag(tokenize.FirstTag(np.nouns[0].POS)) && len(np.nouns) <= 2 && utf8.RuneCountInString(head) == 1 {
		return "" // 6기가: a number and its counter, which the figures stage did not take, is no holder
	}
	if len(np.nouns) == 1 && utf8.RuneCountInString(head) == 1 && len(np.rest) == 1 && np.rest[0].Surface == "도" && tokenize.FirstTag(np.rest[0].POS) == "JX" {
		return "" // 국+도, 제+도: a two-syllable noun ending in 도 cut as a one-syllable topic
	}
	if len(np.rest) == 1 && np.rest[0].Surface == "도" && tokenize.FirstTag(np.rest[0].POS) == "JX" && b.nounElsewhere(b.src[np.nouns[0].Start:np.rest[0].End]) {
		// 한국철도 13억 (한/MM 국철/NNG 도/JX): a word the article writes elsewhere with a case
		// particle after its 도 (한국철도는, 한국철도라는) is a noun ending in 도, no X도 topic.
		return ""
	}
	if reported && (sourceNouns[head] || sourceNouns[strings.TrimSuffix(head, "들")]) { // 외신들은: the plural is the same source
		return "" // …이동했다고 로이터통신은 전했다: the news source, not the holder
	}
	if len(np.rest) > 0 && tokenize.FirstTag(np.rest[0].POS) == "JKS" && complement(fs, i) {
		return ""
	}
	if pronouns[head] {
		return b.group // 이들은, 그들은: the group counted last
	}
	s := b.name(b.extend(fs, lo, i))
	if s == "" || reported && b.isPerson(s, np) {
		return ""
	}
	if o := b.genitiveBefore(fs, lo, i); o != "" && tokenize.FirstTag(np.nouns[len(np.nouns)-1].POS) == "NNG" && !b.isPerson(s, np) {
		// 폭풍호의 차체는 7m가량이고: X의 Y made the topic is a part or a kind of X's, and the
		// whole noun phrase as written says whose it is.
		return o + "의 " + s
	}
	return s
}

// genitiveBefore returns X when the noun run ending at word i follows X의 (폭풍호의 차체), ""
// otherwise.
func (b *factBuilder) genitiveBefore(fs *factSentence, lo, i int) string {
	j := i - 1
	for j >= lo && fs.nps[j].bare() && !fs.figWords[j] {
		j--
	}
	if j < lo || fs.figWords[j] || len(fs.nps[j].nouns) == 0 || len(fs.nps[j].rest) != 1 || tokenize.FirstTag(fs.nps[j].rest[0].POS) != "JKG" {
		return ""
	}
	k := j
	for k-1 >= lo && fs.nps[k-1].bare() && !fs.figWords[k-1] {
		k--
	}
	if k-1 >= 0 && fs.figWords[k-1] {
		return "" // 10cm 가량의 눈, 20여m 높이의 철골구조물: the genitive is the figure's phrase
	}
	return b.name(b.extend(fs, lo, j))
}

// likewise reports a bare noun at word i followed by 역시 or 또한 (인터파크 역시 건당 120만원에):
// "X as well" marks X as the topic, as X도 does.
func likewise(fs *factSentence, i int) bool {
	if i+1 >= len(fs.words) || len(fs.words[i+1].toks) != 1 {
		return false
	}
	s := fs.words[i+1].toks[0].Surface
	return s == "역시" || s == "또한"
}

// caseOf reports 경우 made a topic or a frame (경우는, 경우에는, 경우에도).
func caseOf(np nounPhrase) bool {
	if len(np.nouns) != 1 || np.nouns[0].Surface != "경우" {
		return false
	}
	if len(np.rest) == 0 {
		return true // 바이러스에 감염된 쥐의 경우 50mg도: 경우 written bare is a topic as well
	}
	r := np.rest[len(np.rest)-1]
	return tokenize.FirstTag(r.POS) == "JX" && (r.Surface == "는" || r.Surface == "도" || r.Surface == "은")
}

// thisTopic reports the word 이는 (or 이것은, 이같은 수치는 is not it): the demonstrative made the
// topic, which points at the statement just made.
func thisTopic(e eojeol) bool {
	t := e.toks
	return len(t) >= 2 && tokenize.FirstTag(t[0].POS) == "NP" && (t[0].Surface == "이" || t[0].Surface == "이것") &&
		tokenize.FirstTag(t[1].POS) == "JX" && (t[1].Surface == "는" || t[1].Surface == "은")
}

// timeHead reports a noun phrase that is a date or a time (다음달 17일에도, 2010년 시즌에는).
func timeHead(np nounPhrase) bool {
	n := len(np.nouns)
	last := np.nouns[n-1]
	if tokenize.FirstTag(last.POS) == "NNBC" && n > 1 && tokenize.FirstTag(np.nouns[n-2].POS) == "SN" {
		return true // 17일, 2010년 (팬텀4 and GPT-4 are names)
	}
	return timeNouns[last.Surface] || last.Surface == "시즌"
}

// complement reports a noun with 이/가 that completes 되다 or 아니다 (걸림돌이 돼왔다): no subject.
func complement(fs *factSentence, i int) bool {
	if i+1 >= len(fs.words) {
		return false
	}
	t := fs.words[i+1].toks[0]
	return strings.HasPrefix(t.Surface, "되") || strings.HasPrefix(t.Surface, "돼") || strings.HasPrefix(t.Surface, "된") || strings.HasPrefix(t.Surface, "아니")
}

// modifierNouns say what kind of an attribute it is, not whose (평균 비용, 예상 매출).
var modifierNouns = map[string]bool{
	"평균": true, "예상": true, "지출": true, "순수": true, "실제": true, "최종": true, "누적": true,
	"잠정": true, "추정": true, "연간": true, "월간": true, "일일": true, "총": true, "최고": true,
	"최저": true, "최대": true, "최소": true, "목표": true, "기준": true, "중심": true, "순간": true,
}

// groupPronoun reports a word that begins with 이들 or 그들 (이들의, 이들 중), however the
// tokenizer split it (이/NP+들/XSN).
func groupPronoun(e eojeol) bool {
	var b strings.Builder
	for _, t := range e.toks {
		b.WriteString(t.Surface)
		if b.Len() >= len("이들") {
			break
		}
	}
	s := b.String()
	return strings.HasPrefix(s, "이들") || strings.HasPrefix(s, "그들")
}

// sourceNouns end the names of those who report what others hold: news agencies and papers.
var sourceNouns = map[string]bool{
	"통신": true, "통신사": true, "신문": true, "일보": true, "방송": true, "뉴스": true, "언론": true,
	"외신": true, "매체": true, "본부": true, "당국": true,
}

// pronouns stand for a group named before (이들 중 72.8% → the 1448 students asked).
var pronouns = map[string]bool{"이들": true, "그들": true}

// personTitles are the heads of noun phrases that name a person by office or role.
var personTitles = map[string]bool{
	"총재": true, "장관": true, "차관": true, "대표": true, "교수": true, "대변인": true, "관계자": true,
	"위원장": true, "청장": true, "사장": true, "회장": true, "의원": true, "대통령": true, "총리": true,
	"연구원": true, "박사": true, "씨": true, "기자": true, "국장": true, "부장": true, "팀장": true,
	"원장": true, "실장": true, "처장": true, "이사": true, "소장": true, "센터장": true, "총장": true,
	"지사": true, "시장": true, "구청장": true, "판사": true, "검사": true, "변호사": true, "감독": true,
	"책임자": true, "전문가": true, "그": true, "그녀": true, "후보": true, "후보자": true, "선수": true,
}

// firstPerson reports a word that is the pronoun of the first person singular as a subject or a
// topic (제가, 저는, 나는, 내가).
func firstPerson(e eojeol) bool {
	if len(e.toks) != 2 || tokenize.FirstTag(e.toks[0].POS) != "NP" {
		return false
	}
	if tag := tokenize.FirstTag(e.toks[1].POS); tag != "JKS" && tag != "JX" {
		return false
	}
	switch e.toks[0].Surface {
	case "제", "저", "나", "내":
		return true
	}
	return false
}

// quoteAt returns the index of the quote whose words hold byte offset off, -1 if none.
func (b *factBuilder) quoteAt(off int) int {
	for k, q := range b.quotes {
		if q.Start <= off && off < q.End {
			return k
		}
	}
	return -1
}

// sameSpeaker reports that the words at byte offset off are the words of quote q or of another
// quote of its speaker: a topic set in one speaker's words (김 부사장은 “환율 변동성은 위험
// 요인”이라고 덧붙였다) carries on only in that speaker's words, never into another's (이 연구원은
// “내년 영업이익이 40조원을 넘을 수 있다”고 전망했다), each quote being its own speech.
func (b *factBuilder) sameSpeaker(q, off int) bool {
	k := b.quoteAt(off)
	if q < 0 || k < 0 || k == q {
		return true // (words in quote marks that no quote holds may be anyone's)
	}
	a, c := b.quotes[q].Speaker, b.quotes[k].Speaker
	return a == nil || c == nil || a.Name == c.Name // (a speaker not named may be the same)
}

// speakerAt returns the name of the speaker of the quote whose words hold byte offset off, ""
// when no quote does or its speaker is not named.
func (b *factBuilder) speakerAt(off int) string {
	for _, q := range b.quotes {
		if q.Start <= off && off < q.End && q.Speaker != nil {
			return q.Speaker.Name
		}
	}
	return ""
}

// nounElsewhere reports a word (ending in 도) that the text also writes followed by a case
// particle or the copula (는, 가, 의, 를, 에, 라는, 로): there the 도 is the noun's last syllable.
//
// The text is read once, at each place w is written, rather than once per particle.
func (b *factBuilder) nounElsewhere(w string) bool {
	src := b.src
	for at := 0; at <= len(src); at++ {
		i := strings.Index(src[at:], w)
		if i < 0 {
			return false
		}
		at += i
		switch after := src[at+len(w):]; {
		case strings.HasPrefix(after, "는"), strings.HasPrefix(after, "가"), strings.HasPrefix(after, "의"),
			strings.HasPrefix(after, "를"), strings.HasPrefix(after, "에"), strings.HasPrefix(after, "라는"),
			strings.HasPrefix(after, "로"):
			return true
		}
	}
	return false
}

// isPerson reports that a holder names a person: a person the entity stage found, or a noun
// phrase headed by a title (이창용 한국은행 총재, 백 대표).
func (b *factBuilder) isPerson(s string, np nounPhrase) bool {
	_, named := b.persons[s]
	n := len(np.nouns)
	if n > 1 && np.nouns[n-1].Surface == "들" {
		n-- // 전문가들: the plural of a title is people too
	}
	return named || n > 0 && personTitles[np.nouns[n-1].Surface]
}

// noteTopic remembers the topic of clause c for the clauses after it: the sentence's topic
// (its first 은/는), which a later contrastive 은/는 does not replace, else the clause's subject;
// the owner of a measured attribute stands for it (쥐의 고환 크기는 … 무게는 25mg: 쥐).
func (b *factBuilder) noteTopic(fs *factSentence, c [2]int) {
	if fs.quoted[c[0]] || fs.quoted[c[1]-1] {
		// Within quote marks the speaker's own topic carries on (“넷플릭스도 … 챗GPT는 5일밖에
		// 걸리지 않았다. 1천만 사용자 확보에는 40일”: 챗GPT).
		for i := c[1] - 1; i >= c[0]; i-- {
			if !fs.quoted[i] {
				continue
			}
			if s := b.topicAt(fs, c[0], i, -1, false); s != "" {
				b.quoteTopic = topic{np: s, sentence: fs.index, quote: b.quoteAt(fs.words[i].Start)}
				break
			}
		}
	}
	for i := c[0]; i < c[1]; i++ {
		np := fs.nps[i]
		if np.marker() != "topic" || fs.figWords[i] || tokenize.FirstTag(np.rest[0].POS) == "JKS" {
			continue
		}
		if throughRelease(fs, i, len(fs.words)) {
			// 소방방재청은 보도자료를 통해, …: the source of what the sentence tells, no topic
			// its figures are of; Korean drops it no further than a source frame.
			b.clause = topic{sentence: -10}
			b.last = topic{sentence: fs.index, reporter: true}
			return
		}
		if isAttribute(np.nouns[len(np.nouns)-1].Surface) {
			if o := b.owner(fs, c[0], i); o != "" {
				b.clause = topic{np: o, sentence: fs.index}
				b.setTopic(fs, o, false, i)
				return
			}
			continue
		}
		if s := b.topicAt(fs, c[0], i, -1, false); s != "" {
			at := i
			if inner := b.reportedSubject(fs, c, i); inner != "" {
				s, at = inner, -1 // the reported clause's own subject, no reporter
			}
			b.clause = topic{np: s, sentence: fs.index, person: b.isPerson(s, np)}
			b.setTopic(fs, s, b.clause.person, at)
			return
		}
	}
	if b.last.sentence == fs.index && b.last.topical {
		return // the sentence has its topic
	}
	for i := c[1] - 1; i >= c[0]; i-- {
		if inSourceFrame(fs, i) {
			continue // 리얼미터가 조사하여 발표한 결과에 따르면: the source, no topic of what it reports
		}
		if s := b.topicAt(fs, c[0], i, -1, false); s != "" {
			b.last = topic{np: s, person: b.isPerson(s, fs.nps[i]), sentence: fs.index, reporter: reportsRest(fs, i)}
			if b.last.person {
				b.lastPerson = b.last
			}
			return
		}
	}
}

// reportsRest reports a topic or subject at word i (none when i < 0) whose predicate is a verb
// of saying with the rest of its sentence as what is said (서울시는 …정비에 들어갈 계획이라고
// 밝혔다): a quotative ending (…다고, …라고) after it.
func reportsRest(fs *factSentence, i int) bool {
	if i < 0 {
		return false
	}
	for k := i + 1; k < len(fs.words); k++ {
		if quotative(fs.words[k]) {
			return true
		}
	}
	return false
}

// releaseNouns name what a body publishes (보도자료, 성명), through which it reports.
var releaseNouns = map[string]bool{"보도자료": true, "성명": true, "성명서": true, "자료": true, "브리핑": true, "발표": true}

// throughRelease reports a topic at word i that a release frames as the source of what its
// sentence goes on to say (소방방재청은 보도자료를 통해, …탐방객 추이를 살펴보면 …4,080만명으로
// 52% 증가하였고): X는 Y를 통해 with Y a release names X as who tells it, like X에 따르면, and
// the figures after the frame, before w, are those of what it tells.
func throughRelease(fs *factSentence, i, w int) bool {
	if i+2 >= w || !objectWord(fs.words[i+1]) || len(fs.nps[i+1].nouns) == 0 || !releaseNouns[fs.nps[i+1].head()] {
		return false
	}
	return strings.HasPrefix(fs.words[i+2].toks[0].Surface, "통하") || strings.HasPrefix(fs.words[i+2].toks[0].Surface, "통해")
}

// inSourceFrame reports a word i inside a source frame, X에 따르면 (the words up to 따르면 in the
// clause that ends there: 리얼미터가 조사하여 18일에 발표한 결과에 따르면), whose subject is the
// source of what the sentence reports.
func inSourceFrame(fs *factSentence, i int) bool {
	for k := i + 1; k < len(fs.words); k++ {
		if strings.HasPrefix(fs.words[k].toks[0].Surface, "따르") {
			prev := fs.words[k-1].toks
			return tokenize.FirstTag(prev[len(prev)-1].POS) == "JKB" && prev[len(prev)-1].Surface == "에"
		}
		for _, t := range fs.words[k].toks {
			if tag := tokenize.FirstTag(t.POS); tag == "SC" || tag == "SF" || strings.Contains(t.POS, "EF") {
				return false // the frame is no longer than the clause that ends at a comma or a full stop
			}
		}
	}
	return false
}

// setTopic makes s, the noun phrase at word at, the sentence's topic unless an earlier clause
// of the sentence gave one.
func (b *factBuilder) setTopic(fs *factSentence, s string, person bool, at int) {
	if b.last.sentence == fs.index && b.last.topical {
		return
	}
	b.last = topic{np: s, person: person, sentence: fs.index, topical: true, reporter: reportsRest(fs, at)}
	if person {
		b.lastPerson = b.last
	}
}

// wholeOf returns the whole the figure at word w is part of: the owner in X의 N (소비자의 79%,
// 전체 응답자의 65.8%), or X in X 중 N and X 가운데 N (이들 중 72.8%).
func (b *factBuilder) wholeOf(fs *factSentence, c [2]int, w int) string {
	i := w - 1
	for i >= c[0] && len(fs.words[i].toks) == 1 && (tokenize.FirstTag(fs.words[i].toks[0].POS) == "MAG" || fs.words[i].toks[0].Surface == "약") {
		i-- // 이들 중 무려 72.8%, 달의 45억년 일생의 약 4분의 1: an adverb or 약 (about) between
	}
	if i < c[0] || fs.figWords[i] {
		return ""
	}
	np := fs.nps[i]
	if word := b.src[fs.words[i].Start:fs.words[i].End]; word == "이중" || word == "그중" {
		return b.partOfLast() // 이중 83.7%는: a part of what was just counted
	}
	if partitive(fs.words[i]) {
		i--
		if i >= c[0] && groupPronoun(fs.words[i]) {
			return b.group // 이들 중 72.8%
		}
		if i >= c[0] && len(fs.words[i].toks) == 1 && (fs.words[i].toks[0].Surface == "그" || fs.words[i].toks[0].Surface == "이") {
			return b.partOfLast() // 그 중 두 개는: a part of what was just counted, whose holder it keeps
		}
		if i < c[0] || len(fs.nps[i].nouns) == 0 || fs.figWords[i] {
			return ""
		}
		np = fs.nps[i]
		if !np.bare() {
			return ""
		}
	} else if len(np.nouns) == 0 || len(np.rest) != 1 || tokenize.FirstTag(np.rest[0].POS) != "JKG" {
		return ""
	}
	head := np.nouns[len(np.nouns)-1].Surface
	if head == "전체" && b.survey != "" {
		return b.survey + " 응답자" // 전체의 65.8%: all who answered the survey
	}
	if wholeWords[head] || isAttribute(head) || timeNouns[head] || baselineTimes[head] ||
		directionHead(strings.TrimSuffix(b.src[np.nouns[0].Start:fs.words[i].End], "의")) {
		return "" // 전년의 115장: a time, not a whole; 동남동쪽의 약 870km: a direction
	}
	return b.name(b.extend(fs, c[0], i))
}

// partOfLast returns the holder of what was just counted, for 그 중 N; when the sentence
// counted things of more than one holder (돼지가 …, 염소가 …. 이중 83.7%는), N is a part of
// their total, which is what the article is about (구제역 매몰 가축).
func (b *factBuilder) partOfLast() string {
	if b.lastMixed {
		return b.article
	}
	return b.lastHolder
}

// partFrame returns X when the sentence opens with X 중 or X 가운데 (이들 중 택시를 … 의견은
// 22.1%): the frame makes every share after it a part of X.
func (b *factBuilder) partFrame(fs *factSentence, w int) string {
	if w < 2 || !partitive(fs.words[1]) {
		return ""
	}
	if groupPronoun(fs.words[0]) {
		return b.group
	}
	if np := fs.nps[0]; np.bare() && !fs.figWords[0] && measureNoun(np) {
		return b.name(b.extend(fs, 0, 0))
	}
	return ""
}

// partitive reports the word 중 or 가운데 alone or with 의 (이들 중, 응답자 가운데, 지지자들 중의):
// X 중 N names X as the whole N is part of. 중 is a bound noun (NNB), so it is read as the word, not as a noun run.
func partitive(e eojeol) bool {
	t := e.toks
	if len(t) == 2 && t[1].Surface == "의" && tokenize.FirstTag(t[1].POS) == "JKG" {
		t = t[:1] // 민주당 지지자들 중의 59%: 중 made an adnominal
	}
	if len(t) != 1 {
		return false
	}
	s := t[0].Surface
	return s == "중" || s == "가운데"
}

// wholeWords name no holder of their own as the whole of a share (전체의 34%).
var wholeWords = map[string]bool{"전체": true, "전국": true, "모두": true, "전부": true, "절반": true, "평균": true}

// penaltyNouns are what a court or an authority imposes on someone.
var penaltyNouns = map[string]bool{
	"징역": true, "금고": true, "벌금": true, "과태료": true, "추징금": true, "집행유예": true,
	"과징금": true, "구류": true, "자격정지": true, "사회봉사": true, "벌점": true, "정직": true, "감봉": true,
}

// penalty reports a figure that is a penalty (징역 10월, 벌금 1000만원).
func penalty(fs *factSentence, w int) bool {
	if w < 1 {
		return false
	}
	np := fs.nps[w-1]
	if np.bare() && penaltyNouns[np.nouns[len(np.nouns)-1].Surface] {
		return true
	}
	// 집행유예 3년~징역 3년: the penalty noun ends a word that holds the figure before it.
	toks := fs.words[w-1].toks
	return fs.figWords[w-1] && penaltyNouns[toks[len(toks)-1].Surface]
}

// givingStems begin the verbs of giving money to someone (지급, 수여, 나눠주다, 배분).
var givingStems = []string{"지급", "수여", "나눠", "나누어", "배분", "배당", "포상"}

// givenTo returns X in X에게 N원 … 지급하다 (국회의원에게 추석상여금 387만원이 지급된): a sum given
// goes to the one 에게 marks, whose it then is, not to the giver the topic names. So does a
// mark or a score given by 주다, 매기다 or 부여하다 (BBC는 손흥민에게 평점 8점을 주며: 손흥민's
// rating, not BBC's).
func (b *factBuilder) givenTo(fs *factSentence, c [2]int, w int, fig figures.Figure) string {
	if fig.Kind == figures.KindDuration {
		return ""
	}
	giving := false
	for i := w + 1; i < c[1] && !giving; i++ {
		t := fs.words[i].toks[0]
		giving = fig.Kind == figures.KindMoney && hasStem(t.Surface, givingStems) && tokenize.FirstTag(t.POS) != "NNP" ||
			tokenize.FirstTag(t.POS) == "VV" && (t.Surface == "주" || t.Surface == "매기") || t.Surface == "부여"
	}
	if !giving {
		return ""
	}
	for i := w - 1; i >= c[0]; i-- {
		np := fs.nps[i]
		if len(np.nouns) == 0 || len(np.rest) == 0 {
			continue
		}
		if r := np.rest[0]; tokenize.FirstTag(r.POS) != "JKB" || r.Surface != "에게" {
			continue
		}
		if !fs.figWords[i] {
			return b.name(b.extend(fs, c[0], i))
		}
		if i-1 >= c[0] && fs.nps[i-1].bare() && !fs.figWords[i-1] && measureNoun(fs.nps[i-1]) {
			return b.name(b.extend(fs, c[0], i-1)) // 수재민 1만명에게: the people counted
		}
		return ""
	}
	return ""
}

// receivedFrom reports a verb of receiving after the figure at word w in clause c (징역 35년을
// 구형받았다, 선고받고): with -받다 the one 에게 marks gave the penalty, and the subject received it.
func receivedFrom(fs *factSentence, c [2]int, w int) bool {
	for i := w + 1; i < c[1]; i++ {
		for _, t := range fs.words[i].toks {
			if strings.HasPrefix(t.Surface, "받") && tokenize.FirstTag(t.POS) == "VV" {
				return true
			}
		}
		if fs.figWords[i] {
			return false
		}
	}
	return false
}

// imposingStems begin the verbs by which a court or a prosecutor imposes or demands a penalty.
var imposingStems = []string{"구형", "선고", "부과", "명령", "의결"}

// imposedBy reports a penalty at word w whose clause ends in a verb of imposing it (구형했다,
// 선고하였다), not of receiving it (구형받았다).
func imposedBy(fs *factSentence, c [2]int, w int) bool {
	if receivedFrom(fs, c, w) {
		return false
	}
	for i := w + 1; i < c[1]; i++ {
		t := fs.words[i].toks[0]
		if tokenize.FirstTag(t.POS) == "NNG" && len(fs.words[i].toks) > 1 && (tokenize.FirstTag(fs.words[i].toks[1].POS) == "XSV" || tokenize.FirstTag(fs.words[i].toks[1].POS) == "XSA") && hasStem(t.Surface, imposingStems) {
			// (구형한 is at times tagged 구형/NNG+한/XSA)
			return true
		}
	}
	return false
}

// recipient returns whom a penalty at word w is imposed on: the noun phrase with 에게 (or 에)
// nearest before it in the sentence (A씨에게 징역 10월을, D씨에게는 벌금 1000만원을).
func (b *factBuilder) recipient(fs *factSentence, w int) string {
	for i := w - 1; i >= 0; i-- {
		np := fs.nps[i]
		if len(np.rest) > 0 && np.rest[0].Surface == "에게" && fs.figWords[i] {
			if g := b.groupByExample(fs, i); g != "" {
				return g
			}
		}
		if len(np.nouns) == 0 || len(np.rest) == 0 || fs.figWords[i] {
			continue
		}
		if r := np.rest[0]; tokenize.FirstTag(r.POS) == "JKB" && (r.Surface == "에게" || r.Surface == "에") {
			name := b.name(b.extend(fs, 0, i))
			if aboutWord(fs, i+1) && !b.isPerson(name, np) && !personTitles[np.nouns[len(np.nouns)-1].Surface] {
				continue // 뇌물 혐의에 대해 징역 25년을 구형: the charge; but 윤 총장에 대한 정직 2개월
			}
			return name
		}
	}
	return ""
}

// aboutWord reports 대해, 대한, 관해 or 관한 at word i: after X에 it makes X what the clause is
// about (국고손실에 대해서는 징역 10년을 구형: the charge), not the one a penalty falls on.
func aboutWord(fs *factSentence, i int) bool {
	if i >= len(fs.words) {
		return false
	}
	t := fs.words[i].toks[0]
	return strings.HasPrefix(t.Surface, "대하") || strings.HasPrefix(t.Surface, "대해") || strings.HasPrefix(t.Surface, "대한") ||
		strings.HasPrefix(t.Surface, "관하") || strings.HasPrefix(t.Surface, "관해") || strings.HasPrefix(t.Surface, "관한")
}

// sentencedOne returns X in 징역 N(과 …)을 선고받은 X (징역 1년과 집행유예 3년을 선고받았던
// 고(故) 도예종 외 9명에 대해): the one a relative clause says received the penalty, read past the
// penalties listed with it.
func (b *factBuilder) sentencedOne(fs *factSentence, w int) string {
	for i := w + 1; i < len(fs.words)-1; i++ {
		if fs.figWords[i] || fs.nps[i].bare() {
			continue // 집행유예 3년~징역 3년을: the other penalties of the list
		}
		toks := fs.words[i].toks
		if tag, _ := lastPart(toks[len(toks)-1]); tag != "ETM" || !strings.HasPrefix(toks[0].Surface, "선고") && !strings.HasPrefix(toks[0].Surface, "받") {
			return ""
		}
		k := i + 1
		for k < len(fs.words)-1 && (fs.nps[k].bare() || groupWord(fs.words[k])) {
			k++ // 고(故) 도예종 외 9명, A씨 등 3명
		}
		if len(fs.nps[k].nouns) == 0 {
			return ""
		}
		return dropNotes(b.src[fs.words[i+1].Start:fs.nps[k].nouns[len(fs.nps[k].nouns)-1].End])
	}
	return ""
}

// objectWord reports a word ending in the object particle 을/를.
func objectWord(e eojeol) bool {
	t := e.toks[len(e.toks)-1]
	return tokenize.FirstTag(t.POS) == "JKO"
}

// groupWord reports 외 or 등 written alone (도예종 외 9명, A씨 등 3명): a bound noun that joins a
// group's first member to its count.
func groupWord(e eojeol) bool {
	return len(e.toks) == 1 && (e.toks[0].Surface == "외" || e.toks[0].Surface == "등")
}

// groupByExample returns "X 등 N명" when the figure word at w counts a group named by its first
// member (C씨(37) 등 2명에게 → C씨 등 2명), or "".
func (b *factBuilder) groupByExample(fs *factSentence, w int) string {
	if w < 2 || len(fs.words[w-1].toks) != 1 || fs.words[w-1].toks[0].Surface != "등" || len(fs.nps[w-2].nouns) == 0 || !fs.nps[w-2].bare() {
		return ""
	}
	np := fs.nps[w]
	end := fs.words[w].End
	if len(np.rest) > 0 {
		end = np.rest[0].Start
	}
	return dropNotes(b.src[fs.words[w-2].Start:end])
}

// extend returns the core of the noun phrase ending at word i: its noun run with the bare nouns
// right before it (국산 AI 반도체 회사들과 → 국산 AI 반도체), not crossing a figure or a comma.
func (b *factBuilder) extend(fs *factSentence, lo, i int) string {
	j := i - 1
	for j >= lo && !fs.figWords[j] && !endsClause(fs.words[j]) && (fs.nps[j].bare() || conjunct(fs.nps[j]) || loneDot(fs.words[j]) && j > lo && fs.nps[j-1].bare()) &&
		!figureFollower(fs, j) && !conditionWord(fs, j) {
		j--
	}
	toks := fs.nps[i].nouns
	if j+1 < i {
		// The nouns of words j+1 … i, in order, in a buffer of the sentence.
		toks = fs.run[:0]
		for k := j + 1; k <= i; k++ {
			toks = append(toks, fs.nps[k].nouns...)
		}
		fs.run = toks
	}
	if q := quoted(b.src[min(toks[0].Start, fs.words[j+1].Start):min(toks[len(toks)-1].End+4, fs.words[i].End)]); q != "" {
		return q
	}
	if j >= lo && !fs.figWords[j] && len(toks) > 0 && personTitles[toks[len(toks)-1].Surface] {
		// 문재/NNG 인/VCP 후보는, 우하/VA 람/EC 선수는: a person's name before a title that the
		// tokenizer cut into other parts is still the name the entity stage found.
		if name := b.src[fs.words[j].Start:fs.words[j].End]; b.persons != nil {
			if _, ok := b.persons[name]; ok {
				if rest := core(b.src, toks); rest != "" {
					return name + " " + rest
				}
			}
		}
	}
	return core(b.src, toks)
}

// figureFollower reports a word right after a figure that qualifies it (1시간 가량, 3시간 반
// 동안, 2년 연속, 해적 5명 가운데): it belongs to the figure's phrase, and a noun phrase after it
// begins after it (1시간 가량 공항이 폐쇄되는: 공항, not 가량 공항).
func figureFollower(fs *factSentence, j int) bool {
	if j == 0 || !fs.figWords[j-1] || len(fs.nps[j].nouns) == 0 || !fs.nps[j-1].bare() || endsClause(fs.words[j-1]) {
		return false // 36.4%로 전 주보다는, 785만2849표(23.03%), 국민의당: the figure's phrase has ended
	}
	return !measureNoun(fs.nps[j]) || fs.nps[j].nouns[0].Surface == "가운데"
}

// conditionWord reports a noun written bare that closes an adverbial phrase: a condition or a
// case (…복역하는 경우 최씨는), a result (…조사한 결과 조선인 기술자, 개표 결과 집권 여당 연합은)
// or a time (독일 패망 뒤 서독 법무부, 3.1 만세운동 당시 유관순 열사의): a noun phrase after it
// begins after it.
func conditionWord(fs *factSentence, j int) bool {
	np := fs.nps[j]
	return np.bare() && len(np.nouns) == 1 && closingNouns[np.nouns[0].Surface]
}

// closingNouns close an adverbial phrase when written bare (…한 경우, …한 결과, 패망 뒤).
var closingNouns = map[string]bool{"경우": true, "결과": true, "뒤": true, "후": true, "이후": true, "당시": true, "때": true}

// conjunct reports a noun joined to the next by 와/과 (A씨(33)와 B씨(34)에게, 달과 지구의).
func conjunct(np nounPhrase) bool {
	return len(np.nouns) > 0 && len(np.rest) == 1 && tokenize.FirstTag(np.rest[0].POS) == "JC"
}

// name returns the name a generic noun phrase stands for (이 로봇 → 제이 다이트 라이드), else s.
func (b *factBuilder) name(s string) string {
	if n, ok := b.names[s]; ok {
		return n
	}
	if sideNouns[s] {
		return "" // 한 쪽의 이야기: a side with no noun before it names no one
	}
	return s
}

// noteNames records the names set in apposition after a generic noun in this sentence: a noun
// followed by a name in single quotes (변신 로봇 '제이 다이트 라이드(J-deite RIDE)'를) names it,
// as does a name in quotes with (이)라는 or 라고 불리는 before it (‘슈팅스타’라고 불리는 자사의
// 드론), so that 이 로봇 and 로봇은 later stand for that name.
func (b *factBuilder) noteNames(fs *factSentence) {
	if len(fs.words) == 0 || !hasOpenQuote(b.src[fs.words[0].Start:fs.words[len(fs.words)-1].End]) {
		return // no name in quotes
	}
	b.noteCalledNames(fs)
	for i := 0; i+1 < len(fs.words); i++ {
		np := fs.nps[i]
		if !np.bare() || len(np.nouns) == 0 {
			continue
		}
		next := fs.words[i+1]
		if t := next.toks[0]; t.Surface != "'" && t.Surface != "‘" {
			continue
		}
		end := strings.IndexAny(b.src[next.Start+1:min(len(b.src), next.Start+120)], "'’")
		if end < 0 {
			continue
		}
		q := strings.TrimSpace(b.src[next.Start+1 : next.Start+1+end])
		head := np.nouns[len(np.nouns)-1].Surface
		if q == "" || strings.ContainsAny(q, ".?!") || !nominalTag(tokenize.FirstTag(np.nouns[len(np.nouns)-1].POS)) {
			continue
		}
		if b.names == nil {
			b.names = map[string]string{}
		}
		b.names[head] = q
	}
}

// hasOpenQuote reports whether s holds ' or ‘, as strings.ContainsAny(s, "'‘") does, with two
// searches for bytes instead of a look-up of every code point of s in the set.
func hasOpenQuote(s string) bool {
	return strings.IndexByte(s, '\'') >= 0 || strings.Contains(s, "‘")
}

// noteCalledNames records ‘X’라고 불리는 (자사의) N and ‘X’라는 N: N is named X.
func (b *factBuilder) noteCalledNames(fs *factSentence) {
	for i, w := range fs.words {
		text := b.src[w.Start:w.End]
		if !strings.HasPrefix(text, "'") && !strings.HasPrefix(text, "‘") {
			continue
		}
		rest := b.src[w.Start+len(string([]rune(text)[0])) : min(len(b.src), w.Start+160)]
		end := strings.IndexAny(rest, "'’")
		if end <= 0 {
			continue
		}
		name := strings.TrimSpace(rest[:end])
		after := rest[end:]
		_, size := utf8.DecodeRuneInString(after)
		after = after[size:]
		k := i // the word holding the closing mark
		for k < len(fs.words) && fs.words[k].End <= w.Start+len(string([]rune(text)[0]))+end {
			k++
		}
		switch {
		case strings.HasPrefix(after, "라는 ") || strings.HasPrefix(after, "이라는 "):
		case strings.HasPrefix(after, "라고 불리는 ") || strings.HasPrefix(after, "이라고 불리는 "):
			k++
		default:
			continue
		}
		for n := k + 1; n < len(fs.words) && n <= k+3; n++ {
			np := fs.nps[n]
			if len(np.nouns) == 0 {
				break
			}
			if np.bare() || len(np.rest) == 1 && tokenize.FirstTag(np.rest[0].POS) == "JKG" && n+1 < len(fs.words) {
				if len(np.rest) == 1 {
					continue // 자사의 드론: the owner before the named noun
				}
			}
			if name == "" || strings.ContainsAny(name, ".?!") {
				break
			}
			if b.names == nil {
				b.names = map[string]string{}
			}
			key := b.src[fs.words[n].Start:np.nouns[len(np.nouns)-1].End] // 드론으로 → 드론, however it was cut
			b.names[strings.TrimLeft(key, "'‘\"“")] = name
			break
		}
	}
}

// owner returns the genitive noun phrase that owns the measure at word i (일반 쥐의 고환 무게는
// → 일반 쥐; 챗GPT의 사용자 → 챗GPT), or "".
func (b *factBuilder) owner(fs *factSentence, lo, i int) string {
	if j := i - 1; j-1 >= lo && fs.nps[j].bare() && len(fs.nps[j].nouns) == 1 && (fs.nps[j].nouns[0].Surface == "간" || fs.nps[j].nouns[0].Surface == "사이") {
		return b.name(b.extend(fs, lo, j-1)) // 발화자와 기기 간 거리: the two it lies between
	}
	j := i - 1
	for j >= lo && fs.nps[j].bare() {
		j--
	}
	// 고영근의 호패 2점과 명판 2점: the owner of the first conjunct owns the next.
	for j >= lo && fs.figWords[j] && len(fs.nps[j].rest) > 0 && tokenize.FirstTag(fs.nps[j].rest[0].POS) == "JC" {
		j--
		for j >= lo && fs.nps[j].bare() {
			j--
		}
	}
	if j >= lo && groupPronoun(fs.words[j]) && tokenize.FirstTag(fs.words[j].toks[len(fs.words[j].toks)-1].POS) == "JKG" {
		return b.group // 이들의 평균 지출 예상 비용은
	}
	if j >= lo && len(fs.nps[j].nouns) > 0 && len(fs.nps[j].rest) == 1 && tokenize.FirstTag(fs.nps[j].rest[0].POS) == "JKG" {
		if reflexives[fs.nps[j].nouns[len(fs.nps[j].nouns)-1].Surface] {
			// 민경욱 의원이 … 자신의 후원금 한도가: 자신 points back to the subject of its
			// sentence, whose the noun after it is.
			return b.topicBefore(fs, 0, j, -1, false)
		}
		return b.name(b.extend(fs, lo, j))
	}
	return b.compoundOwner(fs, i)
}

// reflexives are the pronouns that point back to the subject of their sentence (자신의, 자기).
var reflexives = map[string]bool{"자신": true, "자기": true, "본인": true}

// compoundOwner returns the nouns before an attribute in one word (백금가격은, 국내 치매 환자수:
// 백금, 치매 환자), which own it when nothing else in the clause does; 최저기온 is a kind of 기온,
// owned by no 최저, and X의 goes first (서울의 도시가스 소매요금: 서울's, 소매요금 being a kind
// of 요금), as does a topic (사고 헬기는 제3자 피해보상금액이 1천만 달러: the helicopter's).
func (b *factBuilder) compoundOwner(fs *factSentence, i int) string {
	if np := fs.nps[i]; len(np.nouns) > 1 && isAttribute(np.nouns[len(np.nouns)-1].Surface) && !modifierNouns[np.nouns[len(np.nouns)-2].Surface] &&
		!countHeads[np.nouns[len(np.nouns)-1].Surface] && !actNoun(np.nouns[len(np.nouns)-2]) {
		if o := core(b.src, np.nouns[:len(np.nouns)-1]); o != "" {
			return b.name(o)
		}
	}
	return ""
}

// actNoun reports a noun the dictionary classes as an act (행위: 구매, 항속, 판매): before an
// attribute in a compound (구매수량, 항속거리) it says what kind of quantity it is, the amount bought
// or the distance cruised, never whose.
func actNoun(t tokenize.Token) bool {
	return t.Features != nil && t.Features.Semantic == "행위"
}

// frame returns the subject a domain frame before word w gives (서빙 분야에서는 → 서빙, ISS에는),
// qualified by the sentence's first noun phrase when the frame's head is generic (국산 AI 반도체
// 회사들과 … 서빙 분야에서는 → 국산 AI 반도체 서빙).
func (b *factBuilder) frame(fs *factSentence, c [2]int, w int) string {
	for i := w - 1; i >= 0; i-- {
		np := fs.nps[i]
		if np.marker() != "frame" {
			continue
		}
		if np.rest[0].Surface == "에" && !existential(fs, listClause(fs, c)) {
			continue // 1억명 달성에는 2개월이 걸렸다: 에는 marks a purpose, not a place
		}
		s := b.extend(fs, 0, i)
		if s == "" || subjectStops[np.nouns[len(np.nouns)-1].Surface] {
			return "" // 이외에도: a connective, no domain
		}
		head := np.nouns[len(np.nouns)-1].Surface
		if !genericHeads[head] {
			return b.name(s)
		}
		start := 0
		for j := i - 1; j >= 0; j-- {
			if startsClause(fs.words[j]) {
				start = j
				break
			}
		}
		for j := start; j < i; j++ {
			if len(fs.nps[j].nouns) == 0 || fs.nps[j].bare() {
				continue
			}
			if theme := b.extend(fs, start, j); theme != "" && theme != s {
				return theme + " " + s
			}
			break
		}
		return s
	}
	return ""
}

// existenceStems are the predicates by which a place holds what it counts (ISS에는 우주인 3명이
// 남아있다, 이 마을에는 50가구가 산다).
var existenceStems = []string{"있", "없", "남", "살", "거주", "머물", "포함", "달하", "이르", "참석", "참가", "참여", "모이", "모였"}

// listClause returns clause c stretched over the list of figures it opens: a clause that ends at
// the comma after a figure (집회에는 경찰추산 1만 2천 명, 주최 측 추산 2만 명이 참가했다) has its verb
// in the clause where the list ends.
func listClause(fs *factSentence, c [2]int) [2]int {
	for c[1] < len(fs.words) && fs.figWords[c[1]-1] && strings.HasSuffix(fs.words[c[1]-1].toks[len(fs.words[c[1]-1].toks)-1].Surface, ",") {
		end := c[1] + 1
		for end < len(fs.words) && !endsClause(fs.words[end-1]) {
			end++
		}
		c[1] = end
	}
	return c
}

// existential reports a clause whose last predicate says that something is there.
func existential(fs *factSentence, c [2]int) bool {
	for i := c[1] - 1; i >= c[0]; i-- {
		for _, t := range fs.words[i].toks {
			switch tokenize.FirstTag(t.POS) {
			case "VV", "VA", "VX", "NNG":
				for _, st := range existenceStems {
					if strings.HasPrefix(t.Surface, st) {
						return true
					}
				}
			}
		}
		if i < c[1]-2 {
			return false // the last three words: 남아 있다, 있는 것으로 보인다
		}
	}
	return false
}

// measure names what the figure at word w measures, and the word it came from (-1 if none):
// the figure's own measure, the adjective a multiplier or percent modifies (10배 저렴한 → 저렴),
// the bare noun right before it (MAU 1억명), the noun right after a figure without counter
// (100만 사용자), or an attribute noun that is the clause's topic (가격은 … 10분의 1).
func (b *factBuilder) measure(fs *factSentence, c [2]int, w int, fig figures.Figure) (string, int) {
	if last := fs.wordAt(fig.End - 1); fig.Measure != "" && !(predicateNoun(fs, last+1) && b.namedBefore(fs, c, w, fig)) {
		// 100만 사용자를, 네 요소는: the word after the figure carries its measure.
		if last >= 0 && last+1 < len(fs.words) && len(fs.nps[last+1].nouns) > 0 &&
			strings.HasPrefix(b.src[fs.nps[last+1].nouns[0].Start:], fig.Measure) {
			return fig.Measure, last + 1
		}
		return fig.Measure, -1
	}
	if stem := adjectiveAfter(fs, fs.wordAt(fig.End-1)); stem != "" && bareFigure(b.src, fs.words[fs.wordAt(fig.End-1)], fig) {
		return stem, -1
	}
	// 114 회의 여진이, 7개의 행성이: N의 Y counts Y, so Y is the measure and never the holder.
	if last := fs.wordAt(fig.End - 1); fig.Kind == figures.KindCount && last+1 < c[1] && b.src[fig.End:fs.words[last].End] == "의" &&
		!fs.figWords[last+1] && measureNoun(fs.nps[last+1]) {
		return core(b.src, fs.nps[last+1].nouns), last + 1
	}
	share := fig.Kind == figures.KindPercent || fig.Kind == figures.KindFraction
	if !share && !properBefore(fs, c, w) && w-1 >= c[0] && fs.nps[w-1].bare() && !fs.figWords[w-1] && measureNoun(fs.nps[w-1]) && !quotedLabel(fs.words[w-1]) &&
		!listedUnderAttribute(fs, w) {
		return abbreviation(fs.nps[w-1].nouns, b.src), w - 1
	}
	if w-1 >= c[0] && !fs.figWords[w-1] {
		// 몸길이 30m, split by the tokenizer as 몸길+이: the word as written names the attribute.
		if word := b.src[fs.words[w-1].Start:fs.words[w-1].End]; isAttribute(word) {
			return word, w - 1
		}
	}
	if fig.Kind == figures.KindCount && !eventCounters[fig.Unit] && w-1 >= c[0] && !fs.figWords[w-1] && len(fs.nps[w-1].rest) == 1 &&
		tokenize.FirstTag(fs.nps[w-1].rest[0].POS) == "JKS" && measureNoun(fs.nps[w-1]) && !nounAfter(fs, fs.wordAt(fig.End-1)) {
		return core(b.src, fs.nps[w-1].nouns), w - 1 // 모터가 4개: what is counted, not its holder
	}
	if last := fs.wordAt(fig.End - 1); !share && last >= 0 && fs.words[last].End == fig.End && last+1 < c[1] &&
		len(fs.nps[last+1].nouns) > 0 && !fs.figWords[last+1] && measureNoun(fs.nps[last+1]) && !(predicateNoun(fs, last+1) && b.namedBefore(fs, c, w, fig)) &&
		!(fig.Kind == figures.KindDuration && durationTails[fs.nps[last+1].nouns[0].Surface]) {
		return core(b.src, fs.nps[last+1].nouns), last + 1
	}
	for i := w - 1; i >= c[0]; i-- {
		np := fs.nps[i]
		if np.marker() == "topic" && isAttribute(np.nouns[len(np.nouns)-1].Surface) {
			return core(b.src, np.nouns), i
		}
	}
	// 농어촌지역의 하수도보급률을 75%까지 높이기, 가격을 10% 인상했다: an attribute that is the
	// object right before the figure is what the figure measures (where it is raised to, or by
	// how much), as an attribute topic is.
	if i := w - 1; i >= c[0] && !fs.figWords[i] && len(fs.nps[i].nouns) > 0 && len(fs.nps[i].rest) == 1 &&
		tokenize.FirstTag(fs.nps[i].rest[0].POS) == "JKO" && isAttribute(fs.nps[i].head()) {
		return core(b.src, fs.nps[i].nouns), i
	}
	return "", -1
}

// predicateNoun reports a word k, right after a figure, that is a noun of an act or a change
// ending its sentence or made a verb by 하다 (영업이익 10조 돌파, 관객 100만 돌파했다, 4연패
// 탈출): a headline ends on such a noun as its predicate, whose object the figure is, so it is
// no noun the figure counts; the measure is written before the figure, if anywhere.
func predicateNoun(fs *factSentence, k int) bool {
	if k < 0 || k >= len(fs.words) || len(fs.nps[k].nouns) != 1 {
		return false
	}
	t := fs.nps[k].nouns[0]
	if t.Features == nil || t.Features.Semantic != "행위" && t.Features.Semantic != "상태변화" {
		return false
	}
	for _, r := range fs.nps[k].rest {
		tag := tokenize.FirstTag(r.POS)
		if tag == "XSV" || tag == "SF" || tag == "SE" || tag == "SC" {
			return true
		}
		if !punctTag(tag) {
			return false
		}
	}
	return k == len(fs.words)-1 || len(fs.nps[k].rest) > 0
}

// namedBefore reports a figure whose measure is named without the noun of an act after it: by
// a bare noun right before it (영업이익 10조 돌파) or by its counter, itself an act (4연패 탈출).
// Else the act after the figure is what it counts (1명 사망, 42회 발생).
func (b *factBuilder) namedBefore(fs *factSentence, c [2]int, w int, fig figures.Figure) bool {
	if w-1 >= c[0] && fs.nps[w-1].bare() && !fs.figWords[w-1] && measureNoun(fs.nps[w-1]) && !numeralTag(tokenize.FirstTag(fs.words[w-1].toks[0].POS)) {
		return true
	}
	for _, t := range fs.words[fs.wordAt(fig.End-1)].toks {
		if t.Start >= fig.Start && t.End <= fig.End && tokenize.FirstTag(t.POS) == "NNG" && t.Features != nil && t.Features.Semantic == "행위" {
			return true
		}
	}
	return false
}

// durationTails are the bound nouns written apart after a duration that belong to its phrase
// (10년 간, 3개월 동안, 1년 만에, 5년 새): what it lasted, never what it measures.
var durationTails = map[string]bool{"간": true, "동안": true, "만": true, "째": true, "새": true}

// eventCounters count what happens to something (요금이 4차례 인상됐다), not things it has.
var eventCounters = map[string]bool{"번": true, "차례": true, "회": true}

// nounAfter reports that the word after word w begins with a noun (3사 합작으로: the figure
// modifies it rather than completing the clause).
func nounAfter(fs *factSentence, w int) bool {
	if w < 0 || w+1 >= len(fs.words) {
		return false
	}
	switch tokenize.FirstTag(fs.words[w+1].toks[0].POS) {
	case "NNG", "NNP":
		return true
	}
	return false
}

// measureNoun reports whether a word's noun can be what a figure counts: not a qualifier
// (이상, 최대), a comparison (대비), a determiner or a noun without a topic of its own (가운데).
func measureNoun(np nounPhrase) bool {
	if len(np.nouns) == 0 {
		return false // a particle alone ('가'가): no noun to count
	}
	switch np.nouns[0].Surface {
	case "이상", "이하", "미만", "초과", "가량", "정도", "내외", "안팎", "최대", "최소", "최고", "최저", "총", "약",
		"동안", "연속", "내내", "뒤", "후", "전", "이후", "이전", "사이", "새", // 6이닝 동안, 9경기 연속, 5년 새: when, not what
		"아래", "밑", "위": // 2,400선 아래로: where, not what
		return false
	}
	last := np.nouns[len(np.nouns)-1]
	if last.Surface == ")" && len(np.nouns) > 1 {
		last = np.nouns[len(np.nouns)-2] // 월간활성이용자수(MAU)
	}
	head := last.Surface
	if perUnit(head) {
		return false // 1g당, 건당: the unit of a rate
	}
	return nominalTag(tokenize.FirstTag(last.POS)) && tokenize.FirstTag(last.POS) != "SN" && head != "대비" && !determiners[head] &&
		!stopNouns[head] && !subjectStops[head] && !timeNouns[head] && !baselineTimes[head] // 전년 동기(14.2243원): a time, not what is counted
}

// baselineTimes name the earlier time a figure is compared with (전년 동기, 전월): a time, kept
// apart from timeNouns, which a noun phrase drops (전년보다 is a comparison worth keeping).
var baselineTimes = map[string]bool{"전년": true, "전년도": true, "전월": true, "전분기": true, "동기": true, "전년동기": true}

// perUnitNouns are the nouns of one unit a rate is given per, written as one word (건당 광고비
// 250만원).
var perUnitNouns = map[string]bool{"건당": true, "개당": true, "인당": true, "명당": true, "회당": true, "편당": true, "장당": true, "대당": true, "주당": true}

// perUnit reports the head of a noun run that is the unit of a rate (1g당 → 당, 건당, 가구당 →
// 당): N당 means "per N", never a holder or what is counted.
func perUnit(head string) bool {
	return head == "당" || perUnitNouns[head]
}

// abbreviation returns the parenthesised Latin abbreviation of a noun run when it has one
// (월간활성이용자수(MAU) → MAU), else the run's text.
func abbreviation(toks []tokenize.Token, src string) string {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].Surface == "(" && tokenize.FirstTag(toks[i].POS) == "SL" && toks[i+1].Surface == ")" {
			return toks[i].Surface
		}
	}
	return core(src, toks)
}

// bareFigure reports a figure that ends its word, or ends it with a bracket (10배 저렴한 API):
// only then can an adjective after it take the figure as its degree (전라권(50.4%)에서 높은
// 응답률: the case particle ends the figure's phrase).
func bareFigure(src string, e eojeol, fig figures.Figure) bool {
	return strings.Trim(src[fig.End:e.End], ")") == ""
}

// adjectiveAfter returns the stem of an adjective or root right after the figure word that
// modifies a noun (10배 저렴한 API), or "".
func adjectiveAfter(fs *factSentence, w int) string {
	if w < 0 || w+1 >= len(fs.words) {
		return ""
	}
	toks := fs.words[w+1].toks
	if len(toks) < 2 {
		return ""
	}
	first := toks[0]
	if tokenize.FirstTag(first.POS) != "XR" && tokenize.FirstTag(first.POS) != "VA" {
		return ""
	}
	tag, _ := lastPart(toks[len(toks)-1])
	if tag != "ETM" {
		return ""
	}
	if tokenize.FirstTag(first.POS) == "VA" {
		return strings.TrimSuffix(first.Lemma, "다")
	}
	return first.Surface
}

// modifiedHead returns the noun phrase a figure-plus-adjective modifies (10배 저렴한 API
// 'GPT-3.5 터보'도 → GPT-3.5 터보), or "".
func (b *factBuilder) modifiedHead(fs *factSentence, w int) string {
	if adjectiveAfter(fs, w) == "" {
		return ""
	}
	var toks []tokenize.Token
	end := -1
	for i := w + 2; i < len(fs.words); i++ {
		np := fs.nps[i]
		if len(np.nouns) == 0 {
			break
		}
		toks = append(toks, np.nouns...)
		end = i
		if !np.bare() {
			break
		}
	}
	if len(toks) == 0 {
		return ""
	}
	if q := quoted(b.src[fs.words[w+2].Start:fs.words[end].End]); q != "" {
		return q
	}
	return core(b.src, toks)
}

// comparison returns what the figure at word w is compared with in its clause: the noun phrase
// before 대비 (기존 GPT-3.5 모델 대비 → GPT-3.5) or marked with 보다, or "".
func (b *factBuilder) comparison(fs *factSentence, c [2]int, w int, fig figures.Figure) string {
	if i := baselineWord(fs, c, w, fig); i >= 0 {
		return b.extend(fs, c[0], i)
	}
	for i := w - 1; i >= c[0]; i-- {
		np := fs.nps[i]
		if len(np.nouns) == 0 {
			continue
		}
		if np.bare() && np.nouns[len(np.nouns)-1].Surface == "대비" && i-1 >= c[0] {
			var toks []tokenize.Token
			if len(np.nouns) > 1 {
				toks = np.nouns[:len(np.nouns)-1]
			}
			for j := i - 1; j >= c[0] && fs.nps[j].bare(); j-- {
				toks = append(append([]tokenize.Token(nil), fs.nps[j].nouns...), toks...)
			}
			if len(toks) > 0 {
				return core(b.src, toks)
			}
		}
		if len(np.rest) > 0 && tokenize.FirstTag(np.rest[0].POS) == "JKB" && np.rest[0].Surface == "보다" {
			if s := b.baselineTime(fs, c, i); s != "" {
				return s
			}
			return b.extend(fs, c[0], i)
		}
	}
	return ""
}

// baselineTime returns the earlier time a figure is compared with when word i (its noun and
// 보다) ends one that the bare noun alone does not name: X 같은 Y (지난해 같은 달보다, 전년 같은
// 기간보다: the same month of last year) with the adnominal of sameness, and N 전 (1년 전보다,
// 4주 전보다) with the length of time before it. "" for other baselines.
func (b *factBuilder) baselineTime(fs *factSentence, c [2]int, i int) string {
	if len(fs.nps[i].nouns) == 0 || i-1 < c[0] {
		return ""
	}
	from := -1
	switch prev := fs.words[i-1]; {
	case b.src[prev.Start:prev.End] == "같은" || b.src[prev.Start:prev.End] == "동일한":
		from = i - 1
		for from-1 >= c[0] && fs.nps[from-1].bare() && !fs.figWords[from-1] && !endsClause(fs.words[from-1]) {
			from--
		}
		if from == i-1 {
			return "" // 같은 달: the same as what, unsaid
		}
	case fs.figWords[i-1] && fs.nps[i].nouns[0].Surface == "전" && fs.words[i-1].toks[len(fs.words[i-1].toks)-1].End == fs.words[i-1].End && !endsClause(fs.words[i-1]):
		from = i - 1
	default:
		return ""
	}
	return dropNotes(b.src[fs.words[from].Start:fs.nps[i].nouns[0].End])
}

// baselineWord returns the word of X in X의 N배 (일본의 방위 예산은 대한민국의 2배 규모까지
// 커져서), -1 when the multiplier has no such word before it: a multiple is of a baseline, and
// the genitive before it names that baseline (A는 B의 2배: A is twice B), never the holder or a
// whole the multiple is part of.
func baselineWord(fs *factSentence, c [2]int, w int, fig figures.Figure) int {
	if fig.Kind != figures.KindMultiplier || fs.words[w].Start != fig.Start {
		return -1
	}
	i := w - 1
	for i >= c[0] && len(fs.words[i].toks) == 1 && (tokenize.FirstTag(fs.words[i].toks[0].POS) == "MAG" || fs.words[i].toks[0].Surface == "약") {
		i-- // 대한민국의 약 2배
	}
	if i < c[0] || fs.figWords[i] && !fs.aside[i] {
		return -1 // a figure in an aside (서울특별시(605.33 평방킬로미터)의) is no baseline itself
	}
	if np := fs.nps[i]; len(np.nouns) == 0 || len(np.rest) != 1 || tokenize.FirstTag(np.rest[0].POS) != "JKG" {
		return -1
	}
	if fs.aside[i] {
		// 서울특별시(605.33 평방킬로미터)의 약 두배: the genitive closes an aside in brackets,
		// and the baseline is the noun the brackets follow.
		for i >= c[0] && fs.aside[i] {
			i--
		}
		if i < c[0] || len(fs.nps[i].nouns) == 0 {
			return -1
		}
	}
	return i
}

// allocatedTo returns X in X에 N원(을) … (신축 사업에 총 878억 원의 사업비를 편성했다, 담수화
// 사업에 2350억 원을 투입했으며, 이 치유센터에는 총사업비 1328억원이 투입된다): a sum given to X
// with 에 (or 에는) is X's when no topic says whose.
func (b *factBuilder) allocatedTo(fs *factSentence, c [2]int, w int, fig figures.Figure) string {
	if fig.Kind != figures.KindMoney {
		return ""
	}
	i := w - 1
	if i >= c[0] && len(fs.words[i].toks) == 1 && !fs.figWords[i] && (fs.words[i].toks[0].Surface == "총" || fs.words[i].toks[0].Surface == "약") {
		i-- // 총 878억 원
	}
	measured := false
	if i > c[0] && !fs.figWords[i] && fs.nps[i].bare() && isAttribute(fs.nps[i].nouns[len(fs.nps[i].nouns)-1].Surface) {
		i, measured = i-1, true // 치유센터에는 총사업비 1328억원이: the sum's measure between
	}
	if i < c[0] || fs.figWords[i] {
		return ""
	}
	np := fs.nps[i]
	if len(np.nouns) == 0 || len(np.rest) == 0 || len(np.rest) > 2 || np.rest[0].Surface != "에" || tokenize.FirstTag(np.rest[0].POS) != "JKB" || timeHead(np) {
		return ""
	}
	if len(np.rest) == 2 && (!measured || np.rest[1].Surface != "는" && np.rest[1].Surface != "도") {
		return "" // 에는 before a measure and its sum: the same place made the topic
	}
	if head := np.nouns[len(np.nouns)-1].Surface; subjectStops[head] || isAttribute(head) {
		return ""
	}
	return b.name(b.extend(fs, c[0], i))
}

// numeralTag reports the tag of a number or its counter (878억: 878/SN 억/NR; 3명: 명/NNBC): a
// noun phrase headed by one is a figure, never a holder.
func numeralTag(tag string) bool {
	return tag == "SN" || tag == "NR" || tag == "NNBC"
}

// rankedNoun returns the name a rank is written right before (2위 손학규(13만 6천205표) 후보, 1위
// 사라(1959년)): a rank before a name is that name's place in a list, as the noun before a rank
// (빌보드 1위, 박스오피스 1위) names the ranking it is a place in, never its holder. A common
// noun after the rank (세계 1위 드론업체, 4위 성적) says what kind of place it is; the clause's
// subject holds it.
func (b *factBuilder) rankedNoun(fs *factSentence, c [2]int, w int, fig figures.Figure) string {
	if fs.words[w].End != fig.End || w+1 >= c[1] || fs.aside[w+1] {
		return ""
	}
	np := fs.nps[w+1]
	if len(np.nouns) == 0 || tokenize.FirstTag(np.nouns[0].POS) == "SN" {
		return ""
	}
	end := np.nouns[len(np.nouns)-1].End
	named := tokenize.FirstTag(np.nouns[len(np.nouns)-1].POS) == "NNP"
	for _, t := range np.nouns {
		if t.Surface == "(" || strings.HasPrefix(t.Surface, "(") {
			end, named = t.Start, true // 손학규(13만 6천205표): the name before its note
			break
		}
	}
	if !named {
		return "" // 세계 1위 드론업체: a kind, which the clause's subject is
	}
	s := strings.TrimSpace(b.src[np.nouns[0].Start:end])
	if s == "" || isAttribute(s) || rankNouns[s] {
		return ""
	}
	return b.name(dropNotes(s))
}

// rankNouns say what kind of a place a rank is, not who holds it (4위 성적, 1위 자리, 3위 기록).
var rankNouns = map[string]bool{"성적": true, "자리": true, "기록": true, "달성": true, "입상": true, "안": true, "이내": true, "권": true, "팀": true}

// attributeOwner returns the owner of the attribute at word i: X in X의 Y, or the nouns before
// the attribute in its compound (서울기온: 서울); "" when none. A bare noun before the attribute
// is not taken: it is as often a kind of it (방위 예산, 보수 예산) as its owner.
func (b *factBuilder) attributeOwner(fs *factSentence, lo, i int) string {
	if o := b.owner(fs, lo, i); o != "" && !qualifierNouns[o] {
		return o // not 5톤 가량의 무게: the qualifier of a figure owns nothing
	}
	// 장면 내각 내 국무위원 중 일제 관료 출신 비율은 약 35%: X 중 before the attribute's nouns
	// names the whole the share is of, as X 중 N% does.
	j := i - 1
	for j >= lo && fs.nps[j].bare() && !fs.figWords[j] && !(len(fs.words[j].toks) == 1 && fs.words[j].toks[0].Surface == "중") {
		j--
	}
	if j-1 >= lo && len(fs.words[j].toks) == 1 && fs.words[j].toks[0].Surface == "중" && fs.nps[j-1].bare() && !fs.figWords[j-1] {
		return b.name(b.extend(fs, lo, j-1))
	}
	return ""
}

// namePlaceholders end a person's name written with the family name only (최 아무개, 김모 씨, 이
// 모 씨).
var namePlaceholders = map[string]bool{"아무개": true, "씨": true, "모씨": true}

// reportedSubject returns the topic or subject of the clause the topic at word i reports,
// "" when the sentence reports nothing or the reported clause has none of its own: in
// 중앙해양안전심판원은 … 해양사고가 총 335건으로 … 발생하였으며 … 114명에 달한다고 밝혔다, the
// agency is the source and the accidents are what the sentence, and the sentences after it
// that drop their subject, are about.
func (b *factBuilder) reportedSubject(fs *factSentence, c [2]int, i int) string {
	checked := false
	for j := i + 1; j < c[1]; j++ {
		if fs.nps[j].marker() != "topic" || fs.quoted[j] || relativeSubject(fs, j) {
			continue // 상품성이 없는 사과: a relative clause's subject, inside a noun phrase
		}
		if !checked { // the sentence is read for a quotative only when there is a subject to give
			if !reportedClause(fs, [2]int{i + 1, len(fs.words)}, i+1) {
				return ""
			}
			checked = true
		}
		if s := b.topicAt(fs, c[0], j, -1, false); s != "" { // a person may be what the report is about
			return s
		}
	}
	return ""
}

// ownDuration reports a duration that is a statement of its own, not the time another figure of
// its clause took: the object of its verb (21년을 복역하는, 3853시간을 근무했으나: what the verb
// measures), or a streak (3년 연속: how many in a row). A period is an adverbial: N간, N 동안,
// N 만에.
func ownDuration(fs *factSentence, fig figures.Figure) bool {
	w := fs.wordAt(fig.End - 1)
	if w < 0 || fs.words[w].End < fig.End {
		return false
	}
	if np := fs.nps[w]; len(np.rest) > 0 && tokenize.FirstTag(np.rest[0].POS) == "JKO" && fs.words[w].toks[len(fs.words[w].toks)-1].End > fig.End {
		return true
	}
	if w+1 < len(fs.words) && fs.words[w].End == fig.End {
		if t := fs.words[w+1].toks; len(t) > 0 && t[0].Surface == "연속" {
			return true
		}
	}
	return false
}

// strickenStems are the stems of the predicates that count people or things an event struck
// without killing or hurting them: stranded, evacuated, flooded, cut off, destroyed; flights
// cancelled and schools closed.
var strickenStems = []string{"고립", "대피", "침수", "정전", "매몰", "파손", "유실", "소실", "붕괴", "결항", "휴교"}

// stricken reports a count (차량 279대, 480여 명, 주택 2천여대) whose clause says an event
// stranded, flooded or destroyed them: like the dead and the injured, they are counted for the
// event the sentence names as the cause (폭설로, 사고로 인해), not for the clause before.
func stricken(fs *factSentence, c [2]int, fig figures.Figure) bool {
	if fig.Kind != figures.KindCount {
		return false
	}
	for i := fs.wordAt(fig.Start) + 1; i < c[1]; i++ {
		t := fs.words[i].toks[0]
		if tag := tokenize.FirstTag(t.POS); tag != "NNG" && tag != "VV" {
			continue
		}
		if hasStem(t.Surface, strickenStems) {
			return true
		}
	}
	return false
}

// placeInList returns X in a list of places each with its figure (경상북도에서 5회, 대전·
// 충청남도에서 5회, 광주·전라남도에서 2회): a place with 에서 right before a figure, where the
// figure before it or after it in the sentence is written the same way, holds that figure.
func (b *factBuilder) placeInList(fs *factSentence, w int) string {
	at := func(i int) bool { // word i is X에서 and word i+1 a figure
		if i < 0 || i+1 >= len(fs.words) || fs.figWords[i] || !fs.figWords[i+1] {
			return false
		}
		np := fs.nps[i]
		return len(np.nouns) > 0 && len(np.rest) == 1 && np.rest[0].Surface == "에서" && tokenize.FirstTag(np.rest[0].POS) == "JKB" &&
			!timeHead(np) && !subjectStops[np.nouns[len(np.nouns)-1].Surface]
	}
	if !at(w - 1) {
		return ""
	}
	last := fs.wordAt(fs.words[w].End - 1)
	if !at(w-3) && !at(last+1) {
		return "" // one place alone: the other rules read it (frames, casualties)
	}
	return b.name(b.extend(fs, 0, w-1))
}

// countedBy reports a noun phrase that names people counted by what befell them (사망자,
// 신규확진, 확진자): before a count it is what the count counts, never its holder.
func countedBy(np nounPhrase) bool {
	if len(np.nouns) == 0 {
		return false
	}
	head := np.nouns[len(np.nouns)-1].Surface
	// (뇌물 혐의 전 시장 징역 5년, 삼성전자 영업이익 10조: a penalty or an attribute right before
	// the number is what it measures, likewise, and the topic is the one it falls on or belongs
	// to.)
	return countedPeople(head) || strings.HasSuffix(head, "확진") || penaltyNouns[head] || isAttribute(head) && len(np.nouns) == 1
}
