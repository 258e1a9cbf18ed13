// Package mapfile keeps gisa's compiled data files in the user's cache directory and maps them
// into memory, so that a process uses large tables in place instead of decoding them at start.
package mapfile

import (
	"io"
	"os"
	"path/filepath"
)

// CacheDir is where gisa keeps compiled data: $GISA_CACHE_DIR when set, else gisa/ under the
// user's cache directory (os.UserCacheDir: ~/.cache/gisa on Linux).
func CacheDir() (string, error) {
	if dir := os.Getenv("GISA_CACHE_DIR"); dir != "" {
		return dir, nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(base, "gisa"), nil
}

// WriteAtomic writes a file under a temporary name in the same folder and renames it into
// place, so a reader never sees half a file and concurrent writers do not clash.
func WriteAtomic(path string, write func(io.Writer) error) error {
	return writeAtomicFile(path, func(f *os.File) error { return write(f) })
}
