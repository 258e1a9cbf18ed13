//go:build !unix

// Package cputime reads the process's CPU time, for benchmarks that report throughput per
// CPU-second: on a shared, noisy machine it is steadier than wall time.
package cputime

import "time"

// Process is 0 where the process's CPU time cannot be read; benchmarks then report none.
func Process() time.Duration { return 0 }
