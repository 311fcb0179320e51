package actions_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc"
)

func strPtr(s string) *string { return &s }

// violated is a small counterexample: count goes 0, 1, 2 and Bounded
// (count <= 1) fails in the third state.
func violated() *tlc.Result {
	return &tlc.Result{
		Module: "Counter", Config: "/p/Counter.cfg", Result: tlc.SafetyFailure,
		DistinctStates: 3, GeneratedStates: 4, Depth: 3,
		Violation: &tlc.Violation{Kind: tlc.KindInvariant, Name: "Bounded", Line: 9, Column: 1},
		Trace: []tlc.TraceStep{
			{State: tlc.Bindings{{Name: "count", Value: "0"}, {Name: "log", Value: "<<>>"}}},
			{Action: strPtr("Incr"), Line: 7, Column: 1, State: tlc.Bindings{{Name: "count", Value: "1"}, {Name: "log", Value: "<<>>"}}},
			{Action: strPtr("Incr"), Line: 7, Column: 1, State: tlc.Bindings{{Name: "count", Value: "2"}, {Name: "log", Value: `<<"*)">>`}}},
		},
	}
}

// TestTraceModulePassesSANY: the trace document is a module SANY accepts
// (the editor checks what it opens), marks exactly the changed variables,
// and cannot be broken by a value that looks like a comment's end.
func TestTraceModulePassesSANY(t *testing.T) {
	text := actions.TraceModule(violated())
	dir := t.TempDir()
	path := filepath.Join(dir, "trace.tla")
	must(t, os.WriteFile(path, []byte(text), 0o644))
	diags, err := sany.Check(context.Background(), sany.Config{}, path)
	must(t, err)
	if sany.HasErrors(diags) {
		t.Fatalf("SANY rejects the trace module: %v\n%s", diags, text)
	}
	for _, want := range []string{"Invariant Bounded is violated.", "3 distinct states found, 4 states generated, depth 3",
		"State 2: <Incr line 7, col 1 of module Counter>\n/\\ count = 1    <- changed\n/\\ log = <<>>\n",
		"/\\ log = <<\"* )\">>    <- changed"} {
		if !strings.Contains(text, want) {
			t.Errorf("trace module lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "/\\ count = 0    <- changed") {
		t.Errorf("the initial state marks a change:\n%s", text)
	}
}

// TestSummaryLine checks the phases line for each outcome.
func TestSummaryLine(t *testing.T) {
	ok := &tlc.Result{Result: tlc.Success, DistinctStates: 12345, Depth: 17}
	tests := []struct {
		rep  *actions.ModelCheckReport
		want string
	}{
		{&actions.ModelCheckReport{Result: ok, Properties: 3, Hold: 2, Complete: true}, "parses · runs (12,345 states, depth 17) · 2 of 3 properties hold"},
		{&actions.ModelCheckReport{Result: ok, Properties: 1, Hold: 1, Complete: true}, "parses · runs (12,345 states, depth 17) · 1 of 1 property holds"},
		{&actions.ModelCheckReport{Result: &tlc.Result{Result: tlc.Incomplete, DistinctStates: 1000000, Depth: 40}, Properties: 2, Hold: 2},
			"parses · runs (1,000,000 states, depth 40, search stopped at its bound) · 2 of 2 properties hold in the states explored"},
		{&actions.ModelCheckReport{Fault: violated(), Result: violated()}, "parses · does not run: Invariant Bounded is violated."},
		{&actions.ModelCheckReport{Skipped: "Counter.cfg has errors"}, "parses · not model-checked: Counter.cfg has errors"},
	}
	for _, tc := range tests {
		if got := tc.rep.Summary(); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}
