package tlc

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// This file prints a run's answer as TLC's text output does
// (tlc2.output.MP and StatePrinter): the error lines, the counterexample
// and the statistics. The CLI and the editor's trace views print through
// it, so they read the same.

// ViolationText is the error TLC prints for a run's violation, on one
// line (for summaries and diagnostics), e.g. "Invariant TypeOK is
// violated." or "Deadlock reached.", with the position when there is one.
func ViolationText(res *Result) string { return violationText(res, true) }

// violationText is ViolationText, naming where only if placed: TLC's
// report words an evaluation error without its place (which it gives
// in its list of nested expressions after the trace).
func violationText(res *Result, placed bool) string {
	v := res.Violation
	if v == nil {
		return ""
	}
	where := ""
	if v.Line > 0 && placed {
		where = fmt.Sprintf(" (line %d, col %d of module %s)", v.Line, v.Column, moduleOf(v.Path, res.Module))
	}
	switch v.Kind {
	case KindInvariant:
		return fmt.Sprintf("Invariant %s is violated.", v.Name)
	case KindDeadlock:
		return "Deadlock reached."
	case KindProperty:
		switch {
		case strings.HasPrefix(v.Message, "Invariant"):
			// A PROPERTY's []P part: TLC checks and words it as an invariant.
			return fmt.Sprintf("Invariant %s is violated.", v.Name)
		case strings.HasPrefix(v.Message, "Action property"):
			return fmt.Sprintf("Action property %s is violated.", v.Name)
		case isLasso(res) && len(v.Names) > 1:
			return "Temporal properties " + englishList(v.Names) + " were violated."
		case isLasso(res):
			return fmt.Sprintf("Temporal property %s was violated.", v.Name)
		}
		return fmt.Sprintf("Property %s is violated.", v.Name)
	case KindAssumption:
		if strings.HasPrefix(v.Message, "Assumption line ") || strings.HasPrefix(v.Message, "Evaluating assumption ") || isPostcondition(v) {
			return v.Message // TLC's words, with the assumption's range
		}
		return fmt.Sprintf("Assumption%s is false.", where)
	case KindAssert:
		return fmt.Sprintf("Assertion failed%s: %s", where, v.Message)
	}
	msg := strings.TrimSpace(v.Message)
	if msg == "" {
		msg = "an evaluation error"
	}
	if v.Whole {
		return msg
	}
	return msg + where
}

// moduleOf names the module a path holds (its file name without .tla).
func moduleOf(path, fallback string) string {
	if path == "" {
		return fallback
	}
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}

// StepLabel is TLC's "<Initial predicate>" or "<Action line L, col C to
// line L2, col C2 of module M>" for a step of a trace (without the
// range when it is not known).
func StepLabel(step TraceStep, module string) string {
	if step.Action == nil {
		return "<Initial predicate>"
	}
	w := step.Where
	switch {
	case w.Line > 0:
		mod := w.Module
		if mod == "" {
			mod = moduleOf(step.Path, module)
		}
		return fmt.Sprintf("<%s line %d, col %d to line %d, col %d of module %s>", *step.Action, w.Line, w.Column, w.EndLine, w.EndColumn, mod)
	case step.Line > 0:
		return fmt.Sprintf("<%s line %d, col %d of module %s>", *step.Action, step.Line, step.Column, moduleOf(step.Path, module))
	}
	return "<" + *step.Action + ">"
}

// isStuttering says a step is the stuttering step TLC prints as
// "State N: Stuttering" at the end of a liveness counterexample.
func isStuttering(step TraceStep) bool {
	return step.Action != nil && *step.Action == "Stuttering" && step.Where.Line == 0 && step.Line == 0
}

// violatedInitially says an invariant or a property fails in an initial
// state, which TLC reports with that state alone.
func violatedInitially(res *Result) bool {
	v := res.Violation
	return v != nil && len(res.Trace) == 1 && !isLasso(res) && (v.Kind == KindInvariant || v.Kind == KindProperty && !strings.HasPrefix(v.Message, "Action property"))
}

// unexpectedException is what TLC prints before the message of an error
// it reports as unexpected (Violation.Unexpected; MP.ECGeneralMsg, which
// names a TLCRuntimeException as its parent class).
const unexpectedException = "TLC threw an unexpected exception.\n" +
	"This was probably caused by an error in the spec or model.\n" +
	"See the User Output or TLC Console for clues to what happened.\n" +
	"The exception was a java.lang.RuntimeException\n: "

// errorText is the error as TLC's report words it, over several lines
// where TLC uses several.
func errorText(res *Result) string {
	v := res.Violation
	switch {
	case v == nil:
		return string(res.Result)
	case violatedInitially(res) && (v.Kind == KindInvariant || strings.HasPrefix(v.Message, "Invariant")):
		return fmt.Sprintf("Invariant %s is violated by the initial state:", v.Name)
	case violatedInitially(res):
		return fmt.Sprintf("Property %s is violated by the initial state:", v.Name)
	case v.Kind == KindAssert:
		return v.Message // TLC's words already (the evaluator raises them)
	}
	return violationText(res, false)
}

// isLasso says the trace is a liveness counterexample (it has a cycle).
func isLasso(res *Result) bool {
	for _, st := range res.Trace {
		if st.LoopStart {
			return true
		}
	}
	return false
}

