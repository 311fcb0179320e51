package actions

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// repairMessage is the follow-up turn that asks the model to correct its
// module: the problems, each with line, column, message and the offending
// line under a caret, then the whole module as it stands, then what to
// answer. Errors come first; conformance warnings and notes go along so
// that the model can fix them in the same answer.
func repairMessage(module, specPath, text string, v verdict) string {
	var b strings.Builder
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	var errs []sany.Diagnostic
	for _, d := range v.SANY {
		if d.Severity == sany.SeverityError {
			errs = append(errs, d)
		}
	}
	confs := v.Conformance
	switch {
	case len(errs) > 0:
		fmt.Fprintf(&b, "The TLA+ syntactic analyzer (SANY) found %d error(s) in module %s.", len(errs), module)
	default:
		fmt.Fprintf(&b, "Module %s passes SANY but departs from the translation rules.", module)
	}
	b.WriteString(" Correct the module and answer with the whole corrected module, from its \"---- MODULE " + module +
		" ----\" line to its closing \"====\" line, keeping the module name " + module +
		". Keep everything that is correct; do not shorten the module.\n")
	if len(errs) > 0 {
		b.WriteString("\nErrors:\n")
		writeProblems(&b, errs, specPath, lines)
	}
	if len(confs) > 0 {
		b.WriteString("\nDraft-conformance findings (the translation rules: an action named like each core function, every action reachable from Next, vars listing every variable, TypeInvariant/TypeOK, Init, Next and Spec == Init /\\ [][Next]_vars):\n")
		writeProblems(&b, confs, specPath, lines)
	}
	b.WriteString("\nThe module as it stands:\n```tla\n")
	b.WriteString(strings.TrimRight(text, "\n"))
	b.WriteString("\n```\n")
	return b.String()
}

// writeProblems lists diagnostics, numbered, each followed by the line it
// points at (with its number) and a caret under the column.
func writeProblems(b *strings.Builder, diags []sany.Diagnostic, specPath string, lines []string) {
	for i, d := range diags {
		fmt.Fprintf(b, "%d. ", i+1)
		inSpec := d.Path == "" || filepath.Clean(d.Path) == filepath.Clean(specPath)
		if !d.HasLocation() {
			if !inSpec {
				fmt.Fprintf(b, "in %s: ", filepath.Base(d.Path))
			}
			fmt.Fprintf(b, "%s: %s\n", d.Severity, d.Message)
			continue
		}
		p := d.Start()
		if !inSpec {
			fmt.Fprintf(b, "in %s, ", filepath.Base(d.Path))
		}
		fmt.Fprintf(b, "line %d, column %d: %s: %s\n", p.Line, p.Column, d.Severity, d.Message)
		if !inSpec || p.Line < 1 || p.Line > len(lines) {
			continue
		}
		src := expandTabs(lines[p.Line-1])
		gutter := fmt.Sprintf("   %4d | ", p.Line)
		fmt.Fprintf(b, "%s%s\n", gutter, src)
		col := max(p.Column-1, 0)
		fmt.Fprintf(b, "%s|%s^\n", strings.Repeat(" ", len(gutter)-2), strings.Repeat(" ", col+1))
	}
}

// expandTabs replaces each TAB with the spaces that reach SANY's next tab
// stop (columns 9, 17, …), so that a caret placed at SANY's column stands
// under the character it names.
func expandTabs(line string) string {
	if !strings.Contains(line, "\t") {
		return line
	}
	var b strings.Builder
	col := 0
	for _, r := range line {
		if r == '\t' {
			next := (col/8 + 1) * 8
			b.WriteString(strings.Repeat(" ", next-col))
			col = next
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}
