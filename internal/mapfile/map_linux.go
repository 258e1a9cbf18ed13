package mapfile

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"sync/atomic"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugePage is the size of a transparent huge page (x86-64 and arm64 with 4 KB pages).
const hugePage = 2 << 20

// mapAligned maps the n bytes of f at an address that is a multiple of hugePage: it reserves
// n+hugePage bytes of address space, maps f over the first such address in it and gives back
// the rest.
//
// The mapping is advised for transparent huge pages: a kernel whose page cache holds the file
// in 2 MB folios (file THP: ext4, XFS and others keep large folios on recent kernels, and read
// a file into them through such a mapping) then maps each 2 MB of it with one TLB entry, so
// that tables read at random cost no page walks without being copied into anonymous huge
// pages (see HugeMapped).
func mapAligned(f *os.File, n int) ([]byte, error) {
	size := uintptr(n) + hugePage
	res, err := unix.MmapPtr(-1, 0, nil, size, unix.PROT_NONE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS)
	if err != nil {
		return nil, err
	}
	lead := (hugePage - uintptr(res)%hugePage) % hugePage
	at := unsafe.Add(res, lead)
	p, err := unix.MmapPtr(int(f.Fd()), 0, at, uintptr(n), unix.PROT_READ, unix.MAP_SHARED|unix.MAP_FIXED)
	if err != nil {
		_ = unix.MunmapPtr(res, size)
		return nil, err
	}
	page := uintptr(os.Getpagesize())
	used := lead + (uintptr(n)+page-1)/page*page
	if lead > 0 {
		_ = unix.MunmapPtr(res, lead)
	}
	if used < size {
		_ = unix.MunmapPtr(unsafe.Add(res, used), size-used)
	}
	b := unsafe.Slice((*byte)(p), n)
	_ = unix.Madvise(b, unix.MADV_HUGEPAGE) // a kernel without file THP only declines
	return b, nil
}

// dropPages writes f out and drops its pages from the page cache, so that the first process to
// map it reads it back through Map's mapping, into huge folios where the kernel can, rather
// than keeping the folios its writing made (which Map's mapping cannot map whole).
func dropPages(f *os.File) error {
	if err := f.Sync(); err != nil {
		return err
	}
	return unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED)
}

// touched keeps HugeMapped's reads from being optimised away.
var touched atomic.Uint32

// HugeMapped reports whether the bytes of every slice in spans (each inside a mapping made by
// Map, or not, as the caller cannot tell) are mapped with huge pages: it reads one byte in
// every 2 MB of them, which maps those pages, then asks the kernel (/proc/self/smaps) how much
// of their mappings it mapped with huge pages. The 2 MB at a file's end that the file does
// not fill are never mapped so, and not asked for.
func HugeMapped(spans ...[]byte) bool {
	type vma struct{ lo, hi, want uintptr }
	var vmas []vma
	chunks := map[uintptr]bool{} // the huge pages read, by address
	for _, b := range spans {
		if len(b) == 0 {
			continue
		}
		lo := uintptr(unsafe.Pointer(&b[0]))
		for a := lo &^ (hugePage - 1); a < lo+uintptr(len(b)); a += hugePage {
			off := max(a, lo) - lo
			touched.Add(uint32(b[off]))
			chunks[a] = true
		}
	}
	if len(chunks) == 0 {
		return false
	}
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		return false
	}
	// The mappings holding the pages read, and how much of each must be huge.
	var cur *vma
	have := map[uintptr]uintptr{} // mapping start → bytes mapped huge
	sc := bufio.NewScanner(bytes.NewReader(smaps))
	for sc.Scan() {
		line := sc.Bytes()
		if lo, hi, ok := vmaRange(line); ok {
			vmas = append(vmas, vma{lo: lo, hi: hi})
			cur = &vmas[len(vmas)-1]
			continue
		}
		if v, ok := bytes.CutPrefix(line, []byte("FilePmdMapped:")); ok && cur != nil {
			kb, err := strconv.ParseUint(string(bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(v), []byte("kB")))), 10, 64)
			if err == nil {
				have[cur.lo] = uintptr(kb) << 10
			}
		}
	}
	for a := range chunks {
		found := false
		for i := range vmas {
			v := &vmas[i]
			if a+hugePage > v.lo && a < v.hi {
				found = true
				if a >= v.lo && a+hugePage <= v.hi {
					v.want += hugePage
				}
				break
			}
		}
		if !found {
			return false
		}
	}
	wanted := false
	for _, v := range vmas {
		if v.want > 0 && have[v.lo] < v.want {
			return false
		}
		wanted = wanted || v.want > 0
	}
	return wanted
}

// vmaRange reads the address range of a mapping's first line in smaps ("7f…-7f… r--s …").
func vmaRange(line []byte) (lo, hi uintptr, ok bool) {
	dash := bytes.IndexByte(line, '-')
	sp := bytes.IndexByte(line, ' ')
	if dash <= 0 || sp <= dash {
		return 0, 0, false
	}
	l, err1 := strconv.ParseUint(string(line[:dash]), 16, 64)
	h, err2 := strconv.ParseUint(string(line[dash+1:sp]), 16, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return uintptr(l), uintptr(h), true
}
