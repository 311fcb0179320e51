package value

import (
	"math"
	"sync"
)

// The lazy set forms. Each is a Value of KindSet that is enumerated only
// when it must be (see Elements); membership is decided without
// enumeration, as TLC's IntervalValue, SubsetValue, SetOfFcnsValue,
// SetOfTuplesValue, SetOfRcdsValue and the infinite sets do.

// Interval is Lo..Hi (empty when Lo > Hi).
type Interval struct{ Lo, Hi int64 }

// Subset is SUBSET Base.
type Subset struct{ Base Value }

// FuncSet is [Dom -> Rng].
type FuncSet struct{ Dom, Rng Value }

// Product is F1 \X F2 \X ... .
type Product struct{ Factors []Value }

// RecordSet is [n1 : S1, n2 : S2, ...], fields sorted as records are.
type RecordSet struct {
	Names []*Str
	Sets  []Value
}

// Infinite is one of Nat, Int, Real, STRING.
type Infinite struct{ Name string }

// SeqSet is Seq(Base).
type SeqSet struct{ Base Value }

// Filtered is {x \in Base : P}, S \ T over a lazy S: TLC's
// SetPredValue and SetDiffValue, whose membership needs no enumeration.
// It is enumerated (once) only when a use needs its elements.
type Filtered struct {
	Base Value
	Pred func(Value) bool
	// Text is how it prints when it cannot be enumerated; a function,
	// because printing the base set costs more than most filters.
	Text func() string
	// Predicate, when set, stands for Pred and Text: one object where
	// closures would be made for every set built, and one whose Select
	// can set up an evaluation once per enumeration rather than once
	// per element.
	Predicate FilterPredicate

	once  sync.Once
	elems *Set
	fail  any
}

// FilterPredicate is a Filtered's predicate as one object: Holds decides
// an element, Select keeps the elements of a slice that satisfy it, in
// order, and Text prints the set.
type FilterPredicate interface {
	Holds(Value) bool
	Select([]Value) []Value
	Text() string
}

func (s *Filtered) holds(e Value) bool {
	if s.Predicate != nil {
		return s.Predicate.Holds(e)
	}
	return s.Pred(e)
}

func (s *Filtered) text() string {
	if s.Predicate != nil {
		return s.Predicate.Text()
	}
	return s.Text()
}

// Union is the union of sets of which one cannot be enumerated.
type Union struct{ Sets []Value }

func (*Union) Kind() Kind     { return KindSet }
func (*Interval) Kind() Kind  { return KindSet }
func (*Subset) Kind() Kind    { return KindSet }
func (*FuncSet) Kind() Kind   { return KindSet }
func (*Product) Kind() Kind   { return KindSet }
func (*RecordSet) Kind() Kind { return KindSet }
func (*Infinite) Kind() Kind  { return KindSet }
func (*SeqSet) Kind() Kind    { return KindSet }
func (*Filtered) Kind() Kind  { return KindSet }

// MaxEnumeration bounds the size of a set the checker enumerates, so that
// [1..20 -> 1..20] ends with an error rather than exhausting memory.
const MaxEnumeration = 1 << 24

// IsFinite reports whether v (a set) can be enumerated.
func IsFinite(v Value) bool {
	switch s := v.(type) {
	case *Set, *Interval:
		return true
	case *Subset:
		return IsFinite(s.Base)
	case *FuncSet:
		return IsFinite(s.Dom) && IsFinite(s.Rng)
	case *Product:
		for _, f := range s.Factors {
			if !IsFinite(f) {
				return false
			}
		}
		return true
	case *RecordSet:
		for _, f := range s.Sets {
			if !IsFinite(f) {
				return false
			}
		}
		return true
	case *Filtered:
		return IsFinite(s.Base)
	case *Union:
		for _, f := range s.Sets {
			if !IsFinite(f) {
				return false
			}
		}
		return true
	}
	return false
}

// Elements enumerates a set in TLC's normal order.
func Elements(v Value) []Value {
	return ToSet(v).Elems
}

