package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
	"github.com/gisa-nlp/gisa/tokenize"
)

// compKind is the grammatical role of what follows a closing quote mark.
type compKind int

const (
	compNone     compKind = iota // nothing: the quote stands alone
	compQuote                    // 고, 라고, 이라고 (…고 말했다)
	compChain                    // 며, 라며, 면서, 라면서 (…며 “…”고 말했다, …며 설명했다)
	compNoun                     // 는, 라는, 이란 + noun (…라는 전망도 내놨다)
	compComma                    // a comma: “A”, “B”라고 말했다
	compParticle                 // any other particle: a quoted name or term (‘바드’를 공개했다)
)

// complementizers after a closing mark, longest first within each kind. 다고, 다며 and 다는
// follow a quote closed before its own last syllable (“…받았”다며).
var complementizers = []struct {
	s string
	k compKind
}{
	{"이라고도", compQuote}, {"라고도", compQuote}, {"이라고만", compQuote}, {"라고만", compQuote}, {"이라고", compQuote}, {"라고", compQuote},
	{"이라고까지", compQuote}, {"라고까지", compQuote}, {"다고까지", compQuote}, {"고까지", compQuote}, // (…고까지 말했다: 까지 as 도 and 만)
	{"고도", compQuote}, {"고만", compQuote}, {"하고", compQuote}, {"다고", compQuote}, {"고", compQuote},
	{"이라", compQuote}, {"라", compQuote}, // “…계획”이라 전했다: 라 without 고, as written
	{"다면서", compChain}, {"다며", compChain}, {"다는", compNoun},
	{"이라면서도", compChain}, {"라면서도", compChain}, {"면서도", compChain}, {"이라면서", compChain},
	{"라면서", compChain}, {"면서", compChain}, {"이라며", compChain}, {"라며", compChain}, {"며", compChain},
	{"으며", compChain}, {"으면서", compChain}, // “…했”으며: closed before the connective of its verb
	{"이라는", compNoun}, {"라는", compNoun}, {"이란", compNoun}, {"란", compNoun}, {"는", compNoun},
}

// classifyTail reads the rest of the word after a closing mark.
func classifyTail(tail string) compKind {
	t := strings.TrimRight(tail, ".!?…")
	if t == "" || strings.HasPrefix(tail, "…") || strings.HasPrefix(tail, "..") {
		// (“…”…푸틴 “…”: an ellipsis after the mark ends a headline's part; what follows
		// is the next part, no complementizer)
		return compNone
	}
	if t == "," || t == "·" {
		return compComma
	}
	t = strings.TrimRight(t, ",")
	for _, c := range complementizers {
		if t == c.s {
			return c.k
		}
	}
	// “…엄중히 촉구”한다고: the quote closed before the end of its predicate, the rest of
	// which carries the complementizer
	if utf8.RuneCountInString(t) <= 4 {
		for _, c := range []string{"다고", "다며", "다면서", "다는"} {
			if strings.HasSuffix(t, c) {
				return classifyTail(c)
			}
		}
	}
	return compParticle
}

// frame is the reporting frame that governs a quote.
type frame struct {
	kind      compKind
	verb      int // word index of the reporting predicate, -1 if none
	verbText  string
	stance    Stance
	known     bool // the verb (or noun) is in the lexicon
	denied    bool // the verb reports no speech: …라고 볼 수 없다, …다고 보고받았다
	subjAfter int  // word index of a subject between the complementizer and the verb, -1 if none
	next      int  // index of the first word after the closing mark's word
}

// adverbialVerbs are verb forms that introduce an adverbial, not a reporting predicate.
var adverbialVerbs = map[string]bool{
	"대하": true, "통하": true, "위하": true, "관하": true, "관련하": true, "따르": true, "인용하": true,
	"의하": true, "비롯하": true, "포함하": true, "향하": true, "걸치": true,
}

