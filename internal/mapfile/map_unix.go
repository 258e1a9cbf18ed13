//go:build unix

package mapfile

import (
	"os"
	"syscall"
)

// Map maps a file read-only into memory. The mapping lives as long as the process: the
// tables used in place on it are never released. On Linux the mapping starts on a huge-page
// boundary (see mapAligned).
func Map(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() == 0 || st.Size() != int64(int(st.Size())) {
		return nil, &os.PathError{Op: "mmap", Path: path, Err: syscall.EINVAL}
	}
	if b, err := mapAligned(f, int(st.Size())); err == nil {
		return b, nil
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, int(st.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, &os.PathError{Op: "mmap", Path: path, Err: err}
	}
	return b, nil
}
