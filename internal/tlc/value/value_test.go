package value

import (
	"strings"
	"testing"
)

func TestPrintAsTLC(t *testing.T) {
	in := NewInterner()
	a, b := in.Model("a"), in.Model("b")
	x, y := in.String("x"), in.String("y")
	cases := []struct {
		v    Value
		want string
	}{
		{True, "TRUE"},
		{Int(-3), "-3"},
		{in.String("q\"u\\o\nte"), `"q\"u\\o\nte"`},
		{a, "a"},
		{NewSet([]Value{Int(2), Int(1), Int(2)}), "{1, 2}"},
		{EmptySet, "{}"},
		{Tuple([]Value{Int(1), x}), `<<1, "x">>`},
		{EmptyTuple, "<<>>"},
		{Record([]*Str{y, x}, []Value{Int(2), Int(1)}), "[x |-> 1, y |-> 2]"},
		{NewFunc([]Value{Int(3), Int(1)}, []Value{b, a}), "(1 :> a @@ 3 :> b)"},
		{NewFunc([]Value{Int(2), Int(1)}, []Value{b, a}), "<<a, b>>"},
		{&Interval{Lo: 1, Hi: 3}, "1..3"},
		{&Interval{Lo: 1, Hi: 0}, "{}"},
		// TLC prints a small lazy set as its elements (SubsetValue's
		// toString: a base of fewer than 7), a larger one as written.
		{&Subset{Base: NewSet([]Value{a})}, "{{}, {a}}"},
		{&Subset{Base: &Interval{Lo: 1, Hi: 7}}, "SUBSET (1..7)"},
		{&Product{Factors: []Value{NewSet([]Value{a}), NewSet([]Value{Int(1), Int(2)})}}, "{<<a, 1>>, <<a, 2>>}"},
		{&FuncSet{Dom: NewSet([]Value{a}), Rng: &Infinite{Name: "Nat"}}, "[{a} -> Nat]"},
	}
	for _, c := range cases {
		if got := Print(c.v); got != c.want {
			t.Errorf("Print = %s, want %s", got, c.want)
		}
	}
}

func TestEqualAcrossRepresentations(t *testing.T) {
	in := NewInterner()
	pairs := [][2]Value{
		{&Interval{Lo: 1, Hi: 3}, NewSet([]Value{Int(3), Int(2), Int(1)})},
		{Tuple([]Value{Int(5), Int(6)}), NewFunc([]Value{Int(1), Int(2)}, []Value{Int(5), Int(6)})},
		{&Subset{Base: NewSet([]Value{Int(1)})}, NewSet([]Value{EmptySet, NewSet([]Value{Int(1)})})},
		{&Product{Factors: []Value{NewSet([]Value{Int(1)}), NewSet([]Value{Int(2), Int(3)})}},
			NewSet([]Value{Tuple([]Value{Int(1), Int(3)}), Tuple([]Value{Int(1), Int(2)})})},
		{&RecordSet{Names: []*Str{in.String("f")}, Sets: []Value{NewSet([]Value{Int(1)})}},
			NewSet([]Value{Record([]*Str{in.String("f")}, []Value{Int(1)})})},
		{&FuncSet{Dom: NewSet([]Value{Int(1)}), Rng: NewSet([]Value{True})}, NewSet([]Value{Tuple([]Value{True})})},
	}
	for _, p := range pairs {
		if !Equal(p[0], p[1]) || !Equal(p[1], p[0]) {
			t.Errorf("%s and %s should be equal", Print(p[0]), Print(p[1]))
		}
		if Fingerprint(p[0]) != Fingerprint(p[1]) {
			t.Errorf("%s and %s are equal but fingerprint differently", Print(p[0]), Print(p[1]))
		}
		if Compare(p[0], p[1]) != 0 {
			t.Errorf("%s and %s are equal but compare as different", Print(p[0]), Print(p[1]))
		}
	}
	if Fingerprint(Int(1)) == Fingerprint(in.String("1")) || Fingerprint(EmptySet) == Fingerprint(EmptyTuple) {
		t.Error("different values share a fingerprint in an obvious case")
	}
}

func TestTLCOrder(t *testing.T) {
	in := NewInterner()
	// Strings order by first appearance, not by spelling (TLC's
	// UniqueString order).
	z, a := in.String("z"), in.String("a")
	if Compare(z, a) >= 0 {
		t.Error(`"z" was interned first and must come first`)
	}
	if got := Print(NewSet([]Value{a, z})); got != `{"z", "a"}` {
		t.Errorf("set of strings prints %s", got)
	}
	// Sets by size first.
	if Compare(NewSet([]Value{Int(9)}), NewSet([]Value{Int(1), Int(2)})) >= 0 {
		t.Error("a smaller set must come first")
	}
	// Model values before anything else.
	if Compare(in.Model("m"), Int(0)) >= 0 || Compare(Int(0), in.Model("m")) <= 0 {
		t.Error("model values come first")
	}
	// Comparing an integer with a string fails, as in TLC.
	func() {
		defer func() {
			if _, ok := recover().(*Error); !ok {
				t.Error("comparing 1 with \"a\" did not fail")
			}
		}()
		Equal(Int(1), a)
	}()
}

