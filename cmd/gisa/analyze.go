package main

import (
	"context"
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/gisa-nlp/gisa"
	"github.com/gisa-nlp/gisa/tokenize"
)

// analyzeFormats are the values --format takes.
var analyzeFormats = []string{"json", "jsonl", "text"}

func newAnalyzeCmd() *cobra.Command {
	var (
		format       string
		tokens       bool
		spacePenalty bool
		userDict     string
		workers      int
	)
	cmd := &cobra.Command{
		Use:   "analyze [FILE|FOLDER...]",
		Short: "Find who spoke, what they claimed and the figures they gave",
		Long: `Analyse Korean news articles: sentences, entities, quotes with their speakers, figures and
a summary (speakers, claims, facts, keywords, summary sentences), as the gisa/1 record of
docs/SCHEMA.md. Reads the files named (a folder stands for the files under it, hidden ones
left out), or standard input when there are none.

Input, recognised from its first bytes:
  plain text   one article; its first non-empty line is the headline
  JSON Lines   one {"id", "title", "text"} object per line, one record out per line in, written
               as each is done, so gisa works as a streaming mapper (Hadoop streaming, Spark pipe)
  HTML         a saved news page (<html, <!doctype or <article first): the headline from og:title,
               <h1> or <title>, the body from the story's element (<article>, Naver's dic_area …)
UTF-8 (with or without BOM), UTF-16 with BOM and EUC-KR/CP949 are read. An input or line
that cannot be analysed becomes an error record
  {"schema": "gisa/1", "id": ..., "error": "<input>:<line>: ..."}
and the rest goes on; the exit status is then 1.

Formats:
  json   one indented record per article
  jsonl  one record per line
  text   a report to read at a terminal: headline, speakers, claims, facts, summary`,
		Example: `  gisa analyze --format text testdata/seed-kakao.txt
  gisa analyze --format jsonl < articles.jsonl > analyses.jsonl
  hadoop jar hadoop-streaming.jar -mapper 'gisa analyze --format jsonl' -input in/ -output out/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			w, ok := recordWriters[format]
			if !ok {
				return usageError{fmt.Errorf("unknown --format %q: want json, jsonl or text", format)}
			}
			if workers < 1 {
				return usageError{fmt.Errorf("--workers must be at least 1, got %d", workers)}
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
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			p := newPipeline(ctx, a, workers, w(cmd.OutOrStdout(), cmd.ErrOrStderr()))
			readErr := eachInput(args, cmd.InOrStdin(), p.readInput)
			total, failed, writeErr := p.close()
			switch {
			case readErr != nil:
				return readErr
			case writeErr != nil:
				return writeErr
			case failed > 0:
				return fmt.Errorf("analyze: %d of %d records could not be analysed", failed, total)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVarP(&format, "format", "f", "json", "output format: json, jsonl or text")
	f.BoolVar(&tokens, "tokens", false, "include the morphemes (the tokens field)")
	f.BoolVar(&spacePenalty, "space-penalty", true, "apply mecab-ko's left-space penalty in the tokenizer")
	f.StringVar(&userDict, "user-dict", "", "user dictionary CSV: surface,POS[,semantic class[,cost]]")
	f.IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "articles analysed in parallel (output keeps input order)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(analyzeFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}
