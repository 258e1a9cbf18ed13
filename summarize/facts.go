package summarize

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/internal/freelist"
	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
)

// attributeNouns are nouns that name a measured attribute of something: with a figure in
// their clause (가격은 … 10분의 1 이하로) they are the fact's measure, not its subject.
var attributeNouns = map[string]bool{
	"가격": true, "비용": true, "요금": true, "매출": true, "매출액": true, "영업이익": true, "이익": true,
	"순이익": true, "수익": true, "점유율": true, "비율": true, "비중": true, "규모": true, "속도": true,
	"성능": true, "효율": true, "인구": true, "금액": true, "무게": true, "크기": true, "길이": true,
	"높이": true, "온도": true, "정확도": true, "확률": true, "성장률": true, "증가율": true,
	"감소율": true, "수치": true, "수준": true, "용량": true, "수명": true, "거리": true,
	"추력": true, "부피": true, "완치율": true, "몸길이": true, "몸무게": true, "지름": true,
	"넓이": true, "면적": true, "깊이": true, "두께": true, "폭": true, "기온": true, "고도": true,
	"지지율": true, "득표율": true, "투표율": true, "응답률": true, "경쟁률": true, "실업률": true,
	"치명률": true, "사망률": true, "발생률": true, "출생률": true, "금리": true, "환율": true,
	"주가": true, "시가총액": true, "예산": true, "연봉": true, "임금": true, "월급": true,
	"자산": true, "부채": true, "손실": true, "피해액": true, "생산량": true, "판매량": true,
	"수출액": true, "수입액": true, "이용률": true, "점수": true, "평균": true, "나이": true,
	"판매가": true, "유가": true, "단가": true, "원가": true, "정가": true, "시세": true, "급여": true,
	"보수": true, "수당": true, "상금": true, "벌금": true, "과태료": true, "보상금": true, "배상금": true,
	"돈": true, "자금": true, "액수": true, "고령": true, "소득": true,
	"수": true, "건수": true, "인원": true, "횟수": true, // countHeads
	"정원": true, "연령": true, "정족수": true, "한도": true, "보증금": true, "후원금": true,
	// the weather's and a body's physical measures (중심 기압은 992hPa, 최대 풍속은 23m/s)
	"기압": true, "풍속": true, "수온": true, "습도": true, "수심": true, "반경": true, "너비": true,
	"출력": true, "연비": true, "해발": true, "진도": true, "커트라인": true,
}

// isAttribute reports a noun that names a measured attribute: one of attributeNouns, or a
// Sino-Korean noun of rate or amount (성공률, 점유율, 생산량, 판매액).
func isAttribute(head string) bool {
	if attributeNouns[head] {
		return true
	}
	if utf8.RuneCountInString(head) < 2 {
		return false
	}
	for _, suf := range [...]string{"률", "율", "량", "액"} {
		if strings.HasSuffix(head, suf) {
			return true
		}
	}
	// A compound the tokenizer keeps whole is the kind of attribute its last noun names
	// (가시거리, 설비용량, 전력수요); a cost is written N비 (사업비, 공사비), but 장비 and 설비 are things.
	n := utf8.RuneCountInString(head)
	for _, suf := range compoundAttributes {
		if strings.HasSuffix(head, suf) && n > utf8.RuneCountInString(suf) {
			return true
		}
	}
	return n >= 3 && strings.HasSuffix(head, "비") && !strings.HasSuffix(head, "장비") && !strings.HasSuffix(head, "설비")
}

// countHeads end the nouns of a count (구독자 수, 검사 건수, 파업 인원): X 수 is the number of X,
// what a figure counts, so the noun before the head is part of the measure, never its owner
// (환자 수 is no figure of the patients' own), and the phrase is never the holder.
var countHeads = map[string]bool{"수": true, "건수": true, "인원": true, "횟수": true}

// compoundAttributes are the attribute nouns that end compounds of the same attribute.
var compoundAttributes = []string{"거리", "비용", "요금", "가격", "수요", "용량", "인구", "속도", "규모", "면적", "높이", "길이", "무게", "온도", "기온", "금액", "예산", "소득"}

// factSentence holds one sentence's words and clauses while facts are built.
type factSentence struct {
	index    int
	words    []eojeol
	nps      []nounPhrase
	cls      [][2]int
	figWords map[int]bool     // the words that hold a figure: never part of a subject
	quoted   []bool           // the words inside double quote marks
	aside    []bool           // the words inside brackets: an aside, never a holder
	rests    []tokenize.Token // the backing of the nps' rests that drop punctuation
	run      []tokenize.Token // extend's noun run over several words
}

// factPool keeps factSentences, with their buffers, between documents.
var factPool = freelist.New[factSentence]()

// release empties fs, which then holds on to no document, and returns it to factPool.
func (fs *factSentence) release() {
	// Whole arrays: a longer sentence before the last left tokens past the lengths.
	clear(fs.words[:cap(fs.words)])
	clear(fs.nps[:cap(fs.nps)])
	clear(fs.rests[:cap(fs.rests)])
	clear(fs.run[:cap(fs.run)])
	clear(fs.figWords)
	fs.words, fs.nps, fs.cls, fs.rests, fs.run = fs.words[:0], fs.nps[:0], fs.cls[:0], fs.rests[:0], fs.run[:0]
	factPool.Put(fs)
}

