// Package batch analyses many articles at once: it walks folders, reads plain text, HTML and
// JSON Lines files, the same inside .zip, .tar, .tar.gz and .tgz archives, or standard input,
// analyses them on a pool of workers that share one gisa.Analyzer, and writes one record per
// input, an error record for every input that failed, so that no input is ever missing from
// the output. Both gisa batch and gisa analyze run on it: batch writes JSON Lines or a folder
// and can resume, analyze hands its own Format and Sink.
//
// # Input ids
//
// Every input has an id, and resume tells done inputs from the rest by it:
//
//	sub/a.txt        a file under a walked folder: its slash path relative to that folder
//	a.txt            a file named as a root: its base name
//	sub/b.jsonl:7    line 7 (counted from 1) of a JSON Lines file; blank lines are no inputs
//	-:7              line 7 of standard input ("-" as a root)
//	-                standard input as one article (Config.StdinArticle)
//	old.zip/x/c.txt  a member of an archive: the archive's id, then the member's path
//	old.zip/d.jsonl:2  line 2 of a JSON Lines member
//
// A root that does not exist or cannot be read, a folder that cannot be read, an entry that is
// no regular file (a FIFO, a dangling symlink, a symlink loop), an archive that cannot be read
// and an archive member that cannot be (a link, a nested archive, a name climbing out with
// ../) are inputs too, with their id and an error record; so are empty inputs.
// Archive members are taken by the same --include and --exclude globs as files; hidden ones
// and __MACOSX are left out.
//
// # Forms
//
// In a folder or an archive a file's name tells its form: .jsonl and .ndjson are JSON Lines,
// .html, .htm and .xhtml pages, the archive suffixes archives, anything else one plain text
// article (a page too when its first bytes are <html, <!doctype html or <article). A file
// named as a root is also JSON Lines when its first character is {. Standard input is JSON
// Lines; with Config.StdinArticle it may instead be one article, told by its first character.
//
// # Output
//
// JSON Lines (Config.Output, or Config.Stdout): one line per input. Each record is the gisa/1
// record of docs/SCHEMA.md with one more field, "input", the input id. "id" is the article's
// own id when a JSON Lines article has one, else the input id. An error record is
// {"schema": "gisa/1", "id": ..., "input": ..., "error": "<input id>: <what went wrong>"}.
// Records come as they finish, or in input order with Config.Ordered.
//
// A folder (Config.OutDir): one JSON file per input, mirroring the input tree: the record of
// sub/a.txt is OUT/sub/a.txt.json, that of sub/b.jsonl:7 is OUT/sub/b.jsonl/7.json, and that
// of -:7 is OUT/stdin/7.json. Each file is written to a temporary name and renamed, so a file
// that exists is complete (resume removes the temporary files a killed run left).
//
// A Sink (Config.Sink) with a Format (Config.Format): the caller's records, handed over one
// at a time.
//
// # Resume
//
// With Config.Resume the inputs whose id already has a record (or error record) in the output
// are skipped. A JSON Lines output killed in the middle of a line ends in a torn line; it is
// cut off (the file is truncated after the last complete record) before new records are
// appended, so that the resumed output holds every input exactly once. An error record counts
// as done too, and Stats.FailedEarly counts those skipped, so that a resumed run still says
// that inputs failed: to try them again, drop their records from the output first
// (grep -v '"error":' out.jsonl > retry.jsonl) and resume on that.
//
// # Walking
//
// Folders are walked in lexical order. Hidden entries (.name) are left out, symlinks to files
// are followed and symlinks to folders are not (no walk can loop), and this run's own output
// is never read as input.
package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/gisa-nlp/gisa"
)

// DefaultMaxBytes is the default limit on the size of one article (a file, or a JSON Lines
// line): 1 MiB.
const DefaultMaxBytes = 1 << 20

// Analyzer analyses one document; *gisa.Analyzer is one, shared by every worker.
type Analyzer interface {
	Analyze(ctx context.Context, doc gisa.Document) (*gisa.Analysis, error)
}

// EachAnalyzer is an Analyzer that also analyses several documents in one call, giving each
// what Analyze gives it, for less CPU time (*gisa.Analyzer is one: see its AnalyzeEach). A
// worker hands it the articles waiting for a worker when it takes one, up to maxEach.
type EachAnalyzer interface {
	Analyzer
	AnalyzeEach(ctx context.Context, docs []gisa.Document) ([]*gisa.Analysis, []error)
}

