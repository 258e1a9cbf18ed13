package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServeUsage: bad flags and arguments are usage errors (status 2); an address that cannot
// be listened on fails (status 1) naming it.
func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "--log-format", "xml"},
		{"serve", "--workers", "-1"},
		{"serve", "--queue", "-1"},
		{"serve", "--timeout", "0s"},
		{"serve", "--max-bytes", "lots"},
		{"serve", "extra"},
	} {
		if _, stderr, code := runCLI("", args...); code != exitUsage {
			t.Errorf("%v: status %d, want %d (%s)", args, code, exitUsage, stderr)
		}
	}
	if _, stderr, code := runCLI("", "serve", "--addr", "256.0.0.1:80"); code != exitFailed || !strings.Contains(stderr, "256.0.0.1") {
		t.Errorf("unusable address: status %d, %q", code, stderr)
	}
}

// TestServeSIGTERM runs gisa serve, streams an article to it, sends SIGTERM mid-stream and
// checks that the server stops accepting connections, finishes the stream in flight (its
// next line included) and exits with status 0.
func TestServeSIGTERM(t *testing.T) {
	bin := buildGisa(t)
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--log-format", "json")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	logs := make(chan map[string]any, 100)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			var m map[string]any
			if json.Unmarshal(sc.Bytes(), &m) == nil {
				logs <- m
			}
		}
		close(logs)
	}()
	waitLog := func(msg string) map[string]any {
		t.Helper()
		timeout := time.After(60 * time.Second)
		for {
			select {
			case m, ok := <-logs:
				if !ok {
					t.Fatalf("gisa serve ended before logging %q", msg)
				}
				if m["msg"] == msg {
					return m
				}
			case <-timeout:
				t.Fatalf("no %q in the log within 60s", msg)
			}
		}
	}
	url, _ := waitLog("listening")["url"].(string)
	addr := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")

	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", url+"v1/analyze", pr)
	req.Header.Set("Content-Type", "application/x-ndjson")
	records := make(chan string, 10)
	go func() {
		defer close(records)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
			return
		}
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			records <- sc.Text()
		}
		if err := sc.Err(); err != nil {
			t.Error(err)
		}
	}()
	next := func() string {
		t.Helper()
		select {
		case r := <-records:
			return r
		case <-time.After(60 * time.Second):
			t.Fatal("no record within 60s")
		}
		return ""
	}
	io.WriteString(pw, `{"id": "1", "text": "김 교수는 \"변화가 빠르다\"고 말했다."}`+"\n")
	if r := next(); !strings.HasPrefix(r, `{"schema":"gisa/1","id":"1",`) {
		t.Fatalf("first record: %.200s", r)
	}

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	waitLog("shutting down: no new connections; finishing the requests in flight")
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("gisa serve still accepts connections 10s after SIGTERM")
		}
	}
	io.WriteString(pw, `{"id": "2", "text": "이 대표는 \"늦지 않겠다\"고 밝혔다."}`+"\n")
	if r := next(); !strings.HasPrefix(r, `{"schema":"gisa/1","id":"2",`) {
		t.Errorf("the stream in flight did not finish: %.200s", r)
	}
	pw.Close()
	if r, ok := <-records; ok {
		t.Errorf("a record after the end of the stream: %.200s", r)
	}
	waitLog("stopped")
	err = cmd.Wait()
	if err != nil {
		t.Errorf("gisa serve after SIGTERM: %v, want exit status 0", err)
	}
}
