package server

import (
	"context"
	"sync/atomic"
)

// limiter bounds the work a Server takes on. A request is admitted (or refused at once, so
// that the client can retry later) before its body is read; an admitted request waits for one
// of the worker slots for each analysis it needs. So at most workers articles are analysed at
// once, at most workers+queue requests hold a body in memory, and no request waits unseen in
// the kernel or the runtime.
type limiter struct {
	admitted chan struct{} // one token per request in service: workers + queue
	slots    chan struct{} // one token per analysis running
	waiting  atomic.Int64  // analyses waiting for a slot
}

func newLimiter(workers, queue int) *limiter {
	return &limiter{
		admitted: make(chan struct{}, workers+queue),
		slots:    make(chan struct{}, workers),
	}
}

// admit takes a place for one request, or reports false when all are taken. A caller that got
// true calls leave when the request is done.
func (l *limiter) admit() bool {
	select {
	case l.admitted <- struct{}{}:
		return true
	default:
		return false
	}
}

// leave gives back the place admit took.
func (l *limiter) leave() { <-l.admitted }

// acquire waits for a worker slot until ctx is done. A caller that got nil calls release when
// its analysis has returned.
func (l *limiter) acquire(ctx context.Context) error {
	select { // a free slot is taken even when ctx is done meanwhile: the caller checks ctx next
	case l.slots <- struct{}{}:
		return nil
	default:
	}
	l.waiting.Add(1)
	defer l.waiting.Add(-1)
	select {
	case l.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// release gives back the slot acquire took.
func (l *limiter) release() { <-l.slots }

// running is how many analyses hold a slot now.
func (l *limiter) running() int { return len(l.slots) }

// inService is how many requests are admitted now.
func (l *limiter) inService() int { return len(l.admitted) }
