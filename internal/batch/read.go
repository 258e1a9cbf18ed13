package batch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa"
)

// item is one input waiting for a worker: a whole file, or one line of a JSON Lines file.
type item struct {
	seq  int    // position in input order
	f    *file  // the file it comes from
	line int    // the line number for a JSON Lines line, 0 for a whole file
	data []byte // a JSON Lines line, or the bytes of an archive member when loaded
	// loaded says that data holds the whole input (an archive member), which then is not
	// read from f.path.
	loaded bool
	err    error // a failure known before analysis (unreadable, too long)
}

// key is the input id (see the package doc).
func (it *item) key() string { return inputKey(it.f.id, it.line) }

func inputKey(id string, line int) string {
	if line == 0 {
		return id
	}
	return id + ":" + strconv.Itoa(line)
}

// Byte order marks.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// feeder reads the inputs in order and hands each one not yet done to emit.
type feeder struct {
	cfg         *Config
	out         output
	emit        func(item) bool // false when the run was interrupted
	seq         int
	skipped     int
	failedEarly int // of the skipped, those with an error record
}

// send emits an item unless the output already has it; false means stop.
func (fd *feeder) send(it item) bool {
	if fd.skip(it.f.id, it.line) {
		return true
	}
	it.seq = fd.seq
	fd.seq++
	return fd.emit(it)
}

// skip reports whether the output already has the input (resume), counting it.
func (fd *feeder) skip(id string, line int) bool {
	done, failed := fd.out.done(id, line)
	if done {
		fd.skipped++
		if failed {
			fd.failedEarly++
		}
	}
	return done
}

// feed emits the items of every file in walk order. It returns false when interrupted.
func (fd *feeder) feed(files []file) bool {
	for i := range files {
		f := &files[i]
		var ok bool
		switch {
		case f.err != nil:
			ok = fd.send(item{f: f, err: f.err})
		case f.path == stdinID:
			ok = fd.feedStdin(f)
		case f.form == formJSONL:
			ok = fd.feedLines(f)
		case f.form == formZip:
			ok = fd.feedZip(f)
		case f.form == formTar:
			ok = fd.feedTar(f)
		case f.named && f.form == formText:
			ok = fd.feedNamed(f)
		default:
			ok = fd.send(item{f: f})
		}
		if !ok {
			return false
		}
	}
	return true
}

// feedLines emits one item per non-blank line of a JSON Lines file.
func (fd *feeder) feedLines(f *file) bool {
	fh, err := os.Open(f.path)
	if err != nil {
		return fd.send(item{f: f, err: fmt.Errorf("%s: %w", f.id, unwrapPath(err))})
	}
	defer fh.Close()
	return fd.feedLinesFrom(f, fh)
}

// feedNamed emits the inputs of a file named as a root whose name does not tell its form:
// its lines when its first bytes open a JSON object (JSON Lines), else the file as one article.
func (fd *feeder) feedNamed(f *file) bool {
	fh, err := os.Open(f.path)
	if err != nil {
		return fd.send(item{f: f, err: fmt.Errorf("%s: %w", f.id, unwrapPath(err))})
	}
	defer fh.Close()
	br := bufio.NewReaderSize(fh, 64<<10)
	if !looksJSONLines(peekHead(br)) {
		return fd.send(item{f: f})
	}
	return fd.feedLinesFrom(f, br)
}

// errStdinNotLines is the error of standard input that gisa batch cannot read.
var errStdinNotLines = errors.New(`standard input must be JSON Lines, one {"id", "title", "text"} object a line: ` +
	"name a plain text or HTML article as a file, or analyse it with gisa analyze")

// feedStdin emits the inputs of standard input: its lines when it is JSON Lines; else, with
// Config.StdinArticle, the whole of it as one article (at most MaxBytes), or without it one
// error item saying that standard input must be JSON Lines. Its form is told by its first
// bytes, read without waiting for more input than that, so that a stream of JSON Lines is
// answered line by line.
func (fd *feeder) feedStdin(f *file) bool {
	br := bufio.NewReaderSize(fd.cfg.Stdin, 64<<10)
	head := peekHead(br)
	if looksJSONLines(head) {
		return fd.feedLinesFrom(f, br)
	}
	if !fd.cfg.StdinArticle {
		if len(bytes.TrimSpace(head)) == 0 && len(head) < br.Size() {
			return true // nothing but white space: no lines
		}
		return fd.send(item{f: f, err: fmt.Errorf("%s: %w", f.id, errStdinNotLines)})
	}
	if fd.skip(f.id, 0) {
		return true
	}
	b, err := io.ReadAll(io.LimitReader(br, fd.cfg.MaxBytes+1))
	switch {
	case err != nil:
		return fd.send(item{f: f, err: fmt.Errorf("%s: %w", f.id, err)})
	case int64(len(b)) > fd.cfg.MaxBytes:
		rest, _ := io.Copy(io.Discard, br) // read to its end, to say how long it was
		return fd.send(item{f: f, err: tooBig(f.id, int64(len(b))+rest, fd.cfg.MaxBytes)})
	}
	return fd.send(item{f: f, data: b, loaded: true})
}

