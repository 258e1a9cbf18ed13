//go:build !unix

package tokenize

import "os"

// mapFile reads the whole file where memory mapping is not available.
func mapFile(path string) ([]byte, error) { return os.ReadFile(path) }
