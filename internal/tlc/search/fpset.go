package search

import "sync/atomic"

// fpSet is the fingerprint set: it maps the fingerprint of every state
// found to its node. One goroutine writes it (the merge) while the
// expanders read it: a reader may see fewer fingerprints than the set
// holds by then, never a wrong node, which costs it only work (the
// invariants of a state found meanwhile are evaluated once more).
//
// It is open addressing with linear probing over slots that pair a
// fingerprint with its node, so that a probe is one cache line, as TLC's
// FPSet; fingerprint 0 marks an empty slot and is kept beside the table.
type fpSet struct {
	table atomic.Pointer[fpTable]
	// zero is the node of fingerprint 0, plus one (0: not in the set).
	zero atomic.Int32
	n    int
}

type fpTable struct {
	slots []fpSlot
	shift uint // 64 - log2(len(slots))
}

type fpSlot struct {
	fp   atomic.Uint64
	node atomic.Int32
}

const fpSetMinBits = 10

func newFPSet() *fpSet {
	s := &fpSet{}
	s.table.Store(newFPTable(fpSetMinBits))
	return s
}

func newFPTable(bits uint) *fpTable {
	return &fpTable{slots: make([]fpSlot, 1<<bits), shift: 64 - bits}
}

// home is fp's first slot.
func (t *fpTable) home(fp uint64) uint64 { return spread(fp) >> t.shift }

// spread mixes fp's bits into its high bits (Fibonacci hashing), which
// pick a slot or a shard: a fingerprint whose low bits are poor still
// spreads.
func spread(fp uint64) uint64 { return fp * 0x9E3779B97F4A7C15 }

// lookup returns fp's node, if fp is in the set. Safe while add runs.
func (s *fpSet) lookup(fp uint64) (int32, bool) {
	if fp == 0 {
		z := s.zero.Load()
		return z - 1, z != 0
	}
	t := s.table.Load()
	mask := uint64(len(t.slots) - 1)
	for i := t.home(fp); ; i = (i + 1) & mask {
		switch t.slots[i].fp.Load() {
		case fp:
			return t.slots[i].node.Load(), true
		case 0:
			return -1, false
		}
	}
}

// add puts fp, not in the set, with its node. One goroutine at a time.
func (s *fpSet) add(fp uint64, node int32) {
	s.n++
	if fp == 0 {
		s.zero.Store(node + 1)
		return
	}
	t := s.table.Load()
	if 4*s.n > 3*len(t.slots) {
		t = s.grow(t)
	}
	t.put(fp, node)
}

// put writes the node before the fingerprint, so that a reader that
// finds the fingerprint finds its node.
func (t *fpTable) put(fp uint64, node int32) {
	mask := uint64(len(t.slots) - 1)
	i := t.home(fp)
	for t.slots[i].fp.Load() != 0 {
		i = (i + 1) & mask
	}
	t.slots[i].node.Store(node)
	t.slots[i].fp.Store(fp)
}

// grow moves the set to a table twice as large; readers still probing
// the old one see what it held.
func (s *fpSet) grow(old *fpTable) *fpTable {
	t := newFPTable(64 - old.shift + 1)
	for i := range old.slots {
		if fp := old.slots[i].fp.Load(); fp != 0 {
			t.put(fp, old.slots[i].node.Load())
		}
	}
	s.table.Store(t)
	return t
}
