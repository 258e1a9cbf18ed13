package tokenize

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"unsafe"

	"github.com/gisa-nlp/gisa/internal/mapfile"
)

// The compiled dictionary file.
//
// Decoding kagome-dict-ko's zipped tables costs about 2.5 CPU-seconds and 250 MB of heap in every
// process. gisa does it once, writes the flattened tables to one file in the user's cache
// directory, and later processes map that file and use the tables in place: start-up is then a
// few milliseconds, and the pages the lattice never touches are never read.
//
// Layout (little-endian), in the payload of a checked file (internal/mapfile: its length and
// checksum in a header before it, so that a damaged file is compiled again): a 64-byte header
// (magic, format version, section count, the 32-byte key of what the file was built from), a
// table of (offset, length) per section, then the sections, each 8-byte aligned, in the order
// of dictSections.
//
// Format 6 is format 5 written anew: gisa now drops a compiled file's pages from the page cache
// once written, so that the kernel reads it back in huge folios through mapfile.Map's mapping
// (see hugePageTables); a file written before sits in the page cache in small folios for as
// long as it is in use.
const (
	dictMagic   = "GISADIC\x00"
	dictFormat  = 6
	headerSize  = 64
	sectionAlig = 8
)

// kagomeDictVersion names the dictionary data when build information is unavailable; keep it
// equal to go.mod's github.com/ikawaha/kagome-dict-ko version.
const kagomeDictVersion = "v0.2.1"

// dictSections are the file's sections in order; meta is JSON, the others raw arrays.
var dictSections = []string{"da", "dup", "morphs", "posIdx", "featOff", "feats", "conn", "charCat", "meta", "rda", "codes"}

// dictKey identifies what a compiled file was built from: the file format, the kagome-dict-ko
// version and the embedded configuration. A file with another key is rebuilt.
func dictKey() [32]byte {
	v := kagomeDictVersion
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == "github.com/ikawaha/kagome-dict-ko" {
				v = m.Version
				if m.Replace != nil {
					v += "=>" + m.Replace.Path + "@" + m.Replace.Version
				}
			}
		}
	}
	h := sha256.New()
	fmt.Fprintf(h, "gisa dictionary format %d\nkagome-dict-ko %s\n", dictFormat, v)
	h.Write(dicrcData)
	h.Write(posIDData)
	h.Write(charDefData)
	h.Write(contextOrderData)
	var k [32]byte
	copy(k[:], h.Sum(nil))
	return k
}

// dictFile is the compiled dictionary in the cache: its name carries the key, so different
// versions of gisa never read each other's files.
func dictFile() mapfile.File {
	k := dictKey()
	return mapfile.File{
		Name: "mecab-ko-dic-2.1.1-" + hex.EncodeToString(k[:6]) + ".dict",
		What: "the dictionary",
		Cost: "about 5 CPU-seconds and 1 GB of memory",
	}
}

// DictCachePath is where the compiled dictionary is kept: in $GISA_CACHE_DIR when set, else
// in gisa/ under the user's cache directory (os.UserCacheDir).
func DictCachePath() (string, error) {
	_, path, err := mapfile.Cache{}.Path(dictFile())
	return path, err
}

// openCachedDict maps the compiled dictionary from cache c, compiling and caching it first
// when it is missing, damaged or stale (mapfile.Load says so on c.Log). When the cache cannot
// be written the dictionary is used from memory.
func openCachedDict(c mapfile.Cache) (*dictionary, error) {
	return mapfile.Load(c, dictFile(), decodeDict, buildDictionary, writeDict)
}

// bytesOf views a slice of fixed-size values as its bytes (little-endian machines only).
func bytesOf[T any](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*int(unsafe.Sizeof(s[0])))
}

// sliceOf views b as a slice of fixed-size values; b must be aligned for T.
func sliceOf[T any](b []byte) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if len(b) == 0 || size == 0 {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), len(b)/size)
}

func littleEndian() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}

func (d *dictionary) sections() ([][]byte, error) {
	meta, err := json.Marshal(d.meta)
	if err != nil {
		return nil, err
	}
	return [][]byte{
		bytesOf(d.da), d.dup, bytesOf(d.morphs), bytesOf(d.posIdx), bytesOf(d.featOff),
		d.feats, bytesOf(d.conn), d.charCat, meta, bytesOf(d.rda), bytesOf(d.codes),
	}, nil
}

