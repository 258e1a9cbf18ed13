package tokenize

import (
	"syscall"
	"unsafe"

	"github.com/gisa-nlp/gisa/internal/mapfile"
)

// madvHugepage is MADV_HUGEPAGE: back the range with transparent huge pages when the kernel
// allows it (enabled = always or madvise).
const madvHugepage = 14

// hugePageTables copies the tables of t into anonymous memory backed by huge pages, or
// returns nil when the memory cannot be had. The copies live as long as the process.
//
// Tables already on huge pages are kept where they are: those of a compiled dictionary whose
// file the kernel maps in 2 MB pages (mapfile.Map, mapfile.HugeMapped), as it does once the
// file has been read into the page cache through such a mapping. That saves the copy, about
// 50 MB of memory a process and 2-4 % of a bulk job's CPU time (most of it the kernel clearing
// the pages it hands out), and a one-article process has the huge pages too. Pieces of the
// file that the page cache came to hold in small pages (evicted and read back when no 2 MB
// page was free) are read again into huge ones first (mapfile.Rehuge), which mends the file
// for later processes too; only when that fails are the tables copied.
func hugePageTables(t hotTables) *hotTables {
	// With a rune trie, lookups read neither da nor dup (its cells hold the homograph
	// counts): those stay where they are.
	if hot := [][]byte{bytesOf(t.rda), bytesOf(t.conn), bytesOf(t.morphs)}; len(t.rda) > 0 && (mapfile.HugeMapped(hot...) || mapfile.Rehuge(hot...)) {
		return nil
	}
	da, dup, ok1, ok3 := t.da, t.dup, true, true
	if len(t.rda) == 0 {
		da, ok1 = hugeCopy(t.da)
		dup, ok3 = hugeCopy(t.dup)
	}
	rda, ok5 := hugeCopy(t.rda)
	conn, ok2 := hugeCopy(t.conn)
	morphs, ok4 := hugeCopy(t.morphs)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 {
		return nil
	}
	return &hotTables{da: da, rda: rda, conn: conn, dup: dup, morphs: morphs}
}

func hugeCopy[T any](s []T) ([]T, bool) {
	if len(s) == 0 {
		return s, true
	}
	var zero T
	const huge = 2 << 20
	n := (len(s)*int(unsafe.Sizeof(zero)) + huge - 1) &^ (huge - 1)
	b, err := syscall.Mmap(-1, 0, n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil, false
	}
	_ = syscall.Madvise(b, madvHugepage) // without huge pages the copy still works, only slower
	out := unsafe.Slice((*T)(unsafe.Pointer(&b[0])), len(s))
	copy(out, s)
	return out, true
}
