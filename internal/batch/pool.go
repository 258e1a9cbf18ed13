package batch

import (
	"context"
	"sync"
)

// runPool feeds the items of files to cfg.Workers workers, which share cfg.Analyzer, and
// writes their records: as they finish, or in input order with cfg.Ordered. At most 4 items
// per worker are in flight (read, being analysed, or waiting for their turn to be written),
// which bounds memory whatever the order. Cancelling ctx stops the feeding; the items in
// flight are still analysed (with a context that is not cancelled) and written.
func runPool(ctx context.Context, cfg Config, files []file, out output, prog *progress) (Stats, error) {
	feedCtx, stopFeeding := context.WithCancel(ctx)
	defer stopFeeding()
	analyzeCtx := context.WithoutCancel(ctx)

	slots := make(chan struct{}, 4*cfg.Workers)
	jobs := make(chan item, cfg.Workers)
	results := make(chan outcome, cfg.Workers)

	var workers sync.WaitGroup
	for range cfg.Workers {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for it := range jobs {
				results <- process(analyzeCtx, &cfg, it)
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
