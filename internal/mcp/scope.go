package mcp

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// nameAt returns the name written at offset off of m: an identifier, or
// the "I!Op" prefix of a name built with "!" up to the part under off.
// The second result lists the syntax nodes enclosing off, outermost
// first, for the local scopes.
func nameAt(m *indexedModule, off token.Pos) (string, []ast.Node) {
	var stack []ast.Node
	name := ""
	ast.Inspect(m.ast, func(n ast.Node) bool {
		if n == nil || off < n.Pos() || off > n.End() || (off == n.End() && !isName(n)) {
			return false
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.Ident:
			name = n.Name
		case *ast.SubexprName:
			var parts []string
			for _, p := range n.Parts {
				parts = append(parts, p.Name)
				if off >= p.PartPos && off <= p.PartEnd {
					name = strings.Join(parts, "!")
					return false
				}
			}
		}
		return true
	})
	return name, stack
}

func isName(n ast.Node) bool {
	switch n.(type) {
	case *ast.Ident, *ast.SubexprName, *ast.NamePart:
		return true
	}
	return false
}

// localDefinitions returns the definitions of name made by the nodes
// enclosing a place (parameters, bound identifiers, LET definitions),
// innermost first: they hide the module's names.
func localDefinitions(m *indexedModule, enclosing []ast.Node, name string) []Symbol {
	f := m.file
	param := func(p *ast.Param) []Symbol {
		if p.Name != nil && p.Name.Name == name {
			return []Symbol{symbolOf(m, p.Name, kindParameter, source(f, p.Pos(), p.End()), p.Arity, false, p.Pos(), p.End())}
		}
		return nil
	}
	bounds := func(bs ...*ast.Bound) []Symbol {
		for _, b := range bs {
			if b == nil {
				continue
			}
			for _, id := range b.Names {
				if id.Name == name {
					return []Symbol{symbolOf(m, id, kindBound, source(f, b.Pos(), b.End()), 0, false, id.Pos(), id.End())}
				}
			}
		}
		return nil
	}
	for i := len(enclosing) - 1; i >= 0; i-- {
		var found []Symbol
		switch n := enclosing[i].(type) {
		case *ast.OpDef:
			for _, p := range n.Params {
				found = append(found, param(p)...)
			}
		case *ast.ModuleDef:
			for _, p := range n.Params {
				found = append(found, param(p)...)
			}
		case *ast.Lambda:
			for _, id := range n.Params {
				if id.Name == name {
					found = append(found, symbolOf(m, id, kindParameter, id.Name, 0, false, id.Pos(), id.End()))
				}
			}
		case *ast.FuncDef:
			found = bounds(n.Bounds...)
		case *ast.QuantExpr:
			found = bounds(n.Bounds...)
		case *ast.SetMap:
			found = bounds(n.Bounds...)
		case *ast.FuncCons:
			found = bounds(n.Bounds...)
		case *ast.ChooseExpr:
			found = bounds(n.Bound)
		case *ast.SetFilter:
			found = bounds(n.Bound)
		case *ast.LetExpr:
			for _, u := range n.Defs {
				for _, s := range unitSymbols(m, u) {
					if s.Name == name {
						found = append(found, s)
					}
				}
			}
		}
		if len(found) > 0 {
			return found
		}
	}
	return nil
}

// lookup finds the module-level definitions of name visible in m: m's
// own, then those of the modules it extends or instantiates (their LOCAL
// ones excepted), then a module of that name it imports. A name built
// with "!" (I!Op, I!J!Op) is looked up in the module the instance I
// instantiates.
func (ix *index) lookup(m *indexedModule, name string) []Symbol {
	if prefix, rest, ok := strings.Cut(name, "!"); ok {
		for _, s := range ix.lookup(m, prefix) {
			if s.Kind != kindInstance {
				continue
			}
			target := ix.instanceTarget(s)
			if target != nil {
				return ix.lookup(target, rest)
			}
		}
		return nil
	}
	for i, im := range ix.reachable(m) {
		var found []Symbol
		for _, s := range moduleSymbols(im) {
			if s.Name == name && (i == 0 || !s.Local) {
				found = append(found, s)
			}
		}
		if len(found) > 0 {
			return found
		}
	}
	for _, im := range ix.imports(m) {
		if im.ast.Name.Name == name {
			return []Symbol{symbolOf(im, im.ast.Name, kindModule, "MODULE "+name, 0, false, im.ast.Pos(), im.ast.End())}
		}
	}
	return nil
}

// instanceTarget returns the module an instance symbol's definition
// instantiates.
func (ix *index) instanceTarget(s Symbol) *indexedModule {
	for _, im := range ix.modules {
		if im.file != s.file {
			continue
		}
		for _, u := range im.ast.Units {
			if d, ok := u.(*ast.ModuleDef); ok && d.Pos() == s.pos && d.Instance != nil && d.Instance.Module != nil {
				return ix.module(d.Instance.Module.Name, im)
			}
		}
	}
	return nil
}
