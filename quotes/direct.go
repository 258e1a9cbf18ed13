package quotes

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/internal/utf8fast"
	"github.com/gisa-nlp/gisa/tokenize"
)

// run walks the sentences in order, finding direct quotes and then indirect speech in each, so
// that "the previous speaker" is always the one a reader has just met.
func (d *doc) run() {
	k, sb, skip := 0, 0, -1
	bites := d.soundbites()
	for s, rng := range d.sents {
		if s <= skip {
			continue // words of an announced paragraph (see announcedBlock)
		}
		var in []int
		sentEnd := d.words[rng[1]-1].End
		for ; sb < len(bites) && bites[sb].Start < sentEnd; sb++ {
			d.add(bites[sb])
		}
		for k < len(d.regs) && d.regs[k].Open < sentEnd {
			in = append(in, k)
			k++
		}
		n0 := len(d.quotes)
		if len(in) > 0 {
			d.direct(s, in)
		}
		if !d.inHeadline(d.words[rng[0]].Start) {
			n := len(d.quotes)
			d.indirect(s)
			if len(d.quotes) == n && len(in) == 0 {
				if t := d.announcedBlock(s); t >= s {
					skip = t
					continue
				}
				d.askedBy(s)
			}
			if len(d.quotes) == n0 {
				d.reportedBy(s)
			}
		}
	}
}

// announcedBlock reads a paragraph without quote marks that is someone's words set apart as a
// block. Sentence s, which opens a paragraph and holds no quote marks and no quote, starts it;
// it runs to the paragraph's end or to the first sentence with quote marks or a report of its
// own. Such a paragraph is one direct quote when
//   - the paragraph before ends in a sentence that announces it (심상정은 해단식에서 이렇게
//     말했다. / 다음과 같이 밝혔다.): its speaker speaks, unless the paragraph opens with a
//     person or body named as its topic, which is the writer going on about someone; or
//   - it is written as speech, not as news: Korean news is narrated in the plain style (-다) and
//     never in the first person, so a paragraph in the formal polite style (-습니다) or in the
//     first person (저, 제가, 저희) is a speaker's, the one quoted last, at most two paragraphs
//     before.
//
// The index of the block's last sentence is returned, -1 when s opens no such block.
func (d *doc) announcedBlock(s int) int {
	a := d.sents[s][0]
	if s == 0 || !d.words[a].para || d.inHeadline(d.words[a].Start) {
		return -1
	}
	t := s
	for t+1 < len(d.sents) {
		na, nb := d.sents[t+1][0], d.sents[t+1][1]
		if d.words[na].para || d.hasRegion(na, nb) {
			break
		}
		if v := d.lastPredicate(na, nb); v >= 0 {
			if ownReport(d.words[v].stem()) {
				break // a report of its own (…을 발표했다)
			}
		}
		t++
	}
	span := spanOf(d.words[a].Start, d.words[d.sents[t][1]-1].End)
	if sp, verb, st, ok := d.announcer(s - 1); ok && !d.narrationOpens(s) {
		d.add(Quote{Span: span, Kind: Direct, Verb: verb, Stance: st, Speaker: sp})
		return t
	}
	if d.last != nil && len(d.quotes) > 0 && d.parasBetween(d.lastSent, s) <= 2 && d.speechStyle(s, t) {
		d.add(Quote{Span: span, Kind: Direct, Speaker: d.last})
		return t
	}
	return -1
}

// announcer reads sentence p as one that announces the words after it: its reporting verb is
// pointed with 이렇게, 다음과 같이, 아래와 같이 or 이같이 (not a clause before it: 이렇게 비상이
// 걸리자, … 했다), it holds no quote marks and no quote, and it names who speaks.
func (d *doc) announcer(p int) (*Speaker, string, Stance, bool) {
	pa, pb := d.sents[p][0], d.sents[p][1]
	if d.inHeadline(d.words[pa].Start) || d.hasRegion(pa, pb) || d.lastSent == p && len(d.quotes) > 0 {
		return nil, "", "", false
	}
	v := d.lastPredicate(pa, pb)
	if v < pa+2 || d.words[v].stem() == "하" {
		return nil, "", "", false
	}
	pointers := []string{"이렇게", "다음과", "아래와", "이같이"}
	if !slices.Contains(pointers, d.words[v-1].clean()) && !slices.Contains(pointers, d.words[v-2].clean()) {
		return nil, "", "", false
	}
	sp, verb, st, ok := d.pointingFrame(pa, pb, pointers)
	return sp, verb, st, ok && sp != nil
}

// narrationOpens reports a sentence that opens with a person or body named as its topic (이
// 부회장은 …에 대해서 사과했다): the writer telling about someone, not that one's words.
func (d *doc) narrationOpens(s int) bool {
	a, b := d.sents[s][0], d.sents[s][1]
	for k := a; k < b && k < a+6; k++ {
		if d.isTopic(k) && !d.words[k].inQ {
			p := d.npBefore(k)
			e := d.entityAt(p.Span)
			return e != nil && (e.Type == "PERSON" || e.Type == "ORGANIZATION") || d.holder(p)
		}
	}
	return false
}

// parasBetween counts the paragraphs opened after sentence r up to sentence s.
func (d *doc) parasBetween(r, s int) int {
	n := 0
	for k := r + 1; k <= s && k < len(d.sents); k++ {
		if a := d.sents[k][0]; a < d.sents[k][1] && d.words[a].para {
			n++
		}
	}
	return n
}

// speechStyle reports sentences s..t of which one ends in the formal polite style (…했습니다,
// …입니까) or speaks in the first person (저, 저희, 제가): the register of speech, not of news
// narration, in an article whose own sentences are plain (see politeNarration).
func (d *doc) speechStyle(s, t int) bool {
	if d.politeNarration() {
		return false
	}
	for k := s; k <= t; k++ {
		a, b := d.sents[k][0], d.sents[k][1]
		if d.politeEnd(k) {
			return true
		}
		for i := a; i < b; i++ {
			if firstPerson(d.words[i].toks) {
				return true
			}
		}
	}
	return false
}

// firstPerson reports a word that is the speaker's own pronoun, alone or with its particles
// (저는, 제가, 저희의, 제).
func firstPerson(toks []tokenize.Token) bool {
	if len(toks) == 0 || tokenize.FirstTag(toks[0].POS) != "NP" {
		return false
	}
	switch toks[0].Surface {
	case "저", "저희", "제":
	default:
		return false
	}
	for _, tk := range toks[1:] {
		if !strings.HasPrefix(tokenize.FirstTag(tk.POS), "J") {
			return false
		}
	}
	return true
}

// politeEnd reports a sentence that ends in the formal polite style: …습니다, …합니다, …입니까
// (a syllable closed by ㅂ, or 습, before 니다/니까; not 아니다).
func (d *doc) politeEnd(k int) bool {
	w := strings.TrimRight(d.words[d.sents[k][1]-1].clean(), ".!?…\"'”’")
	body, ok := strings.CutSuffix(w, "니다")
	if !ok {
		body, ok = strings.CutSuffix(w, "니까")
	}
	if !ok || body == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(body)
	return r == '습' || utf8fast.Final(r) == 17 // final ㅂ
}

// politeNarration reports an article told in the polite style (a broadcast's script, a
// statement given whole): half or more of its sentences outside quote marks end politely,
// so that style marks no speaker's words in it.
func (d *doc) politeNarration() bool {
	if d.polite == 0 {
		n, p := 0, 0
		for k, r := range d.sents {
			if r[1] <= r[0] || d.hasRegion(r[0], r[1]) {
				continue
			}
			n++
			if d.politeEnd(k) {
				p++
			}
		}
		d.polite = -1
		if n > 0 && 2*p >= n {
			d.polite = 1
		}
	}
	return d.polite > 0
}

// ownReport reports a verb stem that reports someone's words (밝히, 비판하, 발표하), not a verb
// of being (됐다), of seeing (보인다) or 하다 (…하기도 했다), which report nothing of their own.
func ownReport(stem string) bool {
	st, known := verbStance(stem)
	return known && st != Hearsay && st != Written && st != Belief
}

// reportedBy notes, after a sentence that ends in a reporting verb with its topic written and
// no quote of its own (a name in marks is none) (신천지는 이에 대해서도 MBC에게 비판했다), that its topic is the one speaking
// now: a report right after it with no subject (…담당자의 실수였다고 했다) is theirs, not the
// speaker of an earlier quote.
func (d *doc) reportedBy(s int) {
	a, b := d.sents[s][0], d.sents[s][1]
	v := d.lastPredicate(a, b)
	if v < 0 || !d.endsSentenceAt(v, b) || d.last == nil {
		return
	}
	if !ownReport(d.words[v].stem()) {
		return
	}
	// the topic opening the last clause, the one the reporting verb ends
	last := a
	for k := a; k < v; k++ {
		if d.clauseEnd(k) {
			last = k + 1
		}
	}
	r := d.quoteTopic(last, v)
	if r < 0 {
		return
	}
	if sp := d.speakerOf(d.npBefore(r)); sp != nil && sp.Name != d.last.Name {
		d.last, d.lastAt = sp, d.words[r].Start
	}
}

