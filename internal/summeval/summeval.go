// Package summeval evaluates extractive summaries on the dev articles of ../shared with human
// sentence picks, scoring them the way ../shared/tools/score.py does. It is shared by the
// evalsummary command and the summarize package's tests; it holds no summarizer of its own.
package summeval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/shareddata"
	"github.com/gisa-nlp/gisa/tokenize"
)

// Article is one line of ../shared/data/news/articles.jsonl.
type Article struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Text       string   `json:"text"`
	Sentences  []string `json:"sentences"`   // the reference segmentation
	SummaryIdx []int    `json:"summary_idx"` // human picks, indices into Sentences; nil when none
}

// HasSummary reports whether the article carries human summary picks.
func (a Article) HasSummary() bool { return a.SummaryIdx != nil }

// Document is the analysed document: title + "\n" + text, as SCHEMA.md defines it.
func (a Article) Document() (doc string, headline tokenize.Span) {
	return a.Title + "\n" + a.Text, tokenize.Span{Start: 0, End: len(a.Title)}
}

// LoadNewsArticles reads ../shared's 53 news articles (data/news/articles.jsonl). Without
// ../shared the error wraps shareddata.ErrNotFound.
func LoadNewsArticles() ([]Article, error) {
	shared, err := shareddata.Dir()
	if err != nil {
		return nil, err
	}
	return LoadArticles(filepath.Join(shared, "data", "news", "articles.jsonl"))
}

// AnalyzeNews tokenizes ../shared's 53 news articles (LoadNewsArticles) for the stages'
// benchmarks, and returns them with their total length in code points.
func AnalyzeNews(tk *tokenize.Tokenizer) ([]*tokenize.Text, int, error) {
	arts, err := LoadNewsArticles()
	if err != nil {
		return nil, 0, err
	}
	txts := make([]*tokenize.Text, len(arts))
	n := 0
	for i, a := range arts {
		src, _ := a.Document()
		if txts[i], err = tk.Analyze(src); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", a.ID, err)
		}
		n += utf8.RuneCountInString(src)
	}
	return txts, n, nil
}

// LoadArticles reads a JSON Lines file of articles.
func LoadArticles(path string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var a Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, a)
	}
	return out, sc.Err()
}

// Doc is an article analysed once, with each of its sentences mapped to the reference sentence
// score.py would match it to.
type Doc struct {
	Article
	Text     *tokenize.Text
	Headline tokenize.Span
	RefOf    []int // RefOf[i]: the reference sentence Text.Sentences[i] maps to, -1 for none
}

// Prepare analyses the articles that have human picks.
func Prepare(tk *tokenize.Tokenizer, arts []Article) ([]Doc, error) {
	var docs []Doc
	for _, a := range arts {
		if !a.HasSummary() {
			continue
		}
		src, head := a.Document()
		txt, err := tk.Analyze(src)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.ID, err)
		}
		d := Doc{Article: a, Text: txt, Headline: head, RefOf: make([]int, len(txt.Sentences))}
		for i, s := range txt.Sentences {
			d.RefOf[i] = MapSentence(a.Sentences, s.Text(src))
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// MapSentence returns the reference sentence that text overlaps most (at least 0.5), as
// score.py's score_summaries picks it, or -1.
func MapSentence(refs []string, text string) int {
	t := NormSpace(text)
	best, bi := 0.0, -1
	for i, r := range refs {
		if o := Overlap(NormSpace(r), t); o > best {
			best, bi = o, i
		}
	}
	if best >= 0.5 {
		return bi
	}
	return -1
}

// Counts are the summed sentence matches over articles.
type Counts struct{ TP, Pred, Gold int }

// Add scores one article's picks (indices into d.Text.Sentences) and adds them to c.
func (c *Counts) Add(d *Doc, picks []int) {
	picked := map[int]bool{}
	for _, i := range picks {
		if i >= 0 && i < len(d.RefOf) && d.RefOf[i] >= 0 {
			picked[d.RefOf[i]] = true
		}
	}
	gold := map[int]bool{}
	for _, g := range d.SummaryIdx {
		gold[g] = true
	}
	for r := range picked {
		if gold[r] {
			c.TP++
		}
	}
	c.Pred += len(picked)
	c.Gold += len(gold)
}

// F1 is the micro-averaged sentence F1, as score.py reports it.
func (c Counts) F1() float64 {
	if c.Pred == 0 || c.Gold == 0 || c.TP == 0 {
		return 0
	}
	p := float64(c.TP) / float64(c.Pred)
	r := float64(c.TP) / float64(c.Gold)
	return 2 * p * r / (p + r)
}

// Precision is TP over predicted sentences.
func (c Counts) Precision() float64 {
	if c.Pred == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.Pred)
}

// Recall is TP over gold sentences.
func (c Counts) Recall() float64 {
	if c.Gold == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.Gold)
}
