// Command evalsummary scores the extractive summary on the dev articles with human picks.
//
// It builds each document as title + "\n" + text (as gisa analyze does for JSON Lines input),
// tokenizes and summarises it, writes {"id", "summary": {"sentences": [...]}} records to a file
// and runs ../shared/tools/score.py --articles on them, then prints the sentence-F1:
//
//	go run ./internal/cmd/evalsummary [-shared ../shared] [-out summaries.jsonl]
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/gisa-nlp/gisa/internal/summeval"
	"github.com/gisa-nlp/gisa/summarize"
	"github.com/gisa-nlp/gisa/tokenize"
)

type record struct {
	ID      string `json:"id"`
	Summary struct {
		Sentences []summarize.Sentence `json:"sentences"`
	} `json:"summary"`
}

func main() {
	shared := flag.String("shared", "", "the shared data directory (default: ../shared beside the module root)")
	out := flag.String("out", "", "write the records here (default: a temporary file)")
	flag.Parse()
	if err := run(*shared, *out); err != nil {
		fmt.Fprintln(os.Stderr, "evalsummary:", err)
		os.Exit(1)
	}
}

func run(shared, out string) error {
	if shared == "" {
		var err error
		if shared, err = summeval.FindShared(); err != nil {
			return err
		}
	}
	articles := filepath.Join(shared, "data", "news", "articles.jsonl")
	arts, err := summeval.LoadArticles(articles)
	if err != nil {
		return err
	}
	tk, err := tokenize.New()
	if err != nil {
		return err
	}
	docs, err := summeval.Prepare(tk, arts)
	if err != nil {
		return err
	}
	if out == "" {
		f, err := os.CreateTemp("", "evalsummary-*.jsonl")
		if err != nil {
			return err
		}
		out = f.Name()
		f.Close()
		defer os.Remove(out)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	var c summeval.Counts
	for i := range docs {
		d := &docs[i]
		s := summarize.Summarize(summarize.Input{Text: d.Text, Headline: d.Headline})
		var r record
		r.ID = d.ID
		r.Summary.Sentences = s.Sentences
		var picks []int
		for _, x := range s.Sentences {
			picks = append(picks, x.Index)
		}
		c.Add(d, picks)
		b, err := json.Marshal(r)
		if err != nil {
			return err
		}
		w.Write(append(b, '\n'))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Printf("in Go: sentence-F1 %.4f  P %.4f  R %.4f  (tp %d, pred %d, gold %d, %d articles)\n",
		c.F1(), c.Precision(), c.Recall(), c.TP, c.Pred, c.Gold, len(docs))
	cmd := exec.Command("python3", filepath.Join(shared, "tools", "score.py"), "--pred", out, "--articles", articles)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	fmt.Println("score.py:")
	return cmd.Run()
}
