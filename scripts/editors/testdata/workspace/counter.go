// Package counter is a tiny program for the editor end-to-end tests: a
// counter that several goroutines increment under a mutex.
package counter

import "sync"

// Counter counts increments made from many goroutines.
type Counter struct {
	mu    sync.Mutex
	value int
}

// Increment adds one to the counter.
func (c *Counter) Increment() {
	c.mu.Lock()
	c.value++
	c.mu.Unlock()
}

// Value returns the current count.
func (c *Counter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.value
}
