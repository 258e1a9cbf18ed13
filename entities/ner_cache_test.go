package entities

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestNERTableCache checks the cached lookup table gives the model read from the embedded
// file: same transitions, same weights for every key, and the cache is used the second time.
func TestNERTableCache(t *testing.T) {
	t.Setenv("GISA_CACHE_DIR", t.TempDir())
	want, err := ReadNERModel(bytes.NewReader(embeddedModel))
	if err != nil {
		t.Fatal(err)
	}
	first, err := loadEmbeddedModel() // decodes and writes the cache
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(os.Getenv("GISA_CACHE_DIR"), "ner-*.table"))
	if len(files) != 1 {
		t.Fatalf("cache files: %v", files)
	}
	cached, err := loadEmbeddedModel() // maps it
	if err != nil {
		t.Fatal(err)
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
	if _, err := decodeNERTable(data, embeddedModel[:len(embeddedModel)-1]); err == nil {
		t.Error("table accepted for another model")
	}
	if _, err := decodeNERTable(data[:len(data)-32], embeddedModel); err == nil {
		t.Error("truncated table accepted")
	}
}
