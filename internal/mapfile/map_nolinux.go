//go:build !linux

package mapfile

import (
	"errors"
	"os"
)

// mapAligned is Linux-only (see its Linux version); Map maps where the kernel chooses.
func mapAligned(*os.File, int) ([]byte, error) { return nil, errors.ErrUnsupported }

// dropPages does nothing here: see the Linux version.
func dropPages(*os.File) error { return nil }

// HugeMapped reports false here: the kernel's huge file mappings are Linux's.
func HugeMapped(...[]byte) bool { return false }

// Rehuge reports false here, as HugeMapped does.
func Rehuge(...[]byte) bool { return false }
