package server

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gisa-nlp/gisa"
)

// waitFor polls cond until it holds, failing the test after 10 seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// TestBusy: at most Workers articles are analysed at once, Queue more requests wait, and the
// requests past them are refused at once with 503 and Retry-After; those admitted all finish.
func TestBusy(t *testing.T) {
	b := newBlockingAnalyzer()
	s, _ := newTestServer(b, Config{Workers: 2, Queue: 3})
	const n = 10
	codes := make(chan int, n)
	var refused []*http.Response
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp := do(t, s, "POST", "/v1/analyze", "application/json", strings.NewReader(`{"text": "가"}`))
			if resp.StatusCode == http.StatusServiceUnavailable {
				mu.Lock()
				refused = append(refused, resp)
				mu.Unlock()
			}
			codes <- resp.StatusCode
		}()
	}
	// The 5 refused answer at once; the 5 admitted wait (2 analysing, 3 queued).
	waitFor(t, "5 refusals and 2 analyses", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(refused) == n-5 && len(b.started) == 2
	})
	if got := s.lim.waiting.Load(); got != 3 {
		t.Errorf("%d analyses waiting, want 3", got)
	}
	for _, resp := range refused {
		if resp.Header.Get("Retry-After") != "1" {
			t.Errorf("503 without Retry-After: %v", resp.Header)
		}
		wantError(t, resp, 503, "busy: 2 articles being analysed and 3 requests waiting")
	}
	close(b.release)
	wg.Wait()
	close(codes)
	ok := 0
	for c := range codes {
		if c == http.StatusOK {
			ok++
		}
	}
	if ok != 5 || b.most != 2 {
		t.Errorf("%d answered 200 (want 5); at most %d analyses ran at once (want 2)", ok, b.most)
	}
}

// TestTimeout: an analysis that outlasts Timeout is stopped and answered 504; a request that
// waited the Timeout for a worker is answered 503 with Retry-After.
func TestTimeout(t *testing.T) {
	b := newBlockingAnalyzer()
	s, _ := newTestServer(b, Config{Workers: 1, Timeout: 50 * time.Millisecond})
	wantError(t, do(t, s, "POST", "/v1/analyze", "text/plain", strings.NewReader("가")), 504,
		"the analysis did not finish within 50ms (--timeout)")
	if len(b.stopped) != 1 || !errors.Is(b.stopped[0], context.DeadlineExceeded) {
		t.Errorf("the analysis was not stopped by its deadline: %v", b.stopped)
	}

	stubborn := &stubbornAnalyzer{started: make(chan struct{}), release: make(chan struct{})}
	s, _ = newTestServer(stubborn, Config{Workers: 1, Timeout: 50 * time.Millisecond})
	done := make(chan *http.Response)
	go func() { done <- do(t, s, "POST", "/v1/analyze", "text/plain", strings.NewReader("가")) }()
	<-stubborn.started // it holds the only worker past its deadline
	resp := do(t, s, "POST", "/v1/analyze", "text/plain", strings.NewReader("나"))
	if resp.Header.Get("Retry-After") == "" {
		t.Error("503 without Retry-After")
	}
	wantError(t, resp, 503, "busy: no worker came free within 50ms")
	close(stubborn.release)
	readBody(t, <-done)
}

// stubbornAnalyzer holds its worker until released, whatever its context says.
type stubbornAnalyzer struct{ started, release chan struct{} }

func (s *stubbornAnalyzer) Analyze(ctx context.Context, doc gisa.Document) (*gisa.Analysis, error) {
	close(s.started)
	<-s.release
	return &gisa.Analysis{ID: doc.ID}, nil
}

// TestSlowBody: a body that does not arrive within the Timeout is answered 408.
func TestSlowBody(t *testing.T) {
	s, _ := newTestServer(newBlockingAnalyzer(), Config{Timeout: 100 * time.Millisecond})
	srv := httptest.NewServer(s)
	defer srv.Close()
	body := &stallingReader{first: `{"text": "가`, stall: make(chan struct{})}
	defer close(body.stall)
	req, _ := http.NewRequest("POST", srv.URL+"/v1/analyze", body)
	req.Header.Set("Content-Type", "application/json")
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	wantError(t, resp, 408, "the request body did not arrive within 100ms")
}

// stallingReader sends its first bytes, then nothing until stall is closed.
type stallingReader struct {
	first string
	stall chan struct{}
}

func (r *stallingReader) Read(p []byte) (int, error) {
	if r.first != "" {
		n := copy(p, r.first)
		r.first = r.first[n:]
		return n, nil
	}
	<-r.stall
	return 0, errors.New("stalled body closed")
}

// TestClientGoneCancels: a client that goes away mid-analysis cancels it; the worker is
// free again, and the request is logged and counted as 499.
func TestClientGoneCancels(t *testing.T) {
	b := newBlockingAnalyzer()
	s, logs := newTestServer(b, Config{Workers: 1})
	srv := httptest.NewServer(s)
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "POST", srv.URL+"/v1/analyze", strings.NewReader(`{"text": "가"}`))
	req.Header.Set("Content-Type", "application/json")
	errc := make(chan error)
	go func() {
		_, err := srv.Client().Do(req)
		errc <- err
	}()
	<-b.started
	cancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Errorf("client: %v", err)
	}
	if err := b.waitStopped(t); !errors.Is(err, context.Canceled) {
		t.Errorf("the analysis stopped with %v, want context.Canceled", err)
	}
	waitFor(t, "the request's log line", func() bool { return strings.Contains(logs.String(), `"status":499`) })
	if s.lim.running() != 0 || s.lim.inService() != 0 {
		t.Errorf("after the client left: %d analyses, %d requests still held", s.lim.running(), s.lim.inService())
	}
	if m := metricsText(t, s); !strings.Contains(m, `gisa_http_requests_total{code="499",route="/v1/analyze"} 1`) ||
		!strings.Contains(m, `gisa_articles_total{result="cancelled"} 1`) {
		t.Errorf("metrics do not count the request that went away:\n%s", m)
	}
}
