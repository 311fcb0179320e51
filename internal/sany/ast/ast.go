package ast

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"

// Node is any node of the syntax tree. Its text is [Pos(), End()).
type Node interface {
	Pos() token.Pos
	End() token.Pos
}

// Expr is an expression, or an operator argument that is an operator
// (an *OpSymbol, a *Lambda or an identifier naming an operator).
type Expr interface {
	Node
	exprNode()
}

// Unit is a module-level item: a declaration, a definition, an INSTANCE,
// an ASSUME, a THEOREM, a USE/HIDE, a RECURSIVE declaration, a nested
// module or a separator line.
type Unit interface {
	Node
	unitNode()
}

// Proof is the proof of a THEOREM or of a proof step: a *TerminalProof or
// a *StepsProof.
type Proof interface {
	Node
	proofNode()
}

// Ident is a name: of a variable, constant, operator, bound variable,
// module, record field or label. When it names an operator written as a
// symbol (the "++" of "a ++ b == ..."), Name is the canonical spelling and
// may differ in length from the source text [NamePos, NameEnd).
type Ident struct {
	NamePos token.Pos
	NameEnd token.Pos
	Name    string
}

func (x *Ident) Pos() token.Pos { return x.NamePos }
func (x *Ident) End() token.Pos { return x.NameEnd }

// Fixity says how an operator is written.
type Fixity int

const (
	// FixNone marks an ordinary identifier-named operator, applied as
	// Op or Op(a, b).
	FixNone Fixity = iota
	// FixPrefix is a prefix operator such as ~a, -a, []a, SUBSET a.
	FixPrefix
	// FixInfix is an infix operator such as a + b or a \X b \X c.
	FixInfix
	// FixPostfix is a postfix operator such as a', a^+.
	FixPostfix
)

func (f Fixity) String() string {
	switch f {
	case FixPrefix:
		return "prefix"
	case FixInfix:
		return "infix"
	case FixPostfix:
		return "postfix"
	default:
		return "none"
	}
}

// Param is a formal parameter of an operator definition, a CONSTANT
// declaration, a RECURSIVE declaration, a LAMBDA or a NEW declaration.
// A plain parameter x has Arity 0. A higher-order parameter F(_, _) has
// Arity 2. An operator-shaped one such as _ + _ has Fix FixInfix, Arity 2
// and Name.Name "+" (canonical); -. _ is FixPrefix, Arity 1, named "-.".
type Param struct {
	StartPos token.Pos // first byte: the name, or the "_" of "_ + _"
	Name     *Ident
	Fix      Fixity
	Arity    int
	EndPos   token.Pos
}

func (p *Param) Pos() token.Pos { return p.StartPos }
func (p *Param) End() token.Pos { return p.EndPos }
