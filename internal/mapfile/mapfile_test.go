package mapfile

import (
	"bytes"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestWriteAtomicAndMap(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "data.bin")
	if err := WriteAtomic(path, func(w io.Writer) error { _, err := w.Write([]byte("가나다")); return err }); err != nil {
		t.Fatal(err)
	}
	b, err := Map(path)
	if err != nil || string(b) != "가나다" {
		t.Fatalf("Map = %q, %v", b, err)
	}
	// A failed write leaves nothing behind, not even the temporary file.
	bad := filepath.Join(filepath.Dir(path), "bad.bin")
	if err := WriteAtomic(bad, func(io.Writer) error { return errors.New("no") }); err == nil {
		t.Fatal("error lost")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries, want only data.bin", len(entries))
	}
	if _, err := Map(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("missing file mapped")
	}
}

func TestCacheDir(t *testing.T) {
	t.Setenv("GISA_CACHE_DIR", "/tmp/somewhere")
	if d, err := CacheDir(); err != nil || d != "/tmp/somewhere" {
		t.Errorf("CacheDir = %q, %v", d, err)
	}
}

// TestCheckedFile: a checked file maps back to its payload; one cut short, grown, with a byte
// of its payload or header changed, or without a header is ErrDamaged; a missing one is
// fs.ErrNotExist.
func TestCheckedFile(t *testing.T) {
	dir := t.TempDir()
	payload := bytes.Repeat([]byte("가나다라마바사"), 1000)
	path := filepath.Join(dir, "x.bin")
	write := func() {
		t.Helper()
		if err := WriteChecked(path, func(w io.Writer) error { _, err := w.Write(payload); return err }); err != nil {
			t.Fatal(err)
		}
	}
	write()
	got, err := MapChecked(path)
	if err != nil || !bytes.Equal(got, payload) {
		t.Fatalf("MapChecked = %d bytes, %v", len(got), err)
	}
	for name, damage := range map[string]func(b []byte) []byte{
		"cut short":        func(b []byte) []byte { return b[:len(b)-1] },
		"grown":            func(b []byte) []byte { return append(b, 0) },
		"payload byte":     func(b []byte) []byte { b[HeaderSize+5000] ^= 1; return b },
		"length in header": func(b []byte) []byte { b[8]++; return b },
		"no header":        func(b []byte) []byte { return b[HeaderSize:] },
		"empty":            func([]byte) []byte { return nil },
	} {
		write()
		b, _ := os.ReadFile(path)
		if err := os.WriteFile(path, damage(b), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := MapChecked(path); !errors.Is(err, ErrDamaged) && !(name == "empty" && err != nil) {
			t.Errorf("%s: %v, want ErrDamaged", name, err)
		}
	}
	if _, err := MapChecked(filepath.Join(dir, "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// TestCheckedStamp: a file checked in full leaves a stamp, and is not checksummed again while it
// is unchanged; writing to it (which changes its change time) makes the next mapping check it
// in full again, and find the damage.
func TestCheckedStamp(t *testing.T) {
	if fileIdentity(statOf(t, t.TempDir())) == "" {
		t.Skip("no file identity on this system: every mapping checks in full")
	}
	path := filepath.Join(t.TempDir(), "x.bin")
	payload := bytes.Repeat([]byte{7}, 1<<16)
	if err := WriteChecked(path, func(w io.Writer) error { _, err := w.Write(payload); return err }); err != nil {
		t.Fatal(err)
	}
	if _, err := MapChecked(path); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + stampSuffix); err != nil {
		t.Fatalf("no stamp after a full check: %v", err)
	}
	if _, ok := fileStamp(path, crc32.Checksum(payload, castagnoli)); !ok {
		t.Error("the stamp does not match the unchanged file")
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * time.Millisecond) // a change time later than the stamp's
	f.WriteAt([]byte{8}, HeaderSize+100)
	f.Close()
	if _, err := MapChecked(path); !errors.Is(err, ErrDamaged) {
		t.Errorf("a byte written after the stamp: %v, want ErrDamaged", err)
	}
}

func statOf(t *testing.T, path string) os.FileInfo {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info
}

// TestLoad: the first load compiles, writes and says so; the next maps and says nothing; a
// damaged or refused file is compiled again, saying why; a cache directory that cannot be
// written is said once, with the cost, and the value comes from memory every time.
func TestLoad(t *testing.T) {
	f := File{Name: "t.bin", What: "the test table", Cost: "about 1 CPU-second"}
	use := func(p []byte) (string, error) {
		if string(p) == "refuse" {
			return "", errors.New("other format")
		}
		return "mapped:" + string(p), nil
	}
	builds := 0
	build := func() (string, error) { builds++; return "built", nil }
	write := func(v string, w io.Writer) error { _, err := io.WriteString(w, v); return err }
	var log bytes.Buffer
	c := Cache{Dir: filepath.Join(t.TempDir(), "cache"), Log: &log}
	path := filepath.Join(c.Dir, f.Name)
	for i, step := range []struct {
		before func()
		want   string
		builds int
		say    string
	}{
		{nil, "mapped:built", 1, "gisa: compiling the test table into " + path + " once; later runs map it (about 1 CPU-second)\n"},
		{nil, "mapped:built", 1, ""},
		{func() { os.WriteFile(path, []byte("garbage"), 0o644) }, "mapped:built", 2, "again, as the cached copy cannot be used (" + path + ": damaged: no header)"},
		{func() { WriteChecked(path, func(w io.Writer) error { return write("refuse", w) }) }, "mapped:built", 3, path + ": other format)"},
	} {
		if step.before != nil {
			step.before()
		}
		log.Reset()
		v, err := Load(c, f, use, build, write)
		if err != nil || v != step.want || builds != step.builds || !strings.Contains(log.String(), step.say) || step.say == "" && log.Len() > 0 {
			t.Errorf("step %d: %q %v, %d builds, said %q; want %q, %d builds, %q", i, v, err, builds, log.String(), step.want, step.builds, step.say)
		}
	}
	// A cache "directory" that is a file: said once per process for all its files, each
	// compiled in memory each time.
	blocked := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocked, nil, 0o644)
	c = Cache{Dir: filepath.Join(blocked, "cache"), Log: &log}
	log.Reset()
	builds = 0
	other := File{Name: "u.bin", What: "another table", Cost: "little"}
	for _, f := range []File{f, f, other} {
		if v, err := Load(c, f, use, build, write); err != nil || v != "built" {
			t.Errorf("unusable directory: %q %v", v, err)
		}
	}
	want := "gisa: cannot keep compiled files in " + c.Dir + " (mkdir " + blocked + ": not a directory): every run compiles the test table again in memory (about 1 CPU-second); set GISA_CACHE_DIR to a folder gisa can write\n"
	if builds != 3 || log.String() != want {
		t.Errorf("unusable directory: %d builds, said %q\nwant once %q", builds, log.String(), want)
	}
}

// TestPerDir loads once per cache directory.
func TestPerDir(t *testing.T) {
	var p PerDir[int]
	loads := 0
	load := func() (int, error) { loads++; return loads, nil }
	f := File{Name: "x"}
	a, b := Cache{Dir: t.TempDir()}, Cache{Dir: t.TempDir()}
	for _, c := range []Cache{a, a, b, a, b} {
		if _, err := p.Get(c, f, load); err != nil {
			t.Fatal(err)
		}
	}
	if v, _ := p.Get(b, f, load); loads != 2 || v != 2 {
		t.Errorf("%d loads, b's value %d: want one load per directory", loads, v)
	}
}
