package sany

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/manifest"
)

// suiteDir holds SANY's own test inputs (tlaplus/tlaplus's error corpus,
// test models, general tests, syntax corpus and level-checking
// expressions) with real SANY's answers; see its README.
const suiteDir = "testdata/sanysuite"

// suiteFloors are the agreement percentages measured on the suite
// (rounded down): the test fails below them. Raise them as rules are
// fixed; the goal is every verdict, first-error position and code, and
// >= 98% of the whole error lists. Warnings are compared only on entries
// without errors, a set that changes as verdicts are fixed, so their
// bound is a number of disagreeing entries.
var suiteFloors = struct {
	verdict, strict, codes, allErrors float64
	warningMisses                     int
}{
	verdict: 99.6, strict: 96.7, codes: 98.0, allErrors: 96.3, warningMisses: 19,
}

// TestSANYSuiteConformance compares Check with real SANY on SANY's own
// test suite. Entries where SANY itself crashed are not scored (its answer
// is not one to copy); Check must still answer them without failing.
func TestSANYSuiteConformance(t *testing.T) {
	entries, err := manifest.Read(filepath.Join(suiteDir, manifest.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 1000 {
		t.Fatalf("SANY suite manifest holds %d entries; want the whole suite", len(entries))
	}
	var scored []manifest.Entry
	for _, e := range entries {
		if !e.SanyInternalError {
			scored = append(scored, e)
			continue
		}
		if _, err := Check(context.Background(), Config{}, filepath.Join(suiteDir, e.Path)); err != nil {
			t.Errorf("%s (SANY crashed, not scored): %v", e.Path, err)
		}
		t.Logf("not scored, SANY crashed: %s: %s", e.Path, e.Errors[len(e.Errors)-1].Message)
	}
	r := conform(t, suiteDir, scored)
	r.log(t)
	for _, f := range []struct {
		name  string
		got   ratio
		floor float64
	}{
		{"verdict", r.verdict, suiteFloors.verdict},
		{"strict first-error position", r.strict, suiteFloors.strict},
		{"first-error code", r.codes, suiteFloors.codes},
		{"whole error list", r.allErrors, suiteFloors.allErrors},
	} {
		if f.got.pct() < f.floor {
			t.Errorf("%s agreement %s, below the measured floor %.1f%%", f.name, f.got, f.floor)
		}
	}
	if misses := r.warnings.n - r.warnings.ok; misses > suiteFloors.warningMisses {
		t.Errorf("warnings disagree on %d entries, more than the measured %d", misses, suiteFloors.warningMisses)
	}
}
