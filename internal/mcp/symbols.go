package mcp

import (
	"strings"
	"unicode/utf8"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Symbol is one declaration or definition, as tla_symbols and
// tla_definition describe it. Positions are 1-based, as SANY prints them
// (columns count UTF-16 units, a TAB moves to the next multiple of 8);
// the range is the whole declaration, its end inclusive.
type Symbol struct {
	Name        string `json:"name"`
	Kind        string `json:"kind" jsonschema:"module, constant, variable, operator, function, instance, theorem, assumption, step, parameter, bound, new or builtin"`
	Signature   string `json:"signature" jsonschema:"how it is declared: Op(x, y), f[x \\in S], CONSTANT F(_), VARIABLE x, I == INSTANCE M, ..."`
	Description string `json:"description,omitempty" jsonschema:"its kind and level (constant, state, action, temporal), arity and home module in words"`
	Arity       int    `json:"arity" jsonschema:"number of arguments (0 for constants, variables and plain definitions)"`
	Local       bool   `json:"local,omitempty"`
	Module      string `json:"module,omitempty"`
	File        string `json:"file,omitempty" jsonschema:"the file it is in; standard modules are <stdlib>/Name.tla"`
	Standard    bool   `json:"standard,omitempty" jsonschema:"defined in a standard module"`
	Line        int    `json:"line,omitempty"`
	Column      int    `json:"column,omitempty"`
	EndLine     int    `json:"endLine,omitempty"`
	EndColumn   int    `json:"endColumn,omitempty"`
	Comment     string `json:"comment,omitempty" jsonschema:"the comment right above it or beside it; for a standard operator a one-line description"`
	// Text is the whole declaration or definition; tla_definition fills it.
	Text string `json:"text,omitempty"`
}

// maxTextBytes bounds a definition's text in an answer.
const maxTextBytes = 4000

// kindNames name the checker's symbol kinds.
var kindNames = map[semantic.Kind]string{
	semantic.KindBuiltin: "builtin", semantic.KindConstant: "constant", semantic.KindVariable: "variable",
	semantic.KindOperator: "operator", semantic.KindParam: "parameter", semantic.KindBound: "bound",
	semantic.KindInstance: "instance", semantic.KindTheorem: "theorem", semantic.KindModule: "module",
	semantic.KindStep: "step", semantic.KindNew: "new",
}

// outlineKinds name the outline's kinds, which tell functions and
// assumptions apart.
var outlineKinds = map[langservice.SymbolKind]string{
	langservice.SymbolModule: "module", langservice.SymbolConstant: "constant", langservice.SymbolVariable: "variable",
	langservice.SymbolOperator: "operator", langservice.SymbolFunction: "function", langservice.SymbolInstance: "instance",
	langservice.SymbolTheorem: "theorem", langservice.SymbolAssumption: "assumption", langservice.SymbolStep: "step",
}

// symbolOf describes sym as seen from the module here.
func symbolOf(sym *semantic.Symbol, here string) Symbol {
	s := Symbol{
		Name: sym.Name, Kind: kindNames[sym.Kind], Signature: langservice.Signature(sym),
		Description: langservice.Describe(sym, here), Arity: max(sym.Arity, 0), Local: sym.Local, Module: sym.Module,
		Comment: langservice.DocComment(sym),
	}
	if sym.Kind == semantic.KindBuiltin {
		s.Module = "" // the checker's pseudo-module of built-ins
	}
	if sym.Kind == semantic.KindInstance && sym.File != nil && sym.Pos.IsValid() && int(sym.End) <= sym.File.Size() {
		// The left side alone ("H") does not say which module.
		decl := strings.Join(strings.Fields(string(sym.File.Text()[sym.Pos:sym.End])), " ")
		decl, _, _ = strings.Cut(strings.TrimPrefix(decl, "LOCAL "), " WITH ")
		s.Signature = decl
	}
	if sym.File != nil && sym.Pos.IsValid() {
		s.File = sym.File.Name()
		s.Standard = isStandardPath(s.File)
		setRange(&s, sym.File, sym.Pos, sym.End)
	}
	return s
}

// setRange sets s's position to [pos, end) of f.
func setRange(s *Symbol, f *token.File, pos, end token.Pos) {
	start, last := f.SANYPosition(pos), f.SANYLastPosition(pos, end)
	s.Line, s.Column, s.EndLine, s.EndColumn = start.Line, start.Column, last.Line, last.Column
}

// withText returns s with the text of [pos, end) of f, cut at
// maxTextBytes.
func withText(s Symbol, f *token.File, pos, end token.Pos) Symbol {
	if f == nil || !pos.IsValid() || end <= pos || int(end) > f.Size() {
		return s
	}
	t := string(f.Text()[pos:end])
	if len(t) > maxTextBytes {
		cut := maxTextBytes
		for cut > 0 && !utf8.RuneStart(t[cut]) {
			cut--
		}
		t = t[:cut] + "…"
	}
	s.Text = t
	return s
}

func isStandardPath(p string) bool { return strings.HasPrefix(p, "<stdlib>/") }
