package quotes

import (
	"github.com/gisa-nlp/gisa/entities"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
	"github.com/gisa-nlp/gisa/tokenize"
)

// connectives open a sentence without belonging to what it reports.
var connectives = map[string]bool{
	"또": true, "또한": true, "특히": true, "이어": true, "이어서": true, "이에": true, "한편": true,
	"아울러": true, "나아가": true, "덧붙여": true, "다만": true, "하지만": true, "그러나": true,
	"그리고": true, "따라서": true, "이처럼": true, "결국": true, "실제로": true, "그러면서": true,
	"게다가": true, "더불어": true, "반면": true, "반면에": true, "그래서": true, "즉": true, "물론": true, "그런데": true, "이밖에": true, "그러자": true,
	"마지막으로": true, "그럼에도": true, "이때문에": true, "그래도": true,
}

// timeRelation words make a date part of the clause they open (1962년 이래, 3년 만에).
var timeRelation = map[string]bool{"이래": true, "이후": true, "이전": true, "전": true, "후": true, "동안": true, "만에": true, "당시": true, "때": true, "부터": true}

// contrastive connectives open the reporter's own point, not a speaker's continuation.
var contrastive = map[string]bool{"그러나": true, "하지만": true, "반면": true, "반면에": true, "그런데": true}

// impersonal predicates report a view without a source: …는 지적이 나왔다 (쏟아졌다,
// 이어졌다, 확산됐다, 퍼졌다). 받다 is one too: whoever receives a view (…했다는 평가를
// 받았다, …라는 비판을 받고 있다) is what it is about, not who holds it, and so is whoever
// hears one (…다는 평을 들었다: 들, the dictionary's stem of 들었다; but news heard, 소식이
// 들려왔다, 소식을 듣고, is an event known, like 알려졌다, not speech).
var impersonal = map[string]bool{"나오": true, "확산되": true, "퍼지": true, "듣": true, "들": true, "빗발치": true, "접수되": true, "쏟아지": true, "이어지": true, "들어오": true, "생기": true, "제기되": true, "일": true, "있": true, "나타나": true, "잇따르": true, "높": true, "많": true, "받": true}

// ownSubject is the first subject or topic outside quotes in words [a, b) when it names an
// entity the recogniser found, or is a topic (은/는) that can name a speaker (연구자들은): the
// subject of the reporting verb after a source frame; -1 if none.
func (d *doc) ownSubject(a, b int) int {
	for k := a; k < b && k < a+4; k++ {
		if d.words[k].inQ {
			continue
		}
		if d.isSubjectWord(k) {
			if p := d.npBefore(k); p.from >= a && (d.entityAt(p.Span) != nil || d.isTopic(k) && d.plausible(p) || d.holder(p)) {
				return k
			}
			return -1
		}
	}
	return -1
}

// nameWithTopic reports a word that is a name followed by 는 (벨라는, 칼라는): a topic, not a
// clause ending in the quotative 라는. A name the recogniser knows, or a word of two syllables
// opening its sentence.
func (d *doc) nameWithTopic(i int) bool {
	w := &d.words[i]
	c := w.clean()
	if !strings.HasSuffix(c, "는") {
		return false
	}
	stem := stripMarks(c[:len(c)-len("는")])
	if stem == "" {
		return false
	}
	if i == d.sents[d.words[i].sent][0] && utf8.RuneCountInString(strings.TrimSuffix(stem, "라")) <= 1 {
		return true // 벨라는 opening a sentence: a name and 는; no clause is one syllable
	}
	if d.nameWords == nil {
		// the names of people and organisations, and the last word of each (벨라 포치 …
		// 포치는), gathered once
		d.nameWords = map[string]bool{}
		for ei := range d.ents {
			if e := &d.ents[ei]; e.Type == "PERSON" || e.Type == "ORGANIZATION" {
				d.nameWords[e.Name] = true
				if sp := strings.LastIndexByte(e.Name, ' '); sp >= 0 {
					d.nameWords[e.Name[sp+1:]] = true
				}
			}
		}
	}
	return d.nameWords[stem]
}

// topicBefore reports a topic (은/는) outside quotes in words [a, b).
func (d *doc) topicBefore(a, b int) bool {
	for j := a; j < b; j++ {
		if !d.words[j].inQ && d.isTopic(j) && !d.isSourceTopic(j) {
			return true
		}
	}
	return false
}

// pointingPair reports two words that point back to what was said before and frame the
// report after them (이와 함께, 이에 따라, 이에 대해, 이와 관련해, 이에 관해).
func pointingPair(a, b string) bool {
	switch a {
	case "이와":
		return b == "함께" || b == "관련해" || b == "관련하여"
	case "이에":
		return b == "따라" || b == "대해" || b == "대해서는" || b == "관해"
	}
	return false
}

// clauseStart is the first word of the reported clause in [from, to): past connectives, dates
// and frame adverbials set off by a comma (…분주한 가운데, / 백 대표에 따르면,).
func (d *doc) clauseStart(from, to int) int {
	i := from
	for i < to {
		w := &d.words[i]
		c := w.clean()
		if i+1 < to && pointingPair(c, d.words[i+1].clean()) {
			i += 2 // 이와 함께, 이에 따라, 이에 대해, 이와 관련해: the frame pointing back
			continue
		}
		if d.isDateWord(i) && i+1 < to && timeRelation[d.words[i+1].clean()] {
			break // 1962년 이래 …: the date belongs to the clause
		}
		if connectives[c] || d.isDateWord(i) || (len(w.toks) > 0 && tokenize.FirstTag(w.toks[0].POS) == "MAJ" && len(w.toks) == 1) {
			i++
			continue
		}
		break
	}
	depth := 0 // brackets open after word k: a comma inside them (…(프린스턴대 교수, 65)을) ends no clause
	for k := to - 1; k >= i; k-- {
		w := &d.words[k]
		depth += strings.Count(w.text, ")") - strings.Count(w.text, "(")
		if depth > 0 {
			continue
		}
		if c := w.clean(); k < to-1 && !w.inQ && w.isPredicate() && (strings.HasSuffix(c, "며") || strings.HasSuffix(c, "면서")) && !d.hasMark(k) {
			// …라는 단어를 제시하며 [연구개발을 …]고: a reporting act of the speaker's own
			// (a quote's own chain, “…”며, is handled by the floor)
			if _, ok := verbStance(w.stem()); ok {
				return k + 1
			}
		}
		if !strings.HasSuffix(w.text, ",") {
			continue
		}
		c := w.clean()
		t := w.lastTok()
		if alsoWord(c) && k > i && d.isSubjectWord(k) {
			continue // 일본인들 역시, …: 역시 after a noun marks its subject, it is no connective
		}
		if strings.HasSuffix(c, "가운데") && d.topicBefore(i, k) {
			continue // 위원회는 …이 참석한 가운데, …를 열고 촉구했다: the topic speaks over it
		}
		if strings.HasSuffix(c, "가운데") || c == "따르면" || c == "의하면" || strings.HasSuffix(c, "인용해") ||
			(t != nil && (tokenize.FirstTag(t.POS) == "JKB" || tokenize.FirstTag(t.POS) == "NNB" && t.Surface != "등" || tokenize.FirstTag(t.POS) == "MAJ" || connectives[c])) {
			return k + 1
		}
	}
	return i
}

// reportedFrom is where a reported clause that ends at word i starts, from word start on: past
// the floor (the clause already reported), past connectives, dates and frame adverbials
// (clauseStart) and past a citing clause (pastCiting).
func (d *doc) reportedFrom(start, i int) int {
	return d.pastCiting(d.clauseStart(max(start, d.floor), i), i)
}

// afterLast is the word after the last word in [a, i-1) outside quotes that closes, or a when
// there is none: where a clause ending at word i starts past what comes before it.
func (d *doc) afterLast(a, i int, closes func(w *word) bool) int {
	for k := i - 1; k > a; k-- {
		if w := &d.words[k-1]; !w.inQ && closes(w) {
			return k
		}
	}
	return a
}

// afterNarration is the first word after the last clause in [a, i) closed by a connective and a
// comma (…했지만, …옮겼는데, …곳이었고,): a view that arises with no one named (…는 비판이
// 쏟아졌다) holds only the clause its noun takes; what the sentence narrates before it is the
// writer's. a when there is none.
func (d *doc) afterNarration(a, i int) int {
	return d.afterLast(a, i, func(w *word) bool {
		return strings.HasSuffix(w.text, ",") && w.isPredicate() && narrationEnd(w.clean())
	})
}

// pastCiting is the first word of a reported clause in [start, i) after a phrase naming the
// source it cites (정부 관계자를 인용해 사망자가 …넘었다고 보도했다: the citing is the setting
// of the report, not what is reported), or start when there is none.
func (d *doc) pastCiting(start, i int) int {
	return d.afterLast(start, i, func(w *word) bool { return citing(w.clean()) })
}