// verbText is a reporting predicate as written: the word without punctuation, with the
// auxiliary of a progressive (권고하고 있다) and without a complementizer of its own
// (밝혔다고 이 신문은 전했다 → 밝혔다).
func (d *doc) verbText(i, end int) string {
	v := d.words[i].clean()
	if i+1 < end {
		// a progressive or resultative auxiliary: 권고하고 있다, 돼 있다
		n := &d.words[i+1]
		if len(n.toks) > 0 && tokenize.FirstTag(n.toks[0].POS) == "VX" && strings.HasPrefix(n.clean(), "있") {
			return v + " " + n.clean()
		}
		if auxiliaryPair(v, n.stem()) {
			return v + " " + n.clean() // 비판하기도 했다, 주장하게 되었다, 보이기 시작했으며
		}
	}
	if strings.HasSuffix(v, "다고") || strings.HasSuffix(v, "다며") {
		_, size := lastRune(v)
		v = v[:len(v)-size]
	}
	return v
}

// adverbialGe reports a word that is an adjective made an adverb by the ending -게 before a
// predicate (짧게 답했다, 분명하게 밝혔다, 강하게 비판했다).
func (d *doc) adverbialGe(i int) bool {
	w := &d.words[i]
	t := w.lastTok()
	if t == nil || t.Surface != "게" || tokenize.FirstTag(t.POS) != "EC" || w.clean() != w.text || len(w.toks) < 2 {
		return false
	}
	if tg := tokenize.FirstTag(w.toks[len(w.toks)-2].POS); tg != "VA" && tg != "XSA" {
		return false // (표기하게 하였다: a verb's -게 before 하다 makes it happen, a causative)
	}
	return i+1 < len(d.words) && d.words[i+1].isPredicate() && d.words[i+1].stem() != "하"
}

// serialVerb reports a verb in the connective -어/-아/-여 joined, with no comma, to a verb of
// saying right after it (힘주어 말했다, 목소리를 높여 비판했다): the two are one act of saying,
// the last its verb (…고 밝혀 주목된다 is no such pair: 주목되다 says nothing).
func (d *doc) serialVerb(i int) bool {
	w := &d.words[i]
	t := w.lastTok()
	if t == nil || !strings.HasSuffix(t.POS, "EC") || w.clean() != w.text || i+1 >= len(d.words) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(t.Surface); r != '어' && r != '아' && r != '여' && r != '해' && r != '워' && r != '와' {
		return false
	}
	n := &d.words[i+1]
	if len(n.toks) == 0 || tokenize.FirstTag(n.toks[0].POS) == "VX" {
		return false // (…있다고 해 보자: an auxiliary after -어 makes one verb of supposing)
	}
	st, known := verbStance(n.stem())
	return !n.inQ && n.isPredicate() && known && st != Hearsay
}

// auxiliaryPair reports a verb form v that the next word, of stem next, completes as one
// predicate: …기도/…기까지 + 하다 (said also), …게 + 되다 (came to say), …기 + 시작하다
// (began to say). The verb as written is both words.
func auxiliaryPair(v, next string) bool {
	switch {
	case strings.HasSuffix(v, "기도") || strings.HasSuffix(v, "기까지"):
		return next == "하"
	case strings.HasSuffix(v, "게"):
		return next == "되"
	case strings.HasSuffix(v, "기"):
		return next == "시작하"
	}
	return false
}

// isVerbWord reports a word that holds a predicate which is not an adverbial form (대해, 통해).
func (d *doc) isVerbWord(i int) bool {
	w := &d.words[i]
	if !w.isPredicate() {
		return false
	}
	st := w.stem()
	if adverbialVerbs[st] {
		return false
	}
	c := w.clean()
	// a verb that ends a dependent clause before a noun (…하는 것으로) is not the frame's verb
	return !strings.HasSuffix(c, "면") || strings.HasSuffix(c, "다면")
}

