package gisabeam

import (
	"context"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/gisa-nlp/gisa"
	"github.com/gisa-nlp/gisa/internal/batch"
)

func init() {
	register.DoFn4x0[context.Context, batch.Input, func(Record), func(Record)](&analyzeFn{})
	register.Emitter1[Record]()
}

// Record is one output line: the input id and its JSON record, ending in "\n".
type Record struct {
	Input string
	JSON  []byte
}

// The pipeline's metrics, in namespace "gisa".
var (
	articlesOK     = beam.NewCounter("gisa", "articles_ok")
	articlesFailed = beam.NewCounter("gisa", "articles_failed")
	inputBytes     = beam.NewCounter("gisa", "bytes")
)

// analyzeFn analyses each input into its record, or its error record on the second output.
type analyzeFn struct {
	Tokens, SpacePenalty bool

	a *gisa.Analyzer
}

// Setup builds the worker's Analyzer (one per worker process, shared by its DoFn instances).
func (fn *analyzeFn) Setup() error {
	a, err := analyzer(fn.Tokens, fn.SpacePenalty)
	fn.a = a
	return err
}

// ProcessElement analyses one input.
func (fn *analyzeFn) ProcessElement(ctx context.Context, in batch.Input, ok, failed func(Record)) {
	inputBytes.Inc(ctx, in.Size)
	rec, bad := batch.Record(ctx, fn.a, Decoder(), in)
	if bad {
		articlesFailed.Inc(ctx, 1)
		failed(Record{Input: in.Key(), JSON: rec})
		return
	}
	articlesOK.Inc(ctx, 1)
	ok(Record{Input: in.Key(), JSON: rec})
}

// analyzers are the process's Analyzers by options: the dictionary and models are loaded once
// per process however many DoFn instances the runner makes.
var analyzers struct {
	sync.Mutex
	byOpts map[[2]bool]*gisa.Analyzer
}

// analyzer returns the process's Analyzer for the options, building it the first time.
func analyzer(tokens, spacePenalty bool) (*gisa.Analyzer, error) {
	analyzers.Lock()
	defer analyzers.Unlock()
	key := [2]bool{tokens, spacePenalty}
	if a := analyzers.byOpts[key]; a != nil {
		return a, nil
	}
	a, err := gisa.New(gisa.WithTokens(tokens), gisa.WithSpacePenalty(spacePenalty))
	if err != nil {
		return nil, err
	}
	if analyzers.byOpts == nil {
		analyzers.byOpts = map[[2]bool]*gisa.Analyzer{}
	}
	analyzers.byOpts[key] = a
	return a, nil
}