// peekHead returns the first bytes of r without consuming them, as soon as they tell whether
// the input is JSON Lines (its first character that is not white space, see firstChar), or at
// the end of the input, or when r's buffer is full of white space. It does not wait for bytes
// it does not need, so that a stream of JSON Lines is answered line by line.
func peekHead(r *bufio.Reader) []byte {
	for n := 1; ; n++ {
		head, err := r.Peek(n)
		if err != nil {
			return head // the end of the input (or a full buffer): what there is
		}
		if b := r.Buffered(); b > n {
			head, _ = r.Peek(b)
			n = b
		}
		if firstChar(head) != 0 || n >= r.Size() {
			return head
		}
	}
}

// looksJSONLines reports whether the first bytes of an input open a JSON object: its first
// character that is not white space is '{', after any byte order mark (UTF-8 or UTF-16).
func looksJSONLines(head []byte) bool { return firstChar(head) == '{' }

// firstChar returns the first character of head that is not white space, reading UTF-16
// after its byte order mark and other bytes as ASCII-compatible; 0 when head has none yet.
// A byte order mark cut short also gives 0.
func firstChar(head []byte) rune {
	step, at := 1, 0
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		head = head[len(bomUTF8):]
	case bytes.HasPrefix(head, bomUTF16LE):
		head, step = head[2:], 2
	case bytes.HasPrefix(head, bomUTF16BE):
		head, step, at = head[2:], 2, 1
	case len(head) < 3 && (bytes.HasPrefix(bomUTF8, head) || len(head) < 2 && (head[0] == 0xFF || head[0] == 0xFE)):
		return 0
	}
	for i := 0; i+step <= len(head); i += step {
		c := head[i+at]
		if step == 2 && head[i+1-at] != 0 {
			return utf8.RuneError // a UTF-16 code unit beyond ASCII: not white space, not '{'
		}
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return rune(c)
		}
	}
	return 0
}

// feedLinesFrom emits one item per non-blank line of r, the JSON Lines input f.
func (fd *feeder) feedLinesFrom(f *file, r io.Reader) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(3)
	switch {
	case bytes.HasPrefix(head, bomUTF16LE), bytes.HasPrefix(head, bomUTF16BE):
		// UTF-16 has no '\n' byte to split on: decode the whole input first.
		b, err := io.ReadAll(br)
		if err == nil {
			var text string
			if text, err = fd.cfg.Decoder.Text(b); err == nil {
				br = bufio.NewReaderSize(strings.NewReader(text), 64<<10)
				break
			}
		}
		return fd.send(item{f: f, err: fmt.Errorf("%s: %w", f.id, err)})
	case bytes.HasPrefix(head, bomUTF8):
		_, _ = br.Discard(len(bomUTF8))
	}
	for n := 1; ; n++ {
		line, size, err := readLine(br, fd.cfg.MaxBytes)
		if err != nil && err != io.EOF {
			return fd.send(item{f: f, line: n, err: fmt.Errorf("%s:%d: %w", f.id, n, err)})
		}
		if size > fd.cfg.MaxBytes {
			if !fd.send(item{f: f, line: n, err: tooBig(inputKey(f.id, n), size, fd.cfg.MaxBytes)}) {
				return false
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			if !fd.send(item{f: f, line: n, data: line}) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
	}
}

// readLine reads one line and returns it (without its line break) and its size in bytes. A
// line longer than max is read to its end but only its first max+ bytes are kept.
func readLine(r *bufio.Reader, max int64) (line []byte, size int64, err error) {
	for {
		frag, e := r.ReadSlice('\n')
		size += int64(len(frag))
		if int64(len(line)) <= max {
			line = append(line, frag...)
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if e == nil {
			size--
			line = line[:len(line)-1]
			if len(line) > 0 && line[len(line)-1] == '\r' {
				line = line[:len(line)-1]
				size--
			}
		}
		return line, size, e
	}
}

// tooBig is the error of an article over the size limit.
func tooBig(key string, size, max int64) error {
	return fmt.Errorf("%s: %d bytes, over the limit of %d bytes (--max-bytes)", key, size, max)
}

// errEmpty is the error of an input with no text in it.
var errEmpty = errors.New("empty input: no text to analyse")

// readFile reads a whole input file of at most max bytes.
func readFile(f *file, max int64) ([]byte, error) {
	fh, err := os.Open(f.path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.id, unwrapPath(err))
	}
	defer fh.Close()
	info, err := fh.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.id, unwrapPath(err))
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file (%s)", f.id, info.Mode().Type())
	}
	if info.Size() > max {
		return nil, tooBig(f.id, info.Size(), max)
	}
	b, err := io.ReadAll(io.LimitReader(fh, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.id, unwrapPath(err))
	}
	if int64(len(b)) > max { // the file grew since Stat
		return nil, tooBig(f.id, int64(len(b)), max)
	}
	return b, nil
}

