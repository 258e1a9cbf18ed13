package main

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/gisa-nlp/gisa"
	"github.com/gisa-nlp/gisa/internal/articleio"
	"github.com/gisa-nlp/gisa/internal/batch"
	"github.com/gisa-nlp/gisa/internal/htmlarticle"
	"github.com/gisa-nlp/gisa/tokenize"
)

// The commands that analyse articles (analyze, batch) share their reading of inputs, their
// worker pool (internal/batch) and these flags.

// articleFlags are the flags of the commands that analyse articles.
type articleFlags struct {
	jobs         int
	maxBytes     byteSize
	tokens       bool
	spacePenalty bool
	userDict     string
}

// register adds the flags to fs. --workers is another name for --jobs.
func (af *articleFlags) register(fs *pflag.FlagSet) {
	af.maxBytes = byteSize(batch.DefaultMaxBytes)
	fs.IntVarP(&af.jobs, "jobs", "j", 0, fmt.Sprintf("articles analysed in parallel; 0 means one per core (%d here); also --workers", runtime.GOMAXPROCS(0)))
	fs.Var(&af.maxBytes, "max-bytes", "the largest article (a file, or a JSON Lines line), in bytes or with a unit (512KiB, 5MiB); larger ones are error records")
	fs.BoolVar(&af.tokens, "tokens", false, "include the morphemes (the tokens field)")
	fs.BoolVar(&af.spacePenalty, "space-penalty", true, "apply mecab-ko's left-space penalty in the tokenizer")
	fs.StringVar(&af.userDict, "user-dict", "", "user dictionary CSV: surface,POS[,semantic class[,cost]]")
	fs.SetNormalizeFunc(func(_ *pflag.FlagSet, name string) pflag.NormalizedName {
		if name == "workers" {
			name = "jobs"
		}
		return pflag.NormalizedName(name)
	})
}

// check reports flag values that cannot be used, as usage errors.
func (af *articleFlags) check() error {
	if af.jobs < 0 {
		return usageError{fmt.Errorf("-j/--jobs must be 0 (one per core) or more, got %d", af.jobs)}
	}
	return nil
}

// analyzer builds the Analyzer the flags ask for, readied for a long run when the inputs are
// known to be long (prepareBulk).
func (af *articleFlags) analyzer(cmd *cobra.Command, args []string) (*gisa.Analyzer, error) {
	opts := []gisa.Option{gisa.WithTokens(af.tokens), gisa.WithSpacePenalty(af.spacePenalty), gisa.WithLog(cmd.ErrOrStderr())}
	if af.userDict != "" {
		u, err := tokenize.LoadUserDict(af.userDict)
		if err != nil {
			return nil, err
		}
		opts = append(opts, gisa.WithUserDict(u))
	}
	a, err := gisa.New(opts...)
	if err != nil {
		return nil, err
	}
	prepareBulk(a, args, cmd.InOrStdin())
	return a, nil
}

// config is the batch.Config the flags give for roots.
func (af *articleFlags) config(cmd *cobra.Command, roots []string) batch.Config {
	return batch.Config{
		Roots:    roots,
		Stdin:    cmd.InOrStdin(),
		Stdout:   cmd.OutOrStdout(),
		Workers:  af.jobs,
		MaxBytes: int64(af.maxBytes),
		Decoder:  articleDecoder(),
	}
}

// articleDecoder reads input bytes as every command and the Beam pipeline read them
// (internal/articleio, internal/htmlarticle).
func articleDecoder() batch.Decoder {
	return batch.Decoder{
		Text: articleio.DecodeText,
		Line: articleio.ParseArticleLine,
		HTML: htmlarticle.Extract,
	}
}

// runArticles runs cfg on the shared worker pool. Ctrl-C (or SIGTERM) stops the reading of new
// inputs; those in flight are finished and written, and the stats say Interrupted. A second
// Ctrl-C kills at once.
func runArticles(cmd *cobra.Command, cfg batch.Config) (batch.Stats, error) {
	ctx, stop := signalContext(cmd)
	defer stop()
	st, err := batch.Run(ctx, cfg)
	var ue *batch.UsageError
	switch {
	case errors.As(err, &ue):
		return st, usageError{err}
	case err != nil && !errors.Is(err, batch.ErrInterrupted):
		return st, err
	}
	return st, nil
}

// failedError is the error of a run in which some inputs failed or that was interrupted (exit
// status 1), or nil.
func failedError(command string, st batch.Stats) error {
	done := st.OK + st.Failed
	switch {
	case st.Interrupted:
		return fmt.Errorf("%s: interrupted after %d inputs (%d failed)", command, done, st.Failed)
	case st.Failed > 0 && st.FailedEarly > 0:
		return fmt.Errorf("%s: %d of %d inputs failed, and %d error records of an earlier run remain (see the error records)", command, st.Failed, done, st.FailedEarly)
	case st.Failed > 0:
		return fmt.Errorf("%s: %d of %d inputs failed (see their error records)", command, st.Failed, done)
	case st.FailedEarly > 0:
		return fmt.Errorf("%s: %d error records of an earlier run remain in the output (drop them and resume to try those inputs again)", command, st.FailedEarly)
	}
	return nil
}
