package entities

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/internal/mapfile"
)

// TestNERTableCache checks the cached lookup table gives the model read from the embedded
// file: same transitions, same weights for every key, and the cache is used the second time.
// The first load says that it compiles the table; the second says nothing.
func TestNERTableCache(t *testing.T) {
	var log bytes.Buffer
	cache := mapfile.Cache{Dir: t.TempDir(), Log: &log}
	want, err := ReadNERModel(bytes.NewReader(embeddedModel))
	if err != nil {
		t.Fatal(err)
	}
	first, err := loadEmbeddedModel(cache) // decodes and writes the cache
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(cache.Dir, "ner-*.table"))
	if len(files) != 1 {
		t.Fatalf("cache files: %v", files)
	}
	if !strings.Contains(log.String(), "gisa: compiling the entity tagger's table into "+files[0]+" once") {
		t.Errorf("first load said %q", log.String())
	}
	log.Reset()
	cached, err := loadEmbeddedModel(cache) // maps it
	if err != nil {
		t.Fatal(err)
	}
	if log.Len() != 0 {
		t.Errorf("second load said %q", log.String())
	}
	for _, m := range []*NERModel{first, cached} {
		if m.trans != want.trans || m.NumFeatures() != want.NumFeatures() || m.mask != want.mask {
			t.Fatal("cached model differs in transitions, size or mask")
		}
		for _, k := range want.keys {
			if *m.row(k) != *want.row(k) {
				t.Fatalf("weights of key %d differ", k)
			}
		}
		absent := uint32(1)
		for want.row(absent) != nil {
			absent++
		}
		if m.row(absent) != nil {
			t.Fatalf("key %d, absent from the model, found in the table", absent)
		}
	}
	if len(cached.keys) != 0 {
		t.Error("the second load decoded the model instead of mapping the table")
	}
	if _, err := cached.WriteTo(&bytes.Buffer{}); err == nil {
		t.Error("a table-only model was written")
	}
	// A table for another model, or a damaged one, is not used.
	data, _ := os.ReadFile(files[0])
	data = data[mapfile.HeaderSize:]
	if _, err := decodeNERTable(data, embeddedModel[:len(embeddedModel)-1]); err == nil {
		t.Error("table accepted for another model")
	}
	if _, err := decodeNERTable(data[:len(data)-32], embeddedModel); err == nil {
		t.Error("truncated table accepted")
	}
}

// TestNERTableDamaged: a cached table with a byte changed is found damaged by its checksum,
// said so, and compiled again; the next load maps the good copy.
func TestNERTableDamaged(t *testing.T) {
	var log bytes.Buffer
	cache := mapfile.Cache{Dir: t.TempDir(), Log: &log}
	if _, err := loadEmbeddedModel(cache); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(cache.Dir, nerFile().Name)
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	var b [1]byte
	f.ReadAt(b[:], 1<<20)
	b[0] ^= 0x40 // one bit of a bucket deep in the table: only the checksum can tell
	f.WriteAt(b[:], 1<<20)
	f.Close()
	log.Reset()
	m, err := loadEmbeddedModel(cache)
	if err != nil || m == nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "again, as the cached copy cannot be used") || !strings.Contains(log.String(), "damaged: checksum") {
		t.Errorf("damaged table: said %q", log.String())
	}
	if _, err := mapfile.MapChecked(path); err != nil {
		t.Errorf("the table was not compiled again: %v", err)
	}
}
