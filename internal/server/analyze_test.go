package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/korean"

	"github.com/gisa-nlp/gisa"
)

// recordOf returns the gisa/1 record the library writes for doc, as the server sends it.
func recordOf(t *testing.T, doc gisa.Document) string {
	t.Helper()
	res, err := realAnalyzer(t).Analyze(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	b, err := res.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// wantRecord checks a 200 JSON response against want.
func wantRecord(t *testing.T, resp *http.Response, want string) {
	t.Helper()
	body := readBody(t, resp)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if body != want {
		t.Errorf("record differs from the library's:\n got %.300s\nwant %.300s", body, want)
	}
}

// TestAnalyzeJSON: an {"id", "title", "text"} object gets the record the library gives.
func TestAnalyzeJSON(t *testing.T) {
	s, _ := newTestServer(realAnalyzer(t), Config{})
	seed := seedText(t)
	title, body, _ := strings.Cut(seed, "\n")
	req, _ := json.Marshal(map[string]any{"id": "k1", "title": title, "text": body, "source": "ignored"})
	resp := do(t, s, "POST", "/v1/analyze", "application/json", bytes.NewReader(req))
	wantRecord(t, resp, recordOf(t, gisa.Document{ID: "k1", Title: title, Text: body}))

	// A numeric id is kept as written, as in JSON Lines input.
	resp = do(t, s, "POST", "/v1/analyze", "application/json; charset=utf-8", strings.NewReader(`{"id": 17, "text": "그는 \"좋다\"고 말했다."}`))
	if body := readBody(t, resp); !strings.HasPrefix(body, `{"schema":"gisa/1","id":"17",`) {
		t.Errorf("numeric id: %s", body)
	}
}

// TestAnalyzePlainText: a text body is read as gisa analyze reads a text file, in each
// encoding it reads, and gives the record of testdata/seed-kakao.analysis.json.
func TestAnalyzePlainText(t *testing.T) {
	s, _ := newTestServer(realAnalyzer(t), Config{})
	golden, rec := seedGolden(t)
	var want bytes.Buffer
	if err := json.Compact(&want, golden); err != nil {
		t.Fatal(err)
	}
	want.WriteByte('\n')
	seed := seedText(t)
	eucKR, err := korean.EUCKR.NewEncoder().Bytes([]byte(seed))
	if err != nil {
		t.Fatal(err)
	}
	utf16LE := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(seed)) {
		utf16LE = append(utf16LE, byte(u), byte(u>>8))
	}
	for name, body := range map[string][]byte{
		"UTF-8":          []byte(seed),
		"UTF-8 with BOM": append([]byte("\ufeff"), seed...),
		"EUC-KR":         eucKR,
		"UTF-16LE":       utf16LE,
	} {
		t.Run(name, func(t *testing.T) {
			resp := do(t, s, "POST", "/v1/analyze?id="+rec.ID, "text/plain; charset=whatever", bytes.NewReader(body))
			wantRecord(t, resp, want.String())
		})
	}
}

// TestAnalyzeHTML: a news page's headline and story are found as gisa analyze finds them.
func TestAnalyzeHTML(t *testing.T) {
	s, _ := newTestServer(realAnalyzer(t), Config{})
	title, body, _ := strings.Cut(seedText(t), "\n")
	page := `<!doctype html><html><head><title>뉴스</title><meta property="og:title" content="` + strings.ReplaceAll(title, `"`, "&quot;") +
		`"></head><body><nav>메뉴 · 로그인</nav><article><h1>` + title + `</h1><p>` + body + `</p></article><footer>저작권</footer></body></html>`
	resp := do(t, s, "POST", "/v1/analyze?id=page", "text/html", strings.NewReader(page))
	raw := readBody(t, resp)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, raw)
	}
	_, golden := seedGolden(t)
	var got goldenRecord
	if err := json.Unmarshal([]byte(raw), &got); err != nil {
		t.Fatal(err)
	}
	if got.ID != "page" || len(got.Quotes) != len(golden.Quotes) || got.Summary.Speakers[0].Name != golden.Summary.Speakers[0].Name {
		t.Errorf("id %q, %d quotes, main speaker %v; want page, %d, %s", got.ID, len(got.Quotes), got.Summary.Speakers,
			len(golden.Quotes), golden.Summary.Speakers[0].Name)
	}
	if !strings.Contains(raw, `"title":"`+strings.ReplaceAll(title, `"`, `\"`)+`"`) {
		t.Errorf("the headline %q is not the record's title: %.200s", title, raw)
	}
}

