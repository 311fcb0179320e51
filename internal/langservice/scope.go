package langservice

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// scopeName is a name visible at some offset, with its symbol when the
// checker resolved its declaration.
type scopeName struct {
	name string
	sym  *semantic.Symbol // nil if unknown (a declaration in a unit that did not parse)
	kind semantic.Kind
}

// namesInScope returns the names visible at off in module m: those of the
// enclosing binders (parameters, bound identifiers, LET definitions, NEW
// declarations), then the module's declarations and definitions written
// before off, then what it EXTENDS and INSTANCEs without a name.
// Innermost names come first; each name once.
func (s *Spec) namesInScope(m *sany.AnalyzedModule, off token.Pos) []scopeName {
	var out []scopeName
	seen := map[string]bool{}
	def := func(id *ast.Ident, kind semantic.Kind) {
		if id == nil || seen[id.Name] {
			return
		}
		seen[id.Name] = true
		n := scopeName{name: id.Name, kind: kind}
		if m.Info != nil {
			if sym := m.Info.Defs[semantic.Span{Pos: id.Pos(), End: id.End()}]; sym != nil {
				n.sym, n.kind = sym, sym.Kind
			}
		}
		out = append(out, n)
	}
	addSym := func(sym *semantic.Symbol) {
		if sym == nil || seen[sym.Name] {
			return
		}
		seen[sym.Name] = true
		out = append(out, scopeName{name: sym.Name, sym: sym, kind: sym.Kind})
	}
	if m.AST == nil {
		return nil
	}
	// Enclosing binders, innermost last in the walk: collect, then reverse.
	var binders [][]*ast.Ident
	var kinds []semantic.Kind
	bind := func(kind semantic.Kind, ids ...*ast.Ident) {
		binders = append(binders, ids)
		kinds = append(kinds, kind)
	}
	boundNames := func(bs []*ast.Bound) []*ast.Ident {
		var ids []*ast.Ident
		for _, b := range bs {
			if b != nil {
				ids = append(ids, b.Names...)
			}
		}
		return ids
	}
	ast.Inspect(m.AST, func(n ast.Node) bool {
		if n == nil || n.Pos() > off || n.End() < off {
			return false
		}
		switch n := n.(type) {
		case *ast.OpDef:
			bind(semantic.KindParam, paramIdents(n.Params)...)
		case *ast.ModuleDef:
			bind(semantic.KindParam, paramIdents(n.Params)...)
		case *ast.FuncDef:
			bind(semantic.KindBound, boundNames(n.Bounds)...)
		case *ast.Lambda:
			bind(semantic.KindParam, n.Params...)
		case *ast.QuantExpr:
			bind(semantic.KindBound, boundNames(n.Bounds)...)
		case *ast.ChooseExpr:
			bind(semantic.KindBound, boundNames([]*ast.Bound{n.Bound})...)
		case *ast.SetFilter:
			bind(semantic.KindBound, boundNames([]*ast.Bound{n.Bound})...)
		case *ast.SetMap:
			bind(semantic.KindBound, boundNames(n.Bounds)...)
		case *ast.FuncCons:
			bind(semantic.KindBound, boundNames(n.Bounds)...)
		case *ast.LetExpr:
			for _, d := range n.Defs {
				if d.Pos() < off {
					bind(semantic.KindOperator, unitNames(d)...)
				}
			}
		case *ast.AssumeProve:
			for _, a := range n.Assumps {
				if nd, ok := a.(*ast.NewDecl); ok && nd.Param != nil {
					bind(semantic.KindNew, nd.Param.Name)
				}
			}
		case *ast.Step:
			bind(semantic.KindBound, boundNames(n.Bounds)...)
		}
		return true
	})
	for i := len(binders) - 1; i >= 0; i-- {
		for _, id := range binders[i] {
			def(id, kinds[i])
		}
	}
	if s.Analysis.Partial {
		// The unit being typed may not have parsed: its binders are read
		// from the text (the definition's start up to the cursor).
		for _, name := range textBinders(unitTextBefore(m, off)) {
			if !seen[name] {
				seen[name] = true
				out = append(out, scopeName{name: name, kind: semantic.KindBound})
			}
		}
	}
	// The module's own units written before off (SANY resolves names in
	// order), and the one holding off (a recursive function names itself).
	units := moduleUnitsAt(m.AST, off)
	for _, u := range units {
		if u.Pos() > off {
			break
		}
		for _, id := range unitNames(u) {
			def(id, semantic.KindOperator)
		}
		if inst, ok := u.(*ast.Instance); ok && inst.Module != nil {
			if im := s.Analysis.Module(inst.Module.Name); im != nil && im.Checked != nil {
				for _, name := range im.Checked.Exports() {
					if sym := im.Checked.Lookup(name); sym != nil && !sym.Local && sym.Kind != semantic.KindConstant && sym.Kind != semantic.KindVariable {
						addSym(sym)
					}
				}
			}
		}
	}
	for _, ext := range m.AST.Extends {
		if em := s.Analysis.Module(ext.Name); em != nil && em.Checked != nil {
			for _, name := range em.Checked.Exports() {
				addSym(em.Checked.Lookup(name))
			}
		}
	}
	return out
}