// ToSet returns the normal form of a set value, enumerating a lazy one.
func ToSet(v Value) *Set {
	switch s := v.(type) {
	case *Set:
		return s
	case *Interval:
		if s.Hi < s.Lo {
			return EmptySet
		}
		if s.Hi-s.Lo >= MaxEnumeration {
			Fail("The set %s is too large to enumerate.", Ppr(s))
		}
		out := make([]Value, 0, s.Hi-s.Lo+1)
		for i := s.Lo; i <= s.Hi; i++ {
			out = append(out, Int(i))
		}
		return &Set{Elems: out}
	case *Subset:
		base := Elements(s.Base)
		if len(base) > 24 {
			Fail("The set %s is too large to enumerate.", Ppr(s))
		}
		n := 1 << len(base)
		out := make([]Value, 0, n)
		for mask := 0; mask < n; mask++ {
			var elems []Value
			for i, e := range base {
				if mask&(1<<i) != 0 {
					elems = append(elems, e)
				}
			}
			out = append(out, &Set{Elems: elems})
		}
		return NewSet(out)
	case *FuncSet:
		dom := Elements(s.Dom)
		rng := Elements(s.Rng)
		total := 1
		for range dom {
			total *= len(rng)
			if total > MaxEnumeration {
				Fail("The set %s is too large to enumerate.", Ppr(s))
			}
		}
		out := make([]Value, 0, total)
		if len(dom) > 0 && len(rng) == 0 {
			return EmptySet
		}
		idx := make([]int, len(dom))
		fdom := normalDomain(dom)
		_, intv := s.Dom.(*Interval)
		for {
			vals := make([]Value, len(dom))
			for i, k := range idx {
				vals[i] = rng[k]
			}
			out = append(out, &Func{Dom: fdom, Vals: vals, Fcn: true, IntvDom: intv})
			i := len(idx) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(rng) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				break
			}
		}
		// The last argument turning fastest over the range in its order
		// is the normal order of the functions: no sort needed.
		return &Set{Elems: out}
	case *Product:
		factors := make([][]Value, len(s.Factors))
		total := 1
		for i, f := range s.Factors {
			factors[i] = Elements(f)
			total *= len(factors[i])
			if total > MaxEnumeration {
				Fail("The set %s is too large to enumerate.", Ppr(s))
			}
		}
		if total == 0 {
			return EmptySet
		}
		out := make([]Value, 0, total)
		idx := make([]int, len(factors))
		for {
			vals := make([]Value, len(factors))
			for i, k := range idx {
				vals[i] = factors[i][k]
			}
			out = append(out, &Func{Vals: vals})
			i := len(idx) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(factors[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				break
			}
		}
		// As for functions: the tuples come in their normal order.
		return &Set{Elems: out}
	case *RecordSet:
		p := ToSet(&Product{Factors: s.Sets})
		out := make([]Value, len(p.Elems))
		for i, t := range p.Elems {
			out[i] = Record(s.Names, t.(*Func).Vals)
		}
		// The product's order, field by field in the records' order.
		return &Set{Elems: out}
	case *Infinite:
		Fail("Attempted to enumerate %s, which is infinite.", s.Name)
	case *SeqSet:
		Fail("Attempted to enumerate %s, which is infinite.", Ppr(s))
	case *Filtered:
		if !IsFinite(s.Base) {
			Fail("Attempted to enumerate %s, whose base set is not enumerable.", s.text())
		}
		s.once.Do(func() {
			defer func() {
				if r := recover(); r != nil {
					s.fail = r
				}
			}()
			var out []Value
			if s.Predicate != nil {
				out = s.Predicate.Select(Elements(s.Base))
			} else {
				for _, e := range Elements(s.Base) {
					if s.Pred(e) {
						out = append(out, e)
					}
				}
			}
			s.elems = &Set{Elems: out}
		})
		if s.fail != nil {
			panic(s.fail)
		}
		return s.elems
	case *Union:
		var out []Value
		for _, x := range s.Sets {
			out = append(out, Elements(x)...)
		}
		return NewSet(out)
	}
	Fail("Attempted to enumerate a non-set value:\n%s", Ppr(v))
	return nil
}

// Card returns Cardinality(v). The size of a set of functions, tuples,
// records or subsets follows from the sizes of its parts, as TLC's
// size() computes it, with TLC's overflow beyond 2^31-1.
func Card(v Value) int64 {
	if n, ok := size(v); ok {
		if n > math.MaxInt32 {
			Fail("Overflow when computing the number of elements in:\n%s", Ppr(v))
		}
		return n
	}
	return int64(len(Elements(v)))
}

