package value

import (
	"cmp"
	"math"
)

// Compare is TLC's total order on values of one type (tlc2.value.impl's
// compareTo): integers by value, strings and model values by their
// Interner order, sets by size then element by element, functions by
// size, then domain, then values. Model values come before every other
// value. Comparing values of different types fails, as in TLC.
func Compare(a, b Value) int {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
		if y, ok := b.(*ModelVal); ok {
			return y.compareNonModel(a)
		}
		Fail("Attempted to compare integer %s with non-integer:\n%s", Ppr(a), Ppr(b))
	case *Str:
		if y, ok := b.(*Str); ok {
			return cmp.Compare(x.ID, y.ID)
		}
		if y, ok := b.(*ModelVal); ok {
			return y.compareNonModel(a)
		}
		Fail("Attempted to compare string %s with non-string:\n%s", Ppr(a), Ppr(b))
	case Bool:
		if y, ok := b.(Bool); ok {
			return boolInt(bool(x)) - boolInt(bool(y))
		}
		if y, ok := b.(*ModelVal); ok {
			return y.compareNonModel(a)
		}
		Fail("Attempted to compare boolean %s with non-boolean:\n%s", Ppr(a), Ppr(b))
	case *ModelVal:
		if y, ok := b.(*ModelVal); ok {
			if x.Type != 0 && y.Type != 0 && x.Type != y.Type {
				Fail("Attempted to compare the differently-typed model values %s and %s", x.Name, y.Name)
			}
			return cmp.Compare(x.ID, y.ID)
		}
		if x.Type != 0 {
			Fail("Attempted to compare the typed model value %s and non-model value\n%s", x.Name, Ppr(b))
		}
		return -1
	case *Func:
		y, ok := b.(*Func)
		if !ok {
			if _, ok := b.(*ModelVal); ok {
				return 1
			}
			Fail("Attempted to compare the function %s with the value:\n%s", Ppr(a), Ppr(b))
		}
		if c := len(x.Vals) - len(y.Vals); c != 0 {
			return sign(c)
		}
		if x.Dom != nil || y.Dom != nil {
			for i := range x.Vals {
				if c := Compare(x.DomainAt(i), y.DomainAt(i)); c != 0 {
					return c
				}
			}
		}
		for i := range x.Vals {
			if c := Compare(x.Vals[i], y.Vals[i]); c != 0 {
				return c
			}
		}
		return 0
	}
	if a.Kind() == KindSet {
		if y, ok := b.(*ModelVal); ok {
			return y.compareNonModel(a)
		}
		if x, ok := a.(*Infinite); ok {
			return compareInfinite(x, b)
		}
		if b.Kind() != KindSet {
			Fail("Attempted to compare the set %s with the value:\n%s", Ppr(a), Ppr(b))
		}
		if x, ok := a.(*Interval); ok {
			if y, ok := b.(*Interval); ok {
				return compareIntervals(x, y)
			}
		}
		// Sets of different sizes compare by size, which a set of
		// functions (say) knows without its elements.
		if n, ok := size(a); ok {
			if m, ok := size(b); ok && n != m && n != math.MaxInt64 && m != math.MaxInt64 {
				return cmp.Compare(n, m)
			}
		}
		xs, ys := ToSet(a).Elems, ToSet(b).Elems
		if c := len(xs) - len(ys); c != 0 {
			return sign(c)
		}
		for i := range xs {
			if c := Compare(xs[i], ys[i]); c != 0 {
				return c
			}
		}
		return 0
	}
	Fail("Attempted to compare %s with %s.", Ppr(a), Ppr(b))
	return 0
}

// compareInfinite compares Nat, Int, Real or STRING with a set as TLC's
// module overrides do: Nat before Int, each equal to itself, and no
// order with anything else.
func compareInfinite(x *Infinite, b Value) int {
	if y, ok := b.(*Infinite); ok {
		switch {
		case x.Name == y.Name:
			return 0
		case x.Name == "Nat" && y.Name == "Int":
			return -1
		case x.Name == "Int" && y.Name == "Nat":
			return 1
		}
	}
	Fail("Attempted to compare %s with the value\n%s", x.Name, Ppr(b))
	return 0
}

func compareIntervals(x, y *Interval) int {
	nx, ny := Card(x), Card(y)
	if nx != ny {
		if nx < ny {
			return -1
		}
		return 1
	}
	if nx == 0 {
		return 0
	}
	switch {
	case x.Lo < y.Lo:
		return -1
	case x.Lo > y.Lo:
		return 1
	}
	return 0
}

