package batch

import (
	"io"
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

// countInputs counts the inputs a run will analyse, for the progress bar, by feeding them
// once without analysing them: the files, JSON Lines lines and archive members whose records
// the output does not have yet. It is -1 when standard input is among them (it can be read
// only once).
func countInputs(files []file, cfg *Config, out output) int64 {
	for _, f := range files {
		if f.path == stdinID {
			return -1
		}
	}
	var n int64
	fd := &feeder{cfg: cfg, out: out, emit: func(item) bool { n++; return true }}
	fd.feed(files)
	return n
}