// reportVerbAfter finds the reporting predicate after word `from` up to `end` (exclusive):
// the first predicate word, noting a plausible subject met on the way.
func (d *doc) reportVerbAfter(from, end int) frame {
	f := frame{verb: -1, subjAfter: -1}
	lim := from + 14 // fourteen words of the frame's own, however long a quote between them
	for i := from; i < end && i < lim; i++ {
		w := &d.words[i]
		if w.inQ {
			lim++
		}
		if f.subjAfter < 0 && (d.isSubjectWord(i) || d.isSourceTopic(i) && d.plausible(d.npSource(i))) {
			// after the complementizer a subject can only be the reporting verb's
			f.subjAfter = i
			continue
		}
		if d.words[i].inQ || !d.isVerbWord(i) || d.nounLike(i) || d.isDateWord(i) || copulaModifier(w) || nominalized(w) {
			continue // (a verb inside a quote is what is said, not the frame's)
		}
		if i+1 < end && d.adverbialGe(i) {
			continue // “…”이라고만 짧게 답했다: an adjective made an adverb by -게 qualifies the verb after it
		}
		if i+1 < end && d.serialVerb(i) {
			continue // “…” 김 대표가 힘주어 말했다: a verb in -어 joined to the verb of saying after it tells how it was said
		}
		f.verb = i
		f.verbText = d.verbText(i, end)
		f.stance, f.known = verbStance(w.stem())
		if n := leadingNoun(w); !f.known && n != "" {
			// 결론내렸다, 결론지었다: a noun and a verb written as one word report as one verb
			f.stance, f.known = verbStance(n + w.stem())
		}
		if !f.known && i > from && d.nounVerbOK(i) {
			// …할 것이라고 우려를 나타냈다, …라고 불만을 표했다: a reporting noun as the object
			// of the verb reports as the noun does
			if st, ok := nounStance(reportNoun(&d.words[i-1])); ok && d.words[i-1].hasTag("JKO") {
				f.stance, f.known = st, true
			}
		}
		if st, ok := d.speechIdiom(i); !f.known && i > from && ok {
			f.stance, f.known = st, true // …라고 입을 모았다, …고 선을 그었다
		}
		if f.known && f.stance == Hearsay && !isFiniteHa(w.clean()) {
			f.known = false
			if d.potential(i, end) {
				f.denied = true // “…”라고 할 수 있겠지만: what one could call it, the writer's own words
			}
		}
		if f.known && d.potential(i, end) {
			f.known, f.denied = false, true // …라고 볼 수 있다: what can be said, the writer's own judgement
		}
		if passiveReport(w.clean()) {
			f.known, f.denied = false, true // …많다고 보고되었다: reported by no one named, no quote
		}
		if told(w.clean()) || i+1 < end && told(w.clean()+d.words[i+1].clean()) {
			f.known, f.denied = false, true // …다고 보고받았다 (보고 받았다): the subject was told; who told is not named
		}
		return f
	}
	return f
}

// speechIdioms are a verb with its object (object + " " + stem) that Korean news uses as a verb
// of saying: 입을 모으다 (say with one voice), 선을 긋다 (deny any link), 날을 세우다 and 각을
// 세우다 (attack in words), 공세를 펴다, 목청을 높이다, 일침을 가하다.
var speechIdioms = map[string]Stance{"입 모으": Neutral, "선 긋": Denial, "날 세우": Critical, "각 세우": Critical,
	"공세 펴": Critical, "목청 높이": Emphasis, "일침 가하": Critical, "쓴소리 하": Critical,
	"엄포 놓": Concern, "으름장 놓": Concern}

// speechIdiom is the stance of the verb at word v when it and its object before it form an idiom
// of saying (speechIdioms: 입을 모았다, 선을 그었다, 날을 세웠다).
func (d *doc) speechIdiom(v int) (Stance, bool) {
	if v < 1 || !d.words[v-1].hasTag("JKO") {
		return "", false
	}
	st, ok := speechIdioms[leadingNoun(&d.words[v-1])+" "+d.words[v].stem()]
	return st, ok
}

