package batch

import (
	"bufio"
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// FuzzFeedLines feeds arbitrary bytes as JSON Lines on standard input: no panic, one item per
// non-blank line with a distinct id, and every line over the limit is an error item.
func FuzzFeedLines(f *testing.F) {
	f.Add([]byte("{\"text\":\"가\"}\n\n{\"id\":\"x\"}\r\n"), int64(10))
	f.Add([]byte("\ufeff{}\n"), int64(1))
	f.Add([]byte("\xff\xfe{\x00}\x00\n\x00"), int64(100))
	f.Add([]byte(strings.Repeat("x", 300)+"\n \n"), int64(50))
	f.Fuzz(func(t *testing.T, in []byte, max int64) {
		if max <= 0 || max > 1<<20 {
			max = 64
		}
		cfg := &Config{Stdin: bytes.NewReader(in), MaxBytes: max, Decoder: testDecoder}
		seen := map[string]bool{}
		fd := &feeder{cfg: cfg, out: &jsonlSink{}, emit: func(it item) bool {
			k := it.key()
			if seen[k] {
				t.Fatalf("input id %q emitted twice", k)
			}
			seen[k] = true
			if it.err == nil && (int64(len(it.data)) > max || len(bytes.TrimSpace(it.data)) == 0) {
				t.Fatalf("item %q: %d bytes (limit %d) without error", k, len(it.data), max)
			}
			return true
		}}
		files := []file{{path: stdinID, id: stdinID, form: formJSONL}}
		if !fd.feed(files) {
			t.Fatal("feed stopped without being interrupted")
		}
		if lines := bytes.Count(in, []byte("\n")) + 1; len(seen) > lines {
			t.Fatalf("%d items from %d lines", len(seen), lines)
		}
	})
}

// FuzzFeedStdin feeds arbitrary bytes as standard input, as gisa analyze (one article or JSON
// Lines) and gisa batch (JSON Lines only) read it: no panic; the form's first bytes are peeked
// without consuming them; JSON Lines gives one item per non-blank line (or one error when it
// cannot be decoded), anything else exactly
// one item: the article, or for batch an error saying standard input must be JSON Lines.
func FuzzFeedStdin(f *testing.F) {
	for _, s := range []string{"제목\n본문이다.", "\ufeff{\"text\":\"x\"}\n", "\xff\xfe{\x00}\x00", "\xfe\xff\x00 \x00{", "  \n\t<html>", "", " ", "\xef\xbb", "\xff"} {
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, in []byte, article bool) {
		if head := peekHead(bufio.NewReaderSize(bytes.NewReader(in), 16)); !bytes.HasPrefix(in, head) {
			t.Fatalf("peekHead(%q) = %q, not a prefix", in, head)
		}
		cfg := &Config{Stdin: bytes.NewReader(in), MaxBytes: 1 << 10, Decoder: testDecoder, StdinArticle: article}
		var items []item
		fd := &feeder{cfg: cfg, out: &jsonlSink{}, emit: func(it item) bool { items = append(items, it); return true }}
		if !fd.feed([]file{{path: stdinID, id: stdinID, form: formJSONL}}) {
			t.Fatal("feed stopped without being interrupted")
		}
		lines := firstChar(in) == '{'
		switch {
		case lines:
			for _, it := range items {
				if it.line == 0 && (it.err == nil || len(items) > 1) {
					t.Fatalf("JSON Lines %q gave a whole-input item besides its lines: %+v", in, items)
				}
			}
		case article:
			if len(items) != 1 || items[0].line != 0 || items[0].err == nil && !bytes.Equal(items[0].data, in) {
				t.Fatalf("one article %q gave items %+v", in, items)
			}
		case len(bytes.TrimSpace(in)) == 0:
			if len(items) != 0 {
				t.Fatalf("blank input %q gave items %+v", in, items)
			}
		default:
			if len(items) != 1 || !errors.Is(items[0].err, errStdinNotLines) {
				t.Fatalf("batch's standard input %q that is not JSON Lines gave %+v", in, items)
			}
		}
	})
}

// FuzzScanDone reads arbitrary bytes as a JSON Lines output to resume: no panic, the valid
// part ends at a line break, and scanning the valid part again finds the same ids.
func FuzzScanDone(f *testing.F) {
	f.Add([]byte(`{"schema":"gisa/1","input":"a.txt","id":"a"}` + "\n" + `{"schema":"gi`))
	f.Add([]byte(`{"id":"x"}` + "\n" + `[]` + "\n" + `{"input":"y"}` + "\n"))
	f.Add([]byte("\n\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		done, valid, err := scanDone(bytes.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		if valid < 0 || valid > int64(len(in)) || (valid > 0 && in[valid-1] != '\n') {
			t.Fatalf("valid part %d of %d bytes does not end a line", valid, len(in))
		}
		again, valid2, _ := scanDone(bytes.NewReader(in[:valid]))
		if valid2 != valid || !reflect.DeepEqual(again, done) {
			t.Fatalf("rescanning the valid part: %d %v, want %d %v", valid2, again, valid, done)
		}
	})
}

// FuzzArchive feeds arbitrary bytes as a .zip, a .tar and a .tar.gz archive: no panic, and
// every input id comes at most once.
func FuzzArchive(f *testing.F) {
	f.Add(zipOf(f, [2]string{"a.txt", "가"}, [2]string{"b/c.jsonl", "{}\n{}\n"}, [2]string{"../x", ""}))
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte("\x1f\x8b\x08\x00"))
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, name := range []string{"f.zip", "f.tar.gz", "f.tar"} {
			cfg := &Config{MaxBytes: 1 << 10, Include: DefaultInclude, Decoder: testDecoder}
			seen := map[string]bool{}
			fd := &feeder{cfg: cfg, out: &jsonlSink{}, emit: func(it item) bool {
				if seen[it.key()] {
					t.Fatalf("%s: input id %q emitted twice", name, it.key())
				}
				seen[it.key()] = true
				return true
			}}
			arc := &file{path: name, id: name, form: formOf(name)}
			if arc.form == formZip {
				fd.feedZipFrom(arc, bytes.NewReader(in), int64(len(in)))
			} else {
				fd.feedTarFrom(arc, bytes.NewReader(in))
			}
		}
	})
}
