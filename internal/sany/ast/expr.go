package ast

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"

// BadExpr stands for text that could not be parsed as an expression.
type BadExpr struct {
	From, To token.Pos
}

// OpApp is the application of an operator: a prefix, infix or postfix
// symbol or keyword (a + b, ~a, a', SUBSET S, a \X b \X c) or an operator
// named by an identifier (Op, Op(a, b)). Name is SANY's canonical name of
// the operator (see op.Canonical), so "/\\", "∧" and "\\land" all give
// "\\land" and prefix "-" gives "-.". An identifier applied without
// arguments is an *Ident, not an OpApp; Op() is not legal TLA+.
//
// For a Cartesian product a \X b \X c, Args holds all factors (SANY's
// $CartesianProd); parenthesised factors stay separate products.
type OpApp struct {
	Op     *Ident // the operator as written; Op.Name is canonical
	Fix    Fixity
	Args   []Expr
	Lparen token.Pos // FixNone only: "(" of Op(args)
	Rparen token.Pos // FixNone only: ")" of Op(args)
}

// OpSymbol is an operator symbol used as an argument of a higher-order
// operator or in an INSTANCE substitution: F(+, \cup), WITH + <- Plus.
// Name is canonical ("-." for a prefix minus written "-.").
type OpSymbol struct {
	Op *Ident
}

// NumberLit is a numeral: 42, 1.5, \b1010, \o17, \h1F.
type NumberLit struct {
	ValuePos token.Pos
	Text     string // as written
	Value    string // decimal digits of the value (integers); Text for reals
	IsReal   bool   // a decimal with a fractional part
}

// StringLit is a string literal. Value has the escapes (\" \\ \n \t \r
// \f) resolved; Text is the literal as written, quotes included.
type StringLit struct {
	ValuePos token.Pos
	Text     string
	Value    string
}

// Paren is a parenthesised expression (X).
type Paren struct {
	Lparen token.Pos
	X      Expr
	Rparen token.Pos
}

// SubexprName is a name built with "!" (SANY's GeneralId and structural
// subexpression names): Inst!Op, Inst(a)!Op(b, c), Op!1, Op!<<, Op!>>,
// Op!:, Op!@, Op!lab, Op!(x, y). Parts are in source order and have at
// least two elements. An OpApp or Ident is used for names without "!".
type SubexprName struct {
	Parts []*NamePart
}

// PartKind says what a NamePart selects.
type PartKind int

const (
	PartName   PartKind = iota // an identifier or operator symbol: Inst, Op, +, lab
	PartNumber                 // !1: the n-th operand
	PartLAngle                 // !<<: the action of <<A>>_v, the first of a pair
	PartRAngle                 // !>>: the subscript of <<A>>_v
	PartColon                  // !:: the body of a quantifier/LET/definition
	PartAt                     // !@: the current subexpression (in proofs)
	PartArgs                   // !(x, y): instantiation of bound identifiers; only Args
)

// NamePart is one "!"-separated component of a SubexprName, with its own
// argument list if it has one: the Inst(a) in Inst(a)!Op.
type NamePart struct {
	Kind    PartKind
	PartPos token.Pos
	PartEnd token.Pos // end of the part's name, before any arguments
	Name    string    // identifier, canonical symbol, digits, "<<", ">>", ":" or "@"
	Args    []Expr
	Lparen  token.Pos // token.NoPos if there is no argument list
	Rparen  token.Pos
	Bang    token.Pos // the "!" after this part; token.NoPos on the last part
}

func (p *NamePart) Pos() token.Pos { return p.PartPos }
func (p *NamePart) End() token.Pos {
	if p.Lparen.IsValid() {
		return p.Rparen + 1
	}
	return p.PartEnd
}

// FuncApp applies a function: F[a] or F[a, b] (SANY's $FcnApply; several
// arguments are a tuple).
type FuncApp struct {
	Fn     Expr
	Lbrack token.Pos
	Args   []Expr
	Rbrack token.Pos
}

// FieldSel selects a record field: r.f ($RcdSelect).
type FieldSel struct {
	X     Expr
	Dot   token.Pos
	Field *Ident
}

// IfExpr is IF Cond THEN Then ELSE Else ($IfThenElse).
type IfExpr struct {
	If   token.Pos
	Cond Expr
	Then Expr
	Else Expr
}

// CaseArm is one Guard -> Body arm of a CASE.
type CaseArm struct {
	Box   token.Pos // the "[]" before this arm; token.NoPos for the first
	Guard Expr
	Arrow token.Pos
	Body  Expr
}

