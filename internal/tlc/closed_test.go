package tlc

import "testing"

// TestClosedExpressions: expressions whose value the text fixes are
// evaluated once, and only those: a set literal over a bound variable
// changes with it, and a module's own definition of a standard operator
// name is its own.
func TestClosedExpressions(t *testing.T) {
	for _, tc := range []struct {
		module   string
		distinct int64
	}{
		{`---- MODULE Fuzz ----
a .. b == {a, b}
VARIABLE x
Init == x \in 1 .. 3
Next == UNCHANGED x
====`, 2},
		{`---- MODULE Fuzz ----
EXTENDS Naturals
CONSTANT N
VARIABLE x
Init == x = {}
Next == \E i \in 0..(N-1) : x' = x \union {i, N}
Typed == x \in SUBSET (0..N) /\ [0..(N-1) -> {0, 1}] # {}
====`, 8},
	} {
		res := checkText(t, tc.module, "CONSTANT N = 3\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n")
		if res == nil || res.Result != Success || res.DistinctStates != tc.distinct {
			t.Errorf("%s\n%+v; want success with %d distinct states", tc.module, res, tc.distinct)
		}
	}
}
