package mcp

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// SymbolsInput are tla_symbols' arguments.
type SymbolsInput struct {
	File            string   `json:"file,omitempty" jsonschema:"the .tla file, absolute or relative to the server's working folder"`
	Text            string   `json:"text,omitempty" jsonschema:"the module's text, instead of (or as the unsaved contents of) file"`
	SearchPaths     []string `json:"searchPaths,omitempty" jsonschema:"more folders searched for imported modules"`
	IncludeImported bool     `json:"includeImported,omitempty" jsonschema:"also list what the modules it imports define (standard modules included), LOCAL definitions excepted"`
}

// SymbolsOutput is tla_symbols' answer.
type SymbolsOutput struct {
	Module  string   `json:"module"`
	File    string   `json:"file"`
	Extends []string `json:"extends"`
	Symbols []Symbol `json:"symbols" jsonschema:"declarations and definitions in source order (proof steps after their theorem), the module's own first"`
	Partial bool     `json:"partial,omitempty" jsonschema:"the module does not parse: what could be recovered of it"`
}

// DefinitionInput are tla_definition's arguments.
type DefinitionInput struct {
	File        string   `json:"file,omitempty" jsonschema:"the .tla file the name is used in"`
	Text        string   `json:"text,omitempty" jsonschema:"the module's text, instead of (or as the unsaved contents of) file"`
	SearchPaths []string `json:"searchPaths,omitempty" jsonschema:"more folders searched for imported modules"`
	Name        string   `json:"name,omitempty" jsonschema:"a name visible at the module's level: Op, a variable, Len, a module, or I!Op for a definition seen through the instance I"`
	Line        int      `json:"line,omitempty" jsonschema:"instead of name: the 1-based line of a use of a name (bound variables and parameters included)"`
	Column      int      `json:"column,omitempty" jsonschema:"and its 1-based column (TAB counts to the next multiple of 8)"`
}

// DefinitionOutput is tla_definition's answer.
type DefinitionOutput struct {
	Name        string   `json:"name"`
	Found       bool     `json:"found"`
	Definitions []Symbol `json:"definitions" jsonschema:"where the name is declared or defined, with the declaration's text; a built-in operator has no file"`
	Message     string   `json:"message,omitempty"`
}

func (s *server) addSymbolTools(srv *Server) {
	ro := &toolAnnotations{ReadOnlyHint: true, OpenWorldHint: ptr(false)}
	addTool(srv, toolInfo{
		Name:        "tla_symbols",
		Title:       "List a TLA+ module's symbols",
		Description: "List the constants, variables, operator and function definitions, instances, assumptions, theorems and proof steps of a TLA+ module, with their signatures, levels, positions and comments; optionally those of the modules it imports too. Works on modules with errors.",
		Annotations: ro,
	}, nil, s.symbols)
	addTool(srv, toolInfo{
		Name:        "tla_definition",
		Title:       "Find a TLA+ definition",
		Description: "Say what a name means and where it is defined, as the checker resolves it: give a name visible in the module, or the line and column of any use (bound variables, parameters, LET definitions, I!Op, standard and built-in operators). Answers the declaration's kind, level, signature, comment, file, position and text.",
		Annotations: ro,
	}, nil, s.definition)
}

// analyze checks and resolves the module a call names.
func (s *server) analyze(ctx context.Context, file, text string, searchPaths []string) (*langservice.Spec, error) {
	t, err := s.target(file, text, searchPaths)
	if err != nil {
		return nil, err
	}
	a, err := sany.Analyze(ctx, sany.Config{SearchPaths: t.searchPaths, Overlay: t.overlay}, t.path)
	if err != nil {
		return nil, err
	}
	if a.Root == nil || a.Root.AST == nil {
		return nil, fmt.Errorf("%s holds no module header (---- MODULE Name ----)", t.path)
	}
	return langservice.New(a), nil
}

func (s *server) symbols(ctx context.Context, _ *request, in SymbolsInput) (SymbolsOutput, error) {
	spec, err := s.analyze(ctx, in.File, in.Text, in.SearchPaths)
	if err != nil {
		return SymbolsOutput{}, err
	}
	a := spec.Analysis
	root := a.Root
	out := SymbolsOutput{Module: root.Name, File: root.Path, Extends: []string{}, Symbols: []Symbol{}, Partial: a.Partial}
	for _, id := range root.AST.Extends {
		out.Extends = append(out.Extends, id.Name)
	}
	modules := []*sany.AnalyzedModule{root}
	if in.IncludeImported {
		for i := len(a.Modules) - 1; i >= 0; i-- {
			if a.Modules[i] != root {
				modules = append(modules, a.Modules[i])
			}
		}
	}
	for _, m := range modules {
		for _, ds := range spec.DocumentSymbols(m.Path) {
			if ds.Kind == langservice.SymbolModule && ds.Name == m.Name {
				out.Symbols = appendOutline(out.Symbols, m, ds.Children, m != root)
			}
		}
	}
	return out, nil
}

// appendOutline adds the outline entries of module m, described by the
// checker's symbols where it has them.
func appendOutline(out []Symbol, m *sany.AnalyzedModule, entries []langservice.DocumentSymbol, imported bool) []Symbol {
	for _, ds := range entries {
		var sym Symbol
		var checked *semantic.Symbol
		if m.Info != nil {
			checked = m.Info.Defs[semantic.Span{Pos: ds.NamePos, End: ds.NameEnd}]
		}
		if checked != nil {
			if imported && checked.Local {
				continue
			}
			sym = symbolOf(checked, m.Name)
		} else {
			sym = Symbol{Name: ds.Name, Signature: ds.Detail, Module: m.Name, File: m.Path, Standard: m.Standard}
		}
		sym.Kind = outlineKinds[ds.Kind]
		setRange(&sym, m.File, ds.Pos, ds.End)
		out = append(out, sym)
		out = appendOutline(out, m, ds.Children, imported)
	}
	return out
}

