package conformance

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
)

// checkReachability reports actions that Next never refers to, directly
// or through other definitions. Actions are the core functions' actions
// (cores maps their names to the core function) and every other
// other action-level definition (see actionLevel).
func (c *checker) checkReachability(cores map[string]string) {
	next := c.spec.defs["Next"]
	if next == nil {
		return // reported by checkSkeleton
	}
	reached := c.reachableFrom(next.Body)
	actions := c.actionLevel()
	for _, def := range c.spec.order {
		name := def.Name.Name
		if templateNames[name] || reached[name] {
			continue
		}
		core, isCore := cores[name]
		if !isCore && !actions[name] {
			continue
		}
		msg := "action `" + name + "` is not reachable from Next"
		if isCore {
			msg = "action `" + name + "` (core function `" + core + "`) is not reachable from Next"
		}
		c.reportOn(sany.SeverityWarning, def.Name, msg)
	}
}

// reachableFrom returns the names of the top-level definitions that root
// refers to, directly or through the definitions it refers to.
func (c *checker) reachableFrom(root ast.Node) map[string]bool {
	reached := map[string]bool{}
	work := []ast.Node{root}
	for len(work) > 0 {
		n := work[len(work)-1]
		work = work[:len(work)-1]
		ast.Inspect(n, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok || reached[id.Name] {
				return true
			}
			if def := c.spec.defs[id.Name]; def != nil {
				reached[id.Name] = true
				work = append(work, def.Body)
			} else if other := c.spec.others[id.Name]; other != nil {
				reached[id.Name] = true
				work = append(work, other)
			}
			return true
		})
	}
	return reached
}

// actionLevel returns the names of the action-level definitions: those
// that prime something or use UNCHANGED, or refer to an action-level
// definition, outside ENABLED (which makes a state predicate of anything),
// and that are not temporal formulas. It is a fixed point, so mutually
// recursive definitions are classified like any others.
func (c *checker) actionLevel() map[string]bool {
	level := map[string]bool{}
	pending := map[string][]string{} // undecided definitions and their references
	for _, def := range c.spec.order {
		primes, temporal, refs := scanLevel(def.Body)
		switch {
		case temporal:
		case primes:
			level[def.Name.Name] = true
		default:
			pending[def.Name.Name] = refs
		}
	}
	for changed := true; changed; {
		changed = false
		for name, refs := range pending {
			for _, r := range refs {
				if level[r] {
					level[name] = true
					delete(pending, name)
					changed = true
					break
				}
			}
		}
	}
	return level
}

// scanLevel reports whether body primes something (or says UNCHANGED)
// outside ENABLED, whether it is a temporal formula, and the names it
// refers to outside ENABLED.
func scanLevel(body ast.Expr) (primes, temporal bool, refs []string) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			refs = append(refs, n.Name)
		case *ast.OpApp:
			switch {
			case n.Fix == ast.FixPrefix && n.Op.Name == "ENABLED":
				return false // a state predicate, whatever is inside
			case n.Fix == ast.FixPostfix && n.Op.Name == "'":
				primes = true
			case n.Fix == ast.FixPrefix && n.Op.Name == "UNCHANGED":
				primes = true
			case n.Fix == ast.FixPrefix && (n.Op.Name == "[]" || n.Op.Name == "<>"):
				temporal = true
			case n.Fix == ast.FixInfix && n.Op.Name == "~>":
				temporal = true
			}
		case *ast.Fairness:
			temporal = true
		case *ast.QuantExpr:
			if n.Quant == ast.TemporalExists || n.Quant == ast.TemporalForall {
				temporal = true
			}
		}
		return true
	})
	return primes, temporal, refs
}
