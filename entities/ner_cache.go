package entities

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math/bits"
	"unsafe"

	"github.com/gisa-nlp/gisa/internal/mapfile"
)

// The tagger's lookup table, cached.
//
// Decoding the embedded model (gzip, varints) and building its open-addressing table costs
// about 0.15 CPU-seconds, most of a short `gisa analyze`. The first process writes the built
// table to the user cache (internal/mapfile), keyed by the embedded model's checksum; later
// processes map that file and use the table in place.
//
// Layout (little-endian), in the payload of a checked file (internal/mapfile: its length and
// checksum in a header before it, so that a damaged file is rebuilt): magic, format, label count, bucket count, feature count, the
// model's length and CRC-32, the key filter's word count, the transition weights, zeros up to
// a multiple of 64 bytes, then the buckets and the filter's words as they lie in memory. The
// padding puts every 64-byte bucket on one cache line of the mapped file (the mapping starts
// on a page); a bucket straddling two lines would cost a lookup two misses instead of one.
//
// The format number is part of the file's name too, so that binaries of different formats
// sharing a cache directory each keep their own file instead of overwriting each other's.
const (
	nerCacheMagic  = "GISANERC"
	nerCacheFormat = 5
	nerCacheHeader = 8 + 4 + 4 + 8 + 8 + 8 + 4 + 4 + 8 // magic … crc, padding, filter words
	// nerCacheBuckets is where the buckets start.
	nerCacheBuckets = (nerCacheHeader + int(unsafe.Sizeof([nLabels + 1][nLabels]int32{})) + 63) &^ 63
)

// A bucket must fill one cache line exactly (see bucket).
var _ [64]byte = [unsafe.Sizeof(bucket{})]byte{}

// nerFile is the tagger's table in the cache, named by the embedded model's checksum and length.
func nerFile() mapfile.File {
	return mapfile.File{
		Name: fmt.Sprintf("ner-%08x-%d-v%d.table", crc32.ChecksumIEEE(embeddedModel), len(embeddedModel), nerCacheFormat),
		What: "the entity tagger's table",
		Cost: "about 0.2 CPU-seconds and 60 MB of memory",
	}
}

// loadEmbeddedModel returns the embedded model, from the cached table in c when there is a
// good one; otherwise it decodes the model and caches the table (mapfile.Load, which says so
// on c.Log).
func loadEmbeddedModel(c mapfile.Cache) (*NERModel, error) {
	return mapfile.Load(c, nerFile(),
		func(data []byte) (*NERModel, error) { return decodeNERTable(data, embeddedModel) },
		func() (*NERModel, error) { return ReadNERModel(bytes.NewReader(embeddedModel)) },
		func(m *NERModel, w io.Writer) error { return writeNERTable(w, m, embeddedModel) })
}

func littleEndian() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}

func nerTableHeader(m *NERModel, model []byte) []byte {
	h := make([]byte, nerCacheHeader)
	copy(h, nerCacheMagic)
	binary.LittleEndian.PutUint32(h[8:], nerCacheFormat)
	binary.LittleEndian.PutUint32(h[12:], nLabels)
	binary.LittleEndian.PutUint64(h[16:], uint64(len(m.table)))
	binary.LittleEndian.PutUint64(h[24:], uint64(m.NumFeatures()))
	binary.LittleEndian.PutUint64(h[32:], uint64(len(model)))
	binary.LittleEndian.PutUint32(h[40:], crc32.ChecksumIEEE(model))
	binary.LittleEndian.PutUint64(h[48:], uint64(len(m.filter)))
	return h
}

// writeNERTable writes m's transition weights and lookup table for decodeNERTable.
func writeNERTable(w io.Writer, m *NERModel, model []byte) error {
	if !littleEndian() {
		return errors.New("ner table: the cached layout is little-endian only")
	}
	if _, err := w.Write(nerTableHeader(m, model)); err != nil {
		return err
	}
	if err := binary.Write(w, binary.LittleEndian, &m.trans); err != nil {
		return err
	}
	if _, err := w.Write(make([]byte, nerCacheBuckets-nerCacheHeader-int(unsafe.Sizeof(m.trans)))); err != nil {
		return err
	}
	if len(m.table) == 0 {
		return errors.New("ner table: empty")
	}
	if _, err := w.Write(unsafe.Slice((*byte)(unsafe.Pointer(&m.table[0])), len(m.table)*int(unsafe.Sizeof(bucket{})))); err != nil {
		return err
	}
	return binary.Write(w, binary.LittleEndian, m.filter)
}

// decodeNERTable uses data, written by writeNERTable for model, in place.
func decodeNERTable(data, model []byte) (*NERModel, error) {
	bad := errors.New("ner table: not for this model")
	if len(data) < nerCacheHeader || !littleEndian() {
		return nil, bad
	}
	nbuckets := binary.LittleEndian.Uint64(data[16:])
	nwords := binary.LittleEndian.Uint64(data[48:])
	if nbuckets == 0 || bits.OnesCount64(nbuckets) != 1 || nbuckets > 1<<30 ||
		nwords == 0 || bits.OnesCount64(nwords) != 1 || nwords > 1<<30 {
		return nil, bad
	}
	m := &NERModel{}
	want := nerTableHeader(&NERModel{}, model)
	// Compare everything but the bucket, feature and filter word counts, which come from the file.
	if !bytes.Equal(data[:16], want[:16]) || !bytes.Equal(data[32:48], want[32:48]) {
		return nil, bad
	}
	transSize := int(unsafe.Sizeof(m.trans))
	bucketSize := uint64(unsafe.Sizeof(bucket{}))
	if uint64(len(data)) != uint64(nerCacheBuckets)+nbuckets*bucketSize+nwords*8 {
		return nil, bad
	}
	if err := binary.Read(bytes.NewReader(data[nerCacheHeader:nerCacheHeader+transSize]), binary.LittleEndian, &m.trans); err != nil {
		return nil, err
	}
	body := data[nerCacheBuckets:]
	m.table = unsafe.Slice((*bucket)(unsafe.Pointer(&body[0])), nbuckets)
	m.mask = uint32(nbuckets - 1)
	// The buckets start at a multiple of 64 bytes and take 64 each, so the filter's words are
	// aligned too.
	m.filter = unsafe.Slice((*uint64)(unsafe.Pointer(&body[nbuckets*bucketSize])), nwords)
	m.fshift = uint(64 - bits.Len64(nwords-1))
	m.features = int(binary.LittleEndian.Uint64(data[24:]))
	return m, nil
}
