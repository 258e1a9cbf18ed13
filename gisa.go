// Package gisa reads Korean news articles and says who spoke, what they claimed and which
// figures they gave. It wires the stages of the pipeline (tokenize, entities, quotes,
// summarize) into one Analyzer whose result, an Analysis, marshals to the gisa/1 JSON record
// described in docs/SCHEMA.md.
//
//	a, err := gisa.New()
//	res, err := a.Analyze(ctx, gisa.Document{ID: "seed", Title: headline, Text: body})
//	json.NewEncoder(os.Stdout).Encode(res)
//
// Offsets are byte offsets inside Go (tokenize.Span) and Unicode code point offsets in JSON.
package gisa

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/gisa-nlp/gisa/entities"
	"github.com/gisa-nlp/gisa/tokenize"
)

// Schema is the name and version of the JSON record an Analysis marshals to.
const Schema = "gisa/1"

// Document is one article handed in for analysis.
//
// When Title is set, the analysed document is Title + "\n" + Text. When Title is empty, Text is
// the whole document, as read from a plain text file, and its first non-empty line is taken as
// the headline when more lines follow it and it reads as one: at most 64 characters, with no
// sentence ending (a period that ends a sentence) in it. Otherwise the document has no
// headline and that line is body text, whose quotes are found as any others.
type Document struct {
	ID    string
	Title string
	Text  string
}

// Analyzer runs the whole pipeline. It is built once (the dictionary and models load in New)
// and is safe for concurrent use by many goroutines.
type Analyzer struct {
	cfg    config
	tk     *tokenize.Tokenizer
	stages stages
}

// config is what the options set.
type config struct {
	tokens       bool
	spacePenalty bool
	userDict     *tokenize.UserDict
	cacheDir     string
	log          io.Writer
}

// Option configures an Analyzer.
type Option func(*config)

// WithTokens makes every Analysis carry the document's morphemes (the "tokens" field).
func WithTokens(on bool) Option { return func(c *config) { c.tokens = on } }

// WithSpacePenalty turns mecab-ko's left-space penalty in the tokenizer on or off (on by
// default); see tokenize.WithSpacePenalty.
func WithSpacePenalty(on bool) Option { return func(c *config) { c.spacePenalty = on } }

// WithUserDict adds a user dictionary to the tokenizer, so that names such as
// 카카오엔터프라이즈 stay one proper noun; see tokenize.ReadUserDict.
func WithUserDict(u *tokenize.UserDict) Option { return func(c *config) { c.userDict = u } }

// WithCacheDir keeps the compiled dictionary and tagger table in dir instead of
// $GISA_CACHE_DIR or the user's cache directory (~/.cache/gisa on Linux). See New.
func WithCacheDir(dir string) Option { return func(c *config) { c.cacheDir = dir } }

// WithLog sends the notices about the compiled files to w instead of standard error: that they
// are being compiled (the first run), that a cached copy was damaged and is compiled again,
// or that the cache directory cannot be written, so that every process compiles them (said
// once per process, with the cost). nil drops them.
func WithLog(w io.Writer) Option { return func(c *config) { c.log = w } }

// New loads the dictionary and models and returns an Analyzer. They are loaded once per
// process and cache directory (WithCacheDir): mapped from their compiled copies in the cache
// in a few milliseconds; the first time, or when a copy is damaged (each has its length and
// checksum in its header), compiled and written there, which costs about 5 CPU-seconds and
// 1 GB of memory once.
func New(opts ...Option) (*Analyzer, error) {
	cfg := config{spacePenalty: true, log: os.Stderr}
	for _, o := range opts {
		o(&cfg)
	}
	tkOpts := []tokenize.Option{tokenize.WithSpacePenalty(cfg.spacePenalty), tokenize.WithCacheDir(cfg.cacheDir), tokenize.WithLog(cfg.log)}
	if cfg.userDict != nil {
		tkOpts = append(tkOpts, tokenize.WithUserDict(cfg.userDict))
	}
	tk, err := tokenize.New(tkOpts...)
	if err != nil {
		return nil, fmt.Errorf("gisa: loading the tokenizer: %w", err)
	}
	st, err := newStages(entities.WithCacheDir(cfg.cacheDir), entities.WithLog(cfg.log))
	if err != nil {
		return nil, fmt.Errorf("gisa: %w", err)
	}
	return &Analyzer{cfg: cfg, tk: tk, stages: st}, nil
}

// PrepareBulk readies the Analyzer for a long run, such as megabytes of articles: see
// tokenize.Tokenizer.PrepareBulk. Results are the same either way.
func (a *Analyzer) PrepareBulk() { a.tk.PrepareBulk() }

// Analyze analyses one document. It fails only on input that cannot be analysed (text that is
// not valid UTF-8, naming the byte offset) or when ctx is done.
func (a *Analyzer) Analyze(ctx context.Context, doc Document) (*Analysis, error) {
	res, err := a.tokenized(ctx, doc)
	if err != nil {
		return nil, err
	}
	if err := a.stages.run(ctx, res); err != nil {
		return nil, err
	}
	return a.finished(res), nil
}

// AnalyzeEach analyses docs: res[i] and errs[i] are what Analyze gives for docs[i], and cost
// less CPU time than one call per document. Each stage runs over all the documents before the
// next stage starts, so that the tables a stage reads at random (the tokenizer's dictionary,
// the tagger's weights) are still in the processor's caches from one document to the next,
// instead of being pushed out by the other stages' between them. The analyses of all of docs
// are in memory together: hand it a few documents at a time, as batch's workers do with those
// waiting for them.
func (a *Analyzer) AnalyzeEach(ctx context.Context, docs []Document) (res []*Analysis, errs []error) {
	res, errs = make([]*Analysis, len(docs)), make([]error, len(docs))
	for i, doc := range docs {
		res[i], errs[i] = a.tokenized(ctx, doc)
	}
	a.stages.runEach(ctx, res, errs)
	for i := range res {
		if errs[i] != nil {
			res[i] = nil
			continue
		}
		res[i] = a.finished(res[i])
	}
	return res, errs
}

// tokenized is the analysis of doc with its text tokenized and split into sentences, for the
// stages to fill in.
func (a *Analyzer) tokenized(ctx context.Context, doc Document) (*Analysis, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// The tokenizer checks that the text is UTF-8 (Document.source's check, made once).
	src := doc.joined()
	txt, err := a.tk.Analyze(src)
	if err != nil {
		return nil, doc.fieldError(err)
	}
	headline := doc.headline(src)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := &Analysis{
		ID:       doc.ID,
		Title:    src[headline.Start:headline.End],
		Document: src,
		Headline: headline,
		Text:     txt,
	}
	res.Sentences = sentencesOf(txt)
	return res, nil
}

// finished is res, which the stages have filled, with its tokens when the Analyzer keeps them.
func (a *Analyzer) finished(res *Analysis) *Analysis {
	if a.cfg.tokens {
		res.Tokens = res.Text.Tokens
	}
	return res
}
