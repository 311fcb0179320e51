package tlc

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// lazyFuncSpec applies a LET-defined recursive function in its action.
// TLC explores f[x] as part of the action (the function stays lazy, a
// FcnLambdaValue): f[i] holds in ways(i) ways, ways(0) = 2 (i = 0, TRUE)
// and ways(1) = ways(0) + 1 = 3, and each way generates x' = x + 1 again.
// TLC: 1 initial state + 2 + 3 successors = 6 states generated, 3
// distinct, depth 3.
const lazyFuncSpec = `---- MODULE LazyFunc ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == LET f[i \in 0..2] == \/ i = 0
                             \/ i > 0 /\ f[i-1]
                             \/ TRUE
        IN /\ x < 2
           /\ f[x]
           /\ x' = x + 1
Inv == x <= 2
====
`

// TestLazyFunctionInAction checks TLC's count of states generated when an
// action applies a LET-defined function (byzpaxos/VoteProof's SafeAt).
func TestLazyFunctionInAction(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "LazyFunc.tla")
	if err := os.WriteFile(spec, []byte(lazyFuncSpec), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "LazyFunc.cfg"), []byte("INIT Init\nNEXT Next\nINVARIANT Inv\nCHECK_DEADLOCK FALSE\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2} {
		res, err := Check(context.Background(), Options{SpecPath: spec, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		if res.Result != Success || res.GeneratedStates != 6 || res.DistinctStates != 3 || res.Depth != 3 {
			t.Fatalf("workers %d: %s, %d generated, %d distinct, depth %d; want success, 6, 3, 3 (violation %+v)",
				workers, res.Result, res.GeneratedStates, res.DistinctStates, res.Depth, res.Violation)
		}
	}
}