// wordAt returns the index of the word containing byte offset off, -1 if none.
func (fs *factSentence) wordAt(off int) int {
	for i, w := range fs.words {
		if w.Start <= off && off < w.End {
			return i
		}
	}
	return -1
}

// load splits sentence si of txt into words, noun phrases and clauses.
func (fs *factSentence) load(si int, s tokenize.Sentence) {
	fs.index = si
	fs.words = appendEojeols(fs.words[:0], s.Tokens)
	fs.nps = grow(fs.nps, len(fs.words))
	fs.rests = fs.rests[:0]
	for i, w := range fs.words {
		fs.nps[i] = splitNoun(w, &fs.rests)
	}
	fs.cls = appendClauses(fs.cls[:0], fs.words)
	clear(fs.figWords)
	fs.quoted = grow(fs.quoted, len(fs.words))
	in := false
	for i, w := range fs.words {
		wordIn := in
		for _, t := range w.toks {
			switch t.Surface {
			case "“", "「":
				in, wordIn = true, true
			case "”", "」":
				in = false // the word with the closing mark is still inside
			case "\"":
				in = !in
				wordIn = wordIn || in
			}
		}
		fs.quoted[i] = wordIn
	}
	fs.aside = grow(fs.aside, len(fs.words))
	depth := 0
	for i, w := range fs.words {
		fs.aside[i] = depth > 0
		for _, t := range w.toks {
			if tokenize.FirstTag(t.POS) != "SSO" && tokenize.FirstTag(t.POS) != "SSC" && tokenize.FirstTag(t.POS) != "SY" {
				continue
			}
			for _, r := range t.Surface { // the tokenizer may keep %) as one mark
				switch r {
				case '(':
					depth++
				case ')':
					if depth > 0 {
						depth--
					}
				}
			}
		}
		if depth > 0 && !fs.aside[i] && w.toks[0].Surface == "(" {
			fs.aside[i] = true
		}
	}
}

// topic is a holder a later clause may take over when it names none of its own (Korean drops
// a subject that has not changed).
type topic struct {
	np       string
	person   bool // a person: never the holder of what they are reported to say
	sentence int
	topical  bool // marked with 은/는: the sentence's topic, not only a clause's subject
	reporter bool // the subject of a verb of saying with the rest of its sentence as what is said
	quote    int  // for a topic in quote marks, the quote that holds it (an index of the quotes), else -1
}

// factBuilder joins figures into facts over one text.
type factBuilder struct {
	src     string
	txt     *tokenize.Text
	figs    []figures.Figure
	persons map[string]entities.Entity // the people the entity stage found, by name
	quotes  []quotes.Quote             // the quotes, whose speakers say 제가 and 저는
	// names maps a generic noun to the name set beside it in apposition (변신 로봇 '제이 다이트
	// 라이드' → 로봇: 제이 다이트 라이드), for 이 로봇 later on.
	names             map[string]string
	last              topic  // the topic of the latest clause that had one
	lastPerson        topic  // the latest such topic that is a person
	quoteTopic        topic  // the topic of the latest quoted clause that had one
	clause            topic  // the 은/는 topic (or attribute owner) of the latest clause with one
	article           string // the article's topic: the headline's first noun phrase
	articlePerson     bool   // the article's topic is a person
	group             string // the latest group of people counted (대학생 1448명), for 이들
	lastHolder        string // the holder of the latest fact, for 이는
	lastSentence      int    // the sentence of the latest fact
	lastMixed         bool   // that sentence's facts have more than one holder
	survey, surveyBy  string // the survey the article reported last (닐슨코리아 설문 조사), and who ran it
	surveySentence    int    // the sentence that reported it
	lastWhole         string // the whole of the latest share, and its sentence
	lastWholeSentence int
	sentenced         string // the one the latest penalty was given to (A씨에게 징역 10월), and its sentence
	sentencedAt       int
	reporterPassed    string // the reporter topicBefore passed over for the clause it reports, if any
	durations, others []int  // clauseFacts' figures of one clause
	here              []int  // buildFacts' figures of one clause
	setting           int    // a duration that sets the time of the sentence's later clauses, or -1
	naming            bool   // the clause being read names or lists what it counts (namingClause)
	out               []Fact // clauseFacts' facts of one clause, read before the next
	figSlab           []int  // where the facts' figure lists are made, a chunk at a time
}

// figList returns the list of figures a, more…, made in a chunk shared by the document's
// facts and capped at its length (an append to it copies it out).
func (b *factBuilder) figList(a int, more ...int) []int {
	if n := 1 + len(more); cap(b.figSlab)-len(b.figSlab) < n {
		b.figSlab = make([]int, 0, max(32, n)) // never grown in place: the lists point into it
	}
	lo := len(b.figSlab)
	b.figSlab = append(append(b.figSlab, a), more...)
	return b.figSlab[lo:len(b.figSlab):len(b.figSlab)]
}

