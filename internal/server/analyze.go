package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/gisa-nlp/gisa"
	"github.com/gisa-nlp/gisa/internal/articleio"
	"github.com/gisa-nlp/gisa/internal/htmlarticle"
	"github.com/gisa-nlp/gisa/tokenize"
)

// bodyKind is what a request body holds, told by its Content-Type.
type bodyKind int

const (
	bodyJSON   bodyKind = iota // one {"id", "title", "text"} object
	bodyText                   // one plain text article, read as gisa analyze reads a file
	bodyHTML                   // a saved news page
	bodyStream                 // JSON Lines, one article a line
)

// bodyKinds maps the media types accepted to what they hold.
var bodyKinds = map[string]bodyKind{
	"application/json":     bodyJSON,
	"text/plain":           bodyText,
	"text/html":            bodyHTML,
	"application/x-ndjson": bodyStream,
}

// kindOf reads the request's Content-Type; false when it is missing or not one accepted.
func kindOf(r *http.Request) (bodyKind, bool) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return 0, false
	}
	k, ok := bodyKinds[mt]
	return k, ok
}

// unsupported is the 415 message for a request with the wrong Content-Type.
func unsupported(r *http.Request, accepted string) string {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		ct = "none"
	}
	return fmt.Sprintf("Content-Type %s is not accepted here: send %s", ct, accepted)
}

// analyze is POST /v1/analyze: one article in, its gisa/1 record out, or a stream of JSON
// Lines in and one record or error record a line out. ?tokens=1 adds the morphemes.
func (s *Server) analyze(w http.ResponseWriter, r *http.Request) {
	kind, ok := kindOf(r)
	if !ok {
		writeError(w, r, http.StatusUnsupportedMediaType,
			unsupported(r, "application/json, text/plain, text/html or application/x-ndjson"))
		return
	}
	tokens, err := flagParam(r, "tokens")
	if err != nil {
		writeError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if !s.admit(w, r) {
		return
	}
	defer s.lim.leave()
	if kind == bodyStream {
		s.stream(w, r, tokens)
		return
	}
	body, ctx, cancel, ok := s.bodyAndWorker(w, r)
	if !ok {
		return
	}
	defer cancel()
	res, err := func() (*gisa.Analysis, error) {
		// The worker decodes (a page's story is work too) and analyses; it is given back before
		// the answer is written, however slowly the client reads.
		defer s.lim.release()
		doc, err := documentOf(kind, body, r.URL.Query().Get("id"))
		if err != nil {
			s.metrics.article(outcomeError, 0)
			return nil, err
		}
		return s.analyzeHeld(ctx, doc, tokens)
	}()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	b, err := res.MarshalJSON()
	if err != nil {
		writeError(w, r, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(append(b, '\n'))
}

// extract is POST /v1/extract: a file's bytes (text/plain in any encoding gisa reads, or
// text/html) in, {"id", "title", "text"} out, as gisa would analyse them. The page uses it to
// show a dropped file's article before analysing it.
func (s *Server) extract(w http.ResponseWriter, r *http.Request) {
	kind, ok := kindOf(r)
	if !ok || kind != bodyText && kind != bodyHTML {
		writeError(w, r, http.StatusUnsupportedMediaType, unsupported(r, "text/plain or text/html"))
		return
	}
	if !s.admit(w, r) {
		return
	}
	defer s.lim.leave()
	body, _, cancel, ok := s.bodyAndWorker(w, r)
	if !ok {
		return
	}
	defer cancel()
	doc, err := func() (gisa.Document, error) {
		defer s.lim.release()
		return documentOf(kind, body, r.URL.Query().Get("id"))
	}()
	if err != nil {
		writeError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, struct {
		ID    string `json:"id"`
		Title string `json:"title"`
		Text  string `json:"text"`
	}{doc.ID, doc.Title, doc.Text})
}

// admit takes a place for the request, or answers 503 with Retry-After and reports false.
func (s *Server) admit(w http.ResponseWriter, r *http.Request) bool {
	if s.lim.admit() {
		return true
	}
	w.Header().Set("Retry-After", "1")
	writeError(w, r, http.StatusServiceUnavailable, fmt.Sprintf(
		"busy: %d articles being analysed and %d requests waiting, the most this server takes; retry later",
		s.lim.running(), s.cfg.Queue))
	return false
}

// bodyAndWorker reads a one-article request's body and then takes a worker for it, both within
// the request's timeout. The caller defers cancel and gives the worker back
// (s.lim.release). It answers the request itself and reports false when either fails.
func (s *Server) bodyAndWorker(w http.ResponseWriter, r *http.Request) ([]byte, context.Context, context.CancelFunc, bool) {
	deadline := time.Now().Add(s.cfg.Timeout)
	body, ok := s.readBody(w, r, deadline)
	if !ok {
		return nil, nil, nil, false
	}
	ctx, cancel := context.WithDeadline(r.Context(), deadline)
	if err := s.acquire(ctx); err != nil {
		cancel()
		s.fail(w, r, err)
		return nil, nil, nil, false
	}
	return body, ctx, cancel, true
}

// readBody reads the body of a one-article request, at most MaxBytes, before deadline. It
// answers the request itself and reports false when that fails.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request, deadline time.Time) ([]byte, bool) {
	info := infoOf(r.Context())
	info.articles = 1
	failed := func(code int, msg string) ([]byte, bool) {
		s.metrics.article(outcomeError, 0)
		writeError(w, r, code, msg)
		return nil, false
	}
	max := s.cfg.MaxBytes
	if r.ContentLength > max {
		return failed(http.StatusRequestEntityTooLarge, tooLarge("the request body", r.ContentLength, max))
	}
	_ = http.NewResponseController(w).SetReadDeadline(deadline)
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return failed(http.StatusRequestEntityTooLarge, tooLarge("the request body", -1, max))
	case errors.Is(err, os.ErrDeadlineExceeded):
		return failed(http.StatusRequestTimeout, fmt.Sprintf("the request body did not arrive within %s", s.cfg.Timeout))
	case err != nil:
		info.gone = true // the client stopped sending: nobody to answer
		s.metrics.article(outcomeCancelled, 0)
		return nil, false
	}
	return body, true
}

// tooLarge is the message for an article over the limit; size < 0 when it is not known.
func tooLarge(what string, size, max int64) string {
	if size < 0 {
		return fmt.Sprintf("%s is over the limit of %d bytes (--max-bytes)", what, max)
	}
	return fmt.Sprintf("%s is %d bytes, over the limit of %d bytes (--max-bytes)", what, size, max)
}

// documentOf reads one article from a request body: a JSON object, plain text decoded as gisa
// analyze decodes a file, or an HTML page. id names a plain text or HTML article.
func documentOf(kind bodyKind, body []byte, id string) (gisa.Document, error) {
	if kind == bodyJSON {
		if err := tokenize.ValidateUTF8(string(body)); err != nil {
			return gisa.Document{}, fmt.Errorf("request body: %w", err)
		}
		doc, err := articleio.ParseArticleLine(body)
		switch {
		case errors.Is(err, articleio.ErrBlankLine):
			return doc, errors.New(`request body is empty: want a JSON object {"id", "title", "text"}`)
		case err != nil: // it names the line and column (internal/jsonerr)
			return doc, fmt.Errorf("request body: %w", err)
		}
		return doc, nil
	}
	text, err := articleio.DecodeText(body)
	if err != nil {
		return gisa.Document{}, fmt.Errorf("request body: %w", err)
	}
	doc := gisa.Document{ID: id, Text: text}
	if kind == bodyHTML {
		if doc.Title, doc.Text, err = htmlarticle.Extract(text); err != nil {
			return gisa.Document{}, fmt.Errorf("request body: %w", err)
		}
	}
	return doc, nil
}

// flagParam reads a query parameter that is on or off: 1, true, 0, false, or absent (off).
func flagParam(r *http.Request, name string) (bool, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return false, nil
	}
	on, err := strconv.ParseBool(v)
	if err != nil {
		return false, fmt.Errorf("?%s=%s: want 1 or 0", name, v)
	}
	return on, nil
}