func (a *CaseArm) Pos() token.Pos {
	if a.Box.IsValid() {
		return a.Box
	}
	return a.Guard.Pos()
}
func (a *CaseArm) End() token.Pos { return a.Body.End() }

// CaseExpr is CASE p1 -> e1 [] p2 -> e2 [] OTHER -> e ($Case).
type CaseExpr struct {
	Case     token.Pos
	Arms     []*CaseArm
	Other    Expr // nil without an OTHER arm
	OtherPos token.Pos
}

// LetExpr is LET Defs IN Body. Defs holds *OpDef, *FuncDef, *ModuleDef and
// *Recursive units.
type LetExpr struct {
	Let  token.Pos
	Defs []Unit
	In   token.Pos
	Body Expr
}

// Bound introduces bound identifiers: x, y \in S, or <<x, y>> \in S, or,
// when Set is nil, unbounded x, y (as in \A x, y : P).
type Bound struct {
	Names  []*Ident
	Tuple  bool      // <<x, y>> \in S
	LAngle token.Pos // Tuple only
	REnd   token.Pos // Tuple only: just past ">>" or "⟩"
	Set    Expr      // nil for unbounded identifiers
}

func (b *Bound) Pos() token.Pos {
	if b.Tuple {
		return b.LAngle
	}
	return b.Names[0].Pos()
}
func (b *Bound) End() token.Pos {
	if b.Set != nil {
		return b.Set.End()
	}
	if b.Tuple {
		return b.REnd
	}
	return b.Names[len(b.Names)-1].End()
}

// Quantifier names a quantifier by its canonical spelling.
type Quantifier string

const (
	Forall         Quantifier = "\\A"
	Exists         Quantifier = "\\E"
	TemporalForall Quantifier = "\\AA"
	TemporalExists Quantifier = "\\EE"
)

// QuantExpr is \A / \E (bounded or unbounded) or \AA / \EE (temporal,
// always unbounded): Quant Bounds : Body. Unbounded quantifiers have a
// single Bound with a nil Set.
type QuantExpr struct {
	QuantPos token.Pos
	Quant    Quantifier
	Bounds   []*Bound
	Colon    token.Pos
	Body     Expr
}

// ChooseExpr is CHOOSE x \in S : P, CHOOSE x : P or CHOOSE <<x, y>> : P.
type ChooseExpr struct {
	Choose token.Pos
	Bound  *Bound
	Colon  token.Pos
	Body   Expr
}

// SetEnum is {a, b, c} ($SetEnumerate); {} has no elements.
type SetEnum struct {
	Lbrace token.Pos
	Elems  []Expr
	Rbrace token.Pos
}

// SetFilter is {x \in S : P} ($SubsetOf).
type SetFilter struct {
	Lbrace token.Pos
	Bound  *Bound
	Pred   Expr
	Rbrace token.Pos
}

// SetMap is {e : x \in S, y \in T} ($SetOfAll).
type SetMap struct {
	Lbrace token.Pos
	Elem   Expr
	Bounds []*Bound
	Rbrace token.Pos
}

// FuncCons is the function constructor [x \in S, y \in T |-> e]
// ($FcnConstructor).
type FuncCons struct {
	Lbrack token.Pos
	Bounds []*Bound
	Body   Expr
	Rbrack token.Pos
}

// FuncSet is the set of functions [S -> T] ($SetOfFcns).
type FuncSet struct {
	Lbrack token.Pos
	Domain Expr
	Range  Expr
	Rbrack token.Pos
}

// RecordField is one "name |-> value" or "name : set" of a record
// constructor or record set.
type RecordField struct {
	Name  *Ident
	Value Expr
}

func (f *RecordField) Pos() token.Pos { return f.Name.Pos() }
func (f *RecordField) End() token.Pos { return f.Value.End() }

// RecordCons is [a |-> 1, b |-> 2] ($RcdConstructor).
type RecordCons struct {
	Lbrack token.Pos
	Fields []*RecordField
	Rbrack token.Pos
}

// RecordSet is [a : S, b : T] ($SetOfRcds).
type RecordSet struct {
	Lbrack token.Pos
	Fields []*RecordField
	Rbrack token.Pos
}

// ExceptSel is one selector of an EXCEPT path: .f (Field set) or [a, b]
// (Index set).
type ExceptSel struct {
	SelPos token.Pos
	SelEnd token.Pos
	Field  *Ident
	Index  []Expr
}

func (s *ExceptSel) Pos() token.Pos { return s.SelPos }
func (s *ExceptSel) End() token.Pos { return s.SelEnd }

// ExceptUpdate is one "![a].f = v" of an EXCEPT. Inside Value, @ stands
// for the old value at Path.
type ExceptUpdate struct {
	Bang  token.Pos
	Path  []*ExceptSel
	Value Expr
}

