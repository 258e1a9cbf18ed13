// Package golden compares a test's output with a golden file and rewrites the file when the
// test binary runs with -update, for the packages whose outputs are kept in testdata/. Only
// tests import it: the -update flag it registers belongs to test binaries.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// Check compares got with the file at path and reports the first line that differs; under
// -update it writes got to path first (making its folder), so that a deliberate change is
// accepted by running the test once with the flag and reviewing the diff.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (go test -update rewrites it after a deliberate change; review the diff):\n%s",
			path, FirstDiff(string(want), string(got)))
	}
}

// FirstDiff shows the first line where want and got differ, "" when they have the same lines.
func FirstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + "\nwant: " + w + "\n got: " + g
		}
	}
	return ""
}