// Decoder turns the bytes of an input into documents. The gisa command hands in its own
// decoding, so that batch reads input exactly as analyze does.
type Decoder struct {
	// Text decodes a whole file (UTF-8 with or without BOM, UTF-16 with BOM, EUC-KR/CP949) to
	// UTF-8, or fails naming the byte offset of the first byte it cannot decode.
	Text func(b []byte) (string, error)
	// Line parses one non-blank JSON Lines line into a document; the document carries the
	// article's id when the line had one, also together with an error.
	Line func(line []byte) (gisa.Document, error)
	// HTML pulls the headline and body text out of an HTML page.
	HTML func(page string) (title, text string, err error)
}

// Config is one batch run.
type Config struct {
	Roots            []string  // files, folders, or "-" for standard input
	Stdin            io.Reader // read when Roots holds "-"
	Include, Exclude []string  // globs on the names (or, with a slash, relative paths) in folders; Include defaults to DefaultInclude
	Workers          int       // articles analysed at once; 0 means runtime.GOMAXPROCS(0)
	Ordered          bool      // write records in input order instead of as they finish
	MaxBytes         int64     // the largest article; 0 means DefaultMaxBytes
	Resume           bool      // skip inputs that already have a record in the output
	Output           string    // the JSON Lines output file; "" writes to Stdout
	OutDir           string    // write one JSON file per input under this folder instead
	Stdout           io.Writer // the JSON Lines output when Output, OutDir and Sink are empty
	Progress         io.Writer // where to draw a progress bar (a terminal), or nil for none
	Analyzer         Analyzer
	Decoder          Decoder

	// StdinArticle lets standard input hold one article (plain text or an HTML page) as well
	// as JSON Lines, told by its first bytes, as gisa analyze reads it. Without it standard
	// input must be JSON Lines (gisa batch), and anything else is one error record saying so.
	StdinArticle bool
	// AllowSameID lets two inputs have one id, as gisa analyze does (it neither resumes nor
	// writes a file per input); otherwise two inputs with one id are a usage error.
	AllowSameID bool
	// Sink, when set, receives the records instead of Output, OutDir or Stdout; it cannot
	// resume.
	Sink Sink
	// Format makes the records; its zero value makes the JSON Lines records of the package doc.
	Format Format
}

// Format makes the bytes of each input's record. Run's workers call it side by side, so the
// encoding is spread over the cores like the analysis.
type Format struct {
	// Record encodes the analysis of the input with id input.
	Record func(input string, a *gisa.Analysis) ([]byte, error)
	// Error encodes the error record of the input with id input; id is the article's own id
	// when known, else input.
	Error func(input, id string, err error) []byte
}

// recordFormat is the zero Format's: the gisa/1 record with "input" (package doc).
var recordFormat = Format{Record: encodeAnalysis, Error: encodeError}

// Sink receives the records of a run one at a time, from one goroutine, in input order when
// Config.Ordered is set.
type Sink interface {
	Write(r Result) error
}

// Result is one input's record as Config.Format made it.
type Result struct {
	Input  string // the input id (package doc)
	Line   int    // the line of a JSON Lines input it came from, 0 for a whole input
	Data   []byte // the record's bytes
	Failed bool   // Data is an error record
}

// Stats counts what a run did.
type Stats struct {
	OK          int           // records written
	Failed      int           // error records written
	Skipped     int           // inputs skipped because the output already had them (Resume)
	FailedEarly int           // of the skipped, those whose record is an error record of an earlier run
	Interrupted bool          // the context was cancelled before every input was read
	Elapsed     time.Duration // wall time of the run
}

// String is the summary line: "53 ok, 7 failed, 0 skipped (already done), 12.3s, 4.9 articles/s".
// The error records skipped on resume are counted in "skipped (already done, 2 of them error
// records)".
func (s Stats) String() string {
	rate := 0.0
	if sec := s.Elapsed.Seconds(); sec > 0 {
		rate = float64(s.OK+s.Failed) / sec
	}
	skipped := "already done"
	if s.FailedEarly > 0 {
		skipped = fmt.Sprintf("already done, %d of them error records", s.FailedEarly)
	}
	msg := fmt.Sprintf("%d ok, %d failed, %d skipped (%s), %.1fs, %.1f articles/s",
		s.OK, s.Failed, s.Skipped, skipped, s.Elapsed.Seconds(), rate)
	if s.Interrupted {
		msg += ", interrupted (run again with --resume to finish)"
	}
	return msg
}