// StateText prints a state's variables as TLC does: "x = 0" when the
// spec has one variable, else one "/\ x = 0" line per variable in TLC's
// order (order, when it names them all); values longer than a line are
// laid out over several (value.Pretty).
func StateText(state Bindings, order []string) string {
	var b strings.Builder
	for _, v := range inOrder(state, order) {
		if len(state) > 1 {
			b.WriteString("/\\ ")
		}
		b.WriteString(v.Name)
		b.WriteString(" = ")
		b.WriteString(value.Pretty(v.Value, value.PrettyWidth))
		b.WriteByte('\n')
	}
	return b.String()
}

// inOrder returns state's bindings in the order order names them, or
// state itself when order does not name each exactly once.
func inOrder(state Bindings, order []string) Bindings {
	if len(order) != len(state) {
		return state
	}
	at := make(map[string]int, len(state))
	for i, v := range state {
		at[v.Name] = i
	}
	out := make(Bindings, 0, len(state))
	for _, name := range order {
		i, ok := at[name]
		if !ok {
			return state
		}
		out = append(out, state[i])
		delete(at, name)
	}
	return out
}

// TraceText prints a run's counterexample as TLC prints one: "State n:"
// headers naming the action that took each step, the state's variables,
// a blank line; a liveness counterexample ends with "State n:
// Stuttering" or "Back to state k: <Action ...>".
func TraceText(res *Result) string {
	var b strings.Builder
	for i, step := range res.Trace {
		if i > 0 && isStuttering(step) {
			fmt.Fprintf(&b, "State %d: Stuttering\n", i+1)
			continue
		}
		fmt.Fprintf(&b, "State %d: %s\n", i+1, StepLabel(step, res.Module))
		b.WriteString(StateText(step.State, res.PrintOrder))
		b.WriteByte('\n')
	}
	for i, step := range res.Trace {
		if !step.LoopStart || isStuttering(res.Trace[len(res.Trace)-1]) {
			continue
		}
		if res.LoopBack != nil {
			fmt.Fprintf(&b, "Back to state %d: %s\n\n", i+1, StepLabel(*res.LoopBack, res.Module))
		} else {
			fmt.Fprintf(&b, "Back to state %d\n\n", i+1)
		}
		break
	}
	return b.String()
}

// WarningsText prints res's warnings as TLC does, before its search.
func WarningsText(res *Result) string {
	var b strings.Builder
	for _, w := range res.Warnings {
		fmt.Fprintf(&b, "Warning: %s\n(Use the -nowarning option to disable this warning.)\n", w)
	}
	return b.String()
}

// ReportText is the whole answer as TLC's output reads: the verdict or
// the error, the counterexample under TLC's heading for its kind, then
// the statistics.
func ReportText(res *Result) string {
	var b strings.Builder
	switch res.Result {
	case Success:
		b.WriteString("Model checking completed. No error has been found.\n")
	case Unsupported:
		fmt.Fprintf(&b, "Unsupported: %s\n", ViolationText(res))
	case Incomplete:
		b.WriteString("Model checking stopped before the search was complete (-max-states, -timeout or interrupted).\n")
	default:
		text := errorText(res)
		if res.Violation != nil && res.Violation.Unexpected {
			text = unexpectedException + text
		}
		fmt.Fprintf(&b, "Error: %s\n", text)
	}
	initialOnly := violatedInitially(res)
	switch {
	case len(res.Trace) == 0:
	case initialOnly:
		// TLC prints the initial state right under "... is violated by
		// the initial state:".
		b.WriteString(StateText(res.Trace[0].State, res.PrintOrder))
		b.WriteByte('\n')
	case len(res.Trace) == 1 && res.Violation != nil && res.Violation.OnInitialState:
		b.WriteString("While working on the initial state:\n")
		b.WriteString(StateText(res.Trace[0].State, res.PrintOrder))
		b.WriteByte('\n')
	case isLasso(res):
		b.WriteString("\nError: The following behavior constitutes a counter-example:\n\n")
		b.WriteString(TraceText(res))
	default:
		b.WriteString("Error: The behavior up to this point is:\n")
		b.WriteString(TraceText(res))
	}
	// TLC prints no statistics when it stops before its search, on a
	// failed assumption or a violation by an initial state (but after a
	// false postcondition, which is evaluated after the search).
	if initialOnly || res.Result == AssumptionFailure && !isPostcondition(res.Violation) || res.Violation != nil && res.Violation.BeforeSearch {
		return b.String()
	}
	fmt.Fprintf(&b, "%d states generated, %d distinct states found, %d states left on queue.\n", res.GeneratedStates, res.DistinctStates, res.StatesLeft)
	fmt.Fprintf(&b, "The depth of the complete state graph search is %d.\n", res.Depth)
	return b.String()
}

// isPostcondition says v is a POSTCONDITION's failure.
func isPostcondition(v *Violation) bool {
	return v != nil && v.Kind == KindAssumption && (strings.HasPrefix(v.Message, "Postcondition ") || strings.HasPrefix(v.Message, "Evaluating postcondition "))
}

// englishList joins names as TLC's MP does: "A and B", "A, B, and C".
func englishList(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}
