//go:build unix

package summarize

import (
	"syscall"
	"time"
)

// cpuTime is the process's user+system CPU time: on a shared, noisy machine it is steadier
// than wall time for throughput figures.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
