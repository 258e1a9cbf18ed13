package gisabeam

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/gisa-nlp/gisa/internal/batch"
)

func init() {
	register.DoFn3x1[context.Context, fileio.FileMetadata, func(batch.Input), error](&readFn{})
	register.Emitter1[batch.Input]()
}

// readFn reads one matched file into its inputs, as `gisa batch` reads it: a JSON Lines file
// (.jsonl, .ndjson) line by line, streaming, any other file whole. A file that cannot be
// opened or read is an input with its error, so that it gets an error record.
type readFn struct {
	Base             string // the pattern's folder, cut off the paths to make the ids
	Include, Exclude []string
	MaxBytes         int64
}

// ProcessElement emits the inputs of the file md.
func (fn *readFn) ProcessElement(ctx context.Context, md fileio.FileMetadata, emit func(batch.Input)) error {
	id := strings.TrimPrefix(md.Path, fn.Base)
	if isDir(md.Path) || !batch.Take(id, fn.Include, fn.Exclude) {
		return nil
	}
	fsys, err := filesystem.New(ctx, md.Path)
	if err != nil {
		return err // no file system for the scheme: the run cannot work
	}
	defer fsys.Close()
	if !batch.IsJSONLines(id) && md.Size > fn.MaxBytes {
		emit(batch.ReadFile(id, md.Size, nil, fn.MaxBytes)) // fails without reading
		return nil
	}
	rc, err := fsys.OpenRead(ctx, md.Path)
	if err != nil {
		var pe *fs.PathError // name the input by its id, as batch does, not by its path here
		if errors.As(err, &pe) {
			err = pe.Err
		}
		emit(batch.Input{File: id, Size: md.Size, Err: fmt.Sprintf("%s: %v", id, err)})
		return nil
	}
	defer rc.Close()
	if batch.IsJSONLines(id) {
		var rerr error
		batch.ReadLines(id, errReader{rc, &rerr}, Decoder(), fn.MaxBytes, func(in batch.Input) bool {
			emit(in)
			return true
		})
		return rerr // a read that broke off: retry the file rather than lose its tail
	}
	emit(batch.ReadFile(id, md.Size, rc, fn.MaxBytes))
	return nil
}

// errReader keeps the first error of a read other than io.EOF.
type errReader struct {
	r   io.Reader
	err *error
}

func (e errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF && *e.err == nil {
		*e.err = err
	}
	return n, err
}

// isDir reports whether a local path is a folder, which a pattern like dir/* matches too and
// which is no input (remote file systems list objects only).
func isDir(path string) bool {
	if strings.Contains(path, "://") {
		return strings.HasSuffix(path, "/")
	}
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
