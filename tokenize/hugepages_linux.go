package tokenize

import (
	"syscall"
	"unsafe"
)

// madvHugepage is MADV_HUGEPAGE: back the range with transparent huge pages when the kernel
// allows it (enabled = always or madvise).
const madvHugepage = 14

// hugePageTables copies da and conn into anonymous memory backed by huge pages, or returns
// nil when the memory cannot be had. The copies live as long as the process.
func hugePageTables(da []daNode, conn []int16) *hotTables {
	d, ok1 := hugeCopy(da)
	c, ok2 := hugeCopy(conn)
	if !ok1 || !ok2 {
		return nil
	}
	return &hotTables{da: d, conn: c}
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
