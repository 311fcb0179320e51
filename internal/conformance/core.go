package conformance

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// checkCoreFunctions finds the action of each core function. A name that
// differs only in case or underscores is noted; a core function with no
// action at all is a warning. It returns the actions found, by action name,
// with the core function each models.
func (c *checker) checkCoreFunctions(cores []string) map[string]string {
	found := map[string]string{}
	seen := map[string]bool{}
	for _, core := range cores {
		if ActionName(core) == "" || seen[core] {
			continue
		}
		seen[core] = true
		def, exact := FindAction(c.spec.order, core)
		if def != nil && exact {
			found[def.Name.Name] = core
			continue
		}
		if def != nil {
			found[def.Name.Name] = core
			c.reportOn(sany.SeverityInfo, def.Name,
				"core function `"+core+"` is modelled by `"+def.Name.Name+"`; the prompt asks for an action of the same name")
			continue
		}
		c.reportOnHeader(sany.SeverityWarning, "no action for core function `"+core+"`")
	}
	return found
}

// templateNames are the definitions the prompt's template itself asks for,
// which are never the action of a core function or subject to
// reachability.
var templateNames = map[string]bool{
	"Init": true, "Next": true, "Spec": true, "vars": true, "TypeInvariant": true, "TypeOK": true,
}
