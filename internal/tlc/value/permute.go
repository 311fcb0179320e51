package value

// Permutation maps model values to model values (one element of the
// SYMMETRY group); model values it does not mention map to themselves.
type Permutation struct {
	// byID[m.ID] is m's image (nil: m itself): a symmetric state's
	// fingerprint looks an image up for every model value of the state
	// under every permutation, and indexing is much cheaper than a map.
	// Model values of one run have distinct IDs (one Interner).
	byID []*ModelVal
}

// NewPermutation returns the permutation that maps each key of to to
// its value.
func NewPermutation(to map[*ModelVal]*ModelVal) *Permutation {
	p := &Permutation{}
	for from, img := range to {
		if int(from.ID) >= len(p.byID) {
			p.byID = append(p.byID, make([]*ModelVal, int(from.ID)+1-len(p.byID))...)
		}
		p.byID[from.ID] = img
	}
	return p
}

func (p *Permutation) image(m *ModelVal) *ModelVal {
	if int(m.ID) < len(p.byID) {
		if t := p.byID[m.ID]; t != nil {
			return t
		}
	}
	return m
}

// Fingerprint is Fingerprint(p.Apply(v)), computed without building the
// image.
func (p *Permutation) Fingerprint(v Value) uint64 {
	return hashValue(v, p)
}

// Apply returns v with every model value m replaced by its image.
func (p *Permutation) Apply(v Value) Value {
	switch x := v.(type) {
	case *ModelVal:
		return p.image(x)
	case *Set:
		if !ContainsModel(x) {
			return x
		}
		out := make([]Value, len(x.Elems))
		for i, e := range x.Elems {
			out[i] = p.Apply(e)
		}
		return NewSet(out)
	case *Func:
		if !ContainsModel(x) {
			return x
		}
		vals := make([]Value, len(x.Vals))
		for i, e := range x.Vals {
			vals[i] = p.Apply(e)
		}
		if x.Dom == nil {
			return &Func{Vals: vals, Fcn: x.Fcn, IntvDom: x.IntvDom}
		}
		dom := make([]Value, len(x.Dom))
		for i, e := range x.Dom {
			dom[i] = p.Apply(e)
		}
		return NewFunc(dom, vals)
	}
	if v.Kind() == KindSet && IsFinite(v) {
		return p.Apply(ToSet(v))
	}
	return v
}

// ContainsModel reports whether a model value occurs in v (a value
// without one is its own image under every permutation).
func ContainsModel(v Value) bool {
	switch x := v.(type) {
	case *ModelVal:
		return true
	case *Set:
		for _, e := range x.Elems {
			if ContainsModel(e) {
				return true
			}
		}
	case *Func:
		for _, e := range x.Dom {
			if ContainsModel(e) {
				return true
			}
		}
		for _, e := range x.Vals {
			if ContainsModel(e) {
				return true
			}
		}
	}
	return false
}
