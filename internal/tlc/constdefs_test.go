package tlc

import "testing"

// TestConstantConfigDefs: an invariant or constraint whose definition is
// constant-level is evaluated once, as TLC does at start-up: FALSE (or a
// value that is not TRUE) is an error in the configuration before any
// state, TRUE is not checked on the states at all.
func TestConstantConfigDefs(t *testing.T) {
	const module = `---- MODULE Fuzz ----
EXTENDS Naturals
CONSTANT N
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Small == N < 2
Big == N > 2
Number == N + 1
Typed == x \in 0..3
====`
	for _, tc := range []struct {
		cfg, result, message string
		distinct             int64
	}{
		{"CONSTANT N = 3\nINIT Init NEXT Next\nINVARIANT Small\n", "error", "The invariant of Small is equal to FALSE", 0},
		{"CONSTANT N = 3\nINIT Init NEXT Next\nINVARIANT Number\n", "error", "The invariant of Number is equal to 4", 0},
		{"CONSTANT N = 3\nINIT Init NEXT Next\nCONSTRAINT Small\n", "error", "The constraint of Small is equal to FALSE", 0},
		{"CONSTANT N = 3\nINIT Init NEXT Next\nACTION_CONSTRAINT Small\n", "error", "The action constraint of Small is equal to FALSE", 0},
		{"CONSTANT N = 3\nINIT Init NEXT Next\nINVARIANT Big Typed\nCONSTRAINT Big\nCHECK_DEADLOCK FALSE\n", "success", "", 4},
	} {
		res := checkText(t, module, tc.cfg)
		if res == nil {
			t.Fatalf("%q: no answer", tc.cfg)
		}
		msg := ""
		if res.Violation != nil {
			msg = res.Violation.Message
		}
		if string(res.Result) != tc.result || msg != tc.message || res.DistinctStates != tc.distinct {
			t.Errorf("%q: %s %q with %d states; want %s %q with %d (TLC's answers)", tc.cfg, res.Result, msg, res.DistinctStates, tc.result, tc.message, tc.distinct)
		}
	}
}
