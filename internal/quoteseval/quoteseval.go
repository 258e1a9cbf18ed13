// Package quoteseval runs the quote extractor over the gold articles of ../shared and scores
// the predictions with ../shared/tools/score.py. It serves the quotes package's evaluation
// test and the evalquotes program.
package quoteseval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/quotes"
	"github.com/gisa-nlp/gisa/tokenize"
)

// Paths are the shared files an evaluation reads.
type Paths struct {
	Shared, Articles, Gold, Score string
}

// FindShared returns the paths inside ../shared (see shareddata.Dir) that the quote evaluation
// reads. It fails when ../shared or one of those files is missing.
func FindShared() (Paths, error) {
	sh, err := shareddata.Dir()
	if err != nil {
		return Paths{}, err
	}
	p := Paths{
		Shared:   sh,
		Articles: filepath.Join(sh, "data", "news", "articles.jsonl"),
		Gold:     filepath.Join(sh, "data", "gold", "dev.jsonl"),
		Score:    filepath.Join(sh, "tools", "score.py"),
	}
	for _, f := range []string{p.Articles, p.Gold, p.Score} {
		if _, err := os.Stat(f); err != nil {
			return Paths{}, fmt.Errorf("../shared not found: %w", err)
		}
	}
	return p, nil
}

// Article is one news article: the document is Title + "\n" + Text, the headline its first line.
type Article struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// Document is the article as analysed, and the byte span of its headline.
func (a Article) Document() (string, tokenize.Span) {
	return a.Title + "\n" + a.Text, tokenize.Span{Start: 0, End: len(a.Title)}
}

// readJSONL decodes one JSON value per non-empty line of path into fn.
func readJSONL(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		if err := fn(sc.Bytes()); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// GoldArticles returns the articles that have gold labels, in gold order.
func GoldArticles(p Paths) ([]Article, error) {
	all := map[string]Article{}
	err := readJSONL(p.Articles, func(b []byte) error {
		var a Article
		if err := json.Unmarshal(b, &a); err != nil {
			return err
		}
		all[a.ID] = a
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []Article
	err = readJSONL(p.Gold, func(b []byte) error {
		var g struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(b, &g); err != nil {
			return err
		}
		a, ok := all[g.ID]
		if !ok {
			return fmt.Errorf("gold article %q not in %s", g.ID, p.Articles)
		}
		out = append(out, a)
		return nil
	})
	return out, err
}

// record is the part of a gisa/1 record that score.py reads for quotes.
type record struct {
	Schema string      `json:"schema"`
	ID     string      `json:"id"`
	Quotes []quoteJSON `json:"quotes"`
}

type quoteJSON struct {
	Text    string       `json:"text"`
	Kind    string       `json:"kind"`
	Verb    string       `json:"verb"`
	Speaker *speakerJSON `json:"speaker"`
}

type speakerJSON struct {
	Name  string `json:"name"`
	Title string `json:"title,omitempty"`
	Org   string `json:"org,omitempty"`
}

// Predict analyses every article and writes one gisa/1 record of its quotes per line to w.
// With a recognizer, speakers are resolved through its entities' coreference, as in the full
// pipeline; with nil, each speaker is the phrase as written.
func Predict(tk *tokenize.Tokenizer, recog *entities.Recognizer, arts []Article, w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range arts {
		src, head := a.Document()
		txt, err := tk.Analyze(src)
		if err != nil {
			return fmt.Errorf("%s: %w", a.ID, err)
		}
		rec := record{Schema: "gisa/1", ID: a.ID, Quotes: []quoteJSON{}}
		var ents []entities.Entity
		if recog != nil {
			ents = recog.Recognize(txt)
		}
		for _, q := range quotes.Extract(txt, head, ents) {
			j := quoteJSON{Text: q.Text, Kind: q.Kind, Verb: q.Verb}
			if q.Speaker != nil {
				j.Speaker = &speakerJSON{Name: q.Speaker.Name, Title: q.Speaker.Title, Org: q.Speaker.Org}
			}
			rec.Quotes = append(rec.Quotes, j)
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return nil
}

// Score runs score.py on the predictions file and returns its table.
func Score(p Paths, pred string, errorsShown int) (string, error) {
	out, err := exec.Command("python3", p.Score, "--pred", pred, "--gold", p.Gold,
		"--errors", fmt.Sprint(errorsShown)).CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("score.py: %w", err)
	}
	return string(out), nil
}

// ScoreJSON runs score.py with --json and decodes the quote metrics.
func ScoreJSON(p Paths, pred string) (Metrics, error) {
	out, err := exec.Command("python3", p.Score, "--pred", pred, "--gold", p.Gold, "--json").Output()
	if err != nil {
		return Metrics{}, fmt.Errorf("score.py: %w", err)
	}
	var m Metrics
	if err := json.Unmarshal(out, &m); err != nil {
		return Metrics{}, fmt.Errorf("score.py output: %w", err)
	}
	return m, nil
}

// PRF is precision, recall and F1 with their counts.
type PRF struct {
	P, R, F1       float64
	TP, Pred, Gold int
}

// UnmarshalJSON reads score.py's {"p","r","f1","tp","pred","gold"}.
func (x *PRF) UnmarshalJSON(b []byte) error {
	var v struct {
		P, R, F1       float64
		TP, Pred, Gold int
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*x = PRF{P: v.P, R: v.R, F1: v.F1, TP: v.TP, Pred: v.Pred, Gold: v.Gold}
	return nil
}

// Metrics are score.py's quote scores.
type Metrics struct {
	Direct   PRF      `json:"direct_quotes"`
	Indirect PRF      `json:"indirect_quotes"`
	Speaker  *float64 `json:"speaker_accuracy"`
	Verb     *float64 `json:"verb_accuracy"`
}