// Equal is TLA+ equality. Values of different types are unequal when one
// is a model value; otherwise comparing them fails, as in TLC.
func Equal(a, b Value) bool {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y
		}
	case Bool:
		if y, ok := b.(Bool); ok {
			return x == y
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return x == y || x.S == y.S
		}
	case *ModelVal:
		if y, ok := b.(*ModelVal); ok {
			if x.Type != 0 && y.Type != 0 && x.Type != y.Type {
				Fail("Attempted to check equality of the differently-typed model values %s and %s", x.Name, y.Name)
			}
			return x.ID == y.ID
		}
		if x.Type != 0 {
			Fail("Attempted to check equality of typed model value %s and non-model value\n%s", x.Name, Ppr(b))
		}
		return false
	case *Func:
		if y, ok := b.(*Func); ok {
			if (x.Dom == nil) != (y.Dom == nil) {
				return equalTupleFunc(x, y)
			}
			if x.HasStringDomain() && !y.HasStringDomain() {
				// RecordValue.equals converts y to no record.
				failRecordEqual(x, y)
			}
			if len(x.Vals) != len(y.Vals) {
				return false
			}
			for i := range x.Vals {
				if x.Dom != nil && !Equal(x.Dom[i], y.Dom[i]) {
					return false
				}
				if !Equal(x.Vals[i], y.Vals[i]) {
					return false
				}
			}
			return true
		}
	}
	if y, ok := b.(*ModelVal); ok {
		if y.Type != 0 {
			// ModelValue.modelValueEquals
			Fail("Attempted to check equality of the typed model value %s and the non-model value\n%s", y.Name, Ppr(a))
		}
		return false
	}
	if a.Kind() == KindSet && b.Kind() == KindSet {
		if x, ok := a.(*Interval); ok {
			if y, ok := b.(*Interval); ok {
				return compareIntervals(x, y) == 0
			}
		}
		if !IsFinite(a) || !IsFinite(b) {
			return equalInfinite(a, b)
		}
		if eq, ok := equalSetInterval(a, b); ok {
			return eq
		}
		xs, ys := ToSet(a).Elems, ToSet(b).Elems
		if len(xs) != len(ys) {
			return false
		}
		for i := range xs {
			if !Equal(xs[i], ys[i]) {
				return false
			}
		}
		return true
	}
	if a.Kind() == b.Kind() && a.Kind() != KindOp {
		return Compare(a, b) == 0
	}
	failEqual(a, b)
	return false
}

// equalSetInterval decides a = b for an enumerated set and an interval
// (either way round) without enumerating the interval, comparing the
// same elements in the same order as the general case, so that the same
// comparisons fail. ok is false for other pairs.
func equalSetInterval(a, b Value) (eq, ok bool) {
	if iv, isIv := a.(*Interval); isIv && iv.Hi-iv.Lo >= MaxEnumeration {
		return false, false // the general case fails as too large to enumerate
	}
	if iv, isIv := b.(*Interval); isIv && iv.Hi-iv.Lo >= MaxEnumeration {
		return false, false
	}
	switch x := a.(type) {
	case *Set:
		if y, isIv := b.(*Interval); isIv {
			return elemsEqualInterval(x.Elems, y.Lo, y.Hi, false), true
		}
	case *Interval:
		if y, isSet := b.(*Set); isSet {
			return elemsEqualInterval(y.Elems, x.Lo, x.Hi, true), true
		}
	}
	return false, false
}

// elemsEqualInterval reports whether the sorted elems are lo..hi's;
// flipped says the interval is Equal's first operand.
func elemsEqualInterval(elems []Value, lo, hi int64, flipped bool) bool {
	if n := max(hi-lo+1, 0); int64(len(elems)) != n {
		return false
	}
	for i, e := range elems {
		n := lo + int64(i)
		if k, isInt := e.(Int); isInt {
			if int64(k) != n {
				return false
			}
			continue
		}
		if (flipped && !Equal(Int(n), e)) || (!flipped && !Equal(e, Int(n))) {
			return false
		}
	}
	return true
}

// failEqual fails as the equals method of a's class in TLC fails on a
// value it cannot compare with.
func failEqual(a, b Value) {
	switch x := a.(type) {
	case Int:
		Fail("Attempted to check equality of integer %s with non-integer:\n%s", Ppr(a), Ppr(b))
	case *Str:
		Fail("Attempted to check equality of string %s with non-string:\n%s", Ppr(a), Ppr(b))
	case Bool:
		Fail("Attempted to compare equality of boolean %s with non-boolean:\n%s", Ppr(a), Ppr(b))
	case *Func:
		if x.HasStringDomain() {
			failRecordEqual(a, b)
		}
		Fail("Attempted to check equality of the function %s with the value:\n%s", Ppr(a), Ppr(b))
	case *Interval:
		// IntervalValue.equals compares its enumeration.
		Fail("Attempted to check equality of the set %s with the value:\n%s", Ppr(ToSet(x)), Ppr(b))
	}
	if a.Kind() == KindSet {
		Fail("Attempted to check equality of the set %s with the value:\n%s", Ppr(a), Ppr(b))
	}
	Fail("Attempted to check equality of %s with %s.", Ppr(a), Ppr(b))
}

