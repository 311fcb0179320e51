package search

import (
	"math/bits"
	"sync/atomic"
)

// claimSet is the fingerprints of the states the expanders of a batch
// found new, each with the successor whose invariants were evaluated for
// it (at which level). Expanders add to it at once, concurrently; it is
// read once they are done.
//
// It is a table of fixed size with open addressing, whose slots are
// taken by compare-and-swap: no lock, so that an expander never sleeps
// on one (with sync.Mutex shards, a goroutine woken from a lock waited
// for a processor on the wrong one: 0.4 s of scheduling delay in an 8 s
// search). A fingerprint that finds no free slot within maxClaimProbe is
// not claimed: the merge then evaluates the state's invariants itself
// (claimed), as for fingerprint 0, which marks a free slot.
type claimSet struct {
	slots []claimSlot
	shift uint // 64 - log2(len(slots))
}

type claimSlot struct {
	fp    atomic.Uint64
	ss    *succState
	level int32
}

type claim struct {
	ss    *succState
	level int32
}

const (
	minClaimSlots = 1 << 10
	maxClaimProbe = 64
)

// newClaimSet makes a set for about n claims (a load of at most a
// quarter, a half if twice as many come).
func newClaimSet(n int) *claimSet {
	size := max(minClaimSlots, 4*n)
	lg := bits.Len(uint(size - 1))
	return &claimSet{slots: make([]claimSlot, 1<<lg), shift: uint(64 - lg)}
}

// claim records fp with ss, at level, unless fp is there already (or
// cannot be: see claimSet); it reports whether it did.
func (c *claimSet) claim(fp uint64, ss *succState, level int32) bool {
	if fp == 0 {
		return false
	}
	mask := uint64(len(c.slots) - 1)
	i := spread(fp) >> c.shift
	for range maxClaimProbe {
		sl := &c.slots[i]
		f := sl.fp.Load()
		if f == 0 && sl.fp.CompareAndSwap(0, fp) {
			// Read by the merge once the expanders are done (the crew's
			// WaitGroup orders these writes before its reads).
			sl.ss, sl.level = ss, level
			return true
		}
		if f == fp || sl.fp.Load() == fp {
			return false
		}
		i = (i + 1) & mask
	}
	return false
}

// get reads the set once no expander adds to it.
func (c *claimSet) get(fp uint64) (claim, bool) {
	if fp == 0 {
		return claim{}, false
	}
	mask := uint64(len(c.slots) - 1)
	i := spread(fp) >> c.shift
	for range maxClaimProbe {
		sl := &c.slots[i]
		switch sl.fp.Load() {
		case fp:
			return claim{sl.ss, sl.level}, true
		case 0:
			return claim{}, false
		}
		i = (i + 1) & mask
	}
	return claim{}, false
}
