package mapfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// Cache is where compiled files are kept and where notices about them go.
type Cache struct {
	Dir string    // the cache directory; "" means CacheDir()
	Log io.Writer // where notices go (a file being compiled, damaged, or not kept); nil for none
}

// File describes one compiled file, for Load and its notices.
type File struct {
	Name string // its name in the cache directory
	What string // what it holds, as notices name it: "the dictionary"
	Cost string // what compiling it costs, as notices say it: "about 5 CPU-seconds and 1 GB of memory"
}

// Path returns the cache directory and the path of f in it; an error when there is no cache
// directory (no $GISA_CACHE_DIR and no user cache directory).
func (c Cache) Path(f File) (dir, path string, err error) {
	dir = c.Dir
	if dir == "" {
		if dir, err = CacheDir(); err != nil {
			return "", "", err
		}
	}
	return dir, filepath.Join(dir, f.Name), nil
}

// Load returns the value kept compiled in the checked file f of the cache: use turns the
// file's payload (mapped, see MapChecked) into the value. When the file is missing, damaged or
// refused by use, Load says so on c.Log, compiles the value with build, writes it with write
// (atomically, see WriteChecked) and maps it again. When the cache directory cannot be used it
// says so once per process, with what that costs every run, and returns the value from memory.
func Load[T any](c Cache, f File, use func(payload []byte) (T, error), build func() (T, error), write func(T, io.Writer) error) (T, error) {
	dir, path, dirErr := c.Path(f)
	reason := "once; later runs map it"
	if dirErr == nil {
		payload, err := MapChecked(path)
		if err == nil {
			v, uerr := use(payload)
			if uerr == nil {
				return v, nil
			}
			err = fmt.Errorf("%s: %w", path, uerr)
		}
		switch {
		case errors.Is(err, ErrDamaged) || !errors.Is(err, fs.ErrNotExist) && probeDir(dir) == nil:
			reason = fmt.Sprintf("again, as the cached copy cannot be used (%v)", err)
		default:
			dirErr = probeDir(dir)
		}
	}
	if dirErr != nil {
		c.unusable(dir, dirErr, f)
		return build()
	}
	c.say("gisa: compiling %s into %s %s (%s)\n", f.What, path, reason, f.Cost)
	v, err := build()
	if err != nil {
		return v, err
	}
	if err := WriteChecked(path, func(w io.Writer) error { return write(v, w) }); err != nil {
		c.unusable(dir, err, f)
		return v, nil
	}
	if payload, err := MapChecked(path); err == nil {
		if m, err := use(payload); err == nil {
			return m, nil // the mapped copy: shared page cache, less heap
		}
	}
	return v, nil
}

// probeDir reports whether files can be written in dir, making it when it is missing.
func probeDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".tmp-probe-*")
	if err != nil {
		return err
	}
	f.Close()
	return os.Remove(f.Name())
}

// warned holds the cache directories that were said to be unusable in this process.
var warned sync.Map

// unusable says, once per directory and process, that compiled files cannot be kept in dir and
// what that costs every run.
func (c Cache) unusable(dir string, err error, f File) {
	if _, done := warned.LoadOrStore(dir, true); done {
		return
	}
	where := "no cache directory"
	if dir != "" {
		where = "cannot keep compiled files in " + dir
	}
	c.say("gisa: %s (%v): every run compiles %s again in memory (%s); set GISA_CACHE_DIR to a folder gisa can write\n",
		where, err, f.What, f.Cost)
}

func (c Cache) say(format string, args ...any) {
	if c.Log != nil {
		fmt.Fprintf(c.Log, format, args...)
	}
}

// PerDir holds values loaded once per process and cache directory: the compiled files of one
// directory are mapped once however many times they are asked for, and another directory
// (Cache.Dir) gets its own.
type PerDir[T any] struct{ m sync.Map } // cache directory -> *loadOnce[T]

// loadOnce is the loading of one value, done once.
type loadOnce[T any] struct {
	once sync.Once
	v    T
	err  error
}

// Get returns the value for c's directory (the one f would be kept in), calling load the first
// time it is asked for.
func (p *PerDir[T]) Get(c Cache, f File, load func() (T, error)) (T, error) {
	dir, _, err := c.Path(f)
	if err != nil {
		dir = "" // no cache directory: one value for all such
	}
	v, _ := p.m.LoadOrStore(dir, &loadOnce[T]{})
	l := v.(*loadOnce[T])
	l.once.Do(func() { l.v, l.err = load() })
	return l.v, l.err
}
