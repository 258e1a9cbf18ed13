package server

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"time"
)

// statusClientGone is the status logged and counted for a request whose client went away
// before its answer (nginx's 499); nothing is sent.
const statusClientGone = 499

// reqInfo is what a handler tells the request's log line and metrics, beyond the response.
type reqInfo struct {
	articles int    // articles handed in
	err      string // the error answered, if any
	gone     bool   // the client went away
}

type infoKey struct{}

// infoOf returns the request's reqInfo (a throwaway one outside instrument).
func infoOf(ctx context.Context) *reqInfo {
	if in, ok := ctx.Value(infoKey{}).(*reqInfo); ok {
		return in
	}
	return &reqInfo{}
}

// recorder keeps the status and size of a response.
type recorder struct {
	http.ResponseWriter
	status  int
	written int64
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.written += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection (flushes, deadlines, full duplex).
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// countingBody counts the request body's bytes read.
type countingBody struct {
	io.ReadCloser
	n int64
}

func (c *countingBody) Read(p []byte) (int, error) {
	n, err := c.ReadCloser.Read(p)
	c.n += int64(n)
	return n, err
}

// instrument wraps a route's handler: it counts and times the request under route and writes
// its one log line. The line names the request and its outcome, never the article's text.
func (s *Server) instrument(route string, h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		info := &reqInfo{}
		rec := &recorder{ResponseWriter: w}
		body := &countingBody{ReadCloser: r.Body}
		r.Body = body
		r = r.WithContext(context.WithValue(r.Context(), infoKey{}, info))
		h(rec, r)
		code := rec.status
		switch {
		case info.gone && code == 0:
			code = statusClientGone
		case code == 0:
			code = http.StatusOK
		}
		elapsed := time.Since(start)
		s.metrics.observe(route, code, elapsed.Seconds())
		attrs := []slog.Attr{
			slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.String("route", route),
			slog.Int("status", code), slog.Float64("ms", float64(elapsed.Microseconds())/1000),
			slog.Int64("bytes_in", body.n), slog.Int64("bytes_out", rec.written),
			slog.String("remote", r.RemoteAddr),
		}
		if info.articles > 0 {
			attrs = append(attrs, slog.Int("articles", info.articles))
		}
		if info.gone {
			attrs = append(attrs, slog.Bool("client_gone", true))
		}
		if info.err != "" {
			attrs = append(attrs, slog.String("err", info.err))
		}
		level := slog.LevelInfo
		if code >= 500 && code != statusClientGone {
			level = slog.LevelWarn
		}
		s.cfg.Logger.LogAttrs(r.Context(), level, "request", attrs...)
	})
}

// writeJSON writes v as the JSON response with status code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// errorBody is every error response: {"error": "..."}.
type errorBody struct {
	Error string `json:"error"`
}

// writeError answers with status code and the message as {"error": msg}.
func writeError(w http.ResponseWriter, r *http.Request, code int, msg string) {
	infoOf(r.Context()).err = msg
	writeJSON(w, code, errorBody{msg})
}
