package parser

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
)

// isExprPrefix reports whether t may be pushed as a prefix operator at
// the start of an operand: SANY's PrefixOpToken or "-".
func isExprPrefix(t scanner.Token) bool {
	return t.Kind == scanner.Op && (t.Class == scanner.Prefix || t.Text == "-")
}

func isOpenStart(k scanner.Kind) bool {
	switch k {
	case scanner.CASE, scanner.CHOOSE, scanner.EXISTS, scanner.FORALL, scanner.IF, scanner.LET, scanner.TEXISTS, scanner.TFORALL:
		return true
	}
	return false
}

// parseExpr parses
//
//	Expression ::= {PrefixOp} (OpenExpression | ExtendableExpr)
//
// with SANY's operator-stack reductions.
func (p *parser) parseExpr() ast.Expr {
	s := &opStack{p: p, el: make([]stackElem, 0, 4)}
	p.parseOperand(s)
	return s.final(p.cur())
}

// parseOperand parses {PrefixOp} (OpenExpression | ExtendableExpr),
// pushing onto s.
func (p *parser) parseOperand(s *opStack) {
	for {
		t := p.cur()
		if !isExprPrefix(t) || !p.above(t) {
			break
		}
		p.next()
		if t.Text == "-" {
			s.pushOp(t, ast.FixInfix)
		} else {
			s.pushOp(t, ast.FixPrefix)
		}
	}
	t := p.cur()
	if !p.above(t) {
		p.fail(t, "expected an expression, found %s (not indented right of the enclosing /\\ or \\/ bullet)", describe(t))
	}
	if isOpenStart(t.Kind) {
		s.pushExpr(p.parseOpenExpr())
		return
	}
	p.parseExtendable(s)
}

// parseExtendable parses
//
//	ExtendableExpr ::= (Junctions | ParenthesesExpression | PrimitiveExp)
//	                   {PostfixOp | "." Name | "[" Args "]"}
//	                   [InfixOp {PrefixOp} (OpenExpression | ExtendableExpr)
//	                   | "::" Expression]
func (p *parser) parseExtendable(s *opStack) {
	t := p.cur()
	switch {
	case t.Kind == scanner.Op && t.Bullet && s.emptyOrOpTop():
		s.pushExpr(p.parseJunctions())
	case t.Kind == scanner.LParen || t.Kind == scanner.LBrace || t.Kind == scanner.LBrack ||
		t.Kind == scanner.LAngle || t.Kind == scanner.WF || t.Kind == scanner.SF:
		s.pushExpr(p.parseBracketed())
	default:
		s.pushExpr(p.parsePrimitive())
	}
	for {
		t := p.cur()
		if !p.above(t) {
			break
		}
		if t.Kind == scanner.Op && t.Class == scanner.Postfix {
			p.next()
			s.pushOp(t, ast.FixPostfix)
			continue
		}
		if t.Kind == scanner.Dot {
			p.next()
			f := p.cur()
			if !fieldNameOK(f) || !p.above(f) {
				p.failExpected("a field name")
			}
			p.next()
			top := &s.el[len(s.el)-1]
			if top.isOp() {
				p.fail(t, "\".\" follows an operator")
			}
			top.expr = &ast.FieldSel{X: top.expr, Dot: t.Pos, Field: &ast.Ident{NamePos: f.Pos, NameEnd: f.End, Name: f.Text}}
			continue
		}
		if t.Kind == scanner.LBrack {
			p.next()
			args := p.parseExprList()
			rb := p.expect(scanner.RBrack, ", or ]")
			s.pushApply(t, args, rb)
			continue
		}
		break
	}
	t = p.cur()
	if !p.above(t) {
		return
	}
	if t.Kind == scanner.Op && t.Class == scanner.Infix {
		p.next()
		s.pushOp(t, ast.FixInfix)
		p.parseOperand(s)
		return
	}
	if t.Kind == scanner.ColonColon {
		p.next()
		top := s.el[len(s.el)-1]
		lab := labelOf(top.expr)
		if lab == nil {
			p.fail(t, "\"::\" does not follow a label")
		}
		s.el = s.el[:len(s.el)-1]
		lab.Body = p.parseExpr()
		s.pushExpr(lab)
	}
}

