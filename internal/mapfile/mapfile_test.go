package mapfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
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