func TestMembershipWithoutEnumeration(t *testing.T) {
	nat := &Infinite{Name: "Nat"}
	if !Member(Int(5), nat) || Member(Int(-1), nat) {
		t.Error("Nat membership")
	}
	seq := &SeqSet{Base: NewSet([]Value{Int(1), Int(2)})}
	if !Member(Tuple([]Value{Int(2), Int(1), Int(2)}), seq) || Member(Tuple([]Value{Int(3)}), seq) {
		t.Error("Seq membership")
	}
	fs := &FuncSet{Dom: &Interval{Lo: 1, Hi: 2}, Rng: nat}
	if !Member(Tuple([]Value{Int(7), Int(0)}), fs) || Member(Tuple([]Value{Int(7)}), fs) {
		t.Error("[1..2 -> Nat] membership")
	}
	u := &Union{Sets: []Value{nat, NewSet([]Value{Int(-1)})}}
	if !Member(Int(-1), u) || Member(Int(-2), u) {
		t.Error("union membership")
	}
	func() {
		defer func() {
			if _, ok := recover().(*Error); !ok {
				t.Error("enumerating Nat did not fail")
			}
		}()
		Elements(nat)
	}()
}

func TestPermute(t *testing.T) {
	in := NewInterner()
	a, b := in.Model("a"), in.Model("b")
	perm := NewPermutation(map[*ModelVal]*ModelVal{a: b, b: a})
	v := NewFunc([]Value{a, b}, []Value{Int(1), Int(2)})
	want := NewFunc([]Value{b, a}, []Value{Int(1), Int(2)})
	if got := perm.Apply(v); !Equal(got, want) {
		t.Errorf("Apply = %s, want %s", Print(got), Print(want))
	}
}

func TestCheckIntOverflow(t *testing.T) {
	if CheckInt(MaxInt, "x") != MaxInt {
		t.Error("MaxInt is in range")
	}
	defer func() {
		if _, ok := recover().(*Error); !ok {
			t.Error("2^31 did not overflow")
		}
	}()
	CheckInt(MaxInt+1, "x")
}

// TestAnyAsTLC: TLC's Any (AnySet) holds every value and equals nothing,
// itself included (its compareTo fails).
func TestAnyAsTLC(t *testing.T) {
	in := NewInterner()
	anySet := &Infinite{Name: "Any"}
	for _, v := range []Value{Int(1), in.String("a"), EmptySet, Tuple([]Value{True})} {
		if !Member(v, anySet) {
			t.Errorf("%s \\in Any is FALSE", Print(v))
		}
	}
	func() {
		defer func() {
			if _, ok := recover().(*Error); !ok {
				t.Error("Any = Any did not fail")
			}
		}()
		Equal(anySet, &Infinite{Name: "Any"})
	}()
}

// The sets of functions, tuples and records enumerate straight into their
// normal order, and know their size without enumeration: Card and the
// order of sets of different sizes agree with the elements.
func TestLazySetsInNormalOrder(t *testing.T) {
	in := NewInterner()
	mixed := NewSet([]Value{in.Model("m2"), Int(3), in.Model("m1"), Int(-1)})
	strs := NewSet([]Value{in.String("b"), in.String("a"), in.String("c")})
	small := &Interval{Lo: 0, Hi: 1}
	empty := &Interval{Lo: 1, Hi: 0}
	sets := []Value{
		&FuncSet{Dom: &Interval{Lo: 1, Hi: 3}, Rng: mixed},
		&FuncSet{Dom: strs, Rng: small},
		&FuncSet{Dom: mixed, Rng: strs},
		&FuncSet{Dom: empty, Rng: strs},
		&FuncSet{Dom: small, Rng: empty},
		&Product{Factors: []Value{strs, mixed, small}},
		&Product{Factors: []Value{small, empty}},
		&RecordSet{Names: []*Str{in.String("b"), in.String("a")}, Sets: []Value{mixed, strs}},
		&Subset{Base: mixed},
		&FuncSet{Dom: small, Rng: &Subset{Base: strs}},
	}
	for _, s := range sets {
		elems := ToSet(s).Elems
		sorted := NewSet(append([]Value(nil), elems...)).Elems
		if len(sorted) != len(elems) {
			t.Errorf("%s: %d elements, %d distinct", Print(s), len(elems), len(sorted))
			continue
		}
		for i := range elems {
			if Compare(elems[i], sorted[i]) != 0 {
				t.Errorf("%s: element %d is %s, in normal order %s", Print(s), i, Print(elems[i]), Print(sorted[i]))
				break
			}
		}
		if n := Card(s); n != int64(len(elems)) {
			t.Errorf("Cardinality(%s) = %d, %d elements", Print(s), n, len(elems))
		}
		for _, u := range sets {
			enumerated := Compare(ToSet(s), ToSet(u))
			if got := Compare(s, u); got != enumerated {
				t.Errorf("Compare(%s, %s) = %d, %d on their elements", Print(s), Print(u), got, enumerated)
			}
		}
	}
	// Beyond 2^31-1 elements, TLC's overflow (it counts in an int).
	func() {
		defer func() {
			if e, ok := recover().(*Error); !ok || !strings.Contains(e.Error(), "Overflow when computing the number of elements") {
				t.Errorf("Cardinality([1..20 -> 1..20]): %v", e)
			}
		}()
		Card(&FuncSet{Dom: &Interval{Lo: 1, Hi: 20}, Rng: &Interval{Lo: 1, Hi: 20}})
	}()
	if n := Card(&FuncSet{Dom: &Interval{Lo: 1, Hi: 7}, Rng: &Interval{Lo: 1, Hi: 20}}); n != 1280000000 {
		t.Errorf("Cardinality([1..7 -> 1..20]) = %d without enumerating, want 20^7", n)
	}
	// A domain of 10^12 values: one function to a singleton, none to {}.
	huge := &Interval{Lo: 1, Hi: 1_000_000_000_000}
	if n := Card(&FuncSet{Dom: huge, Rng: NewSet([]Value{Int(7)})}); n != 1 {
		t.Errorf("Cardinality([1..10^12 -> {7}]) = %d, want 1", n)
	}
	if n := Card(&FuncSet{Dom: huge, Rng: empty}); n != 0 {
		t.Errorf("Cardinality([1..10^12 -> {}]) = %d, want 0", n)
	}
}