// citing reports the verb of citing in its connective form (인용해, 인용하여, 인용해서), which
// closes the phrase naming a report's source.
func citing(c string) bool {
	return c == "인용해" || c == "인용하여" || c == "인용해서"
}

// indirectCut is how many bytes of the complementizer ending word w to cut: 고 of 다고,
// 라고 of 처음이라고, 며 of 다며. 0 when w ends with no quotative complementizer.
func indirectCut(w *word) (cut int, chain bool) {
	c := w.clean()
	// Each complementizer below ends in one of these syllables, and most words in another:
	// those are settled without trying the suffixes one by one. (A suffix ending in syllable
	// S is the word's last three bytes exactly when they encode S.)
	switch utf8fast.Syllable(c, max(0, len(c)-3)) {
	case '고', '도', '만', '지', '라', '며', '서':
	default:
		return 0, false
	}
	copula := func(suffix string) bool {
		// is the 라 of 라고/라며 the copula's (처음이라고) rather than an imperative (하라고)?
		for k := len(w.toks) - 1; k >= 1; k-- {
			if strings.HasPrefix(w.toks[k].Surface, suffix[:3]) || strings.HasSuffix(w.toks[k].Surface, suffix) {
				tg := tokenize.FirstTag(w.toks[k-1].POS)
				// (‘리설주’라고: a closing mark after a noun in marks)
				// (아니라고: 아니다, the negative copula, as 이다)
				return tg == "VCP" || tg == "VCN" || strings.HasPrefix(tg, "N") || tg == "SY" && k >= 2 && strings.HasPrefix(tokenize.FirstTag(w.toks[k-2].POS), "N")
			}
		}
		return false
	}
	switch {
	case strings.HasSuffix(c, "다고도"), strings.HasSuffix(c, "냐고도"):
		return len("고도"), false // …했다고도 말했다
	case strings.HasSuffix(c, "다고만"):
		return len("고만"), false // …했다고만 밝혔다
	case strings.HasSuffix(c, "다고까지"), strings.HasSuffix(c, "냐고까지"):
		return len("고까지"), false // …하겠다고까지 말했다: 까지 on the quotative 고, as 도 and 만
	case strings.HasSuffix(c, "라고까지"):
		if copula("라고") {
			return len("라고까지"), false
		}
		return len("고까지"), false
	case strings.HasSuffix(c, "라고만"):
		if copula("라고") {
			return len("라고만"), false // ‘여러 대’라고만 보고하였다
		}
		return len("고만"), false
	case strings.HasSuffix(c, "라고도"):
		if copula("라고") {
			return len("라고도"), false // …것이라고도 했다
		}
		return len("고도"), false // …채워달라고도 요청했다
	case strings.HasSuffix(c, "다라고"):
		return len("라고"), false // …가져 왔다라고 말했다: 다고 written with 라
	case strings.HasSuffix(c, "다고"), strings.HasSuffix(c, "냐고"), strings.HasSuffix(c, "자고"):
		return len("고"), false
	case strings.HasSuffix(c, "라고"):
		if copula("라고") {
			return len("라고"), false
		}
		return len("고"), false
	case strings.HasSuffix(c, "것이라") && copula("라"):
		// …하지 않을 것이라 알렸다: the quotative 라고 shortened to 라 after the copula (the
		// frame must still be a verb of saying)
		return len("라"), false
	case strings.HasSuffix(c, "다며"), strings.HasSuffix(c, "냐며"), strings.HasSuffix(c, "자며"):
		return len("며"), true // (…쓰냐며 반박하였고: asking whether; …하자며: proposing)
	case strings.HasSuffix(c, "다면서"), strings.HasSuffix(c, "냐면서"), strings.HasSuffix(c, "자면서"):
		return len("면서"), true
	case strings.HasSuffix(c, "라며"):
		if copula("라며") {
			return len("라며"), true
		}
		return len("며"), true
	case strings.HasSuffix(c, "라면서"):
		// (…위기라면서, …받으라면서: 라며 written 라면서, as 다며 is 다면서)
		if copula("라면서") {
			return len("라면서"), true
		}
		return len("면서"), true
	}
	return 0, false
}

// quotativeETM is how many bytes of a quotative modifier ending word w to cut (는 of 다는, 라는
// of 상태라는, 이란 of 것이란), 0 when w does not end with one.
func quotativeETM(w *word) int {
	c := w.clean()
	if r := utf8fast.Syllable(c, max(0, len(c)-3)); r != '는' && r != '란' {
		return 0 // every modifier below ends in 는 or 란
	}
	switch {
	case strings.HasSuffix(c, "다는"), strings.HasSuffix(c, "냐는"), strings.HasSuffix(c, "자는"):
		return len("는")
	case strings.HasSuffix(c, "이라는"):
		return len("이라는")
	case strings.HasSuffix(c, "라는"):
		if len(w.toks) >= 2 && w.toks[len(w.toks)-1].Surface == "라는" {
			if tg := tokenize.FirstTag(w.toks[len(w.toks)-2].POS); tg == "XSV" || tg == "VV" || tg == "VX" {
				return len("는") // 하라는, 수사해 달라는: a verb's imperative 라 stays in what is said
			}
		}
		return len("라는")
	case strings.HasSuffix(c, "이란"):
		return len("이란")
	case strings.HasSuffix(c, "란") && len([]rune(c)) >= 2:
		return len("란")
	}
	return 0
}

// hasMark reports whether word i holds a quote mark.
func (d *doc) hasMark(i int) bool {
	text := d.words[i].text
	// Every mark is ASCII or starts with byte E2 or E3: most words need no decoding.
	for k := 0; k < len(text); k++ {
		switch text[k] {
		case '"', '\'', '`', 0xE2, 0xE3:
			return strings.IndexFunc(text, isQuoteMark) >= 0
		}
	}
	return false
}

// closesTerm reports a word that closes a term in single marks glued to a complementizer
// (…동행한 인물이 부인인 ‘리설주’라고 전했다, ‘여러 대’라고만 보고하였다) when the term was
// not taken as a quote: the marks set off a name or a phrase inside the reported clause.
func (d *doc) closesTerm(i int) bool {
	w := &d.words[i]
	if !d.hasMark(i) {
		return false
	}
	found := false
	for _, r := range d.regs {
		if r.Open >= w.End {
			break
		}
		if r.Close < w.Start || r.Close >= w.End {
			continue
		}
		if !isSingle(r.Mark) || r.Close-r.Open > maxTermBytes || r.Open < w.Start && d.wordAt(r.Open) < i-1 {
			return false // (a term of two words at most: ‘여러 대’, not a survey's answer)
		}
		if d.takenAsQuote(r) {
			return false
		}
		found = true
	}
	return found
}

// maxTermBytes bounds a term in single marks (‘리설주’, ‘여러 대’): longer is a quote.
const maxTermBytes = 60

// indirect finds reported speech in sentence s.
func (d *doc) indirect(s int) {
	a, b := d.sents[s][0], d.sents[s][1]
	// X에 따르면: the source of the sentence
	var source *Speaker
	srcAt := -1
	for i := a + 1; i < b; i++ {
		if d.sourceFrameAt(i) {
			source = d.sourceBefore(a, i)
			srcAt = i
			break
		}
	}
	found := false
	d.floor = a
	if srcAt >= 0 {
		// 보도에 의하면 A(으)며, Y는 B라고 주장했다: the source reports the clauses up to the one
		// whose own topic speaks for itself
		if k := d.sourceClauseEnd(srcAt, b); k > 0 {
			st := d.words[srcAt+1].Start
			w := &d.words[k]
			if en := w.Start + len(w.clean()) - endingLen(w.clean()); en > st {
				d.add(Quote{Span: spanOf(st, en), Kind: Indirect, Verb: d.words[srcAt].clean(), Speaker: source})
				found = true
			}
			d.floor, source, srcAt = k+1, nil, -1
		}
	}
	for i := a; i < b; i++ {
		w := &d.words[i]
		if (w.inQ || d.hasMark(i)) && !d.closesTerm(i) {
			// a quote's closing word is the last one before a word outside quotes
			if d.floor <= i && i+1 < b && !d.words[i+1].inQ {
				if closesWithGo(w.text) && d.ownClauseAfter(i+1, b) {
					// “…”라고 주장하지만, 유 의원은 …: a clause with its own topic after a
					// direct quote's reporting verb is reported apart from the quote
					d.floor = i + 2
				} else if closesWithChain(w.text) && !d.quoteFollows(i+1, b) {
					// “…”며 [내비에도 …]고 했다: the clause after the chain is reported apart
					// (but after 이 관계자가 “…”며 “…”고 말했다고 밝혔다 the next quote goes on
					// with the same speaker, and the outer report takes both in)
					d.floor = i + 1
				}
			}
			continue
		}
		c := w.clean()
		if i > a && bareComplementizer[c] && d.hasMark(i-1) {
			continue // “…” 라고 말했다: the complementizer written apart after a quote is the direct frame's
		}
		if cut, chain := indirectCut(w); cut > 0 {
			if d.reportedSpeech(s, i, cut, chain, source, srcAt) {
				found = true
			}
			continue
		}
		if c == "것으로" && i > a {
			if d.expectClause(s, i, source, srcAt) {
				found = true
			}
			continue
		}
		if c == "것을" && i > a {
			if d.demandClause(s, i) {
				found = true
			}
			continue
		}
		if cut := quotativeETM(w); cut > 0 && i+1 < b && !d.nameWithTopic(i) {
			if d.nounClause(s, i, cut, source, srcAt) {
				found = true
			}
		}
	}
	if !found && srcAt >= 0 && srcAt+1 < b && !d.hasSpeechRegion(srcAt+1, b) {
		st := d.words[srcAt+1].Start
		en := d.words[b-1].Start + len(trimPunct(d.words[b-1].text))
		d.add(Quote{Span: spanOf(st, en), Kind: Indirect, Verb: d.words[srcAt].clean(), Speaker: source})
	}
}

