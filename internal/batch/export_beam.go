package batch

// This file exports batch's reading of inputs for the Apache Beam pipeline (the module
// github.com/gisa-nlp/gisa/beam), which reads files through Beam's file systems (local, gs://)
// instead of os, on workers that may be other machines. It calls the same unexported code as
// Run, so that an input gets the same id and the same record (or error record) either way.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/gisa-nlp/gisa"
)

// Input is one input read ahead of its analysis, in a form that travels between machines
// (plain fields, no error values): a whole file (Line 0), or line Line of a JSON Lines file.
type Input struct {
	File string // the file's id (see the package doc)
	Line int    // the line number (from 1) for a JSON Lines line, 0 for a whole file
	Data []byte // the file's bytes, or the line's bytes without its line break
	Size int64  // the input's size in bytes (Data may have been cut short when over the limit)
	Err  string // what made the input fail before analysis ("" when nothing did)
}

// Key is the input id: the file id, or "file:line" for a JSON Lines line.
func (in Input) Key() string { return inputKey(in.File, in.Line) }

// IsJSONLines reports whether batch reads the file named name as JSON Lines (.jsonl,
// .ndjson), one article a line, rather than as one article.
func IsJSONLines(name string) bool { return formOf(name) == formJSONL }

// Take reports whether batch takes the file at the slash path rel (relative to a walked
// folder) as an input: no hidden element (.name) in the path, a match for an include glob
// and none for an exclude glob (Config.Include and Config.Exclude).
func Take(rel string, include, exclude []string) bool {
	if len(include) == 0 {
		include = DefaultInclude
	}
	parts := strings.Split(rel, "/")
	for i, p := range parts {
		if strings.HasPrefix(p, ".") || matches(exclude, strings.Join(parts[:i+1], "/")) {
			return false
		}
	}
	return matches(include, rel)
}

// CheckGlobs reports the first malformed glob pattern (path.Match syntax) as a *UsageError.
func CheckGlobs(patterns []string) error {
	if err := checkGlobs(patterns); err != nil {
		return &UsageError{err}
	}
	return nil
}

// ReadFile reads the whole input file id, size bytes long, from r as Run reads a file: one
// over max bytes (0 means DefaultMaxBytes) is an input that fails without being read.
func ReadFile(id string, size int64, r io.Reader, max int64) Input {
	if max <= 0 {
		max = DefaultMaxBytes
	}
	in := Input{File: id, Size: size}
	if size > max {
		in.Err = tooBig(id, size, max).Error()
		return in
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		in.Err = fmt.Errorf("%s: %w", id, unwrapPath(err)).Error()
		return in
	}
	in.Data, in.Size = b, int64(len(b))
	if int64(len(b)) > max { // the file grew since it was listed
		in.Data, in.Err = nil, tooBig(id, int64(len(b)), max).Error()
	}
	return in
}

// ReadLines reads the JSON Lines file id from r as Run reads a .jsonl file (byte order marks,
// UTF-16 decoded whole, blank lines skipped, lines over max bytes failing) and calls emit with
// each input in order; it stops when emit returns false. dec.Text is the only decoding used.
func ReadLines(id string, r io.Reader, dec Decoder, max int64, emit func(Input) bool) {
	if max <= 0 {
		max = DefaultMaxBytes
	}
	f := &file{path: id, id: id, form: formJSONL}
	fd := &feeder{
		cfg: &Config{Stdin: r, Decoder: dec, MaxBytes: max},
		out: noneDone{},
		emit: func(it item) bool {
			in := Input{File: id, Line: it.line, Data: it.data, Size: int64(len(it.data))}
			if it.err != nil {
				in.Err = it.err.Error()
			}
			return emit(in)
		},
	}
	fd.feedLinesFrom(f, r)
}

// Record analyses one input as Run does and returns its JSON Lines record (ending in "\n"),
// which is an error record when failed is true. The file's name (its id) tells an HTML page,
// as in Run.
func Record(ctx context.Context, a Analyzer, dec Decoder, in Input) (rec []byte, failed bool) {
	f := &file{path: in.File, id: in.File, form: formOf(in.File)}
	it := item{f: f, line: in.Line, data: in.Data}
	if in.Err != "" {
		it.err = errors.New(in.Err)
	}
	if in.Line != 0 || it.err != nil {
		o := process(ctx, &Config{Analyzer: a, Decoder: dec, Format: recordFormat}, it)
		return o.rec, o.failed
	}
	// A whole file whose bytes are in hand: the file branch of process without its read.
	key := it.key()
	fail := func(id string, err error) ([]byte, bool) { return encodeError(key, id, err), true }
	text, err := dec.Text(in.Data)
	if err != nil {
		return fail(key, fmt.Errorf("%s: %w", key, err))
	}
	doc := gisa.Document{ID: key, Text: text}
	if f.form == formHTML || looksHTML(text) {
		doc.Title, doc.Text, err = dec.HTML(text)
		if err != nil {
			return fail(key, fmt.Errorf("%s: %w", key, err))
		}
	}
	if strings.TrimSpace(doc.Title) == "" && strings.TrimSpace(doc.Text) == "" {
		return fail(doc.ID, fmt.Errorf("%s: %w", key, errEmpty))
	}
	res, err := a.Analyze(ctx, doc)
	if err != nil {
		return fail(doc.ID, fmt.Errorf("%s: %w", key, err))
	}
	rec, err = encodeAnalysis(key, res)
	if err != nil {
		return fail(doc.ID, fmt.Errorf("%s: %w", key, err))
	}
	return rec, false
}

// noneDone is the sink of ReadLines: no input is done yet, and nothing is written to it.
type noneDone struct{}

func (noneDone) done(string, int) (bool, bool) { return false, false }
func (noneDone) write(outcome) error           { return errors.New("batch: ReadLines writes no records") }
func (noneDone) skip() []os.FileInfo           { return nil }
func (noneDone) close() error                  { return nil }
