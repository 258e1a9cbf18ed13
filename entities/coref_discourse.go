package entities

import (
	"sort"

	"github.com/gisa-nlp/gisa/tokenize"
)

// What coreference needs to know of each eojeol beyond its words: the sentence it is in,
// whether it stands inside quote marks, and the role its particle gives its noun phrase. A
// pronoun or a short form (그, 이 총재, 재판부) refers back to someone the text has made the
// topic or subject of a clause outside quotes: a name inside a quote is what a speaker talks
// about, and a name in object position (…에 대한 불신을 드러냈다) is not who the next 그 is.

// role is what a noun phrase's case particle makes of it in its clause.
type role uint8

const (
	roleNone    role = iota // no case particle: part of a longer phrase, or a bare noun
	roleTopic               // 은/는, 께서는, 도: the topic
	roleSubject             // 이/가, 께서: the subject
	roleObject              // 을/를
	roleOwner               // 의
	roleOther               // any other particle (에, 에서, 와, 로 …)
)

// salient reports a role that makes a person the one a later 그 refers to.
func (r role) salient() bool { return r == roleTopic || r == roleSubject }

// markDiscourse fills the sentence, quote and role of every eojeol of d, the view of txt.
func (d *corefDoc) markDiscourse(txt *tokenize.Text) {
	sents := txt.Sentences
	// the contents of the closed top-level quotes, in order
	inner := d.inner[:0]
	for _, r := range txt.QuoteMarks() { // quotemarks.Pair of the source, shared with the quote extractor
		if r.Closed() && r.Depth == 0 {
			a, b := r.Inner()
			inner = append(inner, [2]int{a, b})
		}
	}
	sort.Slice(inner, func(i, j int) bool { return inner[i][0] < inner[j][0] })
	d.inner = inner
	s, q := 0, 0
	for i := range d.eojs {
		e := &d.eojs[i]
		for s < len(sents) && sents[s].End <= e.Start {
			s++
		}
		e.sent = int32(s)
		for q < len(inner) && inner[q][1] <= e.Start {
			q++
		}
		e.inQ = q < len(inner) && inner[q][0] <= e.Start
		e.role = d.roleOf(e)
	}
}

// roleOf reads the case particle that ends an eojeol (past closing marks and punctuation).
func (d *corefDoc) roleOf(e *docEojeol) role {
	for k := e.tokHi - 1; k >= e.tokLo; k-- {
		switch tag := d.tags[k]; {
		case d.kinds[k].is(kindMark): // openMarkTag(tag)
			continue
		case tag == "JX":
			switch d.toks[k].Surface {
			case "은", "는", "도", "께서는", "께서도":
				return roleTopic
			}
			return roleOther
		case tag == "JKS":
			return roleSubject
		case tag == "JKO":
			return roleObject
		case tag == "JKG":
			return roleOwner
		case len(tag) > 0 && tag[0] == 'J':
			return roleOther
		default:
			return roleNone
		}
	}
	return roleNone
}

// quoted reports whether byte offset off lies inside the content of a closed quote.
func (d *corefDoc) quoted(off int) bool {
	i := sort.Search(len(d.inner), func(k int) bool { return d.inner[k][1] > off })
	return i < len(d.inner) && d.inner[i][0] <= off
}