// askedBy notes, after a sentence in which the writer asks someone and quotes nobody (X에
// 전화로 문의했다, X 담당자에게 이유를 물었다), that the one asked is who answers next: an
// answer with no subject written (“…”라고 답했다) is theirs, as a quote going on from its
// speaker is.
func (d *doc) askedBy(s int) {
	a, b := d.sents[s][0], d.sents[s][1]
	v := d.lastPredicate(a, b)
	if v < 0 || !d.endsSentenceAt(v, b) {
		return
	}
	if st, ok := verbStance(d.words[v].stem()); !ok || st != Question {
		return
	}
	if sp := d.askedAt(a, v, 5); sp != nil {
		d.asked, d.askedSent = sp, s
	}
}

// askedAt is the one asked by the verb of asking at word v (X에 전화로 문의했다, X 측에 …
// 묻자): the person or body marked 에게 or 에 within the n words before it, from word a on;
// nil if none.
func (d *doc) askedAt(a, v, n int) *Speaker {
	for k := v - 1; k >= a && k >= v-n; k-- {
		c := d.words[k].clean()
		h, ok := strings.CutSuffix(c, "에게")
		if !ok {
			h, ok = strings.CutSuffix(c, "에")
		}
		if !ok || h == "" || d.words[k].inQ || d.isDateWord(k) {
			continue
		}
		p := d.npBefore(k)
		if p.End <= p.Start || !d.holder(p) && !d.plausible(p) {
			continue
		}
		return d.speakerOf(p)
	}
	return nil
}

// answerBack is, for an answer that comes back (“…”라는 답이 돌아왔다, verb at word v), the one
// asked earlier in the sentence [a, v) by a verb of asking that joins the next clause (X 측에
// …을 묻자, 문의하자): the answer is theirs. nil when no one asked is named.
func (d *doc) answerBack(a, v int) *Speaker {
	if d.words[v].stem() != "돌아오" {
		return nil
	}
	for k := v - 1; k >= a; k-- {
		if d.words[k].inQ || !d.isVerbWord(k) {
			continue
		}
		if st, ok := verbStance(d.words[k].stem()); ok && st == Question {
			return d.askedAt(a, k, 8) // (X 측에 조사 결과를 받아볼 수 있는지 묻자: what is asked may stand between)
		}
	}
	return nil
}

// tailOf is the rest of the word that holds region r's closing mark, after the mark, and the
// index of the word after it. A complementizer written apart from the mark (‘…하겠습니까’ 라는
// 질문에) is the tail too.
func (d *doc) tailOf(r region) (string, int) {
	tail, next := d.markTail(r)
	if tail == "" && next < len(d.words) && !d.words[next].inQ {
		c := d.words[next].clean()
		if spacedComplementizer[c] {
			return c, next + 1
		}
		// “…”, “…” 등으로 반응했다 / 등의 반응을 보였다: quotes listed with 등 are samples of
		// what was said, framed by the verb or the noun after 등 (‘…’ 등 총 7개: terms in
		// single marks so listed are not words said)
		switch {
		case isSingle(r.Mark):
		case c == "등" || c == "등으로" || c == "등을" || c == "등이라고":
			return "고", next + 1
		case c == "등의":
			return "라는", next + 1
		case spacedHa[c] != "":
			// “안녕하세요” 하고 인사했다, “…” 하는 우려: after a direct quote, 하다 written
			// apart is the quotative verb itself (직접 인용의 하고), framing as 라고 would
			return spacedHa[c], next + 1
		}
	}
	return tail, next
}

// spacedHa are the forms of the quotative 하다 written apart after a direct quote, with the
// complementizer each stands for.
var spacedHa = map[string]string{"하고": "고", "하며": "며", "하면서": "면서", "하는": "라는"}

// spacedComplementizer are the complementizers news sometimes writes apart from the mark.
var spacedComplementizer = map[string]bool{"고": true, "라고": true, "이라고": true, "라는": true, "이라는": true, "라며": true, "이라며": true, "라면서": true, "는": true, "며": true, "면서": true}

// markTail is the rest of the word that holds region r's closing mark, after the mark.
func (d *doc) markTail(r region) (string, int) {
	i := d.wordAt(r.End())
	if r.CloseLen == 0 { // an open region bounded at a complementizer or at the sentence end
		i = d.wordAt(r.Close)
		if i < len(d.words) && d.words[i].Start <= r.Close {
			return d.src[r.Close:d.words[i].End], i + 1
		}
		return "", i
	}
	if i < len(d.words) && d.words[i].Start < r.End() {
		return d.src[r.End():d.words[i].End], i + 1
	}
	return "", i
}

// opensAt reports the region index that opens at the start of word i, -1 if none.
func (d *doc) opensAt(i int) int {
	if i >= len(d.words) {
		return -1
	}
	w := &d.words[i]
	for off := w.Start; off < w.End; {
		r, size := utf8.DecodeRuneInString(d.src[off:])
		if ri, ok := d.regAt[off]; ok {
			return ri
		}
		if r != '(' && r != '[' {
			return -1
		}
		off += size
	}
	return -1
}

// direct handles the top-level quote regions that open in sentence s.
func (d *doc) direct(s int, regs []int) {
	end := d.sents[s][1]
	for x := 0; x < len(regs); {
		// a chain: quotes joined by 며/면서/commas share the last one's frame
		group := []int{regs[x]}
		var f frame
		for {
			r := d.regs[group[len(group)-1]]
			tail, next := d.tailOf(r)
			f = frame{kind: classifyTail(tail), verb: -1, subjAfter: -1, next: next}
			if a, b := r.Inner(); f.kind == compParticle && endsSentence(d.src[a:b]) {
				f.kind = compNone // “…합니다.”슬랙: a space missing after a finished sentence
			} else if f.kind == compParticle && (tail == "을" || tail == "를") && strings.HasSuffix(strings.TrimSpace(d.src[a:b]), "것") {
				// “역사를 겸허히 직시할 것”을 촉구했다: a demand written as its nominalised
				// content (…할 것) is the object of the demand verb, which reports it
				if g := d.reportVerbAfter(next, end); g.known && g.stance == Demand {
					f.kind = compQuote
				}
			} else if f.kind == compParticle && (tail == "을" || tail == "를") && d.saidObject(next, end) {
				// “핵 억제력 강화”를 언급하였지만, ‘국가 안보’를 또 다시 언급했다: words in
				// marks as the object of a verb of saying are the words said
				f.kind = compQuote
			}
			if f.kind == compChain || f.kind == compComma {
				if ri := d.opensAt(next); ri >= 0 && x+len(group) < len(regs) && regs[x+len(group)] == ri {
					group = append(group, ri)
					continue
				}
			}
			break
		}
		x += len(group)
		d.directGroup(s, end, group, f)
	}
}

// sayingVerbs say words given as their object (…을 언급했다, …을 외쳤다), unlike verbs that
// merely report or show a thing (‘바드’를 공개했다, 소개했다).
var sayingVerbs = map[string]bool{"언급하": true, "강조하": true, "거론하": true, "외치": true, "역설하": true, "되뇌": true, "연호하": true}

// saidObject reports a verb of saying within the three words from next (an adverb or two may
// stand between: 또 다시 언급했다).
func (d *doc) saidObject(next, end int) bool {
	for k := next; k < end && k < next+3; k++ {
		if d.words[k].inQ {
			return false
		}
		if d.isVerbWord(k) {
			return sayingVerbs[d.words[k].stem()]
		}
	}
	return false
}