// nounLike reports a word the tokenizer read as holding a predicate that is a noun: one that
// opens with the copula (이란 for Iran: the copula 이다 is always written joined to the noun it
// predicates, so no word begins with it), or one inside a name the recogniser found (백남기,
// read 백 + 남기 + 기). Between a complementizer and its reporting verb such a word is part
// of the speaker or the addressee (…다고 자리프 이란 외무장관이 발표했다, …다고 백남기 투쟁본부
// 측에 통보했다), never the verb.
func (d *doc) nounLike(i int) bool {
	w := &d.words[i]
	if d.copulaNoun(i) {
		return true
	}
	for k := range d.ents {
		for _, m := range d.ents[k].Mentions {
			if m.Start <= w.Start && w.Start < m.End && m.End > w.Start+1 {
				return true
			}
		}
	}
	return false
}

// copulaModifier reports a word whose only predicate is the copula in its modifier form
// (구체적인, 공식적인: a noun made to describe the next one): it reports nothing, and between a
// complementizer and its verb it describes the verb's object (…것이라고 구체적인 계획을 밝혔다).
func copulaModifier(w *word) bool {
	t := w.lastTok()
	if t == nil || t.POS != "VCP+ETM" {
		return false
	}
	for k := range w.toks[:len(w.toks)-1] {
		switch tokenize.FirstTag(w.toks[k].POS) {
		case "NNG", "NNP", "NNB", "NR", "SN", "SL", "XSN", "XPN", "XR":
		default:
			return false // (주장하며“일방적인: a verb before, glued to the next quote)
		}
	}
	return len(w.toks) > 1
}

// nominalized reports a predicate made a noun by -ㅁ/-음 or -기 and marked by a case particle
// (미안함을, 기쁨을 표현했다): a noun phrase, the object or subject of the verb after it. (With
// a delimiter it stays the verb: …라고 말하기도 했다.)
func nominalized(w *word) bool {
	n := len(w.toks)
	if n < 2 {
		return false
	}
	switch tokenize.FirstTag(w.toks[n-1].POS) {
	case "JKO", "JKS", "JKB":
	default:
		return false
	}
	p := w.toks[n-2].POS
	return tokenize.FirstTag(p) == "ETN" || strings.HasSuffix(p, "+ETN")
}

// copulaNoun reports a word that opens with the copula (이란 read 이 + 란): a noun, since the
// copula 이다 is always written joined to the noun it predicates.
func (d *doc) copulaNoun(i int) bool {
	w := &d.words[i]
	return len(w.toks) > 0 && tokenize.FirstTag(w.toks[0].POS) == "VCP" && !d.hasMark(i)
}

// isFiniteHa reports a form of 하다 that reports after a complementizer: a finite one (한다,
// 합니다, 했다, 했습니다), or one that joins the next clause (connectiveHa). Other forms are not
// speech: …다고 해도 and …다고 하면 suppose, …다고 하는 modifies.
func isFiniteHa(s string) bool {
	switch s {
	case "한다", "합니다", "했다", "했습니다", "하였다", "한답니다", "했답니다":
		return true
	case "했기", "하였기":
		return true // …다고 했기 때문이다: the reason given is what someone said
	}
	return connectiveHa(s)
}

// connectiveHa reports 하다 in a form that joins the next clause (…다고 하며, 했으며, 했고,
// 하고 (있다), 하지만, 하자, 했지만, 하였으나, 하면서): after a complementizer it is the subject's saying, as …다고 했다 is,
// never the writer's hearsay (…다고 한다 ends a sentence).
func connectiveHa(s string) bool {
	switch s {
	case "하며", "하면서", "하고", "하지만", "하자", "했으며", "하였으며", "했고", "하였고", "했지만", "하였지만", "했으나", "하였으나", "했는데", "하였는데",
		"하거나", "했거나", "하였거나": // (…냐고 하거나, …다고 놀리는 사람들도: one of the things said)
		return true
	}
	return false
}

