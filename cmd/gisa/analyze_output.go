package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"

	"github.com/gisa-nlp/gisa"
	"github.com/gisa-nlp/gisa/internal/batch"
)

// analyzeOutput writes the records of gisa analyze in one --format: it makes them (its
// batch.Format, called by the workers) and writes them in input order (as the run's
// batch.Sink), flushing after each so that output streams.
type analyzeOutput struct {
	form    string // json, jsonl or text
	w       *bufio.Writer
	errw    io.Writer // text: where error records go
	several bool      // the inputs can hold several articles: json writes an array
	array   bool      // json: writing an array (decided at the first record)
	n       int       // records written to w
}

func newAnalyzeOutput(form string, stdout, stderr io.Writer, several bool) *analyzeOutput {
	return &analyzeOutput{form: form, w: bufio.NewWriterSize(stdout, 64<<10), errw: stderr, several: several}
}

// severalArticles reports whether the roots can hold more than one article, before reading
// them: more than one root, a folder, an archive, or a JSON Lines file by its name. (A single
// file or standard input that turns out to be JSON Lines is known at its first record.)
func severalArticles(roots []string) bool {
	if len(roots) != 1 {
		return true
	}
	r := roots[0]
	if r == "-" {
		return false
	}
	if info, err := os.Stat(r); err == nil && info.IsDir() {
		return true
	}
	return batch.IsArchive(r) || batch.IsJSONLines(r)
}

// format makes the records: the gisa/1 record (compact; json indents it as it writes it) or
// the report, and the error record or the error's line for standard error.
func (o *analyzeOutput) format() batch.Format {
	if o.form == "text" {
		return batch.Format{
			Record: func(_ string, a *gisa.Analysis) ([]byte, error) {
				var buf bytes.Buffer
				err := a.WriteReport(&buf)
				return buf.Bytes(), err
			},
			Error: func(_, _ string, err error) []byte { return []byte("gisa: " + err.Error() + "\n") },
		}
	}
	return batch.Format{
		Record: func(_ string, a *gisa.Analysis) ([]byte, error) { return a.MarshalJSON() },
		Error: func(_, id string, err error) []byte {
			b, _ := marshalNoEscape(gisa.NewErrorRecord(id, err))
			return b
		},
	}
}

// marshalNoEscape marshals v as encoding/json does, without escaping <, > and &.
func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), err
}

// Write writes one record.
func (o *analyzeOutput) Write(r batch.Result) error {
	switch o.form {
	case "text":
		if r.Failed {
			_, err := o.errw.Write(r.Data)
			return err
		}
		if o.n > 0 {
			o.w.WriteByte('\n')
		}
		o.w.Write(r.Data)
	case "jsonl":
		o.w.Write(r.Data)
		o.w.WriteByte('\n')
	default:
		if o.n == 0 {
			o.array = o.several || r.Line > 0
			if o.array {
				o.w.WriteString("[\n")
			}
		} else {
			o.w.WriteString(",\n")
		}
		prefix := ""
		if o.array {
			prefix = "  "
			o.w.WriteString(prefix)
		}
		var buf bytes.Buffer
		if err := json.Indent(&buf, r.Data, prefix, "  "); err != nil {
			return err
		}
		o.w.Write(buf.Bytes())
		if !o.array {
			o.w.WriteByte('\n')
		}
	}
	o.n++
	return o.w.Flush()
}

// close ends the output: the array of json, or an empty one when there was no record.
func (o *analyzeOutput) close() error {
	if o.form == "json" {
		switch {
		case o.array:
			o.w.WriteString("\n]\n")
		case o.n == 0:
			o.w.WriteString("[]\n")
		}
	}
	return o.w.Flush()
}
