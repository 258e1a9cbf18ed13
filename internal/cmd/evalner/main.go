// Command evalner cross-validates the entity tagger on KLUE-NER v1.1 dev and prints KLUE's
// metrics (entity-level F1 per type and macro, character-level macro F1), separately for the
// news part (WikiTree) and for all sentences.
//
//	go run ./internal/cmd/evalner            # 5-fold, the same options as trainner
//	go run ./internal/cmd/evalner -folds 5 -epochs 10 -seed 1
package main

import (
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/tokenize"
)

func main() {
	data := flag.String("data", "", "KLUE spans JSONL (default: ../shared/data/ner/klue_dev.spans.jsonl from the repo root)")
	folds := flag.Int("folds", 5, "number of cross-validation folds")
	epochs := flag.Int("epochs", entities.DefaultNERTrainOptions.Epochs, "perceptron epochs")
	minCount := flag.Int("mincount", entities.DefaultNERTrainOptions.MinCount, "drop features seen fewer times in training")
	minWeight := flag.Int("minweight", entities.DefaultNERMinWeight, "then drop features whose weights are all below this in absolute value (0: keep all)")
	runs := flag.Int("runs", entities.DefaultNERTrainOptions.Runs, "perceptrons averaged per model")
	errs := flag.String("errors", "", "write the news part's wrong spans to this file")
	seed := flag.Uint64("seed", entities.DefaultNERTrainOptions.Seed, "seed for the fold split and the shuffling")
	flag.Parse()
	log.SetFlags(0)

	sents, err := readKLUE(*data)
	if err != nil {
		log.Fatal(err)
	}
	tk, err := tokenize.New()
	if err != nil {
		log.Fatal(err)
	}
	t0 := time.Now()
	exs, err := entities.PrepareNER(tk, sents)
	if err != nil {
		log.Fatal(err)
	}
	prep := time.Since(t0)

	order := rand.New(rand.NewPCG(*seed, 7)).Perm(len(exs))
	news, all := entities.NewNERScore(), entities.NewNERScore()
	t1 := time.Now()
	feats := 0
	var errLog []string
	for f := range *folds {
		var train, test []*entities.NERExample
		for i, k := range order {
			if i%*folds == f {
				test = append(test, exs[k])
			} else {
				train = append(train, exs[k])
			}
		}
		m, err := entities.TrainNER(train, entities.NERTrainOptions{Epochs: *epochs, Seed: *seed, MinCount: *minCount, Runs: *runs}).Prune(*minWeight)
		if err != nil {
			log.Fatal(err)
		}
		feats += m.NumFeatures()
		for _, ex := range test {
			pred := m.Predict(ex)
			n := len([]rune(ex.Sentence.Text))
			all.Add(n, ex.Sentence.Spans, pred)
			if ex.Sentence.News() {
				news.Add(n, ex.Sentence.Spans, pred)
				if *errs != "" {
					errLog = append(errLog, spanErrors(ex.Sentence, pred)...)
				}
			}
		}
	}
	if *errs != "" {
		if err := os.WriteFile(*errs, []byte(strings.Join(errLog, "\n")+"\n"), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	fmt.Printf("KLUE-NER v1.1 dev, %d-fold cross-validation (seed %d, %d epochs, %d runs, min count %d, min weight %d): %d sentences, %d news\n",
		*folds, *seed, *epochs, max(*runs, 1), *minCount, *minWeight, all.Sentences, news.Sentences)
	fmt.Printf("features kept per fold model: %d on average; prepare %.1fs, train+tag %.1fs\n\n",
		feats / *folds, prep.Seconds(), time.Since(t1).Seconds())
	fmt.Println("| type | news P | news R | news F1 | all P | all R | all F1 |")
	fmt.Println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, t := range entities.NERTypes() {
		np, nr, nf := news.TypeF1(t)
		ap, ar, af := all.TypeF1(t)
		fmt.Printf("| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |\n", t, np, nr, nf, ap, ar, af)
	}
	fmt.Printf("| entity macro F1 | | | %.2f | | | %.2f |\n", news.EntityMacroF1(), all.EntityMacroF1())
	fmt.Printf("| entity micro F1 | | | %.2f | | | %.2f |\n", news.EntityMicroF1(), all.EntityMicroF1())
	fmt.Printf("| character macro F1 | | | %.2f | | | %.2f |\n", news.CharMacroF1(), all.CharMacroF1())
	os.Exit(0)
}

// readKLUE reads the KLUE spans file at path, or by default the one in ../shared.
func readKLUE(path string) ([]entities.NERSentence, error) {
	if path == "" {
		shared, err := shareddata.Dir()
		if err != nil {
			return nil, fmt.Errorf("%w; pass -data", err)
		}
		path = filepath.Join(shared, "data", "ner", "klue_dev.spans.jsonl")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return entities.ReadKLUE(f)
}

// spanErrors describes the spans of pred and gold that do not match, one line each:
// "miss TYPE text", "false TYPE text", with the sentence.
func spanErrors(s entities.NERSentence, pred []entities.NERSpan) []string {
	r := []rune(s.Text)
	key := func(x entities.NERSpan) string { return fmt.Sprintf("%d:%d:%s", x.Start, x.End, x.Type) }
	g, p := map[string]bool{}, map[string]bool{}
	for _, x := range s.Spans {
		g[key(x)] = true
	}
	for _, x := range pred {
		p[key(x)] = true
	}
	var out []string
	for _, x := range s.Spans {
		if !p[key(x)] {
			out = append(out, fmt.Sprintf("miss\t%s\t%s\t%s", x.Type, string(r[x.Start:x.End]), s.Text))
		}
	}
	for _, x := range pred {
		if !g[key(x)] {
			out = append(out, fmt.Sprintf("false\t%s\t%s\t%s", x.Type, string(r[x.Start:x.End]), s.Text))
		}
	}
	return out
}
