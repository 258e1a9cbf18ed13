package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/gisa-nlp/gisa"
	"github.com/gisa-nlp/gisa/internal/articleio"
)

// streamLine is one line of a JSON Lines request, or the error that ended the body.
type streamLine struct {
	n    int    // line number, from 1
	data []byte // the line without its line break, its first max+1 bytes when longer
	size int64  // the line's length in bytes
	err  error  // io.EOF at the end of the body
}

// stream is POST /v1/analyze with application/x-ndjson: one {"id", "title", "text"} object a
// line in; one record, or error record {"schema", "id", "error": "line N: ..."}, a line out
// in input order, each written as soon as it is done. The body is read one line ahead of the
// analysis, so that a client that goes away cancels the analysis under way. The stream ends
// at the end of the body, or when no line arrives for the Timeout (an error record says so).
func (s *Server) stream(w http.ResponseWriter, r *http.Request, tokens bool) {
	info := infoOf(r.Context())
	rc := http.NewResponseController(w)
	_ = rc.EnableFullDuplex() // HTTP/1 would otherwise read the whole body before the first write
	w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	_ = rc.SetReadDeadline(time.Now().Add(s.cfg.Timeout))
	if err := rc.Flush(); err != nil {
		info.gone = true
		return
	}

	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	lines := make(chan streamLine)
	quit := make(chan struct{}) // closed when the handler takes no more lines
	defer close(quit)
	go func() {
		defer close(lines)
		in := bufio.NewReaderSize(r.Body, 64<<10)
		for n := 1; ; n++ {
			data, size, err := readLine(in, s.cfg.MaxBytes)
			if err != nil && err != io.EOF && !errors.Is(err, os.ErrDeadlineExceeded) {
				cancel() // the client went away, or broke the body: stop the analysis under way
			}
			if size == 0 && err == io.EOF {
				return
			}
			select { // the line that ended the body too, so that the handler can say why
			case lines <- streamLine{n: n, data: data, size: size, err: err}:
			case <-quit:
				return
			}
			if err != nil {
				return
			}
		}
	}()

	for l := range lines {
		if l.size > 0 {
			_ = rc.SetReadDeadline(time.Now().Add(2 * s.cfg.Timeout)) // this analysis, then the next line
			rec, gone := s.streamRecord(ctx, r.Context(), l, tokens, info)
			if gone {
				info.gone = true
				return
			}
			if rec != nil && !s.send(w, rc, rec) {
				info.gone = true
				return
			}
			_ = rc.SetReadDeadline(time.Now().Add(s.cfg.Timeout))
		}
		switch {
		case l.err == io.EOF:
			return
		case errors.Is(l.err, os.ErrDeadlineExceeded):
			msg := fmt.Errorf("line %d: no input for %s (--timeout): the stream is closed", l.n, s.cfg.Timeout)
			info.err = msg.Error()
			s.send(w, rc, errorRecord("", msg))
			return
		case l.err != nil:
			info.gone = true
			return
		}
	}
	if r.Context().Err() != nil || ctx.Err() != nil {
		info.gone = true
	}
}

// send writes one record and flushes it; false when the client is gone.
func (s *Server) send(w http.ResponseWriter, rc *http.ResponseController, rec []byte) bool {
	_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.Timeout))
	if _, err := w.Write(rec); err != nil {
		return false
	}
	return rc.Flush() == nil
}

// streamRecord analyses one line of a stream and returns its record or error record, nil for
// a blank line; gone reports that the client went away (ctx is the stream's, reqCtx the
// request's).
func (s *Server) streamRecord(ctx, reqCtx context.Context, l streamLine, tokens bool, info *reqInfo) (rec []byte, gone bool) {
	failed := func(id string, err error) []byte {
		info.err = err.Error()
		return errorRecord(id, fmt.Errorf("line %d: %w", l.n, err))
	}
	if l.size > s.cfg.MaxBytes {
		info.articles++
		s.metrics.article(outcomeError, 0)
		return failed("", errors.New(tooLarge("the line", l.size, s.cfg.MaxBytes))), false
	}
	doc, err := articleio.ParseArticleLine(l.data)
	switch {
	case errors.Is(err, articleio.ErrBlankLine):
		return nil, false
	case err != nil:
		info.articles++
		s.metrics.article(outcomeError, 0)
		return failed(doc.ID, err), false
	}
	info.articles++
	actx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	res, err := s.analyzeDoc(actx, doc, tokens)
	if err != nil {
		code, msg := s.failure(ctx, err)
		if code == statusClientGone || reqCtx.Err() != nil {
			return nil, true
		}
		return failed(doc.ID, errors.New(msg)), false
	}
	b, err := res.MarshalJSON()
	if err != nil {
		return failed(doc.ID, err), false
	}
	return append(b, '\n'), false
}

// errorRecord is the JSON line of an error record.
func errorRecord(id string, err error) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(gisa.NewErrorRecord(id, err))
	return buf.Bytes()
}

// readLine reads one line and returns it (without its line break, "\n" or "\r\n") and its size
// in bytes. A line longer than max is read to its end, but only its first max+1 bytes are
// kept, so that memory stays bounded whatever the client sends.
func readLine(r *bufio.Reader, max int64) (line []byte, size int64, err error) {
	var last byte // the last byte of the line so far
	for {
		frag, e := r.ReadSlice('\n')
		if e == nil {
			frag = frag[:len(frag)-1]
		}
		size += int64(len(frag))
		if len(frag) > 0 {
			last = frag[len(frag)-1]
		}
		if keep := max + 1 - int64(len(line)); keep > 0 {
			line = append(line, frag[:min(int64(len(frag)), keep)]...)
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if e == nil && last == '\r' {
			size--
			line = line[:min(int64(len(line)), size)]
		}
		return line, size, e
	}
}