// waitError is an analysis that never started: no worker came free before its context ended.
type waitError struct{ err error }

func (e *waitError) Error() string { return "waiting for a worker: " + e.err.Error() }
func (e *waitError) Unwrap() error { return e.err }

// acquire waits for a worker until ctx is done. Its error is a *waitError, and counted.
func (s *Server) acquire(ctx context.Context) error {
	if err := s.lim.acquire(ctx); err != nil {
		s.metrics.article(outcomeOf(ctx, err), 0)
		return &waitError{err}
	}
	return nil
}

// analyzeDoc waits for a worker and analyses doc, both before ctx is done.
func (s *Server) analyzeDoc(ctx context.Context, doc gisa.Document, tokens bool) (*gisa.Analysis, error) {
	if err := s.acquire(ctx); err != nil {
		return nil, err
	}
	defer s.lim.release()
	return s.analyzeHeld(ctx, doc, tokens)
}

// analyzeHeld analyses doc on the worker the caller holds. With tokens the record carries
// the morphemes, as from an Analyzer built WithTokens(true).
func (s *Server) analyzeHeld(ctx context.Context, doc gisa.Document, tokens bool) (*gisa.Analysis, error) {
	res, err := s.an.Analyze(ctx, doc)
	if err != nil {
		s.metrics.article(outcomeOf(ctx, err), 0)
		return nil, err
	}
	if tokens && res.Text != nil {
		res.Tokens = res.Text.Tokens
	}
	s.metrics.article(outcomeOK, len(doc.Title)+len(doc.Text))
	return res, nil
}

// fail answers a request whose analysis failed with err: nothing when the client went away,
// 503 when no worker came free in time, 504 when the analysis ran out of time, else 400 (the
// Analyzer fails only on input it cannot analyse).
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := s.failure(r.Context(), err)
	if code == statusClientGone {
		infoOf(r.Context()).gone = true
		return
	}
	if code == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	writeError(w, r, code, msg)
}

// failure is the status and message of an analysis that failed with err; reqCtx is the
// request's own context, done when the client went away.
func (s *Server) failure(reqCtx context.Context, err error) (int, string) {
	var we *waitError
	switch {
	case reqCtx.Err() != nil:
		return statusClientGone, "the client went away"
	case errors.As(err, &we):
		return http.StatusServiceUnavailable, fmt.Sprintf("busy: no worker came free within %s (--timeout); retry later", s.cfg.Timeout)
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, fmt.Sprintf("the analysis did not finish within %s (--timeout)", s.cfg.Timeout)
	}
	return http.StatusBadRequest, err.Error()
}
