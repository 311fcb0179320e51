package tlc

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// checkText runs Check on a module and configuration held in memory
// (the overlay), with tight bounds: the fuzz targets' property is that
// Check returns — no panic, no hang — whatever the input.
func checkText(t *testing.T, module, cfgText string) *Result {
	t.Helper()
	return checkTextWith(t, t.TempDir(), module, cfgText, Options{})
}

// checkTextWith is checkText in dir with opts' Workers and batchSize.
func checkTextWith(t *testing.T, dir, module, cfgText string, opts Options) *Result {
	t.Helper()
	spec := filepath.Join(dir, "Fuzz.tla")
	cfgPath := filepath.Join(dir, "Fuzz.cfg")
	overlay := sany.Overlay{spec: []byte(module), cfgPath: []byte(cfgText)}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	res, err := Check(ctx, Options{SpecPath: spec, Overlay: overlay, MaxStates: 2000, Timeout: 2 * time.Second,
		Workers: opts.Workers, batchSize: opts.batchSize})
	if err != nil {
		if ctx.Err() == nil && !os.IsNotExist(err) {
			t.Fatalf("Check failed outside the spec: %v", err)
		}
		return nil
	}
	if res.Result == "" {
		t.Fatal("Check answered no verdict")
	}
	return res
}

// FuzzEval evaluates arbitrary expressions (in an ASSUME and as the
// next-state relation): the evaluator must answer, whatever it is given,
// including runaway recursion and infinite sets.
func FuzzEval(f *testing.F) {
	for _, seed := range []string{
		"1 + 2 = 3",
		"CHOOSE x \\in {} : TRUE",
		"[x \\in Nat |-> x][3] = 3",
		"Cardinality(SUBSET (1..30)) > 0",
		"\\A x \\in Nat : x >= 0",
		"Loop(1) = 1",
		"<<1, 2>>[3] = 0",
		"{1, \"a\"} = {}",
		"2^40 > 0",
		"[a |-> 1].b = 2",
		"LET f[n \\in Nat] == f[n + 1] IN f[0] = 0",
		"SUBSET Nat = {}",
		"x' = x + 1",
		"[[n \\in Nat |-> n] EXCEPT ![2] = 5][2] = 5",
		"[n \\in Nat, m \\in Int |-> n + m][1, -2] = -1",
		"[n \\in Nat |-> n][-1] = 0",
		"DOMAIN [n \\in Int |-> n] = Int",
		"x \\in UNION {Nat, Int}",
		"{} \\cup (1..2) = 1..2",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, expr string) {
		module := "---- MODULE Fuzz ----\nEXTENDS Naturals, Sequences, FiniteSets, TLC\nRECURSIVE Loop(_)\nLoop(n) == Loop(n + 1)\nVARIABLE x\nASSUME " + expr +
			"\nInit == x = 0\nNext == (" + expr + ") /\\ x' = x\n====\n"
		checkText(t, module, "INIT Init\nNEXT Next\n")
	})
}

