package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode"
)

// metricsText is what GET /metrics says now.
func metricsText(t *testing.T, s *Server) string {
	t.Helper()
	resp := do(t, s, "GET", "/metrics", "", nil)
	if resp.StatusCode != 200 {
		t.Fatalf("GET /metrics: %d", resp.StatusCode)
	}
	return readBody(t, resp)
}

// TestHealthz: GET (and HEAD) /healthz answer that the server is up, with its load.
func TestHealthz(t *testing.T) {
	s, _ := newTestServer(newBlockingAnalyzer(), Config{Workers: 3})
	resp := do(t, s, "GET", "/healthz", "", nil)
	var h struct {
		Status, Schema string
		Workers        int
		Analyses       int
	}
	if err := json.Unmarshal([]byte(readBody(t, resp)), &h); err != nil || resp.StatusCode != 200 {
		t.Fatalf("status %d, %v", resp.StatusCode, err)
	}
	if h.Status != "ok" || h.Schema != "gisa/1" || h.Workers != 3 || h.Analyses != 0 {
		t.Errorf("healthz: %+v", h)
	}
	if resp := do(t, s, "HEAD", "/healthz", "", nil); resp.StatusCode != 200 {
		t.Errorf("HEAD /healthz: %d", resp.StatusCode)
	}
}

// TestMetrics: requests by route and code, the latency histogram, articles, bytes and the
// work in flight, in the Prometheus text format.
func TestMetrics(t *testing.T) {
	b := newBlockingAnalyzer()
	s, _ := newTestServer(b, Config{Workers: 2})
	text := "김 교수는 말했다."
	done := make(chan struct{})
	go func() {
		readBody(t, do(t, s, "POST", "/v1/analyze", "text/plain", strings.NewReader(text)))
		close(done)
	}()
	<-b.started
	during := metricsText(t, s)
	for _, want := range []string{"gisa_analyses_in_flight 1", "gisa_http_requests_in_flight 1", "gisa_analyses_waiting 0"} {
		if !strings.Contains(during, want+"\n") {
			t.Errorf("during an analysis, no %q", want)
		}
	}
	close(b.release)
	<-done
	readBody(t, do(t, s, "POST", "/v1/analyze", "text/csv", strings.NewReader("a,b")))
	readBody(t, do(t, s, "POST", "/v1/analyze", "application/json", strings.NewReader("{")))
	readBody(t, do(t, s, "GET", "/healthz", "", nil))
	m := metricsText(t, s)
	for _, want := range []string{
		`gisa_http_requests_total{code="200",route="/v1/analyze"} 1`,
		`gisa_http_requests_total{code="415",route="/v1/analyze"} 1`,
		`gisa_http_requests_total{code="400",route="/v1/analyze"} 1`,
		`gisa_http_requests_total{code="200",route="/healthz"} 1`,
		`gisa_http_request_duration_seconds_count{route="/v1/analyze"} 3`,
		`gisa_http_request_duration_seconds_bucket{route="/v1/analyze",le="+Inf"} 3`,
		`gisa_articles_total{result="ok"} 1`,
		`gisa_articles_total{result="error"} 1`,
		fmt.Sprintf("gisa_article_bytes_total %d", len(text)),
		"gisa_analyses_in_flight 0",
		"gisa_http_requests_in_flight 0",
		"go_goroutines ",
		"process_resident_memory_bytes ",
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics have no %q", want)
		}
	}
}