// buildFacts joins each figure to what it is about (QUOTES.md §4): its holder (see holder),
// its measure, the duration or per-time rate in the same clause (its period) and the noun
// phrase it is compared with (X 대비, X보다). A duration that is no other figure's period is a
// fact of its own; one alone in a clause whose subject differs from the previous fact's repeats
// that fact for the new subject (넷플릭스는 100만 사용자에 3년, 챗GPT는 5일). A figure whose
// holder cannot be found makes no fact: a statement needs someone or something it is about.
// persons holds the names of the people in the text (may be nil); qs the quotes, whose speakers
// the first person in their words stands for (may be nil).
func buildFacts(txt *tokenize.Text, headline tokenize.Span, figs []figures.Figure, persons map[string]entities.Entity, qs []quotes.Quote) []Fact {
	b := &factBuilder{src: txt.Source, txt: txt, figs: figs, persons: persons, quotes: qs, last: topic{sentence: -10}, lastPerson: topic{sentence: -10}, quoteTopic: topic{sentence: -10}, clause: topic{sentence: -10}, lastWholeSentence: -10, lastSentence: -1}
	bySent := figuresBySentence(txt, figs)
	var facts []Fact
	fs := factPool.Get() // one sentence at a time, its buffers reused
	defer fs.release()
	if fs.figWords == nil {
		fs.figWords = map[int]bool{}
	}
	headSentence := -1
	if len(figs) > 0 && headline.End > headline.Start {
		if hs := sentenceAt(txt, headline.Start); hs >= 0 {
			headSentence = hs
			fs.load(hs, txt.Sentences[hs])
			b.markFigures(fs, bySent.of(hs)) // 80nm에 무너진 G2: a figure opening the headline is no topic
			b.article = b.headTopic(fs)
			_, b.articlePerson = persons[b.article]
			if ws := strings.Fields(b.article); len(ws) > 0 && personTitles[ws[len(ws)-1]] {
				b.articlePerson = true
			}
		}
	}
	for si, s := range txt.Sentences {
		// A sentence's topic is carried over two sentences at most: a sentence followed by two
		// without figures adds nothing.
		if len(bySent.of(si)) == 0 && len(bySent.of(si+1)) == 0 && len(bySent.of(si+2)) == 0 {
			continue
		}
		fs.load(si, s)
		b.noteNames(fs)
		b.markFigures(fs, bySent.of(si))
		b.setting = -1
		for k, c := range fs.cls {
			here := b.here[:0]
			for _, fi := range bySent.of(si) {
				if w := fs.wordAt(figs[fi].Start); w >= c[0] && w < c[1] {
					here = append(here, fi)
				}
			}
			b.here = here
			if len(here) > 0 {
				// A list of figures split at its commas (3위, 5위를 차지) reads its holder in the
				// clause of the list's first figure.
				hc := c
				for k > 0 && hc[0] > 0 && fs.figWords[hc[0]-1] && fs.figWords[hc[0]] && fs.cls[k-1][1] == hc[0] {
					k--
					hc[0] = fs.cls[k][0]
				}
				facts = append(facts, b.clauseFacts(fs, c, hc, here, facts)...)
			}
			b.noteTopic(fs, c)
		}
		if si == headSentence && b.last.topical && len(fs.cls) > 1 {
			// 10월 취업자 34만명 증가…청년층은 12개월째 감소: the topic of a headline's later
			// part is that part's; the body's first sentence goes on from the article's topic,
			// the headline's first.
			b.last = topic{sentence: -10}
		}
	}
	return facts
}

// markFigures marks the words of the loaded sentence that the figures fis overlap.
func (b *factBuilder) markFigures(fs *factSentence, fis []int) {
	for _, fi := range fis {
		for w := range fs.words {
			if fs.words[w].Start < b.figs[fi].End && b.figs[fi].Start < fs.words[w].End {
				fs.figWords[w] = true
			}
		}
	}
}

// sentenceFigures lists a text's figures by sentence: the figures of sentence s are
// fig[at[s]:at[s+1]].
type sentenceFigures struct {
	at  []int32
	fig []int
}

// of returns the figures of sentence s, none when s is out of range.
func (sf sentenceFigures) of(s int) []int {
	if s < 0 || s+1 >= len(sf.at) {
		return nil
	}
	return sf.fig[sf.at[s]:sf.at[s+1]]
}

// figuresBySentence groups the figures by the sentence that holds them, in two arrays.
func figuresBySentence(txt *tokenize.Text, figs []figures.Figure) sentenceFigures {
	n := len(txt.Sentences)
	sent := make([]int32, len(figs))
	at := make([]int32, n+1)
	for i, f := range figs {
		s := f.Sentence
		if s < 0 || s >= n || !txt.Sentences[s].Span.Contains(f.Span) {
			s = sentenceAt(txt, f.Start)
		}
		sent[i] = int32(s)
		if s >= 0 {
			at[s+1]++
		}
	}
	for s := 0; s < n; s++ {
		at[s+1] += at[s]
	}
	fig := make([]int, at[n])
	next := append([]int32(nil), at[:n]...)
	for i, s := range sent {
		if s >= 0 {
			fig[next[s]] = i
			next[s]++
		}
	}
	return sentenceFigures{at: at, fig: fig}
}