// FuzzCheck runs Check on arbitrary module and configuration text.
func FuzzCheck(f *testing.F) {
	f.Add("---- MODULE Fuzz ----\nVARIABLE x\nInit == x = 0\nNext == x' = 1 - x\n====\n", "INIT Init\nNEXT Next\n")
	f.Add("---- MODULE Fuzz ----\nEXTENDS Naturals\nCONSTANT N\nVARIABLE x\nInit == x \\in 1..N\nNext == x' = x\nSpec == Init /\\ [][Next]_x\n====\n", "CONSTANT N = 3\nSPECIFICATION Spec\nINVARIANT Init\n")
	f.Add("---- MODULE Fuzz ----\nEXTENDS Naturals, TLC\nVARIABLE x\nInit == x = TLCGet(\"level\")\nNext == x' = x + TLCGet(\"level\")\nC == TLCGet(\"level\") < 4\nP == <>(TLCGet(\"level\") > 2)\nA == [x |-> x, l |-> TLCGet(\"level\")]\n====\n", "INIT Init\nNEXT Next\nCONSTRAINT C\nPROPERTY P\nALIAS A\n")
	f.Fuzz(func(t *testing.T, module, cfgText string) {
		dir := t.TempDir()
		one := checkTextWith(t, dir, module, cfgText, Options{})
		// Three workers, taking two states at a time: a batch is merged
		// while the next is expanded. The answer must be one worker's,
		// unless a bound cut the run (between batches) or the spec asks
		// for randomness.
		three := checkTextWith(t, dir, module, cfgText, Options{Workers: 3, batchSize: 2})
		if one == nil || three == nil || one.Result == Incomplete || three.Result == Incomplete ||
			strings.Contains(module, "Random") || strings.Contains(module, "TLCSet") {
			return
		}
		one.ElapsedMs, three.ElapsedMs, one.PropertiesElapsed, three.PropertiesElapsed = 0, 0, 0, 0
		if !reflect.DeepEqual(one, three) {
			a, _ := json.Marshal(one)
			b, _ := json.Marshal(three)
			t.Errorf("one worker:\n%s\nthree workers:\n%s", a, b)
		}
	})
}

func TestRunawayRecursionIsAnError(t *testing.T) {
	res := checkText(t, "---- MODULE Fuzz ----\nEXTENDS Naturals\nRECURSIVE Loop(_)\nLoop(n) == Loop(n + 1)\nASSUME Loop(1) = 1\nVARIABLE x\nInit == x = 0\nNext == x' = x\n====\n", "INIT Init\nNEXT Next\n")
	if res == nil || res.Result != Error {
		t.Fatalf("got %+v, want an error", res)
	}
}

func TestEnumeratingNatIsAnError(t *testing.T) {
	res := checkText(t, "---- MODULE Fuzz ----\nEXTENDS Naturals\nVARIABLE x\nInit == x \\in Nat\nNext == x' = x\n====\n", "INIT Init\nNEXT Next\n")
	if res == nil || res.Result != Error {
		t.Fatalf("got %+v, want an error", res)
	}
}

// TestPrimesInStatePredicates: a prime where no next state exists (an
// initial predicate, a constraint) is TLC's evaluation error, and an
// action or temporal formula under INVARIANT is TLC's configuration
// error; none of them may reach the evaluator's internals.
func TestPrimesInStatePredicates(t *testing.T) {
	const spec = "---- MODULE Fuzz ----\nEXTENDS Naturals, TLC\nVARIABLE x\nSym == Permutations(IF x = 0 THEN {} ELSE {})\nInit == x = 0\nNext == x < 2 /\\ x' = x + 1\nGrows == x' > x\nSame == UNCHANGED x\nBox == [](x < 5)\nPrimedInit == x' = 0\n====\n"
	for _, tc := range []struct{ cfg, want string }{
		{"INIT Init\nNEXT Next\nINVARIANT Grows\n", "The invariant Grows is not a state predicate"},
		{"INIT Init\nNEXT Next\nINVARIANT Same\n", "The invariant Same is not a state predicate"},
		{"INIT Init\nNEXT Next\nINVARIANT Box\n", "The invariant Box is not a state predicate"},
		{"INIT Init\nNEXT Next\nCONSTRAINT Grows\n", "the identifier x is either undefined"},
		{"INIT PrimedInit\nNEXT Next\n", "the identifier x is either undefined"},
		{"INIT Init\nNEXT Next\nINVARIANT x\n", "The invariant x specified in the configuration file\nis not defined"},
		{"INIT Init\nNEXT Next\nSYMMETRY Sym\n", "the identifier x is either undefined"},
	} {
		res := checkText(t, spec, tc.cfg)
		if res == nil || res.Result != Error || res.Violation == nil || !strings.Contains(res.Violation.Message, tc.want) {
			t.Errorf("%q: got %+v, want an error saying %q", tc.cfg, res, tc.want)
		}
	}
}
