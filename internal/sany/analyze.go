package sany

import (
	"context"
	"path/filepath"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/parser"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Analysis is a spec checked as Check checks it, with what every name of
// every module resolves to: the checker's own resolution, for editor
// features (navigation, hover, rename) that must agree with it.
type Analysis struct {
	// Diagnostics are Check's, for the text analysed. When the root does
	// not parse they hold its parse error, and the modules come from a
	// recovering parse (see Partial).
	Diagnostics []Diagnostic
	// Root is the root module; nil only when its file holds no module.
	Root *AnalyzedModule
	// Modules lists every module of the spec, imports before importers
	// (the root last), each once.
	Modules []*AnalyzedModule
	// Partial says the root did not parse and was analysed from the tree
	// the parser recovered: names in broken units are not resolved.
	Partial bool
}

// AnalyzedModule is one module of an Analysis.
type AnalyzedModule struct {
	Name     string
	Path     string // absolute path, or stdlib.Path(Name) for standard modules
	File     *token.File
	AST      *ast.Module
	Standard bool
	// Checked is the module's semantic form, nil if it was not checked.
	Checked *semantic.Module
	// Info holds the name resolution of the module's file; the modules
	// of one file share it. Nil if the module was not checked.
	Info *semantic.Info
}

// Module returns the module of the analysis called name, or nil.
func (a *Analysis) Module(name string) *AnalyzedModule {
	for _, m := range a.Modules {
		if m.Name == name {
			return m
		}
	}
	return nil
}

// ModuleAt returns the first module of the analysis whose file is path
// (the root's when several files qualify), or nil.
func (a *Analysis) ModuleAt(path string) *AnalyzedModule {
	if a.Root != nil && a.Root.Path == path {
		return a.Root
	}
	for _, m := range a.Modules {
		if m.Path == path {
			return m
		}
	}
	return nil
}

// Analyze checks the root module file at path as Check does and records
// the name resolution of every module. When the root does not parse, the
// modules are analysed again from a recovering parse (Partial), so that
// an editor keeps its features on text being typed. The error result is
// Check's.
func Analyze(ctx context.Context, cfg Config, path string) (*Analysis, error) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	r := cfg.resolverFor(path)
	text, err := r.ReadFile(path)
	if err != nil {
		return nil, err
	}
	diags, l, root, err := checkGraph(ctx, cfg, r, path, text, parseFile, true)
	if err != nil {
		return nil, err
	}
	if root != nil {
		return analysisOf(diags, l, root, false), nil
	}
	// The root did not parse: analyse the recovered tree, without the
	// parse cache (it holds the strict parses).
	recovering := cfg
	recovering.Cache = nil
	_, l, root, err = checkGraph(ctx, recovering, r, path, text, parseRecovering, true)
	if err != nil {
		return nil, err
	}
	if root == nil {
		return &Analysis{Diagnostics: diags}, nil
	}
	return analysisOf(diags, l, root, true), nil
}

// parseRecovering parses with recovery and keeps the tree, dropping the
// errors so that the loader goes on (Analyze reports the strict ones).
// Modules whose header did not parse (no name) are dropped.
func parseRecovering(f *token.File) (*ast.File, scanner.ErrorList) {
	file, _ := parser.ParseFileMode(f, parser.Recover)
	if file == nil {
		return nil, nil
	}
	kept := file.Modules[:0:0]
	for _, m := range file.Modules {
		if m != nil && m.Name != nil {
			kept = append(kept, m)
		}
	}
	file.Modules = kept
	return file, nil
}

// analysisOf collects the loaded modules of one check.
func analysisOf(diags []Diagnostic, l *loader, root *loadedModule, partial bool) *Analysis {
	a := &Analysis{Diagnostics: diags, Partial: partial}
	seen := map[*loadedModule]*AnalyzedModule{}
	add := func(m *loadedModule) *AnalyzedModule {
		if am, ok := seen[m]; ok {
			return am
		}
		am := &AnalyzedModule{Name: m.name, Path: m.path, File: m.file, AST: m.ast,
			Standard: m.standard, Checked: m.checked, Info: m.info}
		seen[m] = am
		a.Modules = append(a.Modules, am)
		return am
	}
	for _, m := range l.order {
		if m != root {
			add(m)
		}
	}
	a.Root = add(root)
	return a
}