// UsageError is a run that could not start because of how it was asked for: bad flags, two
// inputs with one id. (A root that does not exist is an input that fails, with its error record.)
type UsageError struct{ Err error }

// Error returns the message of the wrapped error.
func (e *UsageError) Error() string { return e.Err.Error() }

// Unwrap returns the wrapped error.
func (e *UsageError) Unwrap() error { return e.Err }

func usageErrorf(format string, args ...any) error {
	return &UsageError{fmt.Errorf(format, args...)}
}

// ErrInterrupted is returned by Run when its context was cancelled: the inputs in flight were
// finished and written, the rest were not read.
var ErrInterrupted = errors.New("interrupted")

// Run analyses every input of cfg and writes its records. Cancelling ctx (SIGINT) stops the
// reading of new inputs; the articles in flight are still analysed and written, the output is
// flushed, and Run returns the stats with ErrInterrupted. Inputs that fail are error records
// and counted in Stats.Failed; Run's error is for the run itself (usage, output I/O).
func Run(ctx context.Context, cfg Config) (Stats, error) {
	start := time.Now()
	if err := cfg.Check(); err != nil {
		return Stats{}, err
	}
	switch {
	case cfg.Analyzer == nil:
		return Stats{}, errors.New("batch: no Analyzer")
	case cfg.Decoder.Text == nil || cfg.Decoder.Line == nil || cfg.Decoder.HTML == nil:
		return Stats{}, errors.New("batch: incomplete Decoder")
	}
	out, err := openOutput(cfg)
	if err != nil {
		return Stats{}, err
	}
	w := &walker{include: cfg.Include, exclude: cfg.Exclude, skip: out.skip(), sameIDs: cfg.AllowSameID}
	files, err := w.list(cfg.Roots)
	if err != nil {
		out.close()
		return Stats{}, err
	}
	var total int64 = -1
	if cfg.Progress != nil {
		total = countInputs(files, &cfg, out)
	}
	prog := newProgress(cfg.Progress, total)
	st, err := runPool(ctx, cfg, files, out, prog)
	prog.finish()
	if cerr := out.close(); err == nil {
		err = cerr
	}
	st.Elapsed = time.Since(start)
	if err == nil && st.Interrupted {
		err = ErrInterrupted
	}
	return st, err
}

// Check fills in the defaults and reports a *UsageError for settings that contradict each
// other. Run calls it; call it first to fail fast, before building the Analyzer.
func (cfg *Config) Check() error {
	switch {
	case len(cfg.Roots) == 0:
		return usageErrorf("no input: name files or folders, or - for JSON Lines on standard input")
	case cfg.Output != "" && cfg.OutDir != "":
		return usageErrorf("-o and --out-dir exclude each other")
	case cfg.Sink != nil && (cfg.Output != "" || cfg.OutDir != "" || cfg.Resume):
		return usageErrorf("a Sink excludes an output file or folder and resuming")
	case cfg.Resume && cfg.Output == "" && cfg.OutDir == "":
		return usageErrorf("--resume needs an output file (-o) or folder (--out-dir)")
	case cfg.Workers < 0:
		return usageErrorf("-j must be at least 1, got %d", cfg.Workers)
	case cfg.MaxBytes < 0:
		return usageErrorf("--max-bytes must be positive, got %d", cfg.MaxBytes)
	}
	if err := checkGlobs(cfg.Include); err != nil {
		return &UsageError{err}
	}
	if err := checkGlobs(cfg.Exclude); err != nil {
		return &UsageError{err}
	}
	stdins := 0
	for _, r := range cfg.Roots {
		if r == stdinID {
			stdins++
		}
	}
	if stdins > 1 {
		return usageErrorf("- (standard input) named more than once")
	}
	if len(cfg.Include) == 0 {
		cfg.Include = DefaultInclude
	}
	if cfg.Workers == 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.MaxBytes == 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Format.Record == nil {
		cfg.Format.Record = recordFormat.Record
	}
	if cfg.Format.Error == nil {
		cfg.Format.Error = recordFormat.Error
	}
	return nil
}
