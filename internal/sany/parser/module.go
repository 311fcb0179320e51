package parser

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// parseModule parses
//
//	Module ::= "---- MODULE" Name "----" [EXTENDS Name {, Name}] Body "===="
func (p *parser) parseModule(m *ast.Module) {
	begin := p.expect(scanner.BeginModule, "---- MODULE")
	m.Start = begin.Pos
	m.Name = p.parseName()
	p.expect(scanner.Separator, "----")
	if p.cur().Kind == scanner.EXTENDS {
		p.next()
		m.Extends = append(m.Extends, p.parseName())
		for p.cur().Kind == scanner.Comma {
			p.next()
			m.Extends = append(m.Extends, p.parseName())
		}
	}
	for {
		m.EndPos = p.prevEnd()
		u := p.parseUnitRecovering()
		if u == nil {
			break
		}
		m.Units = append(m.Units, u)
	}
	end := p.cur()
	if end.Kind != scanner.EndModule {
		p.fail(end, "expected ==== or more module body, found %s", p.describe(end))
	}
	p.next()
	m.EndPos = end.End
}

// parseUnit parses one unit of a module body, or returns nil if the
// current token cannot start one:
//
//	Unit ::= "----" | VariableDecl | ConstantDecl | [LOCAL] Definition
//	       | Recursive | [LOCAL] Instance | Assumption | Theorem | Module
//	       | UseOrHide
func (p *parser) parseUnit() ast.Unit {
	t := p.cur()
	switch t.Kind {
	case scanner.Separator:
		p.next()
		return &ast.Separator{From: t.Pos, To: t.End}
	case scanner.VARIABLE:
		return p.parseVarDecl()
	case scanner.CONSTANT:
		p.next()
		d := &ast.ConstDecl{KwPos: t.Pos}
		d.Params = append(d.Params, p.parseConstItem())
		for p.cur().Kind == scanner.Comma {
			p.next()
			d.Params = append(d.Params, p.parseConstItem())
		}
		return d
	case defBreak:
		return p.parseDefinition(nil)
	case scanner.LOCAL:
		switch p.peek(1).Kind {
		case defBreak:
			p.next()
			return p.parseDefinition(&t)
		case scanner.INSTANCE:
			p.next()
			inst := p.parseInstance()
			inst.Local = t.Pos
			return inst
		}
		return nil
	case scanner.RECURSIVE:
		return p.parseRecursive()
	case scanner.INSTANCE:
		if p.peek(1).Kind != scanner.Ident {
			return nil // SANY's LOOKAHEAD(2): no unit starts here
		}
		return p.parseInstance()
	case scanner.ASSUME, scanner.ASSUMPTION:
		return p.parseAssumption()
	case scanner.THEOREM, scanner.PROPOSITION:
		return p.parseTheorem()
	case scanner.BeginModule:
		m := &ast.Module{Start: t.Pos}
		p.parseModule(m)
		p.belch()
		return m
	case scanner.USE:
		if p.peek(1).Kind == scanner.ONLY {
			return nil
		}
		return p.parseUseOrHide()
	case scanner.HIDE:
		return p.parseUseOrHide()
	}
	return nil
}

// parseVarDecl parses VARIABLE(S) Ident {, Ident}.
func (p *parser) parseVarDecl() *ast.VarDecl {
	d := &ast.VarDecl{KwPos: p.next().Pos}
	d.Names = append(d.Names, p.parseIdent())
	for p.cur().Kind == scanner.Comma {
		p.next()
		d.Names = append(d.Names, p.parseIdent())
	}
	return d
}

// parseRecursive parses RECURSIVE ConstItem {, ConstItem}.
func (p *parser) parseRecursive() *ast.Recursive {
	d := &ast.Recursive{KwPos: p.next().Pos}
	d.Decls = append(d.Decls, p.parseConstItem())
	for p.cur().Kind == scanner.Comma {
		p.next()
		d.Decls = append(d.Decls, p.parseConstItem())
	}
	return d
}

