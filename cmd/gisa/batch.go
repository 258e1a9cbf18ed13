package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/gisa-nlp/gisa/internal/batch"
)

func newBatchCmd() *cobra.Command {
	var (
		cfg   batch.Config
		quiet bool
		flags articleFlags
	)
	cmd := &cobra.Command{
		Use:   "batch DIR|FILE|-... [-o out.jsonl | --out-dir DIR]",
		Short: "Analyse folders of articles on every core, resumably, with a record for every input",
		Long: `Analyse many articles: walk the folders named (recursively), read .txt, .html and .jsonl
files (one article a line), the same inside .zip, .tar, .tar.gz and .tgz archives, or JSON Lines
on standard input (-), analyse them on -j workers that share one analyzer, and write one gisa/1
record per input. A file named on the command line is read as JSON Lines also when its first
character is {. Standard input must be JSON Lines (gisa analyze reads one plain article there).

Every input is in the output exactly once: as its record, or as an error record
{"schema": "gisa/1", "id": ..., "input": ..., "error": ...} when it is missing, could not be
read, decoded (the error names the byte offset) or analysed, is empty, or is over --max-bytes.
Each record carries "input", the input's id:
  sub/a.txt       a file under a folder: its path relative to that folder
  a.txt           a file named on the command line: its base name
  sub/b.jsonl:7   line 7 of a JSON Lines file (blank lines are no inputs)
  -:7             line 7 of standard input
  old.zip/x/c.txt a member of an archive (old.zip/d.jsonl:7 for its lines)
Hidden files and folders (.name) are left out; --include and --exclude take globs matched
against the file name, or against the relative path when they hold a slash. Symbolic links
to files are followed, those to folders are not; a link that leads nowhere or in a loop is an
error record.
UTF-8 (with or without BOM), UTF-16 with BOM and EUC-KR/CP949 are read.

Output: JSON Lines on standard output or -o FILE (as records finish, or in input order with
--ordered), or --out-dir DIR with one JSON file per input mirroring the input tree
(sub/a.txt -> DIR/sub/a.txt.json, sub/b.jsonl:7 -> DIR/sub/b.jsonl/7.json).

--resume skips the inputs whose id is already in the output (error records included: drop
them from the output to try those inputs again; while they remain, the exit status stays 1);
a line torn by a killed run is cut off first. Ctrl-C (or SIGTERM) stops reading new inputs,
finishes and writes those in flight, and exits; a second Ctrl-C kills at once (--resume then
finishes the job).

A summary (ok, failed, skipped, time, rate) goes to stderr; a progress bar too when stderr is a
terminal, unless -q.`,
		Example: `  gisa batch articles/ -o analyses.jsonl
  gisa batch --resume articles/ -o analyses.jsonl        # after a crash or Ctrl-C
  gisa batch --out-dir analyses/ --include '*.txt' --exclude 'drafts' archive/
  gisa batch --ordered - < articles.jsonl > analyses.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := flags.check(); err != nil {
				return err
			}
			base := flags.config(cmd, args)
			cfg.Roots, cfg.Stdin, cfg.Stdout = base.Roots, base.Stdin, base.Stdout
			cfg.Workers, cfg.MaxBytes, cfg.Decoder = base.Workers, base.MaxBytes, base.Decoder
			if err := cfg.Check(); err != nil {
				return usageError{err}
			}
			stderr := cmd.ErrOrStderr()
			if !quiet && isTerminal(stderr) {
				cfg.Progress = stderr
			}
			a, err := flags.analyzer(cmd, args)
			if err != nil {
				return err
			}
			cfg.Analyzer = a
			st, err := runArticles(cmd, cfg)
			if err != nil {
				return err
			}
			if !quiet || st.Failed > 0 || st.FailedEarly > 0 || st.Interrupted {
				fmt.Fprintln(stderr, "gisa batch:", st)
			}
			return failedError("batch", st)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&cfg.Output, "output", "o", "", "write JSON Lines to this file (default: standard output)")
	f.StringVar(&cfg.OutDir, "out-dir", "", "write one JSON file per input under this folder, mirroring the input tree")
	f.BoolVar(&cfg.Ordered, "ordered", false, "write records in input order (default: as they finish)")
	f.StringSliceVar(&cfg.Include, "include", batch.DefaultInclude, "take the files in folders matching these globs")
	f.StringSliceVar(&cfg.Exclude, "exclude", nil, "leave out files and folders matching these globs")
	f.BoolVar(&cfg.Resume, "resume", false, "skip the inputs already in the output (-o or --out-dir)")
	f.BoolVarP(&quiet, "quiet", "q", false, "no progress bar and no summary line (failures are still reported)")
	flags.register(f)
	return cmd
}

// isTerminal reports whether w is a terminal, where a progress bar can be drawn.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
