package summarize

import (
	"strings"

	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/internal/freelist"
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
}

// factSentence holds one sentence's words and clauses while facts are built.
type factSentence struct {
	index    int
	words    []eojeol
	nps      []nounPhrase
	cls      [][2]int
	figWords map[int]bool     // the words that hold a figure: never part of a subject
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

// factBuilder joins figures into facts over one text.
type factBuilder struct {
	src                 string
	figs                []figures.Figure
	lastSubject         string // the subject of the latest clause that had one
	lastSubjectSentence int
	durations, others   []int  // clauseFacts' figures of one clause
	out                 []Fact // clauseFacts' facts of one clause, read before the next
	figSlab             []int  // where the facts' figure lists are made, a chunk at a time
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

// buildFacts joins each figure to what it is about: its subject (the topic or subject noun
// phrase of its clause, else a domain frame of its sentence, else the subject carried over
// from the clauses just before), its measure, the duration in the same clause (its period) and
// the noun phrase it is compared with (X 대비, X보다). A duration alone in a clause whose
// subject differs from the previous fact's repeats that fact for the new subject (넷플릭스는
// 100만 사용자에 3년, 챗GPT는 5일).
func buildFacts(txt *tokenize.Text, figs []figures.Figure) []Fact {
	b := &factBuilder{src: txt.Source, figs: figs, lastSubjectSentence: -10}
	bySent := map[int][]int{}
	for i, f := range figs {
		s := f.Sentence
		if s < 0 || s >= len(txt.Sentences) || !txt.Sentences[s].Span.Contains(f.Span) {
			s = sentenceAt(txt, f.Start)
		}
		if s >= 0 {
			bySent[s] = append(bySent[s], i)
		}
	}
	var facts []Fact
	fs := factPool.Get() // one sentence at a time, its buffers reused
	defer fs.release()
	if fs.figWords == nil {
		fs.figWords = map[int]bool{}
	}
	for si, s := range txt.Sentences {
		// A sentence's subject is carried over to the next sentence at most: a sentence
		// without figures, followed by one without, adds nothing.
		if len(bySent[si]) == 0 && len(bySent[si+1]) == 0 {
			continue
		}
		fs.index = si
		fs.words = appendEojeols(fs.words[:0], s.Tokens)
		fs.nps = grow(fs.nps, len(fs.words))
		fs.rests = fs.rests[:0]
		for i, w := range fs.words {
			fs.nps[i] = splitNoun(w, &fs.rests)
		}
		fs.cls = appendClauses(fs.cls[:0], fs.words)
		figWords := fs.figWords
		clear(figWords)
		if len(bySent[si]) == 0 {
			// Only the subject to carry over: the last clause's that has one, as the loop
			// below would leave it (a clause without figures makes no fact).
			for k := len(fs.cls) - 1; k >= 0; k-- {
				if subj := b.topicIn(fs, fs.cls[k][0], fs.cls[k][1], figWords); subj != "" {
					b.lastSubject, b.lastSubjectSentence = subj, si
					break
				}
			}
			continue
		}
		for _, fi := range bySent[si] {
			for w := range fs.words {
				if fs.words[w].Start < figs[fi].End && figs[fi].Start < fs.words[w].End {
					figWords[w] = true
				}
			}
		}
		for _, c := range fs.cls {
			var here []int
			for _, fi := range bySent[si] {
				if w := fs.wordAt(figs[fi].Start); w >= c[0] && w < c[1] {
					here = append(here, fi)
				}
			}
			for _, f := range b.clauseFacts(fs, c, here, figWords, facts) {
				if !repeats(facts, f) {
					facts = append(facts, f)
				}
			}
			if subj := b.topicIn(fs, c[0], c[1], figWords); subj != "" {
				b.lastSubject, b.lastSubjectSentence = subj, si
			}
		}
	}
	return facts
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

// clauseFacts builds the facts of the figures of one clause.
func (b *factBuilder) clauseFacts(fs *factSentence, c [2]int, here []int, figWords map[int]bool, prev []Fact) []Fact {
	durations, others := b.durations[:0], b.others[:0]
	defer func() { b.durations, b.others = durations, others }()
	for _, fi := range here {
		if b.figs[fi].Kind == figures.KindDuration {
			durations = append(durations, fi)
		} else {
			others = append(others, fi)
		}
	}
	out := b.out[:0]
	defer func() { b.out = out }()
	if len(others) == 0 {
		// A duration alone: a parallel clause that repeats the previous fact's measure.
		if len(durations) == 0 || len(prev) == 0 {
			return nil
		}
		last := prev[len(prev)-1]
		subj := b.topicIn(fs, c[0], c[1], figWords)
		if last.Period == nil || subj == "" || subj == last.Subject || fs.index-last.Sentence > 1 {
			return nil
		}
		d := durations[0]
		f := last
		f.Subject = subj
		f.Period = b.period(d)
		f.Figures = b.figList(last.Figures[0], d)
		f.Sentence = fs.index
		f.Comparison = ""
		out = append(out, f)
		return out
	}
	for _, fi := range others {
		fig := b.figs[fi]
		w := fs.wordAt(fig.Start)
		fact := Fact{Value: fig.Value, Unit: fig.Unit, Qualifier: fig.Qualifier, Sentence: fs.index}
		if len(durations) > 0 {
			fact.Figures = b.figList(fi, durations[0]) // the figure, then its period's
		} else {
			fact.Figures = b.figList(fi)
		}
		measureWord := -1
		fact.Measure, measureWord = b.measure(fs, c, w, fig, figWords)
		fact.Subject = b.modifiedHead(fs, fs.wordAt(fig.End-1))
		if fact.Subject == "" && measureWord >= 0 && measureWord < w {
			fact.Subject = b.owner(fs, c[0], measureWord)
		}
		if fact.Subject == "" {
			fact.Subject = b.topicIn(fs, c[0], w, figWords, measureWord)
		}
		if fact.Subject == "" {
			fact.Subject = b.topicIn(fs, w+1, c[1], figWords, measureWord)
		}
		if fact.Subject == "" {
			fact.Subject = b.frame(fs, w)
		}
		if fact.Subject == "" && fs.index-b.lastSubjectSentence <= 1 {
			fact.Subject = b.lastSubject
		}
		fact.Comparison = b.comparison(fs, c, w)
		if len(durations) > 0 {
			fact.Period = b.period(durations[0])
		}
		out = append(out, fact)
	}
	return out
}

// period turns a duration figure into a Period.
func (b *factBuilder) period(fi int) *Period {
	f := b.figs[fi]
	return &Period{Value: f.Value, Unit: f.Unit, Qualifier: f.Qualifier}
}

// topicIn returns the topic or subject noun phrase nearest the end of words [lo, hi), skipping
// figure words, pronouns, stop nouns and the words listed in skip; "" when there is none.
func (b *factBuilder) topicIn(fs *factSentence, lo, hi int, figWords map[int]bool, skip ...int) string {
	for i := hi - 1; i >= lo; i-- {
		if figWords[i] || contains(skip, i) {
			continue
		}
		np := fs.nps[i]
		if np.marker() != "topic" {
			continue
		}
		head := np.nouns[len(np.nouns)-1].Surface
		if subjectStops[head] || attributeNouns[head] {
			continue
		}
		if s := b.extend(fs, lo, i); s != "" {
			return s
		}
	}
	return ""
}

// extend returns the core of the noun phrase ending at word i: its noun run with the bare nouns
// right before it (국산 AI 반도체 회사들과 → 국산 AI 반도체), not crossing a figure or a comma.
func (b *factBuilder) extend(fs *factSentence, lo, i int) string {
	j := i - 1
	for j >= lo && fs.nps[j].bare() && !fs.figWords[j] && !endsClause(fs.words[j]) {
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
	if q := quoted(b.src[toks[0].Start:min(toks[len(toks)-1].End+4, fs.words[i].End)]); q != "" {
		return q
	}
	return core(b.src, toks)
}

// owner returns the genitive noun phrase that owns the measure at word i (일반 쥐의 고환 무게는
// → 일반 쥐; 챗GPT의 사용자 → 챗GPT), or "".
func (b *factBuilder) owner(fs *factSentence, lo, i int) string {
	j := i - 1
	for j >= lo && fs.nps[j].bare() {
		j--
	}
	if j < lo || len(fs.nps[j].nouns) == 0 || len(fs.nps[j].rest) != 1 || tokenize.FirstTag(fs.nps[j].rest[0].POS) != "JKG" {
		return ""
	}
	return b.extend(fs, lo, j)
}

// frame returns the subject a domain frame before word w gives (서빙 분야에서는 → 서빙), qualified
// by the sentence's first noun phrase when the frame's head is generic (국산 AI 반도체 회사들과
// … 서빙 분야에서는 → 국산 AI 반도체 서빙).
func (b *factBuilder) frame(fs *factSentence, w int) string {
	for i := w - 1; i >= 0; i-- {
		np := fs.nps[i]
		if np.marker() != "frame" {
			continue
		}
		s := b.extend(fs, 0, i)
		if s == "" {
			return ""
		}
		head := np.nouns[len(np.nouns)-1].Surface
		if !genericHeads[head] {
			return s
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

// measure names what the figure at word w measures, and the word it came from (-1 if none):
// the figure's own measure, the adjective a multiplier or percent modifies (10배 저렴한 → 저렴),
// the bare noun right before it (MAU 1억명), the noun right after a figure without counter
// (100만 사용자), or an attribute noun that is the clause's topic (가격은 … 10분의 1).
func (b *factBuilder) measure(fs *factSentence, c [2]int, w int, fig figures.Figure, figWords map[int]bool) (string, int) {
	if fig.Measure != "" {
		return fig.Measure, -1
	}
	if stem := adjectiveAfter(fs, fs.wordAt(fig.End-1)); stem != "" {
		return stem, -1
	}
	if w-1 >= c[0] && fs.nps[w-1].bare() && !figWords[w-1] && measureNoun(fs.nps[w-1]) {
		return abbreviation(fs.nps[w-1].nouns, b.src), w - 1
	}
	if last := fs.wordAt(fig.End - 1); last >= 0 && fs.words[last].End == fig.End && last+1 < c[1] &&
		len(fs.nps[last+1].nouns) > 0 && !figWords[last+1] && measureNoun(fs.nps[last+1]) {
		return core(b.src, fs.nps[last+1].nouns), last + 1
	}
	for i := w - 1; i >= c[0]; i-- {
		np := fs.nps[i]
		if np.marker() == "topic" && attributeNouns[np.nouns[len(np.nouns)-1].Surface] {
			return core(b.src, np.nouns), i
		}
	}
	return "", -1
}

// measureNoun reports whether a word's noun can be what a figure counts: not a qualifier
// (이상, 최대), a comparison (대비), a determiner or a noun without a topic of its own (가운데).
func measureNoun(np nounPhrase) bool {
	switch np.nouns[0].Surface {
	case "이상", "이하", "미만", "초과", "가량", "정도", "내외", "안팎", "최대", "최소", "최고", "최저", "총", "약":
		return false
	}
	last := np.nouns[len(np.nouns)-1]
	if last.Surface == ")" && len(np.nouns) > 1 {
		last = np.nouns[len(np.nouns)-2] // 월간활성이용자수(MAU)
	}
	head := last.Surface
	return nominalTag(tokenize.FirstTag(last.POS)) && tokenize.FirstTag(last.POS) != "SN" && head != "대비" && !determiners[head] &&
		!stopNouns[head] && !subjectStops[head]
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
func (b *factBuilder) comparison(fs *factSentence, c [2]int, w int) string {
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
			return b.extend(fs, c[0], i)
		}
	}
	return ""
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// repeats reports whether facts already state f (the same subject, measure, value, unit and
// period, as when an article names the same count twice).
func repeats(facts []Fact, f Fact) bool {
	for _, g := range facts {
		if g.Subject == f.Subject && g.Measure == f.Measure && g.Value == f.Value && g.Unit == f.Unit &&
			(g.Period == nil) == (f.Period == nil) && (g.Period == nil || *g.Period == *f.Period) {
			return true
		}
	}
	return false
}