// hasSpeechRegion reports a quote in words [a, b): a region in double marks, or one in single
// marks that was taken as a quote. A term in single marks (‘맑음’으로 전망된 업종) is part of
// the clause around it.
func (d *doc) hasSpeechRegion(a, b int) bool {
	lo, hi := d.words[a].Start, d.words[b-1].End
	for _, r := range d.regs {
		if r.Open < lo || r.Open >= hi {
			continue
		}
		if !isSingle(r.Mark) {
			return true
		}
		if d.takenAsQuote(r) {
			return true
		}
	}
	return false
}

// takenAsQuote reports whether region r's content was taken as a quote. (The quotes are not
// in the order of the text: every one is looked at.)
func (d *doc) takenAsQuote(r region) bool {
	for k := range d.quotes {
		if q := &d.quotes[k]; q.Start >= r.Open && q.Start <= r.Open+r.OpenLen {
			return true
		}
	}
	return false
}

// sourceFrameAt reports word i as the 따르면 (or 의하면) of X에 따르면 outside quotes: the
// sentence names its source before it.
func (d *doc) sourceFrameAt(i int) bool {
	c := d.words[i].clean()
	return (c == "따르면" || c == "의하면") && i > 0 && strings.HasSuffix(d.words[i-1].clean(), "에") && !d.words[i].inQ
}

// sourceBefore is the source named before 에 따르면 at word i (words [a, i) of the sentence):
// the author of a document (X의 연구에 따르면, X가 발표한 통계에 따르면: X), else the noun
// phrase right before 에 따르면.
func (d *doc) sourceBefore(a, i int) *Speaker {
	from := a
	for k := i - 1; k >= a; k-- {
		if connectives[d.words[k].clean()] || strings.HasSuffix(d.words[k].text, ",") && k < i-1 {
			from = k + 1
			break
		}
	}
	if from >= i {
		return nil
	}
	if k := i - 2; k >= from && d.words[k].clean() == "등의" && k-1 >= from {
		// 로이터통신 등의 신문사에 따르면: the class is named by its member, which speaks
		if sp := d.speakerOf(d.npBefore(k - 1)); sp != nil {
			return sp
		}
	}
	if sp := d.publisher(from, i); sp != nil {
		return sp
	}
	if rest := stripMarks(stripParticleText(d.words[i-1].clean())); names.source[rest] || hasSuffixWord(names.source, rest) {
		// a document: its author, the owner before 의 or the subject of the clause that
		// modifies it (‘워싱턴 포스트’ 지의 2015년 보도, 환경부가 발표한 하수도 통계), or the name
		// written right before it (정의당 추산에 의하면)
		if k := i - 2; k >= from && d.isNominal(k) && d.words[k].clean() == d.words[k].text {
			p := np{from: k, to: k}
			for j := k - 1; j >= from && j > k-4 && d.isNominal(j) && d.words[j].clean() == d.words[j].text; j-- {
				p.from = j
			}
			p.Start, p.End = d.words[p.from].Start, d.words[k].End
			if d.entityAt(p.Span) != nil {
				return d.speakerOf(p)
			}
		}
		for k := i - 2; k >= from; k-- {
			w := &d.words[k]
			if c := w.clean(); strings.HasSuffix(c, "의") {
				p := np{from: k, to: k}
				for j := k - 1; j >= from && j > k-5 && d.isNominal(j) && !d.isDateWord(j) && !timeNouns[d.words[j].clean()]; j-- {
					p.from = j
				}
				p.Start, p.End = d.words[p.from].Start, w.Start+len(c)-len("의")
				if p.End > p.Start && !d.isDateWord(k) {
					return d.speakerOf(p)
				}
				break
			}
			if d.isSubjectWord(k) && k < i-1 && isModifier(&d.words[k+1 : i][0]) || d.isSubjectWord(k) && d.modifiedBy(k, i) {
				return d.speakerOf(d.npBefore(k))
			}
		}
	}
	// X의 Y에 따르면 where Y names no one (a document's title: OECD(2018)의 Global
	// developments …에 따르면, 한국인터넷진흥원의 ‘… 안내서 Q&A’에 따르면): X wrote it
	if sp := d.titleOwner(from, i); sp != nil {
		return sp
	}
	// the noun phrase right before 에 따르면
	p := np{from: i - 1, to: i - 1}
	for k := i - 2; k >= from && k > i-7; k-- {
		if !d.isNominal(k) || d.isDateWord(k) || d.isAdverb(k) || timeNouns[d.words[k].clean()] {
			break
		}
		p.from = k
	}
	p.Start = d.words[p.from].Start
	p.End = d.headEnd(i - 1)
	if p.End <= p.Start {
		return nil
	}
	if h := stripMarks(stripParticleText(d.words[i-1].clean())); d.last != nil && (names.source[h] || hasSuffixWord(names.source, h)) && d.entityAt(p.Span) == nil {
		// 계획 내용에 따르면: a document nobody is named with is the one the article has been
		// quoting, its author the source quoted last (with none, 보도에 의하면 speaks as written)
		return d.last
	}
	return d.speakerOf(p)
}

// publishVerbs make a document or a figure: whoever does it is its author.
var publishVerbs = map[string]bool{
	"조사하": true, "발표하": true, "공개하": true, "분석하": true, "집계하": true, "밝히": true,
	"내놓": true, "작성하": true, "보도하": true, "실시하": true, "펴내": true, "발간하": true,
	"연구하": true, "추산하": true, "추정하": true, "전하": true,
}

// passiveReports are the passive forms of reporting whose agent is marked 에/에서 (언론에
// 보도된 바, 외신에 알려진 바).
var passiveReports = map[string]bool{"보도되": true, "알려지": true, "전해지": true, "발표되": true, "공개되": true}

// publisher is the author of what a claim follows when a clause of publishing modifies it
// (소상공인시장진흥공단이 최근 조사한 … 매출액 감소 비율에 따르면, 언론에 보도되는 바에
// 따르면): the subject of that clause, or the agent 에/에서 of its passive; nil when the words
// [from, i) before 에 따르면 hold no such clause.
func (d *doc) publisher(from, i int) *Speaker {
	for v := i - 2; v > from; v-- {
		w := &d.words[v]
		if !isModifier(w) || !w.isPredicate() || w.hasTag("VCP") {
			continue // 소상공인 (소/상공/인/VCP+ETM): a noun the tagger split, no clause
		}
		st := w.stem()
		switch {
		case publishVerbs[st]:
			for k := v - 1; k >= from; k-- {
				if d.isSubjectWord(k) && !d.words[k].inQ {
					if p := d.npBefore(k); d.plausible(p) {
						return d.speakerOf(p)
					}
					return nil
				}
			}
		case passiveReports[st] && v-1 >= from:
			if c := d.words[v-1].clean(); strings.HasSuffix(c, "에") || strings.HasSuffix(c, "에서") {
				if sp := d.speakerOf(d.npBefore(v - 1)); sp != nil {
					return sp
				}
			}
		}
		return nil // the nearest clause modifying the source decides
	}
	return nil
}

// titleOwner is X in X의 Y에 따르면 (at word i) when Y, the words after X의, is a title that
// names no one and X can speak; nil otherwise.
func (d *doc) titleOwner(from, i int) *Speaker {
	for k := i - 1; k >= from && k > i-8; k-- {
		c := d.words[k].clean()
		if !strings.HasSuffix(c, "의") || k == i-1 {
			continue
		}
		y := np{from: k + 1, to: i - 1}
		y.Start, y.End = d.words[k+1].Start, d.words[i-1].Start+len(stripParticleText(d.words[i-1].clean()))
		if d.plausible(y) && !hasLatin(d.text(y)) || d.entityAt(y.Span) != nil {
			return nil // 김 총재의 발언, 한국은행 김 총재에 따르면: a person or body named
		}
		x := np{from: k, to: k}
		for j := k - 1; j >= from && j > k-4 && d.isNominal(j) && !d.isDateWord(j); j-- {
			x.from = j
		}
		x.Start, x.End = d.words[x.from].Start, d.words[k].Start+len(c)-len("의")
		if x.End > x.Start && d.plausible(x) {
			return d.speakerOf(x)
		}
		return nil
	}
	return nil
}

