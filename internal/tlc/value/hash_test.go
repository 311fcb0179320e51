package value

import (
	"math/rand"
	"testing"
)

// randomValue builds a small random value over a few model values,
// strings and integers, nesting sets, functions, records and tuples.
func randomValue(r *rand.Rand, in *Interner, mvs []*ModelVal, depth int) Value {
	k := r.Intn(9)
	if depth == 0 {
		k = r.Intn(4)
	}
	switch k {
	case 0:
		return Int(r.Intn(5) - 1)
	case 1:
		return mvs[r.Intn(len(mvs))]
	case 2:
		return in.String([]string{"a", "b", "c"}[r.Intn(3)])
	case 3:
		return Bool(r.Intn(2) == 0)
	case 4, 5:
		n := r.Intn(4)
		elems := make([]Value, n)
		for i := range elems {
			elems[i] = randomValue(r, in, mvs, depth-1)
		}
		if !comparableAll(elems) {
			return EmptySet
		}
		return NewSet(elems)
	case 6:
		n := r.Intn(4)
		elems := make([]Value, n)
		for i := range elems {
			elems[i] = randomValue(r, in, mvs, depth-1)
		}
		return Tuple(elems)
	case 7:
		// A function on some model values.
		var dom, vals []Value
		for _, m := range mvs {
			if r.Intn(2) == 0 {
				dom = append(dom, m)
				vals = append(vals, randomValue(r, in, mvs, depth-1))
			}
		}
		return NewFunc(dom, vals)
	default:
		return &Interval{Lo: int64(r.Intn(3)), Hi: int64(r.Intn(4))}
	}
}

// comparableAll reports whether TLC could compare the elements pairwise
// (a set's elements must be, and Compare fails otherwise).
func comparableAll(elems []Value) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	for i := range elems {
		for j := range elems {
			Compare(elems[i], elems[j])
		}
	}
	return true
}

// TestPermutationFingerprint checks the property SYMMETRY relies on: the
// fingerprint of a value's image, computed without building it, is the
// fingerprint of the image built by Apply.
func TestPermutationFingerprint(t *testing.T) {
	in := NewInterner()
	mvs := []*ModelVal{in.Model("m1"), in.Model("m2"), in.Model("m3")}
	perms := []*Permutation{
		NewPermutation(map[*ModelVal]*ModelVal{mvs[0]: mvs[1], mvs[1]: mvs[0]}),
		NewPermutation(map[*ModelVal]*ModelVal{mvs[0]: mvs[1], mvs[1]: mvs[2], mvs[2]: mvs[0]}),
	}
	r := rand.New(rand.NewSource(1))
	moved := 0
	for i := 0; i < 5000; i++ {
		v := randomValue(r, in, mvs, 3)
		for _, p := range perms {
			img := p.Apply(v)
			if got, want := p.Fingerprint(v), Fingerprint(img); got != want {
				t.Fatalf("image of %s = %s: permuted fingerprint %x, fingerprint of the image %x", Print(v), Print(img), got, want)
			}
			if !equalOrIncomparable(img, v) {
				moved++
				if Fingerprint(img) == Fingerprint(v) {
					t.Errorf("%s and its image %s share a fingerprint", Print(v), Print(img))
				}
			}
		}
	}
	if moved == 0 {
		t.Fatal("no value was moved by a permutation")
	}
}

// TestFingerprintDistinguishes hashes many distinct small values and
// expects no collision among them.
func TestFingerprintDistinguishes(t *testing.T) {
	in := NewInterner()
	mvs := []*ModelVal{in.Model("m1"), in.Model("m2"), in.Model("m3")}
	r := rand.New(rand.NewSource(2))
	seen := map[uint64]Value{}
	for i := 0; i < 20000; i++ {
		v := randomValue(r, in, mvs, 3)
		fp := Fingerprint(v)
		if old, ok := seen[fp]; ok && !equalOrIncomparable(old, v) {
			t.Fatalf("%s and %s share fingerprint %x", Print(old), Print(v), fp)
		}
		seen[fp] = v
	}
	if len(seen) < 1000 {
		t.Fatalf("only %d distinct values generated", len(seen))
	}
}

// equalOrIncomparable is Equal, false where TLC cannot compare the two.
func equalOrIncomparable(a, b Value) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return Equal(a, b)
}
