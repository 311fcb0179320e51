package value

import "math/bits"

// Fingerprint is v's 64-bit hash. Equal values have equal fingerprints
// whatever their representation (an interval and the enumerated set, a
// tuple and the function on 1..n).
//
// A set's hash adds up its elements' hashes and a function's the hashes
// of its (argument, image) pairs, so it does not depend on the order in
// which they are stored: the fingerprint of a value's image under a
// permutation of model values (SYMMETRY) is then computed by walking the
// value once, without building the image and sorting it again
// (Permutation.Fingerprint).
func Fingerprint(v Value) uint64 {
	return hashValue(v, nil)
}

// HashMix folds x into h (the search combines variables with it).
func HashMix(h, x uint64) uint64 {
	h ^= x
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 31
	h = bits.RotateLeft64(h, 27) * 0x94d049bb133111eb
	return h
}

const (
	tagBool = iota + 1
	tagInt
	tagStr
	tagModel
	tagSet
	tagFunc
	tagPair
	tagMember
)

// hashTrue and hashFalse are the booleans' hashes.
var (
	hashTrue  = HashMix(HashMix(0, tagBool), 1)
	hashFalse = HashMix(HashMix(0, tagBool), 2)
)

func hashString(tag uint64, s string) uint64 {
	const prime = 1099511628211
	x := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= prime
	}
	return HashMix(HashMix(0, tag), x^uint64(len(s)))
}

func hashInt(n int64) uint64 { return HashMix(tagInt, uint64(n)) }

// member scrambles an element's (or a pair's) hash before it is added
// to its collection's sum, so that sums of related hashes do not cancel.
func member(h uint64) uint64 { return HashMix(tagMember, h) }

func (s *Str) hash() uint64 {
	if s.h != 0 {
		return s.h
	}
	return hashString(tagStr, s.S)
}

func (m *ModelVal) hash() uint64 {
	if m.h != 0 {
		return m.h
	}
	return hashString(tagModel, m.Name)
}

// hashValue hashes v, or its image under p when p is not nil.
func hashValue(v Value, p *Permutation) uint64 {
	switch x := v.(type) {
	case Bool:
		if x {
			return hashTrue
		}
		return hashFalse
	case Int:
		return hashInt(int64(x))
	case *Str:
		return x.hash()
	case *ModelVal:
		if p != nil {
			return p.image(x).hash()
		}
		return x.hash()
	case *Func:
		h := HashMix(tagFunc, uint64(len(x.Vals)))
		var sum uint64
		for i, e := range x.Vals {
			var d uint64
			if x.Dom == nil {
				d = hashInt(int64(i + 1))
			} else {
				d = hashValue(x.Dom[i], p)
			}
			sum += member(HashMix(HashMix(tagPair, d), hashValue(e, p)))
		}
		return HashMix(h, sum)
	case *Set:
		return hashElems(x.Elems, p)
	case *Interval:
		var sum uint64
		for i := x.Lo; i <= x.Hi; i++ {
			sum += member(hashInt(int64(i)))
		}
		return HashMix(HashMix(tagSet, uint64(Card(x))), sum)
	}
	if v.Kind() == KindSet {
		return hashElems(Elements(v), p)
	}
	Fail("Attempted to fingerprint the value %s.", Ppr(v))
	return 0
}

func hashElems(elems []Value, p *Permutation) uint64 {
	var sum uint64
	for _, e := range elems {
		sum += member(hashValue(e, p))
	}
	return HashMix(HashMix(tagSet, uint64(len(elems))), sum)
}