// labelOf turns a name or name(x, y) into a Label, or returns nil.
func labelOf(x ast.Expr) *ast.Label {
	switch x := x.(type) {
	case *ast.Ident:
		return &ast.Label{Name: x}
	case *ast.OpApp:
		if x.Fix != ast.FixNone {
			return nil
		}
		lab := &ast.Label{Name: x.Op}
		for _, a := range x.Args {
			id, ok := a.(*ast.Ident)
			if !ok {
				return nil
			}
			lab.Params = append(lab.Params, id)
		}
		return lab
	}
	return nil
}

// parseExprList parses Expression {"," Expression}.
func (p *parser) parseExprList() []ast.Expr {
	xs := []ast.Expr{p.parseExpr()}
	for p.cur().Kind == scanner.Comma {
		p.next()
		xs = append(xs, p.parseExpr())
	}
	return xs
}

// parseJunctions parses a bulleted list aligned on the first bullet:
//
//	Junctions ::= Bullet Expression {Bullet Expression}
func (p *parser) parseJunctions() ast.Expr {
	first := p.cur()
	j := &ast.JunctionList{Op: first.Name}
	p.juncs = append(p.juncs, junction{col: first.Col, name: first.Name})
	for {
		b := p.next()
		j.Bullets = append(j.Bullets, b.Pos)
		j.Items = append(j.Items, p.parseExpr())
		n := p.cur()
		if !(n.Kind == scanner.Op && n.Bullet && n.Col == first.Col && n.Name == first.Name) {
			break
		}
	}
	p.juncs = p.juncs[:len(p.juncs)-1]
	return j
}

// parseOpOrExpr parses an operator argument: an operator symbol, a LAMBDA
// or an expression.
//
//	OpOrExpr ::= Lambda | NonExpPrefixOp | InfixOp | PostfixOp | Expression
func (p *parser) parseOpOrExpr() ast.Expr {
	t := p.cur()
	if t.Kind == scanner.LAMBDA {
		return p.parseLambda()
	}
	if t.Kind == scanner.Op {
		n := p.peek(1)
		if n.Kind == scanner.Comma || n.Kind == scanner.RParen || n.Kind == scanner.EOF ||
			(!p.startsExpr(n) && t.Class != scanner.Prefix) || (t.Class == scanner.NonExpPrefix) {
			if n.Kind == scanner.Comma || n.Kind == scanner.RParen || t.Class == scanner.NonExpPrefix {
				p.next()
				return &ast.OpSymbol{Op: opIdent(t, t.Class == scanner.NonExpPrefix)}
			}
		}
	}
	return p.parseExpr()
}

// startsExpr reports whether t can begin an expression.
func (p *parser) startsExpr(t scanner.Token) bool {
	switch t.Kind {
	case scanner.Ident, scanner.Number, scanner.String, scanner.LParen, scanner.LBrace, scanner.LBrack,
		scanner.LAngle, scanner.WF, scanner.SF, scanner.StepNamed, scanner.StepImplicit:
		return true
	case scanner.Op:
		return true
	}
	return isOpenStart(t.Kind)
}

// parseLambda parses LAMBDA Ident {"," Ident} ":" Expression.
func (p *parser) parseLambda() *ast.Lambda {
	l := &ast.Lambda{LambdaPos: p.next().Pos}
	l.Params = append(l.Params, p.parseIdent())
	for p.cur().Kind == scanner.Comma {
		p.next()
		l.Params = append(l.Params, p.parseIdent())
	}
	l.Colon = p.expect(scanner.Colon, ", or :").Pos
	l.Body = p.parseExpr()
	return l
}

