package gisa

import (
	"unicode/utf8"

	"github.com/gisa-nlp/gisa/internal/utf8fast"
)

// MarshalJSON writes the gisa/1 record (docs/SCHEMA.md): byte spans become code point
// offsets into Document, so that for every span document[start:end] == text in code points,
// and empty lists are written as []. The record is written field by field (json_write.go);
// its bytes are what encoding/json makes of the record's shape (TestMarshalJSONMatchesEncoder).
// It has a value receiver, so that json.Marshal(res) and json.Marshal(*res) both write the
// record; UnmarshalJSON reads it back.
func (a Analysis) MarshalJSON() ([]byte, error) {
	return a.appendJSON(make([]byte, 0, 4*len(a.Document)+1024))
}

// ErrorRecord is the gisa/1 record that stands in for an input that could not be analysed, so
// that batch output has one record for every input.
type ErrorRecord struct {
	Schema string `json:"schema"`
	ID     string `json:"id"`
	Error  string `json:"error"`
}

// NewErrorRecord returns the error record for the input id.
func NewErrorRecord(id string, err error) ErrorRecord {
	return ErrorRecord{Schema: Schema, ID: id, Error: err.Error()}
}

// runeIndex converts byte offsets of one text to code point offsets.
type runeIndex struct {
	runes []int32 // runes[b] = code points before byte offset b
}

func newRuneIndex(src string) runeIndex {
	ix := runeIndex{runes: make([]int32, len(src)+1)}
	n := int32(0)
	runes := ix.runes[:len(src)]
	for b := 0; b < len(src); n++ {
		// ASCII, and Hangul and the other three-byte code points of utf8fast.ThreeByte, told
		// by their bytes; the rest decoded.
		if src[b] < utf8.RuneSelf {
			runes[b] = n
			b++
			continue
		}
		if _, ok := utf8fast.ThreeByte(src, b); ok {
			runes[b], runes[b+1], runes[b+2] = n, n, n
			b += 3
			continue
		}
		_, size := utf8.DecodeRuneInString(src[b:])
		for k := 0; k < size; k++ {
			runes[b+k] = n // inside a rune: the rune's own index
		}
		b += size
	}
	ix.runes[len(src)] = n
	return ix
}

func (ix runeIndex) at(b int) int {
	switch {
	case b < 0:
		return 0
	case b >= len(ix.runes):
		return int(ix.runes[len(ix.runes)-1])
	}
	return int(ix.runes[b])
}
