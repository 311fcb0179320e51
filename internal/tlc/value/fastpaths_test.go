package value

import (
	"math/rand"
	"testing"
)

// failure runs f and returns the message of the value error it raises,
// or "" when it raises none.
func failure(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = r.(*Error).Msg
		}
	}()
	f()
	return ""
}

// TestUnionSetsIsNewSet checks the merge against NewSet of the
// concatenation: the same elements, and the same failure on elements
// that cannot be compared.
func TestUnionSetsIsNewSet(t *testing.T) {
	in := NewInterner()
	pool := []Value{Int(1), Int(2), Int(3), Int(5), in.Model("m"), in.Model("n"),
		Tuple([]Value{Int(1)}), Tuple([]Value{Int(1), Int(2)}), in.String("s")}
	rng := rand.New(rand.NewSource(1))
	pick := func() *Set {
		var elems []Value
		for _, v := range pool {
			if rng.Intn(3) == 0 {
				elems = append(elems, v)
			}
		}
		var s *Set
		if failure(func() { s = NewSet(elems) }) != "" {
			return EmptySet
		}
		return s
	}
	for i := 0; i < 2000; i++ {
		x, y := pick(), pick()
		var want, got *Set
		wantErr := failure(func() { want = NewSet(append(append([]Value(nil), x.Elems...), y.Elems...)) })
		gotErr := failure(func() { got = UnionSets(x, y) })
		if wantErr != gotErr {
			t.Fatalf("%s \\cup %s: error %q, want %q", Print(x), Print(y), gotErr, wantErr)
		}
		if wantErr == "" && Print(got) != Print(want) {
			t.Fatalf("%s \\cup %s = %s, want %s", Print(x), Print(y), Print(got), Print(want))
		}
	}
}

// TestDomainEqualIsEqual checks DomainEqual against Equal on DOMAIN f.
func TestDomainEqualIsEqual(t *testing.T) {
	in := NewInterner()
	funcs := []*Func{EmptyTuple, Tuple([]Value{Int(7)}), Tuple([]Value{Int(7), Int(8)}),
		NewFunc([]Value{Int(0), Int(1)}, []Value{True, False}),
		NewFunc([]Value{Int(2), Int(3)}, []Value{True, False}),
		Record([]*Str{in.String("a"), in.String("b")}, []Value{Int(1), Int(2)}),
		NewFunc([]Value{in.Model("m")}, []Value{True})}
	doms := []Value{EmptySet, &Interval{Lo: 1, Hi: 0}, &Interval{Lo: 1, Hi: 2}, &Interval{Lo: 0, Hi: 1},
		&Interval{Lo: 2, Hi: 3}, NewSet([]Value{Int(1), Int(2)}), NewSet([]Value{Int(0), Int(1)}),
		NewSet([]Value{in.String("a"), in.String("b")}), NewSet([]Value{in.Model("m")}), NewSet([]Value{Int(1)}),
		&Infinite{Name: "Nat"}}
	for _, f := range funcs {
		for _, d := range doms {
			var want, got bool
			wantErr := failure(func() { want = Equal(f.DomainSet(), d) })
			gotErr := failure(func() { got = DomainEqual(f, d) })
			if wantErr != gotErr || want != got {
				t.Errorf("DOMAIN %s = %s: %v %q, want %v %q", Print(f), Print(d), got, gotErr, want, wantErr)
			}
		}
	}
}

// TestEqualSetIntervalIsEnumerated checks set = interval, both ways,
// against the same comparison with the interval enumerated.
func TestEqualSetIntervalIsEnumerated(t *testing.T) {
	in := NewInterner()
	sets := []*Set{EmptySet, NewSet([]Value{Int(1), Int(2)}), NewSet([]Value{Int(0), Int(1)}), NewSet([]Value{Int(300), Int(301)}),
		NewSet([]Value{in.String("a"), in.String("b")}), NewSet([]Value{in.Model("m"), Int(1)}), NewSet([]Value{Int(1)})}
	ivs := []*Interval{{Lo: 1, Hi: 0}, {Lo: 1, Hi: 2}, {Lo: 0, Hi: 1}, {Lo: 300, Hi: 301}, {Lo: 1, Hi: 1}}
	for _, s := range sets {
		for _, iv := range ivs {
			enum := &Set{Elems: Elements(iv)}
			pairs := [][2]Value{{s, iv}, {iv, s}}
			wants := [][2]Value{{s, enum}, {enum, s}}
			for k, p := range pairs {
				var want, got bool
				wantErr := failure(func() { want = Equal(wants[k][0], wants[k][1]) })
				gotErr := failure(func() { got = Equal(p[0], p[1]) })
				if wantErr != gotErr || want != got {
					t.Errorf("%s = %s: %v %q, want %v %q", Print(p[0]), Print(p[1]), got, gotErr, want, wantErr)
				}
			}
		}
	}
}

