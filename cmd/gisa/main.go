// Command gisa reads Korean news articles and reports who spoke, what they claimed and the
// figures they gave. Run "gisa --help" for the commands.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
