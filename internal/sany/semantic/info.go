package semantic

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Span is the half-open byte range of one occurrence of a name in the
// checked module's file.
type Span struct {
	Pos, End token.Pos
}

// Info records what the checker resolved each name occurrence of one
// module file to, in the manner of go/types.Info: editors build
// navigation, hover, references and rename on it, so that they agree with
// the checker by construction. Recording is off unless Input.Info is set.
//
// A Symbol reached through INSTANCE may be a copy of the instantiated
// module's definition (it carries the substitutions' levels); the copy
// keeps the original's Name, Module, File and Pos, which identify it.
type Info struct {
	// Defs maps the name of each declaration or definition to its symbol:
	// CONSTANTs, VARIABLEs, operators, functions, instances, theorems,
	// parameters, bound identifiers, LET definitions, NEW declarations,
	// proof step labels, and the module's own name (a KindModule symbol).
	Defs map[Span]*Symbol
	// Uses maps each name that refers to a symbol to it: identifiers,
	// operator symbols (built-in ones too: KindBuiltin symbols have no
	// position), every part of Inst!Op, INSTANCE
	// substitution targets, step names in BY, and module names after
	// EXTENDS, INSTANCE and MODULE (KindModule symbols).
	Uses map[Span]*Symbol
}

// NewInfo returns an Info with empty maps.
func NewInfo() *Info {
	return &Info{Defs: map[Span]*Symbol{}, Uses: map[Span]*Symbol{}}
}

// Symbol returns the KindModule symbol standing for the module: what its
// header name defines and what EXTENDS or INSTANCE of it uses.
func (m *Module) Symbol() *Symbol { return m.symbol }

// recordDef notes that id declares or defines sym.
func (c *checker) recordDef(id *ast.Ident, sym *Symbol) {
	if c.info == nil || id == nil || sym == nil {
		return
	}
	c.info.Defs[Span{id.Pos(), id.End()}] = sym
}

// recordDefAt notes that [pos, end) declares or defines sym.
func (c *checker) recordDefAt(pos, end token.Pos, sym *Symbol) {
	if c.info == nil || sym == nil || !pos.IsValid() {
		return
	}
	c.info.Defs[Span{pos, end}] = sym
}

// recordUse notes that [pos, end) refers to sym.
func (c *checker) recordUse(pos, end token.Pos, sym *Symbol) {
	if c.info == nil || sym == nil || !pos.IsValid() {
		return
	}
	c.info.Uses[Span{pos, end}] = sym
}

// recordModuleUse notes that id names the module m (EXTENDS, INSTANCE).
func (c *checker) recordModuleUse(id *ast.Ident, m *Module) {
	if m != nil && id != nil {
		c.recordUse(id.Pos(), id.End(), m.symbol)
	}
}
