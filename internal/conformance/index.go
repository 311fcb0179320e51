package conformance

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"

// moduleIndex lists a module's top-level declarations.
type moduleIndex struct {
	variables []*ast.Ident
	defs      map[string]*ast.OpDef // operator definitions by name
	order     []*ast.OpDef          // the same, in source order
	// others are the names of other top-level definitions (functions,
	// instances), which references may reach but which are not actions.
	others map[string]ast.Node
}

// collect indexes mod's own units (not those of nested modules).
func collect(mod *ast.Module) *moduleIndex {
	idx := &moduleIndex{defs: map[string]*ast.OpDef{}, others: map[string]ast.Node{}}
	for _, u := range mod.Units {
		switch u := u.(type) {
		case *ast.VarDecl:
			idx.variables = append(idx.variables, u.Names...)
		case *ast.OpDef:
			if u.Name == nil || u.Body == nil {
				continue
			}
			if _, dup := idx.defs[u.Name.Name]; !dup {
				idx.defs[u.Name.Name] = u
				idx.order = append(idx.order, u)
			}
		case *ast.FuncDef:
			if u.Name != nil && u.Body != nil {
				idx.others[u.Name.Name] = u.Body
			}
		case *ast.ModuleDef:
			if u.Name != nil {
				idx.others[u.Name.Name] = u
			}
		}
	}
	return idx
}

// isVariable reports whether name is a declared VARIABLE.
func (idx *moduleIndex) isVariable(name string) bool {
	for _, v := range idx.variables {
		if v.Name == name {
			return true
		}
	}
	return false
}
