package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/gisa-nlp/gisa"
	"github.com/gisa-nlp/gisa/internal/articleio"
	"github.com/gisa-nlp/gisa/internal/htmlarticle"
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
	head = bytes.TrimPrefix(head, articleio.BOMUTF8)
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
	if bytes.HasPrefix(head, articleio.BOMUTF16LE) || bytes.HasPrefix(head, articleio.BOMUTF16BE) {
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		text, err := articleio.DecodeText(b)
		if err != nil {
			p.fail(idOf(name), fmt.Errorf("%s: %w", name, err))
			return nil
		}
		r = bufio.NewReader(strings.NewReader(text))
		head = peekHead(r)
	}
	switch sniffForm(head) {
	case formJSONL:
		if bytes.HasPrefix(head, articleio.BOMUTF8) {
			_, _ = r.Discard(len(articleio.BOMUTF8))
		}
		return p.readJSONLines(name, r)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	text, err := articleio.DecodeText(b)
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
	if len(head) < 3 && (bytes.HasPrefix(articleio.BOMUTF8, head) || len(head) < 2 && (head[0] == 0xFF || head[0] == 0xFE)) {
		return true
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, articleio.BOMUTF8), " \t\r\n")
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
			doc, perr := articleio.ParseArticleLine(line)
			where := fmt.Sprintf("%s:%d", name, n)
			switch {
			case perr == articleio.ErrBlankLine:
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
