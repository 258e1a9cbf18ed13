package batch

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
)

// archiveForm tells whether a file name is that of a .zip, .tar, .tar.gz or .tgz archive.
func archiveForm(name string) (form, bool) {
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".zip"):
		return formZip, true
	case strings.HasSuffix(lower, ".tar"), strings.HasSuffix(lower, ".tar.gz"), strings.HasSuffix(lower, ".tgz"):
		return formTar, true
	}
	return 0, false
}

// memberName cleans the name of an archive member and reports whether it is read: members
// whose every path element is visible (no .name, no __MACOSX) and whose path matches an
// --include glob and no --exclude glob. A name that climbs out (../x) is read, to become an
// error record.
func (fd *feeder) memberName(name string) (string, bool) {
	clean := path.Clean(strings.ReplaceAll(name, "\\", "/"))
	clean = strings.TrimPrefix(clean, "/")
	if clean == ".." || strings.HasPrefix(clean, "../") {
		return clean, true
	}
	for _, elem := range strings.Split(clean, "/") {
		if strings.HasPrefix(elem, ".") || elem == "__MACOSX" {
			return clean, false
		}
	}
	return clean, matches(fd.cfg.Include, clean) && !matches(fd.cfg.Exclude, clean)
}

// feedMember emits the inputs of one archive member: its lines for JSON Lines, else the whole
// member, read here (at most MaxBytes) so that the workers need not reopen the archive.
func (fd *feeder) feedMember(arc *file, name string, size int64, regular bool, open func() (io.ReadCloser, error)) bool {
	m := &file{path: arc.path, id: arc.id + "/" + name, form: formOf(name)}
	if name == ".." || strings.HasPrefix(name, "../") {
		return fd.send(item{f: m, err: fmt.Errorf("%s: a member outside the archive's folder is not read", m.id)})
	}
	if _, nested := archiveForm(name); nested {
		return fd.send(item{f: m, err: fmt.Errorf("%s: an archive inside an archive is not read", m.id)})
	}
	if !regular {
		return fd.send(item{f: m, err: fmt.Errorf("%s: not a regular file", m.id)})
	}
	if m.form == formJSONL {
		r, err := open()
		if err != nil {
			return fd.send(item{f: m, err: fmt.Errorf("%s: %w", m.id, err)})
		}
		defer r.Close()
		return fd.feedLinesFrom(m, r)
	}
	if fd.skip(m.id, 0) {
		return true
	}
	if size > fd.cfg.MaxBytes {
		return fd.send(item{f: m, err: tooBig(m.id, size, fd.cfg.MaxBytes)})
	}
	r, err := open()
	if err != nil {
		return fd.send(item{f: m, err: fmt.Errorf("%s: %w", m.id, err)})
	}
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, fd.cfg.MaxBytes+1))
	switch {
	case err != nil:
		return fd.send(item{f: m, err: fmt.Errorf("%s: %w", m.id, err)})
	case int64(len(b)) > fd.cfg.MaxBytes:
		return fd.send(item{f: m, err: tooBig(m.id, int64(len(b)), fd.cfg.MaxBytes)})
	}
	return fd.send(item{f: m, data: b, loaded: true})
}

// feedZip emits the inputs of a zip archive's members, in the archive's order. An archive
// that cannot be opened is one error record under its own id.
func (fd *feeder) feedZip(f *file) bool {
	fh, err := os.Open(f.path)
	if err != nil {
		return fd.send(item{f: f, err: fmt.Errorf("%s: %w", f.id, unwrapPath(err))})
	}
	defer fh.Close()
	info, err := fh.Stat()
	if err != nil {
		return fd.send(item{f: f, err: fmt.Errorf("%s: %w", f.id, unwrapPath(err))})
	}
	return fd.feedZipFrom(f, fh, info.Size())
}

// feedZipFrom emits the inputs of the zip archive f read from r.
func (fd *feeder) feedZipFrom(f *file, r io.ReaderAt, size int64) bool {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return fd.send(item{f: f, err: fmt.Errorf("%s: %w", f.id, err)})
	}
	for _, zf := range zr.File {
		if zf.FileInfo().IsDir() {
			continue
		}
		name, ok := fd.memberName(zf.Name)
		if !ok {
			continue
		}
		if !fd.feedMember(f, name, int64(zf.UncompressedSize64), zf.Mode().IsRegular(), zf.Open) {
			return false
		}
	}
	return true
}

// feedTar emits the inputs of a tar archive's members (gzip-compressed for .tar.gz and .tgz),
// in the archive's order. A broken archive is an error record under its own id, after the
// members read before the break.
func (fd *feeder) feedTar(f *file) bool {
	fh, err := os.Open(f.path)
	if err != nil {
		return fd.send(item{f: f, err: fmt.Errorf("%s: %w", f.id, unwrapPath(err))})
	}
	defer fh.Close()
	return fd.feedTarFrom(f, fh)
}

// feedTarFrom emits the inputs of the tar archive f read from r, gunzipping it when f's name
// says so.
func (fd *feeder) feedTarFrom(f *file, r io.Reader) bool {
	if lower := strings.ToLower(f.path); strings.HasSuffix(lower, ".gz") || strings.HasSuffix(lower, ".tgz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return fd.send(item{f: f, err: fmt.Errorf("%s: %w", f.id, err)})
		}
		defer zr.Close()
		r = zr
	}
	tr := tar.NewReader(r)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			return fd.send(item{f: f, err: fmt.Errorf("%s: %w", f.id, err)})
		}
		if hdr.FileInfo().IsDir() {
			continue
		}
		name, ok := fd.memberName(hdr.Name)
		if !ok {
			continue
		}
		open := func() (io.ReadCloser, error) { return io.NopCloser(tr), nil }
		if !fd.feedMember(f, name, hdr.Size, hdr.FileInfo().Mode().IsRegular(), open) {
			return false
		}
	}
}

// IsArchive reports whether batch reads the file named name as an archive (.zip, .tar,
// .tar.gz, .tgz) whose members are the inputs, rather than as one article. Readers that take
// files by DefaultInclude without reading archives should leave these out or expand them.
func IsArchive(name string) bool {
	_, ok := archiveForm(name)
	return ok
}
