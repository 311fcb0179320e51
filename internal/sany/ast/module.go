package ast

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"

// File is the result of parsing one .tla file: its top-level modules in
// source order. Text before the first module and after the last one is not
// represented.
type File struct {
	File    *token.File
	Modules []*Module
}

// Module is ---- MODULE Name ---- EXTENDS ... Units ====. It is also a Unit
// when nested inside another module.
type Module struct {
	Start   token.Pos // first "-" of the header line
	Name    *Ident
	Extends []*Ident // nil without EXTENDS
	Units   []Unit
	EndPos  token.Pos // just past the closing "====" (or where parsing stopped)
}

// Separator is a "----" line between units. It carries no meaning but
// ends a junction list and is kept for tools that show structure.
type Separator struct {
	From, To token.Pos
}

// BadUnit stands for text that could not be parsed as a unit.
type BadUnit struct {
	From, To token.Pos
}

// VarDecl is VARIABLE(S) x, y.
type VarDecl struct {
	KwPos token.Pos
	Names []*Ident
}

// ConstDecl is CONSTANT(S) c, F(_, _), _ + _.
type ConstDecl struct {
	KwPos  token.Pos
	Params []*Param
}

// Recursive is RECURSIVE F(_), G, the forward declaration of operators
// defined later in the same scope.
type Recursive struct {
	KwPos token.Pos
	Decls []*Param
}

// OpDef defines an operator: Name == Body, Name(x, F(_)) == Body,
// a ++ b == Body, -. a == Body, a ^+ == Body. For symbol-named operators
// Name.Name is canonical and Params lists the operands.
type OpDef struct {
	Local  token.Pos // "LOCAL"; token.NoPos if not local
	Name   *Ident
	Fix    Fixity
	Params []*Param
	DefEq  token.Pos // "==" or "≜"
	Body   Expr
}

// FuncDef defines a function: f[x \in S, y \in T] == Body
// (SANY's $RecursiveFcnSpec: f may be used in Body).
type FuncDef struct {
	Local  token.Pos
	Name   *Ident
	Bounds []*Bound
	DefEq  token.Pos
	Body   Expr
}

// Substitution is one "p <- e" of INSTANCE ... WITH. Name may be an
// operator symbol (canonical), for example + <- Plus.
type Substitution struct {
	Name  *Ident
	Arrow token.Pos
	Value Expr
}

func (s *Substitution) Pos() token.Pos { return s.Name.Pos() }
func (s *Substitution) End() token.Pos { return s.Value.End() }

// Instance is INSTANCE M WITH a <- e, b <- f, as a unit (possibly LOCAL)
// or as the right side of a ModuleDef.
type Instance struct {
	Local  token.Pos
	KwPos  token.Pos
	Module *Ident
	With   []*Substitution
	EndPos token.Pos
}

// ModuleDef is Name == INSTANCE M WITH ..., or Name(x) == INSTANCE ....
type ModuleDef struct {
	Local    token.Pos
	Name     *Ident
	Params   []*Param
	DefEq    token.Pos
	Instance *Instance
}

// Assume is ASSUME e, ASSUMPTION e, AXIOM e or ASSUME Name == e.
type Assume struct {
	KwPos   token.Pos
	Keyword string // "ASSUME", "ASSUMPTION" or "AXIOM"
	Name    *Ident // nil if unnamed
	Body    Expr
}

// Theorem is THEOREM/LEMMA/PROPOSITION/COROLLARY [Name ==] Body [Proof].
// Body is an Expr or an *AssumeProve.
type Theorem struct {
	KwPos   token.Pos
	Keyword string
	Name    *Ident // nil if unnamed
	Body    Node
	Proof   Proof // nil without a proof
}

// UseOrHide is USE [ONLY] facts DEF defs, or HIDE facts DEF defs, at module
// level or as a proof step.
type UseOrHide struct {
	KwPos  token.Pos
	Hide   bool
	Only   bool
	Facts  []Expr // expressions, names, or *ModuleRef (MODULE M)
	Defs   []Expr // names after DEF/DEFS
	EndPos token.Pos
}

// ModuleRef is "MODULE M" in a BY/USE/HIDE fact or DEF list.
type ModuleRef struct {
	KwPos token.Pos
	Name  *Ident
}

func (x *ModuleRef) Pos() token.Pos { return x.KwPos }
func (x *ModuleRef) End() token.Pos { return x.Name.End() }
func (*ModuleRef) exprNode()        {}

func (m *Module) Pos() token.Pos    { return m.Start }
func (m *Module) End() token.Pos    { return m.EndPos }
func (x *Separator) Pos() token.Pos { return x.From }
func (x *Separator) End() token.Pos { return x.To }
func (x *BadUnit) Pos() token.Pos   { return x.From }
func (x *BadUnit) End() token.Pos   { return x.To }
func (x *VarDecl) Pos() token.Pos   { return x.KwPos }
func (x *VarDecl) End() token.Pos   { return x.Names[len(x.Names)-1].End() }
func (x *ConstDecl) Pos() token.Pos { return x.KwPos }
func (x *ConstDecl) End() token.Pos { return x.Params[len(x.Params)-1].End() }
func (x *Recursive) Pos() token.Pos { return x.KwPos }
func (x *Recursive) End() token.Pos { return x.Decls[len(x.Decls)-1].End() }
func (x *OpDef) Pos() token.Pos {
	if x.Local.IsValid() {
		return x.Local
	}
	if (x.Fix == FixInfix || x.Fix == FixPostfix) && len(x.Params) > 0 {
		return x.Params[0].Pos()
	}
	return x.Name.Pos()
}
func (x *OpDef) End() token.Pos { return x.Body.End() }
func (x *FuncDef) Pos() token.Pos {
	if x.Local.IsValid() {
		return x.Local
	}
	return x.Name.Pos()
}
func (x *FuncDef) End() token.Pos { return x.Body.End() }
func (x *Instance) Pos() token.Pos {
	if x.Local.IsValid() {
		return x.Local
	}
	return x.KwPos
}
func (x *Instance) End() token.Pos { return x.EndPos }
func (x *ModuleDef) Pos() token.Pos {
	if x.Local.IsValid() {
		return x.Local
	}
	return x.Name.Pos()
}
func (x *ModuleDef) End() token.Pos { return x.Instance.End() }
func (x *Assume) Pos() token.Pos    { return x.KwPos }
func (x *Assume) End() token.Pos    { return x.Body.End() }
func (x *Theorem) Pos() token.Pos   { return x.KwPos }
func (x *Theorem) End() token.Pos {
	if x.Proof != nil {
		return x.Proof.End()
	}
	return x.Body.End()
}
func (x *UseOrHide) Pos() token.Pos { return x.KwPos }
func (x *UseOrHide) End() token.Pos { return x.EndPos }

func (*Module) unitNode()    {}
func (*Separator) unitNode() {}
func (*BadUnit) unitNode()   {}
func (*VarDecl) unitNode()   {}
func (*ConstDecl) unitNode() {}
func (*Recursive) unitNode() {}
func (*OpDef) unitNode()     {}
func (*FuncDef) unitNode()   {}
func (*Instance) unitNode()  {}
func (*ModuleDef) unitNode() {}
func (*Assume) unitNode()    {}
func (*Theorem) unitNode()   {}
func (*UseOrHide) unitNode() {}

// Pos returns the start of the file.
func (f *File) Pos() token.Pos { return 0 }

// End returns the end of the file.
func (f *File) End() token.Pos {
	if f.File == nil {
		return 0
	}
	return token.Pos(f.File.Size())
}
