package eval

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"

// AliasFieldOrder returns the field names of the ALIAS definition's
// record constructor in the order it writes them (through LETs and
// parentheses), or nil when its body is not a record constructor. TLC
// prints an aliased state's fields in that order: the record an ALIAS
// evaluates to is not normalised before printing.
func (sp *Spec) AliasFieldOrder(name string) []string {
	g := sp.comp.root.globals[name]
	if g == nil || g.kind != gDef || g.def.body == nil || len(g.def.params) > 0 {
		return nil
	}
	e := g.def.body
	for {
		switch x := e.(type) {
		case *ast.Paren:
			e = x.X
			continue
		case *ast.LetExpr:
			e = x.Body
			continue
		case *ast.RecordCons:
			out := make([]string, len(x.Fields))
			for i, f := range x.Fields {
				out[i] = f.Name.Name
			}
			return out
		}
		return nil
	}
}
