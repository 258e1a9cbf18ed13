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

// Dir walks up from the working directory to the module root (the first folder holding go.mod)
// and returns ../shared beside it. It is an error, starting "../shared not found", when that
// folder has no data/ in it.
func Dir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("../shared not found: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("../shared not found: no go.mod above the working directory")
		}
		dir = up
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(filepath.Join(shared, "data")); err != nil {
		return "", fmt.Errorf("../shared not found next to %s", dir)
	}
	return shared, nil
}
