package server

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gisa-nlp/gisa"
)

// TestStream: JSON Lines in, one record or error record per line out, in order, each error
// naming its line; blank lines are skipped; ?tokens=1 applies to every record.
func TestStream(t *testing.T) {
	s, _ := newTestServer(realAnalyzer(t), Config{MaxBytes: 2000})
	seed := seedText(t)
	title, body, _ := strings.Cut(seed, "\n")
	body = string([]rune(body)[:500])
	first, _ := json.Marshal(map[string]string{"id": "a", "title": title, "text": body})
	in := strings.Join([]string{
		string(first),
		"",
		"not json",
		`{"id": "big", "text": "` + strings.Repeat("가", 700) + `"}`,
		`{"id": "u", "text": "가나다라마바사` + "\xea\xb0" + `"}`,
		`{"id": 7, "title": "제목", "text": "김 교수는 \"변화가 빠르다\"고 말했다."}` + "\r",
	}, "\n")
	resp := do(t, s, "POST", "/v1/analyze?tokens=1", "application/x-ndjson", strings.NewReader(in))
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/x-ndjson; charset=utf-8" {
		t.Fatalf("status %d, Content-Type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	out := strings.Split(strings.TrimSuffix(readBody(t, resp), "\n"), "\n")
	wantA := recordWithTokens(t, gisa.Document{ID: "a", Title: title, Text: body})
	want := []string{
		wantA,
		`{"schema":"gisa/1","id":"","error":"line 3: not an article: column 2: invalid character 'o' in literal null (expecting 'u')"}`,
		`{"schema":"gisa/1","id":"","error":"line 4: the line is 2125 bytes, over the limit of 2000 bytes (--max-bytes)"}`,
		`{"schema":"gisa/1","id":"u","error":"line 5: invalid UTF-8 at byte offset 42 in the line"}`,
	}
	if len(out) != 5 {
		t.Fatalf("%d lines out, want 5:\n%s", len(out), strings.Join(out, "\n"))
	}
	for i, w := range want {
		if out[i] != w {
			t.Errorf("line %d:\n got %.300s\nwant %.300s", i+1, out[i], w)
		}
	}
	if !strings.HasPrefix(out[4], `{"schema":"gisa/1","id":"7","title":"제목",`) || !strings.Contains(out[4], `"tokens":[`) ||
		!strings.Contains(out[4], `"quotes":[{"text":"변화가 빠르다"`) {
		t.Errorf("last line: %s", out[4])
	}
}

// recordWithTokens is the record of doc with its morphemes, as ?tokens=1 gives it.
func recordWithTokens(t *testing.T, doc gisa.Document) string {
	t.Helper()
	res, err := realAnalyzer(t).Analyze(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	res.Tokens = res.Text.Tokens
	b, err := res.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// streamClient posts a JSON Lines request whose body the test writes line by line, and reads
// the answer line by line.
type streamClient struct {
	body *io.PipeWriter
	out  chan string
	errc chan error
}

func newStreamClient(t *testing.T, ctx context.Context, url string) *streamClient {
	t.Helper()
	pr, pw := io.Pipe()
	req, _ := http.NewRequestWithContext(ctx, "POST", url+"/v1/analyze", pr)
	req.Header.Set("Content-Type", "application/x-ndjson")
	c := &streamClient{body: pw, out: make(chan string, 100), errc: make(chan error, 1)}
	go func() {
		defer close(c.out)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			c.errc <- err
			return
		}
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			c.out <- sc.Text()
		}
		c.errc <- sc.Err()
	}()
	return c
}

func (c *streamClient) send(t *testing.T, line string) {
	t.Helper()
	if _, err := io.WriteString(c.body, line+"\n"); err != nil {
		t.Fatal(err)
	}
}

func (c *streamClient) next(t *testing.T) string {
	t.Helper()
	select {
	case l, ok := <-c.out:
		if !ok {
			t.Fatalf("the stream ended: %v", <-c.errc)
		}
		return l
	case <-time.After(20 * time.Second):
		t.Fatal("no line from the stream within 20s")
	}
	return ""
}

// TestStreamAnswersEachLine: each record comes back while the client has not sent the next
// line yet, so a client can talk to the server line by line.
func TestStreamAnswersEachLine(t *testing.T) {
	s, _ := newTestServer(realAnalyzer(t), Config{})
	srv := httptest.NewServer(s)
	defer srv.Close()
	c := newStreamClient(t, context.Background(), srv.URL)
	for i := range 3 {
		c.send(t, fmt.Sprintf(`{"id": "%d", "text": "김 교수는 \"변화가 빠르다\"고 말했다."}`, i))
		if got := c.next(t); !strings.HasPrefix(got, fmt.Sprintf(`{"schema":"gisa/1","id":"%d",`, i)) {
			t.Fatalf("record %d: %.200s", i, got)
		}
	}
	c.body.Close()
	if l, ok := <-c.out; ok {
		t.Errorf("a line after the end of the body: %q", l)
	}
}

// TestStreamClientGone: a streaming client that goes away cancels the analysis under way.
func TestStreamClientGone(t *testing.T) {
	b := newBlockingAnalyzer()
	s, logs := newTestServer(b, Config{Workers: 1})
	srv := httptest.NewServer(s)
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	c := newStreamClient(t, ctx, srv.URL)
	c.send(t, `{"text": "가"}`)
	<-b.started
	cancel()
	b.waitStopped(t)
	waitFor(t, "the request's log line", func() bool { return strings.Contains(logs.String(), `"status":200`) })
	if !strings.Contains(logs.String(), `"client_gone":true`) {
		t.Errorf("the log does not say the client went away: %s", logs.String())
	}
	if s.lim.running() != 0 || s.lim.inService() != 0 {
		t.Errorf("after the client left: %d analyses, %d requests still held", s.lim.running(), s.lim.inService())
	}
}

// TestStreamIdle: a stream on which nothing arrives for the Timeout is closed with an error
// record saying so, and its place is given back.
func TestStreamIdle(t *testing.T) {
	s, _ := newTestServer(realAnalyzer(t), Config{Timeout: 200 * time.Millisecond})
	srv := httptest.NewServer(s)
	defer srv.Close()
	c := newStreamClient(t, context.Background(), srv.URL)
	defer c.body.Close()
	c.send(t, `{"id": "1", "text": "가나다."}`)
	if got := c.next(t); !strings.HasPrefix(got, `{"schema":"gisa/1","id":"1",`) {
		t.Fatalf("first record: %.200s", got)
	}
	if got := c.next(t); got != `{"schema":"gisa/1","id":"","error":"line 2: no input for 200ms (--timeout): the stream is closed"}` {
		t.Errorf("idle stream: %q", got)
	}
	if l, ok := <-c.out; ok {
		t.Errorf("a line after the stream was closed: %q", l)
	}
	waitFor(t, "the stream's place to be given back", func() bool { return s.lim.inService() == 0 })
}

// TestStreamBusy: a stream counts as one request for the limits, and its lines queue for
// the workers like other articles.
func TestStreamBusy(t *testing.T) {
	b := newBlockingAnalyzer()
	s, _ := newTestServer(b, Config{Workers: 1, Queue: 1})
	srv := httptest.NewServer(s)
	defer srv.Close()
	c := newStreamClient(t, context.Background(), srv.URL)
	c.send(t, `{"text": "가"}`)
	<-b.started // the stream holds the only worker
	queued := make(chan *http.Response)
	go func() { queued <- do(t, s, "POST", "/v1/analyze", "text/plain", strings.NewReader("나")) }()
	waitFor(t, "the second request to queue", func() bool { return s.lim.waiting.Load() == 1 })
	wantError(t, do(t, s, "POST", "/v1/analyze", "application/x-ndjson", strings.NewReader(`{"text": "다"}`)), 503, "busy")
	close(b.release)
	c.body.Close()
	if got := c.next(t); !strings.HasPrefix(got, `{"schema":"gisa/1"`) {
		t.Errorf("stream record: %q", got)
	}
	if resp := <-queued; resp.StatusCode != 200 {
		t.Errorf("the queued request: %d %s", resp.StatusCode, readBody(t, resp))
	}
	if err := <-c.errc; err != nil {
		t.Error(err)
	}
}