// TestAnalyzeTokens: ?tokens=1 adds the morphemes, as gisa analyze --tokens does.
func TestAnalyzeTokens(t *testing.T) {
	s, _ := newTestServer(realAnalyzer(t), Config{})
	body := `{"text": "챗GPT는 5일 만에 100만 사용자를 모았다."}`
	with := readBody(t, do(t, s, "POST", "/v1/analyze?tokens=1", "application/json", strings.NewReader(body)))
	without := readBody(t, do(t, s, "POST", "/v1/analyze?tokens=0", "application/json", strings.NewReader(body)))
	if !strings.Contains(with, `"tokens":[{"surface":"챗","pos":"NNG"`) && !strings.Contains(with, `"tokens":[{"surface":"챗GPT"`) {
		t.Errorf("?tokens=1 gives no tokens: %.400s", with)
	}
	if strings.Contains(without, `"tokens"`) {
		t.Errorf("?tokens=0 gives tokens")
	}
	// The shared Analyzer is not changed by a request that asked for tokens.
	if again := readBody(t, do(t, s, "POST", "/v1/analyze", "application/json", strings.NewReader(body))); again != without {
		t.Errorf("a request without ?tokens after one with it differs")
	}
	wantError(t, do(t, s, "POST", "/v1/analyze?tokens=yes", "application/json", strings.NewReader(body)), 400, "?tokens=yes: want 1 or 0")
}

// TestAnalyzeBadInput: input that cannot be analysed is 400 with a message naming the place.
func TestAnalyzeBadInput(t *testing.T) {
	s, _ := newTestServer(realAnalyzer(t), Config{})
	cut := "가나다라마바사" + "\xea\xb0" + "더 많은 글" // UTF-8 cut inside a character after 21 good bytes
	for _, tc := range []struct {
		name, contentType, body, want string
	}{
		{"bad JSON", "application/json", `{"text": x}`, "request body: not an article: column 10: invalid character 'x' looking for beginning of value"},
		{"bad JSON after spaces", "application/json", "\n  {\"text\" \"x\"}", "request body: not an article: line 2, column 11: invalid character '\"' after object key"},
		{"JSON cut short", "application/json", `{"text": "가나`, "unexpected end of JSON input"},
		{"invalid UTF-8 in JSON", "application/json", `{"text": "가나` + "\xff" + `"}`, "request body: invalid UTF-8 at byte offset 16"},
		{"text not a string", "application/json", `{"text": 5}`, `request body: not an article: column 10: "text": a JSON number where a string belongs`},
		{"no text", "application/json", `{"id": "a"}`, `no "text" field`},
		{"empty JSON body", "application/json", "  \n", "request body is empty"},
		{"not an object", "application/json", `["가"]`, "request body: not an article: column 1: a JSON array where an object belongs"},
		{"invalid UTF-8 in text", "text/plain", cut, "request body: invalid UTF-8 at byte offset 21"},
		{"odd UTF-16", "text/plain", "\xff\xfe\x00", "odd number of bytes"},
		{"HTML without text", "text/html", "<html><body><nav>메뉴</nav></body></html>", "no article text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, do(t, s, "POST", "/v1/analyze", tc.contentType, strings.NewReader(tc.body)), 400, tc.want)
		})
	}
}

