package langservice

import "sync"

// standardDoc returns the one-line description of a built-in operator or
// of an operator of the standard modules, for hovers and completion.
func standardDoc(name string) string { return standardDocs()[name] }

// standardDocs is built on first use: only editors read it.
var standardDocs = sync.OnceValue(func() map[string]string {
	return map[string]string{
		// Built-ins.
		"TRUE": "The Boolean value true.", "FALSE": "The Boolean value false.",
		"BOOLEAN": "The set {TRUE, FALSE}.", "STRING": "The set of all strings.",
		"=": "Equality.", "/=": "Inequality (also written # and ≠).",
		"'":      "The value of the expression in the next state (primed).",
		"\\lnot": "Logical negation (~, ¬).", "\\land": "Conjunction (/\\, ∧).", "\\lor": "Disjunction (\\/, ∨).",
		"\\equiv": "Logical equivalence (<=>, ≡).", "=>": "Implication (⇒).",
		"SUBSET": "The set of all subsets of a set (power set).", "UNION": "The union of all elements of a set of sets.",
		"DOMAIN":     "The domain of a function (for a sequence, 1..Len(s)).",
		"\\subseteq": "Subset or equal (⊆).", "\\in": "Set membership (∈).", "\\notin": "Not a member (∉).",
		"\\": "Set difference.", "\\intersect": "Set intersection (\\cap, ∩).", "\\union": "Set union (\\cup, ∪).",
		"\\times":   "Cartesian product (\\X, ×).",
		"~>":        "Leads to: whenever the left holds, the right eventually holds (↝).",
		"[]":        "Always (□): the formula holds in every state of the behaviour.",
		"<>":        "Eventually (◇): the formula holds in some later state.",
		"ENABLED":   "True in a state where the action can take a step.",
		"UNCHANGED": "UNCHANGED e is e' = e: the variables of e keep their values.",
		"\\cdot":    "Action composition.", "-+->": "Guarantee operator of assumption/guarantee specs.",
		// Naturals, Integers, Reals.
		"Nat": "The set of natural numbers 0, 1, 2, ….", "Int": "The set of integers.", "Real": "The set of real numbers.",
		"Infinity": "An infinite real value.", "+": "Addition.", "-": "Subtraction.", "-.": "Negation (prefix minus).",
		"*": "Multiplication.", "/": "Real division.", "^": "Exponentiation.", "\\div": "Integer division (rounds down).",
		"%": "Remainder of integer division (modulus).", "..": "The set of integers from a to b (a..b).",
		"<": "Less than.", ">": "Greater than.", "\\leq": "Less than or equal (<=, =<, ≤).", "\\geq": "Greater than or equal (>=, ≥).",
		// Sequences.
		"Seq": "Seq(S): the set of all finite sequences of elements of S.", "Len": "Len(s): the length of sequence s.",
		"\\o":    "s \\o t: the concatenation of sequences s and t (\\circ, ∘).",
		"Append": "Append(s, e): sequence s with e added at its end.", "Head": "Head(s): the first element of s.",
		"Tail": "Tail(s): s without its first element.", "SubSeq": "SubSeq(s, m, n): the elements m to n of s.",
		"SelectSeq": "SelectSeq(s, Test): the subsequence of the elements of s satisfying Test.",
		// FiniteSets.
		"IsFiniteSet": "IsFiniteSet(S): S is a finite set.", "Cardinality": "Cardinality(S): the number of elements of the finite set S.",
		// Bags.
		"IsABag": "IsABag(B): B is a bag (a function to positive naturals).", "BagToSet": "BagToSet(B): the set of elements of bag B.",
		"SetToBag": "SetToBag(S): the bag with one copy of each element of S.", "BagIn": "BagIn(e, B): e is in bag B.",
		"EmptyBag": "The empty bag.", "BagUnion": "BagUnion(S): the bag union of a set of bags.",
		"SubBag": "SubBag(B): the set of all subbags of B.", "BagOfAll": "BagOfAll(F, B): the bag of F(e) for e in B.",
		"BagCardinality": "BagCardinality(B): the number of copies in B.", "CopiesIn": "CopiesIn(e, B): the number of copies of e in B.",
		"\\oplus": "Bag addition (⊕).", "\\ominus": "Bag subtraction (⊖).",
		"\\sqsubseteq": "Bag inclusion (⊑).",
		// TLC.
		"Print": "Print(out, val): prints out when TLC evaluates it and equals val.", "PrintT": "PrintT(out): prints out; equals TRUE.",
		"Assert": "Assert(val, out): TLC reports out as an error when val is false.", "JavaTime": "The current time in seconds (TLC).",
		"TLCGet": "TLCGet(i): TLC's register i, or TLC's statistics.", "TLCSet": "TLCSet(i, v): sets TLC's register i to v.",
		":>": "d :> e: the function with domain {d} mapping d to e.", "@@": "f @@ g: f merged with g, f winning on common elements.",
		"Permutations": "Permutations(S): the set of permutations of S.", "SortSeq": "SortSeq(s, Op): s sorted by Op.",
		"RandomElement": "RandomElement(S): an element of S chosen at random by TLC.", "Any": "A value TLC treats as any value.",
		"ToString": "ToString(v): the string TLC prints for v.", "TLCEval": "TLCEval(v): v, evaluated eagerly by TLC.",
		// TLCExt, Json, Randomization.
		"AssertEq": "AssertEq(a, b): TLC reports a and b when they differ.", "AssertError": "AssertError(msg, e): e fails with msg.",
		"TLCModelValue": "TLCModelValue(s): a model value named s.", "Trace": "The behaviour leading to the current state (TLC).",
		"ToJson": "ToJson(v): v as a JSON string.", "ToJsonArray": "ToJsonArray(v): v as a JSON array.",
		"ToJsonObject": "ToJsonObject(v): v as a JSON object.", "JsonSerialize": "JsonSerialize(file, v): writes v to file as JSON.",
		"JsonDeserialize": "JsonDeserialize(file): the JSON value in file.", "ndJsonSerialize": "Writes newline-delimited JSON.",
		"ndJsonDeserialize":  "Reads newline-delimited JSON.",
		"RandomSubset":       "RandomSubset(k, S): a random subset of S with k elements.",
		"RandomSetOfSubsets": "RandomSetOfSubsets(k, n, S): k random subsets of S of n elements on average.",
	}
})