// modifiedBy reports whether a clause ending in a modifier (…발표한, …공개된) lies between the
// subject at word j and word i: the subject belongs to that clause.
func (d *doc) modifiedBy(j, i int) bool {
	for k := j + 1; k < i; k++ {
		if isModifier(&d.words[k]) && d.words[k].isPredicate() {
			return true
		}
	}
	return false
}

// stripParticleText cuts a final 에/의 from a word's text.
func stripParticleText(s string) string { return cutParticle(s, "에", "의") }

// cutParticle cuts the first of particles that ends s.
func cutParticle(s string, particles ...string) string {
	for _, p := range particles {
		if strings.HasSuffix(s, p) {
			return s[:len(s)-len(p)]
		}
	}
	return s
}

// endsSentenceAt reports whether word v is the last of the words before end, a finite
// predicate that ends the sentence.
func (d *doc) endsSentenceAt(v, end int) bool {
	if v == end-2 && len(d.words[end-1].toks) > 0 && tokenize.FirstTag(d.words[end-1].toks[0].POS) == "VX" {
		v = end - 1 // 준비하고 있다: the auxiliary ends the main verb's sentence
	}
	return v == end-1 && endsSentence(d.words[v].text)
}

// actionVerb reports a verb of doing (벌였다, 발부했다, 제기했다), not of being or of becoming
// known (있었다, 알려졌다, 나타났다): only someone who does can have said what 다며 reports.
func (d *doc) actionVerb(v int) bool {
	w := &d.words[v]
	if len(w.toks) == 0 {
		return false
	}
	switch tokenize.FirstTag(w.toks[0].POS) {
	case "VA", "VCP", "VX", "VCN":
		return false
	}
	switch st := w.stem(); {
	case st == "있" || st == "없" || st == "드러나" || st == "나타나" || st == "보이":
		return false
	case strings.HasSuffix(st, "되") || strings.HasSuffix(st, "지"):
		return false // passives and becoming: 설치됐다, 알려졌다, 전해졌다, 됐다
	}
	return true
}

// reportedSpeech handles …다고/라고/냐고/자고 (or …다며) + reporting verb at word i.
func (d *doc) reportedSpeech(s, i, cut int, chain bool, source *Speaker, srcAt int) bool {
	a, b := d.sents[s][0], d.sents[s][1]
	f := d.reportVerbAfter(i+1, b)
	if chain && (f.verb < 0 || !f.known) {
		// …부족했다며, …점을 강조했다: a clause in 다며 is reported by the sentence's last verb
		if v := d.lastPredicate(i+1, b); v >= 0 && !d.hasRegion(i+1, b) {
			if st, known := verbStance(d.words[v].stem()); known && st != Hearsay {
				f = frame{verb: v, verbText: d.verbText(v, b), stance: st, known: true, subjAfter: -1}
			} else if !known && d.endsSentenceAt(v, b) && d.actionVerb(v) {
				// …범죄라며 시위를 벌였다: 다며/라며 is itself quotative (다고 하며), so the
				// clause is said by whoever does what the sentence ends with
				f = frame{verb: v, verbText: d.verbText(v, b), stance: Neutral, known: true, subjAfter: -1}
			}
		}
	}
	if f.verb < 0 || !f.known || d.nobodySaid(f.verb, b) {
		return false
	}
	var sp *Speaker
	start, nested := a, -1
	own := -1 // the reporting verb's own named subject after a source frame
	if srcAt >= 0 && srcAt < i && f.stance != Hearsay && f.subjAfter < 0 {
		own = d.ownSubject(srcAt+1, i)
	}
	// The subject of the reported clause's frame and the sentence's opening reporter, each
	// found at most once for the hearsay test and the default case below (-2: not yet).
	lo := d.clauseStart(a, i) // past 한편, / 가운데, : an earlier clause's subject does not speak
	if d.floor > lo && d.floor < i && ownSubjectEnd(d.words[d.floor-1].clean()) {
		// 김 대표가 …없다고 하자 이 대표는 …고 맞받았다: after a report whose verb ends its
		// clause in -자, -지만, -는데 (the next clause may have its own subject), the next
		// report's speaker is looked for after it
		lo = d.floor
	}
	frameSubj, opening := -2, -2
	subjectOfFrame := func() int {
		if frameSubj == -2 {
			frameSubj = d.frameSubject(lo, i, false)
		}
		return frameSubj
	}
	openingReporter := func() int {
		if opening == -2 {
			opening = d.reporterTopic(a, b)
		}
		return opening
	}
	switch {
	case f.subjAfter >= 0:
		sp = d.speakerOf(d.subjectNP(f.subjAfter))
		if d.documentTopic(f.subjAfter) {
			sp = d.fallbackSpeaker(s, f.verb) // …다고 보고서는 밝혔다: the report's author
		}
		if srcAt >= 0 && srcAt < i {
			start = srcAt + 1
		}
	case own >= 0:
		// 펑파이에 올라온 글에 따르면, 한 남성이 …다고 주장했다: the reporting verb's own
		// subject speaks; the source is where the report was found
		sp, start = d.speakerOf(d.npBefore(own)), d.contentStart(own, i)
	case srcAt >= 0 && srcAt < i:
		sp, start = source, srcAt+1
	case f.stance == Hearsay && !(pastHa(d.words[f.verb].clean()) && (subjectOfFrame() >= 0 || openingReporter() >= 0)):
		// …다고 한다: a subject before belongs to the clause; the source is the one speaking
		// before, if any. (X는 …다고 했다, in the past, is X's report: the default below.)
		// The writer's hearsay (…다고 한다, present) goes on from a speaker only in the
		// paragraph of their words; in a later paragraph, with no source named, it names
		// nobody. (…다고 했다 with no subject reports the speaker before.)
		if j, k := subjectOfFrame(), d.resultWord(lo, i); j >= 0 && j < k && d.isTopic(j) && d.holder(d.npBefore(j)) {
			// 문화재청은 …피해상황을 점검한 결과 23건의 문화재가 피해를 입었다고 한다: what
			// follows …한 결과 is the finding, and it is the finding of whoever did the check
			sp, start = d.speakerOf(d.npBefore(j)), k+1
		} else if j := subjectOfFrame(); j >= 0 && d.isTopic(j) && (d.holder(d.npBefore(j)) || d.roleHead(d.npBefore(j))) && d.ownSubjectIn(j+1, i) && !d.clauseClosed(j+1, i) {
			// 목격자들은 큰 폭발음이 들렸다고 한다: a topic that holds views, before a clause
			// with its own subject (이/가), is whose words the writer passes on; with none
			// (김 회장은 귀국한다고 한다) it is the subject of what is said
			sp, start = d.speakerOf(d.npBefore(j)), d.contentStart(j, i)
		} else if pastHa(d.words[f.verb].clean()) || d.sameParagraph(d.lastSent, s) {
			sp = d.last
		}
	default:
		j := subjectOfFrame()
		if r := d.resultSubject(lo, j); r >= 0 {
			j = r // X가 …를 조사한 결과, Y는 …것으로 나타났다고 밝혔다: X reports
		}
		if (j < 0 || !d.isTopic(j)) && lo > a && !d.words[lo-1].isPredicate() {
			// 대책본부는 23일 0시 기준으로, 확진자는 …명이 확인되었다고 밝혔다: a topic scopes
			// over its sentence, past an adverbial set off by a comma (not past a clause of
			// its own), and a subject marked 이/가 after the comma is what is said
			for k := a; k < lo; k++ {
				if !d.words[k].inQ && d.isTopic(k) && d.isTopicWord(k) && d.holder(d.npBefore(k)) {
					j = k
					break
				}
			}
		}
		if j >= 0 {
			if k := d.nestedSubject(f, j, i, b); k >= 0 {
				// OSEN은 [한화가 …했다고 발표했다]고 보도했다: this clause is 한화's, and the
				// outer report, found at 발표했다고, takes it in from 한화가 on
				p := d.npBefore(k)
				sp, start, nested = d.speakerOf(p), k+1, p.from
			} else if d.isSourceTopic(j) {
				sp, start = d.speakerOf(d.npSource(j)), d.contentStart(j, i)
			} else if d.documentTopic(j) {
				// 보고서는 …라고 기술하고 있다: the report's author
				sp, start = d.fallbackSpeaker(s, f.verb), d.contentStart(j, i)
			} else {
				sp, start = d.speakerOf(d.npBefore(j)), d.contentStart(j, i)
				if t := d.topicAfterAgent(j, i); t >= 0 {
					// 신천지가 …예배에서 언론의 관련 보도는 왜곡이라고 주장했다: the
					// reported clause opens with its own topic; what stands between the
					// agent and it (the time, place or medium of saying) is not said
					start = max(start, d.phraseStart(j, t))
				}
			}
		} else if r := openingReporter(); r >= 0 && r < i {
			// 일본은 …처할 것이라고 하였다: the topic that opens a sentence of report speaks,
			// a country too
			sp, start = d.speakerOf(d.npBefore(r)), d.contentStart(r, i)
		} else {
			sp = d.fallbackSpeaker(s, f.verb)
		}
		if p, ok := d.modifiedNoun(f.verb, b); ok && (d.plausible(p) || d.peopleNoun(p.to)) {
			// …하겠다고 밝힌 중국에서는, …것이라고 응답한 자영업자는: the noun the verb
			// modifies is the speaker, a body or people
			sp = d.speakerOf(p)
		} else if j >= 0 && f.verb+1 < b && d.clauseMadeNoun(f.verb) {
			// 재판부는 윤 총장이 …다고 주장한 것에 대해: a report in a clause made a noun is
			// said by that clause's own subject, after the sentence's topic
			if k := d.subjectIn(j+1, i, true); k >= 0 && !d.isTopic(k) && d.holder(d.npBefore(k)) {
				sp, start = d.speakerOf(d.npBefore(k)), k+1
				d.embedded = true
				defer func() { d.embedded = false }()
			}
		}
		if d.words[f.verb].stem() == "보도하" && (sp == nil || !isMediaName(sp.Name)) {
			// 요미우리 신문 여론조사에서 일본 국민 68%가 …했다고 보도하였다: reporting the news
			// is what the press does, so the medium the clause names speaks, not a share or a
			// person inside what it reports
			if k := d.mediaBefore(lo, i); k >= 0 {
				sp, start = d.speakerOf(d.npBefore(k)), k+2
			}
		}
	}
	start = d.reportedFrom(start, i)
	w := &d.words[i]
	end := w.Start + len(w.clean()) - cut
	if start > i || end <= d.words[start].Start {
		return false
	}
	d.add(Quote{Span: spanOf(d.words[start].Start, end), Kind: Indirect, Verb: f.verbText, Stance: f.stance, Speaker: sp})
	if nested >= 0 {
		d.floor = nested // the outer report's clause starts at the inner speaker
		return true
	}
	d.floor = i + 1
	if !chain {
		d.floorAfterVerb(i, b) // after …다며 the next reported clause follows at once
	}
	return true
}

