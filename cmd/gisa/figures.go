package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/gisa-nlp/gisa"
)

func newFiguresCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "figures [FILE...]",
		Short: "Pull the figures (counts, money, percents, durations …) out of Korean text",
		Long: `Pull the figures out of Korean text, line by line: counts, money, percents, multipliers,
fractions, durations, measures and ranks, with their value, unit and qualifier. Dates, clock
times, years and digits inside names (웹3.0, GPT-3.5) are not figures. Reads the files named, or
standard input when there are none.

Every input line is analysed as a document of its own and gives one JSON line:
{"line": N, "text": "...", "figures": [...]}, each figure with the fields gisa analyze writes
(docs/SCHEMA.md): text, start, end (code points within the line), value, value_to (ranges),
unit, kind, measure, qualifier, subject, speaker, sentence and same_as. A line that is only a
numeral (오십삼, 1,234,567, 일과 사분의 일) is that number. With several files, "file" names
the input.`,
		Example: `  echo '챗GPT는 5일 만에 100만 사용자를 모았다.' | gisa figures
  gisa figures article.txt | jq -c '.figures[] | [.text, .value, .unit]'`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			inputs, readErr := readInputs(args, cmd.InOrStdin())
			a, err := gisa.New()
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			if ctx == nil {
				ctx = context.Background()
			}
			w := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			for _, in := range inputs {
				name := ""
				if len(inputs) > 1 {
					name = in.name
				}
				if err := writeFigureLines(ctx, w, a, in.text, name); err != nil {
					return fmt.Errorf("%s: %w", in.name, err)
				}
			}
			if err := w.Flush(); err != nil {
				return err
			}
			return readErr // the inputs that could not be read, after the others
		},
	}
}

// figureJSON is one figure as gisa figures writes it: the fields and names of the gisa/1
// record's figures (SCHEMA.md), offsets in code points within the line.
type figureJSON struct {
	Text      string   `json:"text"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Value     float64  `json:"value"`
	ValueTo   *float64 `json:"value_to,omitempty"`
	Unit      string   `json:"unit"`
	Kind      string   `json:"kind"`
	Measure   string   `json:"measure"`
	Qualifier string   `json:"qualifier"`
	Subject   string   `json:"subject"`
	Speaker   string   `json:"speaker"`
	Sentence  int      `json:"sentence"`
	SameAs    *int     `json:"same_as,omitempty"`
}

// figureLine is one output line of gisa figures.
type figureLine struct {
	File    string       `json:"file,omitempty"`
	Line    int          `json:"line"`
	Text    string       `json:"text"`
	Figures []figureJSON `json:"figures"`
}

// writeFigureLines analyses text line by line, each line a document of its own as gisa analyze
// would read it, and writes one JSON line per input line.
func writeFigureLines(ctx context.Context, w *bufio.Writer, a *gisa.Analyzer, text, file string) error {
	if text == "" {
		return nil // no lines, no records
	}
	text = strings.TrimSuffix(text, "\n")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSuffix(line, "\r")
		res, err := a.Analyze(ctx, gisa.Document{Text: line})
		if err != nil {
			return fmt.Errorf("line %d: %w", n+1, err)
		}
		out := figureLine{File: file, Line: n + 1, Text: line, Figures: []figureJSON{}}
		for _, f := range res.Figures {
			fj := figureJSON{
				Text: f.Text, Start: utf8.RuneCountInString(line[:f.Start]), End: utf8.RuneCountInString(line[:f.End]),
				Value: f.Value, ValueTo: f.ValueTo, Unit: f.Unit, Kind: f.Kind, Measure: f.Measure, Qualifier: f.Qualifier,
				Subject: f.Subject, Speaker: f.Speaker, Sentence: f.Sentence,
			}
			if f.SameAs >= 0 {
				fj.SameAs = &f.SameAs
			}
			out.Figures = append(out.Figures, fj)
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	return nil
}