// TestMemberTupleIsMember checks the search without a tuple against
// Member of the built tuple, failures included.
func TestMemberTupleIsMember(t *testing.T) {
	in := NewInterner()
	m := in.Model("m")
	pairs := []Value{Tuple([]Value{Int(1), Int(2)}), Tuple([]Value{Int(1), Int(3)}), Tuple([]Value{Int(2), Int(1)}),
		Tuple([]Value{Int(1)}), Tuple([]Value{Int(1), Int(2), Int(3)}), NewFunc([]Value{Int(0), Int(1)}, []Value{Int(1), Int(2)}), m}
	sets := []Value{EmptySet, NewSet(pairs[:3]), NewSet(pairs[:5]), NewSet(pairs), NewSet([]Value{Int(1), Int(2)}),
		NewSet([]Value{Tuple([]Value{in.String("a"), Int(2)})}), &Product{Factors: []Value{&Interval{Lo: 1, Hi: 2}, &Interval{Lo: 1, Hi: 3}}}}
	probes := [][]Value{{Int(1), Int(2)}, {Int(1), Int(4)}, {Int(1)}, {Int(0)}, {Int(1), Int(2), Int(3)}, {m, Int(1)}, {Int(2), Int(1)}}
	for _, s := range sets {
		for _, p := range probes {
			var want, got bool
			wantErr := failure(func() { want = Member(Tuple(append([]Value(nil), p...)), s) })
			gotErr := failure(func() { got = MemberTuple(p, s) })
			if wantErr != gotErr || want != got {
				t.Errorf("%s \\in %s: %v %q, want %v %q", Print(Tuple(p)), Print(s), got, gotErr, want, wantErr)
			}
		}
	}
}

// TestPermutedFingerprintsArePerPermutation checks the memoised
// fingerprints against each permutation's own, on sets and functions
// whose elements hold none, a few or many model values.
func TestPermutedFingerprintsArePerPermutation(t *testing.T) {
	in := NewInterner()
	rs := []*ModelVal{in.Model("r1"), in.Model("r2"), in.Model("r3")}
	vs := []*ModelVal{in.Model("v1"), in.Model("v2")}
	other := in.Model("none")
	var perms []*Permutation
	for _, pr := range [][]int{{0, 1, 2}, {1, 0, 2}, {2, 1, 0}, {1, 2, 0}, {2, 0, 1}, {0, 2, 1}} {
		for _, pv := range [][]int{{0, 1}, {1, 0}} {
			to := map[*ModelVal]*ModelVal{}
			for i, j := range pr {
				to[rs[i]] = rs[j]
			}
			for i, j := range pv {
				to[vs[i]] = vs[j]
			}
			perms = append(perms, NewPermutation(to))
		}
	}
	typ, acc, val := in.String("type"), in.String("acc"), in.String("val")
	msg := func(r, v Value) Value { return Record([]*Str{typ, acc, val}, []Value{in.String("P2b"), r, v}) }
	many := NewSet([]Value{rs[0], rs[1], rs[2], vs[0], vs[1], other})
	values := []Value{
		Int(3), rs[1], EmptySet, many,
		NewSet([]Value{msg(rs[0], vs[0]), msg(rs[1], vs[0]), msg(rs[2], other), msg(Int(1), Int(2))}),
		NewFunc([]Value{rs[0], rs[1], rs[2]}, []Value{Int(1), vs[1], other}),
		Tuple([]Value{many, NewSet([]Value{Tuple([]Value{many, rs[0]})}), &Interval{Lo: 1, Hi: 3}}),
		NewSet([]Value{&Subset{Base: NewSet([]Value{rs[0]})}, NewSet([]Value{rs[1]})}),
	}
	for _, v := range values {
		out := make([]uint64, len(perms))
		PermutedFingerprints(v, perms, out)
		for k, p := range perms {
			if want := p.Fingerprint(v); out[k] != want {
				t.Errorf("%s under permutation %d: %x, want %x", Print(v), k, out[k], want)
			}
		}
	}
}
