package search

import (
	"sync"
	"sync/atomic"
	"testing"
)

// TestClaimSetOnce: goroutines claiming overlapping fingerprints at once
// win each exactly once, and get finds the winner's successor.
func TestClaimSetOnce(t *testing.T) {
	const n, goroutines = 3000, 4
	c := newClaimSet(n)
	succ := make([][]succState, goroutines)
	wins := make([][]bool, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		succ[g] = make([]succState, n)
		wins[g] = make([]bool, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range n {
				// Each goroutine goes through the fingerprints in its own
				// order, so that they race for the same slots.
				k := (i*7 + g*977) % n
				wins[g][k] = c.claim(uint64(k+1)*0x51ED27, &succ[g][k], int32(g))
			}
		}()
	}
	wg.Wait()
	for k := range n {
		winner := -1
		for g := range goroutines {
			if wins[g][k] {
				if winner >= 0 {
					t.Fatalf("fingerprint %d claimed by %d and %d", k, winner, g)
				}
				winner = g
			}
		}
		if winner < 0 {
			t.Fatalf("fingerprint %d claimed by none", k)
		}
		cl, ok := c.get(uint64(k+1) * 0x51ED27)
		if !ok || cl.ss != &succ[winner][k] || cl.level != int32(winner) {
			t.Fatalf("get(%d) = %v, %v; want goroutine %d's claim", k, cl, ok, winner)
		}
	}
	if _, ok := c.get(12345); ok {
		t.Errorf("an unclaimed fingerprint is found")
	}
}

// TestClaimSetFull: a fingerprint that finds no free slot is not claimed
// (the merge evaluates its invariants), nor is fingerprint 0.
func TestClaimSetFull(t *testing.T) {
	c := newClaimSet(1)
	var ss succState
	claimed := 0
	for fp := uint64(1); fp <= uint64(len(c.slots))+100; fp++ {
		if c.claim(fp, &ss, 0) {
			claimed++
			if _, ok := c.get(fp); !ok {
				t.Fatalf("claimed fingerprint %d not found", fp)
			}
		} else if _, ok := c.get(fp); ok {
			t.Fatalf("fingerprint %d not claimed but found", fp)
		}
	}
	if claimed > len(c.slots) {
		t.Errorf("%d claims in %d slots", claimed, len(c.slots))
	}
	if claimed == 0 {
		t.Errorf("no claim made")
	}
	if c.claim(0, &ss, 0) {
		t.Errorf("fingerprint 0 claimed")
	}
}

// TestInvariantsOncePerState: whatever the number of workers and the
// batch size, the invariants are evaluated once per distinct state (a
// state found twice in a batch is claimed once; one found in an earlier
// batch is not claimed again), and the answers are one worker's.
func TestInvariantsOncePerState(t *testing.T) {
	for _, workers := range []int{1, 2, 3} {
		for _, batch := range []int{1, 3, 64} {
			var calls atomic.Int64
			g := &grid{n: 12, invariant: func(x, y int64) bool { calls.Add(1); return true }}
			r := Run(g, Options{Workers: workers, BatchSize: batch})
			if r.Kind != Done || r.Distinct != 144 {
				t.Fatalf("workers %d, batch %d: %v, %d distinct; want Done, 144", workers, batch, r.Kind, r.Distinct)
			}
			if calls.Load() != r.Distinct {
				t.Errorf("workers %d, batch %d: invariants evaluated %d times for %d states", workers, batch, calls.Load(), r.Distinct)
			}
		}
	}
}
