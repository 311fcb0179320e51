package parser

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// isExprPrefix reports whether t may be pushed as a prefix operator at
// the start of an operand: SANY's PrefixOpToken or "-".
func isExprPrefix(t scanner.Token) bool {
	return t.Kind == scanner.Op && (t.Class == scanner.Prefix || t.Name() == "-")
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
	s := p.newOpStack()
	p.parseOperand(&s)
	x := s.final(p.cur())
	s.release()
	return x
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
		if t.Name() == "-" {
			s.pushOp(t, ast.FixInfix)
		} else {
			s.pushOp(t, ast.FixPrefix)
		}
	}
	t := p.cur()
	if !p.above(t) {
		p.fail(t, "expected an expression, found %s (not indented right of the enclosing /\\ or \\/ bullet)", p.describe(t))
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
			el := s.el()
			top := &el[len(el)-1]
			if top.isOp() {
				p.fail(t, "\".\" follows an operator")
			}
			top.expr = &ast.FieldSel{X: top.expr, Dot: t.Pos, Field: p.newIdent(f.Pos, f.End, p.text(f))}
			continue
		}
		if t.Kind == scanner.LBrack {
			// SANY parses any bracket form here; only [a, b] applies the
			// function, the others ([x \in S |-> e], [A]_v, ...) are
			// expressions of their own that then lack an operator.
			if x, args, rb := p.parseSquareOrList(); args != nil {
				s.pushApply(t, args, rb)
			} else {
				s.pushExpr(x)
			}
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
		el := s.el()
		top := el[len(el)-1]
		lab := labelOf(top.expr)
		if lab == nil {
			p.fail(t, "\"::\" does not follow a label")
		}
		lab.Colons = t.Pos
		s.pop()
		lab.Body = p.parseExpr()
		if !p.labelKeepsParse(s, lab.Body) {
			at := p.file.SANYPosition(lab.Name.Pos())
			p.fail(p.tokenAt(lab.Name.Pos()), "removing the label at line %d, column %d would change the parsing of the expression", at.Line, at.Column)
		}
		s.pushExpr(lab)
	}
}

// labelKeepsParse is SANY's labelDoesNotChangeParse: a label before an
// infix or postfix expression must not have hidden a precedence conflict
// with the operator before it, as in "a /\\ lab:: b \\/ c". Like SANY it
// compares that operator with the last operator symbol read (lastOp),
// which is not always the labelled expression's own operator.
func (p *parser) labelKeepsParse(s *opStack, body ast.Expr) bool {
	x, ok := body.(*ast.OpApp)
	if !ok || (x.Fix != ast.FixInfix && x.Fix != ast.FixPostfix) {
		return true
	}
	el := s.el()
	if len(el) == 0 || !el[len(el)-1].isOp() {
		return true
	}
	return yields(el[len(el)-1].info, p.lastOp)
}