func (u *ExceptUpdate) Pos() token.Pos { return u.Bang }
func (u *ExceptUpdate) End() token.Pos { return u.Value.End() }

// Except is [Fn EXCEPT !a = v, !b = w] ($Except).
type Except struct {
	Lbrack  token.Pos
	Fn      Expr
	Updates []*ExceptUpdate
	Rbrack  token.Pos
}

// At is @ inside an EXCEPT value.
type At struct {
	AtPos token.Pos
}

// Tuple is <<a, b, c>> ($Tuple); <<>> has no elements.
type Tuple struct {
	LAngle token.Pos
	Elems  []Expr
	REnd   token.Pos // just past ">>" or "⟩"
	// IdentTuple: the <<x, y>> of {<<x, y>> \in S, ...} read as bound
	// identifiers, which SANY's tree keeps as an identifier tuple that is
	// no expression
	IdentTuple bool
}

// BracketList is [a, b, c]: expressions in square brackets with no "_v",
// "->", "|->", ":" or EXCEPT. SANY's grammar accepts it (as a function
// application without a function); its semantic analysis then rejects it
// at the "[" ("Unsupported expression type `['"), not looking inside.
type BracketList struct {
	Lbrack token.Pos
	Elems  []Expr
	Rbrack token.Pos
}

// ActionExpr is [A]_v ($SquareAct, Angle false) or <<A>>_v ($AngleAct,
// Angle true).
type ActionExpr struct {
	Open   token.Pos // "[" or "<<"
	Angle  bool
	Action Expr
	Close  token.Pos // "]_" or ">>_"
	Sub    Expr
}

// Fairness is WF_v(A) or SF_v(A) ($WF, $SF).
type Fairness struct {
	KwPos  token.Pos
	Strong bool // SF rather than WF
	Sub    Expr
	Lparen token.Pos
	Action Expr
	Rparen token.Pos
}

// Lambda is LAMBDA x, y : Body, an operator argument.
type Lambda struct {
	LambdaPos token.Pos
	Params    []*Ident
	Colon     token.Pos
	Body      Expr
}

// Label is a labelled expression lab :: Body or lab(x, y) :: Body.
type Label struct {
	Name   *Ident
	Params []*Ident
	Colons token.Pos
	Body   Expr
}

// JunctionList is a bulleted list of conjuncts (/\ or ∧, Op "\\land",
// SANY's $ConjList) or disjuncts (\/ or ∨, Op "\\lor", $DisjList) aligned in
// one column. A single bullet makes a one-item list.
type JunctionList struct {
	Op      string // "\\land" or "\\lor"
	Bullets []token.Pos
	Items   []Expr
}

// Pos, End and exprNode implementations.

