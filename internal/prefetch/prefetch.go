// Package prefetch asks the CPU to start loading memory a program will read soon, so that
// several cache misses overlap instead of each stalling the work that needs it.
//
// Go has no prefetch intrinsic; on amd64 the functions here are a few lines of assembly
// (PREFETCHT0), elsewhere they do nothing. A prefetch is only a hint: it never faults and
// never changes what a program computes, only when memory arrives.
package prefetch

import "unsafe"

// Hashed hints the lines of base[(k&mask)<<shift] for each key k: the home slots of the keys
// in a power-of-two hash table of 1<<shift-byte slots starting at base. Every such address
// must lie in one allocation (mask must be the table's slot count minus one).
func Hashed(base unsafe.Pointer, shift uint, mask uint32, keys []uint32) {
	if len(keys) == 0 {
		return
	}
	hashed(base, shift, mask, keys)
}

// Multiplied hints the 8-byte words base[(k*mult)>>shift] for each key k: the words of a
// table indexed by multiplicative hashing (mult odd, shift 64 minus the log2 of its length).
func Multiplied(base unsafe.Pointer, mult uint64, shift uint, keys []uint32) {
	if len(keys) == 0 {
		return
	}
	multiplied(base, mult, shift, keys)
}

// Line hints the cache line holding p, and the next one when span reaches into it: a record
// of up to 64 bytes that may straddle two lines. p may be any address; nothing is read.
func Line(p unsafe.Pointer, span uintptr) {
	line(p, span)
}
