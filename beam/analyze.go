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
// With Parallel above 1 it analyses that many inputs of a bundle at once and emits each record
// as it finishes (the rest in FinishBundle): Prism hands a stage all its elements as one
// bundle, which would otherwise keep one core busy however many the machine has.
type analyzeFn struct {
	Tokens, SpacePenalty bool
	Parallel             int

	a       *gisa.Analyzer
	done    chan analyzed // the finished analyses of the bundle
	pending int           // analyses started and not yet emitted
}

// analyzed is one finished analysis.
type analyzed struct {
	key    string
	rec    []byte
	failed bool
}

// Setup builds the worker's Analyzer (one per worker process, shared by its DoFn instances).
func (fn *analyzeFn) Setup() error {
	a, err := analyzer(fn.Tokens, fn.SpacePenalty)
	fn.a = a
	return err
}

// StartBundle readies the bundle's analyses (Beam wants the emitters of FinishBundle here too).
func (fn *analyzeFn) StartBundle(_, _ func(Record)) {
	fn.done, fn.pending = make(chan analyzed, max(fn.Parallel, 1)), 0
}

// ProcessElement analyses one input, or starts its analysis beside those in flight.
func (fn *analyzeFn) ProcessElement(ctx context.Context, in batch.Input, ok, failed func(Record)) {
	inputBytes.Inc(ctx, in.Size)
	if fn.Parallel <= 1 {
		rec, bad := batch.Record(ctx, fn.a, Decoder(), in)
		emitAnalyzed(ctx, analyzed{in.Key(), rec, bad}, ok, failed)
		return
	}
	for fn.pending >= fn.Parallel {
		fn.emit(ctx, <-fn.done, ok, failed)
	}
	fn.pending++
	go func() {
		rec, bad := batch.Record(ctx, fn.a, Decoder(), in)
		fn.done <- analyzed{in.Key(), rec, bad} // never blocks: the channel holds Parallel
	}()
	for {
		select {
		case r := <-fn.done:
			fn.emit(ctx, r, ok, failed)
		default:
			return
		}
	}
}

// FinishBundle emits the analyses still in flight.
func (fn *analyzeFn) FinishBundle(ctx context.Context, ok, failed func(Record)) {
	for fn.pending > 0 {
		fn.emit(ctx, <-fn.done, ok, failed)
	}
}

// emit emits one finished analysis of the bundle.
func (fn *analyzeFn) emit(ctx context.Context, r analyzed, ok, failed func(Record)) {
	fn.pending--
	emitAnalyzed(ctx, r, ok, failed)
}

// emitAnalyzed counts an analysis and emits it on its output.
func emitAnalyzed(ctx context.Context, r analyzed, ok, failed func(Record)) {
	if r.failed {
		articlesFailed.Inc(ctx, 1)
		failed(Record{Input: r.key, JSON: r.rec})
		return
	}
	articlesOK.Inc(ctx, 1)
	ok(Record{Input: r.key, JSON: r.rec})
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
