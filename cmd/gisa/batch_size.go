package main

import (
	"fmt"
	"strconv"
	"strings"
)

// byteSize is a --max-bytes value: a number of bytes, with an optional unit (KiB, MiB, GiB,
// or KB, MB, GB in powers of ten; K, M, G are taken as KiB, MiB, GiB).
type byteSize int64

// byteUnits are the units byteSize reads, longest first.
var byteUnits = []struct {
	name string
	mul  int64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"b", 1},
}

// String writes the size in bytes.
func (s *byteSize) String() string { return strconv.FormatInt(int64(*s), 10) }

// Type names the value in the help text.
func (s *byteSize) Type() string { return "size" }

// Set reads "1048576", "1MiB", "512KiB", "5MB", "2m".
func (s *byteSize) Set(v string) error {
	lower := strings.ToLower(strings.TrimSpace(v))
	mul := int64(1)
	for _, u := range byteUnits {
		if strings.HasSuffix(lower, u.name) {
			lower, mul = strings.TrimSpace(strings.TrimSuffix(lower, u.name)), u.mul
			break
		}
	}
	n, err := strconv.ParseInt(lower, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mul {
		return fmt.Errorf("%q is not a size: want a positive number of bytes, as 1048576, 1MiB or 500KB", v)
	}
	*s = byteSize(n * mul)
	return nil
}
