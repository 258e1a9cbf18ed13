// Command evalsummary scores the summary on the dev articles of ../shared.
//
// It builds each document as title + "\n" + text (as gisa analyze does for JSON Lines input),
// tokenizes and summarises it, writes gisa/1-shaped records to a file and runs
// ../shared/tools/score.py on them. By default only the extractive summary is scored, on the 20
// articles with human picks; with -full every article runs through the entity recognizer, the
// figures extractor and the quotes stage first, and score.py also scores speakers (--gold):
//
//	go run ./internal/cmd/evalsummary [-full] [-shared ../shared] [-out summaries.jsonl]
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/figures"
	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/internal/summeval"
	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/summarize"
	"github.com/gisa-nlp/gisa/tokenize"
)

// record is the part of a gisa/1 record score.py reads.
type record struct {
	ID      string            `json:"id"`
	Quotes  []quoteRecord     `json:"quotes"`
	Figures []figureRecord    `json:"figures"`
	Summary summarize.Summary `json:"summary"`
}

type quoteRecord struct {
	Text    string `json:"text"`
	Kind    string `json:"kind"`
	Verb    string `json:"verb"`
	Speaker string `json:"speaker"`
}

type figureRecord struct {
	Text    string   `json:"text"`
	Value   float64  `json:"value"`
	ValueTo *float64 `json:"value_to,omitempty"`
	Unit    string   `json:"unit"`
	Measure string   `json:"measure"`
}

func main() {
	shared := flag.String("shared", "", "the shared data directory (default: ../shared beside the module root)")
	out := flag.String("out", "", "write the records here (default: a temporary file)")
	full := flag.Bool("full", false, "run entities, figures and quotes on every article and score speakers too")
	flag.Parse()
	if err := run(*shared, *out, *full); err != nil {
		fmt.Fprintln(os.Stderr, "evalsummary:", err)
		os.Exit(1)
	}
}

func run(shared, out string, full bool) error {
	if shared == "" {
		var err error
		if shared, err = shareddata.Dir(); err != nil {
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
	var rec *entities.Recognizer
	if full {
		if rec, err = entities.NewRecognizer(); err != nil {
			return err
		}
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
	n := 0
	for _, a := range arts {
		if !full && !a.HasSummary() {
			continue
		}
		src, head := a.Document()
		txt, err := tk.Analyze(src)
		if err != nil {
			return fmt.Errorf("%s: %w", a.ID, err)
		}
		in := summarize.Input{Text: txt, Headline: head}
		if full {
			in.Entities = rec.Recognize(txt)
			in.Figures = figures.Extract(txt)
			in.Quotes = quotes.Extract(txt, head, in.Entities)
		}
		s := summarize.Summarize(in)
		r := record{ID: a.ID, Summary: s}
		for _, q := range in.Quotes {
			qr := quoteRecord{Text: q.Text, Kind: q.Kind, Verb: q.Verb}
			if q.Speaker != nil {
				qr.Speaker = q.Speaker.Name
			}
			r.Quotes = append(r.Quotes, qr)
		}
		for _, fg := range in.Figures {
			r.Figures = append(r.Figures, figureRecord{fg.Text, fg.Value, fg.ValueTo, fg.Unit, fg.Measure})
		}
		if a.HasSummary() {
			d := summeval.Doc{Article: a, Text: txt, Headline: head, RefOf: make([]int, len(txt.Sentences))}
			for i, st := range txt.Sentences {
				d.RefOf[i] = summeval.MapSentence(a.Sentences, st.Text(src))
			}
			var picks []int
			for _, x := range s.Sentences {
				picks = append(picks, x.Index)
			}
			c.Add(&d, picks)
			n++
		}
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
		c.F1(), c.Precision(), c.Recall(), c.TP, c.Pred, c.Gold, n)
	args := []string{filepath.Join(shared, "tools", "score.py"), "--pred", out, "--articles", articles}
	if full {
		args = append(args, "--gold", filepath.Join(shared, "data", "gold", "dev.jsonl"))
	}
	cmd := exec.Command("python3", args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	fmt.Println("score.py:")
	return cmd.Run()
}
