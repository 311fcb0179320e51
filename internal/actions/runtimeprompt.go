package actions

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc"
)

// runtimeRepairMessage asks the model to correct a module that passes
// SANY but does not run: the error as TLC prints it, with its position
// and the offending line, the shortest behaviour reaching it (TLC's
// trace), and the configuration it was checked with, then the module.
func runtimeRepairMessage(module, specPath, text, cfgText string, res *tlc.Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Module %s passes SANY, but the TLC model checker stops on it with an error when checking it with %s.", module, filepath.Base(ConfigPathOf(specPath)))
	b.WriteString(" Correct the module so that it runs, and answer with the whole corrected module, from its \"---- MODULE " + module +
		" ----\" line to its closing \"====\" line, keeping the module name " + module + ". Keep everything that is correct; do not shorten the module.\n")
	b.WriteString("\nError: " + tlc.ViolationText(res) + "\n")
	if v := res.Violation; v != nil {
		if hint := faultHint(res); hint != "" {
			b.WriteString(hint + "\n")
		}
		if v.Line > 0 && (v.Path == "" || filepath.Clean(v.Path) == filepath.Clean(specPath)) {
			lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
			if v.Line <= len(lines) {
				gutter := fmt.Sprintf("   %4d | ", v.Line)
				fmt.Fprintf(&b, "%s%s\n", gutter, expandTabs(lines[v.Line-1]))
				fmt.Fprintf(&b, "%s|%s^\n", strings.Repeat(" ", len(gutter)-2), strings.Repeat(" ", max(v.Column-1, 0)+1))
			}
		}
	}
	if len(res.Trace) > 0 {
		b.WriteString("\nThe shortest behaviour that reaches it (as TLC prints it):\n")
		b.WriteString(tlc.TraceText(res))
	}
	if cfgText != "" {
		b.WriteString("\nThe model configuration:\n```\n" + strings.TrimRight(cfgText, "\n") + "\n```\n")
	}
	b.WriteString("\nThe module as it stands:\n```tla\n")
	b.WriteString(strings.TrimRight(text, "\n"))
	b.WriteString("\n```\n")
	return b.String()
}

// faultHint says what the error usually means.
func faultHint(res *tlc.Result) string {
	v := res.Violation
	switch {
	case res.Result == tlc.DeadlockFailure:
		return "In the last state of the behaviour below no action is enabled. The draft does not describe a system that terminates, so every reachable state needs a successor: an action's guard is too strong, or Init starts the system in a state it cannot leave."
	case v.Kind == tlc.KindInvariant:
		return fmt.Sprintf("%s, the type invariant, is false in the last state below: Init or an action gives a variable a value outside its type, or %s states the type wrongly.", v.Name, v.Name)
	case v.Kind == tlc.KindAssumption:
		return "An ASSUME of the module is false for the constants of the configuration."
	}
	return ""
}

// traceFixMessage asks the model, at the user's request, to change the
// spec so that a violated property holds: the property, the trace that
// violates it, and the module.
func traceFixMessage(module, specPath, text string, res *tlc.Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "The TLC model checker found that module %s violates a property. %s\n", module, tlc.ViolationText(res))
	b.WriteString("The behaviour below is a counterexample. It may show a mistake in the specification (a guard that is too weak, a wrong update) or a real bug of the program it models; the user asked you to correct the specification. ")
	b.WriteString("If the property itself is stated wrongly, correct the property instead. Answer with the whole corrected module, from its \"---- MODULE " + module +
		" ----\" line to its closing \"====\" line, keeping the module name " + module + ", and say in a TLA+ comment at the top what you changed and why.\n")
	b.WriteString("\nThe counterexample (as TLC prints it):\n")
	b.WriteString(tlc.TraceText(res))
	b.WriteString("\nThe module as it stands:\n```tla\n")
	b.WriteString(strings.TrimRight(text, "\n"))
	b.WriteString("\n```\n")
	return b.String()
}
