// Command gisa reads Korean news articles and reports who spoke, what they claimed and the
// figures they gave. Run "gisa --help" for the commands.
package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

func main() {
	// GISA_CPUPROFILE=file writes a CPU profile of the run, for developers (go tool pprof).
	if path := os.Getenv("GISA_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gisa:", err)
			os.Exit(exitFailed)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "gisa:", err)
			os.Exit(exitFailed)
		}
		code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
		pprof.StopCPUProfile()
		f.Close()
		os.Exit(code)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
