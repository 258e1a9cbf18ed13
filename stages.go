package gisa

import (
	"context"
	"fmt"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/summarize"
)

// stages holds the pipeline's stages after the tokenizer, each built once in New and safe
// for concurrent use. A stage that has not landed yet leaves its part of the Analysis empty.
type stages struct {
	ner *entities.Recognizer
}

// newStages builds the stages (loading their models).
func newStages() (stages, error) {
	ner, err := entities.NewRecognizer()
	if err != nil {
		return stages{}, fmt.Errorf("loading the entity recognizer: %w", err)
	}
	return stages{ner: ner}, nil
}

// run runs the stages on an analysis whose Text and Sentences are set, filling the rest.
func (s stages) run(ctx context.Context, a *Analysis) error {
	figs := entities.ExtractFigures(a.Text)
	if err := ctx.Err(); err != nil {
		return err
	}
	ents := s.ner.Recognize(a.Text)
	if err := ctx.Err(); err != nil {
		return err
	}
	a.Summary = summarize.Summarize(summarize.Input{Text: a.Text, Headline: a.Headline, Figures: figs})
	a.Figures = figuresOf(figs, a.Summary.Facts)
	a.Entities = entitiesOf(ents)
	return nil
}

// figuresOf converts the figures stage's output, taking each figure's subject from the fact
// that joined it.
func figuresOf(figs []entities.Figure, facts []summarize.Fact) []Figure {
	out := make([]Figure, len(figs))
	for i, f := range figs {
		out[i] = Figure{
			Span: f.Span, Text: f.Text, Value: f.Value, ValueTo: f.ValueTo, Unit: f.Unit,
			Kind: f.Kind, Measure: f.Measure, Qualifier: f.Qualifier, Sentence: f.Sentence,
		}
	}
	for _, fact := range facts {
		for _, k := range fact.Figures {
			if k >= 0 && k < len(out) && out[k].Subject == "" {
				out[k].Subject = fact.Subject
			}
		}
	}
	return out
}

// entitiesOf converts the entity recognizer's output.
func entitiesOf(ents []entities.Entity) []Entity {
	out := make([]Entity, len(ents))
	for i, e := range ents {
		ms := make([]Mention, len(e.Mentions))
		for k, m := range e.Mentions {
			ms[k] = Mention{Span: m.Span, Text: m.Text}
		}
		out[i] = Entity{Name: e.Name, Type: e.Type, Title: e.Title, Org: e.Org, Mentions: ms}
	}
	return out
}