// TestTooLarge: an article over MaxBytes is 413, whether its size is announced or not, and
// one of exactly MaxBytes is analysed.
func TestTooLarge(t *testing.T) {
	const max = 4000
	s, _ := newTestServer(realAnalyzer(t), Config{MaxBytes: max})
	text := strings.Repeat("가", max/3-1) + "다." // 1332×3 + 4 = 4000 bytes
	if len(text) != max {
		t.Fatalf("test text is %d bytes", len(text))
	}
	resp := do(t, s, "POST", "/v1/analyze", "text/plain", strings.NewReader(text))
	if body := readBody(t, resp); resp.StatusCode != 200 {
		t.Errorf("an article of exactly --max-bytes: status %d %s", resp.StatusCode, body)
	}
	big := text + "라"
	wantError(t, do(t, s, "POST", "/v1/analyze", "text/plain", strings.NewReader(big)), 413,
		"the request body is 4003 bytes, over the limit of 4000 bytes (--max-bytes)")
	// Sent chunked, with no Content-Length: found while reading.
	wantError(t, do(t, s, "POST", "/v1/analyze", "text/plain", io.MultiReader(strings.NewReader(big))), 413,
		"the request body is over the limit of 4000 bytes (--max-bytes)")
	js, _ := json.Marshal(map[string]string{"text": big})
	wantError(t, do(t, s, "POST", "/v1/analyze", "application/json", bytes.NewReader(js)), 413, "over the limit of 4000 bytes")
	wantError(t, do(t, s, "POST", "/v1/extract", "text/plain", strings.NewReader(big)), 413, "over the limit of 4000 bytes")
}

// TestWrongMethod: every route answers other methods with 405, its Allow header and JSON.
func TestWrongMethod(t *testing.T) {
	s, _ := newTestServer(newBlockingAnalyzer(), Config{})
	for _, tc := range []struct{ method, path, allow string }{
		{"GET", "/v1/analyze", "POST"},
		{"PUT", "/v1/analyze", "POST"},
		{"GET", "/v1/extract", "POST"},
		{"POST", "/healthz", "GET, HEAD"},
		{"DELETE", "/metrics", "GET, HEAD"},
		{"POST", "/", "GET, HEAD"},
		{"POST", "/static/app.js", "GET, HEAD"},
	} {
		resp := do(t, s, tc.method, tc.path, "application/json", strings.NewReader("{}"))
		if got := resp.Header.Get("Allow"); got != tc.allow {
			t.Errorf("%s %s: Allow %q, want %q", tc.method, tc.path, got, tc.allow)
		}
		wantError(t, resp, 405, "method not allowed")
	}
}

// TestNotFound: a path that is no route is 404 in JSON.
func TestNotFound(t *testing.T) {
	s, _ := newTestServer(newBlockingAnalyzer(), Config{})
	wantError(t, do(t, s, "GET", "/v2/analyze", "", nil), 404, "no such page: /v2/analyze")
}

// TestWrongContentType: a body that is none of the accepted types is 415, before any work.
func TestWrongContentType(t *testing.T) {
	s, _ := newTestServer(newBlockingAnalyzer(), Config{})
	wantError(t, do(t, s, "POST", "/v1/analyze", "", strings.NewReader("text")), 415, "Content-Type none is not accepted here")
	wantError(t, do(t, s, "POST", "/v1/analyze", "application/x-www-form-urlencoded", strings.NewReader("a=b")), 415,
		"send application/json, text/plain, text/html or application/x-ndjson")
	wantError(t, do(t, s, "POST", "/v1/analyze", "text/plain; charset", strings.NewReader("a")), 415, "not accepted")
	wantError(t, do(t, s, "POST", "/v1/extract", "application/json", strings.NewReader("{}")), 415, "send text/plain or text/html")
}

