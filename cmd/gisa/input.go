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

// readInputs reads the named files, or stdin when there are none, as text (see articleio.DecodeText).
// An input that cannot be decoded is an error naming the input and the byte offset.
func readInputs(args []string, stdin io.Reader) ([]input, error) {
	var out []input
	err := eachInput(args, stdin, func(name string, r *bufio.Reader) error {
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		text, err := articleio.DecodeText(b)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, input{name: name, text: text})
		return nil
	})
	return out, err
}

// eachInput opens the named files in turn, or stdin ("-" or no names), and calls fn with the
// input's display name (the path, or <stdin>) and a buffered reader over it. A directory
// stands for the regular files under it, in lexical order, hidden ones (.name) left out. It
// stops at the first error.
func eachInput(args []string, stdin io.Reader, fn func(name string, r *bufio.Reader) error) error {
	return walkInputs(args,
		func() error { return fn("<stdin>", bufio.NewReaderSize(stdin, 1<<16)) },
		func(path string, _ fs.DirEntry) error { return eachFile(path, fn) })
}

// walkInputs calls stdin for "-" (or when there are no names) and file for each file the
// other names stand for, in order: a named file itself, and for a directory the regular files
// under it in lexical order, hidden ones (.name) left out. It stops at the first error, from a
// call or from the file system, and returns it.
func walkInputs(args []string, stdin func() error, file func(path string, d fs.DirEntry) error) error {
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
			return err
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
				return err
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

// eachFile calls fn with a buffered reader over the file at path.
func eachFile(path string, fn func(name string, r *bufio.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return fn(path, bufio.NewReaderSize(f, 1<<16))
}

// knownInputBytes adds up the sizes of the inputs eachInput would read, as far as they are
// known before reading: the files, under folders too (hidden ones left out), and standard
// input when it is a regular file (a redirect, not a pipe). It stops counting once the total
// reaches limit, or at an input it cannot see (which eachInput will report).
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
		})
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