// writeDict writes d in the compiled layout.
func writeDict(d *dictionary, w io.Writer) error {
	if !littleEndian() {
		return errors.New("tokenize: the compiled dictionary layout is little-endian only")
	}
	secs, err := d.sections()
	if err != nil {
		return err
	}
	hdr := make([]byte, headerSize+16*len(secs))
	copy(hdr, dictMagic)
	binary.LittleEndian.PutUint32(hdr[8:], dictFormat)
	binary.LittleEndian.PutUint32(hdr[12:], uint32(len(secs)))
	k := dictKey()
	copy(hdr[16:48], k[:])
	off := uint64(len(hdr))
	for i, s := range secs {
		off = (off + sectionAlig - 1) &^ (sectionAlig - 1)
		binary.LittleEndian.PutUint64(hdr[headerSize+16*i:], off)
		binary.LittleEndian.PutUint64(hdr[headerSize+16*i+8:], uint64(len(s)))
		off += uint64(len(s))
	}
	if _, err := w.Write(hdr); err != nil {
		return err
	}
	pos := uint64(len(hdr))
	var pad [sectionAlig]byte
	for i, s := range secs {
		want := binary.LittleEndian.Uint64(hdr[headerSize+16*i:])
		if _, err := w.Write(pad[:want-pos]); err != nil {
			return err
		}
		if _, err := w.Write(s); err != nil {
			return err
		}
		pos = want + uint64(len(s))
	}
	return nil
}

// decodeDict uses data in place as the dictionary's tables.
func decodeDict(data []byte) (*dictionary, error) {
	bad := func(what string) error { return fmt.Errorf("tokenize: compiled dictionary: %s", what) }
	if len(data) < headerSize || string(data[:8]) != dictMagic {
		return nil, bad("not a gisa dictionary")
	}
	if binary.LittleEndian.Uint32(data[8:]) != dictFormat {
		return nil, bad("other format version")
	}
	k := dictKey()
	if string(data[16:48]) != string(k[:]) {
		return nil, bad("built from other data")
	}
	n := int(binary.LittleEndian.Uint32(data[12:]))
	if n != len(dictSections) || len(data) < headerSize+16*n {
		return nil, bad("wrong section table")
	}
	secs := make([][]byte, n)
	for i := range secs {
		off := binary.LittleEndian.Uint64(data[headerSize+16*i:])
		ln := binary.LittleEndian.Uint64(data[headerSize+16*i+8:])
		if off%sectionAlig != 0 || off > uint64(len(data)) || ln > uint64(len(data))-off {
			return nil, bad("section " + dictSections[i] + " out of bounds")
		}
		secs[i] = data[off : off+ln : off+ln]
	}
	d := &dictionary{
		da:      sliceOf[daNode](secs[0]),
		dup:     secs[1],
		morphs:  sliceOf[morph](secs[2]),
		posIdx:  sliceOf[uint16](secs[3]),
		featOff: sliceOf[uint32](secs[4]),
		feats:   secs[5],
		conn:    sliceOf[int16](secs[6]),
		charCat: secs[7],
		rda:     sliceOf[runeCell](secs[9]),
		codes:   sliceOf[uint16](secs[10]),
	}
	if err := json.Unmarshal(secs[8], &d.meta); err != nil {
		return nil, bad("meta: " + err.Error())
	}
	m := len(d.morphs)
	switch {
	case len(d.dup) != m || len(d.posIdx) != m || len(d.featOff) != m:
		return nil, bad("entry tables disagree in length")
	case d.meta.ConnRows <= 0 || d.meta.LeftSize <= 0 || len(d.conn) != d.meta.ConnRows*d.meta.LeftSize:
		return nil, bad("connection matrix size")
	case len(d.charCat) == 0 || int(d.meta.Space) >= len(d.meta.Classes):
		return nil, bad("character classes")
	case (len(d.rda) == 0) != (len(d.codes) == 0) || len(d.codes) != 0 && len(d.codes) != 1<<16:
		return nil, bad("rune trie")
	}
	if err := d.checkContextIDs(); err != nil {
		return nil, bad(err.Error())
	}
	return d, nil
}