// directGroup decides whether a chain of regions is speech, and with which verb and speaker.
func (d *doc) directGroup(s, end int, group []int, f frame) {
	first := d.regs[group[0]]
	if d.inHeadline(first.Open) {
		// a headline quotes speech in double marks; ‘미시 세계’의 신비 names a term, and so
		// does one word ("CancelKorea", "아마겟돈" 발언)
		if !isSingle(first.Mark) && f.kind != compParticle && f.kind != compNoun && (d.clauseLike(first) || d.verdictLine(first)) {
			d.headlineQuote(first)
		}
		return
	}
	if f.kind == compNone && !isSingle(first.Mark) {
		if hs, ok := d.titleLine(s); ok && d.words[d.wordAt(first.Open)].Start > d.words[hs].Start {
			d.namedLineQuote(first, hs) // a subheadline: 임지선 박사 "…"
			return
		}
	}
	if f.kind == compNone && !isSingle(first.Mark) && len(group) == 1 {
		// “…” 조국 대표가 말했다: words in marks that end their own clause, then the one who
		// said them and the verb of saying ending the sentence (the complementizer left out,
		// as leads write it)
		if g := d.reportVerbAfter(f.next, end); g.known && g.subjAfter >= f.next && d.nominalRun(f.next, g.subjAfter) && d.endsSentenceAt(g.verb, end) {
			g.kind, g.next = compQuote, f.next
			f = g
		} else if sp, verb, st, ok := d.ownedView(f.next, end); ok && d.speechLike(first, frame{kind: compQuote, verb: end - 1, known: true}, false) {
			// “…” 김 대표의 말이다: the words, then whose words they are
			d.addDirect(first, verb, st, sp)
			return
		} else if f.next >= end && s+1 < len(d.sents) && !d.words[d.sents[s+1][0]].para {
			// “…더 이상 물러설 곳이 없다.” 한 노조원의 말이다.: the words end their own
			// sentence, and the next, all of it, says whose words they were
			a2, b2 := d.sents[s+1][0], d.sents[s+1][1]
			if sp, verb, st, ok := d.ownedView(a2, b2); ok && d.npBefore(b2-2).from <= a2+1 && d.speechLike(first, frame{kind: compQuote, verb: b2 - 1, known: true}, false) {
				d.addDirect(first, verb, st, sp)
				return
			}
		}
	}
	if f.kind == compNoun && f.next+2 < end && (d.words[f.next].clean() == "게" || d.words[f.next].clean() == "것이") {
		// “…”는 게 기획재정부의 설명이다: the words are what the owner of the reporting noun
		// ending the sentence said (as for reported clauses, …다는 게 X의 설명이다)
		if sp, verb, st, ok := d.ownedView(f.next+1, end); ok {
			for _, ri := range group {
				d.addDirect(d.regs[ri], verb, st, sp)
			}
			return
		}
	}
	if k := d.examplesOf(f); k >= 0 {
		// “…”이라는 등 막말을 쏟아냈다, “…”라고 하는 등: words given as examples of what was
		// said (등, "and the like") are said by the sentence's subject, whatever the verb;
		// before a reporting noun (…는 등의 비판이 나왔다) the noun frames them
		if _, ok := d.nounFrame(k+1, end); ok {
			f.kind, f.next = compNoun, k+1
		} else if v := d.lastPredicate(k+1, end); v >= 0 {
			g := d.reportVerbAfter(k+1, v+1) // (a subject after 등 is the verb's)
			g.verb, g.verbText = v, d.verbText(v, end)
			if g.stance, g.known = verbStance(d.words[v].stem()); !g.known {
				g.stance = Neutral
			}
			g.known, g.kind, g.next = true, compQuote, f.next
			f = g
		}
	}
	switch f.kind {
	case compQuote:
		if f.verb >= 0 {
			break // (등: the frame is read above)
		}
		g := d.reportVerbAfter(f.next, end)
		g.kind, g.next = f.kind, f.next
		f = g
	case compChain:
		if v := d.lastPredicate(f.next, end); v >= 0 {
			f.verb, f.verbText = v, d.verbText(v, end)
			f.stance, f.known = verbStance(d.words[v].stem())
			if st, ok := d.speechIdiom(v); !f.known && ok {
				f.stance, f.known = st, true // “…”이라며 공세를 폈다: an idiom of saying ends the chain
			}
			g := d.reportVerbAfter(f.next, v+1)
			f.subjAfter = g.subjAfter
			if g.verb >= 0 && g.verb < v {
				if cut, _ := indirectCut(&d.words[g.verb]); cut > 0 || quotativeETM(&d.words[g.verb]) > 0 {
					// “…”라며 …수정이 필요하다는 주장을 했다: a subject before a reported
					// clause's complementizer is that clause's, not the chain verb's
					f.subjAfter = -1
				}
			}
		}
	case compNoun:
		g, ok := d.nounFrame(f.next, end)
		if v := d.answerCount(f.next, end); v >= 0 && (!ok || g.verb < 0 || !d.nounVerbOK(g.verb)) {
			// ‘많은 사람이 탈 수 없다’는 응답이 22.2%, …: a survey's answer counted, its
			// copula often left to the next clause
			g, ok = frame{verb: v, verbText: d.words[v].clean(), stance: Neutral, known: true, subjAfter: -1}, true
		}
		if !ok || g.verb < 0 || !d.nounVerbOK(g.verb) && !d.countsShare(g.verb) && !d.wordsAsMeans(f.next) {
			return // a quoted term: ‘…’라는 단어, …라는 결론을 내리게 된다
		}
		if g.stance == Finding && d.subjectIn(d.sents[s][0], d.wordAt(first.Open), true) < 0 {
			return // ‘…’는 결과가 나왔다: a finding with nobody named is not speech
		}
		g.kind, g.next = f.kind, f.next
		f = g
	case compParticle:
		return
	}
	single := isSingle(first.Mark)
	if f.kind == compNone && !single && len(group) == 1 {
		// 중앙정보부에 따르면 “…”.: a quote given under a source frame is the source's
		if sp, ok := d.sourcedQuote(s, first); ok {
			d.addDirect(first, "따르면", "", sp)
			return
		}
	}
	for _, ri := range group {
		if !d.speechLike(d.regs[ri], f, single) && !(len(group) > 1 && f.kind == compNoun && f.known && d.endsLikeClause(d.regs[ri])) {
			// (“인과응보다”, “…되나?”라는 반응: in a chain, a one-word answer that ends
			// like a sentence is said too)
			return
		}
	}
	sp, verb, stance := d.directSpeaker(s, group, f)
	echo := d.echoNext
	d.echoNext = false
	for _, ri := range group {
		n := len(d.quotes)
		d.addDirect(d.regs[ri], verb, stance, sp)
		if echo && len(d.quotes) > n {
			d.echoes = append(d.echoes, n) // (only a quote that was added: add may refuse one)
		}
	}
}

// addDirect records the words inside region r as a direct quote, unclosed when r has no closing
// mark.
func (d *doc) addDirect(r region, verb string, st Stance, sp *Speaker) {
	a, b := r.Inner()
	a, b = trimSpan(d.src, a, b)
	d.add(Quote{Span: spanOf(a, b), Kind: Direct, Verb: verb, Stance: st, Speaker: sp, Unclosed: r.CloseLen == 0})
}

// examplesOf is the word 등 that makes the quote before frame f an example of what was said:
// right after a quotative modifier (“…”이라는 등, “…”다는 등) or after 라고 하는 (“…”라고 하는
// 등); -1 if none.
func (d *doc) examplesOf(f frame) int {
	k := f.next
	if f.kind == compQuote && k+1 < len(d.words) && d.words[k].clean() == "하는" {
		k++
	} else if f.kind != compNoun {
		return -1
	}
	if k < len(d.words) && !d.words[k].inQ && (d.words[k].clean() == "등" || d.words[k].clean() == "등의") {
		return k
	}
	return -1
}

// alsoThere reports 있다 at word v after a reporting noun marked 도 (댓글도 있었다, 의견도
// 있다): one more view exists, as a view arises with 나오다.
func (d *doc) alsoThere(v int) bool {
	if v < 1 {
		return false
	}
	n, ok := strings.CutSuffix(d.words[v-1].clean(), "도")
	if !ok {
		return false
	}
	_, ok = nounStance(n)
	return ok
}

// ownedView reads words [from, end) as X의 N이다 closing the sentence, N a reporting noun
// (기획재정부의 설명이다): X speaks, with N's stance and N이다 as the verb.
func (d *doc) ownedView(from, end int) (*Speaker, string, Stance, bool) {
	last := &d.words[end-1]
	st, ok := nounStance(leadingNoun(last))
	if !ok || !last.hasTag("VCP") || end-2 < from {
		return nil, "", "", false
	}
	k := end - 2
	if k-1 >= from && isModifier(&d.words[k]) && !d.words[k].inQ {
		k-- // “…”라는 게 업계의 공통된 시각이다: a modifier between the owner and the noun
	}
	p, ok := d.genitiveAt(k)
	if !ok || p.from < from {
		return nil, "", "", false
	}
	return d.speakerOf(p), d.verbText(end-1, end), st, true
}

// nominalRun reports words [a, b) outside quotes that are all nominal (the subject's phrase
// before its particle word b).
func (d *doc) nominalRun(a, b int) bool {
	for k := a; k < b; k++ {
		if d.words[k].inQ || !d.isNominal(k) {
			return false
		}
	}
	return true
}

// endsLikeSentence reports content that ends with the declarative ending 다 (문제가 크다): a
// clause, whatever the tagger read its last word as. (요 and 까 end nouns too: 동요, 수요.)
func endsLikeSentence(content string) bool {
	r, _ := utf8.DecodeLastRuneInString(content)
	return r == '다'
}

// endsLikeClause reports a region whose content ends with the declarative 다 (인과응보다).
func (d *doc) endsLikeClause(r region) bool {
	a, b := r.Inner()
	return endsLikeSentence(strings.TrimSpace(d.src[a:b]))
}

