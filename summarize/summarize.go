// Package summarize turns an analysed article into its summary: who spoke (speakers), what they
// claimed (claims), the figures joined into statements (facts), the keywords, and an extractive
// summary of its sentences. It fills the "summary" object of the gisa/1 schema.
//
// Every part works on the tokenizer's morphemes and the earlier stages' values; nothing is
// re-tokenized and nothing is learnt from the evaluation articles beyond a few global weights.
//
//   - Sentences: personalised PageRank over a BM25 similarity graph of the body sentences
//     (content morphemes: nouns, roots, Latin words, numbers with counters, verb and adjective
//     lemmas, in-word compounds), the random jump favouring the news lead and the sentences
//     that share the headline's terms; round(2 + 0.12 n) sentences are picked without
//     near-duplicates. On the 20 dev articles with human picks score.py gives sentence-F1
//     0.5455 (go run ./internal/cmd/evalsummary).
//   - Keywords: TextRank over nouns, roots and Latin words co-occurring within three content
//     morphemes, merged back into the compounds written inside one word (초거대AI, 챗GPT).
//   - Facts: each figure's clause (split at commas, quote marks and linking endings) gives its
//     subject (the 은/는/도/이/가 noun phrase, a genitive owner, a domain frame, or the subject
//     carried over), its measure, the duration that came with it and what it is compared with.
//   - Speakers and claims: quotes grouped by canonical speaker, ranked by how much each said;
//     a speaker's claims are the sentences of their quotes ranked by centrality among them and
//     similarity to the article and its headline.
package summarize

import (
	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/internal/freelist"
	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
)

// Input is what the earlier stages produced for one document.
type Input struct {
	Text     *tokenize.Text
	Headline tokenize.Span     // byte span of the headline in Text.Source; zero when there is none
	Entities []entities.Entity // the recognizer's entities; people give speakers their title and org
	Figures  []figures.Figure  // figures.Extract(Text); Fact.Figures index this slice
	Quotes   []quotes.Quote    // quotes.Extract(Text, Headline, …); Claim.Quote indexes this slice
}

// Summary is the article-level answer, the gisa/1 "summary" object.
type Summary struct {
	Speakers  []Speaker  `json:"speakers"`
	Claims    []Claim    `json:"claims"`
	Facts     []Fact     `json:"facts"`
	Keywords  []string   `json:"keywords"`
	Sentences []Sentence `json:"sentences"`
}

// Speaker is one person or source quoted in the article.
type Speaker struct {
	Name   string `json:"name"`   // canonical name, as the quotes stage resolved it
	Title  string `json:"title"`  // 대표, 교수 …; "" when none is given
	Org    string `json:"org"`    // 카카오엔터프라이즈 …; "" when none is given
	Quotes int    `json:"quotes"` // how many quotes are attributed to the speaker
}

// Claim is one central statement of a speaker, taken from their quotes.
type Claim struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
	Quote   int    `json:"quote"` // index into the document's quotes
}

// Period is the duration a figure came with (40일, 2개월).
type Period struct {
	Value     float64 `json:"value"`
	Unit      string  `json:"unit"`
	Qualifier string  `json:"qualifier,omitempty"` // 이상, 약 … as the figure gave it
}

// Fact is a figure joined into a statement: who or what, what was measured, the value, and
// the period or comparison it came with.
type Fact struct {
	Subject    string  `json:"subject"`
	Measure    string  `json:"measure"`
	Value      float64 `json:"value"`
	Unit       string  `json:"unit"`
	Qualifier  string  `json:"qualifier,omitempty"`
	Period     *Period `json:"period,omitempty"`
	Comparison string  `json:"comparison,omitempty"`
	Figures    []int   `json:"figures"`  // indices into the document's figures
	Sentence   int     `json:"sentence"` // index into the document's sentences
}

