package actions

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc"
)

// changedVariables lists, for each step of a trace, the variables whose
// value differs from the step before (none for the first state).
func changedVariables(trace []tlc.TraceStep) [][]string {
	out := make([][]string, len(trace))
	for i := 1; i < len(trace); i++ {
		before := map[string]string{}
		for _, v := range trace[i-1].State {
			before[v.Name] = v.Value
		}
		for _, v := range trace[i].State {
			if old, ok := before[v.Name]; !ok || old != v.Value {
				out[i] = append(out[i], v.Name)
			}
		}
	}
	return out
}

// TraceFileName is the counterexample's file in .tla-gen/<Module>/.
const TraceFileName = "trace.tla"

// TraceModule writes a counterexample as a TLA+ module named trace that
// SANY accepts: a header saying what was violated and how the run went,
// then every state, one "/\ var = value" line per variable with the
// changed ones marked, all inside comments (the values may name model
// values the module does not declare).
func TraceModule(res *tlc.Result) string {
	var b strings.Builder
	b.WriteString("---- MODULE trace ----\n")
	b.WriteString("(*\n")
	fmt.Fprintf(&b, "  Counterexample for module %s", res.Module)
	if res.Config != "" {
		fmt.Fprintf(&b, " with %s", filepath.Base(res.Config))
	}
	b.WriteString(", found by tla-gen-lsp's model checker.\n")
	fmt.Fprintf(&b, "  %s\n", commentSafe(tlc.ViolationText(res)))
	fmt.Fprintf(&b, "  %d distinct states found, %d states generated, depth %d.\n", res.DistinctStates, res.GeneratedStates, res.Depth)
	b.WriteString("  Each state lists every variable; \"<- changed\" marks those the step changed.\n")
	b.WriteString("*)\n")
	changed := changedVariables(res.Trace)
	loop := 0
	for i, step := range res.Trace {
		b.WriteString("\n(* ")
		fmt.Fprintf(&b, "State %d: <%s>", i+1, commentSafe(strings.Trim(tlc.StepLabel(step, res.Module), "<>")))
		if step.LoopStart {
			b.WriteString(" (the cycle starts here)")
			if loop == 0 {
				loop = i + 1
			}
		}
		b.WriteString("\n")
		marked := map[string]bool{}
		for _, name := range changed[i] {
			marked[name] = true
		}
		for _, v := range step.State {
			line := fmt.Sprintf("/\\ %s = %s", v.Name, commentSafe(v.Value))
			if marked[v.Name] {
				line += "    <- changed"
			}
			b.WriteString(line + "\n")
		}
		b.WriteString("*)\n")
	}
	if loop > 0 {
		fmt.Fprintf(&b, "\n(* Back to state %d. *)\n", loop)
	}
	b.WriteString("====\n")
	return b.String()
}

// commentSafe keeps text from ending or nesting a TLA+ block comment.
func commentSafe(s string) string {
	return strings.NewReplacer("(*", "( *", "*)", "* )").Replace(s)
}
