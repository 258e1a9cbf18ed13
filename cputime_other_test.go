//go:build !unix

package gisa

import "time"

func processCPU() time.Duration { return 0 }
