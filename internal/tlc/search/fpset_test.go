package search

import (
	"sync"
	"sync/atomic"
	"testing"
)

func TestFPSetFindsWhatWasAdded(t *testing.T) {
	s := newFPSet()
	const n = 100000
	// Fingerprints that share their low bits, and 0, which marks an empty
	// slot in the table.
	fp := func(i int) uint64 { return uint64(i) << 20 }
	for i := 0; i < n; i++ {
		if _, ok := s.lookup(fp(i)); ok {
			t.Fatalf("%#x found before it was added", fp(i))
		}
		s.add(fp(i), int32(i))
	}
	for i := 0; i < n; i++ {
		if node, ok := s.lookup(fp(i)); !ok || node != int32(i) {
			t.Fatalf("%#x: node %d, %v; want %d", fp(i), node, ok, i)
		}
	}
	if _, ok := s.lookup(fp(n)); ok {
		t.Errorf("%#x found, never added", fp(n))
	}
	if got := len(s.table.Load().slots); 4*n > 3*got {
		t.Errorf("%d entries in %d slots: fuller than three quarters", n, got)
	}
}

// The expanders read the set while the merge adds to it: a reader may
// miss what is being added, never find a wrong node.
func TestFPSetReadWhileAdded(t *testing.T) {
	s := newFPSet()
	const n = 30000
	fp := func(i int) uint64 { return uint64(i)*0x9E3779B97F4A7C15 + 1 }
	var added atomic.Int64
	var wg sync.WaitGroup
	for r := 0; r < 2; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; added.Load() < n; j = (j + 7919) % n {
				done := added.Load()
				node, ok := s.lookup(fp(j))
				if ok && node != int32(j) {
					t.Errorf("%#x: node %d, want %d", fp(j), node, j)
					return
				}
				if !ok && int64(j) < done {
					t.Errorf("%#x added before the look, not found", fp(j))
					return
				}
			}
		}()
	}
	for i := 0; i < n; i++ {
		s.add(fp(i), int32(i))
		added.Store(int64(i + 1))
	}
	wg.Wait()
}
