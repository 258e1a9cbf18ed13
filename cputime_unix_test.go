//go:build unix

package gisa

import (
	"syscall"
	"time"
)

// processCPU is the process's user+system CPU time: steadier than wall time on a shared
// machine, and what "chars per CPU-second" is measured in.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
