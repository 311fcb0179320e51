package parser

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// stackElem is an operand or an operator on SANY's operator stack.
type stackElem struct {
	expr ast.Expr // nil for operators
	tok  scanner.Token
	name string // canonical operator name ("-" stays "-" until reduced as prefix)
	fix  ast.Fixity
	info opInfo
	args []ast.Expr // "[" function application arguments
	rb   token.Pos  // "]" of a function application
}

// opStack implements SANY's OperatorStack reductions. The elements of
// all the stacks of nested expressions live in one buffer owned by the
// parser (p.ops), each stack above the one of its enclosing expression, so
// that parsing an expression allocates no stack of its own.
type opStack struct {
	p    *parser
	base int // index in p.ops of this stack's bottom element
}

// newOpStack starts an expression's stack on top of p.ops.
func (p *parser) newOpStack() opStack { return opStack{p: p, base: len(p.ops)} }

// el returns the stack's elements. The slice is invalid after a push or a
// nested parse, which may move the buffer.
func (s *opStack) el() []stackElem { return s.p.ops[s.base:] }

func (s *opStack) push(e stackElem) { s.p.ops = append(s.p.ops, e) }

// pop removes the top element.
func (s *opStack) pop() {
	n := len(s.p.ops) - 1
	s.p.ops[n] = stackElem{}
	s.p.ops = s.p.ops[:n]
}

// release empties the stack, dropping its references so that the shared
// buffer does not keep trees alive.
func (s *opStack) release() {
	clear(s.p.ops[s.base:])
	s.p.ops = s.p.ops[:s.base]
}

func (s *opStack) pushExpr(x ast.Expr) {
	s.push(stackElem{expr: x})
}

func (s *opStack) pushOp(t scanner.Token, fix ast.Fixity) {
	name := t.Name()
	if name == "" {
		name = s.p.text(t)
	}
	s.p.sawOp(t)
	s.push(stackElem{tok: t, name: name, fix: fix, info: infoOf(name)})
	if len(s.el()) != 1 {
		s.reduce()
	}
}

// pushApply pushes a function application [args], SANY's postfix "[".
func (s *opStack) pushApply(lb scanner.Token, args []ast.Expr, rb token.Pos) {
	s.p.lastOp = fcnApply // SANY's FcnOp
	s.push(stackElem{tok: lb, name: "[", fix: ast.FixPostfix, info: fcnApply, args: args, rb: rb})
	if len(s.el()) != 1 {
		s.reduce()
	}
}

// emptyOrOpTop is SANY's preInEmptyTop: a junction list may start here.
func (s *opStack) emptyOrOpTop() bool {
	el := s.el()
	return len(el) == 0 || el[len(el)-1].expr == nil
}

func (e stackElem) isOp() bool { return e.expr == nil }

func (s *opStack) conflict(at scanner.Token, l, r string) {
	s.p.fail(at, "precedence conflict between operators %s and %s; use parentheses", l, r)
}

// reduce applies SANY's reduction rules to the top of the stack.
func (s *opStack) reduce() {
	for {
		n := len(s.el()) - 1
		top := s.el()[n]
		if !top.isOp() {
			return
		}
		switch top.fix {
		case ast.FixPostfix:
			if n == 0 {
				s.p.fail(top.tok, "postfix operator %s without an operand", s.p.text(top.tok))
			}
			t1 := s.el()[n-1]
			if t1.isOp() {
				if t1.fix != ast.FixPostfix {
					s.p.fail(top.tok, "postfix operator %s follows operator %s", s.p.text(top.tok), s.p.text(t1.tok))
				}
				s.reducePostfixAt(n - 1)
				continue
			}
			if n > 1 {
				oL := s.el()[n-2]
				if !oL.isOp() {
					s.adjacent(n-2, n-1)
				}
				if binds(oL.info, top.info) {
					s.reduceOpAt(n - 2)
					continue
				}
				if !yields(oL.info, top.info) {
					s.conflict(top.tok, oL.name, top.name)
				}
			}
			s.reducePostfixAt(n)
			continue
		case ast.FixPrefix:
			if n == 0 {
				return
			}
			t1 := s.el()[n-1]
			if t1.isOp() {
				if t1.fix == ast.FixPostfix {
					s.p.fail(top.tok, "prefix operator %s follows postfix operator %s", s.p.text(top.tok), s.p.text(t1.tok))
				}
				return
			}
			s.p.fail(top.tok, "prefix operator %s follows an expression", s.p.text(top.tok))
		default: // infix
			if n == 0 {
				if top.name == "-" {
					return
				}
				s.p.fail(top.tok, "expected an expression, found %s", s.p.describe(top.tok))
			}
			t1 := s.el()[n-1]
			if t1.isOp() {
				if t1.fix == ast.FixPostfix {
					s.reducePostfixAt(n - 1)
					continue
				}
				if top.name != "-" {
					if top.tok.Kind == defBreak || top.name == "" {
						s.p.fail(top.tok, "missing expression after %s", s.p.text(t1.tok))
					}
					s.p.fail(top.tok, "expected an expression after %s, found %s", s.p.text(t1.tok), s.p.describe(top.tok))
				}
				oL := s.leftInfo(n - 1)
				if minus := prefixMinus(); binds(oL, minus) || (oL == minus && oL.left) {
					s.conflict(t1.tok, t1.name, "-.")
				}
				return
			}
			if n == 1 {
				return
			}
			oLe := s.el()[n-2]
			if !oLe.isOp() {
				s.adjacent(n-2, n-1)
			}
			oL := s.leftInfo(n - 2)
			same := s.opName(n-2) == top.name
			if binds(oL, top.info) || (same && oL.left) {
				s.reduceOpAt(n - 2)
				continue
			}
			if !(yields(oL, top.info) || (same && false)) {
				s.conflict(oLe.tok, s.opName(n-2), top.name)
			}
			return
		}
	}
}

