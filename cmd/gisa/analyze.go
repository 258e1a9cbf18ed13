package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

// analyzeFormats are the values --format takes.
var analyzeFormats = []string{"json", "jsonl", "text"}

func newAnalyzeCmd() *cobra.Command {
	var (
		format string
		flags  articleFlags
	)
	cmd := &cobra.Command{
		Use:   "analyze [FILE|FOLDER|-...]",
		Short: "Find who spoke, what they claimed and the figures they gave",
		Long: `Analyse Korean news articles: sentences, entities, quotes with their speakers, figures and
a summary (speakers, claims, facts, keywords, summary sentences), as the gisa/1 record of
docs/SCHEMA.md. Reads the files and folders named, or standard input (-, or no names).

Inputs are read as gisa batch reads them, on the same worker pool, and written in input order:
  a file named     its form told by its name (.jsonl and .ndjson are JSON Lines, .html a page,
                   .zip, .tar, .tar.gz and .tgz archives of articles) or by its first bytes
  a folder         the files under it as gisa batch takes them (.txt, .html, .jsonl and
                   archives by default; hidden ones left out), in lexical order
  standard input   JSON Lines when its first character is {, else one article
Forms:
  plain text   one article; its first line is the headline when it reads as one (at most 64
               characters, no sentence-ending period) and more lines follow, else it is body
               text and the article has no headline
  JSON Lines   one {"id", "title", "text"} object per line, one record out per line in, written
               as each is done, so gisa works as a streaming mapper (Hadoop streaming, Spark pipe)
  HTML         a saved news page (<html, <!doctype html or <article first): the headline from
               og:title, <h1> or <title>, the body from the story's element
UTF-8 (with or without BOM), UTF-16 with BOM and EUC-KR/CP949 are read.

A record's "id" is the article's own id (JSON Lines), else the input's id as gisa batch gives
it: a file's name (a.txt), a file under a folder by its path there (sub/a.txt), a line of
JSON Lines by its place (b.jsonl:7, -:7 on standard input), standard input itself "-".
An input that cannot be read or analysed (missing, unreadable, empty, not decodable, over
--max-bytes) becomes an error record
  {"schema": "gisa/1", "id": ..., "error": "<input>:<line>: ..."}
and the rest goes on.

Formats:
  json   one indented record; a JSON array of them when the input can hold several articles
         (several names, a folder, an archive, JSON Lines)
  jsonl  one record per line
  text   a report to read at a terminal: headline, speakers, claims, facts, summary; error
         records go to standard error`,
		Example: `  gisa analyze --format text testdata/seed-kakao.txt
  gisa analyze --format jsonl < articles.jsonl > analyses.jsonl
  gisa analyze articles/ > analyses.json
  hadoop jar hadoop-streaming.jar -mapper 'gisa analyze --format jsonl' -input in/ -output out/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !contains(analyzeFormats, format) {
				return usageError{fmt.Errorf("unknown --format %q: want json, jsonl or text", format)}
			}
			if err := flags.check(); err != nil {
				return err
			}
			roots := args
			if len(roots) == 0 {
				roots = []string{"-"}
			}
			out := newAnalyzeOutput(format, cmd.OutOrStdout(), cmd.ErrOrStderr(), severalArticles(roots))
			cfg := flags.config(cmd, roots)
			cfg.Ordered, cfg.StdinArticle, cfg.AllowSameID = true, true, true
			cfg.Sink, cfg.Format = out, out.format()
			if err := cfg.Check(); err != nil {
				return usageError{err}
			}
			a, err := flags.analyzer(cmd, args)
			if err != nil {
				return err
			}
			cfg.Analyzer = a
			st, err := runArticles(cmd, cfg)
			if cerr := out.close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
			return failedError("analyze", st)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&format, "format", "f", "json", "output format: json, jsonl or text")
	flags.register(f)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(analyzeFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