// TestPage: GET / serves the embedded page, its stylesheet and script, under a policy that
// lets it load nothing from elsewhere; no file of it names another host.
func TestPage(t *testing.T) {
	s, _ := newTestServer(newBlockingAnalyzer(), Config{})
	for path, ctype := range map[string]string{
		"/":                 "text/html; charset=utf-8",
		"/static/app.js":    "text/javascript; charset=utf-8",
		"/static/style.css": "text/css; charset=utf-8",
	} {
		resp := do(t, s, "GET", path, "", nil)
		body := readBody(t, resp)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != ctype || body == "" {
			t.Errorf("GET %s: %d, %q, %d bytes", path, resp.StatusCode, resp.Header.Get("Content-Type"), len(body))
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'self'") {
			t.Errorf("GET %s: Content-Security-Policy %q", path, csp)
		}
	}
	if body := readBody(t, do(t, s, "GET", "/", "", nil)); !strings.Contains(body, `<script src="/static/app.js" defer>`) ||
		!strings.Contains(body, `<html lang="ko">`) {
		t.Errorf("the page does not load its script or is not marked Korean")
	}
	if resp := do(t, s, "GET", "/static/nothing.js", "", nil); resp.StatusCode != 404 {
		t.Errorf("GET /static/nothing.js: %d", resp.StatusCode)
	}
	err := fs.WalkDir(pageFiles, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := pageFiles.ReadFile(path)
		if strings.Contains(string(b), "://") {
			t.Errorf("%s names another host (nothing may be fetched from elsewhere)", path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestLog: one structured line per request, whatever its outcome, with what an operator
// needs, and never the article's text.
func TestLog(t *testing.T) {
	s, logs := newTestServer(realAnalyzer(t), Config{})
	seed := seedText(t)
	requests := []struct {
		method, path, ctype, body string
		status                    float64
	}{
		{"POST", "/v1/analyze?id=seed", "text/plain", seed, 200},
		{"POST", "/v1/analyze", "application/json", `{"text": ` + seed, 400},
		{"POST", "/v1/analyze", "application/x-ndjson", `{"text": "백 대표는 \"좋다\"고 말했다."}` + "\n", 200},
		{"GET", "/healthz", "", "", 200},
		{"GET", "/nowhere", "", "", 404},
	}
	for _, r := range requests {
		readBody(t, do(t, s, r.method, r.path, r.ctype, strings.NewReader(r.body)))
	}
	lines := logs.lines(t)
	if len(lines) != len(requests) {
		t.Fatalf("%d log lines for %d requests:\n%s", len(lines), len(requests), logs.String())
	}
	for i, l := range lines {
		r := requests[i]
		if l["msg"] != "request" || l["method"] != r.method || l["status"] != r.status || l["ms"] == nil || l["remote"] == nil {
			t.Errorf("log line %d: %v", i, l)
		}
	}
	if lines[0]["articles"] != 1.0 || lines[0]["bytes_in"] != float64(len(seed)) || lines[0]["route"] != "/v1/analyze" {
		t.Errorf("first line: %v", lines[0])
	}
	for _, r := range logs.String() {
		if unicode.Is(unicode.Hangul, r) {
			t.Fatalf("the log holds article text:\n%s", logs.String())
		}
	}
}

// TestServeShutdown: when its context ends, Serve stops accepting connections, lets the
// request in flight finish and answer, and returns nil.
func TestServeShutdown(t *testing.T) {
	b := newBlockingAnalyzer()
	s, logs := newTestServer(b, Config{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error)
	go func() { served <- s.Serve(ctx, ln) }()

	answer := make(chan *http.Response)
	go func() {
		resp, err := http.Post("http://"+addr+"/v1/analyze", "text/plain", strings.NewReader("가"))
		if err != nil {
			t.Error(err)
		}
		answer <- resp
	}()
	<-b.started
	stop()
	waitFor(t, "the listener to close", func() bool {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
		}
		return err != nil
	})
	select {
	case err := <-served:
		t.Fatalf("Serve returned (%v) with a request in flight", err)
	default:
	}
	close(b.release)
	if resp := <-answer; resp == nil || resp.StatusCode != 200 {
		t.Errorf("the request in flight was not answered: %v", resp)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
	if !strings.Contains(logs.String(), `"msg":"stopped"`) {
		t.Errorf("no 'stopped' in the log:\n%s", logs.String())
	}
}
