package freelist

import (
	"runtime"
	"sync"
	"testing"
)

func TestReuseSurvivesGC(t *testing.T) {
	l := New[[]byte]()
	b := l.Get()
	*b = append(*b, "기사"...)
	l.Put(b)
	runtime.GC()
	runtime.GC()
	if got := l.Get(); got != b || string(*got) != "기사" {
		t.Fatalf("Get after two collections = %p %q, want the buffer put back (%p)", got, *got, b)
	}
	if got := l.Get(); got == b || len(*got) != 0 {
		t.Fatalf("second Get = %q, want a new empty value", *got)
	}
}

func TestBounded(t *testing.T) {
	l := New[int]()
	for range l.max + 10 {
		l.Put(new(int))
	}
	if len(l.free) != l.max {
		t.Fatalf("kept %d idle values, want at most %d", len(l.free), l.max)
	}
}

func TestConcurrent(t *testing.T) {
	l := New[[]int]()
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 1000 {
				x := l.Get()
				*x = append((*x)[:0], g, i)
				if (*x)[0] != g || (*x)[1] != i {
					t.Errorf("buffer shared between goroutines")
					return
				}
				l.Put(x)
			}
		}()
	}
	wg.Wait()
}