func (s *server) definition(ctx context.Context, _ *request, in DefinitionInput) (DefinitionOutput, error) {
	if in.Name == "" && (in.Line <= 0 || in.Column <= 0) {
		return DefinitionOutput{}, errors.New(`give "name", or "line" and "column" (1-based) of a use of the name`)
	}
	spec, err := s.analyze(ctx, in.File, in.Text, in.SearchPaths)
	if err != nil {
		return DefinitionOutput{}, err
	}
	root := spec.Analysis.Root
	out := DefinitionOutput{Name: in.Name, Definitions: []Symbol{}}
	var sym *semantic.Symbol
	var hover langservice.Hover
	if in.Name == "" {
		if in.Line > root.File.LineCount() {
			return DefinitionOutput{}, fmt.Errorf("line %d is past the end of %s (%d lines)", in.Line, root.Path, root.File.LineCount())
		}
		off := root.File.OffsetOfSANY(token.Position{Line: in.Line, Column: in.Column})
		occ, ok := spec.At(root.Path, off)
		if !ok {
			return DefinitionOutput{}, fmt.Errorf("no name at line %d, column %d of %s (or the name is in a part that does not parse)", in.Line, in.Column, root.Path)
		}
		sym = occ.Symbol
		out.Name = string(root.File.Text()[occ.Pos:occ.End])
		hover, _ = spec.Hover(root.Path, off)
	} else {
		sym = lookupName(spec.Analysis, root, in.Name)
	}
	switch {
	case sym == nil:
		out.Message = fmt.Sprintf("%s is not defined in %s or the modules it imports (a built-in operator or keyword of TLA+ is found only at a use of it: give line and column)", out.Name, root.Name)
	case sym.Kind == semantic.KindBuiltin:
		d := symbolOf(sym, root.Name)
		d.Signature, d.Comment = hover.Signature, hover.Doc
		out.Definitions = append(out.Definitions, d)
	default:
		for _, loc := range spec.DefinitionOf(sym) {
			d := symbolOf(sym, root.Name)
			d.File, d.Standard = loc.Path, isStandardPath(loc.Path)
			if hover.Doc != "" {
				d.Comment = hover.Doc // a standard operator's description
			}
			out.Definitions = append(out.Definitions, withText(d, sym.File, sym.Pos, sym.End))
		}
		if len(out.Definitions) == 0 {
			out.Definitions = append(out.Definitions, withText(symbolOf(sym, root.Name), sym.File, sym.Pos, sym.End))
		}
	}
	out.Found = len(out.Definitions) > 0
	return out, nil
}

// lookupName finds what name means at the level of module m: m's own
// declarations and definitions (LOCAL ones too), then what m's context
// holds from the modules it imports, then a module of that name. A name
// built with "!" (I!Op, I!J!Op) is looked up in the module the instance I
// instantiates.
func lookupName(a *sany.Analysis, m *sany.AnalyzedModule, name string) *semantic.Symbol {
	if prefix, rest, ok := strings.Cut(name, "!"); ok {
		inst := lookupName(a, m, prefix)
		if inst == nil || inst.Kind != semantic.KindInstance {
			return nil
		}
		target := instantiated(a, inst)
		if target == nil {
			return nil
		}
		return lookupName(a, target, rest)
	}
	if m.Info != nil && m.AST != nil {
		for _, u := range m.AST.Units {
			for _, id := range unitNames(u) {
				if sym := m.Info.Defs[semantic.Span{Pos: id.Pos(), End: id.End()}]; sym != nil && id.Name == name {
					return sym
				}
			}
		}
	}
	if m.Checked != nil {
		if sym := m.Checked.Lookup(name); sym != nil {
			return sym
		}
	}
	if im := a.Module(name); im != nil && im.Checked != nil {
		return im.Checked.Symbol()
	}
	return nil
}

// unitNames lists the names a module-level unit declares.
func unitNames(u ast.Unit) []*ast.Ident {
	switch u := u.(type) {
	case *ast.ConstDecl:
		var ids []*ast.Ident
		for _, p := range u.Params {
			ids = append(ids, p.Name)
		}
		return ids
	case *ast.VarDecl:
		return u.Names
	case *ast.OpDef:
		return []*ast.Ident{u.Name}
	case *ast.FuncDef:
		return []*ast.Ident{u.Name}
	case *ast.ModuleDef:
		return []*ast.Ident{u.Name}
	case *ast.Assume:
		return []*ast.Ident{u.Name}
	case *ast.Theorem:
		return []*ast.Ident{u.Name}
	}
	return nil
}

// instantiated returns the module the instance definition inst
// (I == INSTANCE M ...) instantiates.
func instantiated(a *sany.Analysis, inst *semantic.Symbol) *sany.AnalyzedModule {
	for _, m := range a.Modules {
		if m.File != inst.File || m.AST == nil {
			continue
		}
		for _, u := range m.AST.Units {
			if d, ok := u.(*ast.ModuleDef); ok && d.Name != nil && d.Name.Name == inst.Name && d.Instance != nil && d.Instance.Module != nil {
				return a.Module(d.Instance.Module.Name)
			}
		}
	}
	return nil
}
