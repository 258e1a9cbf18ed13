package main

import (
	"bufio"
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
	if len(args) == 0 {
		args = []string{"-"}
	}
	for _, name := range args {
		if name == "-" {
			if err := fn("<stdin>", bufio.NewReaderSize(stdin, 1<<16)); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(name)
		if err != nil {
			return err
		}
		if !info.IsDir() {
			if err := eachFile(name, fn); err != nil {
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
			return eachFile(path, fn)
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
// known before reading: regular files, under folders too (hidden ones left out), and standard
// input when it is a regular file (a redirect, not a pipe). It stops counting once the total
// reaches limit; inputs it cannot see are left for eachInput to report.
func knownInputBytes(args []string, stdin io.Reader, limit int64) int64 {
	if len(args) == 0 {
		args = []string{"-"}
	}
	var total int64
	for _, name := range args {
		if total >= limit {
			break
		}
		if name == "-" {
			if f, ok := stdin.(*os.File); ok {
				if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
					total += info.Size()
				}
			}
			continue
		}
		info, err := os.Stat(name)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			total += info.Size()
			continue
		}
		_ = filepath.WalkDir(name, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return nil
			case total >= limit:
				return filepath.SkipAll
			case path != name && strings.HasPrefix(d.Name(), "."):
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			case d.Type().IsRegular():
				if info, err := d.Info(); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
	}
	return total
}

// prepareBulk readies a for a long run when the inputs named (or standard input) are known to
// hold at least tokenize.BulkBytes.
func prepareBulk(a *gisa.Analyzer, args []string, stdin io.Reader) {
	if knownInputBytes(args, stdin, tokenize.BulkBytes) >= tokenize.BulkBytes {
		a.PrepareBulk()
	}
}
