package quotes

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/internal/freelist"
	"github.com/gisa-nlp/gisa/internal/utf8fast"
	"github.com/gisa-nlp/gisa/tokenize"
)

// doc is the state of one extraction: the words and sentences of the article, the quote-mark
// regions, the speakers met so far, and the quotes found.
type doc struct {
	src          string
	head         tokenize.Span
	ents         []entities.Entity
	good         []int8 // goodEntity's answers by entity: 0 not known yet, 1 good, -1 not
	words        []word
	bufs         *docBufs // where words, sentences and regions came from, returned to bufPool by release
	sents        [][2]int // word index ranges [from, to) of the sentences
	regs         []region // top-level regions, in document order
	regAt        map[int]int
	quotes       []Quote
	personNames  map[string]bool // the speakers' names that are people's
	glossed      map[string]bool // words of names given with their Latin spelling (see glossedName), nil until asked
	entIdx       *entityIndex    // made on first use, when there are many mentions
	fewMentions  bool            // the entities have so few mentions that entityAt reads them all
	scanUpTo     int             // mentions read in full before they are indexed: see scanUpTo
	lastMedia    string          // the speaker of the latest quote whose speaker is a news outlet
	pop          string          // the group a survey asked (population), once popDone
	popDone      bool
	lastPerson   *Speaker        // the latest speaker who is a person
	lastOrg      *Speaker        // the latest speaker who is not a person
	nameWords    map[string]bool // nameWithTopic: names of the entities and their last words
	lastReporter *Speaker        // the latest speaker who is not a survey's group (see fallbackSpeaker)
	last         *Speaker        // the speaker of the latest quote
	lastAt       int             // where the quote that set last starts
	asked        *Speaker        // the one the writer asked a question in sentence askedSent
	askedSent    int             // the sentence of that question (see askedBy)
	lastSent     int             // the sentence of the latest quote
	embedded     bool            // the quote being added is reported inside another's words (…다고 주장한 것에 대해): its speaker does not go on
	headSp       *Speaker        // the speaker of a headline quote
	echoes       []int           // quotes before the body that named no speaker of their own
	echoNext     bool            // the quotes being added are such quotes
	floor        int             // the first word a reported clause may start at in the current sentence
	polite       int8            // politeNarration's answer: 0 not known yet, 1 yes, -1 no
}

func newDoc(txt *tokenize.Text, headline tokenize.Span, ents []entities.Entity) *doc {
	d := &doc{src: txt.Source, head: headline, ents: ents, lastSent: -10, personNames: map[string]bool{}, scanUpTo: scanUpTo}
	if d.head.Start < 0 || d.head.End > len(d.src) || d.head.Start > d.head.End {
		d.head = tokenize.Span{}
	}
	d.bufs = bufPool.Get()
	d.words = splitWords(d.bufs.words, d.src, txt.Tokens, txt.ValidUTF8())
	d.splitNamedParticles()
	d.regs, d.sents = d.bufs.regs[:0], d.bufs.sents[:0]
	for _, r := range txt.QuoteMarks() { // quotemarks.Pair of the source, shared with the recognizer
		if r.Depth == 0 {
			d.regs = append(d.regs, r)
		}
	}
	d.boundOpen()
	d.markInside()
	d.splitSentences()
	return d
}

// docBufs are the slices of an extraction kept for the next one (bufPool): a slice of the
// article's words is its largest allocation; its sentences and regions grow with the article.
type docBufs struct {
	words      []word
	sents      [][2]int
	regs, keep []region
}

// bufPool keeps the docBufs of past extractions.
var bufPool = freelist.New[docBufs]()

// release gives d's slices back to bufPool; d is not used after. No quote refers to them.
func (d *doc) release() {
	if d.bufs == nil {
		return
	}
	clear(d.words) // hold on to no text or tokens while pooled
	d.bufs.words, d.bufs.sents, d.bufs.regs = d.words[:0], d.sents[:0], d.regs[:0]
	bufPool.Put(d.bufs)
	d.words, d.sents, d.regs, d.bufs = nil, nil, nil, nil
}

// inHeadline reports whether byte offset off lies in the headline.
func (d *doc) inHeadline(off int) bool {
	return d.head.End > d.head.Start && off >= d.head.Start && off < d.head.End
}

