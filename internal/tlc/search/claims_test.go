package search

import (
	"sync"
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
