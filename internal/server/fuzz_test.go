package server

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDocumentOf: no request body, of any kind, panics the reader; a body it accepts gives
// valid UTF-8 text, and a body it refuses gets a message.
func FuzzDocumentOf(f *testing.F) {
	for _, s := range []string{
		`{"id": "a", "title": "제목", "text": "김 교수는 \"좋다\"고 말했다."}`, `{"id": 7, "text": ""}`, `{"text": 5}`, `[]`, "",
		"제목\n본문이다.", "\xef\xbb\xbf본문", "\xff\xfe\x00\xac", "가나다라마바사\xea\xb0",
		`<html><head><title>제목</title></head><body><article><p>본문이다.</p></article></body></html>`,
	} {
		for k := range 3 {
			f.Add(uint8(k), []byte(s))
		}
	}
	f.Fuzz(func(t *testing.T, k uint8, body []byte) {
		kind := []bodyKind{bodyJSON, bodyText, bodyHTML}[int(k)%3]
		doc, err := documentOf(kind, body, "id")
		if err != nil {
			if err.Error() == "" {
				t.Error("an error without a message")
			}
			return
		}
		if !utf8.ValidString(doc.Title) || !utf8.ValidString(doc.Text) {
			t.Errorf("accepted text that is not UTF-8: %q %q", doc.Title, doc.Text)
		}
	})
}

// FuzzReadLine: the stream's line reader gives back every line of its input, each cut to
// max+1 bytes with its whole size, whatever the lengths and line breaks.
func FuzzReadLine(f *testing.F) {
	f.Add([]byte("a\nbb\r\n\nccc"), uint16(2))
	f.Add(bytes.Repeat([]byte("가"), 3000), uint16(100))
	f.Add([]byte("\r\n\r\n"), uint16(0))
	f.Fuzz(func(t *testing.T, in []byte, m uint16) {
		max := int64(m)
		r := bufio.NewReaderSize(bytes.NewReader(in), 16) // small, so long lines span buffers
		var want []string
		if len(in) > 0 {
			want = strings.Split(string(in), "\n")
			if want[len(want)-1] == "" {
				want = want[:len(want)-1]
			}
		}
		for i := 0; ; i++ {
			line, size, err := readLine(r, max)
			if size == 0 && err != nil {
				if i != len(want) {
					t.Fatalf("%d lines read, want %d", i, len(want))
				}
				return
			}
			if i >= len(want) {
				t.Fatalf("line %d read past the %d in the input", i+1, len(want))
			}
			w := want[i]
			if err == nil {
				w = strings.TrimSuffix(w, "\r")
			}
			if size != int64(len(w)) {
				t.Fatalf("line %d: size %d, want %d", i+1, size, len(w))
			}
			if keep := min(int64(len(w)), max+1); string(line) != w[:keep] {
				t.Fatalf("line %d: %q, want %q", i+1, line, w[:keep])
			}
			if err != nil {
				if i != len(want)-1 {
					t.Fatalf("the input ended at line %d of %d", i+1, len(want))
				}
				return
			}
		}
	})
}
