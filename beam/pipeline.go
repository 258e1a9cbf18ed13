package gisabeam

import (
	"errors"
	"fmt"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"

	"github.com/gisa-nlp/gisa/internal/batch"
)

// Options is one run of the pipeline.
type Options struct {
	Inputs           []string // file patterns (filepath.Glob syntax locally; gs://bucket/dir/*.jsonl ...)
	Include, Exclude []string // globs on the input ids, as in `gisa batch`; Include defaults to batch.DefaultInclude
	Output           string   // the output prefix: PREFIX-SSSSS-of-NNNNN.jsonl
	Shards           int      // record shards; 0 means 16
	ErrorShards      int      // error record shards; 0 means 1
	MaxBytes         int64    // the largest article; 0 means batch.DefaultMaxBytes
	Tokens           bool     // include the morphemes (the tokens field)
	SpacePenalty     bool     // mecab-ko's left-space penalty in the tokenizer (gisa's default is true)
	Parallel         int      // articles analysed at once inside one bundle; 0 means 1 (see analyzeFn)
}

// check fills in the defaults and reports options that cannot run.
func (o *Options) check() error {
	switch {
	case len(o.Inputs) == 0:
		return errors.New("no input: give --input PATTERN")
	case o.Output == "":
		return errors.New("no output: give --output PREFIX")
	case o.Shards < 0 || o.ErrorShards < 0:
		return fmt.Errorf("shards must be positive, got %d and %d", o.Shards, o.ErrorShards)
	case o.Parallel < 0:
		return fmt.Errorf("parallel must be positive, got %d", o.Parallel)
	case o.MaxBytes < 0:
		return fmt.Errorf("max bytes must be positive, got %d", o.MaxBytes)
	}
	if err := batch.CheckGlobs(o.Include); err != nil {
		return err
	}
	if err := batch.CheckGlobs(o.Exclude); err != nil {
		return err
	}
	if o.Shards == 0 {
		o.Shards = 16
	}
	if o.ErrorShards == 0 {
		o.ErrorShards = 1
	}
	if o.MaxBytes == 0 {
		o.MaxBytes = batch.DefaultMaxBytes
	}
	if len(o.Include) == 0 {
		o.Include = batch.DefaultInclude
	}
	return nil
}

// Build adds the pipeline of o to s: match the input patterns, read the files into inputs,
// spread the inputs over the workers, analyse them, and write the records and error records
// in shards.
func Build(s beam.Scope, o Options) error {
	if err := o.check(); err != nil {
		return err
	}
	var read []beam.PCollection
	for _, pattern := range o.Inputs {
		ps := s.Scope("read " + pattern)
		files := fileio.MatchFiles(ps, pattern, fileio.MatchEmptyAllowIfWildcard())
		read = append(read, beam.ParDo(ps, &readFn{
			Base: patternBase(pattern), Include: o.Include, Exclude: o.Exclude, MaxBytes: o.MaxBytes,
		}, files))
	}
	inputs := beam.Flatten(s, read...)
	// A JSON Lines file is read by one worker; reshuffle so that its lines are analysed by all.
	inputs = beam.Reshuffle(s, inputs)
	ok, failed := beam.ParDo2(s, &analyzeFn{Tokens: o.Tokens, SpacePenalty: o.SpacePenalty, Parallel: o.Parallel}, inputs)
	writeShards(s.Scope("write records"), ok, o.Output, o.Shards)
	writeShards(s.Scope("write errors"), failed, o.Output+"-errors", o.ErrorShards)
	return nil
}

// Pipeline returns a new pipeline for o.
func Pipeline(o Options) (*beam.Pipeline, error) {
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, o); err != nil {
		return nil, err
	}
	return p, nil
}

// patternBase is the folder part of a file pattern, the part up to the last slash before the
// first glob character: input ids are the matched paths with it cut off, as `gisa batch` ids
// files by their path relative to the folder it walks.
func patternBase(pattern string) string {
	glob := strings.IndexAny(pattern, "*?[")
	if glob < 0 {
		glob = len(pattern)
	}
	return pattern[:strings.LastIndex(pattern[:glob], "/")+1]
}
