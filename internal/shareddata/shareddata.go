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

// Root walks up from the working directory to the module root, the first folder holding
// go.mod.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = up
	}
}

// Dir returns ../shared beside the module root (see Root). Its error wraps ErrNotFound when
// there is no root or that folder has no data/ in it.
func Dir() (string, error) {
	dir, err := Root()
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(filepath.Join(shared, "data")); err != nil {
		return "", fmt.Errorf("%w next to %s", ErrNotFound, dir)
	}
	return shared, nil
}
