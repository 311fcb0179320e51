package value

// PermutedFingerprints sets out[k] to the fingerprint of v's image under
// perms[k] (perms[k].Fingerprint(v)), for every k at once. A symmetric
// state is fingerprinted under every permutation of its group (143 for
// FastPaxos's), and most of a set's elements or a function's pairs
// contain one or two model values: an element's image fingerprint
// depends only on the images of the model values in it, so it is
// computed once per distinct image of them rather than once per
// permutation. The results are exactly perms[k].Fingerprint(v).
func PermutedFingerprints(v Value, perms []*Permutation, out []uint64) {
	NewSymHasher(perms).Fingerprints(v, out)
}

// NewSymHasher returns a SymHasher for perms.
func NewSymHasher(perms []*Permutation) *SymHasher { return &SymHasher{perms: perms} }

// Fingerprints is PermutedFingerprints with h's permutations, reusing
// h's scratch space (so h serves one goroutine at a time).
func (h *SymHasher) Fingerprints(v Value, out []uint64) {
	h.depth = 0
	h.values(v, out)
}

// maxMemoModels bounds the model values an element may contain for its
// image fingerprints to be memoised (their image IDs, 16 bits each, are
// the key).
const maxMemoModels = 4

// SymHasher computes PermutedFingerprints for a set of permutations.
type SymHasher struct {
	perms []*Permutation
	// The memo of one element at a time: an open-addressing table of
	// image keys to fingerprints, at least twice as large as perms; a
	// slot is in use when its stamp is the element's.
	keys, hashes []uint64
	stamps       []uint32
	stamp        uint32
	// models collects an element's model values.
	models []*ModelVal
	// bufs[d] is the scratch of values at nesting depth d.
	bufs  [][]uint64
	depth int
}

// scratch returns 3*len(perms) words for the current depth.
func (h *SymHasher) scratch() []uint64 {
	for len(h.bufs) <= h.depth {
		h.bufs = append(h.bufs, make([]uint64, 3*len(h.perms)))
	}
	return h.bufs[h.depth]
}

// values fills out[k] with hashValue(v, perms[k]).
func (h *SymHasher) values(v Value, out []uint64) {
	n := len(h.perms)
	h.depth++
	defer func() { h.depth-- }()
	switch x := v.(type) {
	case *Set:
		sums := h.scratch()
		sums, tmp := sums[:n], sums[n:2*n]
		clear(sums)
		for _, e := range x.Elems {
			h.element(e, tmp)
			for k := range sums {
				sums[k] += member(tmp[k])
			}
		}
		head := HashMix(tagSet, uint64(len(x.Elems)))
		for k := range out {
			out[k] = HashMix(head, sums[k])
		}
	case *Func:
		sums := h.scratch()
		sums, dom, val := sums[:n], sums[n:2*n], sums[2*n:]
		clear(sums)
		for i, e := range x.Vals {
			if x.Dom == nil {
				d := hashInt(int64(i + 1))
				for k := range dom {
					dom[k] = d
				}
			} else {
				h.element(x.Dom[i], dom)
			}
			h.element(e, val)
			for k := range sums {
				sums[k] += member(HashMix(HashMix(tagPair, dom[k]), val[k]))
			}
		}
		head := HashMix(tagFunc, uint64(len(x.Vals)))
		for k := range out {
			out[k] = HashMix(head, sums[k])
		}
	default:
		for k, p := range h.perms {
			out[k] = hashValue(v, p)
		}
	}
}

// element fills out[k] with hashValue(e, perms[k]) for an element of a
// collection (or a part of a function's pair).
func (h *SymHasher) element(e Value, out []uint64) {
	h.models = h.models[:0]
	switch ok := h.collect(e); {
	case ok && len(h.models) == 0:
		x := hashValue(e, nil)
		for k := range out {
			out[k] = x
		}
		return
	case !ok:
		// Too many model values: memoise its own elements instead.
		h.values(e, out)
		return
	}
	h.resetMemo()
	for k, p := range h.perms {
		key := uint64(0)
		for _, m := range h.models {
			key = key<<16 | uint64(p.image(m).ID)
		}
		i := h.slot(key)
		if h.stamps[i] != h.stamp {
			h.keys[i], h.hashes[i], h.stamps[i] = key, hashValue(e, p), h.stamp
		}
		out[k] = h.hashes[i]
	}
}

// collect appends the distinct model values of v to h.models; false
// when there are more than maxMemoModels, one's ID does not fit the
// key, or v holds a lazy set (whose elements are not at hand).
func (h *SymHasher) collect(v Value) bool {
	switch x := v.(type) {
	case *ModelVal:
		for _, m := range h.models {
			if m == x {
				return true
			}
		}
		if len(h.models) == maxMemoModels || x.ID < 0 || x.ID >= 1<<16 {
			return false
		}
		h.models = append(h.models, x)
	case *Set:
		for _, e := range x.Elems {
			if !h.collect(e) {
				return false
			}
		}
	case *Func:
		for _, e := range x.Dom {
			if !h.collect(e) {
				return false
			}
		}
		for _, e := range x.Vals {
			if !h.collect(e) {
				return false
			}
		}
	case Bool, Int, *Str, *Interval:
	default:
		return false
	}
	return true
}

func (h *SymHasher) resetMemo() {
	if h.keys == nil {
		size := 16
		for size < 2*len(h.perms) {
			size *= 2
		}
		h.keys = make([]uint64, size)
		h.hashes = make([]uint64, size)
		h.stamps = make([]uint32, size)
	}
	h.stamp++
	if h.stamp == 0 {
		// Wrapped around: no slot may look in use.
		clear(h.stamps)
		h.stamp = 1
	}
}

// slot is key's place in the memo: its own, or the free one where it
// goes (the table is never more than half full).
func (h *SymHasher) slot(key uint64) int {
	mask := len(h.keys) - 1
	i := int(HashMix(0, key)) & mask
	for h.stamps[i] == h.stamp && h.keys[i] != key {
		i = (i + 1) & mask
	}
	return i
}
