package op

// Named is an operator of a standard module named by an identifier.
type Named struct{ Name, Module string }

// StandardNamed lists the standard modules' operators named by
// identifiers (those written as symbols are in Table, with their Module).
// Read-only.
var StandardNamed = []Named{
	{"Nat", "Naturals"}, {"Int", "Integers"}, {"Real", "Reals"}, {"Infinity", "Reals"},
	{"Seq", "Sequences"}, {"Len", "Sequences"}, {"Append", "Sequences"}, {"Head", "Sequences"},
	{"Tail", "Sequences"}, {"SubSeq", "Sequences"}, {"SelectSeq", "Sequences"},
	{"Cardinality", "FiniteSets"}, {"IsFiniteSet", "FiniteSets"},
	{"Print", "TLC"}, {"PrintT", "TLC"}, {"Assert", "TLC"}, {"JavaTime", "TLC"}, {"TLCGet", "TLC"},
	{"TLCSet", "TLC"}, {"Permutations", "TLC"}, {"SortSeq", "TLC"}, {"RandomElement", "TLC"},
	{"Any", "TLC"}, {"ToString", "TLC"}, {"TLCEval", "TLC"},
	{"IsABag", "Bags"}, {"BagToSet", "Bags"}, {"SetToBag", "Bags"}, {"BagIn", "Bags"}, {"EmptyBag", "Bags"},
	{"BagUnion", "Bags"}, {"SubBag", "Bags"}, {"BagOfAll", "Bags"}, {"BagCardinality", "Bags"}, {"CopiesIn", "Bags"},
	{"ToJson", "Json"}, {"ToJsonArray", "Json"}, {"ToJsonObject", "Json"}, {"JsonSerialize", "Json"},
	{"JsonDeserialize", "Json"}, {"ndJsonSerialize", "Json"}, {"ndJsonDeserialize", "Json"},
	{"RandomSubset", "Randomization"}, {"RandomSetOfSubsets", "Randomization"},
	{"AssertEq", "TLCExt"}, {"AssertError", "TLCExt"}, {"TLCModelValue", "TLCExt"}, {"Trace", "TLCExt"},
}

// Home returns the standard module that defines the operator named name
// (a canonical operator name or an identifier), or "". It serves hints on
// errors, so it searches rather than keeping an index.
func Home(name string) string {
	for _, n := range StandardNamed {
		if n.Name == name {
			return n.Module
		}
	}
	if o := ByName(name); o != nil {
		return o.Module
	}
	return ""
}