// lastPredicate is the last predicate word in [from, end), -1 if none.
func (d *doc) lastPredicate(from, end int) int {
	for i := end - 1; i >= from; i-- {
		if !d.words[i].inQ && d.isVerbWord(i) {
			if strings.HasPrefix(d.words[i].clean(), "때문") && i > from && !d.words[i-1].inQ && d.isVerbWord(i-1) {
				i-- // …가능성을 내비쳤기 때문이다: the predicate is the one the cause names
			} else if i-2 >= from && d.words[i].hasTag("VCP") && nominalizer[d.words[i-1].clean()] && isModifier(&d.words[i-2]) && d.isVerbWord(i-2) {
				i -= 2 // …안타까움을 표명한 게 전부다: the act is the clause that 게 makes a noun, the copula only rates it
			} else if i-2 >= from && (d.words[i-1].clean() == "바" || d.words[i-1].clean() == "적이") && isModifier(&d.words[i-2]) && d.isVerbWord(i-2) {
				i -= 2 // …사실을 강조한 바 있다: 바 있다 (적이 있다) only says the act happened; the act is the verb
			} else if i-2 >= from && d.words[i].stem() == "있" && d.peopleNoun(i-1) && isModifier(&d.words[i-2]) && d.isVerbWord(i-2) {
				i -= 2 // …라며 독과점을 걱정하는 사람도 있었다: 있다 says only that such people were; the act is theirs
			}
			w := &d.words[i]
			if i > from && len(w.toks) > 0 && tokenize.FirstTag(w.toks[0].POS) == "VX" && d.isVerbWord(i-1) {
				if cut, _ := indirectCut(&d.words[i-1]); cut == 0 {
					return i - 1 // 태도를 보이고 있다: the main verb with its auxiliary
				}
			}
			return i
		}
	}
	return -1
}

// nominalizer are the bound nouns with which a modifier clause becomes the subject of a
// copula (…표명한 게 전부다, …밝힌 것이 처음이다).
var nominalizer = map[string]bool{"게": true, "것이": true, "것은": true, "건": true}

