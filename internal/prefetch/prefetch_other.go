//go:build !amd64

package prefetch

import "unsafe"

func hashed(base unsafe.Pointer, shift uint, mask uint32, keys []uint32) {}

func line(p unsafe.Pointer, span uintptr) {}

func multiplied(base unsafe.Pointer, mult uint64, shift uint, keys []uint32) {}