// sentenceAt returns the sentence containing byte offset off, -1 if none.
func sentenceAt(txt *tokenize.Text, off int) int {
	for i, s := range txt.Sentences {
		if s.Start <= off && off < s.End {
			return i
		}
	}
	return -1
}

// clauseFacts builds the facts of the figures of one clause c, whose holders are read in the
// words of hc (c, or c and the clauses before it that begin the same list of figures).
func (b *factBuilder) clauseFacts(fs *factSentence, c, hc [2]int, here []int, prev []Fact) []Fact {
	durations, others := b.durations[:0], b.others[:0]
	defer func() { b.durations, b.others = durations, others }()
	for _, fi := range here {
		if f := b.figs[fi]; f.Kind == figures.KindDuration && len(here) > 1 && baselinePoint(fs, b.src, f) {
			continue // 1년 전보다 2만5천명 줄었다: the time compared with, no period and no fact
		}
		// A sentence's term (징역 10월) is the penalty itself, not the time another figure took.
		if f := b.figs[fi]; f.Kind == figures.KindDuration && !penalty(fs, fs.wordAt(f.Start)) && !ownDuration(fs, f) {
			durations = append(durations, fi)
		} else {
			others = append(others, fi)
		}
	}
	out := b.out[:0]
	defer func() { b.out = out }()
	b.naming = namingClause(fs, hc)
	period := -1
	switch {
	case len(others) == 0:
		// A duration alone: a parallel clause that repeats the previous fact's measure, the
		// setting of the sentence's later clauses (3주 뒤 … 무게는 25mg 미만으로), else a
		// length of time stated of its own (155일 만에 돌아왔다).
		if f, ok := b.parallel(fs, c, durations[0], prev); ok {
			return append(out, f)
		}
		if b.setting < 0 && settingAhead(fs, c, durations[0], b) {
			b.setting = durations[0]
			return out
		}
		others, durations = durations, nil
	case len(durations) > 0 && !allDurations(b.figs, others) && describedHolder(fs, b.figs[durations[0]], b.figs[others[0]]) >= 0:
		// 30년 넘게 농사를 지어온 백씨는 농민 120여명과 함께: a duration in a relative clause
		// closed before the holder it describes tells how long the holder did that, no period
		// of the figures the holder's own clause gives; it is a fact of its own, the holder's.
		others = append(others, durations...)
	case len(durations) > 0 && !allDurations(b.figs, others):
		period = durations[0]
	case len(durations) > 0:
		// 임기 2년이 보장된 … 정직 2개월: a length of time is no period of another (a term, a
		// penalty); each is a fact of its own.
		others = append(others, durations...)
	case b.setting >= 0:
		period = b.setting
	}
	for _, fi := range others {
		fig := b.figs[fi]
		w := fs.wordAt(fig.Start)
		fact := Fact{Value: fig.Value, Unit: fig.Unit, Qualifier: fig.Qualifier, Sentence: fs.index}
		switch {
		case period >= 0 && fig.Kind != figures.KindDuration:
			fact.Figures = b.figList(fi, period) // the figure, then its period's
			fact.Period = b.period(period)
		case fig.Kind == figures.KindDuration:
			fact.Figures = b.figList(fi) // 1년에 25억 원씩 총 5년을: the rate is the sum's, not the term's
		default:
			fact.Figures = b.figList(fi)
			fact.Period = rateIn(fs, c, fig)
		}
		measureWord := -1
		fact.Measure, measureWord = b.measure(fs, c, w, fig)
		if s, ok := b.shareRestated(fi, out, prev); ok {
			fact.Subject = s
		} else if s, k := b.bracketOwner(fs, fig); s != "" {
			fact.Subject = s
			if measureWord >= 0 && measureWord <= k {
				fact.Measure = "" // 아내 이은경(37세): the noun before the bracket is the holder
			}
			// A note in brackets is an aside: 이는 and 이들 later point past it, to the
			// statement and the group of the sentence itself.
			out = append(out, fact)
			continue
		} else if k := describedHolder(fs, fig, b.figs[others[0]]); fig.Kind == figures.KindDuration && period < 0 && len(durations) > 0 && k >= 0 {
			fact.Subject = b.name(b.extend(fs, hc[0], k)) // the holder the duration's relative clause describes
		} else {
			fact.Subject = b.respondents(b.holder(fs, hc, w, fig, measureWord), fig, fs.index)
			fact.Subject = b.ownerOfMeasure(fact.Subject, fact.Measure, fs.index)
		}
		if teamNouns[fact.Subject] {
			if t := b.teamOf(fs); t != "" {
				fact.Subject = t
			}
		}
		if fact.Subject == "" {
			continue
		}
		if fig.Kind == figures.KindRank && strings.HasPrefix(fact.Measure, fact.Subject) || fact.Measure != "" && (strings.HasPrefix(fact.Subject, fact.Measure+" ") || fact.Subject == fact.Measure) {
			// 1위 사라(1959년), 69살 최 아무개: the noun after the figure holds it, and is no
			// measure of it.
			fact.Measure = ""
		}
		if fig.Unit == "명" && b.article != "" && countedPeople(fact.Subject) && fact.Measure == "" {
			// 사망자는 17명, 확진자는 1,060명이 확인되었고: the dead or the infected are what is
			// counted, for what the article is about (코로나19, 태풍 차바).
			fact.Measure, fact.Subject = fact.Subject, b.article
		}
		fact.Comparison = b.comparison(fs, c, w, fig)
		switch {
		case fig.Unit == "명" && fact.Measure != "":
			b.group = fact.Measure // 대학생 1448명: the group 이들 stands for
		case fig.Unit == "명":
			b.group = fact.Subject // 응답자는 941명
		case (fig.Kind == figures.KindPercent || fig.Kind == figures.KindFraction) && b.labelled(fs, fig) == "":
			b.lastWhole, b.lastWholeSentence = fact.Subject, fs.index
		}
		if b.lastSentence != fs.index {
			b.lastSentence, b.lastMixed = fs.index, false
		} else if fact.Subject != b.lastHolder {
			b.lastMixed = true
		}
		if b.placeInList(fs, w) == "" {
			b.lastHolder = fact.Subject // a place of a list (해역에서 18회) is no statement's subject for 이는
		}
		out = append(out, fact)
	}
	if k := respectively(fs, hc); k > 0 {
		end := c[1]
		for end < len(fs.words) && fs.figWords[end] {
			end++ // 3위, 5위를: the list of figures goes on into the next clause
		}
		parts, first, last := b.listBefore(fs, k)
		out = b.distribute(fs, out, parts, first, last, k, end)
	}
	return out
}