// failRecordEqual fails as RecordValue.equals does on a value that is no
// record (one it cannot convert to a record).
func failRecordEqual(rec, other Value) {
	Fail("Attempted to check equality of record:\n%s\nwith non-record\n%s", Ppr(rec), Ppr(other))
}

// HasStringDomain reports whether f is a record as TLC sees one (in
// equality, in the Json module): a function whose domain is a non-empty
// set of strings.
func (f *Func) HasStringDomain() bool {
	if len(f.Dom) == 0 {
		return false
	}
	for _, d := range f.Dom {
		if _, ok := d.(*Str); !ok {
			return false
		}
	}
	return true
}

// DomainEqual decides DOMAIN f = dom without building DOMAIN f.
func DomainEqual(f *Func, dom Value) bool {
	if f.Dom == nil {
		n := int64(len(f.Vals))
		switch d := dom.(type) {
		case *Interval:
			// compareIntervals(1..n, d) == 0
			if dn := Card(d); dn != n {
				return false
			}
			return n == 0 || d.Lo == 1
		case *Set:
			if n-1 < MaxEnumeration {
				return elemsEqualInterval(d.Elems, 1, n, true)
			}
		}
		return Equal(f.DomainSet(), dom)
	}
	switch d := dom.(type) {
	case *Interval:
		if d.Hi-d.Lo < MaxEnumeration {
			return elemsEqualInterval(f.Dom, d.Lo, d.Hi, false)
		}
	case *Set:
		if len(d.Elems) != len(f.Dom) {
			return false
		}
		for i := range f.Dom {
			if !Equal(f.Dom[i], d.Elems[i]) {
				return false
			}
		}
		return true
	}
	return Equal(f.DomainSet(), dom)
}

// equalTupleFunc compares a sequence (a function on 1..n) with a
// function whose domain is listed, as TLC does (TupleValue, RecordValue
// and FcnRcdValue.equals), which fails where one might expect FALSE: a
// record equals no non-empty sequence (RecordValue.equals finds no
// record in it), and a sequence or function is compared with a function
// of as many elements domain element by domain element, an integer with
// a string or model value failing; of different sizes they are unequal.
func equalTupleFunc(x, y *Func) bool {
	tuple, fn := x, y
	if x.Dom != nil {
		tuple, fn = y, x
		if x.HasStringDomain() {
			if len(y.Vals) > 0 {
				failRecordEqual(x, y)
			}
			return false
		}
	}
	if len(tuple.Vals) != len(fn.Vals) {
		return false
	}
	// The domains first, then the values, as FcnRcdValue.equals.
	for i, d := range fn.Dom {
		if _, ok := d.(Int); !ok {
			Fail("Attempted to compare an integer with non-integer:\n%s.", Ppr(d))
		}
		if d != Int(i+1) {
			return false
		}
	}
	for i := range fn.Vals {
		if !Equal(tuple.Vals[i], fn.Vals[i]) {
			return false
		}
	}
	return true
}

func equalInfinite(a, b Value) bool {
	x, ok1 := a.(*Infinite)
	y, ok2 := b.(*Infinite)
	// Any equals nothing, itself included (TLC's AnySet.compareTo fails).
	if ok1 && ok2 && x.Name != "Any" && y.Name != "Any" {
		return x.Name == y.Name
	}
	// TLC's SubsetValue and Seq compare their bases; a finite set is
	// never compared with an infinite one (TLC tries to enumerate it).
	if x, ok := a.(*Subset); ok {
		if y, ok := b.(*Subset); ok {
			return Equal(x.Base, y.Base)
		}
	}
	if x, ok := a.(*SeqSet); ok {
		if y, ok := b.(*SeqSet); ok {
			return Equal(x.Base, y.Base)
		}
	}
	if IsFinite(a) || IsFinite(b) {
		Fail("Attempted to check equality of the set %s with the value:\n%s", Ppr(a), Ppr(b))
	}
	Fail("Attempted to compare the infinite sets %s and %s.", Ppr(a), Ppr(b))
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func sign(c int) int {
	switch {
	case c < 0:
		return -1
	case c > 0:
		return 1
	}
	return 0
}

// compareNonModel is how TLC orders a value that is no model value
// before model value m (ModelValue.modelValueCompareTo): after it, or a
// failure if m is typed.
func (m *ModelVal) compareNonModel(v Value) int {
	if m.Type != 0 {
		Fail("Attempted to compare the typed model value %s and the non-model value\n%s", m.Name, Ppr(v))
	}
	return 1
}