// wordAt is the index of the word holding byte offset off, or of the first word after it.
func (d *doc) wordAt(off int) int {
	lo, hi := 0, len(d.words)
	for lo < hi {
		m := (lo + hi) / 2
		if d.words[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// boundOpen gives every opening mark left open an end: the complementizer of a reporting frame
// later on the same line (“…고민하겠다고 강조했다), else the end of its sentence. It also drops
// regions that end up inside an earlier one, so the top-level regions do not overlap.
func (d *doc) boundOpen() {
	keep := d.bufs.keep[:0]
	lastEnd := -1
	for _, r := range d.regs {
		if r.Open < lastEnd {
			continue
		}
		if !r.Closed() {
			if d.closesWord(r.Open) || !d.boundRegion(&r) {
				continue
			}
		}
		keep = append(keep, r)
		lastEnd = r.End()
	}
	d.bufs.keep, d.regs = d.regs[:0], keep // the two arrays trade places for the next call
	d.regAt = make(map[int]int, len(keep))
	for i, r := range keep {
		d.regAt[r.Open] = i
	}
}

// closesWord reports a mark at byte off written between two Hangul syllables with no space
// (심의의결'을): it closes words whose opening mark is missing, and a particle follows it; a
// quote never opens inside a word.
func (d *doc) closesWord(off int) bool {
	if off == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(d.src[:off])
	_, size := utf8.DecodeRuneInString(d.src[off:])
	next, _ := utf8.DecodeRuneInString(d.src[off+size:])
	return utf8fast.IsSyllable(prev) && utf8fast.IsSyllable(next)
}

// maxOpenBytes bounds how far past an opening mark left open its quote may reach.
const maxOpenBytes = 1500

// boundRegion sets the end of an open region; false when it has no content.
func (d *doc) boundRegion(r *region) bool {
	from := r.Open + r.OpenLen
	limit := from + maxOpenBytes
	if limit > len(d.src) {
		limit = len(d.src)
	}
	if nl := strings.IndexByte(d.src[from:limit], '\n'); nl >= 0 {
		limit = from + nl
	}
	sentEnd := -1
	for i := d.wordAt(from); i < len(d.words) && d.words[i].Start < limit; i++ {
		w := &d.words[i]
		if w.Start > from && strings.IndexFunc(w.text, isQuoteMark) >= 0 {
			break // another quote starts: stop before it
		}
		c := w.clean()
		if cut := quoteCompCut(c); cut > 0 && i+1 < len(d.words) {
			if _, ok := verbStance(d.words[i+1].stem()); ok {
				r.Close, r.CloseLen = w.Start+len(c)-cut, 0
				return r.Close > from
			}
		}
		if sentEnd < 0 && endsSentence(w.text) {
			sentEnd = w.End
			break
		}
	}
	if sentEnd < 0 {
		sentEnd = limit
	}
	r.Close, r.CloseLen = sentEnd, 0
	return r.Close > from
}

// quoteCompCut is the byte length of a 다고/라고 complementizer ending c (the 고 or 라고 to cut),
// or 0.
func quoteCompCut(c string) int {
	switch {
	case strings.HasSuffix(c, "이라고"), strings.HasSuffix(c, "다고"), strings.HasSuffix(c, "냐고"), strings.HasSuffix(c, "자고"):
		if strings.HasSuffix(c, "이라고") {
			return len("이라고")
		}
		return len("고")
	case strings.HasSuffix(c, "라고"):
		return len("라고")
	}
	return 0
}

// markInside flags the words that start inside a region's content.
func (d *doc) markInside() {
	k := 0
	for i := range d.words {
		w := &d.words[i]
		for k < len(d.regs) && d.regs[k].Close <= w.Start {
			k++
		}
		if k < len(d.regs) {
			a, _ := d.regs[k].Inner()
			w.inQ = w.Start >= a
		}
	}
}

// splitSentences groups the words into sentences: a sentence ends at a word that ends with
// sentence punctuation outside any quote, and at a line break outside any quote.
func (d *doc) splitSentences() {
	from := 0
	k := 0
	paren := 0 // brackets open: (F. Duncan M. Haldane, …) holds no sentence end
	for i := range d.words {
		w := &d.words[i]
		w.sent = len(d.sents)
		for k < len(d.regs) && d.regs[k].End() <= w.End {
			k++
		}
		inside := k < len(d.regs) && d.regs[k].Open < w.End && w.End < d.regs[k].End()
		last := i+1 == len(d.words)
		paren = max(0, paren+strings.Count(w.text, "(")-strings.Count(w.text, ")"))
		if paren > 0 && i-from > 60 {
			paren = 0 // a bracket left open does not hold the sentence for ever
		}
		if last || !inside && (endsSentence(w.text) && paren == 0 && !initial(w.text) && !d.embeddedClose(from, i) || d.words[i+1].para) {
			paren = 0
			d.sents = append(d.sents, [2]int{from, i + 1})
			from = i + 1
		}
	}
}

// initial reports a word that is one Latin capital and a period, a name's initial (M. in F.
// Duncan M. Haldane): it ends no sentence.
func initial(w string) bool {
	return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'
}

// add records a quote.
func (d *doc) add(q Quote) {
	q.Text = d.src[q.Start:q.End]
	if strings.TrimSpace(q.Text) == "" || q.Kind == Indirect && d.markedWhole(q.Span) {
		return // a reported clause that is only a quote in marks is that direct quote
	}
	if q.Speaker != nil && !d.embedded && d.relays(q) {
		// X는 Y가 “…”고 말했다고 전했다: who goes on speaking in the next sentence (이어
		// “…”고 덧붙였다고 전했다) is Y, whose words X relays
		if isMediaName(q.Speaker.Name) {
			d.lastMedia = q.Speaker.Name
		}
	} else if q.Speaker != nil && !d.embedded {
		d.last, d.lastAt = q.Speaker, q.Start
		if !d.isPopulation(q.Speaker) {
			d.lastReporter = q.Speaker
		}
		if isMediaName(q.Speaker.Name) {
			d.lastMedia = q.Speaker.Name
		}
		if d.personNames[q.Speaker.Name] {
			d.lastPerson = q.Speaker
		} else {
			d.lastOrg = q.Speaker
		}
	}
	d.quotes = append(d.quotes, q)
	d.lastSent = d.words[d.wordAt(q.Start)].sent
}

// relays reports an indirect quote whose content holds a quote already found with another
// speaker: a report of someone else's words. (A survey's respondents answer its question; the
// report of their answers is the surveyor's, who goes on speaking.)
func (d *doc) relays(q Quote) bool {
	if q.Kind != Indirect {
		return false
	}
	for i := len(d.quotes) - 1; i >= 0; i-- {
		p := &d.quotes[i]
		if p.End <= q.Start {
			break
		}
		if p.Start >= q.Start && p.End <= q.End && p.Speaker != nil && p.Speaker.Name != q.Speaker.Name && !d.isPopulation(p.Speaker) {
			return true
		}
	}
	return false
}

// spanOf makes a span.
func spanOf(a, b int) tokenize.Span { return tokenize.Span{Start: a, End: b} }

// trimSpan narrows [a, b) past leading and trailing white space.
func trimSpan(src string, a, b int) (int, int) {
	for a < b && (src[a] == ' ' || src[a] == '\n' || src[a] == '\t' || src[a] == '\r') {
		a++
	}
	for b > a && (src[b-1] == ' ' || src[b-1] == '\n' || src[b-1] == '\t' || src[b-1] == '\r') {
		b--
	}
	return a, b
}

// embeddedClose reports whether word i ends with the closing mark of a quote that opened in
// the middle of the sentence starting at word from (…음성(“장애물입니다. 멈추십시오.” 같은)…):
// such a quote's final period does not end the sentence around it.
func (d *doc) embeddedClose(from, i int) bool {
	w := &d.words[i]
	r, _ := lastRune(strings.TrimRight(w.text, ")]}"))
	if !isQuoteMark(r) {
		return false
	}
	for k := from; k <= i; k++ {
		t := d.words[k].text
		if j := strings.IndexFunc(t, isQuoteMark); j >= 0 {
			// the first quote of the sentence opens in word k
			if k == from || k == i && j > 0 {
				return false
			}
			for m := from; m < k; m++ {
				if !connectives[d.words[m].clean()] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// markedWhole reports whether span s, past white space, is one quote from its opening mark to its
// closing mark (‘내년에도 참가하겠습니까’ 라는 질문: the direct quote says it already).
func (d *doc) markedWhole(s tokenize.Span) bool {
	a, b := trimSpan(d.src, s.Start, s.End)
	k := sort.Search(len(d.regs), func(k int) bool { return d.regs[k].Open >= a })
	return k < len(d.regs) && d.regs[k].Open == a && d.regs[k].Closed() && d.regs[k].End() >= b
}