// respectively returns the index of the word 각각 (or 각기) in the words of clause c, else -1.
func respectively(fs *factSentence, c [2]int) int {
	for i := c[0]; i < c[1]; i++ {
		if t := fs.words[i].toks; len(t) == 1 && (t[0].Surface == "각각" || t[0].Surface == "각기") {
			return i
		}
	}
	return -1
}

// listBefore returns the members of the list that is the topic or subject right before word k
// (링크트인과 페이스북이 각각, 예스24와 알라딘, 교보문고는 각각), each as written, and the words of
// its first and last members; fewer than two members when there is no list. A member is a noun
// phrase: the bare nouns before a member's last word are its own (오천원권과 만원권 지폐는 각각);
// and a list in X의 before an attribute is the list whose attribute each figure measures
// (새마을호, 무궁화호, 화물열차의 운행률은 각각 75%, 68%, 34%).
func (b *factBuilder) listBefore(fs *factSentence, k int) (members []string, first, last int) {
	i := k - 1
	if i < 0 || fs.nps[i].marker() != "topic" || fs.figWords[i] {
		return nil, -1, -1
	}
	if isAttribute(fs.nps[i].head()) && i > 0 && !fs.figWords[i-1] && len(fs.nps[i-1].nouns) > 0 && len(fs.nps[i-1].rest) == 1 &&
		tokenize.FirstTag(fs.nps[i-1].rest[0].POS) == "JKG" {
		i--
	}
	last = i
	member := core(b.src, fs.nps[i].nouns)
	j := i - 1
	for ; j >= 0 && !fs.figWords[j] && fs.nps[j].bare() && !strings.HasSuffix(b.src[fs.words[j].Start:fs.words[j].End], ","); j-- {
		member = b.src[fs.words[j].Start:fs.words[j].End] + " " + member
	}
	members = []string{member}
	first = j + 1
	for ; j >= 0 && !fs.figWords[j]; j-- {
		e := fs.words[j]
		text := b.src[e.Start:e.End]
		switch {
		case strings.HasSuffix(text, ","):
			text = strings.TrimSuffix(text, ",") // 알라딘,
		case strings.HasSuffix(text, "와") || strings.HasSuffix(text, "과"):
			if !conjunct(fs.nps[j]) && len(fs.nps[j].rest) == 0 {
				return reverse(members), first, last // a noun ending in 과 (사과), not a conjunct
			}
			_, size := utf8.DecodeLastRuneInString(text)
			text = text[:len(text)-size] // 링크트인과, however the tokenizer cut it
		default:
			return reverse(members), first, last
		}
		if text == "" {
			return reverse(members), first, last
		}
		members = append(members, text)
		first = j
	}
	return reverse(members), first, last
}

// reverse reverses s in place (slices.Reverse) and returns it, for the returns above.
func reverse(s []string) []string {
	slices.Reverse(s)
	return s
}

