package main

import (
	"fmt"
	"log/slog"
	"net"

	"github.com/spf13/cobra"

	"github.com/gisa-nlp/gisa/internal/server"
)

func newServeCmd() *cobra.Command {
	var (
		addr      string
		cfg       server.Config
		af        articleFlags
		logFormat string
	)
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080]",
		Short: "Serve the analysis over HTTP, with a page that shows who said what",
		Long: `Serve gisa over HTTP, with one analyzer shared by every request.

  POST /v1/analyze   an article in, its gisa/1 record out. The body is
                       application/json       {"id", "title", "text"}
                       text/plain             read as gisa analyze reads a text file (the first
                                              line is the headline; ?id=NAME names the record)
                       text/html              a saved news page
                       application/x-ndjson   one {"id", "title", "text"} a line; one record or
                                              error record a line comes back as each is done
                     ?tokens=1 adds the morphemes.
  POST /v1/extract   a file's text or HTML in, {"id", "title", "text"} out (used by the page)
  GET  /             a page: paste or drop an article, see its quotes in their speakers' colours
  GET  /healthz      {"status": "ok", ...}
  GET  /metrics      Prometheus metrics

Errors are JSON {"error": "..."}: 400 bad JSON or text (with the byte offset), 413 an article
over --max-bytes, 405 wrong method, 415 wrong Content-Type, 503 busy (with Retry-After), 504 an
analysis over --timeout. At most --workers articles are analysed at once and --queue more
requests wait; past that a request gets 503 at once. A client that goes away cancels its
analysis. -j/--workers 0 (the default) means one worker per core. One log line per request
goes to stderr, never the article's text.

SIGINT or SIGTERM stops accepting connections, finishes the requests in flight (for up to
--timeout plus 5s) and exits; a second one kills at once.

Exit status: 0 after SIGINT or SIGTERM, 1 when the server cannot start (the address is taken,
the dictionary cannot be loaded), 2 for a usage error.`,
		Example: `  gisa serve --addr 127.0.0.1:8080
  curl -s -H 'Content-Type: text/plain' --data-binary @testdata/seed-kakao.txt localhost:8080/v1/analyze`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var h slog.Handler
			switch logFormat {
			case "text":
				h = slog.NewTextHandler(cmd.ErrOrStderr(), nil)
			case "json":
				h = slog.NewJSONHandler(cmd.ErrOrStderr(), nil)
			default:
				return usageError{fmt.Errorf("unknown --log-format %q: want text or json", logFormat)}
			}
			if err := af.check(); err != nil {
				return err
			}
			if cfg.Queue < 0 || cfg.Timeout <= 0 {
				return usageError{fmt.Errorf("--queue must be 0 (8 per worker) or more, and --timeout positive")}
			}
			cfg.Logger = slog.New(h)
			cfg.Workers, cfg.MaxBytes = af.jobs, int64(af.maxBytes)
			a, err := af.analyzer(cmd, nil)
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			ctx, stop := signalContext(cmd)
			defer stop()
			return server.New(a, cfg).Serve(ctx, ln)
		},
	}
	f := cmd.Flags()
	f.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (host:port; port 0 picks a free one)")
	af.register(f) // -j/--jobs/--workers, --max-bytes, --tokens, --space-penalty, --user-dict
	f.Lookup("max-bytes").Usage = "the largest article (a request body, or a JSON Lines line), in bytes or with a unit (512KiB, 5MiB); larger ones get 413"
	f.Lookup("tokens").Usage = "include the morphemes in every record (one request asks with ?tokens=1)"
	f.IntVar(&cfg.Queue, "queue", 0, "requests that may wait for a worker (0: 8 per worker); past them a request gets 503")
	f.DurationVar(&cfg.Timeout, "timeout", server.DefaultTimeout, "time for each article to arrive, wait for a worker and be analysed")
	f.StringVar(&logFormat, "log-format", "text", "request log on stderr: text or json")
	return cmd
}