// roleHead reports a noun phrase headed by a person's part in the story (목격자들, 피해자, 유족):
// people who can be asked and tell.
func (d *doc) roleHead(p np) bool { return names.role[lastNoun(d.text(p))] }

// clauseClosed reports a clause ending in words [a, b) (clauseEnd): the topic before it is that
// clause's subject (아베 전 총리는 …제거했지만, …표현이 일반적이라고 한다).
func (d *doc) clauseClosed(a, b int) bool {
	for k := a; k < b; k++ {
		if d.clauseEnd(k) {
			return true
		}
	}
	return false
}

// ownSubjectIn reports a subject marked 이/가 (not a topic) outside quotes in words [a, b): the
// reported clause's own subject.
func (d *doc) ownSubjectIn(a, b int) bool {
	for k := a; k < b; k++ {
		if !d.words[k].inQ && d.isSubjectWord(k) && !d.isTopic(k) && !d.alsoTopic(k) {
			return true
		}
	}
	return false
}

// nestedSubject is the subject of an inner report: when the reporting verb of frame f itself
// ends in a complementizer and another reporting verb follows (…발표했다고 보도했다, …말했다고
// 전했다), the words after the outer speaker at word j name the inner speaker, the first
// subject marked 이/가 (or a second topic) before word c. -1 when f is not nested or no such
// subject is written.
func (d *doc) nestedSubject(f frame, j, c, end int) int {
	if f.verb < 0 {
		return -1
	}
	if cut, _ := indirectCut(&d.words[f.verb]); cut == 0 {
		return -1
	}
	if g := d.reportVerbAfter(f.verb+1, end); g.verb < 0 || !g.known {
		return -1
	}
	for k := j + 1; k < c; k++ {
		if !d.words[k].inQ && d.isSubjectWord(k) && d.plausible(d.npBefore(k)) {
			return k
		}
	}
	return -1
}

// sourceTopic is the first word in [a, i) that names a place as the source of a view
// (업계에선), -1 if none.
func (d *doc) sourceTopic(a, i int) int {
	for k := a; k < i && k < a+4; k++ {
		if d.isSourceTopic(k) {
			return k
		}
	}
	return -1
}

// npSource is the phrase of a source topic without 에선/에서는.
func (d *doc) npSource(j int) np {
	p := d.npBefore(j)
	c := d.words[j].clean()
	for _, suf := range sourceSuffixes {
		if strings.HasSuffix(c, suf) {
			p.End = d.words[j].Start + len(c) - len(suf)
		}
	}
	if strings.HasSuffix(c, "에서") {
		p.End = d.words[j].Start + len(c) - len("에서") // 언론에서 (a body as subject)
	}
	return p
}

// announceVerbs report what someone will do with …할 것을: …진행할 것을 알렸다.
var announceVerbs = map[string]bool{"알리": true, "밝히": true, "발표하": true, "예고하": true}

// demandClause handles …할 것을 촉구했다: the clause ends with 것; the addressee (정부에) is
// left out.
func (d *doc) demandClause(s, i int) bool {
	a, b := d.sents[s][0], d.sents[s][1]
	if i+1 >= b || !d.isVerbWord(i+1) {
		return false
	}
	st, ok := verbStance(d.words[i+1].stem())
	if !ok || (st != Demand && st != Commitment && st != Advice && st != Emphasis && !(st == Neutral && announceVerbs[d.words[i+1].stem()])) {
		return false
	}
	start := a
	for k := i - 1; k >= a; k-- {
		w := &d.words[k]
		if strings.HasSuffix(w.text, ",") || d.isSubjectWord(k) || (w.isPredicate() && strings.HasSuffix(w.clean(), "며")) {
			start = k + 1
			break
		}
	}
	start = d.reportedFrom(start, i)
	if start < i {
		if c := d.words[start].clean(); strings.HasSuffix(c, "에게") || strings.HasSuffix(c, "에") && d.isNominalBefore(&d.words[start], d.words[start].lastTok()) {
			start++
		}
	}
	var sp *Speaker
	if d.chainedReport(s, a, start) {
		// …라고 비판하며, 일본이 …할 것을 요구하였다: a demand joined by -며 to a report
		// of the same sentence has that report's speaker (one subject for both verbs); a
		// subject marked 이/가 opening the demand is who is asked to act
		sp = d.last
	} else if j := d.subjectIn(a, i, true); j >= 0 {
		sp = d.speakerOf(d.npBefore(j))
	} else {
		sp = d.fallbackSpeaker(s, -1)
	}
	end := d.words[i].Start + len("것")
	if start > i {
		return false
	}
	d.add(Quote{Span: spanOf(d.words[start].Start, end), Kind: Indirect, Verb: d.verbText(i+1, b), Stance: st, Speaker: sp})
	d.floor = i + 1
	d.floorAfterVerb(i, b)
	return true
}

// topicShiftSince reports a sentence after sentence r, up to s, that opens with 한편: the writer
// turns to another matter, and what follows does not go on from the speaker before.
func (d *doc) topicShiftSince(r, s int) bool {
	for k := max(r+1, 0); k <= s && k < len(d.sents); k++ {
		if a := d.sents[k][0]; a < d.sents[k][1] && d.words[a].clean() == "한편" {
			return true
		}
	}
	return false
}

// mediaBefore is the word in [lo, i), before a word that is the medium's own (its survey or
// report: 요미우리 신문 여론조사에서), whose head names a news medium (신문, 방송, 통신, 일보);
// -1 if none.
func (d *doc) mediaBefore(lo, i int) int {
	for k := lo; k+1 < i; k++ {
		w := &d.words[k]
		if w.inQ || w.clean() != w.head || !isMediaName(w.head) || utf8.RuneCountInString(w.head) < 2 {
			continue
		}
		if n := leadingNoun(&d.words[k+1]); n != "" && (strings.HasSuffix(n, "조사") || n == "보도" || n == "기사" || n == "취재") {
			return k
		}
	}
	return -1
}

// chainedReport reports a reporting verb joined by -며/-면서 outside quotes in words (a, to)
// of sentence s whose quote was the last one found: the clause after it goes on with the
// same speaker.
func (d *doc) chainedReport(s, a, to int) bool {
	if d.last == nil || d.lastSent != s {
		return false
	}
	for k := to - 1; k > a; k-- {
		w := &d.words[k]
		if c := w.clean(); !w.inQ && w.isPredicate() && (strings.HasSuffix(c, "며") || strings.HasSuffix(c, "면서")) {
			_, ok := verbStance(w.stem())
			return ok
		}
	}
	return false
}

