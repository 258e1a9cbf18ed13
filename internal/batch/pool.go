package batch

import (
	"context"
	"sync"
)

// runPool feeds the items of files to cfg.Workers workers, which share cfg.Analyzer, and
// writes their records: as they finish, or in input order with cfg.Ordered. At most maxEach
// items per worker are in flight (read, being analysed, or waiting for their turn to be
// written), which bounds memory whatever the order. A worker takes the items waiting for it
// together when cfg.Analyzer is an EachAnalyzer, up to maxEach. Cancelling ctx stops the feeding; the items in
// flight are still analysed (with a context that is not cancelled) and written.
func runPool(ctx context.Context, cfg Config, files []file, out output, prog *progress) (Stats, error) {
	feedCtx, stopFeeding := context.WithCancel(ctx)
	defer stopFeeding()
	analyzeCtx := context.WithoutCancel(ctx)

	slots := make(chan struct{}, maxEach*cfg.Workers)
	// Items wait in jobs for a worker (as many as may be in flight), so that a worker can take
	// several at once for an EachAnalyzer.
	jobs := make(chan item, cap(slots))
	results := make(chan outcome, cfg.Workers)

	each, _ := cfg.Analyzer.(EachAnalyzer)
	var workers sync.WaitGroup
	for range cfg.Workers {
		workers.Add(1)
		go func() {
			defer workers.Done()
			var its []item
			for it := range jobs {
				if each == nil {
					results <- process(analyzeCtx, &cfg, it)
					continue
				}
				// With the items already waiting, never waiting for more.
				its = takeWaiting(jobs, append(its[:0], it), maxEach)
				for _, o := range processEach(analyzeCtx, &cfg, each, its) {
					results <- o
				}
				clear(its) // no item outlives its record
			}
		}()
	}

	var (
		st       Stats
		writeErr error
		written  = make(chan struct{})
	)
	go func() {
		defer close(written)
		write := func(o outcome) {
			if writeErr == nil {
				if writeErr = out.write(o); writeErr != nil {
					stopFeeding()
				}
			}
			if o.failed {
				st.Failed++
			} else {
				st.OK++
			}
			prog.add()
			<-slots
		}
		pending := map[int]outcome{}
		next := 0
		for o := range results {
			if !cfg.Ordered {
				write(o)
				continue
			}
			pending[o.seq] = o
			for {
				p, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				write(p)
				next++
			}
		}
	}()

	fd := &feeder{cfg: &cfg, out: out, emit: func(it item) bool {
		if feedCtx.Err() != nil {
			return false
		}
		select {
		case slots <- struct{}{}:
		case <-feedCtx.Done():
			return false
		}
		jobs <- it
		return true
	}}
	complete := fd.feed(files)
	close(jobs)
	workers.Wait()
	close(results)
	<-written
	st.Skipped, st.FailedEarly = fd.skipped, fd.failedEarly
	st.Interrupted = !complete
	return st, writeErr
}

// maxEach is the most items a worker hands an EachAnalyzer at once (in calls of at most
// eachBytes of text each), and the items in flight per worker. A stage's tables stay in the
// caches from one article to the next (see gisa.Analyzer.AnalyzeEach), and the more articles a
// stage takes in turn, the less it pays to bring them back: on the 53 news articles of
// ../shared, 4 at a time cost 2-3 % less CPU time than one by one, 8 about 4 %, 32 another
// 1-3.5 % less than 8 (medians of paired runs of gisa analyze, both binaries at once). The
// records of the ones taken wait until the last of them is analysed.
const maxEach = 32

// takeWaiting appends to its the items waiting in jobs, without waiting for any, until its
// holds max.
func takeWaiting(jobs <-chan item, its []item, max int) []item {
	for len(its) < max {
		select {
		case it, ok := <-jobs:
			if !ok {
				return its
			}
			its = append(its, it)
		default:
			return its
		}
	}
	return its
}
