package gisa

import (
	"context"
	"fmt"
	"sort"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/summarize"
)

// stages holds the pipeline's stages after the tokenizer, each built once in New and safe
// for concurrent use. A stage that has not landed yet leaves its part of the Analysis empty.
type stages struct {
	ner *entities.Recognizer
}

// newStages builds the stages (loading their models).
func newStages(nerOpts ...entities.Option) (stages, error) {
	ner, err := entities.NewRecognizerWith(nerOpts...)
	if err != nil {
		return stages{}, fmt.Errorf("loading the entity recognizer: %w", err)
	}
	return stages{ner: ner}, nil
}

// run runs the stages on an analysis whose Text and Sentences are set, filling the rest.
func (s stages) run(ctx context.Context, a *Analysis) error {
	st := stageState{a: a}
	for k, step := range s.steps() {
		if err := runStep(k, step, &st); err != nil {
			return err
		}
		if k < numSteps-1 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
	}
	return nil
}

// runEach runs the stages on the analyses as whose errs are nil, as run runs them on each,
// setting errs[i] where run fails; each stage runs over all of them before the next (see
// Analyzer.AnalyzeEach).
func (s stages) runEach(ctx context.Context, as []*Analysis, errs []error) {
	sts := make([]stageState, len(as))
	for i, a := range as {
		sts[i].a = a
	}
	for k, step := range s.steps() {
		for i := range sts {
			if errs[i] != nil {
				continue
			}
			if errs[i] = runStep(k, step, &sts[i]); errs[i] == nil && k < numSteps-1 {
				errs[i] = ctx.Err()
			}
		}
	}
}

// stepNames name the steps of stages.steps, for errors.
var stepNames = [numSteps]string{"figures", "entities", "quotes", "summary"}

// runStep runs step k on st. A panic in a stage is a bug in gisa, never the input's fault: it
// becomes this document's error (naming the stage), so the rest of a batch and a server's
// other requests go on.
func runStep(k int, step func(*stageState), st *stageState) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error in the %s stage: %v (a bug in gisa; please report it with this input)", stepNames[k], r)
		}
	}()
	step(st)
	return nil
}

// stageState is one analysis and the stages' results on their way into it.
type stageState struct {
	a    *Analysis
	figs []figures.Figure
	ents []entities.Entity
	qs   []quotes.Quote
}

// numSteps is the number of steps of stages.steps.
const numSteps = 4

// steps are the stages in the order they run, each filling its part of a stageState: figures,
// entities, quotes, then the summary and the analysis' fields.
func (s stages) steps() [numSteps]func(*stageState) {
	return [numSteps]func(*stageState){
		func(st *stageState) { st.figs = figures.Extract(st.a.Text) },
		func(st *stageState) { st.ents = s.ner.Recognize(st.a.Text) },
		func(st *stageState) { st.qs = quotes.Extract(st.a.Text, st.a.Headline, st.ents) },
		func(st *stageState) {
			a := st.a
			a.Summary = summarize.Summarize(summarize.Input{Text: a.Text, Headline: a.Headline, Entities: st.ents, Figures: st.figs, Quotes: st.qs})
			a.Entities = entitiesOf(st.ents)
			a.Quotes = quotesOf(st.qs)
			a.Figures = figuresOf(st.figs, a.Summary.Facts, a.Quotes)
		},
	}
}

// figuresOf converts the figures stage's output, taking each figure's subject from the fact
// that joined it and its speaker from the quote it stands in.
func figuresOf(figs []figures.Figure, facts []summarize.Fact, qs []Quote) []Figure {
	out := make([]Figure, len(figs))
	for i, f := range figs {
		out[i] = Figure{
			Span: f.Span, Text: f.Text, Value: f.Value, ValueTo: f.ValueTo, Unit: f.Unit,
			Kind: f.Kind, Measure: f.Measure, Qualifier: f.Qualifier, Sentence: f.Sentence, SameAs: f.SameAs,
		}
	}
	for _, fact := range facts {
		for _, k := range fact.Figures {
			if k >= 0 && k < len(out) && out[k].Subject == "" {
				out[k].Subject = fact.Subject
			}
		}
	}
	// A figure's speaker is that of the first quote holding it. The quotes come in document
	// order, so of those with a speaker the first whose end reaches the figure's is found by
	// bisecting the running maximum of their ends; it holds the figure if it starts before it.
	said := make([]int, 0, len(qs))  // the quotes with a speaker
	reach := make([]int, 0, len(qs)) // reach[j]: the greatest end of qs[said[:j+1]]
	for k, q := range qs {
		if q.Speaker != nil {
			r := q.End
			if n := len(reach); n > 0 {
				r = max(r, reach[n-1])
			}
			said, reach = append(said, k), append(reach, r)
		}
	}
	for i := range out {
		sp := out[i].Span
		j := sort.SearchInts(reach, sp.End)
		if j < len(said) && qs[said[j]].Start <= sp.Start {
			out[i].Speaker = qs[said[j]].Speaker.Name
		}
	}
	return out
}

// quotesOf converts the quotes stage's output.
func quotesOf(qs []quotes.Quote) []Quote {
	out := make([]Quote, len(qs))
	speakers := 0
	for _, q := range qs {
		if q.Speaker != nil {
			speakers++
		}
	}
	sps := make([]Speaker, speakers) // the quotes' speakers, in one array
	for i, q := range qs {
		out[i] = Quote{Span: q.Span, Text: q.Text, Kind: q.Kind, Verb: q.Verb, Stance: string(q.Stance),
			Sentence: q.Sentence, Unclosed: q.Unclosed}
		if sp := q.Speaker; sp != nil {
			sps[0] = Speaker{Name: sp.Name, Title: sp.Title, Org: sp.Org,
				Mention: Mention{Span: sp.Mention.Span, Text: sp.Mention.Text}}
			out[i].Speaker, sps = &sps[0], sps[1:]
		}
	}
	return out
}

// entitiesOf converts the entity recognizer's output. The mentions of all entities share one
// array, each entity's list capped at its own length (an append to one copies it).
func entitiesOf(ents []entities.Entity) []Entity {
	out := make([]Entity, len(ents))
	total := 0
	for _, e := range ents {
		total += len(e.Mentions)
	}
	all := make([]Mention, 0, total)
	for i, e := range ents {
		lo := len(all)
		for _, m := range e.Mentions {
			all = append(all, Mention{Span: m.Span, Text: m.Text})
		}
		ms := all[lo:len(all):len(all)] // never nil, as a list of its own was not
		out[i] = Entity{Name: e.Name, Type: e.Type, Title: e.Title, Org: e.Org, Mentions: ms}
	}
	return out
}