// nounFrame reads a reporting noun at word i (전망도, 설명이다, 지적이) and the predicate that
// follows it; ok is false when the word is not a reporting noun.
func (d *doc) nounFrame(i, end int) (f frame, ok bool) {
	f = frame{verb: -1, subjAfter: -1}
	if i >= end {
		return f, false
	}
	if i+1 < end && isModifier(&d.words[i]) {
		i++ // …둥글다는 과학적인 주장을: one modifier before the noun
	}
	if d.words[i].clean() == "취지의" && i+1 < end {
		i++ // …했다는 취지의 발언을 했다: a remark whose gist is what is said frames it as a remark
	}
	n := reportNoun(&d.words[i])
	if n == "내용" && i+1 < end && d.words[i].clean() == "내용의" && (d.documentNoun(i+1) || i+2 < end && d.isNominal(i+1) && d.words[i+1].clean() == d.words[i+1].text && d.documentNoun(i+2)) {
		// “…”라는 내용의 진술서를 발표했다, …자는 내용의 페이스북 메시지를 올렸다: the
		// document's content is quoted, and its author speaks (a title, …라는 제목의 논평,
		// names the document, it is not said); not when the document is the subject (…라는
		// 내용의 통계 자료가 …사실이 아니다: what is said about it)
		dn := i + 1 // the document's noun phrase: its last noun carries its particle (통계 자료가)
		for dn+1 < end && d.words[dn].clean() == d.words[dn].text && d.isNominal(dn) && len(d.words[dn+1].toks) > 0 && strings.HasPrefix(tokenize.FirstTag(d.words[dn+1].toks[0].POS), "N") {
			dn++
		}
		if t := d.words[dn].lastTok(); t != nil && tokenize.FirstTag(t.POS) == "JKS" {
			return f, false
		}
		f.stance, f.known = Neutral, true
		for j := i + 2; j < end && j < i+10; j++ {
			if !d.words[j].inQ && d.isVerbWord(j) && !copulaModifier(&d.words[j]) { // (소셜 네트워크인 페이스북에: a noun's apposition)
				f.verb, f.verbText = j, d.verbText(j, end)
				break
			}
		}
		return f, true
	}
	if n == "표현" && i+1 < end && !d.words[i+1].inQ && d.expressionUsed(i+1) {
		// ‘…’이라는 표현까지 사용하며: words someone uses as an expression are said by them;
		// an expression named otherwise (…라는 표현이 일반적이다) is a term, not speech
		f.stance, f.known = Neutral, true
		f.verb, f.verbText = i+1, d.verbText(i+1, end)
		return f, true
	}
	if n == "점" && d.words[i].clean() == "점을" && i+1 < end && !d.words[i+1].inQ && d.isVerbWord(i+1) {
		// …됐다는 점을 지적했다, …다는 점을 강조했다: the point made is what the verb of
		// saying reports, with the verb's stance (not …다는 점을 고려했다: no verb of saying)
		if st, known := verbStance(d.words[i+1].stem()); known && st != Hearsay && st != Belief {
			f.stance, f.known = st, true
			f.verb, f.verbText = i+1, d.verbText(i+1, end)
			return f, true
		}
		return f, false
	}
	if i+1 < end && strings.HasSuffix(d.words[i].clean(), "에") && aboutWords[d.words[i+1].clean()] {
		return f, false // …했다는 신고에 대하여 …판결했다: what the sentence is about, no one's words reported
	}
	if n == "소식" && i+1 < end && (d.words[i+1].stem() == "듣" || d.words[i+1].stem() == "들") {
		return f, false // …사망하였다는 소식을 듣고: news of an event heard, like 알려졌다, no one's words
	}
	st, ok := nounStance(n)
	if !ok && i+1 < end && leadingNoun(&d.words[i]) == d.words[i].clean() {
		// a bare noun before the reporting noun: 연구 결과를
		n2 := leadingNoun(&d.words[i+1])
		if st, ok = nounStance(n + n2); !ok {
			st, ok = nounStance(n2)
		}
		if ok {
			i++
		}
	}
	if !ok {
		return f, false
	}
	f.stance, f.known = st, true
	w := &d.words[i]
	if w.hasTag("VCP") { // 설명이다
		f.verb, f.verbText = i, d.verbText(i, end)
		return f, true
	}
	for j := i + 1; j < end && j < i+6; j++ {
		if !d.words[j].inQ && d.isVerbWord(j) { // (a verb inside a quote is what is said, not the frame's)
			f.verb, f.verbText = j, d.verbText(j, end)
			return f, true
		}
	}
	return f, true
}

// aboutWords follow X에 to make it what a clause is about (…에 대하여, 관해).
var aboutWords = map[string]bool{"대하여": true, "대해": true, "대해서": true, "대한": true, "관해": true, "관하여": true, "관한": true}

// reportNoun is the noun that heads word w as a reporting noun: its leading nouns, or, when
// those are no reporting noun, the word without its particle if that is one (해명문을, which the
// dictionary reads 해 + 명문 + 을 after …는: a reporting noun written whole is that noun).
func reportNoun(w *word) string {
	n := leadingNoun(w)
	if _, ok := nounStance(n); ok {
		return n
	}
	c := w.clean()
	for _, p := range [...]string{"을", "를", "이", "가", "은", "는", "도"} {
		if h, ok := strings.CutSuffix(c, p); ok && h != "" {
			if _, ok := nounStance(h); ok {
				return h
			}
		}
	}
	return n
}

