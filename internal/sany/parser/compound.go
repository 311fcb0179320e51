package parser

import (
	"fmt"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

func isIn(t scanner.Token) bool { return t.Kind == scanner.Op && t.Name() == "\\in" }

// matchBound is SANY's matchFcnConst: the tokens ahead are
// "<< ... >> \in" or "Ident {, Ident} \in".
func (p *parser) matchBound() bool {
	t := p.peek(0)
	if t.Kind == scanner.LAngle {
		depth, j := 1, 1
		for depth > 0 {
			k := p.peek(j).Kind
			switch k {
			case scanner.LAngle:
				depth++
			case scanner.RAngle:
				depth--
			case scanner.EOF:
				return false
			}
			j++
		}
		return isIn(p.peek(j))
	}
	if t.Kind != scanner.Ident {
		return false
	}
	j := 1
	for p.peek(j).Kind == scanner.Comma {
		if p.peek(j+1).Kind != scanner.Ident {
			return false
		}
		j += 2
	}
	return isIn(p.peek(j))
}

// parseBoundNames parses IdentifierTuple | Ident {"," Ident} into b.
func (p *parser) parseBoundNames(b *ast.Bound, many bool) {
	if p.cur().Kind == scanner.LAngle {
		b.Tuple = true
		b.LAngle = p.next().Pos
		if p.cur().Kind == scanner.Ident {
			b.Names = append(b.Names, p.parseIdent())
			for p.cur().Kind == scanner.Comma {
				p.next()
				b.Names = append(b.Names, p.parseIdent())
			}
		}
		b.REnd = p.expect(scanner.RAngle, ", or >>").End
		return
	}
	b.Names = append(b.Names, p.parseIdent())
	for many && p.cur().Kind == scanner.Comma && p.peek(1).Kind == scanner.Ident {
		p.next()
		b.Names = append(b.Names, p.parseIdent())
	}
}

// parseQuantBound parses (IdentifierTuple | Ident {"," Ident}) \in Expression.
func (p *parser) parseQuantBound() *ast.Bound {
	b := &ast.Bound{}
	p.parseBoundNames(b, true)
	if !isIn(p.cur()) {
		p.failExpected("\\in")
	}
	p.next()
	b.Set = p.parseExpr()
	return b
}

// parseOpenExpr parses the expressions that extend as far right as
// possible: quantifiers, CHOOSE, IF, CASE and LET.
func (p *parser) parseOpenExpr() ast.Expr {
	t := p.next()
	switch t.Kind {
	case scanner.EXISTS, scanner.FORALL:
		q := &ast.QuantExpr{QuantPos: t.Pos, Quant: ast.Exists}
		if t.Kind == scanner.FORALL {
			q.Quant = ast.Forall
		}
		if p.matchBound() {
			q.Bounds = append(q.Bounds, p.parseQuantBound())
			for p.cur().Kind == scanner.Comma {
				p.next()
				q.Bounds = append(q.Bounds, p.parseQuantBound())
			}
		} else {
			b := &ast.Bound{}
			if p.cur().Kind == scanner.LAngle {
				p.parseBoundNames(b, false)
			} else {
				p.parseBoundNames(b, true)
			}
			q.Bounds = []*ast.Bound{b}
		}
		q.Colon = p.expect(scanner.Colon, ":").Pos
		q.Body = p.parseExpr()
		return q
	case scanner.TEXISTS, scanner.TFORALL:
		q := &ast.QuantExpr{QuantPos: t.Pos, Quant: ast.TemporalExists}
		if t.Kind == scanner.TFORALL {
			q.Quant = ast.TemporalForall
		}
		b := &ast.Bound{}
		p.parseBoundNames(b, true)
		q.Bounds = []*ast.Bound{b}
		q.Colon = p.expect(scanner.Colon, ", or :").Pos
		q.Body = p.parseExpr()
		return q
	case scanner.CHOOSE:
		c := &ast.ChooseExpr{Choose: t.Pos, Bound: &ast.Bound{}}
		p.parseBoundNames(c.Bound, false)
		if isIn(p.cur()) {
			p.next()
			c.Bound.Set = p.parseExpr()
		}
		c.Colon = p.expect(scanner.Colon, ":").Pos
		c.Body = p.parseExpr()
		return c
	case scanner.IF:
		x := &ast.IfExpr{If: t.Pos}
		x.Cond = p.parseExpr()
		p.expect(scanner.THEN, "THEN")
		x.Then = p.parseExpr()
		p.expect(scanner.ELSE, "ELSE")
		x.Else = p.parseExpr()
		return x
	case scanner.CASE:
		c := &ast.CaseExpr{Case: t.Pos, OtherPos: noPos}
		c.Arms = append(c.Arms, p.parseCaseArm(noPos))
		for isCaseSep(p.cur()) {
			box := p.next()
			if p.cur().Kind == scanner.OTHER {
				c.OtherPos = p.next().Pos
				p.expect(scanner.Arrow, "->")
				c.Other = p.parseExpr()
				break
			}
			c.Arms = append(c.Arms, p.parseCaseArm(box.Pos))
		}
		return c
	case scanner.LET:
		l := &ast.LetExpr{Let: t.Pos}
		for {
			u := p.parseLetUnit()
			if u == nil {
				break
			}
			l.Defs = append(l.Defs, u)
		}
		if len(l.Defs) == 0 {
			p.failExpected("a definition")
		}
		l.In = p.expect(scanner.IN, "IN or another definition").Pos
		l.Body = p.parseExpr()
		return l
	}
	p.fail(t, "expected an expression, found %s", p.describe(t))
	return nil
}

func isCaseSep(t scanner.Token) bool { return t.Kind == scanner.Op && t.Name() == "[]" }

// parseCaseArm parses Expression "->" Expression.
func (p *parser) parseCaseArm(box token.Pos) *ast.CaseArm {
	a := &ast.CaseArm{Box: box}
	a.Guard = p.parseExpr()
	a.Arrow = p.expect(scanner.Arrow, "->").Pos
	a.Body = p.parseExpr()
	return a
}

// parseLetUnit parses one LET definition, or returns nil.
func (p *parser) parseLetUnit() ast.Unit {
	t := p.cur()
	switch t.Kind {
	case defBreak:
		return p.parseDefinition(nil)
	case scanner.LOCAL:
		if p.peek(1).Kind == defBreak {
			p.next()
			return p.parseDefinition(&t)
		}
	case scanner.RECURSIVE:
		return p.parseRecursive()
	}
	return nil
}

// parseBracketed parses ParenthesesExpression: ( ), { }, [ ], << >>, WF_, SF_.
func (p *parser) parseBracketed() ast.Expr {
	t := p.cur()
	switch t.Kind {
	case scanner.LParen:
		p.next()
		x := p.parseExpr()
		r := p.expect(scanner.RParen, ")")
		return &ast.Paren{Lparen: t.Pos, X: x, Rparen: r.Pos}
	case scanner.LBrace:
		return p.parseBrace()
	case scanner.LBrack:
		return p.parseSquare()
	case scanner.LAngle:
		return p.parseTupleOrAction()
	}
	return p.parseFairness()
}

// parseBrace parses
//
//	BraceCases ::= "{" [ Bound \in Expr [":" Expr | {"," Expr}]
//	                   | Expr [":" QuantBound {"," QuantBound} | {"," Expr}] ] "}"
func (p *parser) parseBrace() ast.Expr {
	lb := p.next()
	if p.cur().Kind == scanner.RBrace {
		return &ast.SetEnum{Lbrace: lb.Pos, Rbrace: p.next().Pos}
	}
	if p.matchBound() {
		b := &ast.Bound{}
		p.parseBoundNames(b, true)
		in := p.next()
		b.Set = p.parseExpr()
		if p.cur().Kind == scanner.Colon && len(b.Names) >= 1 {
			if len(b.Names) > 1 && !b.Tuple {
				p.failExpected("}")
			}
			p.next()
			pred := p.parseExpr()
			rb := p.expect(scanner.RBrace, "}")
			return &ast.SetFilter{Lbrace: lb.Pos, Bound: b, Pred: pred, Rbrace: rb.Pos}
		}
		// {x \in S, ...} is a set enumeration whose first element is x \in S.
		var lhs ast.Expr
		if b.Tuple {
			lhs = &ast.Tuple{LAngle: b.LAngle, REnd: b.REnd, IdentTuple: true}
			for _, n := range b.Names {
				lhs.(*ast.Tuple).Elems = append(lhs.(*ast.Tuple).Elems, n)
			}
		} else {
			lhs = b.Names[0]
		}
		first := &ast.OpApp{Op: p.ident(in), Fix: ast.FixInfix, Args: []ast.Expr{lhs, b.Set}}
		elems := []ast.Expr{first}
		for p.cur().Kind == scanner.Comma {
			p.next()
			elems = append(elems, p.parseExpr())
		}
		rb := p.expect(scanner.RBrace, "}")
		return &ast.SetEnum{Lbrace: lb.Pos, Elems: elems, Rbrace: rb.Pos}
	}
	x := p.parseExpr()
	if p.cur().Kind == scanner.Colon {
		p.next()
		m := &ast.SetMap{Lbrace: lb.Pos, Elem: x}
		m.Bounds = append(m.Bounds, p.parseQuantBound())
		for p.cur().Kind == scanner.Comma {
			p.next()
			m.Bounds = append(m.Bounds, p.parseQuantBound())
		}
		m.Rbrace = p.expect(scanner.RBrace, ", or }").Pos
		return m
	}
	elems := []ast.Expr{x}
	for p.cur().Kind == scanner.Comma {
		p.next()
		elems = append(elems, p.parseExpr())
	}
	rb := p.expect(scanner.RBrace, ", or }")
	return &ast.SetEnum{Lbrace: lb.Pos, Elems: elems, Rbrace: rb.Pos}
}

// parseSquare parses
//
//	SBracketCases ::= "[" ( QuantBound {"," QuantBound} "|->" Expr "]"
//	                      | Name "|->" Expr {"," Name "|->" Expr} "]"
//	                      | Name ":" Expr {"," Name ":" Expr} "]"
//	                      | Expr ( "->" Expr "]" | EXCEPT ExceptSpec {"," ExceptSpec} "]"
//	                             | "]_" ReducedExpr | {"," Expr} "]" ) )
func (p *parser) parseSquare() ast.Expr {
	lb := p.cur().Pos
	x, list, rb := p.parseSquareOrList()
	if list != nil {
		return &ast.BracketList{Lbrack: lb, Elems: list, Rbrack: rb}
	}
	return x
}

// parseSquareOrList is parseSquare; for [a, b] it returns the list and
// the position of "]" instead of a node, which a function application
// does not need.
func (p *parser) parseSquareOrList() (ast.Expr, []ast.Expr, token.Pos) {
	lb := p.next()
	if p.matchBound() {
		f := &ast.FuncCons{Lbrack: lb.Pos}
		f.Bounds = append(f.Bounds, p.parseQuantBound())
		for p.cur().Kind == scanner.Comma {
			p.next()
			f.Bounds = append(f.Bounds, p.parseQuantBound())
		}
		p.expect(scanner.MapsTo, "|->")
		f.Body = p.parseExpr()
		f.Rbrack = p.expect(scanner.RBrack, "]").Pos
		return f, nil, noPos
	}
	if fieldNameOK(p.cur()) && (p.peek(1).Kind == scanner.MapsTo || (p.peek(1).Kind == scanner.Colon && p.cur().Kind == scanner.Ident)) {
		sep := p.peek(1).Kind
		var fields []*ast.RecordField
		for {
			name := p.parseName()
			if sep == scanner.MapsTo {
				p.expect(scanner.MapsTo, "|->")
			} else {
				p.expect(scanner.Colon, ":")
			}
			fields = append(fields, &ast.RecordField{Name: name, Value: p.parseExpr()})
			if p.cur().Kind != scanner.Comma {
				break
			}
			p.next()
		}
		rb := p.expect(scanner.RBrack, ", or ]")
		if sep == scanner.MapsTo {
			return &ast.RecordCons{Lbrack: lb.Pos, Fields: fields, Rbrack: rb.Pos}, nil, noPos
		}
		return &ast.RecordSet{Lbrack: lb.Pos, Fields: fields, Rbrack: rb.Pos}, nil, noPos
	}
	x := p.parseExpr()
	switch p.cur().Kind {
	case scanner.Arrow:
		p.next()
		r := p.parseExpr()
		rb := p.expect(scanner.RBrack, "]")
		return &ast.FuncSet{Lbrack: lb.Pos, Domain: x, Range: r, Rbrack: rb.Pos}, nil, noPos
	case scanner.EXCEPT:
		p.next()
		e := &ast.Except{Lbrack: lb.Pos, Fn: x}
		e.Updates = append(e.Updates, p.parseExceptSpec())
		for p.cur().Kind == scanner.Comma {
			p.next()
			e.Updates = append(e.Updates, p.parseExceptSpec())
		}
		e.Rbrack = p.expect(scanner.RBrack, ", or ]").Pos
		return e, nil, noPos
	case scanner.RBrackSub:
		cl := p.next()
		return &ast.ActionExpr{Open: lb.Pos, Action: x, Close: cl.Pos, Sub: p.parseReduced()}, nil, noPos
	case scanner.Comma, scanner.RBrack:
		// SANY's function application without a function, [a, b]: see
		// ast.BracketList.
		var buf [8]ast.Expr
		elems := append(buf[:0], x)
		for p.cur().Kind == scanner.Comma {
			p.next()
			elems = append(elems, p.parseExpr())
		}
		rb := p.expect(scanner.RBrack, ", or ]")
		p.lastOp = fcnApply // SANY's FcnOp
		return nil, p.keepExprs(elems), rb.Pos
	}
	p.failExpected("], ]_, ->, \",\" or EXCEPT")
	return nil, nil, noPos
}

// parseExceptSpec parses "!" ("." Name | "[" Expr {"," Expr} "]")+ "=" Expr.
func (p *parser) parseExceptSpec() *ast.ExceptUpdate {
	u := &ast.ExceptUpdate{Bang: p.expect(scanner.Bang, "!").Pos}
	for {
		t := p.cur()
		if t.Kind == scanner.Dot {
			p.next()
			f := p.parseName()
			if f.Name == "@" {
				// SANY records this without a location and goes on.
				p.softError(&scanner.Error{Kind: scanner.Parse, Pos: f.Pos(), End: f.End(), NoLocation: true, Msg: "@ used in !.@"})
			}
			u.Path = append(u.Path, &ast.ExceptSel{SelPos: t.Pos, SelEnd: f.End(), Field: f})
		} else if t.Kind == scanner.LBrack {
			p.next()
			args := p.parseExprList()
			rb := p.expect(scanner.RBrack, ", or ]")
			u.Path = append(u.Path, &ast.ExceptSel{SelPos: t.Pos, SelEnd: rb.End, Index: args})
		} else {
			if len(u.Path) == 0 {
				p.failExpected(". or [")
			}
			break
		}
	}
	eq := p.cur()
	if !(eq.Kind == scanner.Op && eq.Name() == "=") {
		p.failExpected("=")
	}
	p.next()
	u.Value = p.parseExpr()
	return u
}

// parseTupleOrAction parses "<<" [Expr {"," Expr}] (">>" | ">>_" ReducedExpr).
func (p *parser) parseTupleOrAction() ast.Expr {
	la := p.next()
	var elems []ast.Expr
	if p.cur().Kind != scanner.RAngle && p.cur().Kind != scanner.RAngleSub {
		elems = p.parseExprList()
	}
	t := p.cur()
	switch t.Kind {
	case scanner.RAngle:
		p.next()
		return &ast.Tuple{LAngle: la.Pos, Elems: elems, REnd: t.End}
	case scanner.RAngleSub:
		p.next()
		var act ast.Expr
		if len(elems) == 1 {
			act = elems[0]
		} else {
			act = &ast.Tuple{LAngle: la.Pos, Elems: elems, REnd: t.End}
		}
		return &ast.ActionExpr{Open: la.Pos, Angle: true, Action: act, Close: t.Pos, Sub: p.parseReduced()}
	}
	p.failExpected(", or >>")
	return nil
}

// parseReduced parses SANY's ReducedExpression, the subscript of an
// action or fairness operator:
//
//	ReducedExpr ::= Ident [OpArgs] ["!" ReducedExpr] | ( ) | { } | [ ] | << >>
func (p *parser) parseReduced() ast.Expr {
	switch p.cur().Kind {
	case scanner.LParen, scanner.LBrace, scanner.LBrack, scanner.LAngle:
		return p.parseBracketed()
	case scanner.Ident:
		var parts []*ast.NamePart
		for {
			t := p.next()
			part := &ast.NamePart{Kind: ast.PartName, PartPos: t.Pos, PartEnd: t.End, Name: p.text(t), Lparen: noPos, Bang: noPos}
			if p.opArgsAhead() {
				p.parseOpArgs(part)
			}
			parts = append(parts, part)
			if p.cur().Kind != scanner.Bang {
				break
			}
			part.Bang = p.next().Pos
			if p.cur().Kind != scanner.Ident {
				p.failExpected("an identifier")
			}
		}
		if len(parts) == 1 {
			h := parts[0]
			id := p.newIdent(h.PartPos, h.PartEnd, h.Name)
			if h.Lparen == noPos {
				return id
			}
			return &ast.OpApp{Op: id, Args: h.Args, Lparen: h.Lparen, Rparen: h.Rparen}
		}
		return &ast.SubexprName{Parts: parts}
	}
	p.failExpected("an identifier or a bracketed expression")
	return nil
}

// parseFairness parses (WF_ | SF_) ReducedExpr ["(" Expression ")"].
func (p *parser) parseFairness() ast.Expr {
	kw := p.next()
	f := &ast.Fairness{KwPos: kw.Pos, Strong: kw.Kind == scanner.SF}
	sub := p.parseReduced()
	if p.cur().Kind == scanner.LParen {
		f.Sub = sub
		f.Lparen = p.next().Pos
		f.Action = p.parseExpr()
		f.Rparen = p.expect(scanner.RParen, ")").Pos
		if _, ok := sub.(*ast.BracketList); ok {
			// SANY can link the action only to a name or a bracketed
			// expression of a known kind; it records this and goes on
			// with the subscript alone.
			at := p.file.SANYPosition(kw.Pos)
			p.softError(&scanner.Error{Kind: scanner.Parse, Pos: kw.Pos, End: kw.End,
				Msg: fmt.Sprintf("error in fairness expression at %d: %d: could not link arguments", at.Line, at.Column)})
			return sub
		}
		return f
	}
	// WF_v(A) was read as the application v(A): split it. SANY needs the
	// argument list of the subscript's last component (its FairnessHook).
	var args []ast.Expr
	switch x := sub.(type) {
	case *ast.OpApp:
		args = x.Args
	case *ast.SubexprName:
		if last := x.Parts[len(x.Parts)-1]; last.Lparen != noPos {
			args = last.Args
		}
	}
	at := p.file.SANYPosition(kw.Pos)
	if args == nil {
		p.fail(kw, "ill-structured fairness expression at line %d, column %d", at.Line, at.Column)
	}
	if len(args) != 1 {
		// SANY records this, keeps the subscript as the expression and
		// goes on.
		p.softError(&scanner.Error{Kind: scanner.Parse, Pos: kw.Pos, End: kw.End,
			Msg: fmt.Sprintf("error in fairness expression at %d: %d: the action must be one argument", at.Line, at.Column)})
		return sub
	}
	switch x := sub.(type) {
	case *ast.OpApp:
		f.Sub = x.Op
		f.Lparen, f.Action, f.Rparen = x.Lparen, x.Args[0], x.Rparen
	case *ast.SubexprName:
		last := x.Parts[len(x.Parts)-1]
		f.Lparen, f.Rparen, f.Action = last.Lparen, last.Rparen, last.Args[0]
		last.Args, last.Lparen, last.Rparen = nil, noPos, noPos
		f.Sub = x
	}
	return f
}
