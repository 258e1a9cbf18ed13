package mapfile

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// writeRandom writes a checked file of n random bytes (from seed) in a temporary folder and
// returns its path and payload.
func writeRandom(t *testing.T, n int, seed uint64) (string, []byte) {
	t.Helper()
	want := make([]byte, n)
	rng := rand.New(rand.NewPCG(seed, seed+1))
	for i := range want {
		want[i] = byte(rng.Uint32())
	}
	path := filepath.Join(t.TempDir(), "big.bin")
	if err := WriteChecked(path, func(w io.Writer) error { _, err := w.Write(want); return err }); err != nil {
		t.Fatal(err)
	}
	return path, want
}

// TestMapAligned checks that Map puts a file on a huge-page boundary, whole and unchanged, and
// that a checked file reads back right after WriteChecked has dropped its pages.
func TestMapAligned(t *testing.T) {
	path, want := writeRandom(t, 5<<20+123, 5) // over two huge pages, ending inside a third
	for range 2 {                              // two mappings of one file, at two addresses
		b, err := Map(path)
		if err != nil {
			t.Fatal(err)
		}
		if a := uintptr(unsafe.Pointer(&b[0])); a%hugePage != 0 {
			t.Errorf("mapped at %#x, not on a %d-byte boundary", a, hugePage)
		}
		if len(b) != HeaderSize+len(want) || !bytes.Equal(b[HeaderSize:], want) {
			t.Fatalf("mapped %d bytes, not the %d written", len(b), HeaderSize+len(want))
		}
		t.Logf("huge pages: %v", HugeMapped(b)) // up to the kernel and file system
	}
	payload, err := MapChecked(path)
	if err != nil || !bytes.Equal(payload, want) {
		t.Fatalf("MapChecked: %d bytes, %v", len(payload), err)
	}
}

// TestHugeMappedAnonymous checks that memory no file backs is never reported as a file
// mapped in huge pages, nor is nothing.
func TestHugeMappedAnonymous(t *testing.T) {
	heap := make([]byte, 8<<20)
	if HugeMapped(heap) || HugeMapped() || HugeMapped(nil, []byte{}) {
		t.Error("HugeMapped true for the heap or for nothing")
	}
}

func TestVMARange(t *testing.T) {
	for _, tc := range []struct {
		line   string
		lo, hi uintptr
		ok     bool
	}{
		{"7f1c2a000000-7f1c30a00000 r--s 00000000 fd:01 1234 /root/.cache/gisa/x.dict", 0x7f1c2a000000, 0x7f1c30a00000, true},
		{"00400000-00452000 r-xp 00000000 08:02 173521 /usr/bin/dbus-daemon", 0x400000, 0x452000, true},
		{"FilePmdMapped:     2048 kB", 0, 0, false},
		{"Size:               4 kB", 0, 0, false},
		{"VmFlags: rd mr mw me ac sd", 0, 0, false},
	} {
		lo, hi, ok := vmaRange([]byte(tc.line))
		if lo != tc.lo || hi != tc.hi || ok != tc.ok {
			t.Errorf("vmaRange(%q) = %#x, %#x, %v; want %#x, %#x, %v", tc.line, lo, hi, ok, tc.lo, tc.hi, tc.ok)
		}
	}
}

// TestRehuge checks that Rehuge reads back in huge pages the pieces of a mapped file that sit in
// the page cache in small ones, and that the mapping still holds the file unchanged.
func TestRehuge(t *testing.T) {
	path, want := writeRandom(t, 8<<20, 7)
	b, err := Map(path)
	if err != nil {
		t.Fatal(err)
	}
	if !HugeMapped(b) {
		t.Skip("the kernel does not map this file in huge pages")
	}
	// Put the file's second and third 2 MB in small folios, as a read(2) under memory
	// pressure would: drop them, then read them back a page at a time.
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	decay := func(offs ...int) {
		for _, off := range offs {
			_ = unix.Madvise(b[off:off+hugePage], unix.MADV_DONTNEED)
			_ = unix.Fadvise(int(f.Fd()), int64(off), hugePage, unix.FADV_DONTNEED)
			_ = unix.Fadvise(int(f.Fd()), int64(off), hugePage, unix.FADV_RANDOM)
			page := make([]byte, 1)
			for o := off; o < off+hugePage; o += os.Getpagesize() {
				if _, err := f.ReadAt(page, int64(o)); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	decay(hugePage, 2*hugePage)
	if HugeMapped(b) {
		t.Skip("the kernel read the pieces back in huge pages anyway")
	}
	if !Rehuge(b) {
		t.Error("Rehuge: the file is still mapped in small pages")
	}
	if !bytes.Equal(b[HeaderSize:], want) {
		t.Error("the mapping no longer holds the file")
	}
	if Rehuge(make([]byte, 4<<20)) {
		t.Error("Rehuge true for memory no file backs")
	}
	// A file with no piece huge is taken to be one the kernel keeps in small folios: left so.
	decay(0, hugePage, 2*hugePage, 3*hugePage)
	if HugeMapped(b) || Rehuge(b) || HugeMapped(b) {
		t.Error("Rehuge read again a file none of whose pieces was huge")
	}
}