// moduleUnitsAt returns the units of the innermost module (top-level or
// nested) holding off.
func moduleUnitsAt(m *ast.Module, off token.Pos) []ast.Unit {
	for _, u := range m.Units {
		if inner, ok := u.(*ast.Module); ok && inner.Pos() <= off && off <= inner.End() {
			return moduleUnitsAt(inner, off)
		}
	}
	return m.Units
}

// paramIdents returns the names of parameters.
func paramIdents(ps []*ast.Param) []*ast.Ident {
	ids := make([]*ast.Ident, 0, len(ps))
	for _, p := range ps {
		if p != nil && p.Name != nil {
			ids = append(ids, p.Name)
		}
	}
	return ids
}

// unitNames returns the names a unit declares or defines.
func unitNames(u ast.Unit) []*ast.Ident {
	switch u := u.(type) {
	case *ast.VarDecl:
		return u.Names
	case *ast.ConstDecl:
		return paramIdents(u.Params)
	case *ast.Recursive:
		return paramIdents(u.Decls)
	case *ast.OpDef:
		return []*ast.Ident{u.Name}
	case *ast.FuncDef:
		return []*ast.Ident{u.Name}
	case *ast.ModuleDef:
		return []*ast.Ident{u.Name}
	case *ast.Assume:
		if u.Name != nil {
			return []*ast.Ident{u.Name}
		}
	case *ast.Theorem:
		if u.Name != nil {
			return []*ast.Ident{u.Name}
		}
	}
	return nil
}

// unitTextBefore returns the text from the start of the unit holding off
// (the last unit, other than a BadUnit, starting before it) up to off.
func unitTextBefore(m *sany.AnalyzedModule, off token.Pos) string {
	start := token.Pos(0)
	for _, u := range moduleUnitsAt(m.AST, off) {
		if u.Pos() > off {
			break
		}
		if _, bad := u.(*ast.BadUnit); !bad { // the text the parser gave up on belongs to the unit before
			start = u.Pos()
		}
	}
	if m.File == nil || int(off) > m.File.Size() || start > off {
		return ""
	}
	return string(m.File.Text()[start:off])
}

var (
	// \E x, y \in S :   \A x :   CHOOSE x \in S :   [x \in S |->   {x \in S :
	boundRE = lazy.Regexp(`(?:\\E|\\A|\\exists|\\forall|∃|∀|CHOOSE|\[|\{)\s*([A-Za-z0-9_]+(?:\s*,\s*[A-Za-z0-9_]+)*)\s*(?:\\in|∈|:)`)
	letRE   = lazy.Regexp(`(?m)(?:\bLET|^)\s*([A-Za-z0-9_]+)(?:\([^()]*\))?\s*(?:==|≜)`)
	paramRE = lazy.Regexp(`^\s*(?:LOCAL\s+)?[A-Za-z0-9_]+\(([^()]*)\)\s*(?:==|≜)`)
)

// textBinders reads the names a definition's text binds before the
// cursor: its parameters, LET definitions and bound identifiers. It is
// the fallback for a unit that did not parse; it may over-approximate.
func textBinders(text string) []string {
	var out []string
	add := func(list string) {
		for _, n := range strings.Split(list, ",") {
			if n = strings.TrimSpace(n); identifierRE().MatchString(n) && !isReserved(n) {
				out = append(out, n)
			}
		}
	}
	if sm := paramRE().FindStringSubmatch(text); sm != nil {
		add(sm[1])
	}
	for _, sm := range boundRE().FindAllStringSubmatch(text, -1) {
		add(sm[1])
	}
	for _, sm := range letRE().FindAllStringSubmatch(text, -1) {
		add(sm[1])
	}
	return out
}
