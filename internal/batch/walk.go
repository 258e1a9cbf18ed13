package batch

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// form is how a file's articles are laid out, told by its name.
type form int

const (
	formText  form = iota // one plain text article (an HTML page is recognised by its first bytes too)
	formHTML              // .html, .htm, .xhtml: one saved news page
	formJSONL             // .jsonl, .ndjson, and standard input: one article a line
	formZip               // .zip: its members are inputs
	formTar               // .tar, .tar.gz, .tgz: its members are inputs
)

// stdinID is the id of standard input ("-" among the roots); its lines are "-:N".
const stdinID = "-"

// DefaultInclude are the file names taken from a walked folder when --include is not given.
var DefaultInclude = []string{"*.txt", "*.text", "*.jsonl", "*.ndjson", "*.html", "*.htm", "*.xhtml", "*.zip", "*.tar", "*.tar.gz", "*.tgz"}

// file is one input file found by the walk.
type file struct {
	path string // the path to open; "-" for standard input
	id   string // the file's id: its slash path relative to the walked root, or its base name
	form form
	err  error // what made the file unreadable already during the walk, or nil
	// named says that the file was named as a root rather than found in a folder: its form is
	// then also told by its first bytes (JSON Lines when they open an object).
	named bool
}

// walker lists the input files of the roots.
type walker struct {
	include, exclude []string
	skip             []os.FileInfo // outputs of this run, never read as inputs
	sameIDs          bool          // two inputs may have one id (Config.AllowSameID)
}

// formOf tells a file's form from its name.
func formOf(name string) form {
	if f, ok := archiveForm(name); ok {
		return f
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return formJSONL
	case ".html", ".htm", ".xhtml":
		return formHTML
	}
	return formText
}

// matches reports whether the slash path rel (or its base name, for a pattern without a
// slash) matches one of the glob patterns (path.Match syntax).
func matches(patterns []string, rel string) bool {
	for _, p := range patterns {
		target := path.Base(rel)
		if strings.Contains(p, "/") {
			target = rel
		}
		if ok, _ := path.Match(p, target); ok {
			return true
		}
	}
	return false
}

// checkGlobs reports the first malformed pattern.
func checkGlobs(patterns []string) error {
	for _, p := range patterns {
		if _, err := path.Match(p, ""); err != nil {
			return fmt.Errorf("bad glob %q: %w", p, err)
		}
	}
	return nil
}

// list returns the files under the roots in walk order: each root in turn, a folder's entries
// in lexical order. A root that is a file is taken whatever its name, with its base name as
// id; "-" is standard input. In a folder, hidden entries (.name) and this run's outputs are
// left out, folders matching an --exclude glob are not entered, and files are taken when they
// match an --include glob and no --exclude glob. Entries that are neither files nor folders
// (FIFOs, sockets, devices, dangling symlinks) and folders that cannot be read are listed with
// their error, so that each gets an error record; so are roots that do not exist or cannot
// be read. Two inputs with the same id are a usage error, as resume could not tell them apart,
// unless sameIDs allows them.
func (w *walker) list(roots []string) ([]file, error) {
	var files []file
	seen := map[string]string{}
	add := func(root string, f file) error {
		if prev, dup := seen[f.id]; dup && !w.sameIDs {
			return usageErrorf("inputs %s and %s have the same id %q (give the roots so that their relative paths differ)", prev, f.path, f.id)
		}
		seen[f.id] = f.path
		files = append(files, f)
		return nil
	}
	for _, root := range roots {
		if root == stdinID {
			if err := add(root, file{path: stdinID, id: stdinID, form: formJSONL}); err != nil {
				return nil, err
			}
			continue
		}
		info, err := os.Stat(root)
		if err != nil {
			f := file{path: root, id: filepath.Base(root), form: formOf(root)}
			f.err = fmt.Errorf("%s: %w", root, unwrapPath(err))
			if err := add(root, f); err != nil {
				return nil, err
			}
			continue
		}
		if w.isOutput(info) {
			return nil, usageErrorf("%s is this run's output, not an input", root)
		}
		if !info.IsDir() {
			f := file{path: root, id: filepath.Base(root), form: formOf(root), named: true}
			if !info.Mode().IsRegular() {
				f.err = fmt.Errorf("%s: not a regular file (%s)", f.id, info.Mode().Type())
			}
			if err := add(root, f); err != nil {
				return nil, err
			}
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if p == root {
				if err != nil { // a folder named as a root that cannot be read
					return add(root, file{path: root, id: filepath.Base(root), err: fmt.Errorf("%s: %w", root, unwrapPath(err))})
				}
				return nil
			}
			rel, _ := filepath.Rel(root, p)
			rel = filepath.ToSlash(rel)
			if strings.HasPrefix(d.Name(), ".") || matches(w.exclude, rel) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if err != nil { // a folder that cannot be read
				return add(root, file{path: p, id: rel, err: fmt.Errorf("%s: %w", rel, unwrapPath(err))})
			}
			info, ierr := os.Stat(p) // follows symlinks
			if ierr == nil && w.isOutput(info) {
				if info.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !matches(w.include, rel) {
				return nil
			}
			f := file{path: p, id: rel, form: formOf(p)}
			switch {
			case ierr != nil:
				f.err = fmt.Errorf("%s: %w", rel, unwrapPath(ierr))
			case info.IsDir(): // a symlink to a folder: not followed, so that no walk loops
				return nil
			case !info.Mode().IsRegular():
				f.err = fmt.Errorf("%s: not a regular file (%s)", rel, info.Mode().Type())
			}
			return add(root, f)
		})
		if err != nil {
			if _, ok := err.(*UsageError); ok {
				return nil, err
			}
			return nil, fmt.Errorf("walking %s: %w", root, err)
		}
	}
	return files, nil
}

// isOutput reports whether info is one of this run's outputs.
func (w *walker) isOutput(info os.FileInfo) bool {
	for _, s := range w.skip {
		if os.SameFile(info, s) {
			return true
		}
	}
	return false
}

// unwrapPath drops the operation and path of an *fs.PathError, which the error record names
// by id instead of by the path on this machine.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
