package conformance

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
)

// checkCoreFunctions finds the action of each core function. A name that
// differs only in case or underscores is noted; a core function with no
// action at all is a warning. It returns the actions found, by action name,
// with the core function each models.
func (c *checker) checkCoreFunctions(cores []string) map[string]string {
	found := map[string]string{}
	seen := map[string]bool{}
	for _, core := range cores {
		name := actionName(core)
		if name == "" || seen[core] {
			continue
		}
		seen[core] = true
		if def := c.spec.defs[name]; def != nil {
			found[def.Name.Name] = core
			continue
		}
		if def := c.looseMatch(name); def != nil {
			found[def.Name.Name] = core
			c.reportOn(sany.SeverityInfo, def.Name,
				"core function `"+core+"` is modelled by `"+def.Name.Name+"`; the prompt asks for an action of the same name")
			continue
		}
		c.reportOnHeader(sany.SeverityWarning, "no action for core function `"+core+"`")
	}
	return found
}

// looseMatch returns the first definition named like name up to case and
// underscores, skipping the template's own definitions.
func (c *checker) looseMatch(name string) *ast.OpDef {
	want := looseName(name)
	for _, def := range c.spec.order {
		if templateNames[def.Name.Name] {
			continue
		}
		if looseName(def.Name.Name) == want {
			return def
		}
	}
	return nil
}

// templateNames are the definitions the prompt's template itself asks for,
// which are never the action of a core function or subject to
// reachability.
var templateNames = map[string]bool{
	"Init": true, "Next": true, "Spec": true, "vars": true, "TypeInvariant": true, "TypeOK": true,
}