// parsePrimitive parses
//
//	PrimitiveExp ::= String | Number ["." Number]
//	               | (Ident | StepName | InfixOp | PostfixOp | "-.") [OpArgs] {BangExt}
func (p *parser) parsePrimitive() ast.Expr {
	t := p.cur()
	switch t.Kind {
	case scanner.String:
		p.next()
		return &ast.StringLit{ValuePos: t.Pos, Text: t.Text, Value: unquote(t.Text)}
	case scanner.Number:
		p.next()
		n := &ast.NumberLit{ValuePos: t.Pos, Text: t.Text, Value: t.Text}
		if p.cur().Kind == scanner.Dot && p.peek(1).Kind == scanner.Number && !strings.HasPrefix(t.Text, "\\") {
			p.next()
			f := p.next()
			n.Text = string(p.file.Text()[t.Pos:f.End])
			n.Value = n.Text
			n.IsReal = true
		}
		return n
	case scanner.Ident, scanner.StepNamed, scanner.StepImplicit:
		if t.Kind == scanner.Ident && t.Text == "@" {
			p.next()
			return &ast.At{AtPos: t.Pos}
		}
	case scanner.Op:
		if t.Class == scanner.Prefix {
			p.failExpected("an expression")
		}
	default:
		p.failExpected("an expression")
	}
	p.next()
	head := &ast.NamePart{Kind: ast.PartName, PartPos: t.Pos, PartEnd: t.End, Name: nameOf(t), Lparen: noPos, Bang: noPos}
	if p.cur().Kind == scanner.LParen && p.above(p.cur()) {
		p.parseOpArgs(head)
	}
	parts := []*ast.NamePart{head}
	for p.cur().Kind == scanner.Bang {
		parts[len(parts)-1].Bang = p.next().Pos
		parts = append(parts, p.parseBangExt())
	}
	if len(parts) == 1 {
		id := &ast.Ident{NamePos: t.Pos, NameEnd: t.End, Name: head.Name}
		if t.Kind == scanner.Op && head.Lparen == noPos {
			return &ast.OpSymbol{Op: id}
		}
		if head.Lparen == noPos {
			return id
		}
		return &ast.OpApp{Op: id, Args: head.Args, Lparen: head.Lparen, Rparen: head.Rparen}
	}
	return &ast.SubexprName{Parts: parts}
}

func nameOf(t scanner.Token) string {
	if t.Name != "" {
		return t.Name
	}
	return t.Text
}

// parseOpArgs parses "(" OpOrExpr {"," OpOrExpr} ")" into part.
func (p *parser) parseOpArgs(part *ast.NamePart) {
	part.Lparen = p.next().Pos
	part.Args = append(part.Args, p.parseOpOrExpr())
	for p.cur().Kind == scanner.Comma {
		p.next()
		part.Args = append(part.Args, p.parseOpOrExpr())
	}
	part.Rparen = p.expect(scanner.RParen, ", or )").Pos
}

// parseBangExt parses one "!" component after the "!":
//
//	BangExt ::= (Ident | PrefixOp | InfixOp | PostfixOp) [OpArgs] | OpArgs
//	          | "<<" | ">>" | ":" | "@" | Number
func (p *parser) parseBangExt() *ast.NamePart {
	t := p.cur()
	part := &ast.NamePart{PartPos: t.Pos, PartEnd: t.End, Lparen: noPos, Bang: noPos, Name: t.Text}
	switch {
	case t.Kind == scanner.Ident && t.Text == "@":
		part.Kind = ast.PartAt
		p.next()
		return part
	case t.Kind == scanner.Ident || t.Kind == scanner.Op:
		part.Kind = ast.PartName
		part.Name = nameOf(t)
		p.next()
		if p.cur().Kind == scanner.LParen {
			p.parseOpArgs(part)
		}
		return part
	case t.Kind == scanner.LParen:
		part.Kind = ast.PartArgs
		part.Name = ""
		part.PartEnd = t.Pos
		p.parseOpArgs(part)
		return part
	case t.Kind == scanner.LAngle:
		part.Kind = ast.PartLAngle
	case t.Kind == scanner.RAngle:
		part.Kind = ast.PartRAngle
	case t.Kind == scanner.Colon:
		part.Kind = ast.PartColon
	case t.Kind == scanner.Number:
		part.Kind = ast.PartNumber
	default:
		p.failExpected("<<, >>, :, @, a number or a name after !")
	}
	p.next()
	return part
}

func unquote(s string) string {
	if len(s) < 2 {
		return s
	}
	s = s[1 : len(s)-1]
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case 'f':
				b.WriteByte('\f')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
