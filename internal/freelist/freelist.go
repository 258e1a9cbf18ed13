// Package freelist keeps reusable per-call buffers (a lattice, a tagger's tables) that, unlike
// those in a sync.Pool, survive garbage collections. A sync.Pool is emptied every other
// collection, and the pipeline allocates enough for collections to come every few articles, so
// pooled buffers and the caches inside them were rebuilt again and again.
package freelist

import (
	"runtime"
	"sync"
)

// List holds up to a fixed number of idle *T for reuse. It is safe for concurrent use.
type List[T any] struct {
	mu   sync.Mutex
	free []*T
	max  int
}

// New returns a List that keeps as many idle values as there can be callers running at once
// (twice GOMAXPROCS, at least 4).
func New[T any]() *List[T] {
	return &List[T]{max: max(4, 2*runtime.GOMAXPROCS(0))}
}

// Get returns an idle value, or a new zero one when none is idle.
func (l *List[T]) Get() *T {
	l.mu.Lock()
	if n := len(l.free); n > 0 {
		x := l.free[n-1]
		l.free[n-1] = nil
		l.free = l.free[:n-1]
		l.mu.Unlock()
		return x
	}
	l.mu.Unlock()
	return new(T)
}

// Put makes x available to Get, or drops it when the list is full.
func (l *List[T]) Put(x *T) {
	l.mu.Lock()
	if len(l.free) < l.max {
		l.free = append(l.free, x)
	}
	l.mu.Unlock()
}