// speechLike reports whether a region reads as speech under frame f.
func (d *doc) speechLike(r region, f frame, single bool) bool {
	a, b := r.Inner()
	content := strings.TrimSpace(d.src[a:b])
	if content == "" {
		return false
	}
	nw, _, _ := wordStats(content)
	clause := endsSentence(content) || nw >= 4 || d.endsWithPredicate(b) || nw >= 2 && endsLikeSentence(content)
	switch f.kind {
	case compQuote, compChain:
		if f.verb < 0 || f.denied {
			return false // (“…”고 보기는 어렵다: the writer's judgement on words, not a quote)
		}
		if single {
			if !clause {
				if k := d.wordAt(r.Open) - 1; k >= 0 && d.words[k].sent == d.words[k+1].sent && d.isSubjectWord(k) && !d.isTopic(k) && !d.canSpeak(d.npBefore(k)) {
					return false // 준비작업이 ‘마감 단계’라며: a term predicated of the subject before it, a thing (응답자의 31.9%가 ‘15만원 미만’이라고: the share answers)
				}
			}
			return f.known && (clause || nw >= 2)
		}
		return f.known || clause
	case compNoun:
		// (“…”라는 입장이다, “정치 탄압”이라는 입장이다: a view given in two words of double marks
		// is said when it is a view, or a topic before it holds it; a neutral noun so framed
		// with no one before it, “미시 세계”라는 말, names a term)
		return f.known && (clause || nw >= 3 || nw >= 2 && !single && (f.stance != Neutral || d.mainTopicIn(d.sents[d.words[d.wordAt(r.Open)].sent][0], d.wordAt(r.Open))))
	case compNone, compComma:
		if !d.standsAlone(r) && d.topicQuote(r) < 0 {
			return false
		}
		if single {
			return r.CloseLen > 0 && endsSentence(content) && nw >= 4
		}
		return clause && nw >= 2
	}
	return false
}

// canSpeak reports a noun phrase that can be a speaker: a person, a body, a group or a survey's
// share of respondents.
func (d *doc) canSpeak(p np) bool {
	return d.plausible(p) || d.holder(p) || d.isShare(p)
}

// wordsAsMeans reports a reporting noun at word i marked with 로 (“…”는 말로 회견장을
// 빠져나갔다, “…”라는 한마디로 답했다): the words are the means of what the subject does, so
// the subject said them, whatever the verb.
func (d *doc) wordsAsMeans(i int) bool {
	if i >= len(d.words) {
		return false
	}
	c := d.words[i].clean()
	if !strings.HasSuffix(c, "로") {
		return false
	}
	return spokenWords[strings.TrimSuffix(strings.TrimSuffix(c, "로"), "으")]
}

// spokenWords are nouns for words spoken (not a message or a sign, which may be shown: …라는
// 메시지로 바뀌었다).
var spokenWords = map[string]bool{"말": true, "한마디": true, "말씀": true, "인사": true, "인사말": true, "발언": true}

// topicQuote is the word of the topic when a quote with no frame ends a sentence that only a
// topic opens (30세의 영국 여성은 "외부와의 접촉이 일절 없었다".): the topic said it, the
// reporting verb left out. -1 otherwise.
func (d *doc) topicQuote(r region) int {
	i := d.wordAt(r.Open)
	if i >= len(d.words) || d.words[i].Start < r.Open || i == 0 {
		return -1
	}
	s := d.words[i].sent
	a := d.sents[s][0]
	t := i - 1
	if t < a || d.words[t].sent != s || !d.isTopic(t) || !d.isTopicWord(t) && !d.holder(d.npBefore(t)) {
		return -1
	}
	for k := d.clauseStart(a, t); k < t; k++ {
		if d.words[k].isPredicate() || d.words[k].inQ {
			return -1 // (the topic alone opens the sentence: 30세의 영국 여성은)
		}
	}
	j := d.wordAt(r.End() - 1)
	if j >= len(d.words) {
		return t
	}
	rest := strings.TrimSpace(d.src[r.End():d.words[j].End])
	if strings.Trim(rest, ".!?…") != "" || d.sents[s][1] != j+1 {
		return -1
	}
	return t
}

// standsAlone reports whether a quote with no frame fills its sentence: nothing but
// connectives or brackets before it, and the sentence ends after it (not “…” 같은 예시).
func (d *doc) standsAlone(r region) bool {
	i := d.wordAt(r.Open)
	s := d.words[i].sent
	for k := d.sents[s][0]; k < i; k++ {
		if !connectives[d.words[k].clean()] && !d.isDateWord(k) {
			return false
		}
	}
	if pre := d.src[d.words[i].Start:r.Open]; strings.Trim(pre, "([ ") != "" {
		return false
	}
	j := d.wordAt(r.End() - 1)
	if j >= len(d.words) {
		return true
	}
	rest := strings.TrimSpace(d.src[r.End():d.words[j].End])
	if strings.Trim(rest, ".,!?…)]") != "" {
		return endsSentence(d.src[r.Open:r.Close]) // “…합니다.”슬랙
	}
	return d.sents[s][1] == j+1 || strings.HasPrefix(rest, ",") && d.opensAt(j+1) >= 0
}

// nounFrameVerbs are the predicates a reporting noun takes: …라는 전망도 내놨다, …는 지적이
// 나왔다, …는 설명도 함께 있다, …는 주장을 폈다.
var nounFrameVerbs = map[string]bool{
	"내놓": true, "높": true, "많": true, "확산되": true, "퍼지": true, "날리": true, "밝혀내": true, "나오": true, "듣": true, "들": true, "빗발치": true, "접수되": true, "쏟아지": true, "이어지": true, "제기되": true, "있": true, "펴": true, "드러내": true, "내비치": true,
	"나타내": true, "표하": true, "표명하": true, "잇따르": true, "일": true, "하": true, "이": true,
	"밝히": true, "전하": true, "덧붙이": true, "내세우": true, "보이": true, "얻": true,
	"던지": true, "받": true, "내": true, "남기": true, "고수하": true, "게시하": true, "작성하": true, "보내": true, "올리": true, "게재하": true, "공개하": true,
	"채택하": true,              // …라는 공동성명을 채택했다
	"송출하": true, "내보내": true, // …라는 자막을 송출했다: a broadcaster's caption is its words
	"생기":  true, // …다는 루머가 생겼다: a view that arises, as with 나오다
	"들어오": true, // …다는 보고가 들어왔다, …는 제보가 들어왔다: a report that arrives, its source not named
	"돌아오": true, // …묻자 …라는 답이 돌아왔다: an answer that comes back, from the one asked (answerBack)
}

// nounVerbOK reports whether word v can carry a reporting noun's frame.
func (d *doc) nounVerbOK(v int) bool {
	st := d.words[v].stem()
	if (st == "들" || st == "듣") && (v == 0 || !d.words[v-1].hasTag("JKO")) {
		return false // …다는 평을 들었다 (heard), not …다는 생각이 들었다 (came to mind: 들다, which the dictionary may read 듣다)
	}
	if nounFrameVerbs[st] {
		return true
	}
	if d.expressionUsed(v) {
		return true // ‘…’이라는 표현까지 사용하며 (not …라는 게시물을 사용했다)
	}
	if _, ok := verbStance(st); ok {
		return true
	}
	// 설명이다, 지적이다: the noun itself with the copula
	return strings.HasSuffix(st, "이") && d.words[v].hasTag("VCP")
}

// expressionUsed reports a verb of using at word v (사용하다, 쓰다) right after the noun 표현:
// words someone uses as an expression (‘…’이라는 표현까지 사용하며, …라는 표현을 썼다) are said
// by them.
func (d *doc) expressionUsed(v int) bool {
	st := d.words[v].stem()
	return (st == "사용하" || st == "쓰") && v > 0 && leadingNoun(&d.words[v-1]) == "표현"
}

// endsWithPredicate reports whether the content ending at byte b ends with a predicate.
func (d *doc) endsWithPredicate(b int) bool {
	i := d.wordAt(b - 1)
	if i >= len(d.words) {
		return false
	}
	for _, t := range d.words[i].toks {
		if t.Start >= b {
			break
		}
		if tg := tokenize.FirstTag(t.POS); tg == "EF" || tg == "EC" || strings.Contains(t.POS, "EF") {
			return true
		}
	}
	return false
}