// nounClause handles a quotative modifier before a reporting noun at word i: …다는 전망도
// 내놨다, …라는 것이 X의 설명이다, …다는 판단이다, and …다는 것이다 continuing a quote.
func (d *doc) nounClause(s, i, cut int, source *Speaker, srcAt int) bool {
	a, b := d.sents[s][0], d.sents[s][1]
	next := d.words[i+1].clean()
	var sp *Speaker
	var verb string
	var stance Stance
	start := a
	switch {
	case (next == "것이" || next == "게") && i+2 < b && d.words[b-1].hasTag("VCP"):
		// …라는 것이 백 대표의 지적이다, …라는 게 업계의 공통된 시각이다 (as for direct quotes)
		var ok bool
		if sp, verb, stance, ok = d.ownedView(i+2, b); !ok {
			return false
		}
	case (next == "것이다." || next == "것이다" && i+2 == b || d.words[b-1].hasTag("VCP")) && d.claimOwner(a, i) != nil:
		// 트럼프의 공약 중 하나는 …겠다는 것이다 (약속이다): the owner of the claim made the
		// topic says it
		sp, start = d.claimOwner(a, i), d.claimStart(a, i)
		if w := &d.words[b-1]; w.hasTag("VCP") && next != "것이다." && next != "것이다" {
			verb, stance = d.verbText(b-1, b), nounStanceOr(leadingNoun(w))
		}
	case next == "것이다." || next == "것이다" && i+2 == b:
		// …다는 것이다: the previous quote goes on
		if d.lastSent < s-2 || len(d.quotes) == 0 || contrastive[d.words[a].clean()] || d.topicShiftSince(d.lastSent, s) {
			return false // 그러나 …라는 것이다: the reporter's own point
		}
		sp = d.quotes[len(d.quotes)-1].Speaker
		if d.viewSubject(a, i) {
			sp = nil // 비판적인 의견도 많았는데, …라는 것이다: the views the sentence names say it
		}
	default:
		f, ok := d.nounFrame(i+1, b)
		if !ok || f.verb < 0 || !d.nounVerbOK(f.verb) || d.negated(f.verb, b) || d.potential(f.verb, b) {
			return false // (…냐는 질문을 반박할 수 있는 증거: what could be done, no statement)
		}
		if f.stance == Finding && d.subjectIn(a, i, true) < 0 {
			return false
		}
		verb, stance = f.verbText, f.stance
		imp := impersonal[d.words[f.verb].stem()]
		copula := d.words[f.verb].hasTag("VCP")
		lo := d.clauseStart(a, i)
		j := d.speakerWord(lo, i)
		if d.floor > lo {
			// …라는 전망을 내놓았지만, 일부 전문가들은 …는 분석을 내놓았다: a clause after one
			// already reported names its own speaker when it has one
			if k := d.speakerWord(d.clauseStart(d.floor, i), i); k >= 0 {
				j = k
			}
		}
		if copula && f.verb > i+1 && !d.words[f.verb-1].inQ && d.isSubjectWord(f.verb-1) && reportNoun(&d.words[f.verb-1]) != "" && !startsWithDigit(d.words[f.verb].text) && (j < 0 || !d.isTopic(j) || d.clauseClosed(j+1, i)) {
			// …해야 한다는 의견이 지배적이다: the view is the subject and the copula's noun
			// rates it (dominant, common); it is held by no one named, as a view that is
			// many (…는 의견이 많다) is (not a share: …라는 입장은 30%였다 is the surveyed's).
			// A topic before it is whose view it is (정부는 …는 입장이 원칙이다, 전문가들은
			// …는 의견이 대부분이다: X는 Y가 Z이다, the topic over a subject and its copula),
			// unless a clause closes after it, whose subject it is (EU국가들은 혼란이 오고,
			// …올 것이라는 견해가 지배적이다)
			imp = true
		}
		var giver np
		given := false
		if imp && d.words[f.verb].stem() == "받" {
			giver, given = d.giverIn(lo, i)
		}
		switch {
		case srcAt >= 0 && srcAt < i && j < srcAt:
			sp, start = source, srcAt+1
		case imp && j >= 0 && d.isSourceTopic(j) && d.plausibleSource(d.npSource(j)):
			// 일각에서는 …는 주장도 나온다: the quarter a view comes from (에서는) is its
			// source, as with direct quotes
			sp, start = d.speakerOf(d.npSource(j)), j+1
		case given:
			// 그는 면접관들로부터 …부적합하다는 판정을 받았다: who receives a judgement is
			// judged; who gives it is marked 로부터 or 에게서, and what is said follows it
			sp, start = d.speakerOf(giver), giver.to+1
		case imp:
			// …는 지적이 나온다: nobody is named, unless the noun says who (전문가 진단이)
			sp = d.nounOwner(i+1, f.verb)
			start = d.afterNarration(a, i)
		case j >= 0 && (!copula || d.isTopic(j) || d.isSourceTopic(j)):
			// …다는 판단이다 takes a topic (연구진은 …); a 이/가 subject is the clause's own
			if d.isSourceTopic(j) {
				sp = d.speakerOf(d.npSource(j))
			} else {
				sp = d.speakerOf(d.npBefore(j))
			}
			start = d.contentStart(j, i) // (그는 기자간담회에서 …는 입장을 밝혔다: the scene after the speaker is not said)
		default:
			sp = d.fallbackSpeaker(s, -1)
		}
	}
	start = d.reportedFrom(start, i)
	w := &d.words[i]
	end := w.Start + len(w.clean()) - cut
	if start > i || end <= d.words[start].Start {
		return false
	}
	d.add(Quote{Span: spanOf(d.words[start].Start, end), Kind: Indirect, Verb: verb, Stance: stance, Speaker: sp})
	d.floor = i + 1
	d.floorAfterVerb(i, b)
	return true
}

// giverIn is the first noun phrase in words [a, i) outside quotes marked as who gives with
// 로부터, 으로부터 or 에게서 (면접관들로부터), without the particle, when it can hold a view;
// false if none.
func (d *doc) giverIn(a, i int) (np, bool) {
	for k := a; k < i; k++ {
		if d.words[k].inQ {
			continue
		}
		if suf := giverSuffix(d.words[k].clean()); suf != "" {
			p := d.npBefore(k)
			p.End = d.words[k].Start + len(d.words[k].clean()) - len(suf)
			if p.End > p.Start && (d.holder(p) || strings.HasSuffix(d.src[p.Start:p.End], "들")) {
				return p, true // (면접관들: people, who alone give judgements)
			}
		}
	}
	return np{}, false
}

// giverSuffix is the particle of a giver ending c (로부터, 으로부터, 에게서), "" if none.
func giverSuffix(c string) string {
	for _, s := range [...]string{"으로부터", "로부터", "에게서"} {
		if strings.HasSuffix(c, s) && len(c) > len(s) {
			return s
		}
	}
	return ""
}

// negated reports a predicate at word v that is negated or states a purpose (나오지 않도록,
// 제기되지 않았다, 나오도록): no such statement is reported.
func (d *doc) negated(v, b int) bool {
	c := d.words[v].clean()
	if strings.HasSuffix(c, "도록") {
		return true
	}
	if strings.HasSuffix(c, "지") && v+1 < b {
		n := d.words[v+1].clean()
		return strings.HasPrefix(n, "않") || strings.HasPrefix(n, "못")
	}
	return false
}

// nobodySaid reports a verb of saying at word v that modifies a noun of people the sentence then
// says do not exist (…라고 말하는 사람은 없었다, …다고 한 이는 없다): no one's words are reported.
func (d *doc) nobodySaid(v, b int) bool {
	p, ok := d.modifiedNoun(v, b)
	if !ok || !d.peopleNoun(p.to) && lastNoun(d.text(p)) != "이" {
		return false
	}
	last := d.lastPredicate(p.to+1, b)
	return last >= 0 && d.words[last].stem() == "없"
}

// viewSubject reports a reporting noun outside quotes as a subject (이/가/도) in words [a, i):
// 비판적인 의견도 많았는데, …라는 것이다 says whose words follow: those views, no one named.
func (d *doc) viewSubject(a, i int) bool {
	for k := a; k < i; k++ {
		w := &d.words[k]
		if w.inQ {
			continue
		}
		t := w.lastTok()
		if t == nil || (tokenize.FirstTag(t.POS) != "JKS" && t.Surface != "도") {
			continue
		}
		if _, ok := nounStance(leadingNoun(w)); ok {
			return true
		}
	}
	return false
}

