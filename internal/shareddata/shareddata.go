// Package shareddata finds the project's shared data folder (../shared beside the repository
// root: gold labels, KLUE, the news articles, the scorer), which tests and evaluation programs
// read and the product never needs.
package shareddata

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrNotFound is what Dir's error wraps when there is no ../shared: tests skip on it.
var ErrNotFound = errors.New("../shared not found")

// Dir walks up from the working directory to the module root (the first folder holding go.mod)
// and returns ../shared beside it. It is an error, starting "../shared not found", when that
// folder has no data/ in it.
func Dir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", fmt.Errorf("%w: no go.mod above the working directory", ErrNotFound)
		}
		dir = up
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(filepath.Join(shared, "data")); err != nil {
		return "", fmt.Errorf("%w next to %s", ErrNotFound, dir)
	}
	return shared, nil
}
