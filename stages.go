package gisa

import (
	"context"

	"github.com/gisa-nlp/gisa/summarize"
)

// stages holds the pipeline's stages after the tokenizer, each built once in New. A stage that
// has not landed yet leaves its part of the Analysis empty.
type stages struct{}

// newStages builds the stages (loading their models).
func newStages() (stages, error) { return stages{}, nil }

// run runs the stages on an analysis whose Text and Sentences are set, filling the rest.
func (s stages) run(ctx context.Context, a *Analysis) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	a.Summary = summarize.Summarize(summarize.Input{Text: a.Text, Headline: a.Headline})
	return nil
}
