package conformance

import (
	"sort"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// KindConformance marks diagnostics that hold a generated spec to the
// translation prompt's rules. The LSP layer reports them with source
// "tla-gen".
const KindConformance sany.Kind = "conformance"

// Expectations is what the draft analysis asks the spec to contain.
type Expectations struct {
	// CoreFunctions are the source functions that must each become an
	// action of the same name ("try_acquire_lock", "Server.handle",
	// "becomeFollower()"); a qualifier and a trailing "()" are ignored when
	// looking for the action.
	CoreFunctions []string
	// Variables are the essential state variables, each of which must be
	// declared as a VARIABLE.
	Variables []string
}

// Check returns the ways mod, parsed from f, departs from the translation
// prompt's rules, ordered by position. A nil module gives no diagnostics.
func Check(f *token.File, mod *ast.Module, want Expectations) []sany.Diagnostic {
	if f == nil || mod == nil || mod.Name == nil {
		return nil
	}
	c := &checker{file: f, mod: mod, spec: collect(mod)}
	c.checkSkeleton()
	c.checkSpecFormula()
	c.checkVars()
	c.checkVariables(want.Variables)
	actions := c.checkCoreFunctions(want.CoreFunctions)
	c.checkReachability(actions)
	sort.SliceStable(c.diags, func(i, j int) bool { return c.diags[i].Pos < c.diags[j].Pos })
	return c.diags
}

// checker accumulates the diagnostics of one Check.
type checker struct {
	file  *token.File
	mod   *ast.Module
	spec  *moduleIndex
	diags []sany.Diagnostic
}

// report adds a diagnostic for the range [pos, end).
func (c *checker) report(sev sany.Severity, pos, end token.Pos, msg string) {
	c.diags = append(c.diags, sany.Diagnostic{
		Path:     c.file.Name(),
		File:     c.file,
		Module:   c.mod.Name.Name,
		Pos:      pos,
		End:      end,
		Severity: sev,
		Kind:     KindConformance,
		Message:  msg,
	})
}

// reportOnHeader reports a problem of the module as a whole on its
// "---- MODULE Name ----" line.
func (c *checker) reportOnHeader(sev sany.Severity, msg string) {
	c.report(sev, c.mod.Start, headerEnd(c.file, c.mod), msg)
}

// reportOn reports a problem on a node, usually a definition's name.
func (c *checker) reportOn(sev sany.Severity, n ast.Node, msg string) {
	c.report(sev, n.Pos(), n.End(), msg)
}

// headerEnd returns the end of the module's header line, without
// trailing blanks.
func headerEnd(f *token.File, mod *ast.Module) token.Pos {
	text := f.Text()
	i := int(mod.Name.End())
	for i < len(text) && text[i] != '\n' {
		i++
	}
	for i > int(mod.Name.End()) && (text[i-1] == ' ' || text[i-1] == '\t' || text[i-1] == '\r') {
		i--
	}
	return token.Pos(i)
}
