// Command trainner trains the entity tagger on all of KLUE-NER v1.1 dev and writes the model
// that package entities embeds (entities/model/ner.model). Training is deterministic: the same
// data, options and seed give the same file.
//
//	go run ./internal/cmd/trainner                 # from the repository root
//	go run ./internal/cmd/trainner -out /tmp/ner.model -epochs 10 -seed 1
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/tokenize"
)

func main() {
	data := flag.String("data", "", "KLUE spans JSONL (default: ../shared/data/ner/klue_dev.spans.jsonl from the repo root)")
	out := flag.String("out", "", "model file to write (default: entities/model/ner.model in the repo)")
	epochs := flag.Int("epochs", entities.DefaultNERTrainOptions.Epochs, "perceptron epochs")
	seed := flag.Uint64("seed", entities.DefaultNERTrainOptions.Seed, "seed of the shuffling")
	minCount := flag.Int("mincount", entities.DefaultNERTrainOptions.MinCount, "drop features seen fewer times in training")
	minWeight := flag.Int("minweight", entities.DefaultNERMinWeight, "then drop features whose weights are all below this in absolute value (0: keep all)")
	runs := flag.Int("runs", entities.DefaultNERTrainOptions.Runs, "perceptrons averaged into the model")
	flag.Parse()
	log.SetFlags(0)

	if *data == "" {
		shared, err := shareddata.Dir()
		if err != nil {
			log.Fatalf("%v; pass -data", err)
		}
		*data = filepath.Join(shared, "data", "ner", "klue_dev.spans.jsonl")
	}
	if *out == "" {
		root, err := shareddata.Root()
		if err != nil {
			log.Fatal(err)
		}
		*out = filepath.Join(root, "entities", "model", "ner.model")
	}
	f, err := os.Open(*data)
	if err != nil {
		log.Fatal(err)
	}
	sents, err := entities.ReadKLUE(f)
	f.Close()
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
	m, err := entities.TrainNER(exs, entities.NERTrainOptions{Epochs: *epochs, Seed: *seed, MinCount: *minCount, Runs: *runs}).Prune(*minWeight)
	if err != nil {
		log.Fatal(err)
	}
	w, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	n, err := m.WriteTo(w)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("trained on %d sentences in %.1fs: %d features, wrote %s (%d bytes)\n",
		len(exs), time.Since(t0).Seconds(), m.NumFeatures(), *out, n)
}
