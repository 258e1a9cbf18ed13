package tokenize

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gisa-nlp/gisa/internal/mapfile"
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
	if err := mapfile.WriteChecked(path, func(w io.Writer) error { return writeDict(built, w) }); err != nil {
		t.Fatal(err)
	}
	payload, err := mapfile.MapChecked(path)
	if err != nil {
		t.Fatal(err)
	}
	mapped, err := decodeDict(payload)
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
	for name, data := range map[string][]byte{
		"empty":     {},
		"magic":     []byte("not a dictionary at all, not at all, not at all, not at all......"),
		"truncated": append([]byte(dictMagic), make([]byte, 100)...),
	} {
		if _, err := decodeDict(data); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestDamagedDictionaryIsCompiledAgain: a cached dictionary with one byte changed deep in a
// table, or cut short, is found damaged (its header's checksum and length), said so, and
// compiled again; the next load maps the good copy and says nothing. The compiling here hands
// over the dictionary this process already has (compiling it from kagome-dict-ko is
// TestCompiledDictionaryRoundTrip's, several seconds); the checking, notices and rewriting are
// openCachedDict's own (mapfile.Load with the dictionary's file, decoding and writing).
func TestDamagedDictionaryIsCompiledAgain(t *testing.T) {
	have := testTokenizer(t).dict
	var log bytes.Buffer
	cache := mapfile.Cache{Dir: t.TempDir(), Log: &log}
	builds := 0
	load := func() *dictionary {
		t.Helper()
		d, err := mapfile.Load(cache, dictFile(), decodeDict, func() (*dictionary, error) { builds++; return have, nil }, writeDict)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	load()
	path := filepath.Join(cache.Dir, dictFile().Name)
	if builds != 1 || !strings.Contains(log.String(), "gisa: compiling the dictionary into "+path+" once") {
		t.Fatalf("first load: %d builds, said %q", builds, log.String())
	}
	for _, damage := range []func(f *os.File, size int64){
		func(f *os.File, size int64) { f.WriteAt([]byte{0x5a}, size/2) },
		func(f *os.File, size int64) { f.Truncate(size - 4096) },
	} {
		f, err := os.OpenFile(path, os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		info, _ := f.Stat()
		damage(f, info.Size())
		f.Close()
		log.Reset()
		d := load()
		if builds != 2 || !strings.Contains(log.String(), "again, as the cached copy cannot be used ("+path+": damaged") {
			t.Errorf("damaged file: %d builds, said %q", builds, log.String())
		}
		text := "백상엽 대표는 8일 밝혔다."
		if got, want := newTokenizer(d).AppendTokens(nil, text), newTokenizer(have).AppendTokens(nil, text); len(got) != len(want) {
			t.Errorf("%d tokens from the dictionary compiled again, %d before", len(got), len(want))
		}
		builds = 1
		log.Reset()
		load()
		if builds != 1 || log.Len() != 0 {
			t.Errorf("after compiling again: %d builds, said %q", builds, log.String())
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

// TestCheckContextIDs: a system entry whose context id lies outside the connection matrix
// (too large, or negative) is named; a dictionary without one passes.
func TestCheckContextIDs(t *testing.T) {
	good := []morph{{left: 0, right: 2}, {left: 2, right: 0}, {left: 1, right: 1}}
	for _, tc := range []struct {
		bad  morph
		want string
	}{
		{morph{left: 1, right: 1}, ""},
		{morph{left: 3, right: 0}, "entry 2: context ids 3,0 outside the 3x3 matrix"},
		{morph{left: 0, right: 3}, "entry 2: context ids 0,3 outside the 3x3 matrix"},
		{morph{left: -1, right: 0}, "entry 2: context ids -1,0 outside the 3x3 matrix"},
		{morph{left: 0, right: -2}, "entry 2: context ids 0,-2 outside the 3x3 matrix"},
	} {
		d := &dictionary{morphs: append(slices.Clone(good[:2]), tc.bad, good[2]), meta: dictMeta{LeftSize: 3, ConnRows: 3}}
		err := d.checkContextIDs()
		if got := fmt.Sprint(err); tc.want == "" && err != nil || tc.want != "" && got != tc.want {
			t.Errorf("entry %+v: %v, want %q", tc.bad, err, tc.want)
		}
	}
}
