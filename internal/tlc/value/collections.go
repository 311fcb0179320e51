package value

import "slices"

// Set is a finite set in normal form: elements sorted by Compare, no
// duplicates.
type Set struct {
	Elems []Value
}

// Func is a function with a finite domain in normal form: Dom sorted by
// Compare and Vals[i] the image of Dom[i]. A nil Dom means the domain is
// 1..len(Vals): tuples and sequences are stored so, and a function whose
// domain is 1..n is always normalised to that form, so that a tuple and
// the equal function built with [x \in 1..n |-> e] are one value.
// Records are functions whose domain is a set of strings.
type Func struct {
	Dom  []Value
	Vals []Value
	// Fcn marks a function on 1..n that TLC holds as a function
	// (FcnRcdValue: made by [x \in S |-> e], a function set, :> or @@)
	// rather than as a tuple. Equality, order and fingerprints ignore it;
	// only TLC's messages on applying it outside its domain differ.
	Fcn bool
	// IntvDom: its domain was an interval lo..hi, which TLC keeps as one
	// (FcnRcdValue.intv): DOMAIN prints lo..hi. A tuple's is 1..n.
	IntvDom bool
}

func (*Set) Kind() Kind  { return KindSet }
func (*Func) Kind() Kind { return KindFunc }

// EmptySet is {}.
var EmptySet = &Set{}

// EmptyTuple is <<>>.
var EmptyTuple = &Func{}

// NewSet builds a set from elements in any order, with duplicates.
func NewSet(elems []Value) *Set {
	if len(elems) <= 1 {
		return &Set{Elems: elems}
	}
	sorted := true
	for i := 1; i < len(elems); i++ {
		if !comparable(elems[i-1], elems[i]) {
			// Elements TLC cannot order: fail as its sort does.
			tlcSortFailure(elems)
		}
		if sorted && Compare(elems[i-1], elems[i]) >= 0 {
			sorted = false // the rest is only looked at for kinds
		}
	}
	if sorted {
		return &Set{Elems: elems}
	}
	// slices' stable sort is sort.SliceStable's algorithm (one generator
	// writes both), so a failing comparison is the same one, without the
	// reflection and closures.
	slices.SortStableFunc(elems, Compare)
	out := elems[:1]
	for _, e := range elems[1:] {
		if Compare(out[len(out)-1], e) != 0 {
			out = append(out, e)
		}
	}
	return &Set{Elems: out}
}

// comparable says whether Compare(x, y) answers without failing for a
// pair of scalars of different kinds; any other pair is left to Compare.
func comparable(x, y Value) bool {
	switch x.(type) {
	case Int:
		switch y.(type) {
		case *Str, Bool:
			return false
		}
	case *Str:
		switch y.(type) {
		case Int, Bool:
			return false
		}
	case Bool:
		switch y.(type) {
		case Int, *Str:
			return false
		}
	}
	return true
}

// tlcSortFailure sorts a copy of elems as TLC normalises a set (ValueVec.sort:
// binary insertion, the new element compared with the sorted ones), so
// that a comparison that fails is the one TLC's fails on, with its
// message.
func tlcSortFailure(elems []Value) {
	sorted := []Value{elems[0]}
	for _, e := range elems[1:] {
		lo, hi, c, idx := 0, len(sorted), 0, 0
		for lo < hi {
			idx = (lo + hi) >> 1
			c = Compare(e, sorted[idx])
			if c == 0 {
				break
			}
			if c < 0 {
				hi = idx
			} else {
				lo = idx + 1
			}
		}
		if c != 0 {
			if c > 0 {
				idx++
			}
			sorted = append(sorted[:idx], append([]Value{e}, sorted[idx:]...)...)
		}
	}
}

// Functions of up to four values are allocated with their values, in
// one object of the size they need: tuples, records and EXCEPT results
// are mostly small, and they are made for every state.
type (
	func1 struct {
		f Func
		a [1]Value
	}
	func2 struct {
		f Func
		a [2]Value
	}
	func3 struct {
		f Func
		a [3]Value
	}
	func4 struct {
		f Func
		a [4]Value
	}
)

// MakeFunc returns a function with domain dom (nil: 1..n, as Func) and n
// values, all nil, for the caller to fill in before the function is used.
func MakeFunc(dom []Value, n int) *Func {
	switch n {
	case 0:
		return &Func{Dom: dom}
	case 1:
		x := &func1{f: Func{Dom: dom}}
		x.f.Vals = x.a[:]
		return &x.f
	case 2:
		x := &func2{f: Func{Dom: dom}}
		x.f.Vals = x.a[:]
		return &x.f
	case 3:
		x := &func3{f: Func{Dom: dom}}
		x.f.Vals = x.a[:]
		return &x.f
	case 4:
		x := &func4{f: Func{Dom: dom}}
		x.f.Vals = x.a[:]
		return &x.f
	}
	return &Func{Dom: dom, Vals: make([]Value, n)}
}

// UnionSets is x \cup y: NewSet of the concatenation of their elements,
// by a merge of the two sorted lists (an element of both is x's, as the
// stable sort keeps it). A comparison that fails is made again by
// NewSet, so that it fails as it would there.
func UnionSets(x, y *Set) *Set {
	switch {
	case len(y.Elems) == 0:
		return x
	case len(x.Elems) == 0:
		return y
	}
	if u := mergeSets(x.Elems, y.Elems); u != nil {
		return u
	}
	return NewSet(append(append([]Value(nil), x.Elems...), y.Elems...))
}

