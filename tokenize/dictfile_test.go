package tokenize

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestCompiledDictionaryRoundTrip compiles the dictionary from kagome-dict-ko, writes it,
// maps it back, and checks every table is identical and that the analysis does not change.
func TestCompiledDictionaryRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the dictionary from kagome-dict-ko (several seconds)")
	}
	built, err := buildDictionary()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "test.dict")
	if err := writeDictFileAtomic(built, path); err != nil {
		t.Fatal(err)
	}
	mapped, err := openDictFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(built.da, mapped.da) || !bytes.Equal(built.dup, mapped.dup) ||
		!slices.Equal(built.morphs, mapped.morphs) || !slices.Equal(built.posIdx, mapped.posIdx) ||
		!slices.Equal(built.featOff, mapped.featOff) || !bytes.Equal(built.feats, mapped.feats) ||
		!slices.Equal(built.conn, mapped.conn) || !bytes.Equal(built.charCat, mapped.charCat) ||
		!slices.Equal(built.rda, mapped.rda) || !slices.Equal(built.codes, mapped.codes) {
		t.Fatal("a table differs after the round trip")
	}
	text := seedText(t)
	if b, err := os.ReadFile("testdata/tricky.txt"); err == nil {
		text += "\n" + string(b)
	}
	a := newTokenizer(built)
	b := newTokenizer(mapped)
	ta, tb := a.AppendTokens(nil, text), b.AppendTokens(nil, text)
	if len(ta) != len(tb) {
		t.Fatalf("%d tokens from the built dictionary, %d from the mapped one", len(ta), len(tb))
	}
	for i := range ta {
		if ta[i].Surface != tb[i].Surface || ta[i].MeCabFeature() != tb[i].MeCabFeature() || ta[i].Span != tb[i].Span {
			t.Fatalf("token %d: %+v vs %+v", i, ta[i], tb[i])
		}
	}
}

func TestCorruptDictionaryFileIsRejected(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string][]byte{
		"empty":     {},
		"magic":     []byte("not a dictionary at all, not at all, not at all, not at all......"),
		"truncated": append([]byte(dictMagic), make([]byte, 100)...),
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := openDictFile(p); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestHugePageTables checks the huge-page copies hold the same tables and that tokenizing
// with them gives the same tokens.
func TestHugePageTables(t *testing.T) {
	d := testTokenizer(t).dict
	h := hugePageTables(d.tables())
	if h == nil {
		t.Skip("no huge-page tables on this system")
	}
	if !slices.Equal(h.da, d.da) || !slices.Equal(h.rda, d.rda) || !slices.Equal(h.conn, d.conn) || !slices.Equal(h.dup, d.dup) || !slices.Equal(h.morphs, d.morphs) {
		t.Fatal("huge-page copies differ")
	}
	text := seedText(t)
	plain := newTokenizer(d)
	want := plain.AppendTokens(nil, text)
	copyDict := &dictionary{da: d.da, rda: d.rda, codes: d.codes, dup: d.dup, morphs: d.morphs, posIdx: d.posIdx, featOff: d.featOff, feats: d.feats, conn: d.conn, charCat: d.charCat, meta: d.meta}
	copyDict.hot.Store(h)
	huge := newTokenizer(copyDict)
	got := huge.AppendTokens(nil, text)
	if len(got) != len(want) {
		t.Fatalf("%d tokens with huge pages, %d without", len(got), len(want))
	}
	for i := range got {
		if got[i].Span != want[i].Span || got[i].MeCabFeature() != want[i].MeCabFeature() {
			t.Fatalf("token %d differs: %+v vs %+v", i, got[i], want[i])
		}
	}
}
