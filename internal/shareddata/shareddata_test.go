package shareddata

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDir(t *testing.T) {
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	pkg := filepath.Join(repo, "a", "b")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(repo, "go.mod"), []byte("module x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(pkg)
	if _, err := Dir(); err == nil || !strings.HasPrefix(err.Error(), "../shared not found") || !errors.Is(err, ErrNotFound) {
		t.Errorf("without ../shared: %v", err)
	}
	if err := os.MkdirAll(filepath.Join(root, "shared", "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := Dir()
	if err != nil || got != filepath.Join(root, "shared") {
		t.Errorf("Dir() = %q, %v; want %q", got, err, filepath.Join(root, "shared"))
	}
}