// directSpeaker finds the speaker, verb and stance of a chain of direct quotes.
func (d *doc) directSpeaker(s int, group []int, f frame) (*Speaker, string, Stance) {
	first := d.regs[group[0]]
	from := d.sents[s][0]
	open := d.wordAt(first.Open)
	verb, stance := f.verbText, f.stance
	if f.kind == compNone || f.kind == compComma {
		if sp := d.parenAttribution(d.regs[group[len(group)-1]]); sp != nil {
			return sp, "", ""
		}
		if t := d.topicQuote(d.regs[group[len(group)-1]]); t >= 0 {
			return d.speakerOf(d.npBefore(t)), "", "" // 영국 여성은 "…".
		}
		return d.standaloneSpeaker(s, open)
	}
	if (f.kind == compQuote || f.kind == compChain) && !d.mainTopicIn(from, open) {
		// “…”라고 말하는 사람들도 있었다, “…”라며 혐오를 하는 이들도 있었다: with no topic
		// before the quote, the people the verb of saying describes said it (이들, unnamed,
		// names nobody)
		if g := d.reportVerbAfter(f.next, end(d, s)); g.verb >= 0 && d.modifierVerb(g.verb) {
			if p, ok := d.npAfter(g.verb+1, end(d, s)); ok && peopleWords[d.words[p.to].head] {
				if unnamedPeople[d.words[p.to].head] {
					return nil, verb, stance
				}
				return d.speakerOf(p), verb, stance
			}
		}
	}
	lim := open + boolInt(d.words[open].Start < first.Open)
	if sp := d.genitiveOwner(lim); sp != nil && f.kind == compNoun {
		// 박중양의 “…”라는 말도 있다: X의 before the quote makes the words X's
		return sp, verb, stance
	}
	if d.answerShare(f) {
		return &Speaker{Name: d.population()}, verb, stance
	}
	if f.verb >= 0 && (d.clauseMadeNoun(f.verb) || ownSubjectEnd(d.words[f.verb].clean())) {
		// 선관위는 김영순 후보가 “…”라고 주장한 것에 대해 …: a quote in a clause made a noun is
		// said by that clause's own subject, after the sentence's topic (as for reported
		// clauses); so is a quote whose verb ends its clause in -지만, -(으)나, -는데 or -자,
		// endings that let the next clause have another subject (김 의원은 윤 대통령이
		// “…”고 했지만 “…”고 지적했다: the president said the first)
		for k := lim - 1; k >= from; k-- {
			if !d.words[k].inQ && d.isSubjectWord(k) && !d.isTopic(k) && d.holder(d.npBefore(k)) {
				return d.speakerOf(d.npBefore(k)), verb, stance
			}
		}
	}
	if f.kind == compNoun && f.verb >= 0 && d.words[f.verb].stem() == "돌아오" {
		return d.answerBack(from, f.verb), verb, stance // …묻자, “…”라는 답변이 돌아왔다: the one asked answers
	}
	if st := d.words[max(f.verb, 0)].stem(); f.kind == compNoun && f.verb >= 0 && impersonal[st] && st != "있" && st != "받" {
		// “…”, “…” 등의 의혹이 제기되었다: the view itself is the subject of 제기되다/나오다,
		// so a subject before the quote is part of what is said, and only the noun's owner
		// (…는 전문가 지적이 나왔다) names a source
		if k := d.sourceTopic(from, lim); k >= 0 && d.plausibleSource(d.npSource(k)) {
			return d.speakerOf(d.npSource(k)), verb, stance // 일각에서는 ‘…’는 의견도 나오고 있어 (not 경기장에서는: a place)
		}
		last := d.regs[group[len(group)-1]]
		return d.nounOwner(d.wordAt(last.Close)+1, f.verb), verb, stance
	}
	if j := d.frameSubject(from, lim, true); j >= 0 {
		if sp := d.citedSource(j, lim); sp != nil {
			return sp, verb, stance // 외신들은 X의 발표를 인용해 “…”고 보도했다: X's words
		}
		if k := d.nestedSubject(f, j, lim, end(d, s)); k >= 0 {
			return d.speakerOf(d.npBefore(k)), verb, stance // 연합뉴스는 관계자가 “…”고 밝혔다고 전했다
		}
		if d.isSourceTopic(j) {
			return d.speakerOf(d.npSource(j)), verb, stance
		}
		return d.speakerOf(d.npBefore(j)), verb, stance
	}
	if f.subjAfter >= 0 {
		return d.speakerOf(d.subjectNP(f.subjAfter)), verb, stance
	}
	for k := from + 1; k < lim; k++ {
		if d.sourceFrameAt(k) {
			// 한국농수산식품유통공사에 따르면 “…”고 전했다: with no subject, the source
			// the sentence names gives the words
			if sp := d.sourceBefore(from, k); sp != nil {
				return sp, verb, stance
			}
			break
		}
	}
	if sp := d.statementOwner(from, lim, true); sp != nil {
		return sp, verb, stance // 외교부 대변인 명의의 논평을 통해 “…”: no subject, the statement's owner
	}
	if st := d.words[max(f.verb, 0)].stem(); f.verb >= 0 && impersonal[st] && (st != "있" || d.alsoThere(f.verb)) && st != "받" {
		// ‘…아니냐’는 목소리가 나오고 있다: a view that arises (나오다, 제기되다, 일다) with no
		// subject names no source, unless the noun says whose it is (…는 전문가 지적이
		// 나왔다). (…는 설명이 있다 is in a document named before, but “…”라는 댓글도
		// 있었다 adds one more view, held by no one named; …는 평가를 받았다 is about its
		// subject.)
		last := d.regs[group[len(group)-1]]
		return d.nounOwner(d.wordAt(last.Close)+1, f.verb), verb, stance
	}
	if r := d.quoteTopic(from, lim); r >= 0 && f.known {
		// 핑크퐁은 과거 …인터뷰했을 당시, “…”라고 언급하였다: what is said is inside the
		// marks, so the topic that opens the sentence outside them is who says it, whatever
		// it names (a brand the dictionary does not know)
		if sp := d.speakerOf(d.npBefore(r)); sp != nil {
			return sp, verb, stance
		}
	}
	return d.fallbackSpeaker(s, f.verb), verb, stance
}

// quoteTopic is the topic (은/는) of the noun phrase that opens the clause before word lim, a
// direct quote's opening mark: not a time, a date, a count, a place where (미국에서는) or a
// demonstrative. -1 if none.
func (d *doc) quoteTopic(from, lim int) int {
	k := d.openingWord(from, lim)
	if k < 0 || !d.isTopicAt(k) || d.isDateWord(k) || timeNouns[d.words[k].head] || d.demonstrative(k) || d.boundNoun(k) || d.isSourceTopic(k) || numberPhrase(d.words[k].head) || d.alsoTopic(k) {
		return -1
	}
	return k
}

// mainTopicIn reports a plausible topic in words [a, b) outside quotes that is not inside a
// relative clause (외국인들도 많이 모이는 이태원: 외국인들 is the clause's).
func (d *doc) mainTopicIn(a, b int) bool {
	for i := a; i < b; i++ {
		if !d.words[i].inQ && d.isTopicWord(i) && !d.inRelativeAny(i, b) {
			return true
		}
	}
	return false
}

// inRelativeAny is inRelative for a topic too (a topic marked 도 may be a relative clause's:
// 외국인들도 많이 모이는 이태원).
func (d *doc) inRelativeAny(i, to int) bool {
	k := i + 1
	for n := 0; n < 2 && k+1 < to && d.isAdverb(k); n++ {
		k++
	}
	return k+1 < to && d.words[k].isPredicate() && isModifier(&d.words[k])
}

// peopleWords head the people a clause of saying describes (…라고 말하는 사람들).
var peopleWords = map[string]bool{"사람": true, "사람들": true, "이": true, "이들": true, "분": true, "분들": true,
	"네티즌": true, "네티즌들": true, "누리꾼": true, "누리꾼들": true, "시민": true, "시민들": true}

// unnamedPeople are the people words that name nobody as a speaker (…하는 이들도 있었다).
var unnamedPeople = map[string]bool{"이": true, "이들": true, "분": true, "분들": true}

// genitiveOwner is the person or body named with 의 right before the quote that opens at word
// lim (윤치호의 “…”), nil when the word before holds no such name.
func (d *doc) genitiveOwner(lim int) *Speaker {
	p, ok := d.genitiveAt(lim - 1)
	if !ok || !d.holder(p) && !d.namedHead(p) {
		return nil
	}
	return d.speakerOf(p)
}

// genitiveAt is the noun phrase that word k marks with the genitive 의 (조국 전 장관의), without
// the particle; false when word k, outside quotes, is no such phrase.
func (d *doc) genitiveAt(k int) (np, bool) {
	if k < 0 || d.words[k].inQ || !strings.HasSuffix(d.words[k].text, "의") {
		return np{}, false
	}
	t := d.words[k].lastTok()
	if t == nil || t.Surface != "의" || tokenize.FirstTag(t.POS) != "JKG" {
		return np{}, false
	}
	p := d.npBefore(k)
	p.End = t.Start
	return p, p.End > p.Start
}

