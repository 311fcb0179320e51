package tlc

import (
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

func strPtr(s string) *string { return &s }

// counterTrace is a small counterexample: count goes 0, 1, 2 and Bounded
// (count <= 1) fails in the third state.
func counterTrace() *Result {
	incr := SourceRange{Module: "Counter", Line: 7, Column: 9, EndLine: 8, EndColumn: 30}
	return &Result{
		Module: "Counter", Config: "/p/Counter.cfg", Result: SafetyFailure,
		DistinctStates: 3, GeneratedStates: 4, Depth: 3,
		Violation: &Violation{Kind: KindInvariant, Name: "Bounded", Line: 9, Column: 1},
		Trace: []TraceStep{
			{State: Bindings{{Name: "count", Value: "0"}, {Name: "log", Value: "<<>>"}}},
			{Action: strPtr("Incr"), Line: 7, Column: 1, Where: incr, State: Bindings{{Name: "count", Value: "1"}, {Name: "log", Value: "<<>>"}}},
			{Action: strPtr("Incr"), Line: 7, Column: 1, Where: incr, State: Bindings{{Name: "count", Value: "2"}, {Name: "log", Value: `<<"*)">>`}}},
		},
	}
}

// TestTraceTextAsTLCPrintsIt checks the printer against TLC's layout:
// the action's range in the header, "/\ var = value" lines, a blank line
// after each state, and TLC's report around it.
func TestTraceTextAsTLCPrintsIt(t *testing.T) {
	res := counterTrace()
	want := `State 1: <Initial predicate>
/\ count = 0
/\ log = <<>>

State 2: <Incr line 7, col 9 to line 8, col 30 of module Counter>
/\ count = 1
/\ log = <<>>

State 3: <Incr line 7, col 9 to line 8, col 30 of module Counter>
/\ count = 2
/\ log = <<"*)">>

`
	if got := TraceText(res); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := ViolationText(res); got != "Invariant Bounded is violated." {
		t.Errorf("violation text %q", got)
	}
	report := ReportText(res)
	if !strings.HasPrefix(report, "Error: Invariant Bounded is violated.\nError: The behavior up to this point is:\nState 1: <Initial predicate>\n") ||
		!strings.HasSuffix(report, "\n\n4 states generated, 3 distinct states found.\nThe depth of the complete state graph search is 3.\n") {
		t.Errorf("report:\n%s", report)
	}
}

// TestTraceTextOneVariable: with a single variable TLC prints "x = v",
// without the conjunction bullet.
func TestTraceTextOneVariable(t *testing.T) {
	res := &Result{Module: "M", Trace: []TraceStep{{State: Bindings{{Name: "x", Value: "0"}}}}}
	if got, want := TraceText(res), "State 1: <Initial predicate>\nx = 0\n\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTraceTextLasso: a liveness counterexample ends with TLC's "Back to
// state k: <Action ...>", or with "State n: Stuttering", under TLC's
// heading for temporal properties.
func TestTraceTextLasso(t *testing.T) {
	res := counterTrace()
	res.Result = LivenessFailure
	res.Violation = &Violation{Kind: KindProperty, Name: "Live"}
	res.Trace[1].LoopStart = true
	back := res.Trace[2]
	res.LoopBack = &back
	got := TraceText(res)
	if !strings.HasSuffix(got, "\n\nBack to state 2: <Incr line 7, col 9 to line 8, col 30 of module Counter>\n\n") {
		t.Errorf("a lasso does not say where it loops back:\n%s", got)
	}
	report := ReportText(res)
	if !strings.HasPrefix(report, "Error: Temporal property Live was violated.\n\nError: The following behavior constitutes a counter-example:\n\nState 1:") {
		t.Errorf("report:\n%s", report)
	}

	res.LoopBack = nil
	res.Trace = append(res.Trace[:2], TraceStep{Action: strPtr("Stuttering"), State: res.Trace[1].State})
	got = TraceText(res)
	if !strings.HasSuffix(got, "/\\ log = <<>>\n\nState 3: Stuttering\n") || strings.Contains(got, "Back to") {
		t.Errorf("a stuttering lasso:\n%s", got)
	}
}

// TestTraceTextInitialState: an invariant false initially is reported as
// TLC does, with the state right under the error.
func TestTraceTextInitialState(t *testing.T) {
	res := counterTrace()
	res.Trace = res.Trace[:1]
	want := "Error: Invariant Bounded is violated by the initial state:\n/\\ count = 0\n/\\ log = <<>>\n\n"
	if got := ReportText(res); !strings.HasPrefix(got, want) {
		t.Errorf("got\n%s\nwant a start\n%s", got, want)
	}
}

// TestPrettyValue lays out values as TLC's tlc2.pprint does: the
// expected texts are TLC's own output (testdata/golden/LongValues.tlc).
func TestPrettyValue(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{1, 2}`, `{1, 2}`},
		{`[alpha |-> [state |-> "idle", clock |-> 0, inbox |-> <<>>], bravo |-> [state |-> "idle", clock |-> 0, inbox |-> <<>>]]`,
			"[ alpha |-> [state |-> \"idle\", clock |-> 0, inbox |-> <<>>],\n  bravo |-> [state |-> \"idle\", clock |-> 0, inbox |-> <<>>] ]"},
		{`{[src |-> "alpha", dst |-> "bravo"], [src |-> "alpha", dst |-> "charlie"], [src |-> "alpha", dst |-> "delta"]}`,
			"{ [src |-> \"alpha\", dst |-> \"bravo\"],\n  [src |-> \"alpha\", dst |-> \"charlie\"],\n  [src |-> \"alpha\", dst |-> \"delta\"] }"},
		// Widths are Java's, in UTF-16 units: 79 of them fit in a line.
		{`{"` + strings.Repeat("é", 70) + `", "x"}`, `{"` + strings.Repeat("é", 70) + `", "x"}`},
		// TLC's reader stops at an escaped quote and gives up: as it is.
		{`<<"a\"b", "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc">>`,
			`<<"a\"b", "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc">>`},
		{`(1 :> "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" @@ 2 :> "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")`,
			"( 1 :> \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" @@\n  2 :> \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\" )"},
	}
	for _, tc := range tests {
		res := &Result{Trace: []TraceStep{{State: Bindings{{Name: "v", Value: tc.in}}}}}
		got := strings.TrimSuffix(strings.TrimPrefix(TraceText(res), "State 1: <Initial predicate>\nv = "), "\n\n")
		if got != tc.want {
			t.Errorf("%s:\ngot\n%s\nwant\n%s", tc.in, got, tc.want)
		}
	}
}

// FuzzPrettyValue: TLC's layout never panics on any text and leaves
// text that fits alone.
func FuzzPrettyValue(f *testing.F) {
	for _, s := range []string{`{1, 2}`, `[a |-> <<1, "x">>, b |-> (1 :> 2 @@ 3 :> 4)]`, `SUBSET {1}`, `1..3`, `<<-1, "a\"b">>`, `{{`, `<<`, `(1 :>`, `[a |->`, `"`} {
		f.Add(s, 10)
		f.Add(s, 80)
	}
	f.Fuzz(func(t *testing.T, s string, width int) {
		if width < 0 || width > 200 {
			return
		}
		// On text Print does not write (a lone "<"), TLC's reader skips
		// characters as TLC's does; only the layout of what fits, and
		// never panicking, hold for any text.
		got := value.Pretty(s, width)
		// (TLC's reader skips leading white space, which Print never writes.)
		if len(s) <= width && got != s && got != strings.TrimLeft(s, " \t\n\r\f\v") {
			t.Fatalf("Pretty(%q, %d) = %q: a value that fits is left alone", s, width, got)
		}
	})
}