func mergeSets(xs, ys []Value) (u *Set) {
	defer func() {
		if recover() != nil {
			u = nil
		}
	}()
	out := make([]Value, 0, len(xs)+len(ys))
	i, j := 0, 0
	for i < len(xs) && j < len(ys) {
		switch c := Compare(xs[i], ys[j]); {
		case c < 0:
			out = append(out, xs[i])
			i++
		case c > 0:
			out = append(out, ys[j])
			j++
		default:
			out = append(out, xs[i])
			i++
			j++
		}
	}
	out = append(append(out, xs[i:]...), ys[j:]...)
	return &Set{Elems: out}
}

// Tuple returns <<elems...>>.
func Tuple(elems []Value) *Func { return &Func{Vals: elems} }

// NewFunc builds a function from domain/value pairs in any order. A
// repeated domain element keeps the first value.
func NewFunc(dom, vals []Value) *Func {
	n := len(dom)
	if n == 0 {
		return emptyFcn
	}
	sorted := true
	for i := 1; i < n; i++ {
		if Compare(dom[i-1], dom[i]) >= 0 {
			sorted = false
			break
		}
	}
	if !sorted {
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		slices.SortStableFunc(idx, func(a, b int) int { return Compare(dom[a], dom[b]) })
		d2 := make([]Value, 0, n)
		v2 := make([]Value, 0, n)
		for _, i := range idx {
			if len(d2) > 0 && Compare(d2[len(d2)-1], dom[i]) == 0 {
				continue
			}
			d2 = append(d2, dom[i])
			v2 = append(v2, vals[i])
		}
		dom, vals = d2, v2
	}
	dom = normalDomain(dom)
	return &Func{Dom: dom, Vals: vals, Fcn: dom == nil}
}

// emptyFcn is the function with an empty domain, as a function
// constructor or :> makes it: <<>>, but not a tuple in TLC's messages.
var emptyFcn = &Func{Fcn: true}

// normalDomain returns nil when dom is 1..len(dom).
func normalDomain(dom []Value) []Value {
	for i, d := range dom {
		n, ok := d.(Int)
		if !ok || int(n) != i+1 {
			return dom
		}
	}
	return nil
}

// Len is the size of f's domain.
func (f *Func) Len() int { return len(f.Vals) }

// IsSeq says f's domain is 1..n (a tuple or sequence).
func (f *Func) IsSeq() bool { return f.Dom == nil }

// DomainAt is the i-th domain element in order.
func (f *Func) DomainAt(i int) Value {
	if f.Dom == nil {
		return Int(i + 1)
	}
	return f.Dom[i]
}

// Index finds arg in f's domain: its position, or -1.
func (f *Func) Index(arg Value) int {
	if f.Dom == nil {
		if n, ok := arg.(Int); ok && n >= 1 && int64(n) <= int64(len(f.Vals)) {
			return int(n) - 1
		}
		if _, ok := arg.(Int); ok || len(f.Vals) == 0 {
			return -1
		}
		if _, ok := arg.(*ModelVal); ok {
			return -1
		}
		Fail("Attempted to apply the tuple\n%s\nto a non-integer argument %s.", Ppr(f), Ppr(arg))
	}
	lo, hi := 0, len(f.Dom)
	for lo < hi {
		m := (lo + hi) / 2
		c := Compare(f.Dom[m], arg)
		if c == 0 {
			return m
		}
		if c < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return -1
}

// Apply returns f[arg] and whether arg is in the domain.
func (f *Func) Apply(arg Value) (Value, bool) {
	i := f.Index(arg)
	if i < 0 {
		return nil, false
	}
	return f.Vals[i], true
}

// DomainSet returns DOMAIN f.
func (f *Func) DomainSet() Value {
	n := len(f.Vals)
	switch {
	case f.Dom == nil && (!f.Fcn || f.IntvDom):
		return &Interval{Lo: 1, Hi: int64(n)}
	case f.Dom == nil:
		elems := make([]Value, n)
		for i := range elems {
			elems[i] = Int(i + 1)
		}
		return &Set{Elems: elems}
	case f.IntvDom && n > 0:
		lo, ok1 := f.Dom[0].(Int)
		hi, ok2 := f.Dom[n-1].(Int)
		if ok1 && ok2 && int64(hi)-int64(lo) == int64(n-1) {
			return &Interval{Lo: int64(lo), Hi: int64(hi)}
		}
	}
	return &Set{Elems: f.Dom}
}

// With returns f with f[i] replaced by v (i a position of the domain).
func (f *Func) With(i int, v Value) *Func {
	g := MakeFunc(f.Dom, len(f.Vals))
	g.Fcn, g.IntvDom = f.Fcn, f.IntvDom
	copy(g.Vals, f.Vals)
	g.Vals[i] = v
	return g
}

// Record builds [names[i] |-> vals[i]].
func Record(names []*Str, vals []Value) *Func {
	dom := make([]Value, len(names))
	for i, n := range names {
		dom[i] = n
	}
	return NewFunc(dom, vals)
}
