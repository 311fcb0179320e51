package conformance

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
)

// checkVars reports a missing vars definition, or declared variables that
// vars leaves out (so that [][Next]_vars lets them change freely in
// stuttering steps).
func (c *checker) checkVars() {
	def := c.spec.defs["vars"]
	if def == nil {
		c.reportOnHeader(sany.SeverityWarning, "no `vars` definition: define vars == <<...>> with every variable")
		return
	}
	listed := map[string]bool{}
	ast.Inspect(def.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			listed[id.Name] = true
		}
		return true
	})
	var missing []string
	for _, v := range c.spec.variables {
		if !listed[v.Name] {
			missing = append(missing, "`"+v.Name+"`")
		}
	}
	switch len(missing) {
	case 0:
	case 1:
		c.reportOn(sany.SeverityWarning, def.Name, "vars does not list the variable "+missing[0])
	default:
		c.reportOn(sany.SeverityWarning, def.Name, "vars does not list the variables "+strings.Join(missing, ", "))
	}
}

// checkVariables reports the draft's state variables that the module does
// not declare, even under another case or with other underscores.
func (c *checker) checkVariables(want []string) {
	declared := map[string]bool{}
	for _, v := range c.spec.variables {
		declared[LooseName(v.Name)] = true
	}
	seen := map[string]bool{}
	for _, w := range want {
		name := ActionName(w)
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		if !declared[LooseName(name)] {
			c.reportOnHeader(sany.SeverityWarning, "no VARIABLE for the draft's state variable `"+name+"`")
		}
	}
}
