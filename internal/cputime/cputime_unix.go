//go:build unix

// Package cputime reads the process's CPU time, for benchmarks that report throughput per
// CPU-second: on a shared, noisy machine it is steadier than wall time.
package cputime

import (
	"syscall"
	"time"
)

// Process is the CPU time (user + system) the process has used so far, or 0 when the
// system cannot say.
func Process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
