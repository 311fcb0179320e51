package spinlock

import "testing"

func TestRunCountsEveryIncrement(t *testing.T) {
	if got := Run(4, 500); got != 2000 {
		t.Fatalf("Run(4, 500) = %d, want 2000", got)
	}
}

func TestUnlockByNonOwnerFails(t *testing.T) {
	var l SpinLock
	l.Lock(1)
	if l.Unlock(2) {
		t.Fatal("goroutine 2 released a lock held by 1")
	}
	if !l.Unlock(1) {
		t.Fatal("owner could not release its lock")
	}
}