// parseConstItem parses a declared operator:
//
//	ConstItem ::= Ident ["(" "_" {"," "_"} ")"] | PrefixOp "_"
//	            | "_" InfixOp "_" | "_" PostfixOp
func (p *parser) parseConstItem() *ast.Param {
	t := p.cur()
	switch {
	case t.Kind == scanner.Ident:
		p.next()
		prm := &ast.Param{StartPos: t.Pos, Name: p.ident(t), EndPos: t.End}
		if p.cur().Kind == scanner.LParen && p.peek(1).Kind == scanner.Underscore {
			prm.Arity, prm.EndPos = p.parseUnderscores()
		}
		return prm
	case isNonExpPrefix(t):
		p.next()
		u := p.expect(scanner.Underscore, "_")
		return &ast.Param{StartPos: t.Pos, Name: p.opIdent(t, true), Fix: ast.FixPrefix, Arity: 1, EndPos: u.End}
	case t.Kind == scanner.Underscore:
		p.next()
		o := p.cur()
		switch {
		case o.Kind == scanner.Op && o.Class == scanner.Infix:
			p.next()
			u := p.expect(scanner.Underscore, "_")
			return &ast.Param{StartPos: t.Pos, Name: p.opIdent(o, false), Fix: ast.FixInfix, Arity: 2, EndPos: u.End}
		case o.Kind == scanner.Op && o.Class == scanner.Postfix:
			p.next()
			return &ast.Param{StartPos: t.Pos, Name: p.opIdent(o, false), Fix: ast.FixPostfix, Arity: 1, EndPos: o.End}
		}
		p.failExpected("an infix or postfix operator")
	}
	p.failExpected("an identifier, _ or a prefix operator")
	return nil
}

// parseUnderscores parses "(" "_" {"," "_"} ")" and returns the count.
func (p *parser) parseUnderscores() (int, token.Pos) {
	p.expect(scanner.LParen, "(")
	n := 1
	p.expect(scanner.Underscore, "_")
	for p.cur().Kind == scanner.Comma {
		p.next()
		p.expect(scanner.Underscore, "_")
		n++
	}
	r := p.expect(scanner.RParen, ", or )")
	return n, r.End
}

// isNonExpPrefix reports whether t is SANY's NEPrefixOpToken: a prefix
// operator that may be defined or declared, including "-.".
func isNonExpPrefix(t scanner.Token) bool {
	return t.Kind == scanner.Op && (t.Class == scanner.Prefix || t.Class == scanner.NonExpPrefix)
}

// opIdent names an operator token canonically; a prefix "-" is "-.".
func (p *parser) opIdent(t scanner.Token, prefix bool) *ast.Ident {
	id := p.ident(t)
	if prefix && t.Name() == "-" {
		id.Name = "-."
	}
	return id
}

// parseDefinition parses, after SANY's virtual defBreak,
//
//	Definition ::= Ident "[" QuantBound {"," QuantBound} "]" "==" Expr
//	             | Ident PostfixOp "==" Expr
//	             | Ident InfixOp Ident "==" Expr
//	             | Ident ["(" Param {"," Param} ")"] "==" (Expr | Instance)
//	             | PrefixOp Ident "==" Expr
func (p *parser) parseDefinition(local *scanner.Token) ast.Unit {
	p.expect(defBreak, "a definition")
	localPos := noPos
	if local != nil {
		localPos = local.Pos
	}
	t := p.cur()
	n1 := p.peek(1)
	switch {
	case t.Kind == scanner.Ident && n1.Kind == scanner.LBrack:
		p.next()
		p.next()
		d := &ast.FuncDef{Local: localPos, Name: p.ident(t)}
		p.beginUnitDef(d)
		d.Bounds = append(d.Bounds, p.parseQuantBound())
		for p.cur().Kind == scanner.Comma {
			p.next()
			d.Bounds = append(d.Bounds, p.parseQuantBound())
		}
		p.expect(scanner.RBrack, ", or ]")
		d.DefEq = p.expect(scanner.DefEq, "==").Pos
		p.belch()
		d.Body = p.parseExpr()
		return d
	case t.Kind == scanner.Ident && n1.Kind == scanner.Op && n1.Class == scanner.Postfix:
		p.next()
		p.next()
		d := &ast.OpDef{Local: localPos, Name: p.opIdent(n1, false), Fix: ast.FixPostfix,
			Params: []*ast.Param{{StartPos: t.Pos, Name: p.ident(t), EndPos: t.End}}}
		return p.finishOpDef(d)
	case t.Kind == scanner.Ident && n1.Kind == scanner.Op && n1.Class == scanner.Infix:
		p.next()
		p.next()
		r := p.parseIdent()
		d := &ast.OpDef{Local: localPos, Name: p.opIdent(n1, false), Fix: ast.FixInfix,
			Params: []*ast.Param{{StartPos: t.Pos, Name: p.ident(t), EndPos: t.End}, {StartPos: r.Pos(), Name: r, EndPos: r.End()}}}
		return p.finishOpDef(d)
	case t.Kind == scanner.Ident && (n1.Kind == scanner.LParen || n1.Kind == scanner.DefEq):
		p.next()
		var params []*ast.Param
		if p.cur().Kind == scanner.LParen {
			p.next()
			params = append(params, p.parseParam())
			for p.cur().Kind == scanner.Comma {
				p.next()
				params = append(params, p.parseParam())
			}
			p.expect(scanner.RParen, ", or )")
		}
		defEq := p.expect(scanner.DefEq, "==")
		d := &ast.OpDef{Local: localPos, Name: p.ident(t), Params: params, DefEq: defEq.Pos}
		p.beginUnitDef(d)
		p.belch()
		if p.cur().Kind == scanner.INSTANCE {
			inst := p.parseInstance()
			return &ast.ModuleDef{Local: localPos, Name: d.Name, Params: params, DefEq: defEq.Pos, Instance: inst}
		}
		d.Body = p.parseExpr()
		return d
	case isNonExpPrefix(t):
		p.next()
		x := p.parseIdent()
		d := &ast.OpDef{Local: localPos, Name: p.opIdent(t, true), Fix: ast.FixPrefix,
			Params: []*ast.Param{{StartPos: x.Pos(), Name: x, EndPos: x.End()}}}
		return p.finishOpDef(d)
	}
	p.failExpected("an identifier or operator symbol")
	return nil
}