// claimOwner is X when the topic that opens the clause ending at word i names X's claim:
// X의 주장은, X의 공약 중 하나는, X의 입장은 (the owner, written with 의, of a reporting noun
// or 공약 in the topic's phrase). nil when there is none.
func (d *doc) claimOwner(a, i int) *Speaker {
	j := d.claimTopic(a, i)
	if j < 0 {
		return nil
	}
	for k := j - 1; k >= a; k-- {
		c := d.words[k].clean()
		n := leadingNoun(&d.words[k+1])
		if _, ok := nounStance(n); !strings.HasSuffix(c, "의") || !ok && n != "공약" {
			continue
		}
		// the claim heads the topic: X의 주장은, X의 공약(혹은 선언) 중 또 하나는 (not 총학의
		// 입장에 반대하는 목소리는: a clause between, and another noun heads it)
		h := leadingNoun(&d.words[j])
		if _, ok := nounStance(h); !ok && h != "공약" && d.words[j].clean() != "하나는" {
			return nil
		}
		for m := k + 1; m < j; m++ {
			if d.words[m].isPredicate() {
				return nil
			}
		}
		p := np{from: k, to: k}
		for p.from > a && d.isNominal(p.from-1) && !strings.HasSuffix(d.words[p.from-1].text, ",") {
			p.from--
		}
		p.Start = d.words[p.from].Start
		p.End = d.words[k].Start + len(c) - len("의")
		if p.End > p.Start && d.plausible(p) {
			return d.speakerOf(p)
		}
	}
	return nil
}

// claimTopic is the word marked 은/는 that ends the topic phrase opening [a, i), -1 if none.
func (d *doc) claimTopic(a, i int) int {
	for j := a; j < i && j < a+8; j++ {
		if d.isTopic(j) && !d.words[j].inQ {
			return j
		}
	}
	return -1
}

// claimStart is the first word of the clause said after a claim's topic.
func (d *doc) claimStart(a, i int) int { return d.claimTopic(a, i) + 1 }

// nounStanceOr is the stance of reporting noun n, Neutral when n is none (공약).
func nounStanceOr(n string) Stance {
	if st, ok := nounStance(n); ok {
		return st
	}
	return Neutral
}

// expectClause handles …할 것으로 전망하고 있다 / …것으로 연구진은 기대하고 있다: a clause
// ending with 것으로 before a verb of forecast, hope, belief or evaluation. The clause keeps
// its 것.
func (d *doc) expectClause(s, i int, source *Speaker, srcAt int) bool {
	a, b := d.sents[s][0], d.sents[s][1]
	f := d.reportVerbAfter(i+1, b)
	if f.verb < 0 || !f.known {
		return false
	}
	switch f.stance {
	case Forecast, Hope, Belief, Evaluation, Concern:
	case Neutral:
		if !answerVerbs[d.words[f.verb].stem()] {
			return false
		}
		// …경험이 있는 것으로 답했다: an answer given as a clause in 것으로, as …다고 답했다
	default:
		return false
	}
	var sp *Speaker
	start := a
	lo := d.clauseStart(a, i)
	modified, modifies := d.modifiedNoun(f.verb, b)
	switch {
	case modifies && !d.holder(modified):
		// …된 것으로 추정하는 알파프로테오박테리움: a verb that modifies a noun describes it;
		// nobody is reported, unless the noun is who holds the view (전망하는 전문가들)
		return false
	case modifies:
		sp = d.speakerOf(modified)
	case f.subjAfter >= 0:
		sp = d.speakerOf(d.subjectNP(f.subjAfter))
	case srcAt >= 0 && srcAt < i:
		sp, start = source, srcAt+1
	default:
		if j := d.sourceTopic(lo, i); j >= 0 {
			sp, start = d.speakerOf(d.npSource(j)), j+1
		} else if j := d.subjectIn(lo, i, true); j >= 0 {
			sp, start = d.speakerOf(d.npBefore(j)), j+1
		} else {
			sp = d.fallbackSpeaker(s, -1)
		}
	}
	start = d.reportedFrom(start, i)
	end := d.words[i].Start + len("것")
	if start > i {
		return false
	}
	d.add(Quote{Span: spanOf(d.words[start].Start, end), Kind: Indirect, Verb: f.verbText, Stance: f.stance, Speaker: sp})
	d.floor = i + 1
	d.floorAfterVerb(i, b)
	return true
}

// resultWord is the word 결과 (the outcome of what the clause before it did) outside quotes in
// words (lo, i), the last one, or the word of an act of examining that ends its clause in
// -는데 (분석을 하였는데, 조사했는데): what follows is what the examining found; -1 if none.
func (d *doc) resultWord(lo, i int) int {
	for k := i - 1; k > lo; k-- {
		if w := &d.words[k]; !w.inQ && (w.clean() == "결과" && isModifier(&d.words[k-1]) || d.examinedThen(k)) {
			return k
		}
	}
	return -1
}

// examiningNouns are acts of examining whose outcome is a finding (분석, 조사, 점검 …).
var examiningNouns = map[string]bool{"분석": true, "조사": true, "점검": true, "확인": true, "검사": true, "연구": true, "검토": true, "실험": true, "관찰": true, "측정": true}

// examinedThen reports a word that does an act of examining and ends its clause in -는데
// (분석을 하였는데, 조사했는데, 살펴봤는데).
func (d *doc) examinedThen(k int) bool {
	w := &d.words[k]
	t := w.lastTok()
	for j := len(w.toks) - 1; j >= 0; j-- {
		if tokenize.FirstTag(w.toks[j].POS) == "EC" {
			t = &w.toks[j]
			break
		}
	}
	if t == nil || t.Surface != "는데" && t.Surface != "ㄴ데" && t.Surface != "은데" {
		return false
	}
	st := w.stem()
	if n, ok := strings.CutSuffix(st, "하"); ok && examiningNouns[n] || st == "살펴보" {
		return true
	}
	return st == "하" && k > 0 && examiningNouns[cutParticle(d.words[k-1].clean(), "을", "를")]
}

