package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/gisa-nlp/gisa"
)

// recordWriter writes analysis records in one --format, flushing after each so that output
// streams.
type recordWriter interface {
	record(*gisa.Analysis) error
	failure(gisa.ErrorRecord) error
}

// recordWriters build the writer of each --format over stdout and stderr.
var recordWriters = map[string]func(stdout, stderr io.Writer) recordWriter{
	"json":  func(o, _ io.Writer) recordWriter { return &jsonWriter{w: bufio.NewWriter(o), indent: true} },
	"jsonl": func(o, _ io.Writer) recordWriter { return &jsonWriter{w: bufio.NewWriter(o)} },
	"text":  func(o, e io.Writer) recordWriter { return &textWriter{w: bufio.NewWriter(o), errw: e} },
}

// jsonWriter writes gisa/1 records, one per line or indented. Error records go to the same
// stream, so every input has its record.
type jsonWriter struct {
	w      *bufio.Writer
	indent bool
}

func (j *jsonWriter) encode(v any) error {
	enc := json.NewEncoder(j.w)
	enc.SetEscapeHTML(false)
	if j.indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return err
	}
	return j.w.Flush()
}

// record writes the analysis's own JSON (Analysis.MarshalJSON) directly: through an Encoder
// it would be produced and then scanned again to be compacted.
func (j *jsonWriter) record(a *gisa.Analysis) error {
	b, err := a.MarshalJSON()
	if err != nil {
		return err
	}
	if j.indent {
		var buf bytes.Buffer
		if err := json.Indent(&buf, b, "", "  "); err != nil {
			return err
		}
		b = buf.Bytes()
	}
	j.w.Write(b)
	j.w.WriteByte('\n')
	return j.w.Flush()
}

func (j *jsonWriter) failure(r gisa.ErrorRecord) error { return j.encode(r) }

// textWriter writes the terminal report; errors go to stderr.
type textWriter struct {
	w    *bufio.Writer
	errw io.Writer
	n    int
}

func (t *textWriter) record(a *gisa.Analysis) error {
	if t.n > 0 {
		fmt.Fprintln(t.w)
	}
	t.n++
	if err := a.WriteReport(t.w); err != nil {
		return err
	}
	return t.w.Flush()
}

func (t *textWriter) failure(r gisa.ErrorRecord) error {
	_, err := fmt.Fprintf(t.errw, "gisa: %s\n", r.Error)
	return err
}