// size is the number of elements of v when it follows from the sizes of
// v's parts without enumerating v (ok false for other sets); a size
// beyond math.MaxInt64 is math.MaxInt64.
func size(v Value) (n int64, ok bool) {
	switch s := v.(type) {
	case *Set:
		return int64(len(s.Elems)), true
	case *Interval:
		if s.Hi < s.Lo {
			return 0, true
		}
		return s.Hi - s.Lo + 1, true
	case *Subset:
		b, ok := size(s.Base)
		if !ok {
			return 0, false
		}
		if b >= 63 {
			return math.MaxInt64, true
		}
		return 1 << b, true
	case *FuncSet:
		d, ok1 := size(s.Dom)
		r, ok2 := size(s.Rng)
		if !ok1 || !ok2 {
			return 0, false
		}
		// |Rng|^|Dom|: with two or more values to map to, it passes
		// math.MaxInt64 within 63 factors, so a large domain costs no
		// more.
		switch {
		case d == 0:
			return 1, true
		case r <= 1:
			return r, true
		}
		n = 1
		for i := int64(0); i < d && n < math.MaxInt64; i++ {
			n = saturatingMul(n, r)
		}
		return n, true
	case *Product:
		return productSize(s.Factors)
	case *RecordSet:
		return productSize(s.Sets)
	}
	return 0, false
}

func productSize(sets []Value) (int64, bool) {
	n := int64(1)
	for _, f := range sets {
		m, ok := size(f)
		if !ok {
			return 0, false
		}
		n = saturatingMul(n, m)
	}
	return n, true
}

func saturatingMul(a, b int64) int64 {
	if a == 0 || b == 0 {
		return 0
	}
	if a > math.MaxInt64/b {
		return math.MaxInt64
	}
	return a * b
}

// IsEmpty says whether the set v is empty.
func IsEmpty(v Value) bool {
	switch s := v.(type) {
	case *Interval:
		return s.Hi < s.Lo
	case *Infinite, *SeqSet, *Subset:
		return false
	}
	return Card(v) == 0
}

// notMember fails as TLC's member methods do when e is not of the kind
// the set s holds: an error, except for a model value, which is in no
// such set (ModelValue.modelValueMember).
// format words the error as TLC's member method does, with the element
// and the set as its arguments; module says that method is a standard
// module's (Nat, Int, STRING, Seq(S): Error.Module).
func notMember(e, s Value, format string, module bool) {
	if _, ok := e.(*ModelVal); ok {
		return
	}
	if module {
		FailModule(format, Ppr(e), Ppr(s))
	}
	Fail(format, Ppr(e), Ppr(s))
}