// checkStepInExpr is SANY's check on a step name used as an expression:
// it must be inside a proof whose level is known, and not be <+>.
func (p *parser) checkStepInExpr(t scanner.Token) {
	depth := len(p.proofLevels) - 1
	if depth < 0 || (depth == 0 && p.proofLevels[0] < 0) {
		p.fail(t, "step number %s used outside a proof", p.text(t))
	}
	if p.text(t)[1] == '+' {
		p.fail(t, "<+> step number used in an expression")
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
	case *ast.SubexprName:
		// SANY accepts A!B!lab(x) :: e as the label lab(x): it takes the
		// last identifier of the name and ignores the prefix.
		last := x.Parts[len(x.Parts)-1]
		for _, part := range x.Parts {
			if part.Kind != ast.PartName {
				return nil
			}
		}
		lab := &ast.Label{Name: &ast.Ident{NamePos: last.PartPos, NameEnd: last.PartEnd, Name: last.Name}}
		for _, a := range last.Args {
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
	var buf [8]ast.Expr
	xs := append(buf[:0], p.parseExpr())
	for p.cur().Kind == scanner.Comma {
		p.next()
		xs = append(xs, p.parseExpr())
	}
	return p.keepExprs(xs)
}

// parseJunctions parses a bulleted list aligned on the first bullet:
//
//	Junctions ::= Bullet Expression {Bullet Expression}
func (p *parser) parseJunctions() ast.Expr {
	first := p.cur()
	j := &ast.JunctionList{Op: first.Name()}
	p.juncs = append(p.juncs, junction{col: first.Col, name: first.Name()})
	var buf [8]ast.Expr
	items := buf[:0]
	for {
		b := p.next()
		j.Bullets = append(j.Bullets, b.Pos)
		start := p.i
		items = append(items, p.parseExpr())
		p.checkIndentation(b, start, p.i)
		n := p.cur()
		if !(n.Kind == scanner.Op && n.Bullet && n.Col == first.Col && n.Name() == first.Name()) {
			break
		}
	}
	j.Items = p.keepExprs(items)
	p.juncs = p.juncs[:len(p.juncs)-1]
	return j
}

// checkIndentation is SANY's check that every token of a list item
// (toks[from:to]) lies right of its bullet, not only the tokens that
// start an operand: a THEN, ")" or "," in the bullet's column is an error
// too. Tokens of nested lists lie right of their own bullets, which lie
// right of this one, so they need no exception.
func (p *parser) checkIndentation(bullet scanner.Token, from, to int) {
	for _, t := range p.toks[from:to] {
		if t.Col <= bullet.Col {
			at := p.file.SANYPosition(t.Pos)
			item := p.file.SANYPosition(bullet.Pos)
			p.fail(t, "item at line %d, column %d is not properly indented inside the conjunction or disjunction list item at line %d, column %d",
				at.Line, at.Column, item.Line, item.Column)
		}
	}
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
	if t.Kind == scanner.Op && p.above(t) && endsOpArg(p.peek(1).Kind) {
		if txt := p.text(t); t.Class == scanner.Infix && (txt == "\\X" || txt == "\\times") {
			// The Cartesian product is no operator of its own in SANY.
			p.fail(t, "\\X may not be used as an infix operator.")
		}
		p.sawOp(t)
		p.next()
		return &ast.OpSymbol{Op: p.opIdent(t, t.Class == scanner.NonExpPrefix)}
	}
	return p.parseExpr()
}

// endsOpArg reports whether a token of kind k after an operator symbol
// makes the symbol an argument by itself, in SANY's OpOrExpr lookahead:
// a "," or ")", or the start of the next unit (a DEF list ending a USE).
func endsOpArg(k scanner.Kind) bool {
	switch k {
	case scanner.Comma, scanner.RParen, defBreak, scanner.LOCAL, scanner.INSTANCE,
		scanner.THEOREM, scanner.ASSUME, scanner.ASSUMPTION, scanner.EndModule,
		scanner.Separator, scanner.BeginModule, scanner.CONSTANT, scanner.VARIABLE, scanner.RECURSIVE:
		return true
	}
	return false
}

// opArgsAhead is SANY's LOOKAHEAD(2) before the argument list of a name:
// a "(" followed by a token that can begin an argument. Otherwise the
// "(" is left for whatever follows, as in "Op(, x)" or "Op()", where the
// error then comes at the "(" itself.
func (p *parser) opArgsAhead() bool {
	if p.cur().Kind != scanner.LParen {
		return false
	}
	n := p.peek(1)
	return n.Kind == scanner.LAMBDA || p.startsExpr(n)
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
		text := p.text(t)
		return &ast.StringLit{ValuePos: t.Pos, Text: text, Value: Unquote(text)}
	case scanner.Number:
		p.next()
		text := p.text(t)
		n := &ast.NumberLit{ValuePos: t.Pos, Text: text, Value: text}
		if p.cur().Kind == scanner.Dot && p.peek(1).Kind == scanner.Number && !strings.HasPrefix(text, "\\") {
			p.next()
			f := p.next()
			n.Text = p.src[t.Pos:f.End]
			n.Value = n.Text
			n.IsReal = true
		}
		return n
	case scanner.Ident:
		if p.text(t) == "@" {
			p.next()
			return &ast.At{AtPos: t.Pos}
		}
	case scanner.StepNamed, scanner.StepImplicit:
		p.checkStepInExpr(t)
	case scanner.Op:
		if t.Class == scanner.Prefix {
			p.failExpected("an expression")
		}
		p.sawOp(t)
	default:
		p.failExpected("an expression")
	}
	p.next()
	name := p.nameOf(t)
	var args []ast.Expr
	lparen, rparen := noPos, noPos
	if n := p.cur(); n.Kind == scanner.LParen && p.above(n) && p.opArgsAhead() {
		args, lparen, rparen = p.parseOpArgList()
	}
	if p.cur().Kind != scanner.Bang {
		// The common cases, Name and Name(args), need no NamePart.
		id := p.newIdent(t.Pos, t.End, name)
		switch {
		case lparen != noPos:
			x := p.nodes.opApps.alloc()
			*x = ast.OpApp{Op: id, Args: args, Lparen: lparen, Rparen: rparen}
			return x
		case t.Kind == scanner.Op:
			return &ast.OpSymbol{Op: id}
		}
		return id
	}
	head := &ast.NamePart{Kind: ast.PartName, PartPos: t.Pos, PartEnd: t.End, Name: name, Args: args, Lparen: lparen, Rparen: rparen, Bang: noPos}
	parts := []*ast.NamePart{head}
	for p.cur().Kind == scanner.Bang {
		parts[len(parts)-1].Bang = p.next().Pos
		parts = append(parts, p.parseBangExt())
	}
	if len(parts) == 1 {
		id := p.newIdent(t.Pos, t.End, head.Name)
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

func (p *parser) nameOf(t scanner.Token) string {
	if t.Name() != "" {
		return t.Name()
	}
	return p.text(t)
}

// parseOpArgs parses "(" OpOrExpr {"," OpOrExpr} ")" into part.
func (p *parser) parseOpArgs(part *ast.NamePart) {
	part.Args, part.Lparen, part.Rparen = p.parseOpArgList()
}

// parseOpArgList parses "(" OpOrExpr {"," OpOrExpr} ")".
func (p *parser) parseOpArgList() (args []ast.Expr, lparen, rparen token.Pos) {
	lparen = p.next().Pos
	var buf [8]ast.Expr
	xs := append(buf[:0], p.parseOpOrExpr())
	for p.cur().Kind == scanner.Comma {
		p.next()
		xs = append(xs, p.parseOpOrExpr())
	}
	rparen = p.expect(scanner.RParen, ", or )").Pos
	return p.keepExprs(xs), lparen, rparen
}

// parseBangExt parses one "!" component after the "!":
//
//	BangExt ::= (Ident | PrefixOp | InfixOp | PostfixOp) [OpArgs] | OpArgs
//	          | "<<" | ">>" | ":" | "@" | Number
func (p *parser) parseBangExt() *ast.NamePart {
	t := p.cur()
	part := &ast.NamePart{PartPos: t.Pos, PartEnd: t.End, Lparen: noPos, Bang: noPos, Name: p.text(t)}
	switch {
	case t.Kind == scanner.Ident && p.text(t) == "@":
		part.Kind = ast.PartAt
		p.next()
		return part
	case t.Kind == scanner.Ident || t.Kind == scanner.Op:
		part.Kind = ast.PartName
		part.Name = p.nameOf(t)
		if t.Kind == scanner.Op {
			p.sawOp(t)
		}
		p.next()
		if p.opArgsAhead() {
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

// Unquote is the value of the string literal s, quotes included: its
// text with TLA+'s escapes undone.
func Unquote(s string) string {
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
