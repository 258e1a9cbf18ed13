// Command evalquotes runs the quote extractor over the gold articles in ../shared and prints
// score.py's table: direct and indirect quote P/R/F1, speaker and verb accuracy, and the first
// misses of each kind.
//
//	go run ./internal/cmd/evalquotes [-errors 20] [-keep pred.jsonl] [-noents]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/internal/quoteseval"
	"github.com/gisa-nlp/gisa/tokenize"
)

func main() {
	nerr := flag.Int("errors", 20, "how many misses of each kind to list")
	keep := flag.String("keep", "", "write the predictions to this file instead of a temporary one")
	noEnts := flag.Bool("noents", false, "resolve speakers without the entity recognizer")
	flag.Parse()
	if err := run(*nerr, *keep, !*noEnts); err != nil {
		fmt.Fprintln(os.Stderr, "evalquotes:", err)
		os.Exit(1)
	}
}

func run(nerr int, keep string, useEnts bool) error {
	paths, err := quoteseval.FindShared()
	if err != nil {
		return err
	}
	arts, err := quoteseval.GoldArticles(paths)
	if err != nil {
		return err
	}
	tk, err := tokenize.New()
	if err != nil {
		return err
	}
	var rec *entities.Recognizer
	if useEnts {
		if rec, err = entities.NewRecognizer(); err != nil {
			return err
		}
	}
	name := keep
	var f *os.File
	if name == "" {
		f, err = os.CreateTemp("", "evalquotes-*.jsonl")
		if err == nil {
			name = f.Name()
			defer os.Remove(name)
		}
	} else {
		f, err = os.Create(name)
	}
	if err != nil {
		return err
	}
	if err := quoteseval.Predict(tk, rec, arts, f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	out, err := quoteseval.Score(paths, name, nerr)
	fmt.Print(out)
	return err
}
