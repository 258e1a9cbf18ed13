package batch

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/gisa-nlp/gisa"
)

// outcome is what became of one item: its record, ready to write.
type outcome struct {
	seq    int
	f      *file
	line   int
	key    string
	rec    []byte // one JSON record ending in "\n"
	failed bool   // rec is an error record
}

// output is where records go: a JSON Lines stream, a folder of JSON files, or a Sink.
type output interface {
	// done reports whether the output already has this input (resume), and whether what it
	// has is an error record.
	done(id string, line int) (done, failed bool)
	write(o outcome) error
	skip() []os.FileInfo // the output's own files, which the walk must not read
	close() error
}

// openOutput opens the output of cfg; with Resume it learns which inputs are done.
func openOutput(cfg Config) (output, error) {
	switch {
	case cfg.Sink != nil:
		return sinkOutput{cfg.Sink}, nil
	case cfg.OutDir != "":
		if err := os.MkdirAll(cfg.OutDir, 0o755); err != nil {
			return nil, err
		}
		info, err := os.Stat(cfg.OutDir)
		if err != nil {
			return nil, err
		}
		if cfg.Resume {
			removeTemps(cfg.OutDir)
		}
		return &dirSink{dir: cfg.OutDir, resume: cfg.Resume, info: info}, nil
	case cfg.Output != "":
		return openJSONLFile(cfg.Output, cfg.Resume)
	}
	return &jsonlSink{w: cfg.Stdout}, nil
}

// sinkOutput hands the records to a Sink.
type sinkOutput struct{ s Sink }

func (sinkOutput) done(string, int) (bool, bool) { return false, false }
func (o sinkOutput) write(oc outcome) error {
	return o.s.Write(Result{Input: oc.key, Line: oc.line, Data: oc.rec, Failed: oc.failed})
}
func (sinkOutput) skip() []os.FileInfo { return nil }
func (sinkOutput) close() error        { return nil }

// jsonlSink writes one record per line, each with a single Write so that a killed run leaves
// at most its last line torn.
type jsonlSink struct {
	w     io.Writer
	file  *os.File        // nil for standard output
	doneK map[string]bool // resume: the input ids the output has, true for an error record
}

