package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/gisa-nlp/gisa"
	"github.com/gisa-nlp/gisa/internal/articleio"
	"github.com/gisa-nlp/gisa/internal/batch"
	"github.com/gisa-nlp/gisa/internal/htmlarticle"
	"github.com/gisa-nlp/gisa/tokenize"
)

func newBatchCmd() *cobra.Command {
	var (
		cfg          batch.Config
		quiet        bool
		tokens       bool
		spacePenalty bool
		userDict     string
		maxBytes     = byteSize(batch.DefaultMaxBytes)
	)
	cmd := &cobra.Command{
		Use:   "batch DIR|FILE|-... [-o out.jsonl | --out-dir DIR]",
		Short: "Analyse folders of articles on every core, resumably, with a record for every input",
		Long: `Analyse many articles: walk the folders named (recursively), read .txt, .html and .jsonl
files (one article a line), the same inside .zip, .tar, .tar.gz and .tgz archives, or JSON Lines
on standard input (-), analyse them on -j workers that share one analyzer, and write one gisa/1
record per input.

Every input is in the output exactly once: as its record, or as an error record
{"schema": "gisa/1", "id": ..., "input": ..., "error": ...} when it could not be read, decoded
(the error names the byte offset) or analysed, or is over --max-bytes. Each record carries
"input", the input's id:
  sub/a.txt       a file under a folder: its path relative to that folder
  a.txt           a file named on the command line: its base name
  sub/b.jsonl:7   line 7 of a JSON Lines file (blank lines are no inputs)
  -:7             line 7 of standard input
  old.zip/x/c.txt a member of an archive (old.zip/d.jsonl:7 for its lines)
Hidden files and folders (.name) are left out; --include and --exclude take globs matched
against the file name, or against the relative path when they hold a slash.
UTF-8 (with or without BOM), UTF-16 with BOM and EUC-KR/CP949 are read.

Output: JSON Lines on standard output or -o FILE (as records finish, or in input order with
--ordered), or --out-dir DIR with one JSON file per input mirroring the input tree
(sub/a.txt -> DIR/sub/a.txt.json, sub/b.jsonl:7 -> DIR/sub/b.jsonl/7.json).

--resume skips the inputs whose id is already in the output (error records included: drop
them from the output to try those inputs again); a line torn by a killed run is cut off first. Ctrl-C (or SIGTERM) stops reading new inputs, finishes and writes those in flight, and exits; a
second Ctrl-C kills at once (--resume then finishes the job).

A summary (ok, failed, skipped, time, rate) goes to stderr; a progress bar too when stderr is a
terminal, unless -q. Exit status: 0 when every input was analysed, 1 when some failed (the
count is printed) or the run was interrupted, 2 for usage errors.`,
		Example: `  gisa batch articles/ -o analyses.jsonl
  gisa batch --resume articles/ -o analyses.jsonl        # after a crash or Ctrl-C
  gisa batch --out-dir analyses/ --include '*.txt' --exclude 'drafts' archive/
  gisa batch --ordered - < articles.jsonl > analyses.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg.Roots = args
			cfg.MaxBytes = int64(maxBytes)
			cfg.Stdin, cfg.Stdout = cmd.InOrStdin(), cmd.OutOrStdout()
			if err := cfg.Check(); err != nil {
				return usageError{err}
			}
			stderr := cmd.ErrOrStderr()
			if !quiet && isTerminal(stderr) {
				cfg.Progress = stderr
			}
			opts := []gisa.Option{gisa.WithTokens(tokens), gisa.WithSpacePenalty(spacePenalty)}
			if userDict != "" {
				u, err := tokenize.LoadUserDict(userDict)
				if err != nil {
					return err
				}
				opts = append(opts, gisa.WithUserDict(u))
			}
			a, err := gisa.New(opts...)
			if err != nil {
				return err
			}
			prepareBulk(a, args, cmd.InOrStdin())
			cfg.Analyzer = a
			cfg.Decoder = batchDecoder()

			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
			defer stop()
			go func() {
				<-ctx.Done()
				stop() // a second Ctrl-C kills at once
			}()

			st, err := batch.Run(ctx, cfg)
			var ue *batch.UsageError
			switch {
			case errors.As(err, &ue):
				return usageError{err}
			case err != nil && !errors.Is(err, batch.ErrInterrupted):
				return err
			}
			if !quiet || st.Failed > 0 || st.Interrupted {
				fmt.Fprintln(stderr, "gisa batch:", st)
			}
			switch {
			case st.Interrupted:
				return fmt.Errorf("batch: interrupted after %d inputs (%d failed)", st.OK+st.Failed, st.Failed)
			case st.Failed > 0:
				return fmt.Errorf("batch: %d of %d inputs failed (see their error records)", st.Failed, st.OK+st.Failed)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVarP(&cfg.Output, "output", "o", "", "write JSON Lines to this file (default: standard output)")
	f.StringVar(&cfg.OutDir, "out-dir", "", "write one JSON file per input under this folder, mirroring the input tree")
	f.IntVarP(&cfg.Workers, "jobs", "j", runtime.GOMAXPROCS(0), "articles analysed in parallel")
	f.BoolVar(&cfg.Ordered, "ordered", false, "write records in input order (default: as they finish)")
	f.StringSliceVar(&cfg.Include, "include", batch.DefaultInclude, "take the files in folders matching these globs")
	f.StringSliceVar(&cfg.Exclude, "exclude", nil, "leave out files and folders matching these globs")
	f.Var(&maxBytes, "max-bytes", "the largest article (a file, or a JSON Lines line), in bytes or with a unit (512KiB, 5MiB); larger ones are error records")
	f.BoolVar(&cfg.Resume, "resume", false, "skip the inputs already in the output (-o or --out-dir)")
	f.BoolVarP(&quiet, "quiet", "q", false, "no progress bar and no summary line (failures are still reported)")
	f.BoolVar(&tokens, "tokens", false, "include the morphemes (the tokens field)")
	f.BoolVar(&spacePenalty, "space-penalty", true, "apply mecab-ko's left-space penalty in the tokenizer")
	f.StringVar(&userDict, "user-dict", "", "user dictionary CSV: surface,POS[,semantic class[,cost]]")
	return cmd
}

// batchDecoder reads batch input exactly as analyze reads its input (input.go,
// analyze_input.go, internal/htmlarticle).
func batchDecoder() batch.Decoder {
	return batch.Decoder{
		Text: articleio.DecodeText,
		Line: articleio.ParseArticleLine,
		HTML: htmlarticle.Extract,
	}
}

// isTerminal reports whether w is a terminal, where a progress bar can be drawn.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