// TestExtract: a file's bytes come back as the title and text gisa would analyse.
func TestExtract(t *testing.T) {
	s, _ := newTestServer(realAnalyzer(t), Config{})
	seed := seedText(t)
	eucKR, _ := korean.EUCKR.NewEncoder().Bytes([]byte(seed))
	var got struct{ ID, Title, Text string }
	resp := do(t, s, "POST", "/v1/extract?id=x", "text/plain", bytes.NewReader(eucKR))
	if err := json.Unmarshal([]byte(readBody(t, resp)), &got); err != nil || resp.StatusCode != 200 {
		t.Fatalf("status %d, %v", resp.StatusCode, err)
	}
	if got.ID != "x" || got.Title != "" || got.Text != seed {
		t.Errorf("EUC-KR text: got id %q title %q text %.40q, want the seed as UTF-8", got.ID, got.Title, got.Text)
	}
	page := `<html><head><meta property="og:title" content="제목이다"></head><body><article><p>첫 문단이다.</p><p>둘째 문단이다.</p></article></body></html>`
	resp = do(t, s, "POST", "/v1/extract", "text/html", strings.NewReader(page))
	if err := json.Unmarshal([]byte(readBody(t, resp)), &got); err != nil {
		t.Fatal(err)
	}
	if got.Title != "제목이다" || got.Text != "첫 문단이다.\n둘째 문단이다." {
		t.Errorf("HTML: title %q text %q", got.Title, got.Text)
	}
	wantError(t, do(t, s, "POST", "/v1/extract", "text/plain", strings.NewReader("가나다라마바사\xea\xb0")), 400, "invalid UTF-8 at byte offset 21")
}

// countdownCtx is a context whose Err reports Canceled from its n-th call on: it cancels an
// analysis at a chosen check, the same way in every run.
type countdownCtx struct {
	context.Context
	calls, n  int32
	cancelled atomic.Bool
}

func (c *countdownCtx) Err() error {
	if atomic.AddInt32(&c.calls, 1) >= c.n {
		c.cancelled.Store(true)
		return context.Canceled
	}
	return nil
}

// TestAnalyzerStopsWhenCancelled checks that the real Analyzer stops work when its context is
// cancelled (the server relies on it for clients that go away and for timeouts): cancelled at
// any of the checks it makes between its stages, it returns context.Canceled and no result,
// without running the stages after that check.
func TestAnalyzerStopsWhenCancelled(t *testing.T) {
	a := realAnalyzer(t)
	doc := gisa.Document{ID: "seed", Text: seedText(t)}
	full := &countdownCtx{Context: context.Background(), n: 1 << 30}
	if _, err := a.Analyze(full, doc); err != nil {
		t.Fatal(err)
	}
	checks := full.calls
	if checks < 3 {
		t.Fatalf("the Analyzer checks its context %d times in an analysis: too few to stop between stages", checks)
	}
	for n := int32(1); n <= checks; n++ {
		ctx := &countdownCtx{Context: context.Background(), n: n}
		res, err := a.Analyze(ctx, doc)
		if !errors.Is(err, context.Canceled) || res != nil {
			t.Errorf("cancelled at check %d of %d: result %v, error %v; want none and context.Canceled", n, checks, res != nil, err)
		}
		if ctx.calls != n {
			t.Errorf("cancelled at check %d, it went on to check %d times", n, ctx.calls)
		}
	}
	t.Logf("the Analyzer checks its context %d times per article", checks)
}

// ExampleServer_ServeHTTP analyses an article through the handler, as a client would.
func ExampleServer_ServeHTTP() {
	a, err := gisa.New()
	if err != nil {
		panic(err)
	}
	s := New(a, Config{Logger: discardLogger})
	req, _ := http.NewRequest("POST", "/v1/analyze", strings.NewReader(`{"id": "a1", "text": "김 교수는 \"변화가 빠르다\"고 말했다."}`))
	req.Header.Set("Content-Type", "application/json")
	w := &responseBuffer{header: http.Header{}}
	s.ServeHTTP(w, req)
	var rec struct {
		Quotes []struct {
			Text    string
			Speaker struct{ Name string }
		}
	}
	_ = json.Unmarshal(w.body.Bytes(), &rec)
	fmt.Println(w.code, rec.Quotes[0].Speaker.Name, rec.Quotes[0].Text)
	// Output: 200 김 교수 변화가 빠르다
}

// responseBuffer is a minimal http.ResponseWriter for the example.
type responseBuffer struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (r *responseBuffer) Header() http.Header { return r.header }
func (r *responseBuffer) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = 200
	}
	return r.body.Write(b)
}
func (r *responseBuffer) WriteHeader(code int) { r.code = code }
