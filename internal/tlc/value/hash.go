package value

import "math/bits"

// Fingerprint is v's 64-bit hash. Equal values have equal fingerprints
// whatever their representation (an interval and the enumerated set, a
// tuple and the function on 1..n).
func Fingerprint(v Value) uint64 {
	return hashValue(0x9e3779b97f4a7c15, v)
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
)

func hashString(h uint64, s string) uint64 {
	const prime = 1099511628211
	x := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= prime
	}
	return HashMix(h, x^uint64(len(s)))
}

func hashValue(h uint64, v Value) uint64 {
	switch x := v.(type) {
	case Bool:
		h = HashMix(h, tagBool)
		if x {
			return HashMix(h, 1)
		}
		return HashMix(h, 2)
	case Int:
		return HashMix(HashMix(h, tagInt), uint64(x))
	case *Str:
		return hashString(HashMix(h, tagStr), x.S)
	case *ModelVal:
		return hashString(HashMix(h, tagModel), x.Name)
	case *Func:
		h = HashMix(HashMix(h, tagFunc), uint64(len(x.Vals)))
		for i, e := range x.Vals {
			h = hashValue(h, x.DomainAt(i))
			h = hashValue(h, e)
		}
		return h
	}
	if v.Kind() == KindSet {
		if iv, ok := v.(*Interval); ok {
			n := Card(iv)
			h = HashMix(HashMix(h, tagSet), uint64(n))
			for i := iv.Lo; i <= iv.Hi; i++ {
				h = HashMix(HashMix(h, tagInt), uint64(i))
			}
			return h
		}
		elems := Elements(v)
		h = HashMix(HashMix(h, tagSet), uint64(len(elems)))
		for _, e := range elems {
			h = hashValue(h, e)
		}
		return h
	}
	Fail("Attempted to fingerprint the value %s.", Print(v))
	return 0
}