// Member decides e \in s.
func Member(e, s Value) bool {
	switch set := s.(type) {
	case *Set:
		return setIndex(set.Elems, e) >= 0
	case *Interval:
		n, ok := e.(Int)
		if !ok {
			// TLC's IntervalValue.member: an untyped model value is in
			// no interval, any other value fails on a non-empty one.
			if mv, isMV := e.(*ModelVal); (isMV && mv.Type == 0) || set.Hi < set.Lo {
				return false
			}
			Fail("Attempted to check if the value:\n%s\nis in the integer interval %s", Ppr(e), Ppr(s))
		}
		return int64(n) >= set.Lo && int64(n) <= set.Hi
	case *Subset:
		sub, ok := e.(*Set)
		if !ok {
			if !isSetValue(e) {
				// SubsetValue.member: a model value too.
				Fail("Attempted to check if the non-enumerable value\n%s\nis element of\n%s", Ppr(e), Ppr(s))
			}
			sub = ToSet(e)
		}
		for _, x := range sub.Elems {
			if !Member(x, set.Base) {
				return false
			}
		}
		return true
	case *FuncSet:
		f, ok := e.(*Func)
		if !ok {
			notMember(e, s, "Attempted to check if \n%s\nwhich is not a TLC function value, is in the set of functions:\n%s", false)
			return false
		}
		if !DomainEqual(f, set.Dom) {
			return false
		}
		for _, v := range f.Vals {
			if !Member(v, set.Rng) {
				return false
			}
		}
		return true
	case *Product:
		t, ok := e.(*Func)
		if !ok {
			notMember(e, s, "Attempted to check if non-tuple\n%s\nis in the set of tuples:\n%s", false)
			return false
		}
		if !t.IsSeq() {
			// SetOfTuplesValue.member: a function on integers is no
			// tuple of the set; on anything else, it is an error.
			for _, d := range t.Dom {
				if _, ok := d.(Int); !ok {
					notMember(e, s, "Attempted to check if non-tuple\n%s\nis in the set of tuples:\n%s", false)
				}
			}
			return false
		}
		if len(t.Vals) != len(set.Factors) {
			return false
		}
		for i, v := range t.Vals {
			if !Member(v, set.Factors[i]) {
				return false
			}
		}
		return true
	case *RecordSet:
		r, ok := e.(*Func)
		if !ok || (len(r.Vals) > 0 && !r.HasStringDomain()) {
			// SetOfRcdsValue.member: only <<>> converts to a record
			// (the empty one).
			notMember(e, s, "Attempted to check if non-record\n%s\nis in the set of records:\n%s", false)
			return false
		}
		if len(r.Vals) != len(set.Names) || r.Dom == nil {
			return false
		}
		for i, n := range set.Names {
			v, ok := r.Apply(n)
			if !ok || !Member(v, set.Sets[i]) {
				return false
			}
		}
		return true
	case *Infinite:
		switch set.Name {
		case "Nat", "Int":
			n, ok := e.(Int)
			if !ok {
				notMember(e, s, "Attempted to check if the value:\n%s\nis an element of %s.", true)
			}
			return ok && (n >= 0 || set.Name == "Int")
		case "Any":
			// TLC's AnySet: every value is in it.
			return true
		case "STRING":
			_, ok := e.(*Str)
			if !ok {
				notMember(e, s, "Attempted to check if the value:\n%s\nis an element of %s.", true)
			}
			return ok
		}
		Fail("Attempted to check membership in %s.", set.Name)
	case *SeqSet:
		f, ok := e.(*Func)
		if !ok || !f.IsSeq() {
			// Sequences' Seq(S).member: a value that is no tuple (a
			// string among them) is an error.
			notMember(e, s, "Attempted to check if the value:\n%s\nis an element of %s.", true)
			return false
		}
		for _, v := range f.Vals {
			if !Member(v, set.Base) {
				return false
			}
		}
		return true
	case *Filtered:
		return Member(e, set.Base) && set.holds(e)
	case *Union:
		for _, x := range set.Sets {
			if Member(e, x) {
				return true
			}
		}
		return false
	}
	Fail("Attempted to check if the value:\n%s\nis an element of the non-set\n%s", Ppr(e), Ppr(s))
	return false
}

func isSetValue(v Value) bool { return v.Kind() == KindSet }

// MemberTuple decides <<t...>> \in s without building the tuple where s
// is enumerated: the binary search of Member, comparing the tuple with
// each element as Compare would. Where Compare would fail, or s is of
// another form, the tuple is built and Member decides (and fails) as it
// does.
func MemberTuple(t []Value, s Value) bool {
	set, ok := s.(*Set)
	if !ok {
		return Member(Tuple(append([]Value(nil), t...)), s)
	}
	lo, hi := 0, len(set.Elems)
	for lo < hi {
		m := (lo + hi) / 2
		c, ok := compareTuple(t, set.Elems[m])
		if !ok {
			return Member(Tuple(append([]Value(nil), t...)), s)
		}
		if c == 0 {
			return true
		}
		if c > 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return false
}

// compareTuple is Compare(<<t...>>, x); ok is false where Compare fails
// on the kinds themselves.
func compareTuple(t []Value, x Value) (c int, ok bool) {
	switch y := x.(type) {
	case *ModelVal:
		return 1, true
	case *Func:
		if c := len(t) - len(y.Vals); c != 0 {
			return sign(c), true
		}
		if y.Dom != nil {
			for i := range y.Vals {
				if c := Compare(Int(i+1), y.Dom[i]); c != 0 {
					return c, true
				}
			}
		}
		for i := range y.Vals {
			if c := Compare(t[i], y.Vals[i]); c != 0 {
				return c, true
			}
		}
		return 0, true
	}
	return 0, false
}

// setIndex finds e in sorted elems by binary search, or -1. It compares
// e with the elements, as TLC's ValueVec.search does, so that a
// comparison that fails names them in TLC's order.
func setIndex(elems []Value, e Value) int {
	lo, hi := 0, len(elems)
	for lo < hi {
		m := (lo + hi) / 2
		c := Compare(e, elems[m])
		if c == 0 {
			return m
		}
		if c > 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return -1
}
