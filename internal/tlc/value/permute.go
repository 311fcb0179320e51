package value

// Permute returns v with every model value m replaced by perm[m] (a
// permutation of model values, for SYMMETRY).
func Permute(v Value, perm map[*ModelVal]*ModelVal) Value {
	switch x := v.(type) {
	case *ModelVal:
		if p, ok := perm[x]; ok {
			return p
		}
		return x
	case *Set:
		if !containsModel(x) {
			return x
		}
		out := make([]Value, len(x.Elems))
		for i, e := range x.Elems {
			out[i] = Permute(e, perm)
		}
		return NewSet(out)
	case *Func:
		if !containsModel(x) {
			return x
		}
		vals := make([]Value, len(x.Vals))
		for i, e := range x.Vals {
			vals[i] = Permute(e, perm)
		}
		if x.Dom == nil {
			return &Func{Vals: vals}
		}
		dom := make([]Value, len(x.Dom))
		for i, e := range x.Dom {
			dom[i] = Permute(e, perm)
		}
		return NewFunc(dom, vals)
	}
	if v.Kind() == KindSet && IsFinite(v) {
		return Permute(ToSet(v), perm)
	}
	return v
}

func containsModel(v Value) bool {
	switch x := v.(type) {
	case *ModelVal:
		return true
	case *Set:
		for _, e := range x.Elems {
			if containsModel(e) {
				return true
			}
		}
	case *Func:
		for _, e := range x.Dom {
			if containsModel(e) {
				return true
			}
		}
		for _, e := range x.Vals {
			if containsModel(e) {
				return true
			}
		}
	}
	return false
}