// resultSubject is the subject of a 결과 clause before the topic at word j (알바천국이 대학생을
// 대상으로 조사한 결과, 10명 중 4명은 …것으로 나타났다고 밝혔다): what follows …한 결과, is
// the finding, whose topic is what was found, and the reporting verb's subject is whoever did
// what 결과 is the outcome of. -1 when no 결과 clause with a subject that can speak stands
// between lo and j.
func (d *doc) resultSubject(lo, j int) int {
	if j < 0 {
		return -1
	}
	for k := j - 1; k > lo; k-- {
		w := &d.words[k]
		if w.inQ || w.clean() != "결과" || !strings.HasSuffix(w.text, ",") {
			continue
		}
		for m := lo; m < k-1; m++ {
			if !d.words[m].inQ && d.isSubjectWord(m) {
				if d.plausible(d.npBefore(m)) {
					return m
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// ownClauseAfter reports a reporting verb at word v that ends its clause (…라고 주장하지만,)
// before a clause with a topic of its own in the next few words, or with a connective and a
// comma (…라고 하였고,): not a verb itself reported (…고 밝혔다고 전했다).
func (d *doc) ownClauseAfter(v, b int) bool {
	if v+1 >= b || !d.isVerbWord(v) {
		return false
	}
	if _, known := verbStance(d.words[v].stem()); !known {
		return false
	}
	if cut, _ := indirectCut(&d.words[v]); cut > 0 || quotativeETM(&d.words[v]) > 0 {
		return false
	}
	if strings.HasSuffix(d.words[v].text, ",") && d.clauseEnd(v) {
		return true // “…”라고 하였고, …다고 하였다: a comma after the verb's connective closes its clause
	}
	for k := v + 1; k < b && k < v+4; k++ {
		if !d.words[k].inQ && d.isTopic(k) && d.isTopicWord(k) {
			return true
		}
	}
	return false
}

// closesWithChain reports a word that closes a quote with the chaining 며 (…”며, …"라며,
// …”이라면서): what follows is another reported clause.
func closesWithChain(text string) bool {
	t := afterLastMark(text)
	switch t {
	case "며", "라며", "이라며", "면서", "라면서", "이라면서":
		return true
	}
	// “…추정”된다며, “…수출”중이라며: the quote closed before the end of its predicate, whose
	// rest chains
	return utf8.RuneCountInString(t) <= 4 && (strings.HasSuffix(t, "다며") || strings.HasSuffix(t, "다면서") || strings.HasSuffix(t, "라며") || strings.HasSuffix(t, "라면서"))
}

// afterLastMark is what follows a word's last quote mark, without a trailing comma or period
// ("" when the word holds no mark).
func afterLastMark(text string) string {
	k := strings.LastIndexFunc(text, isQuoteMark)
	if k < 0 {
		return ""
	}
	_, size := utf8.DecodeRuneInString(text[k:])
	return strings.TrimRight(text[k+size:], ",.")
}

// closesWithGo reports a word that closes a quote with the complementizer 고 (…”라고, …"고,
// …’이라고): a reporting verb follows it.
func closesWithGo(text string) bool {
	switch afterLastMark(text) {
	case "고", "라고", "이라고":
		return true
	}
	return false
}

// quoteFollows reports a quote opening at word j (before word b) that closes with a
// complementizer or a chain (…”고, …”라며): the speaker's next quote, not a term in marks
// (“재팬 패싱”의 재림이).
func (d *doc) quoteFollows(j, b int) bool {
	if j >= b || !d.hasMark(j) {
		return false
	}
	for k := j; k < b; k++ {
		if k > j && !d.words[k].inQ && !d.hasMark(k) {
			return false
		}
		if t := d.words[k].text; k > j || strings.LastIndexFunc(t, isQuoteMark) > strings.IndexFunc(t, isQuoteMark) {
			if d.hasMark(k) && (closesWithGo(t) || closesWithChain(t)) {
				return true
			}
			if d.hasMark(k) && k > j {
				return false
			}
		}
	}
	return false
}

// clauseMadeNoun reports a reporting verb at word v in a modifier form before 것에 or 것을
// (…다고 주장한 것에 대해): its clause is made a noun, and has a subject of its own.
func (d *doc) clauseMadeNoun(v int) bool {
	if v+1 >= len(d.words) || !d.modifierVerb(v) {
		return false
	}
	n := d.words[v+1].clean()
	return n == "것에" || n == "것을"
}

// modifierVerb reports a verb in a modifier form (밝힌, 주장한, 말하는): its ending is an ETM.
func (d *doc) modifierVerb(v int) bool {
	w := &d.words[v]
	return strings.HasSuffix(w.clean(), "힌") || w.lastTok() != nil && strings.HasSuffix(w.lastTok().POS, "ETM")
}

// modifiedNoun is the noun phrase that the verb at word v modifies (밝힌 중국에서는 → 중국), when
// the verb is a modifier (its ending an ETM) and a noun phrase follows.
func (d *doc) modifiedNoun(v, b int) (np, bool) {
	if !d.modifierVerb(v) {
		return np{}, false
	}
	return d.npAfter(v+1, b)
}

// holder reports a noun phrase that can hold a view: an entity the recogniser found, or a
// phrase headed by a title, a group or people (전문가들, 관계자, 시민).
func (d *doc) holder(p np) bool {
	text := d.text(p)
	if e := d.entityAt(p.Span); e != nil && d.entityHead(e, p) {
		return true
	}
	h := lastNoun(text)
	return hasSuffixWord(names.title, h) || hasSuffixWord(names.group, h) || hasSuffixWord(names.people, h)
}

// lastNoun is the last word of a noun phrase's text, without brackets or the plural 들.
func lastNoun(text string) string {
	h := strings.TrimSuffix(stripParens(text), "들")
	if k := strings.LastIndexByte(h, ' '); k >= 0 {
		h = h[k+1:]
	}
	return h
}

// entityHead reports whether entity e names phrase p: one of its mentions starts a word of p
// (not 알파프로테오|박테리움) and reaches p's last word (주한미군 사드체계 is a system, not
// 주한미군).
func (d *doc) entityHead(e *entities.Entity, p np) bool {
	head := d.words[p.to].Start
	for _, m := range e.Mentions {
		if m.End > head && m.Start < p.End && m.Start >= p.Start && (m.Start == p.Start || d.src[m.Start-1] == ' ') {
			return true
		}
	}
	return false
}

// speakerWord is the word naming the speaker at the start of a reported clause in [lo, i):
// a plausible subject, or a place named as a source (업계에선), whichever comes first; -1 if
// neither.
func (d *doc) speakerWord(lo, i int) int {
	j := d.subjectIn(lo, i, true)
	if k := d.sourceTopic(lo, i); k >= 0 && (j < 0 || k < j) {
		return k
	}
	return j
}

// nounOwner is who a reporting noun names as its source: the nouns between the clause and the
// noun (…한다는 전문가 진단이 나왔다 → 전문가), or nil.
func (d *doc) nounOwner(from, verb int) *Speaker {
	for k := from; k < verb; k++ {
		w := &d.words[k]
		if _, ok := nounStance(leadingNoun(w)); ok {
			if _, compound := nounStance(d.words[k-1].clean() + leadingNoun(w)); k > from && compound {
				return nil // 연구 결과가 나왔다: the noun's first half, not a source
			}
			if k > from {
				p := np{from: from, to: k - 1}
				p.Start, p.End = d.words[from].Start, d.words[k-1].End
				if d.plausible(p) {
					return d.speakerOf(p)
				}
			}
			return nil
		}
		if !d.isNominal(k) {
			return nil
		}
	}
	return nil
}

// floorAfterVerb moves the start floor of the sentence's next reported clause past the first
// predicate from word v on: the verb of the clause just found (…계획을 발표했으나 [다음 절]).
func (d *doc) floorAfterVerb(v, b int) {
	for k := v + 1; k < b && k < v+8; k++ {
		if d.isVerbWord(k) {
			for k+1 < b && len(d.words[k+1].toks) > 0 && tokenize.FirstTag(d.words[k+1].toks[0].POS) == "VX" {
				k++ // 추측하고 있으며,: the verb's auxiliary is still the frame
			}
			d.floor = k + 1
			return
		}
	}
}

// npAfter is the noun phrase that starts at word k: nominal words up to the first one that
// carries a particle (…밝힌 중국에서는 → 중국, …요구하는 미 연방수사국(FBI)과 → 미 연방수사국(FBI)).
func (d *doc) npAfter(k, b int) (np, bool) {
	for e := k; e < b && e < k+6; e++ {
		w := &d.words[e]
		if t := w.lastTok(); d.isNominal(e) && (t == nil || !strings.HasPrefix(tokenize.FirstTag(t.POS), "J")) {
			continue
		}
		t := w.lastTok()
		if t == nil || !strings.HasPrefix(tokenize.FirstTag(t.POS), "J") || !d.isNominalBefore(w, t) {
			return np{}, false
		}
		p := np{from: k, to: e}
		p.Start = d.words[k].Start
		p.End = d.headEnd(e)
		if d.isSourceTopic(e) {
			c := w.clean()
			for _, suf := range sourceSuffixes {
				if strings.HasSuffix(c, suf) {
					p.End = w.Start + len(c) - len(suf)
				}
			}
		}
		if last := d.words[e].toks; len(last) > 0 {
			for _, t := range last {
				if t.Start < p.End && tokenize.FirstTag(t.POS) == "NNB" && t.End == p.End {
					return np{}, false // 것으로, 수: a bound noun heads no speaker
				}
			}
		}
		return p, p.End > p.Start
	}
	return np{}, false
}

// isAdverb reports a word that is one adverb (심지어, 또한, 특히).
func (d *doc) isAdverb(i int) bool {
	w := &d.words[i]
	if len(w.toks) == 0 {
		return false
	}
	tg := tokenize.FirstTag(w.toks[0].POS)
	return (tg == "MAG" || tg == "MAJ") && (len(w.toks) == 1 || tokenize.FirstTag(w.toks[1].POS) == "SC")
}

// sourceClauseEnd is the last word of the clauses that a source named at word srcAt (X에
// 따르면) reports, when a later clause of the sentence opens with a topic of its own (…가했으며,
// 카빈다해방전선은 …라고 주장했다); 0 when no clause does.
func (d *doc) sourceClauseEnd(srcAt, b int) int {
	for k := srcAt + 2; k < b-1; k++ {
		if !d.clauseEnd(k) {
			continue
		}
		for j := k + 1; j < b && j < k+5; j++ {
			if d.isTopicWord(j) && d.isPersonish(d.npBefore(j)) || d.isTopicAt(j) && d.entityAt(d.npBefore(j).Span) != nil {
				return k // a person, a titled role or a named body: a source of its own
			}
			if !d.isNominal(j) && !isModifier(&d.words[j]) || d.words[j].inQ {
				break // a phrase of nouns and their modifiers, up to its particle
			}
		}
	}
	return 0
}

// endingLen is the byte length of the connective ending that closes clause word c (으며 of
// 가했으며, 고 of 밝혔고), and of a comma after it.
func endingLen(c string) int {
	for _, e := range coordEndings {
		if strings.HasSuffix(c, e) {
			return len(e)
		}
	}
	return 0
}

// bareComplementizer are the complementizers a quote takes when written apart from its closing
// mark (“…” 라고, “…” 이라며).
var bareComplementizer = map[string]bool{"라고": true, "이라고": true, "고": true, "라며": true, "이라며": true, "며": true, "라면서": true, "이라면서": true, "면서": true}

// pastHa reports a past form of 하다 after a complementizer (…다고 했다, 하였다), or one that
// joins the next clause (…다고 하며): a report of what someone said, not the hearsay of …다고
// 한다.
func pastHa(v string) bool {
	switch v {
	case "했다", "하였다", "했습니다", "하였습니다":
		return true
	}
	return connectiveHa(v)
}

// sameParagraph reports whether sentences r <= s lie in one paragraph: no sentence after r up
// to s opens a paragraph.
func (d *doc) sameParagraph(r, s int) bool {
	return r >= 0 && r <= s && d.parasBetween(r, s) == 0
}