// distribute shares out the facts of a clause with 각각 at word k among the members of the list
// before it: X와 Y가 각각 3위, 5위를 차지 gives 3위 to X and 5위 to Y (as many figures after 각각,
// up to word end, as members, in order); X와 Y는 각각 500만원의 과태료를 gives the one figure, one
// fact, to the whole list as written, from the word of its first member to that of its last.
func (b *factBuilder) distribute(fs *factSentence, facts []Fact, parts []string, first, last, k, end int) []Fact {
	if len(facts) == 0 || len(parts) < 2 {
		return facts
	}
	for _, f := range facts {
		if !strings.Contains(f.Subject, parts[len(parts)-1]) {
			return facts // the facts are not the list's
		}
	}
	var listed []int // the figures after 각각, in order
	for fi, f := range b.figs {
		if w := fs.wordAt(f.Start); w > k && w < end {
			listed = append(listed, fi)
		}
	}
	switch {
	case len(listed) == len(parts):
		for n := range facts {
			for r, fi := range listed {
				if facts[n].Figures[0] == fi {
					facts[n].Subject = parts[r]
				}
			}
		}
		return facts
	case len(listed) == 1 && len(facts) == 1:
		// One figure is one fact: its holder is the whole list as written.
		facts[0].Subject = b.src[fs.words[first].Start:fs.nps[last].nouns[len(fs.nps[last].nouns)-1].End]
	}
	return facts
}

// ownerOfMeasure returns the holder of a fact whose holder, as found, names its measure: an
// attribute (지지율, 보급률, 공정률) is what is measured and never whose it is, so in X Y with Y
// the measure the owner is X, written before it (朴대통령 국정지지율 49.9%: 朴대통령); and the
// attribute alone leaves the fact to the topic carried on from the sentences before, or to what
// the article is about (대한민국, 공공하수도보급률 90.9%: 대한민국). Other holders are returned
// as they are.
func (b *factBuilder) ownerOfMeasure(subject, measure string, sentence int) string {
	if measure == "" || subject == "" {
		return subject
	}
	head := measure[strings.LastIndexByte(measure, ' ')+1:]
	attribute := isAttribute(head) && !subjectStops[head] && !modifierNouns[head]
	if !attribute {
		return subject
	}
	if owner, ok := strings.CutSuffix(subject, " "+measure); ok {
		return owner
	}
	if subject != measure {
		return subject
	}
	if b.last.np != "" && b.last.np != measure && !b.last.person && sentence-b.last.sentence <= 2 {
		return b.last.np
	}
	if b.article != measure {
		return b.article
	}
	return ""
}