// adjacent reports SANY's error for two expressions with no operator
// between them, as in "[A]_v [B]_v", at the first one.
func (s *opStack) adjacent(i, j int) {
	x, y := s.el()[i].expr, s.el()[j].expr
	a, b := s.p.file.SANYPosition(x.Pos()), s.p.file.SANYPosition(y.Pos())
	s.p.fail(s.p.tokenAt(x.Pos()), "expression at line %d, column %d and expression at line %d, column %d follow each other without any intervening operator",
		a.Line, a.Column, b.Line, b.Column)
}

// isPrefixMinusAt reports whether the "-" at i is a prefix minus.
func (s *opStack) isPrefixMinusAt(i int) bool {
	e := s.el()[i]
	return e.fix == ast.FixInfix && e.name == "-" && (i == 0 || s.el()[i-1].isOp())
}

func (s *opStack) leftInfo(i int) opInfo {
	if s.isPrefixMinusAt(i) {
		return prefixMinus()
	}
	return s.el()[i].info
}

func (s *opStack) opName(i int) string {
	if s.isPrefixMinusAt(i) {
		return "-."
	}
	return s.el()[i].name
}

// reduceOpAt reduces the prefix or infix operator at i with the operands
// after (and before) it.
func (s *opStack) reduceOpAt(i int) {
	e := s.el()[i]
	if e.fix == ast.FixPrefix || s.isPrefixMinusAt(i) {
		id := s.p.opIdent(e.tok, true)
		if e.tok.Name() != "" {
			id.Name = e.tok.Name()
		}
		if s.isPrefixMinusAt(i) {
			id.Name = "-."
		}
		x := s.p.newOpApp(id, ast.FixPrefix, 1)
		x.Args[0] = s.el()[i+1].expr
		s.replace(i, i+2, x)
		return
	}
	left, right := s.el()[i-1].expr, s.el()[i+1].expr
	var x ast.Expr
	if e.name == "\\times" {
		if l, ok := left.(*ast.OpApp); ok && l.Op.Name == "\\times" && l.Fix == ast.FixInfix {
			l.Args = append(l.Args, right)
			x = l
		}
	}
	if x == nil {
		app := s.p.newOpApp(s.p.ident(e.tok), ast.FixInfix, 2)
		app.Args[0], app.Args[1] = left, right
		x = app
	}
	s.replace(i-1, i+2, x)
}

// replace puts x in place of the elements [from, to).
func (s *opStack) replace(from, to int, x ast.Expr) {
	ops := s.p.ops
	from, to = s.base+from, s.base+to
	ops[from] = stackElem{expr: x}
	n := copy(ops[from+1:], ops[to:])
	clear(ops[from+1+n:])
	s.p.ops = ops[:from+1+n]
}

// reducePostfixAt applies the postfix operator at i to the operand before it.
func (s *opStack) reducePostfixAt(i int) {
	e := s.el()[i]
	operand := s.el()[i-1].expr
	var x ast.Expr
	if e.name == "[" {
		x = &ast.FuncApp{Fn: operand, Lbrack: e.tok.Pos, Args: e.args, Rbrack: e.rb}
	} else {
		app := s.p.newOpApp(s.p.ident(e.tok), ast.FixPostfix, 1)
		app.Args[0] = operand
		x = app
	}
	s.replace(i-1, i+1, x)
}

// final reduces the whole stack to one expression (SANY's finalReduce).
func (s *opStack) final(at scanner.Token) ast.Expr {
	for len(s.el()) > 1 {
		n := len(s.el()) - 1
		top := s.el()[n]
		if !top.isOp() {
			o := s.el()[n-1]
			if !o.isOp() {
				s.adjacent(n-1, n)
			}
			if o.fix == ast.FixPostfix {
				s.reducePostfixAt(n - 1)
				continue
			}
			s.reduceOpAt(n - 1)
			continue
		}
		if top.fix == ast.FixPostfix {
			s.reducePostfixAt(n)
			continue
		}
		s.p.fail(at, "expected an expression after %s, found %s", s.p.text(top.tok), s.p.describe(at))
	}
	if len(s.el()) == 0 || s.el()[0].isOp() {
		s.p.fail(at, "expected an expression, found %s", s.p.describe(at))
	}
	return s.el()[0].expr
}
