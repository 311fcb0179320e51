// Package spinlock is a compare-and-swap spin lock used by a few goroutines
// that increment a shared counter. It is an example input for tla-gen-lsp:
// spinlock.draft.md beside it is its draft analysis.
package spinlock

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// SpinLock is a lock that busy-waits. The zero value is unlocked.
type SpinLock struct {
	locked atomic.Bool
	owner  atomic.Int64 // id of the goroutine holding the lock, 0 if none
}

// tryAcquire makes one attempt to take the lock for id.
func (l *SpinLock) tryAcquire(id int64) bool {
	if l.locked.CompareAndSwap(false, true) {
		l.owner.Store(id)
		return true
	}
	return false
}

// Lock spins until the lock is taken for id.
func (l *SpinLock) Lock(id int64) {
	for !l.tryAcquire(id) {
		runtime.Gosched()
	}
}

// Unlock releases the lock held by id. Releasing a lock one does not hold
// is a bug in the caller, reported by returning false.
func (l *SpinLock) Unlock(id int64) bool {
	if l.owner.Load() != id {
		return false
	}
	l.owner.Store(0)
	l.locked.Store(false)
	return true
}

// Counter is a counter protected by a SpinLock.
type Counter struct {
	lock  SpinLock
	value int
}

// Increment adds one to the counter inside the critical section.
func (c *Counter) Increment(id int64) {
	c.lock.Lock(id)
	c.value++
	c.lock.Unlock(id)
}

// Value returns the counter's value.
func (c *Counter) Value() int {
	c.lock.Lock(-1)
	defer c.lock.Unlock(-1)
	return c.value
}

// Run starts workers goroutines that each increment the counter times
// times, waits for them and returns the final value.
func Run(workers, times int) int {
	var c Counter
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func(id int64) {
			defer wg.Done()
			for i := 0; i < times; i++ {
				c.Increment(id)
			}
		}(int64(w))
	}
	wg.Wait()
	return c.Value()
}