// countedPeople reports a noun phrase that names people by what befell them (사망자, 누적
// 사망자, 신규 확진자, 실종자): counted, they are a measure, not a holder.
func countedPeople(s string) bool {
	for _, suf := range [...]string{"사망자", "부상자", "실종자", "사상자", "희생자", "확진자", "중상자", "경상자", "이재민", "감염자", "완치자", "격리자"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// shareRestated returns the holder of the share that figure fi counts again in people or
// things: a count in brackets right after a share (65.8%(2,711명)) or joined to it by 에
// 해당하는 or 인 (72.8%에 해당하는 1054명, 3.3%인 175개) is the same part of the same whole, so it
// has the share's holder; a share in brackets right after a count (76명(66.7%)) has the count's. out and prev are the facts made so far, the share's among them.
func (b *factBuilder) shareRestated(fi int, out, prev []Fact) (string, bool) {
	if fi == 0 {
		return "", false
	}
	if same := b.figs[fi].SameAs; same >= 0 && same < fi {
		// 1만6천엔(한화 약 16만), 1억 달러(약 1300억원): the same amount in another currency.
		if s, ok := lastFactOf(same, out, prev); ok {
			return s, true
		}
	}
	share, f := b.figs[fi-1], b.figs[fi]
	if count := share; f.Kind == figures.KindPercent && count.Kind == figures.KindCount && b.src[count.End:f.Start] == "(" {
		// 충돌 76명(66.7%), ICT 출신 13명(48%): the share in brackets restates the count.
		return lastFactOf(fi-1, out, prev)
	}
	if ratio := func(k string) bool { return k == figures.KindPercent || k == figures.KindFraction }; ratio(f.Kind) && ratio(share.Kind) && share.End <= f.Start {
		// 응답자 절반 이상인 56%: the copula's adnominal says the share is the one said before
		// it, of the same whole.
		between := strings.Fields(b.src[share.End:f.Start])
		if len(between) == 2 && qualifierNouns[between[0]] {
			between = between[1:] // 절반 이상 인
		}
		if len(between) == 1 && (between[0] == "인" || qualifierNouns[strings.TrimSuffix(between[0], "인")]) {
			return lastFactOf(fi-1, out, prev)
		}
	}
	if f.Kind != figures.KindCount || share.Kind != figures.KindPercent || share.End > f.Start || f.Start-share.End > len("에 해당하는 ") {
		return "", false
	}
	switch b.src[share.End:f.Start] {
	case "(", "에 해당하는 ", "인 ":
	default:
		return "", false
	}
	return lastFactOf(fi-1, out, prev)
}

// lastFactOf returns the holder of the fact of figure fi among the last facts made (out, then
// prev).
func lastFactOf(fi int, out, prev []Fact) (string, bool) {
	for _, facts := range [...][]Fact{out, prev} {
		for k := len(facts) - 1; k >= 0 && k >= len(facts)-3; k-- {
			if facts[k].Figures[0] == fi {
				return facts[k].Subject, true
			}
		}
	}
	return "", false
}

// parallel repeats the previous fact for the subject of a clause that gives only a duration
// (넷플릭스도 100만 사용자를 확보하는 데 3년이 걸렸다 … 챗GPT는 5일): the same measure, the new
// subject, this duration as its period.
func (b *factBuilder) parallel(fs *factSentence, c [2]int, d int, prev []Fact) (Fact, bool) {
	if len(prev) == 0 {
		return Fact{}, false
	}
	last := prev[len(prev)-1]
	subj := b.topicIn(fs, c[0], c[1], false)
	if last.Period == nil || subj == "" || subj == last.Subject || fs.index-last.Sentence > 1 {
		return Fact{}, false
	}
	f := last
	f.Subject = subj
	f.Period = b.period(d)
	f.Figures = b.figList(last.Figures[0], d)
	f.Sentence = fs.index
	f.Comparison = ""
	return f, true
}

// period turns a duration figure into a Period.
func (b *factBuilder) period(fi int) *Period {
	f := b.figs[fi]
	return &Period{Value: f.Value, Unit: f.Unit, Qualifier: f.Qualifier}
}

// rateWords are the words that make a figure a rate per unit of time (매월 1회, 연간 300만 명).
var rateWords = map[string]Period{
	"매월": {Value: 1, Unit: "개월"}, "매달": {Value: 1, Unit: "개월"}, "월간": {Value: 1, Unit: "개월"},
	"매년": {Value: 1, Unit: "년"}, "매해": {Value: 1, Unit: "년"}, "연간": {Value: 1, Unit: "년"},
	"해마다": {Value: 1, Unit: "년"}, "매일": {Value: 1, Unit: "일"}, "날마다": {Value: 1, Unit: "일"},
	"하루에": {Value: 1, Unit: "일"}, "매주": {Value: 1, Unit: "주"}, "주간": {Value: 1, Unit: "주"},
}

// unitTimes are the nouns of one unit of time a rate is given per with 에 (하루에, 일주일에).
var unitTimes = map[string]Period{"하루": {Value: 1, Unit: "일"}, "일주일": {Value: 1, Unit: "주"}, "한달": {Value: 1, Unit: "개월"}, "한해": {Value: 1, Unit: "년"}}

// settingAhead reports a duration alone in its clause that sets the time of a later clause
// of the sentence with a figure (3주 뒤 쥐의 고환 크기는 더욱 감소했으며 무게는 25mg 미만으로
// 줄어들었다): N 뒤, N 후, N 만에 at the head of the sentence.
func settingAhead(fs *factSentence, c [2]int, d int, b *factBuilder) bool {
	w := fs.wordAt(b.figs[d].Start)
	if w != c[0] || c[0] != 0 {
		return false
	}
	rest := b.src[b.figs[d].End:min(len(b.src), b.figs[d].End+8)]
	if !strings.HasPrefix(rest, " 뒤") && !strings.HasPrefix(rest, " 후") && !strings.HasPrefix(rest, "만에") && !strings.HasPrefix(rest, " 만에") {
		return false
	}
	for _, f := range b.figs {
		if f.Start >= fs.words[c[1]-1].End && f.End <= fs.words[len(fs.words)-1].End && f.Kind != figures.KindDuration {
			return true
		}
	}
	return false
}

// speedPeriods are the units of time a speed is given per (시속 60km: per hour).
var speedPeriods = map[string]Period{"㎞/h": {Value: 1, Unit: "시간"}, "m/s": {Value: 1, Unit: "초"}}

// unitRates are the words of one unit of time written before a rate (연 3.5%, 월 2,500원, 주 5일).
var unitRates = map[string]Period{"연": {Value: 1, Unit: "년"}, "월": {Value: 1, Unit: "개월"}, "주": {Value: 1, Unit: "주"}}

// rateIn returns the per-time rate a clause gives its figure (매월, 연간, 1년에; a speed's hour),
// or nil.
func rateIn(fs *factSentence, c [2]int, fig figures.Figure) *Period {
	if p, ok := speedPeriods[fig.Unit]; ok {
		return &p
	}
	for i := c[0]; i < c[1]; i++ {
		w := fs.words[i]
		if len(w.toks) == 1 {
			if p, ok := rateWords[w.toks[0].Surface]; ok {
				return &p
			}
		}
		// 하루에 100그릇, 일주일에 두 번: one unit of time with 에 before the figure.
		if len(w.toks) == 2 && w.toks[1].Surface == "에" && tokenize.FirstTag(w.toks[1].POS) == "JKB" && w.End <= fig.Start {
			if p, ok := unitTimes[w.toks[0].Surface]; ok {
				return &p
			}
		}
		// 연 3.5%, 월 2,500원: 연 or 월 alone right before the figure.
		if i+1 < c[1] && fs.words[i+1].Start == fig.Start && len(w.toks) == 1 {
			if p, ok := unitRates[w.toks[0].Surface]; ok {
				return &p
			}
		}
		// 1년에 두 번, 일주일에 (일/NR 주일/NNBC): one unit of time with 에 before another figure.
		toks := w.toks
		if len(toks) == 3 && tokenize.FirstTag(toks[2].POS) == "JKB" && toks[2].Surface == "에" &&
			(tokenize.FirstTag(toks[0].POS) == "SN" && toks[0].Surface == "1" || tokenize.FirstTag(toks[0].POS) == "NR" && toks[0].Surface == "일") {
			switch toks[1].Surface {
			case "년", "개월", "일", "주", "시간":
				return &Period{Value: 1, Unit: toks[1].Surface}
			case "주일": // 1주일에 1인당 3개: a week written 주일
				return &Period{Value: 1, Unit: "주"}
			}
		}
	}
	return nil
}

// describedHolder returns the word of the topic or subject (no attribute) that a relative
// clause holding the duration d describes, when the clause closes (an adnominal verb ending,
// -ㄴ/-은/-는) right before it and before the figure f (30년 넘게 농사를 지어온 백씨는 … 120여명과:
// 백씨는); else -1.
func describedHolder(fs *factSentence, d, f figures.Figure) int {
	dw, fw := fs.wordAt(d.End-1), fs.wordAt(f.Start)
	if dw < 0 || fw <= dw {
		return -1
	}
	for k := dw; k+1 < fw; k++ {
		toks := fs.words[k].toks
		if !strings.Contains(toks[len(toks)-1].POS, "ETM") {
			continue
		}
		if np := fs.nps[k+1]; np.marker() == "topic" && !fs.figWords[k+1] && !isAttribute(np.nouns[len(np.nouns)-1].Surface) {
			return k + 1
		}
		return -1
	}
	return -1
}

// allDurations reports figures that are all lengths of time (a term, a penalty, a duration of
// its own).
func allDurations(figs []figures.Figure, fis []int) bool {
	for _, fi := range fis {
		if figs[fi].Kind != figures.KindDuration {
			return false
		}
	}
	return true
}

// teamNouns name the side a person plays or works for without naming it (팀의 3연승, 소속팀의
// 4연패 탈출).
var teamNouns = map[string]bool{"팀": true, "소속팀": true, "소속 팀": true}

// teamOf returns the side that the sentence names as the owner of the person who is its topic or
// subject (토트넘 홋스퍼의 손흥민이 멀티골을 터뜨리며 팀의 3연승을 이끌었다: 토트넘 홋스퍼): 팀
// said of a person is the team that X의 before the person already named, whose the figure is;
// "" when the sentence names none.
func (b *factBuilder) teamOf(fs *factSentence) string {
	for i := 1; i < len(fs.words); i++ {
		np, o := fs.nps[i], fs.nps[i-1]
		// (토트넘 홋스퍼의: a word the tagger cannot read, ending in the genitive 의, is a name
		// with 의 all the same.)
		unread := len(fs.words[i-1].toks) == 1 && fs.words[i-1].toks[0].POS == "UNKNOWN" && strings.HasSuffix(fs.words[i-1].toks[0].Surface, "의") &&
			utf8.RuneCountInString(fs.words[i-1].toks[0].Surface) > 2
		if np.marker() != "topic" || fs.figWords[i-1] || !unread && (len(o.nouns) == 0 || len(o.rest) != 1 || tokenize.FirstTag(o.rest[0].POS) != "JKG") {
			continue
		}
		if !b.isPerson(core(b.src, np.nouns), np) && !b.isPerson(b.topicAt(fs, 0, i, -1, false), np) {
			continue
		}
		if unread {
			j := i - 1
			for j-1 >= 0 && fs.nps[j-1].bare() && !fs.figWords[j-1] && !endsClause(fs.words[j-1]) {
				j--
			}
			return strings.TrimSuffix(b.src[fs.words[j].Start:fs.words[i-1].End], "의")
		}
		return b.name(b.extend(fs, 0, i-1))
	}
	return ""
}

// baselinePoint reports a duration that, with 전 after it, names the earlier time another figure
// is compared with (1년 전보다, 4주 전(10.6명)보다, 1년 전에 비해): a point in time, neither
// the period of the figure nor a length stated of its own.
func baselinePoint(fs *factSentence, src string, f figures.Figure) bool {
	w := fs.wordAt(f.End - 1)
	if w < 0 || w+1 >= len(fs.words) || fs.words[w].End != f.End {
		return false
	}
	next := src[fs.words[w+1].Start:fs.words[w+1].End]
	if !strings.HasPrefix(next, "전") {
		return false
	}
	if strings.Contains(next, "보다") || strings.HasSuffix(next, "대비") { // (2주 전보다는)
		return true
	}
	return w+2 < len(fs.words) && strings.HasPrefix(src[fs.words[w+2].Start:fs.words[w+2].End], "비해")
}
