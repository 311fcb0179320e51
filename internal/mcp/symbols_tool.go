package mcp

import (
	"context"
	"errors"
	"fmt"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// SymbolsInput are tla_symbols' arguments.
type SymbolsInput struct {
	File            string   `json:"file,omitempty" jsonschema:"the .tla file, absolute or relative to the server's working folder"`
	Text            string   `json:"text,omitempty" jsonschema:"the module's text, instead of (or as the unsaved contents of) file"`
	SearchPaths     []string `json:"searchPaths,omitempty" jsonschema:"more folders searched for imported modules"`
	IncludeImported bool     `json:"includeImported,omitempty" jsonschema:"also list what the modules it EXTENDS or INSTANCEs define (standard modules included)"`
}

// SymbolsOutput is tla_symbols' answer.
type SymbolsOutput struct {
	Module  string   `json:"module"`
	File    string   `json:"file"`
	Extends []string `json:"extends"`
	Symbols []Symbol `json:"symbols" jsonschema:"declarations and definitions in source order, the module's own first"`
}

// DefinitionInput are tla_definition's arguments.
type DefinitionInput struct {
	File        string   `json:"file,omitempty" jsonschema:"the .tla file the name is used in"`
	Text        string   `json:"text,omitempty" jsonschema:"the module's text, instead of (or as the unsaved contents of) file"`
	SearchPaths []string `json:"searchPaths,omitempty" jsonschema:"more folders searched for imported modules"`
	Name        string   `json:"name,omitempty" jsonschema:"the name to look up: Op, a variable, Len, or I!Op for a definition seen through the instance I; may be left out when line and column point at a use"`
	Line        int      `json:"line,omitempty" jsonschema:"1-based line of a use of the name (its bound variables and parameters are then in scope too)"`
	Column      int      `json:"column,omitempty" jsonschema:"1-based column of that use (TAB counts to the next multiple of 8)"`
}

// DefinitionOutput is tla_definition's answer.
type DefinitionOutput struct {
	Name        string   `json:"name"`
	Found       bool     `json:"found"`
	Definitions []Symbol `json:"definitions" jsonschema:"where the name is defined, with the definition's text; more than one only when the spec itself is ambiguous"`
	Message     string   `json:"message,omitempty"`
}

func (s *server) addSymbolTools(srv *sdk.Server) {
	ro := &sdk.ToolAnnotations{ReadOnlyHint: true, OpenWorldHint: ptr(false)}
	sdk.AddTool(srv, &sdk.Tool{
		Name:        "tla_symbols",
		Title:       "List a TLA+ module's symbols",
		Description: "List the constants, variables, operator and function definitions, instances, assumptions and theorems of a TLA+ module, with their signatures, positions and comments; optionally those of the modules it imports too. Works on modules with errors.",
		Annotations: ro,
	}, s.symbols)
	sdk.AddTool(srv, &sdk.Tool{
		Name:        "tla_definition",
		Title:       "Find a TLA+ definition",
		Description: "Say what a name used in a TLA+ module means and where it is defined: the declaration or definition (its kind, signature, comment, file and position, and text), looked up as TLA+ scopes it (bound variables and parameters at the given position, LET, the module, the modules it EXTENDS or INSTANCEs, standard modules).",
		Annotations: ro,
	}, s.definition)
}

func (s *server) symbols(ctx context.Context, _ *sdk.CallToolRequest, in SymbolsInput) (*sdk.CallToolResult, SymbolsOutput, error) {
	ix, err := s.index(ctx, in.File, in.Text, in.SearchPaths)
	if err != nil {
		return nil, SymbolsOutput{}, err
	}
	root := ix.root
	out := SymbolsOutput{Module: root.ast.Name.Name, File: root.path, Extends: []string{}, Symbols: []Symbol{}}
	for _, id := range root.ast.Extends {
		out.Extends = append(out.Extends, id.Name)
	}
	modules := ix.reachable(root)
	if !in.IncludeImported {
		modules = modules[:1]
	}
	for i, m := range modules {
		for _, sym := range moduleSymbols(m) {
			if i == 0 || !sym.Local {
				out.Symbols = append(out.Symbols, sym)
			}
		}
	}
	return nil, out, nil
}

func (s *server) definition(ctx context.Context, _ *sdk.CallToolRequest, in DefinitionInput) (*sdk.CallToolResult, DefinitionOutput, error) {
	if in.Name == "" && (in.Line <= 0 || in.Column <= 0) {
		return nil, DefinitionOutput{}, errors.New(`give "name", or "line" and "column" (1-based) of a use of the name`)
	}
	ix, err := s.index(ctx, in.File, in.Text, in.SearchPaths)
	if err != nil {
		return nil, DefinitionOutput{}, err
	}
	root := ix.root
	out := DefinitionOutput{Name: in.Name, Definitions: []Symbol{}}
	var found []Symbol
	if in.Line > 0 && in.Column > 0 {
		if in.Line > root.file.LineCount() {
			return nil, DefinitionOutput{}, fmt.Errorf("line %d is past the end of %s (%d lines)", in.Line, root.path, root.file.LineCount())
		}
		off := root.file.OffsetOfSANY(token.Position{Line: in.Line, Column: in.Column})
		at, enclosing := nameAt(root, off)
		if out.Name == "" {
			out.Name = at
		}
		if out.Name == "" {
			return nil, DefinitionOutput{}, fmt.Errorf("no name at line %d, column %d of %s", in.Line, in.Column, root.path)
		}
		found = localDefinitions(root, enclosing, out.Name)
	}
	if len(found) == 0 {
		found = ix.lookup(root, out.Name)
	}
	for _, sym := range found {
		out.Definitions = append(out.Definitions, sym.withText())
	}
	out.Found = len(found) > 0
	if !out.Found {
		out.Message = fmt.Sprintf("%s is not defined in %s or the modules it imports; it may be a built-in operator or keyword of TLA+, or undefined", out.Name, root.ast.Name.Name)
	}
	return nil, out, nil
}

// index parses the module a call names.
func (s *server) index(ctx context.Context, file, text string, searchPaths []string) (*index, error) {
	t, err := s.target(file, text, searchPaths)
	if err != nil {
		return nil, err
	}
	ix, err := newIndex(ctx, t)
	if err != nil {
		return nil, err
	}
	if ix.root == nil {
		return nil, fmt.Errorf("%s holds no module header (---- MODULE Name ----)", t.path)
	}
	return ix, nil
}
