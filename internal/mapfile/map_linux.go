package mapfile

import (
	"bufio"
	"bytes"
	"os"
	"slices"
	"strconv"
	"sync"
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
	var st unix.Stat_t
	if unix.Fstat(int(f.Fd()), &st) == nil {
		mappedMu.Lock()
		mapped = append(mapped, mappedFile{data: b, path: f.Name(), dev: st.Dev, ino: st.Ino})
		mappedMu.Unlock()
	}
	return b, nil
}

// mappedFile is a file mapAligned mapped: where, and which file (by path, device and inode),
// so that Rehuge can drop and read again the pages of the very file mapped there.
type mappedFile struct {
	data     []byte
	path     string
	dev, ino uint64
}

var (
	mappedMu sync.Mutex
	mapped   []mappedFile
)

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

// Rehuge reads again, into huge folios, the 2 MB pieces of the spans (inside mappings made by
// Map) that the kernel maps in small pages, and then reports what HugeMapped reports.
//
// A file in the page cache in huge folios does not stay so: under memory pressure the kernel
// evicts some of them, and whatever reads them back when no 2 MB page is at hand (or reads
// them with read(2)) brings them back in small ones. Those pieces then cost a page walk per
// TLB miss, and the tokenizer would copy all its tables into anonymous huge pages (about 0.1
// CPU-second and 50 MB a process, every process until the file is written anew). Instead, each
// such piece is unmapped here and dropped from the page cache (which leaves pages another
// process maps alone), and read back through this process's mapping, which the kernel fills
// with 2 MB folios (MADV_HUGEPAGE): the file is mended for later processes too. The pieces are
// found with the PAGEMAP_SCAN ioctl (Linux 6.7); without it, or when no piece at all is huge
// (the kernel or file system keeps this file in small folios), nothing is dropped.
func Rehuge(spans ...[]byte) bool {
	mappedMu.Lock()
	files := slices.Clone(mapped)
	mappedMu.Unlock()
	// The small pieces of each span, with the file mapped there.
	type pieces struct {
		m     mappedFile
		small []uintptr // offsets in m.data
	}
	var todo []pieces
	anyHuge := false
	for _, b := range spans {
		if len(b) == 0 {
			continue
		}
		lo := uintptr(unsafe.Pointer(&b[0]))
		hi := lo + uintptr(len(b))
		i := slices.IndexFunc(files, func(m mappedFile) bool {
			base := uintptr(unsafe.Pointer(&m.data[0]))
			return lo >= base && lo < base+uintptr(len(m.data))
		})
		if i < 0 {
			continue
		}
		m := files[i]
		base := uintptr(unsafe.Pointer(&m.data[0])) // on a huge page (mapAligned)
		// The whole huge pages of the mapping that the span touches, as offsets in it.
		first := (lo - base) &^ (hugePage - 1)
		end := min((hi-base+hugePage-1)&^(hugePage-1), uintptr(len(m.data))&^(hugePage-1))
		if first >= end {
			continue
		}
		small, ok := smallPieces(base+first, base+end)
		if !ok {
			return false
		}
		anyHuge = anyHuge || len(small) < int((end-first)/hugePage)
		for k := range small {
			small[k] -= base
		}
		todo = append(todo, pieces{m, small})
	}
	if !anyHuge {
		// Not one piece is huge: this kernel or file system keeps the file in small folios
		// (ext4 before Linux 6.16, tmpfs), and reading it again would not change that.
		return false
	}
	for _, p := range todo {
		if len(p.small) == 0 {
			continue
		}
		f, err := os.Open(p.m.path)
		if err != nil {
			continue
		}
		var st unix.Stat_t
		if unix.Fstat(int(f.Fd()), &st) != nil || st.Dev != p.m.dev || st.Ino != p.m.ino {
			f.Close() // the file was replaced since: its pages are not those mapped
			continue
		}
		for _, off := range p.small {
			_ = unix.Madvise(p.m.data[off:off+hugePage], unix.MADV_DONTNEED)
			_ = unix.Fadvise(int(f.Fd()), int64(off), hugePage, unix.FADV_DONTNEED)
		}
		f.Close()
		for _, off := range p.small {
			touched.Add(uint32(p.m.data[off])) // read back through the mapping, in 2 MB folios
		}
	}
	return HugeMapped(spans...)
}

// PAGEMAP_SCAN (linux/fs.h): the ioctl on /proc/self/pagemap that lists the regions of an
// address range with the categories asked for.
const (
	pagemapScan = 0xC0606610 // _IOWR('f', 16, struct pm_scan_arg)
	pageIsHuge  = 1 << 6     // PAGE_IS_HUGE: mapped by a huge page table entry
)

// pmScanArg is struct pm_scan_arg.
type pmScanArg struct {
	size, flags, start, end, walkEnd, vec, vecLen, maxPages       uint64
	categoryInverted, categoryMask, categoryAnyofMask, returnMask uint64
}

// pageRegion is struct page_region.
type pageRegion struct{ start, end, categories uint64 }

// scan is the ioctl's argument and answer, in a variable that never moves (a goroutine's
// stack can), as the kernel reads and writes it by address.
var (
	scanMu sync.Mutex
	scan   struct {
		arg pmScanArg
		vec [64]pageRegion
	}
)

// smallPieces returns the addresses of the 2 MB pieces of [first, end) (both multiples of
// hugePage) that are not mapped whole by huge page table entries; ok is false when the kernel
// cannot tell.
func smallPieces(first, end uintptr) (small []uintptr, ok bool) {
	f, err := os.Open("/proc/self/pagemap")
	if err != nil {
		return nil, false
	}
	defer f.Close()
	scanMu.Lock()
	defer scanMu.Unlock()
	arg, vec := &scan.arg, scan.vec[:]
	var huge []pageRegion
	for at := first; at < end; {
		*arg = pmScanArg{
			size: uint64(unsafe.Sizeof(*arg)), start: uint64(at), end: uint64(end),
			vec: uint64(uintptr(unsafe.Pointer(&vec[0]))), vecLen: uint64(len(vec)),
			categoryMask: pageIsHuge, returnMask: pageIsHuge,
		}
		n, _, errno := unix.Syscall(unix.SYS_IOCTL, f.Fd(), pagemapScan, uintptr(unsafe.Pointer(arg)))
		if errno != 0 || n > uintptr(len(vec)) || arg.walkEnd <= uint64(at) {
			return nil, false
		}
		huge = append(huge, vec[:n]...)
		at = uintptr(arg.walkEnd)
	}
	for a := first; a < end; a += hugePage {
		whole := slices.ContainsFunc(huge, func(r pageRegion) bool {
			return r.start <= uint64(a) && uint64(a+hugePage) <= r.end
		})
		if !whole {
			small = append(small, a)
		}
	}
	return small, true
}
