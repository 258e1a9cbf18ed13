package prefetch

import "unsafe"

//go:noescape
func hashed(base unsafe.Pointer, shift uint, mask uint32, keys []uint32)

//go:noescape
func line(p unsafe.Pointer, span uintptr)

//go:noescape
func multiplied(base unsafe.Pointer, mult uint64, shift uint, keys []uint32)
