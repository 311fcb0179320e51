package modelcfg

import (
	"fmt"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/cfg"
)

// Severity of a Problem.
type Severity int

const (
	SeverityError   Severity = iota // TLC would refuse the configuration
	SeverityWarning                 // TLC runs, but probably not as meant
)

// Problem is something wrong with a configuration for its spec, at a
// position of the .cfg (1-based).
type Problem struct {
	Pos      cfg.Pos
	Severity Severity
	Message  string
}

// Check holds a parsed configuration to its spec as TLC would on start-up:
// every name it uses must be defined (an operator, or for `<-` and `=` on
// the left, a constant or an operator the value overrides), every constant
// of the spec must get a value, a behaviour spec must be named, and the
// names under INVARIANT must be state predicates. Names of the `[Mod]`
// forms and `A!B` paths are left to the model checker.
func Check(spec *Spec, c *cfg.Config) []Problem {
	var out []Problem
	errorf := func(p cfg.Pos, format string, args ...any) {
		out = append(out, Problem{Pos: p, Severity: SeverityError, Message: fmt.Sprintf(format, args...)})
	}
	warnf := func(p cfg.Pos, format string, args ...any) {
		out = append(out, Problem{Pos: p, Severity: SeverityWarning, Message: fmt.Sprintf(format, args...)})
	}
	defined := func(section string, n *cfg.Name) bool {
		if n == nil {
			return false
		}
		if _, ok := spec.Defs[n.Name]; !ok {
			errorf(n.Pos, "%s %s: module %s defines no operator %s", section, n.Name, spec.Module, n.Name)
			return false
		}
		return true
	}

	start := cfg.Pos{Line: 1, Column: 1}
	switch {
	case c.Specification != nil:
		if defined("SPECIFICATION", c.Specification) && spec.Level(c.Specification.Name) < LevelTemporal {
			warnf(c.Specification.Pos, "SPECIFICATION %s is not a temporal formula (Init /\\ [][Next]_vars); name the behaviour spec, or use INIT and NEXT", c.Specification.Name)
		}
	case c.Init != nil || c.Next != nil:
		if c.Init == nil {
			errorf(c.Next.Pos, "NEXT without INIT: name the initial predicate too")
		}
		if c.Next == nil {
			errorf(c.Init.Pos, "INIT without NEXT: name the next-state action too")
		}
		defined("INIT", c.Init)
		defined("NEXT", c.Next)
	case len(spec.Variables) > 0:
		// Without variables TLC only evaluates the constants and ASSUMEs.
		errorf(start, "The configuration names no behaviour: add SPECIFICATION Spec (or INIT and NEXT)")
	}

	for _, n := range c.Invariants {
		if defined("INVARIANT", &n) && spec.Level(n.Name) == LevelTemporal {
			errorf(n.Pos, "INVARIANT %s is a temporal formula: list it under PROPERTY", n.Name)
		}
	}
	lists := []struct {
		section string
		names   []cfg.Name
	}{
		{"PROPERTY", c.Properties}, {"CONSTRAINT", c.Constraints}, {"ACTION_CONSTRAINT", c.ActionConstraints},
		{"POSTCONDITION", c.Postconditions},
	}
	for _, l := range lists {
		for _, n := range l.names {
			defined(l.section, &n)
		}
	}
	for _, single := range []struct {
		section string
		name    *cfg.Name
	}{{"SYMMETRY", c.Symmetry}, {"VIEW", c.View}, {"ALIAS", c.Alias}} {
		defined(single.section, single.name)
	}

	given := map[string]bool{}
	for _, k := range c.Constants {
		if k.Module != "" || strings.Contains(k.Name.Name, "!") {
			continue // another module's constant: the checker resolves it
		}
		given[k.Name.Name] = true
		modelValueIdiom := k.Value != nil && k.Value.Kind == cfg.ModelValue && k.Value.Str == k.Name.Name
		if !spec.Defines(k.Name.Name) && !modelValueIdiom {
			// TLC ignores it; `r1 = r1`, which only names a model value
			// for use in other values, is common and not worth a word.
			warnf(k.Name.Pos, "%s is neither a constant nor an operator of module %s: TLC ignores it", k.Name.Name, spec.Module)
		}
		if k.Subst != nil {
			if _, ok := spec.Defs[k.Subst.Name]; !ok {
				errorf(k.Subst.Pos, "%s <- %s: module %s defines no operator %s", k.Name.Name, k.Subst.Name, spec.Module, k.Subst.Name)
			}
			continue
		}
		if decl, ok := spec.Constant(k.Name.Name); ok && decl.Arity > 0 && k.Args == nil {
			errorf(k.Name.Pos, "constant %s takes %d argument(s): substitute an operator for it (%s <- MyOp)", k.Name.Name, decl.Arity, k.Name.Name)
		}
	}
	for _, decl := range spec.Constants {
		if !given[decl.Name] && decl.Arity > 0 {
			errorf(start, "constant %s (%s.tla:%d) takes %d argument(s) and has no value: define an operator and substitute it under CONSTANTS (%s <- MyOp)", decl.Name, decl.Module, decl.Pos.Line, decl.Arity, decl.Name)
		} else if !given[decl.Name] {
			errorf(start, "constant %s (%s.tla:%d) has no value: add it under CONSTANTS (%s = ... or %s <- ...)", decl.Name, decl.Module, decl.Pos.Line, decl.Name, decl.Name)
		}
	}
	return out
}