// openJSONLFile creates the output file, or with resume reads the ids it already holds and
// cuts off a torn or broken tail before appending.
func openJSONLFile(path string, resume bool) (*jsonlSink, error) {
	if !resume {
		f, err := os.Create(path)
		if err != nil {
			return nil, err
		}
		return &jsonlSink{w: f, file: f}, nil
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	done, valid, err := scanDone(f)
	if err == nil {
		err = f.Truncate(valid)
	}
	if err == nil {
		_, err = f.Seek(valid, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("resuming %s: %w", path, err)
	}
	return &jsonlSink{w: f, file: f, doneK: done}, nil
}

// scanDone reads a JSON Lines output and returns the input ids it holds (true for those whose
// record is an error record) and the length of its valid part: up to the first line that is
// torn (no line break: the run was killed while writing it) or not a JSON record, where resume
// cuts the file.
func scanDone(r io.Reader) (map[string]bool, int64, error) {
	done := map[string]bool{}
	br := bufio.NewReaderSize(r, 1<<16)
	var valid int64
	for {
		line, err := br.ReadBytes('\n')
		if err == io.EOF {
			return done, valid, nil // a torn last line, or none
		}
		if err != nil {
			return nil, 0, err
		}
		var rec struct {
			Input *string          `json:"input"`
			ID    *string          `json:"id"`
			Error *json.RawMessage `json:"error"`
		}
		if json.Unmarshal(line, &rec) != nil || (rec.Input == nil && rec.ID == nil) {
			return done, valid, nil
		}
		key := rec.ID
		if rec.Input != nil {
			key = rec.Input
		}
		done[*key] = rec.Error != nil
		valid += int64(len(line))
	}
}

func (s *jsonlSink) done(id string, line int) (bool, bool) {
	failed, ok := s.doneK[inputKey(id, line)]
	return ok, failed
}

func (s *jsonlSink) write(o outcome) error {
	_, err := s.w.Write(o.rec)
	return err
}

func (s *jsonlSink) skip() []os.FileInfo {
	if s.file == nil {
		return nil
	}
	if info, err := s.file.Stat(); err == nil {
		return []os.FileInfo{info}
	}
	return nil
}

func (s *jsonlSink) close() error {
	if s.file == nil {
		return nil
	}
	return s.file.Close()
}

// dirSink writes one JSON file per input under dir, mirroring the input tree.
type dirSink struct {
	dir    string
	resume bool
	info   os.FileInfo
}

// path is the output file of an input (see the package doc). An id that would lead out of
// the folder or through a parent (an archive member named ../x) is written as _outside/<hash of the id>.json.
func (d *dirSink) path(id string, line int) string {
	if id == stdinID {
		id = "stdin"
	}
	rel := filepath.FromSlash(id)
	if !filepath.IsLocal(rel) || strings.Contains("/"+id+"/", "/../") {
		rel = filepath.Join("_outside", fmt.Sprintf("%x", sha256.Sum256([]byte(id)))[:16])
	}
	p := filepath.Join(d.dir, rel)
	if line == 0 {
		return p + ".json"
	}
	return filepath.Join(p, strconv.Itoa(line)+".json")
}

func (d *dirSink) done(id string, line int) (bool, bool) {
	if !d.resume {
		return false, false
	}
	f, err := os.Open(d.path(id, line))
	if err != nil {
		return false, false
	}
	defer f.Close()
	return true, isErrorRecord(f)
}

// isErrorRecord reports whether the record r holds is an error record. It reads only the
// leading keys: an error record has "error" after "schema", "id" and "input", an analysis has
// "title" there.
func isErrorRecord(r io.Reader) bool {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 512))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return false
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return false
		}
		switch key {
		case "error":
			return true
		case "schema", "id", "input":
			var v json.RawMessage
			if dec.Decode(&v) != nil {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// write writes the record to a temporary file and renames it into place, so that an output
// file that exists is complete.
func (d *dirSink) write(o outcome) error {
	p := d.path(o.f.id, o.line)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), "."+filepath.Base(p)+".tmp*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(o.rec)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), p)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// removeTemps removes the temporary files that a killed run left in an output folder.
func removeTemps(dir string) {
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && isTemp(d.Name()) {
			_ = os.Remove(p)
		}
		return nil
	})
}

// isTemp reports whether a file name is that of a record being written (see dirSink.write).
func isTemp(name string) bool {
	return strings.HasPrefix(name, ".") && strings.Contains(name, ".json.tmp")
}

func (d *dirSink) skip() []os.FileInfo { return []os.FileInfo{d.info} }
func (d *dirSink) close() error        { return nil }

// encodeAnalysis writes the gisa/1 record of a, with the input id added as "input" after
// "schema", as one line.
func encodeAnalysis(key string, a *gisa.Analysis) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		return nil, err
	}
	b := buf.Bytes()
	if len(b) < 2 || b[0] != '{' {
		return nil, fmt.Errorf("analysis marshalled to %.20q, not an object", b)
	}
	k, _ := json.Marshal(key)
	field := append(append([]byte(`"input":`), k...), ',')
	at := 1
	if prefix := []byte(`{"schema":"` + gisa.Schema + `",`); bytes.HasPrefix(b, prefix) {
		at = len(prefix)
	} else if b[1] == '}' { // an empty object takes no comma
		field = field[:len(field)-1]
	}
	out := make([]byte, 0, len(b)+len(field))
	out = append(append(append(out, b[:at]...), field...), b[at:]...)
	return out, nil
}

// errorRecord is the record that stands in for an input that failed.
type errorRecord struct {
	Schema string `json:"schema"`
	ID     string `json:"id"`
	Input  string `json:"input"`
	Error  string `json:"error"`
}

// encodeError writes the error record of the input key (id: the article's id when known).
func encodeError(key, id string, err error) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(errorRecord{Schema: gisa.Schema, ID: id, Input: key, Error: err.Error()})
	return buf.Bytes()
}
