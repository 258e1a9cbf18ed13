package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/gisa-nlp/gisa"
)

// chromium finds Debian's Chromium (installed by .ci/run), or the browser GISA_CHROMIUM names;
// the browser test skips when there is none, unless GISA_REQUIRE_CHROMIUM is set (as in CI).
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("GISA_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	const msg = "no Chromium on this machine (apt-get install chromium): the page's browser test is skipped"
	if os.Getenv("GISA_REQUIRE_CHROMIUM") != "" {
		t.Fatal(msg + ", but GISA_REQUIRE_CHROMIUM is set")
	}
	t.Skip(msg)
	return ""
}

// TestPageInBrowser loads the page in headless Chromium, submits the seed article with the
// keyboard, and checks that every quote of the seed's record is highlighted over exactly its
// span of the text (offsets are code points; the page must not count UTF-16 units), that 백상엽
// is in the speaker list and filters the quotes to his, that a chosen file is read and
// analysed the same way, and that the page asks nothing of any other host. It saves a
// screenshot: to $GISA_SCREENSHOT when set (the README's docs/serve.png), else to a temporary
// folder.
func TestPageInBrowser(t *testing.T) {
	browser := chromium(t)
	srv := httptest.NewServer(New(realAnalyzer(t), Config{Logger: discardLogger}))
	defer srv.Close()

	alloc, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(browser),
		// This machine's network is closed: everything Chromium would fetch for itself is off.
		chromedp.Flag("headless", true), chromedp.Flag("no-sandbox", true), chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true), chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1360, 1020),
	)
	defer cancel()
	ctx, cancel := chromedp.NewContext(alloc, chromedp.WithLogf(t.Logf))
	defer cancel()

	var mu sync.Mutex
	var requested, jsErrors []string
	// The first Run starts the browser, on ctx without a deadline (a deadline would stop the
	// browser); each step then runs under its own.
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			requested = append(requested, e.Request.URL)
		case *runtime.EventExceptionThrown:
			d := e.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			jsErrors = append(jsErrors, fmt.Sprintf("%s:%d:%d: %s", d.URL, d.LineNumber+1, d.ColumnNumber+1, msg))
		}
	}); err != nil {
		t.Fatal(err)
	}
	step, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()

	seed := seedText(t)
	_, golden := seedGolden(t)
	// The text of each quote's span of the document, as the page must highlight it.
	doc := []rune(strings.TrimPrefix(seed, "\ufeff"))
	var want []string
	fromMain := 0
	for _, q := range golden.Quotes {
		want = append(want, string(doc[q.Start:q.End]))
		if q.Speaker != nil && q.Speaker.Name == "백상엽" {
			fromMain++
		}
	}

	// marksJS gives, for each quote index highlighted, the text it covers without the labels
	// the page adds (quote numbers, figure values, summary badges).
	const marksJS = `(() => {
		const out = {};
		for (const m of document.querySelectorAll('#article mark.quote')) {
			const c = m.cloneNode(true);
			c.querySelectorAll('.qn, .val, .sum-badge').forEach((e) => e.remove());
			out[m.dataset.q] = (out[m.dataset.q] || '') + c.textContent;
		}
		return out;
	})()`
	err := chromedp.Do(step,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("text")),
		chromedp.SetValue(chromedp.ID("text"), seed),
		chromedp.Focus(chromedp.ID("text")),
		chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(kb.ModifierCtrl)), // Ctrl+Enter analyses
		chromedp.WaitVisible(chromedp.ID("result")),
	)
	if err != nil {
		t.Fatal(err)
	}
	marks := run[map[string]string](t, step, chromedp.Evaluate[map[string]string](marksJS))
	speakers := run(t, step, chromedp.Text(chromedp.ID("speakers")))
	run(t, step, chromedp.Click(chromedp.CSS(`#speakers button[data-speaker="백상엽"]`)))
	shownMain := run(t, step, chromedp.Evaluate[int](
		`new Set([...document.querySelectorAll('#article mark.quote:not(.dim)')].map((m) => m.dataset.q)).size`))
	run(t, step, chromedp.Click(chromedp.CSS(`#speakers button[data-speaker="*"]`)))
	run(t, step, chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, document.getElementById('result').offsetTop - 8)`))
	png := run(t, step, shot())

	if len(marks) != len(want) {
		t.Errorf("%d quotes highlighted, want the record's %d", len(marks), len(want))
	}
	for i, w := range want {
		if got := marks[fmt.Sprint(i)]; got != w {
			t.Errorf("quote %d highlights %q, want %q", i, got, w)
		}
	}
	if !strings.Contains(speakers, "백상엽") {
		t.Errorf("speaker list %q has no 백상엽", speakers)
	}
	if shownMain != fromMain || fromMain == 0 {
		t.Errorf("filtered to 백상엽, %d quotes stay highlighted, want his %d", shownMain, fromMain)
	}
	t.Logf("%d quotes highlighted, %d of them 백상엽's", len(marks), shownMain)

	shot := os.Getenv("GISA_SCREENSHOT")
	if shot == "" {
		shot = filepath.Join(t.TempDir(), "page.png")
	}
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", shot, len(png))

	// Characters outside the Basic Multilingual Plane are two UTF-16 units in JavaScript and
	// one code point in the record: before and between the quotes, they must not shift the
	// highlights.
	astral := "🚀 AI 변화 빠르다\n😀 김철수 교수는 \"변화가 빠르다\"고 말했다. 𠀀𠀁 이영희 대표는 \"늦지 않겠다\"고 밝혔다."
	res, err := realAnalyzer(t).Analyze(context.Background(), gisa.Document{Text: astral})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Quotes) < 2 {
		t.Fatalf("the test article has %d quotes, want 2", len(res.Quotes))
	}
	err = chromedp.Do(step,
		chromedp.Evaluate[chromedp.Void](`document.getElementById('article').replaceChildren()`),
		chromedp.SetValue(chromedp.ID("text"), astral),
		chromedp.Click(chromedp.ID("analyze")),
		chromedp.Poll[chromedp.Void](`document.querySelectorAll('#article mark.quote').length > 0`, chromedp.WithPollingTimeout(time.Minute)),
	)
	if err != nil {
		t.Fatal(err)
	}
	astralMarks := run(t, step, chromedp.Evaluate[map[string]string](marksJS))
	for i, q := range res.Quotes {
		if got, want := astralMarks[fmt.Sprint(i)], astral[q.Start:q.End]; got != want {
			t.Errorf("beside characters outside the BMP, quote %d highlights %q, want %q", i, got, want)
		}
	}

	// The same article as a chosen file goes through POST /v1/extract and is analysed.
	abs, err := filepath.Abs(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(step,
		chromedp.Evaluate[chromedp.Void](`document.getElementById('article').replaceChildren(); document.getElementById('text').value = ''`),
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{abs}),
		chromedp.Poll[chromedp.Void](`document.querySelectorAll('#article mark.quote').length > 0`, chromedp.WithPollingTimeout(time.Minute)),
	)
	if err != nil {
		t.Fatal(err)
	}
	if fromFile := run(t, step, chromedp.Evaluate[map[string]string](marksJS)); len(fromFile) != len(want) {
		t.Errorf("from the file, %d quotes highlighted, want %d", len(fromFile), len(want))
	}

	mu.Lock()
	defer mu.Unlock()
	for _, e := range jsErrors {
		t.Errorf("the page threw: %s", e)
	}
	for _, u := range requested {
		if !strings.HasPrefix(u, srv.URL+"/") && !strings.HasPrefix(u, "data:") {
			t.Errorf("the page requested %s, outside this server", u)
		}
	}
	if len(requested) == 0 {
		t.Error("no requests seen: the network listener did not work")
	}
	b, _ := json.Marshal(requested)
	t.Logf("requests: %s", b)
}

// run runs one browser action and returns its value, failing the test on an error.
func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// shot takes the screenshot: the window, or the whole page when GISA_SCREENSHOT_FULL is set.
func shot() chromedp.Action[[]byte] {
	if os.Getenv("GISA_SCREENSHOT_FULL") != "" {
		return chromedp.FullScreenshot(100)
	}
	return chromedp.CaptureScreenshot()
}
