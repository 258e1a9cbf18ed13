package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/gisa-nlp/gisa"
	"github.com/gisa-nlp/gisa/internal/htmlarticle"
	"github.com/gisa-nlp/gisa/tokenize"
)

// inputForm is how an input's articles are laid out.
type inputForm int

const (
	formText  inputForm = iota // one plain text article, headline first
	formJSONL                  // one {"id","title","text"} object per line
	formHTML                   // an HTML page
)

// sniffForm tells the form of an input from its first bytes (after any byte order mark).
func sniffForm(head []byte) inputForm {
	head = bytes.TrimPrefix(head, bomUTF8)
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return formJSONL
	}
	lower := bytes.ToLower(trimmed)
	for _, tag := range []string{"<html", "<!doctype", "<article", "<?xml"} {
		if bytes.HasPrefix(lower, []byte(tag)) {
			return formHTML
		}
	}
	return formText
}

// readInput reads one input (a file or stdin) and submits its articles to the pipeline.
// Articles that cannot be read become error records; only I/O errors stop the run.
func (p *pipeline) readInput(name string, r *bufio.Reader) error {
	head := peekHead(r)
	if bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		text, err := decodeText(b)
		if err != nil {
			p.fail(idOf(name), fmt.Errorf("%s: %w", name, err))
			return nil
		}
		r = bufio.NewReader(strings.NewReader(text))
		head = peekHead(r)
	}
	switch sniffForm(head) {
	case formJSONL:
		if bytes.HasPrefix(head, bomUTF8) {
			_, _ = r.Discard(len(bomUTF8))
		}
		return p.readJSONLines(name, r)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	text, err := decodeText(b)
	if err != nil {
		p.fail(idOf(name), fmt.Errorf("%s: %w", name, err))
		return nil
	}
	doc := gisa.Document{ID: idOf(name), Text: text}
	if sniffForm(head) == formHTML {
		doc.Title, doc.Text, err = htmlarticle.Extract(text)
		if err != nil {
			p.fail(doc.ID, fmt.Errorf("%s: %w", name, err))
			return nil
		}
	}
	p.submit(doc, name)
	return nil
}

// sniffLen is how many bytes after leading spaces tell an HTML tag from text.
const sniffLen = 16

// peekHead returns the first bytes of r without consuming them: enough to tell its form, and
// without waiting for more input than that, so that a JSON Lines stream is answered line by
// line (a plain Peek(1024) would wait for 1 KB or the end of the stream).
func peekHead(r *bufio.Reader) []byte {
	n := 1
	for {
		head, err := r.Peek(n)
		if err != nil {
			return head // the end of the input: what there is
		}
		if b := r.Buffered(); b > n {
			head, _ = r.Peek(b)
		}
		if !needMoreHead(head) || len(head) >= 1024 {
			return head
		}
		n = len(head) + 1
	}
}

// needMoreHead reports whether head is too short to tell the input's form: a byte order mark
// cut short, only spaces so far, or the start of a tag.
func needMoreHead(head []byte) bool {
	if len(head) < 3 && (bytes.HasPrefix(bomUTF8, head) || len(head) < 2 && (head[0] == 0xFF || head[0] == 0xFE)) {
		return true
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, bomUTF8), " \t\r\n")
	return len(trimmed) == 0 || trimmed[0] == '<' && len(trimmed) < sniffLen
}

// idOf is the record id of a plain text input: its file name without extension.
func idOf(name string) string {
	if name == "<stdin>" {
		return ""
	}
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// jsonArticle is one line of JSON Lines input. The id may be a string or a number.
type jsonArticle struct {
	ID    json.RawMessage `json:"id"`
	Title string          `json:"title"`
	Text  *string         `json:"text"`
}

// idString reads a JSON id: a string as it is, a number as written, anything else is an error.
func idString(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", fmt.Errorf(`"id" is %s: want a string or a number`, raw)
}

// readJSONLines submits one article per non-blank line, as the lines arrive.
func (p *pipeline) readJSONLines(name string, r *bufio.Reader) error {
	return eachLineArticle(name, r, p.fail, p.submit)
}

// eachLineArticle reads JSON Lines from r and calls submit with each article and fail with
// each line that is not one (both with "<input>:<line>"); blank lines are skipped.
func eachLineArticle(name string, r *bufio.Reader, fail func(id string, err error), submit func(doc gisa.Document, where string)) error {
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			doc, perr := parseArticleLine(line)
			where := fmt.Sprintf("%s:%d", name, n)
			switch {
			case perr == errBlankLine:
			case perr != nil:
				fail(doc.ID, fmt.Errorf("%s: %w", where, perr))
			default:
				submit(doc, where)
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// errBlankLine marks a line with nothing on it, which is skipped.
var errBlankLine = errors.New("blank line")

// parseArticleLine reads one JSON Lines article. The document it returns carries the id
// whenever the line had one, also with an error, so that the error record can name it.
func parseArticleLine(line []byte) (gisa.Document, error) {
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return gisa.Document{}, errBlankLine
	}
	if !utf8.Valid(line) {
		if k, ok := decodeCP949(line); ok {
			line = []byte(k) // a line of an EUC-KR/CP949 file
		}
	}
	var a jsonArticle
	if err := json.Unmarshal(line, &a); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return gisa.Document{}, fmt.Errorf("%q is a JSON %s: want a string", te.Field, te.Value)
		}
		return gisa.Document{}, fmt.Errorf("not a JSON object: %w", err)
	}
	id, err := idString(a.ID)
	if err != nil {
		return gisa.Document{}, err
	}
	doc := gisa.Document{ID: id}
	// encoding/json turns invalid UTF-8 into U+FFFD silently; gisa names it instead.
	if !utf8.Valid(line) {
		return doc, fmt.Errorf("%w in the line", tokenize.ValidateUTF8(string(line)))
	}
	if a.Text == nil {
		return doc, errors.New(`no "text" field`)
	}
	doc.Title, doc.Text = a.Title, *a.Text
	return doc, nil
}
