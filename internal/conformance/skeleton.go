package conformance

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
)

// checkSkeleton reports the definitions of the prompt's template that are
// missing: a type invariant, Init, Next and Spec.
func (c *checker) checkSkeleton() {
	defs := c.spec.defs
	if defs["TypeInvariant"] == nil && defs["TypeOK"] == nil {
		c.reportOnHeader(sany.SeverityWarning, "no type invariant: define TypeInvariant (or TypeOK)")
	}
	for _, name := range []string{"Init", "Next", "Spec"} {
		if defs[name] == nil {
			c.reportOnHeader(sany.SeverityWarning, "no `"+name+"` definition")
		}
	}
}

// checkSpecFormula reports a Spec that is not Init /\ [][Next]_vars
// followed only by fairness conditions.
func (c *checker) checkSpecFormula() {
	spec := c.spec.defs["Spec"]
	if spec == nil {
		return
	}
	if len(spec.Params) == 0 && c.isCanonicalSpec(spec.Body) {
		return
	}
	c.reportOn(sany.SeverityWarning, spec.Name,
		"Spec should be Init /\\ [][Next]_vars, optionally followed by WF/SF fairness conjuncts")
}

func (c *checker) isCanonicalSpec(body ast.Expr) bool {
	conj := conjuncts(body, nil)
	if len(conj) < 2 || !isRef(conj[0], "Init") || !isBoxNextVars(conj[1]) {
		return false
	}
	for _, x := range conj[2:] {
		if !c.isFairness(x, map[string]bool{}) {
			return false
		}
	}
	return true
}

// isBoxNextVars reports whether x is [][Next]_vars.
func isBoxNextVars(x ast.Expr) bool {
	box, ok := unparen(x).(*ast.OpApp)
	if !ok || box.Fix != ast.FixPrefix || box.Op.Name != "[]" || len(box.Args) != 1 {
		return false
	}
	act, ok := unparen(box.Args[0]).(*ast.ActionExpr)
	return ok && !act.Angle && isRef(act.Action, "Next") && isRef(act.Sub, "vars")
}

// isFairness reports whether x is a fairness condition: WF/SF, a
// conjunction or quantification of them, or a reference to a definition
// that is one. seen guards against recursive definitions.
func (c *checker) isFairness(x ast.Expr, seen map[string]bool) bool {
	switch x := unparen(x).(type) {
	case *ast.Fairness:
		return true
	case *ast.QuantExpr:
		return (x.Quant == ast.Forall || x.Quant == ast.Exists) && c.isFairness(x.Body, seen)
	case *ast.JunctionList, *ast.OpApp:
		if name := refName(x); name != "" {
			def := c.spec.defs[name]
			if def == nil || seen[name] {
				return false
			}
			seen[name] = true
			return c.isFairness(def.Body, seen)
		}
		conj := conjuncts(x, nil)
		if len(conj) < 2 {
			return false
		}
		for _, y := range conj {
			if !c.isFairness(y, seen) {
				return false
			}
		}
		return true
	case *ast.Ident:
		def := c.spec.defs[x.Name]
		if def == nil || seen[x.Name] {
			return false
		}
		seen[x.Name] = true
		return c.isFairness(def.Body, seen)
	}
	return false
}

// conjuncts flattens a conjunction (bulleted or infix) into its parts.
func conjuncts(x ast.Expr, out []ast.Expr) []ast.Expr {
	switch y := unparen(x).(type) {
	case *ast.JunctionList:
		if y.Op == "\\land" {
			for _, item := range y.Items {
				out = conjuncts(item, out)
			}
			return out
		}
	case *ast.OpApp:
		if y.Fix == ast.FixInfix && y.Op.Name == "\\land" {
			for _, a := range y.Args {
				out = conjuncts(a, out)
			}
			return out
		}
	}
	return append(out, x)
}

// unparen strips parentheses.
func unparen(x ast.Expr) ast.Expr {
	for {
		p, ok := x.(*ast.Paren)
		if !ok {
			return x
		}
		x = p.X
	}
}

// isRef reports whether x is a bare reference to name.
func isRef(x ast.Expr, name string) bool {
	id, ok := unparen(x).(*ast.Ident)
	return ok && id.Name == name
}

// refName returns the operator a FixNone application refers to, or "".
func refName(x ast.Expr) string {
	if app, ok := x.(*ast.OpApp); ok && app.Fix == ast.FixNone {
		return app.Op.Name
	}
	return ""
}
