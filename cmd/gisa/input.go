package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/gisa-nlp/gisa"
	"github.com/gisa-nlp/gisa/internal/articleio"
	"github.com/gisa-nlp/gisa/tokenize"
)

// input is one named text the user handed in.
type input struct {
	name string
	text string
}

// readInputs reads the named files, or stdin when there are none, as text (see
// articleio.DecodeText). An input that cannot be read or decoded is left out and named, with
// the byte offset of a decoding error, in the error returned; the others are read.
func readInputs(args []string, stdin io.Reader) ([]input, error) {
	var out []input
	var errs []error
	eachInput(args, stdin, func(name string, r *bufio.Reader) error {
		b, err := io.ReadAll(r)
		if err == nil {
			var text string
			if text, err = articleio.DecodeText(b); err == nil {
				out = append(out, input{name: name, text: text})
				return nil
			}
		}
		errs = append(errs, fmt.Errorf("%s: %w", name, err))
		return nil
	}, func(err error) { errs = append(errs, err) })
	return out, errors.Join(errs...)
}

// eachInput opens the named files in turn, or stdin ("-" or no names), and calls fn with the
// input's display name (the path, or <stdin>) and a buffered reader over it. A directory
// stands for the regular files under it, in lexical order, hidden ones (.name) left out. An
// input that cannot be opened goes to fail, naming it, and the rest go on; an error from fn
// stops the walk and is returned.
func eachInput(args []string, stdin io.Reader, fn func(name string, r *bufio.Reader) error, fail func(error)) error {
	return walkInputs(args,
		func() error { return fn("<stdin>", bufio.NewReaderSize(stdin, 1<<16)) },
		func(path string, _ fs.DirEntry) error {
			f, err := os.Open(path)
			if err != nil {
				fail(unwrapOp(err))
				return nil
			}
			defer f.Close()
			return fn(path, bufio.NewReaderSize(f, 1<<16))
		}, fail)
}

// walkInputs calls stdin for "-" (or when there are no names) and file for each file the
// other names stand for, in order: a named file itself, and for a directory the regular files
// under it in lexical order, hidden ones (.name) left out. A name or folder entry that cannot
// be read goes to fail and the walk goes on; an error from a call stops it and is returned.
func walkInputs(args []string, stdin func() error, file func(path string, d fs.DirEntry) error, fail func(error)) error {
	if len(args) == 0 {
		args = []string{"-"}
	}
	for _, name := range args {
		if name == "-" {
			if err := stdin(); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(name)
		if err != nil {
			fail(unwrapOp(err))
			continue
		}
		if !info.IsDir() {
			if err := file(name, fs.FileInfoToDirEntry(info)); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(name, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				fail(unwrapOp(err))
				return nil
			case path != name && strings.HasPrefix(d.Name(), "."):
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			case !d.Type().IsRegular():
				return nil
			}
			return file(path, d)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// unwrapOp turns "open x.txt: permission denied" into "x.txt: permission denied".
func unwrapOp(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Path, pe.Err)
	}
	return err
}

// knownInputBytes adds up the sizes of the inputs eachInput would read, as far as they are
// known before reading: the files, under folders too (hidden ones left out), and standard
// input when it is a regular file (a redirect, not a pipe). It stops counting once the total
// reaches limit; inputs it cannot see are left out (the run reports them).
func knownInputBytes(args []string, stdin io.Reader, limit int64) int64 {
	var total int64
	enough := func() error {
		if total >= limit {
			return errEnoughInput
		}
		return nil
	}
	_ = walkInputs(args,
		func() error {
			if f, ok := stdin.(*os.File); ok {
				if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
					total += info.Size()
				}
			}
			return enough()
		},
		func(_ string, d fs.DirEntry) error {
			if info, err := d.Info(); err == nil {
				total += info.Size()
			}
			return enough()
		}, func(error) {})
	return total
}

// errEnoughInput stops knownInputBytes's walk once the total reaches its limit.
var errEnoughInput = errors.New("enough input counted")

// prepareBulk readies a for a long run when the inputs named (or standard input) are known to
// hold at least tokenize.BulkBytes.
func prepareBulk(a *gisa.Analyzer, args []string, stdin io.Reader) {
	if knownInputBytes(args, stdin, tokenize.BulkBytes) >= tokenize.BulkBytes {
		a.PrepareBulk()
	}
}
