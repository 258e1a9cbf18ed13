package mapfile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
)

// A checked file is a compiled file behind a 64-byte header that says how long its payload is
// and what its checksum is, so that a file cut short, overwritten or damaged is told from a
// good one and compiled again instead of being used:
//
//	0  magic "GISACHK1"
//	8  the payload's length in bytes (uint64, little-endian)
//	16 the payload's CRC-32C (Castagnoli)
//	20 the CRC-32C of bytes 0..20 (the header's own check)
//	24 zeros up to 64, then the payload
//
// The payload starts 64 bytes into the file, and so into its mapping (which starts on a page):
// tables laid out in it for 8- or 64-byte alignment keep it.
const (
	checkedMagic = "GISACHK1"
	// HeaderSize is the length of a checked file's header, before its payload.
	HeaderSize = 64
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// ErrDamaged is the error of a checked file whose length or checksum does not match its header.
var ErrDamaged = errors.New("damaged")

// WriteChecked writes a checked file at path, atomically (see WriteAtomic): the header, then
// the payload write writes.
func WriteChecked(path string, write func(io.Writer) error) error {
	return writeAtomicFile(path, func(f *os.File) error {
		if _, err := f.Write(make([]byte, HeaderSize)); err != nil {
			return err
		}
		h := &crcWriter{w: f}
		if err := write(h); err != nil {
			return err
		}
		if _, err := f.WriteAt(checkedHeader(h.n, h.sum), 0); err != nil {
			return err
		}
		// Mapped from now on, the file is best read back as Map maps it (see dropPages); a
		// file that cannot be dropped is only mapped in smaller pages.
		_ = dropPages(f)
		return nil
	})
}

// checkedHeader is the header of a payload of n bytes with checksum sum.
func checkedHeader(n uint64, sum uint32) []byte {
	hdr := make([]byte, HeaderSize)
	copy(hdr, checkedMagic)
	binary.LittleEndian.PutUint64(hdr[8:], n)
	binary.LittleEndian.PutUint32(hdr[16:], sum)
	binary.LittleEndian.PutUint32(hdr[20:], crc32.Checksum(hdr[:20], castagnoli))
	return hdr
}

// crcWriter counts and checksums what it passes on.
type crcWriter struct {
	w   io.Writer
	n   uint64
	sum uint32
}

func (c *crcWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.sum = crc32.Update(c.sum, castagnoli, p[:n])
	c.n += uint64(n)
	return n, err
}

// MapChecked maps the checked file at path and returns its payload, after checking that the
// file is as long as its header says and, unless the file was checked before and has not
// changed since (its size, inode and change time are those of the stamp left beside it), that
// the payload's checksum matches. A file that fails either check is an error wrapping
// ErrDamaged; a missing file one wrapping fs.ErrNotExist.
func MapChecked(path string) ([]byte, error) {
	data, err := Map(path)
	if err != nil {
		return nil, err
	}
	payload, sum, err := checkHeader(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	id, stamped := fileStamp(path, sum)
	if stamped {
		return payload, nil
	}
	if got := crc32.Checksum(payload, castagnoli); got != sum {
		return nil, fmt.Errorf("%s: %w: checksum %08x, header says %08x", path, ErrDamaged, got, sum)
	}
	if id != "" {
		// A stamp that cannot be written only costs the next process this check again.
		_ = WriteAtomic(path+stampSuffix, func(w io.Writer) error { _, err := io.WriteString(w, id); return err })
	}
	return payload, nil
}

// checkHeader checks a checked file's header and length and returns its payload and checksum.
func checkHeader(data []byte) (payload []byte, sum uint32, err error) {
	if len(data) < HeaderSize || string(data[:8]) != checkedMagic {
		return nil, 0, fmt.Errorf("%w: no header", ErrDamaged)
	}
	if crc32.Checksum(data[:20], castagnoli) != binary.LittleEndian.Uint32(data[20:]) {
		return nil, 0, fmt.Errorf("%w: header checksum", ErrDamaged)
	}
	n := binary.LittleEndian.Uint64(data[8:])
	if n != uint64(len(data)-HeaderSize) {
		return nil, 0, fmt.Errorf("%w: %d bytes of payload, header says %d", ErrDamaged, len(data)-HeaderSize, n)
	}
	return data[HeaderSize:], binary.LittleEndian.Uint32(data[16:]), nil
}

// stampSuffix names the stamp beside a checked file: the file's identity when its checksum
// last matched.
const stampSuffix = ".checked"

// fileStamp returns the identity of the file at path with payload checksum sum ("" where the
// system gives none), and whether the stamp beside the file holds that identity: the file was
// checked in full and has not been written, replaced or cut since.
func fileStamp(path string, sum uint32) (id string, ok bool) {
	info, err := os.Stat(path)
	if err != nil {
		return "", false
	}
	ident := fileIdentity(info)
	if ident == "" {
		return "", false
	}
	id = fmt.Sprintf("gisa checked %s size %d crc32c %08x\n", ident, info.Size(), sum)
	b, err := os.ReadFile(path + stampSuffix)
	return id, err == nil && string(b) == id
}

// writeAtomicFile writes a file under a temporary name in the same folder and renames it into
// place, so a reader never sees half a file and concurrent writers do not clash.
func writeAtomicFile(path string, write func(*os.File) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