// leadingNoun is the run of common nouns that starts word w: 전망 for 전망도.
func leadingNoun(w *word) string {
	var b pieces
	for _, t := range w.toks {
		if tg := tokenize.FirstTag(t.POS); tg == "NNG" || tg == "NNB" {
			b.add(t.Surface)
			continue
		}
		break
	}
	return b.String()
}

func lastRune(s string) (rune, int) {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i]&0xC0 != 0x80 {
			r := []rune(s[i:])
			return r[0], len(s) - i
		}
	}
	return 0, 0
}

// isModifier reports a word that modifies the next noun (과학적인, 새로운).
func isModifier(w *word) bool {
	t := w.lastTok()
	return t != nil && (tokenize.FirstTag(t.POS) == "ETM" || strings.HasSuffix(t.POS, "+ETM") || tokenize.FirstTag(t.POS) == "MM")
}

// potential reports a verb at word i in the potential construction (볼 수 있다, 말할 수 없다,
// 할 수밖에) or the obligative (덧붙여야 한다): a reporting verb so used states what one can or
// must say, the writer's judgement or a rule, not anyone's report.
func (d *doc) potential(i, end int) bool {
	if i+1 >= end {
		return false
	}
	if c := d.words[i].clean(); (strings.HasSuffix(c, "기") || strings.HasSuffix(c, "기는") || strings.HasSuffix(c, "기도")) && hardWord(d.words[i+1].clean()) {
		return true // …라고 보기 어렵다, 판단하기 힘들다: the writer's judgement on what can be said
	}
	if strings.HasSuffix(d.words[i].clean(), "야") && d.words[i+1].stem() == "하" {
		return true // ‘(광고)’라고 덧붙여야 한다: an obligation, what must be said, reports no one
	}
	t := d.words[i].lastTok()
	if t == nil || !strings.HasSuffix(t.POS, "ETM") || !strings.HasSuffix(t.Surface, "ㄹ") && !hasFinalL(t.Surface) {
		return false
	}
	return strings.HasPrefix(d.words[i+1].clean(), "수")
}

// hasFinalL reports a syllable ending in the consonant ㄹ (볼, 할, 말할): the prospective
// modifier.
func hasFinalL(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return utf8fast.Final(r) == 8
}

// documentNoun reports a word headed by a noun for a written statement (성명, 진술서, 문서,
// 기사, 보도자료, 서한, 공문): what one issues in writing.
func (d *doc) documentNoun(i int) bool {
	n := leadingNoun(&d.words[i])
	if names.source[n] {
		return true
	}
	for _, suf := range []string{"서", "문", "서한", "편지", "글", "기사", "메시지", "논평", "연하장", "초청장"} {
		if strings.HasSuffix(n, suf) && utf8.RuneCountInString(n) >= 2 {
			return true
		}
	}
	return false
}

// passiveReport reports the passive of a reporting verb (보고되었다, 발표됐다, 알려졌다,
// 전해진다): that something was said, by no one named (../shared/docs/QUOTES.md: 알려졌다,
// 전해졌다 report no one's speech).
func passiveReport(v string) bool {
	for _, p := range []string{"보고되", "보고됐", "발표되", "발표됐", "보도되", "보도됐", "알려졌", "알려지", "알려진", "전해졌", "전해지", "전해진"} {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	return false
}

// told reports a verb of being told (보고받았다, 통보받았다, 전달받았다, 전해 들었다): its
// subject received what is reported, and did not say it.
func told(v string) bool {
	for _, p := range []string{"보고받", "통보받", "전달받", "전해받", "전해들", "전해 들"} {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	return false
}

// hardWord reports 어렵다/힘들다 and their forms: after a verb made a noun with 기, what is
// hard to say.
func hardWord(c string) bool {
	return strings.HasPrefix(c, "어렵") || strings.HasPrefix(c, "어려") || strings.HasPrefix(c, "힘들") || strings.HasPrefix(c, "힘드")
}
