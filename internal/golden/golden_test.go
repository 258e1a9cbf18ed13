package golden

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFirstDiff(t *testing.T) {
	for _, c := range []struct{ want, got, diff string }{
		{"가\n나\n", "가\n나\n", ""},
		{"가\n나\n", "가\n다\n", "line 2\nwant: 나\n got: 다"},
		{"가\n", "가\n나\n", "line 2\nwant: \n got: 나"},
	} {
		if d := FirstDiff(c.want, c.got); d != c.diff {
			t.Errorf("FirstDiff(%q, %q) = %q, want %q", c.want, c.got, d, c.diff)
		}
	}
}

// recorder is a testing.TB that records whether the check failed.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Helper()               {}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.golden")
	if err := os.WriteFile(path, []byte("백상엽\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{TB: t}
	Check(r, path, []byte("백상엽\n"))
	if r.failed {
		t.Error("the same bytes fail")
	}
	Check(r, path, []byte("백 대표\n"))
	if !r.failed {
		t.Error("other bytes pass")
	}
}