func (p *parser) finishOpDef(d *ast.OpDef) *ast.OpDef {
	d.DefEq = p.expect(scanner.DefEq, "==").Pos
	p.beginUnitDef(d)
	p.belch()
	d.Body = p.parseExpr()
	return d
}

// parseParam parses a formal parameter of a definition:
//
//	Param ::= Ident ["(" "_" {"," "_"} ")"] | PrefixOp "_" | "_" InfixOp "_" | "_" PostfixOp
func (p *parser) parseParam() *ast.Param {
	return p.parseConstItem()
}

// parseInstance parses INSTANCE Name [WITH Subst {, Subst}].
func (p *parser) parseInstance() *ast.Instance {
	kw := p.expect(scanner.INSTANCE, "INSTANCE")
	inst := &ast.Instance{Local: noPos, KwPos: kw.Pos}
	inst.Module = p.parseName()
	inst.EndPos = inst.Module.End()
	if p.cur().Kind == scanner.WITH {
		p.next()
		inst.With = append(inst.With, p.parseSubstitution())
		// SANY's LOOKAHEAD(3): another substitution only if "," name "<-"
		// follows; otherwise the "," is left to what follows (an error).
		for p.cur().Kind == scanner.Comma && (p.peek(1).Kind == scanner.Ident || p.peek(1).Kind == scanner.Op) &&
			p.peek(2).Kind == scanner.LArrow {
			p.next()
			inst.With = append(inst.With, p.parseSubstitution())
		}
		inst.EndPos = inst.With[len(inst.With)-1].End()
	}
	return inst
}

// parseSubstitution parses (Ident | PrefixOp | InfixOp | PostfixOp) "<-" OpOrExpr.
func (p *parser) parseSubstitution() *ast.Substitution {
	t := p.cur()
	var name *ast.Ident
	switch {
	case t.Kind == scanner.Ident:
		name = p.ident(t)
	case t.Kind == scanner.Op:
		name = p.opIdent(t, t.Class == scanner.NonExpPrefix)
	default:
		p.failExpected("an identifier or operator")
	}
	p.next()
	arrow := p.expect(scanner.LArrow, "<-")
	return &ast.Substitution{Name: name, Arrow: arrow.Pos, Value: p.parseOpOrExpr()}
}

// parseAssumption parses (ASSUME | ASSUMPTION | AXIOM) [Ident "=="] Expr.
func (p *parser) parseAssumption() *ast.Assume {
	kw := p.next()
	a := &ast.Assume{KwPos: kw.Pos, Keyword: p.text(kw)}
	j := 0
	if p.peek(0).Kind == defBreak {
		j = 1
	}
	if p.peek(j).Kind == scanner.Ident && p.peek(j+1).Kind == scanner.DefEq {
		if j == 1 {
			p.next()
		}
		a.Name = p.parseIdent()
		p.next()
	}
	p.belch()
	a.Body = p.parseExpr()
	return a
}

// beginUnitDef notes d as the definition being parsed, if it is the unit
// itself rather than one nested in it (in a LET or a proof), so that
// recovery can keep its name and parameters.
func (p *parser) beginUnitDef(d ast.Unit) {
	if p.mode&Recover != 0 && p.partial == nil && d.Pos() == p.toks[p.unitStart].Pos {
		p.partial = d
	}
}