// looksHTML reports whether decoded text is an HTML page, whatever its file name.
func looksHTML(text string) bool {
	head := strings.ToLower(strings.TrimLeft(text[:min(len(text), 512)], " \t\r\n\ufeff"))
	for _, tag := range []string{"<!doctype html", "<html", "<article"} {
		if strings.HasPrefix(head, tag) {
			return true
		}
	}
	return false
}

// process turns one item into its output record.
func process(ctx context.Context, cfg *Config, it item) outcome {
	doc, o, ok := decode(cfg, it)
	if !ok {
		return o
	}
	res, err := cfg.Analyzer.Analyze(ctx, doc)
	return recordOf(cfg, o, doc, res, err)
}

// processEach turns items into their output records, as process turns each, analysing their
// documents with an EachAnalyzer: consecutive documents together, as many as hold at most
// eachBytes of text (or one larger document alone), so that the analyses in memory at once
// stay bounded however large the articles are.
func processEach(ctx context.Context, cfg *Config, each EachAnalyzer, its []item) []outcome {
	outs := make([]outcome, len(its))
	docs := make([]gisa.Document, 0, len(its))
	at := make([]int, 0, len(its)) // the outcome of docs[k] is outs[at[k]]
	for i, it := range its {
		doc, o, ok := decode(cfg, it)
		outs[i] = o
		if ok {
			docs, at = append(docs, doc), append(at, i)
		}
	}
	for lo := 0; lo < len(docs); {
		hi, size := lo+1, docBytes(docs[lo])
		for hi < len(docs) && size+docBytes(docs[hi]) <= eachBytes {
			size += docBytes(docs[hi])
			hi++
		}
		res, errs := each.AnalyzeEach(ctx, docs[lo:hi])
		for k := range res {
			i := at[lo+k]
			outs[i] = recordOf(cfg, outs[i], docs[lo+k], res[k], errs[k])
		}
		lo = hi
	}
	return outs
}

// eachBytes bounds the text of the documents processEach hands an EachAnalyzer in one call
// (see maxEach): more than maxEach news articles of ../shared's sizes (2.7 KB on average), a
// quarter of an article at the limit of DefaultMaxBytes.
const eachBytes = 256 << 10

// docBytes is the size of doc's text, title included.
func docBytes(doc gisa.Document) int { return len(doc.Title) + len(doc.Text) }

// failed is o as the error record of the input with article id id.
func failed(cfg *Config, o outcome, id string, err error) outcome {
	o.rec, o.failed = cfg.Format.Error(o.key, id, err), true
	return o
}

// decode reads the document of item it, with its outcome so far; when it cannot, ok is false
// and the outcome is its error record.
func decode(cfg *Config, it item) (doc gisa.Document, o outcome, ok bool) {
	key := it.key()
	o = outcome{seq: it.seq, f: it.f, line: it.line, key: key}
	fail := func(id string, err error) (gisa.Document, outcome, bool) {
		return gisa.Document{}, failed(cfg, o, id, err), false
	}
	if it.err != nil {
		return fail(key, it.err)
	}
	if it.line == 0 {
		b := it.data
		if !it.loaded {
			var err error
			if b, err = readFile(it.f, cfg.MaxBytes); err != nil {
				return fail(key, err)
			}
		}
		text, err := cfg.Decoder.Text(b)
		if err != nil {
			return fail(key, fmt.Errorf("%s: %w", key, err))
		}
		doc.ID, doc.Text = key, text
		if it.f.form == formHTML || looksHTML(text) {
			doc.Title, doc.Text, err = cfg.Decoder.HTML(text)
			if err != nil {
				return fail(key, fmt.Errorf("%s: %w", key, err))
			}
		}
	} else {
		d, err := cfg.Decoder.Line(it.data)
		if d.ID == "" {
			d.ID = key
		}
		if err != nil {
			return fail(d.ID, fmt.Errorf("%s: %w", key, err))
		}
		doc = d
	}
	if strings.TrimSpace(doc.Title) == "" && strings.TrimSpace(doc.Text) == "" {
		return fail(doc.ID, fmt.Errorf("%s: %w", key, errEmpty))
	}
	return doc, o, true
}

// recordOf is outcome o of doc with its analysis res, or its error record when the analysis
// failed (err) or cannot be encoded.
func recordOf(cfg *Config, o outcome, doc gisa.Document, res *gisa.Analysis, err error) outcome {
	if err != nil {
		return failed(cfg, o, doc.ID, fmt.Errorf("%s: %w", o.key, err))
	}
	rec, err := cfg.Format.Record(o.key, res)
	if err != nil {
		return failed(cfg, o, doc.ID, fmt.Errorf("%s: %w", o.key, err))
	}
	o.rec = rec
	return o
}
