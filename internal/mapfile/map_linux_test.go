package mapfile

import (
	"bytes"
	"io"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"unsafe"
)

// TestMapAligned checks that Map puts a file on a huge-page boundary, whole and unchanged, and
// that a checked file reads back right after WriteChecked has dropped its pages.
func TestMapAligned(t *testing.T) {
	want := make([]byte, 5<<20+123) // over two huge pages, ending inside a third
	rng := rand.New(rand.NewPCG(5, 6))
	for i := range want {
		want[i] = byte(rng.Uint32())
	}
	path := filepath.Join(t.TempDir(), "big.bin")
	if err := WriteChecked(path, func(w io.Writer) error { _, err := w.Write(want); return err }); err != nil {
		t.Fatal(err)
	}
	for range 2 { // two mappings of one file, at two addresses
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
