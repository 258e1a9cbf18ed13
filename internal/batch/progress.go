package batch

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress draws a progress bar (count, rate, ETA) when it has somewhere to draw it.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress draws on w, nil for no bar; total is the number of inputs, -1 when unknown
// (standard input), which draws a spinner with the count and rate.
func newProgress(w io.Writer, total int64) *progress {
	if w == nil {
		return &progress{}
	}
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("analysing"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
	)
	return &progress{bar: bar}
}

func (p *progress) add() {
	if p.bar != nil {
		_ = p.bar.Add(1)
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

// countInputs counts the inputs a run will analyse, for the progress bar: the files and the
// non-blank JSON Lines lines whose records the output does not have yet. It is -1 when
// standard input is among them (it can be read only once).
func countInputs(files []file, out sink, max int64) int64 {
	var n int64
	for i := range files {
		f := &files[i]
		switch {
		case f.path == stdinID:
			return -1
		case f.form != formJSONL || f.err != nil:
			if !out.done(f.id, 0) {
				n++
			}
		default:
			n += countLines(f, out, max)
		}
	}
	return n
}

// countLines counts the non-blank lines of a JSON Lines file not done yet (1 when the file
// cannot be read: its error record).
func countLines(f *file, out sink, max int64) int64 {
	fh, err := os.Open(f.path)
	if err != nil {
		return 1
	}
	defer fh.Close()
	br := bufio.NewReaderSize(fh, 64<<10)
	var n int64
	for line := 1; ; line++ {
		b, size, err := readLine(br, max)
		if (size > max || len(bytes.TrimSpace(b)) > 0) && !out.done(f.id, line) {
			n++
		}
		if err != nil {
			return n
		}
	}
}