func (x *BadExpr) Pos() token.Pos { return x.From }
func (x *BadExpr) End() token.Pos { return x.To }
func (x *OpApp) Pos() token.Pos {
	if (x.Fix == FixInfix || x.Fix == FixPostfix) && len(x.Args) > 0 {
		return x.Args[0].Pos()
	}
	return x.Op.Pos()
}
func (x *OpApp) End() token.Pos {
	switch {
	case x.Fix == FixNone && x.Lparen.IsValid():
		return x.Rparen + 1
	case x.Fix == FixPostfix || len(x.Args) == 0:
		return x.Op.End()
	default:
		return x.Args[len(x.Args)-1].End()
	}
}
func (x *OpSymbol) Pos() token.Pos    { return x.Op.Pos() }
func (x *OpSymbol) End() token.Pos    { return x.Op.End() }
func (x *NumberLit) Pos() token.Pos   { return x.ValuePos }
func (x *NumberLit) End() token.Pos   { return x.ValuePos + token.Pos(len(x.Text)) }
func (x *StringLit) Pos() token.Pos   { return x.ValuePos }
func (x *StringLit) End() token.Pos   { return x.ValuePos + token.Pos(len(x.Text)) }
func (x *Paren) Pos() token.Pos       { return x.Lparen }
func (x *Paren) End() token.Pos       { return x.Rparen + 1 }
func (x *SubexprName) Pos() token.Pos { return x.Parts[0].Pos() }
func (x *SubexprName) End() token.Pos { return x.Parts[len(x.Parts)-1].End() }
func (x *FuncApp) Pos() token.Pos     { return x.Fn.Pos() }
func (x *FuncApp) End() token.Pos     { return x.Rbrack + 1 }
func (x *FieldSel) Pos() token.Pos    { return x.X.Pos() }
func (x *FieldSel) End() token.Pos    { return x.Field.End() }
func (x *IfExpr) Pos() token.Pos      { return x.If }
func (x *IfExpr) End() token.Pos      { return x.Else.End() }
func (x *CaseExpr) Pos() token.Pos    { return x.Case }
func (x *CaseExpr) End() token.Pos {
	if x.Other != nil {
		return x.Other.End()
	}
	if len(x.Arms) == 0 {
		return x.Case + 4
	}
	return x.Arms[len(x.Arms)-1].End()
}
func (x *LetExpr) Pos() token.Pos      { return x.Let }
func (x *LetExpr) End() token.Pos      { return x.Body.End() }
func (x *QuantExpr) Pos() token.Pos    { return x.QuantPos }
func (x *QuantExpr) End() token.Pos    { return x.Body.End() }
func (x *ChooseExpr) Pos() token.Pos   { return x.Choose }
func (x *ChooseExpr) End() token.Pos   { return x.Body.End() }
func (x *SetEnum) Pos() token.Pos      { return x.Lbrace }
func (x *SetEnum) End() token.Pos      { return x.Rbrace + 1 }
func (x *SetFilter) Pos() token.Pos    { return x.Lbrace }
func (x *SetFilter) End() token.Pos    { return x.Rbrace + 1 }
func (x *SetMap) Pos() token.Pos       { return x.Lbrace }
func (x *SetMap) End() token.Pos       { return x.Rbrace + 1 }
func (x *FuncCons) Pos() token.Pos     { return x.Lbrack }
func (x *FuncCons) End() token.Pos     { return x.Rbrack + 1 }
func (x *FuncSet) Pos() token.Pos      { return x.Lbrack }
func (x *FuncSet) End() token.Pos      { return x.Rbrack + 1 }
func (x *RecordCons) Pos() token.Pos   { return x.Lbrack }
func (x *RecordCons) End() token.Pos   { return x.Rbrack + 1 }
func (x *RecordSet) Pos() token.Pos    { return x.Lbrack }
func (x *RecordSet) End() token.Pos    { return x.Rbrack + 1 }
func (x *Except) Pos() token.Pos       { return x.Lbrack }
func (x *Except) End() token.Pos       { return x.Rbrack + 1 }
func (x *At) Pos() token.Pos           { return x.AtPos }
func (x *At) End() token.Pos           { return x.AtPos + 1 }
func (x *BracketList) Pos() token.Pos  { return x.Lbrack }
func (x *BracketList) End() token.Pos  { return x.Rbrack + 1 }
func (x *Tuple) Pos() token.Pos        { return x.LAngle }
func (x *Tuple) End() token.Pos        { return x.REnd }
func (x *ActionExpr) Pos() token.Pos   { return x.Open }
func (x *ActionExpr) End() token.Pos   { return x.Sub.End() }
func (x *Fairness) Pos() token.Pos     { return x.KwPos }
func (x *Fairness) End() token.Pos     { return x.Rparen + 1 }
func (x *Lambda) Pos() token.Pos       { return x.LambdaPos }
func (x *Lambda) End() token.Pos       { return x.Body.End() }
func (x *Label) Pos() token.Pos        { return x.Name.Pos() }
func (x *Label) End() token.Pos        { return x.Body.End() }
func (x *JunctionList) Pos() token.Pos { return x.Bullets[0] }
func (x *JunctionList) End() token.Pos { return x.Items[len(x.Items)-1].End() }

func (*BadExpr) exprNode()      {}
func (*OpApp) exprNode()        {}
func (*OpSymbol) exprNode()     {}
func (*Ident) exprNode()        {}
func (*NumberLit) exprNode()    {}
func (*StringLit) exprNode()    {}
func (*Paren) exprNode()        {}
func (*SubexprName) exprNode()  {}
func (*FuncApp) exprNode()      {}
func (*FieldSel) exprNode()     {}
func (*IfExpr) exprNode()       {}
func (*CaseExpr) exprNode()     {}
func (*LetExpr) exprNode()      {}
func (*QuantExpr) exprNode()    {}
func (*ChooseExpr) exprNode()   {}
func (*SetEnum) exprNode()      {}
func (*SetFilter) exprNode()    {}
func (*SetMap) exprNode()       {}
func (*FuncCons) exprNode()     {}
func (*FuncSet) exprNode()      {}
func (*RecordCons) exprNode()   {}
func (*RecordSet) exprNode()    {}
func (*Except) exprNode()       {}
func (*At) exprNode()           {}
func (*Tuple) exprNode()        {}
func (*BracketList) exprNode()  {}
func (*ActionExpr) exprNode()   {}
func (*Fairness) exprNode()     {}
func (*Lambda) exprNode()       {}
func (*Label) exprNode()        {}
func (*JunctionList) exprNode() {}