// Summarize summarises one analysed document. It never fails: parts it cannot fill are empty
// (non-nil) slices, so the Summary marshals with [] rather than null.
func Summarize(in Input) Summary {
	s := Summary{Speakers: []Speaker{}, Claims: []Claim{}, Facts: []Fact{}, Keywords: []string{}, Sentences: []Sentence{}}
	if in.Text == nil {
		return s
	}
	persons := people(in.Entities)
	s.Speakers = append(s.Speakers, buildSpeakers(in.Text, in.Quotes, persons)...)
	dt := docPool.Get()
	dt.reset(in.Text, in.Headline)
	defer func() {
		if len(in.Text.Tokens) > poolTokens {
			return // its buffers are left to the collector rather than kept
		}
		dt.reset(&tokenize.Text{}, tokenize.Span{}) // hold on to no document while pooled
		docPool.Put(dt)
	}()
	s.Claims = append(s.Claims, dt.buildClaims(in.Quotes, s.Speakers)...)
	// The facts and keywords are new lists of their own: kept, not copied, when there are any.
	if facts := buildFacts(in.Text, in.Headline, in.Figures, persons, in.Quotes); len(facts) > 0 {
		s.Facts = facts
	}
	if kws := dt.keywords(keywordCount); len(kws) > 0 {
		s.Keywords = wholeNames(kws, in.Entities, in.Text.Source)
	}
	s.Sentences = append(s.Sentences, dt.summarySentences(defaultSentenceParams)...)
	return s
}

// docTerms holds what several parts of the summary read from one document: its vocab and the
// content terms of its body sentences and of its headline, each computed once.
// A docTerms is kept between Summarize calls (docPool) with its buffers: nothing of it is in
// the Summary returned.
type docTerms struct {
	txt      *tokenize.Text
	headline tokenize.Span
	v        *vocab
	sent     [][]int32 // contentIDs(…, true) of each sentence, by sentence index
	sentDone []bool
	terms    []int32 // the backing of sent
	stTerms  []int32 // the backing of the statements' terms
	head     []int32
	headDone bool
	vs       vectorScratch
	graph    windowScratch // the sentences' and the statements' graphs, one after the other
	ss       sentScratch
	cs       claimScratch
	facts    []tokFact // by index in txt.Tokens
	sentOff  []int     // the index in txt.Tokens of each sentence's first token, -1 none
}

var docPool = freelist.New[docTerms]()

// poolTokens is the most tokens a document may have for the buffers summarising it to be
// kept for the next (docPool, kwPool): a news article has a few thousand; the buffers of a
// text of hundreds of thousands would otherwise be held for as long as the process runs.
const poolTokens = 1 << 16

func newDocTerms(txt *tokenize.Text, headline tokenize.Span) *docTerms {
	dt := &docTerms{}
	dt.reset(txt, headline)
	return dt
}

// reset readies dt for the document txt, keeping its buffers.
func (dt *docTerms) reset(txt *tokenize.Text, headline tokenize.Span) {
	dt.txt, dt.headline = txt, headline
	if dt.v == nil {
		dt.v = newVocab(len(txt.Tokens) / 4)
	} else {
		dt.v.reset()
	}
	dt.sent = grow(dt.sent, len(txt.Sentences))
	clear(dt.sent)
	dt.sentDone = grow(dt.sentDone, len(txt.Sentences))
	clear(dt.sentDone)
	dt.terms, dt.stTerms = dt.terms[:0], dt.stTerms[:0]
	dt.head, dt.headDone = nil, false
	dt.sentOff = grow(dt.sentOff, len(txt.Sentences))
	for i := range dt.sentOff {
		dt.sentOff[i] = unknownOffset
	}
	dt.readTokens()
}

// sentTerms returns the content terms of sentence i.
func (dt *docTerms) sentTerms(i int, withPredicates bool) []int32 {
	if !withPredicates {
		return dt.v.contentIDs(dt.txt.Sentences[i].Tokens, dt.sentFacts(i), false, nil)
	}
	if !dt.sentDone[i] {
		lo := len(dt.terms)
		dt.terms = dt.v.contentIDs(dt.txt.Sentences[i].Tokens, dt.sentFacts(i), true, dt.terms)
		dt.sent[i], dt.sentDone[i] = dt.terms[lo:len(dt.terms):len(dt.terms)], true
	}
	return dt.sent[i]
}

// headTerms returns the content terms of the headline, nil when there is none.
func (dt *docTerms) headTerms(withPredicates bool) []int32 {
	if dt.headline.End <= dt.headline.Start {
		return nil
	}
	toks := tokensIn(dt.txt, dt.headline)
	if !withPredicates {
		return dt.v.contentIDs(toks, dt.factsOf(toks), false, nil)
	}
	if !dt.headDone {
		dt.head, dt.headDone = dt.v.contentIDs(toks, dt.factsOf(toks), true, nil), true
	}
	return dt.head
}
