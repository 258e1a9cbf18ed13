// Package server is gisa's HTTP API and its page: POST /v1/analyze turns articles into gisa/1
// records (JSON, plain text, HTML or a stream of JSON Lines), GET / serves a page that shows an
// article with each quote in its speaker's colour, GET /healthz and GET /metrics are for the
// operator. One Analyzer serves every request.
//
// The server bounds its own load: at most Workers articles are analysed at once, at most Queue
// more requests wait for a worker, and a request past that is refused at once with 503 and
// Retry-After; an article (a request body or one line of a stream) is at most MaxBytes; each
// article has Timeout to arrive and be analysed; a client that goes away cancels its analysis.
// So memory stays bounded by 2×(Workers+Queue)×MaxBytes of input (a stream holds the line
// under analysis and reads one ahead) plus Workers analyses and their records, whatever the
// load.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"time"

	"github.com/gisa-nlp/gisa"
)

// Analyzer analyses one document; *gisa.Analyzer is one. It must stop soon after ctx is done.
type Analyzer interface {
	Analyze(ctx context.Context, doc gisa.Document) (*gisa.Analysis, error)
}

// Defaults of Config's fields.
const (
	DefaultMaxBytes = 1 << 20          // 1 MiB, as gisa batch --max-bytes
	DefaultTimeout  = 30 * time.Second // per article
	queuePerWorker  = 8                // the default queue, per worker
)

// Config sets a Server's limits. Zero values take the defaults.
type Config struct {
	MaxBytes int64         // the largest article: a request body, or one line of a stream
	Workers  int           // articles analysed at once; default runtime.GOMAXPROCS(0)
	Queue    int           // requests that may wait for a worker beyond those; default 8×Workers
	Timeout  time.Duration // for each article to arrive, wait for a worker and be analysed
	Grace    time.Duration // Serve's wait for requests in flight at shutdown; default Timeout+5s
	Logger   *slog.Logger  // one line per request; default slog.Default()
}

func (c *Config) setDefaults() {
	if c.MaxBytes <= 0 {
		c.MaxBytes = DefaultMaxBytes
	}
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.Queue <= 0 {
		c.Queue = queuePerWorker * c.Workers
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.Grace <= 0 {
		c.Grace = c.Timeout + 5*time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
}

// Server is the HTTP API and page; it is an http.Handler.
type Server struct {
	cfg     Config
	an      Analyzer
	lim     *limiter
	metrics *metrics
	mux     *http.ServeMux
}

// New returns a Server that analyses with an.
func New(an Analyzer, cfg Config) *Server {
	cfg.setDefaults()
	lim := newLimiter(cfg.Workers, cfg.Queue)
	s := &Server{cfg: cfg, an: an, lim: lim, metrics: newMetrics(lim), mux: http.NewServeMux()}
	s.route("POST", "/v1/analyze", s.analyze)
	s.route("POST", "/v1/extract", s.extract)
	s.route("GET", "/healthz", s.healthz)
	s.route("GET", "/metrics", s.metrics.handler().ServeHTTP)
	s.route("GET", "/{$}", servePage)
	s.route("GET", "/static/", serveStatic)
	s.mux.Handle("/", s.instrument("unmatched", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, r, http.StatusNotFound, fmt.Sprintf("no such page: %s (the API is POST /v1/analyze)", r.URL.Path))
	}))
	return s
}

// route serves pattern for method (GET also answers HEAD) and answers every other method with
// 405 and the Allow header.
func (s *Server) route(method, pattern string, h http.HandlerFunc) {
	s.mux.Handle(method+" "+pattern, s.instrument(pattern, h))
	allow := method
	if method == http.MethodGet {
		allow = "GET, HEAD"
	}
	s.mux.Handle(pattern, s.instrument(pattern, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		writeError(w, r, http.StatusMethodNotAllowed, fmt.Sprintf("%s %s: method not allowed, use %s", r.Method, r.URL.Path, allow))
	}))
}

// ServeHTTP routes a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// healthz answers that the server is up, with its load.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, struct {
		Status   string `json:"status"`
		Schema   string `json:"schema"`
		Workers  int    `json:"workers"`
		Analyses int    `json:"analyses"`
		Waiting  int64  `json:"waiting"`
	}{"ok", gisa.Schema, s.cfg.Workers, s.lim.running(), s.lim.waiting.Load()})
}

// Serve answers requests on ln until ctx is done, then stops accepting, waits up to the
// Grace period for the requests in flight to finish (cutting off those still running then),
// and returns nil. It returns early with the error when serving fails.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	log := s.cfg.Logger
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	log.Info("listening", "url", "http://"+ln.Addr().String()+"/", "workers", s.cfg.Workers,
		"queue", s.cfg.Queue, "max_bytes", s.cfg.MaxBytes, "timeout", s.cfg.Timeout.String())
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: no new connections; finishing the requests in flight", "grace", s.cfg.Grace.String())
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.Grace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		log.Warn("requests still running at the end of the grace period were cut off", "err", err)
		hs.Close()
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("stopped")
	return nil
}
