package tlc

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestProperties checks the PROPERTY glue on small specs whose answers
// follow from the definitions of the temporal operators (testdata/liveness):
// each form of property, safety parts answered as TLC answers them, weak
// versus strong fairness, fairness quantified over processes, refinement
// of an instantiated spec.
func TestProperties(t *testing.T) {
	for _, tc := range []struct {
		config string
		result Outcome
		name   string // the violated property
		// trace is the expected counterexample: each state's variables as
		// TLC prints them; "*" marks the loop start, "Stuttering" the final
		// stuttering step.
		trace []string
	}{
		{config: "CounterHolds", result: Success},
		{config: "CounterNoFair", result: LivenessFailure, name: "Reach", trace: []string{"*x=0", "Stuttering"}},
		{config: "CounterNever", result: SafetyFailure, name: "Never", trace: []string{"x=0", "x=1", "x=2", "x=3"}},
		{config: "CounterJumps", result: LivenessFailure, // TLC exits 13 for [][A]_v
			name: "Jumps", trace: []string{"x=0", "x=1"}},
		{config: "CounterStartsAtOne", result: LivenessFailure, // and for an initial predicate
			name: "StartsAtOne", trace: []string{"x=0"}},
		{config: "CounterEarly", result: LivenessFailure, name: "Early", trace: []string{"x=0", "x=1", "x=2", "*x=3", "Stuttering"}},
		{config: "ToggleWeak", result: LivenessFailure, name: "Done", trace: []string{"*x=0 done=FALSE", "x=1 done=FALSE"}},
		{config: "ToggleStrong", result: Success},
		{config: "ProcsEach", result: Success},
		{config: "ProcsAll", result: LivenessFailure, name: "EveryoneVisits"},
		{config: "Clock12", result: Success},
		{config: "Clock12NoFair", result: LivenessFailure, name: "Refines"},
		// TLC names the violated [][A]_v part of a conjunction by its
		// range (its answer on this model).
		{config: "Clock12Skip", result: LivenessFailure, name: "line 6, col 16 to line 6, col 27 of module HourClock"},
		{config: "CounterHidden", result: Unsupported},
		{config: "Clock0", result: Success},
		{config: "Clock0NoFair", result: LivenessFailure, name: "Refines"},
	} {
		t.Run(tc.config, func(t *testing.T) {
			dir := filepath.Join("testdata", "liveness")
			spec := strings.TrimRight(tc.config, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
			for _, stem := range []string{"Counter", "Toggle", "Procs", "Clock12", "Clock0"} {
				if strings.HasPrefix(tc.config, stem) {
					spec = stem
				}
			}
			res, err := Check(context.Background(), Options{
				SpecPath:   filepath.Join(dir, spec+".tla"),
				ConfigPath: filepath.Join(dir, tc.config+".cfg"),
				Workers:    1,
			})
			if err != nil {
				t.Fatal(err)
			}
			if res.Result != tc.result {
				t.Fatalf("result %s, want %s (violation %+v)", res.Result, tc.result, res.Violation)
			}
			if tc.name != "" {
				if res.Violation == nil || res.Violation.Name != tc.name || res.Violation.Kind != KindProperty {
					t.Fatalf("violation %+v, want property %s", res.Violation, tc.name)
				}
				if res.Violation.Line == 0 {
					t.Errorf("violation %+v has no position", res.Violation)
				}
			}
			if tc.result == Unsupported && (res.Violation == nil || !strings.Contains(res.Violation.Message, "\\EE") || res.Violation.Line == 0) {
				t.Errorf("violation %+v does not name \\EE and its position", res.Violation)
			}
			// TLC's liveness status also covers [][A]_v and initial
			// predicates, whose counterexamples are finite.
			if tc.result == LivenessFailure && !strings.HasPrefix(res.Violation.Message, "Action property") &&
				!strings.HasSuffix(res.Violation.Message, "by the initial state.") {
				checkLassoTrace(t, res.Trace)
			}
			if tc.trace != nil {
				if got := traceText(res.Trace); strings.Join(got, " | ") != strings.Join(tc.trace, " | ") {
					t.Errorf("trace\n  %s\nwant\n  %s", strings.Join(got, " | "), strings.Join(tc.trace, " | "))
				}
			}
		})
	}
}

// checkLassoTrace checks the shape of a liveness counterexample: an
// initial state without action, actions on every other step, exactly one
// loop start, and "Stuttering" only as the last step, after the loop
// start's state.
func checkLassoTrace(t *testing.T, trace []TraceStep) {
	t.Helper()
	if len(trace) == 0 || trace[0].Action != nil {
		t.Fatalf("trace %v does not start with an initial state", traceText(trace))
	}
	loops := 0
	for i, st := range trace {
		if st.LoopStart {
			loops++
		}
		if i > 0 && st.Action == nil {
			t.Errorf("step %d has no action", i)
		}
		if st.Action != nil && *st.Action == "Stuttering" && (i != len(trace)-1 || !trace[i-1].LoopStart) {
			t.Errorf("Stuttering at step %d of %v", i, traceText(trace))
		}
	}
	if loops != 1 {
		t.Errorf("%d loop starts in %v", loops, traceText(trace))
	}
}

func traceText(trace []TraceStep) []string {
	var out []string
	for _, st := range trace {
		if st.Action != nil && *st.Action == "Stuttering" {
			out = append(out, "Stuttering")
			continue
		}
		var vars []string
		for _, b := range st.State {
			vars = append(vars, b.Name+"="+b.Value)
		}
		s := strings.Join(vars, " ")
		if st.LoopStart {
			s = "*" + s
		}
		out = append(out, s)
	}
	return out
}