// end is the word after the last of sentence s.
func end(d *doc, s int) int { return d.sents[s][1] }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fallbackSpeaker is the speaker of a frame in sentence s whose subject is omitted (verb is
// the reporting verb's word, -1 if none): the recogniser's understood subject at the verb; the
// topic of the previous sentence when that sentence quotes nobody (아리스토텔레스는 …알아챘다.
// …는 주장을 내놓았다); the previous speaker; the headline's speaker.
func (d *doc) fallbackSpeaker(s, verb int) *Speaker {
	if d.asked != nil && d.askedSent == s-1 {
		return d.asked // …총무팀에 전화로 문의했다. “…”고 답했다: the one asked answers
	}
	if d.last != nil && s > 0 && d.lastSent == s-1 && goesOn[d.words[d.sents[s][0]].clean()] {
		// 그러면서 “…”고 밝혔다: a sentence opened by 그러면서 or 이어 goes on with the one
		// quoted in the sentence before, whatever else the article has named since (at the
		// verb's own omitted mention when coreference found the same one)
		if sp := d.omittedSubject(verb); sp != nil && sp.Name == d.last.Name {
			return sp
		}
		return d.last
	}
	if sp := d.omittedSubject(verb); sp != nil {
		return sp
	}
	if s > 0 && d.lastSent < s-1 && !d.words[d.sents[s][0]].para {
		a, b := d.sents[s-1][0], d.sents[s-1][1]
		if !d.inHeadline(d.words[a].Start) {
			if j := d.subjectIn(d.clauseStart(a, b), b, true); j >= 0 && d.isTopic(j) && d.isTopicWord(j) {
				return d.speakerOf(d.npBefore(j))
			}
			// (무인기 5대 중 1대는 …확인됐다. 나머지 4대는 …사라졌다고 밝혔다: a topic that
			// cannot speak, a count, is not whom the omitted subject points back to; the one
			// who spoke last still is)
			if j := d.openingSubject(a, b); j >= 0 {
				// 충청남도가 …점검하였다. …강화할 방침에 있다고 밝혔다: a subject left out
				// goes on from the one that opens the sentence before
				return d.speakerOf(d.npBefore(j))
			}
		}
	}
	if d.last != nil && verb >= 0 && d.lastSent == s && d.lastAt > d.words[verb].Start {
		// a quote later in the sentence was found first (direct quotes are read before
		// reported clauses): what goes on is the speaker before this report, in its
		// paragraph, else nobody named
		if sp, at := d.speakerBefore(d.words[verb].Start); sp != nil && d.sameParagraph(d.words[d.wordAt(at)].sent, s) {
			return sp
		}
		return nil
	}
	if d.last != nil {
		if verb >= 0 && d.isPopulation(d.last) && !answerVerbs[d.words[verb].stem()] && !startsWithDigit(d.words[verb].text) && d.lastReporter != nil {
			// a survey's group answers (답했다, 응답했다, …가 7.2%였다); what is reported
			// without a subject after its answers (…것으로 보인다고 밝혔다) is the surveyor's
			return d.lastReporter
		}
		return d.last
	}
	if d.headSp == nil && verb >= 0 && d.isVerbWord(verb) && !d.words[verb].hasTag("VCP") {
		// (a view named by a noun, …라는 평가다, …는 주장이다, has no speaker to go on from)
		if sp := d.leadSubject(s); sp != nil {
			return sp
		}
	}
	return d.headSp
}

// leadSubject is, before anyone is quoted, the person or body that is the subject or topic of
// the nearest of the three sentences before sentence s that has one (정홍원 국무총리가 …발언을
// 했다. 최근 논란이 된 발언이다. …질문에 “…”라고 했다): a subject left out goes on from the
// one the text was last about; nil if none (the headline is not looked at).
func (d *doc) leadSubject(s int) *Speaker {
	for t := s - 1; t >= 0 && t >= s-3; t-- {
		a, b := d.sents[t][0], d.sents[t][1]
		if d.inHeadline(d.words[a].Start) || d.sentenceQuotes(t) {
			return nil // (a sentence that reports a view is about what it reports)
		}
		j := d.openingSubject(a, b)
		if j < 0 {
			if k := d.subjectIn(d.clauseStart(a, b), b, true); k >= 0 && d.isTopic(k) && d.isTopicWord(k) {
				j = k
			} else if k := d.quoteTopic(a, b); k >= 0 {
				if p := d.npBefore(k); d.roleHead(p) {
					// 용의자는 30대 남성이다: a person in their part in the story, acting or
					// described, is whom the text is now about
					return d.speakerOf(p)
				}
				if !d.words[b-1].hasTag("VCP") {
					// 용의자는 범행을 부인했다, 법안은 국회를 통과했다: a topic that acts is
					// what the text is now about, though no speaker the search knows; one the
					// copula only describes (해당 단어는 …욕설이다) is an aside, as a sentence
					// with no subject is
					return nil
				}
			}
		}
		if j >= 0 {
			if p := d.npBefore(j); d.holder(p) {
				return d.speakerOf(p)
			}
			return nil // the sentence is about something else
		}
	}
	return nil
}

// sentenceQuotes reports a quote found in sentence t.
func (d *doc) sentenceQuotes(t int) bool {
	a, b := d.words[d.sents[t][0]].Start, d.words[d.sents[t][1]-1].End
	for i := range d.quotes {
		if q := &d.quotes[i]; q.Start >= a && q.Start < b {
			return true
		}
	}
	return false
}

// goesOn are the connectives that open a sentence going on with the previous speaker's words
// (그러면서, 이어): the speaker goes on with them.
var goesOn = map[string]bool{"그러면서": true, "이어": true, "이어서": true, "그러면서도": true}

// speakerBefore is the speaker of the last quote found that starts before offset at, and
// where that quote starts; nil if none.
func (d *doc) speakerBefore(at int) (*Speaker, int) {
	var sp *Speaker
	best := -1
	for i := range d.quotes {
		if q := &d.quotes[i]; q.Speaker != nil && q.Start < at && q.Start > best {
			sp, best = q.Speaker, q.Start
		}
	}
	return sp, best
}

// reporterTopic is the topic or subject (은/는, 이/가) that opens sentence [a, b) when the
// sentence ends with a reporting verb (미국은 유명희를 지지하기로 공식 발표하였다, 성남시가
// …나선다고 17일 밝혔다): whoever it names, a country or a city too, reports, and a report
// right after it with its subject left out goes on from it. -1 when there is none.
func (d *doc) reporterTopic(a, b int) int {
	v := b - 1
	for v >= a && !d.isVerbWord(v) {
		v--
	}
	if v < a || !d.endsSentenceAt(v, b) {
		return -1
	}
	if st, known := verbStance(d.words[v].stem()); !known || st == Hearsay && !pastHa(d.words[v].clean()) {
		return -1 // (…다고 한다 is hearsay; X는 …다고 했다 is X's report)
	}
	if first := d.openingSubject(a, b); first >= 0 && first < v && !(!d.isTopic(first) && d.pointedBack(first, v)) && !d.contrastPair(first, v) {
		return first
	}
	return -1
}

// contrastPair reports a topic at word i that is the subject of a clause ending in -지만/-으나,
// with no other subject between, before a clause opened by another topic and ending before
// word v (중화인민공화국과 인도는 성장하겠지만, 다른 신흥국들은 역성장 할 것이라고 예상했다):
// two topics set against each other are what is said on both sides, not who says it.
func (d *doc) contrastPair(i, v int) bool {
	if !d.isTopic(i) {
		return false
	}
	for k := i + 1; k < v; k++ {
		if d.words[k].inQ || d.isSubjectWord(k) {
			return false
		}
		if d.clauseEnd(k) {
			if _, speech := verbStance(d.words[k].stem()); speech {
				return false // 조 교수는 새로운 시도를 강조하지만 …: the topic's own act is speaking
			}
			return contrastEnd(d.words[k].clean()) && d.contrastTopic(k+1, v)
		}
	}
	return false
}

// pointedBack reports a clause after word from that opens with a demonstrative pointing back
// to the clause before it (…포위하고 있으며 이는 …), before word to: that clause is part of
// what is said, and a subject marked 이/가 in it is no speaker.
func (d *doc) pointedBack(from, to int) bool {
	for k := from + 2; k < to; k++ {
		if d.demonstrative(k) && d.clauseEnd(k-1) {
			return true
		}
	}
	return false
}

// openingSubject is the topic or subject (은/는, 이/가) that opens sentence [a, b), past
// connectives and dates, when it can speak: a person, a body, a group or a place that stands
// for its government (충청남도가). -1 when there is none.
func (d *doc) openingSubject(a, b int) int {
	first := d.openingWord(a, b)
	if first < 0 || d.alsoTopic(first) || d.inRelative(first, b) ||
		d.demonstrative(first) || d.boundNoun(first) || d.isSourceTopic(first) || timeNouns[d.words[first].head] {
		return -1 // (미국에서는: where, not who; 이제는: when)
	}
	p := d.npBefore(first)
	if n := cleanName(d.text(p)); countName(n) || !sourceName(n) {
		return -1
	}
	if !d.holder(p) && !d.placeHead(p) && (d.entityAt(p.Span) != nil || !d.plausible(p)) {
		// 헬기는 …한다고 밝혔다, 주한미군 사드체계는 …: a thing is what is said, even one
		// named after a body; the reporter is left out
		return -1
	}
	return first
}

// openingWord is the word that ends, with a subject or topic particle, the noun phrase opening
// the clause that starts at or after word a, before word b (대한민국 충청남도가: the subject
// word ends the phrase that opens the sentence); -1 when that phrase ends otherwise or the word
// is inside quote marks.
func (d *doc) openingWord(a, b int) int {
	start := d.clauseStart(a, b)
	k := start
	for k < b && k < start+5 && !d.isSubjectWord(k) && d.isNominal(k) {
		k++
	}
	if k >= b || d.words[k].inQ || !d.isSubjectWord(k) || d.npBefore(k).from != start {
		return -1
	}
	return k
}

// placeHead reports a phrase headed by a place name (미국, 경기도): a country, province or
// city speaks through its government.
func (d *doc) placeHead(p np) bool {
	for _, t := range d.words[p.to].toks {
		if t.Start >= p.End {
			break
		}
		if tokenize.FirstTag(t.POS) == "NNP" && t.Features.Semantic == "지명" {
			return true
		}
	}
	return false
}

// isTopic reports a subject word marked with the topic particle 은/는.
func (d *doc) isTopic(i int) bool {
	t := d.words[i].lastTok()
	return t != nil && tokenize.FirstTag(t.POS) == "JX" && (t.Surface == "은" || t.Surface == "는")
}

// standaloneSpeaker attributes a quote with no frame of its own: to the frame of a neighbour
// sentence that points at it (이같이 강조했다 / 이렇게 말했다), to the speaker before a
// continuing connective (또한 “…”), to the next sentence's subject for a quote that opens a
// paragraph, and else to the previous speaker.
func (d *doc) standaloneSpeaker(s, open int) (*Speaker, string, Stance) {
	// the next sentence refers back to it: …비전을 이같이 강조했다
	if s+1 < len(d.sents) {
		a, b := d.sents[s+1][0], d.sents[s+1][1]
		if sp, v, st, ok := d.pointingFrame(a, b, []string{"이같이", "이렇게", "이와", "이처럼"}); ok {
			return sp, v, st
		}
	}
	// the previous sentence announces it: 이렇게 말한다. “…”
	if s > 0 {
		a, b := d.sents[s-1][0], d.sents[s-1][1]
		if sp, v, st, ok := d.pointingFrame(a, b, []string{"이렇게", "다음과", "이런", "이같이", "이같은"}); ok && !d.hasRegion(a, b) {
			return sp, v, st
		}
	}
	// 또한 “…”: the previous quote continues
	from := d.sents[s][0]
	if open > from {
		switch d.words[from].clean() {
		case "또한", "또", "이어", "이어서", "그러면서":
			if n := len(d.quotes); n > 0 && d.lastSent >= s-1 {
				q := d.quotes[n-1]
				return q.Speaker, q.Verb, q.Stance
			}
		}
	}
	// a paragraph-opening quote: the next sentence's subject speaks
	if d.words[open].para || s > 0 && d.inHeadline(d.words[d.sents[s-1][0]].Start) {
		if s+1 < len(d.sents) {
			a, b := d.sents[s+1][0], d.sents[s+1][1]
			if b > a+6 {
				b = a + 6
			}
			if i := d.subjectIn(a, b, true); i >= 0 {
				p := d.npBefore(i)
				if d.isPersonish(p) {
					return d.speakerOf(p), "", ""
				}
			}
		}
	}
	if d.last != nil {
		return d.last, "", ""
	}
	d.echoNext = true // before any body speaker: the body may say who
	return d.headSp, "", ""
}

// isPersonish reports a phrase that names a person or a titled role.
func (d *doc) isPersonish(p np) bool {
	if e := d.entityAt(p.Span); e != nil {
		return e.Type == "PERSON"
	}
	n, _, last := wordStats(stripParens(stripMarks(d.text(p))))
	return n > 0 && (hasSuffixWord(names.title, last) || names.pronoun[last])
}

// hasRegion reports whether a quote region opens within words [a, b).
func (d *doc) hasRegion(a, b int) bool {
	for _, r := range d.regs {
		if r.Open >= d.words[a].Start && r.Open < d.words[b-1].End {
			return true
		}
	}
	return false
}

// pointingFrame reads a sentence whose reporting verb points at a neighbouring quote with one
// of the given words (이같이 강조했다, 이렇게 말했다, 이런 말을 했다).
func (d *doc) pointingFrame(a, b int, pointers []string) (*Speaker, string, Stance, bool) {
	v := d.lastPredicate(a, b)
	if v < 0 || v != b-1 {
		return nil, "", "", false
	}
	found := false
	for i := a; i < v; i++ {
		c := d.words[i].clean()
		for _, p := range pointers {
			if c == p || strings.HasPrefix(c, p) && len(c) > len(p) && (p == "이런" || p == "이같은") {
				found = true
			}
		}
	}
	if !found {
		return nil, "", "", false
	}
	st, known := verbStance(d.words[v].stem())
	if !known {
		return nil, "", "", false
	}
	var sp *Speaker
	if i := d.subjectIn(a, v, true); i >= 0 {
		sp = d.speakerOf(d.npBefore(i))
	} else if i := d.anySubject(a, v); i >= 0 {
		sp = d.speakerOf(d.npBefore(i)) // 미카 엔즐리는 이렇게 말한다: the topic of a speech verb speaks
	} else {
		sp = d.fallbackSpeaker(d.words[a].sent, v)
	}
	return sp, d.verbText(v, b), st, true
}

// headlineQuote records a quote in the headline; its speaker is the name before it.
func (d *doc) headlineQuote(r region) {
	d.headSp = d.namedLineQuote(r, d.wordAt(d.head.Start))
	d.last, d.lastReporter = nil, nil // the body starts afresh: the headline is not "the previous sentence"
}

// namedLineQuote records a quote of a title-like line (백상엽 "…", 임지선 박사 "…",
// 김문주 박사의 쓴소리 "…") with the name written before it, from word hs of the line on, and
// returns its speaker.
func (d *doc) namedLineQuote(r region, hs int) *Speaker {
	a, b := r.Inner()
	a, b = trimSpan(d.src, a, b)
	if b <= a {
		return nil
	}
	var sp *Speaker
	i := d.wordAt(r.Open)
	to := i - 1
	if i < len(d.words) && d.words[i].Start < r.Open {
		to = i // the name is glued to the mark: 트위터,"…
	}
	if to >= hs {
		if pre := d.src[d.words[to].Start:min(d.words[to].End, r.Open)]; strings.HasSuffix(pre, "..") || strings.HasSuffix(pre, "…") {
			// 박근혜, 대국민 기자회견.. “…”, 안철수, ‘후보자 사퇴’.. “…”: the clause trailing
			// off tells what the one named before its comma did; that one speaks, else no one
			m := to - 1
			for m >= hs && !strings.HasSuffix(d.words[m].text, ",") {
				m--
			}
			if c := d.wordAt(r.Close) + 1; c < len(d.words) && versus[d.words[c].clean()] {
				m = -1 // “…” vs “…”: two sides' words, neither the topic's alone
			}
			to, i = m, m+1 // (m before hs: no name, the search below is skipped)
		}
	}
	if to >= hs {
		from := to
		for k := to; k >= hs && k > to-5; k-- {
			c := d.words[k].text
			if k == i {
				c = d.src[d.words[k].Start:r.Open]
			}
			if k == to && len(d.words[k].toks) > 0 && tokenize.FirstTag(d.words[k].toks[0].POS) == "NNB" {
				from = to + 1 // …시달리는 중... "…": a bound noun ends a clause, it names no one
				break
			}
			if k < i && (strings.HasSuffix(c, "..") || strings.HasSuffix(c, "…")) {
				if k == to {
					from = to + 1 // 대국민 기자회견.. "…": a headline clause trailing off names no one
				}
				break
			}
			if strings.ContainsAny(c, "[]") || !d.isNominalText(k, r.Open) || k < i && strings.ContainsAny(c, "\"“”") {
				break // (…불가" vs "…": the words of another quote in double marks are no name)
			}
			if k < i && strings.ContainsAny(c, "?!") {
				if k == to {
					from = to + 1 // no word left to name anyone
				}
				break // 녀석들 선거법 위반? "…": a title's question ends before any name
			}
			from = k
		}
		end := d.headEnd(to)
		if to == i || end > r.Open {
			end = r.Open
		}
		// 김문주 박사의 쓴소리 "…": the owner of a reporting noun speaks
		if from == to && from > hs {
			if _, ok := nounStance(strings.TrimRight(d.src[d.words[to].Start:end], " ,")); ok && strings.HasSuffix(d.words[to-1].clean(), "의") {
				to--
				end = d.words[to].Start + len(d.words[to].clean()) - len("의")
				from = to
				for k := to - 1; k >= hs && k > to-5 && d.isNominal(k); k-- {
					from = k
				}
			}
		}
		if from <= to {
			p := np{from: from, to: to}
			p.Start = d.words[from].Start
			for _, dots := range [...]string{"…", ".."} {
				// 흉기 난동…경찰 “…”: a headline's parts are joined by an ellipsis, and the
				// name is the part that ends at the quote
				if k := strings.LastIndex(d.src[p.Start:end], dots); k >= 0 && from == to {
					p.Start += k + len(dots)
				}
			}
			p.End = trimNameEnd(d.src, p.Start, end)
			if hj := d.hanjaSpeaker(d.src[p.Start:p.End]); hj != nil {
				sp = hj // 與 "…", 尹 "…": one Hanja for a body or a leader's surname
			} else if p.End > p.Start && !strings.ContainsAny(d.src[p.Start:p.End], "[]") && !versus[d.src[p.Start:p.End]] && d.plausible(p) {
				// a name, a group or a title: not the end of a clause (…샤오미와 협상 후 "…")
				sp = d.speakerOf(p)
			}
		}
	}
	n := len(d.quotes)
	d.add(Quote{Span: spanOf(a, b), Kind: Direct, Speaker: sp})
	if sp == nil && len(d.quotes) > n {
		d.echoes = append(d.echoes, n) // nobody named: the body may say who
	}
	return sp
}

// versus are the words a headline sets between two sides' quotes (“…” vs “…”): no name.
var versus = map[string]bool{"vs": true, "VS": true, "vs.": true, "대": true, "對": true}

// titleLine reports whether sentence s is a line of its own with no sentence punctuation at its
// end (a subheadline such as 임지선 박사 "…"), and gives the line's first word.
func (d *doc) titleLine(s int) (int, bool) {
	a, b := d.sents[s][0], d.sents[s][1]
	if !d.words[a].para || (b < len(d.words) && !d.words[b].para) {
		return 0, false
	}
	last := strings.TrimRight(d.words[b-1].text, "\"”’'")
	return a, !endsSentence(last) && b-a <= 20
}

// isNominalText reports whether word k, cut at byte limit, is nominal.
func (d *doc) isNominalText(k, limit int) bool {
	for _, t := range d.words[k].toks {
		if t.Start >= limit {
			break
		}
		if !nominalTag(tokenize.FirstTag(t.POS)) && tokenize.FirstTag(t.POS) != "JKS" && tokenize.FirstTag(t.POS) != "JX" {
			return false
		}
	}
	return true
}

// trimNameEnd cuts trailing commas and spaces from a headline name (트위터, "…").
func trimNameEnd(src string, a, b int) int {
	return a + len(strings.TrimRight(src[a:b], " ,·:"))
}

// anySubject is the first subject word in [a, b) outside quotes, plausible or not; -1 if none.
func (d *doc) anySubject(a, b int) int {
	for i := a; i < b; i++ {
		if !d.words[i].inQ && d.isSubjectWord(i) {
			return i
		}
	}
	return -1
}

// parenAttribution reads a bracketed source right after a quote: “…”(유룡 KAIST 화학과 교수).
func (d *doc) parenAttribution(r region) *Speaker {
	rest := d.src[r.End():]
	if !strings.HasPrefix(rest, "(") {
		return nil
	}
	close := strings.IndexByte(rest, ')')
	if close < 2 || close > 120 {
		return nil
	}
	inner := strings.TrimSpace(rest[1:close])
	if n, _, last := wordStats(inner); n == 0 || n > 6 || !hasSuffixWord(names.title, last) {
		return nil
	}
	p := np{Span: spanOf(r.End()+1, r.End()+1+len(rest[1:close]))}
	p.from, p.to = d.wordAt(p.Start), d.wordAt(p.End-1)
	return d.speakerOf(p)
}

// resolveEchoes gives each quote of the headline or of the lines before the body that names
// no speaker (or only the headline's) the speaker of the body quote that says the same words:
// a headline quotes, in short, what someone says in the body (“기계-인간 합쳐 '슈퍼맨' 될 수
// 있어” ← 혼 부사장: “…사람과 기계가 합쳐져 슈퍼맨이 될 수 있다”). Two content words shared, at
// least, and the most shared wins; a body quote that holds the headline's words whole wins at
// once (“전쟁은 없다”, one content word).
func (d *doc) resolveEchoes() {
	if len(d.echoes) == 0 {
		return
	}
	echo := map[int]bool{}
	for _, k := range d.echoes {
		echo[k] = true
	}
	words := make([]map[string]bool, len(d.quotes))
	joined := make([]string, len(d.quotes)) // each quote's text without its spaces
	for k, q := range d.quotes {
		words[k] = d.contentWords(q.Span)
		joined[k] = strings.Join(strings.Fields(d.src[q.Start:q.End]), "")
	}
	for _, k := range d.echoes {
		best, bestN := -1, 1
		short := joined[k]
		for j := range d.quotes {
			if echo[j] || d.quotes[j].Speaker == nil {
				continue
			}
			if utf8.RuneCountInString(short) >= 4 && strings.Contains(joined[j], short) {
				best = j // “전쟁은 없다”…: the body quotes the same words whole
				break
			}
			n := 0
			for w := range words[k] {
				if words[j][w] {
					n++
				}
			}
			if n > bestN {
				best, bestN = j, n
			}
		}
		if best >= 0 {
			sp := *d.quotes[best].Speaker
			sp.Mention = Mention{}
			d.quotes[k].Speaker = &sp
		}
	}
}

// fullHeadlineNames names in full the speakers of headline quotes written short (푸틴 “…” over
// a body that writes 블라디미르 푸틴; 질병청 “…” over 질병관리청): a headline names a foreign
// person by the last word of the name the body gives in full, and a body by a short form the
// body also uses for it. Only when one entity of the body is so named.
func (d *doc) fullHeadlineNames() {
	for k := range d.quotes {
		q := &d.quotes[k]
		if q.Speaker == nil || !d.inHeadline(q.Start) || strings.ContainsRune(q.Speaker.Name, ' ') {
			continue
		}
		var full *entities.Entity
		for i := range d.ents {
			e := &d.ents[i]
			if e.Type == entities.Person && strings.HasSuffix(e.Name, " "+q.Speaker.Name) || e.Name != q.Speaker.Name && writtenAs(e, q.Speaker.Name) {
				if full != nil && full.Name != e.Name {
					full = nil
					break
				}
				full = e
			}
		}
		if full != nil {
			sp := *q.Speaker
			sp.Name, sp.Title, sp.Org = full.Name, full.Title, full.Org
			q.Speaker = &sp
		}
	}
}

// writtenAs reports an entity that the body writes, once at least, exactly as name: a
// headline's short form of a body named in full (질병청 “…” over 질병관리청 …, 질병청에 따르면).
func writtenAs(e *entities.Entity, name string) bool {
	if e.Type != entities.Person && e.Type != entities.Organization {
		return false
	}
	for _, m := range e.Mentions {
		if m.Text == name {
			return true
		}
	}
	return false
}

// contentWords are the nouns (of two syllables or more) and foreign words of a span.
func (d *doc) contentWords(s tokenize.Span) map[string]bool {
	out := map[string]bool{}
	for i := d.wordAt(s.Start); i < len(d.words) && d.words[i].Start < s.End; i++ {
		for _, t := range d.words[i].toks {
			if t.Start < s.Start || t.End > s.End {
				continue
			}
			switch tokenize.FirstTag(t.POS) {
			case "NNG", "NNP", "SL", "SH":
				if len([]rune(t.Surface)) >= 2 {
					out[t.Surface] = true
				}
			}
		}
	}
	return out
}

// sourcedQuote reads a sentence made of a source frame and a quote (중앙정보부에 따르면 “…”.):
// the words before the opening mark end with X에 따르면 (or 의하면), and the quote ends the
// sentence. It returns the source.
func (d *doc) sourcedQuote(s int, r region) (*Speaker, bool) {
	from := d.sents[s][0]
	open := d.wordAt(r.Open)
	if open-1 <= from || d.words[open].Start < r.Open {
		return nil, false
	}
	if !d.sourceFrameAt(open - 1) {
		return nil, false
	}
	if j := d.wordAt(r.End() - 1); j+1 < d.sents[s][1] {
		return nil, false // more follows the quote: its own frame, or none
	}
	sp := d.sourceBefore(from, open-1)
	return sp, sp != nil
}

// verdictLine reports a one-word quote in double marks that closes the headline right after
// a body or a person (법원 "정당", 헌재 "합헌"): the headline's form Speaker "words", where a
// term in marks would be followed by what it names ("아마겟돈" 발언) or stand as a subject.
func (d *doc) verdictLine(r region) bool {
	if r.Close > d.head.End || strings.Trim(d.src[r.Close:d.head.End], " \n\"”") != "" {
		return false
	}
	k := d.wordAt(r.Open) - 1
	if k < 0 || !d.inHeadline(d.words[k].Start) || d.words[k].End > r.Open || !d.isNominal(k) || d.words[k].clean() != d.words[k].text {
		return false
	}
	return d.holder(d.npBefore(k))
}

// clauseLike reports a quote whose content reads as something said: two words or more, or a
// word that ends with a predicate.
func (d *doc) clauseLike(r region) bool {
	a, b := r.Inner()
	n, _, _ := wordStats(d.src[a:b])
	return n >= 2 || d.endsWithPredicate(b)
}
