//go:build !unix

package mapfile

import "os"

// Map reads the whole file where memory mapping is not available.
func Map(path string) ([]byte, error) { return os.ReadFile(path) }
