package sany

import (
	"context"
	"path/filepath"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Program is a checked spec's module graph, for tools that run it (the
// model checker): every module reachable from the root through EXTENDS
// and INSTANCE, imports before importers.
type Program struct {
	Root    *ProgramModule
	Modules []*ProgramModule // dependency order; Root is last
	// Discovered lists the modules in the order their files were read
	// (the root first), the order in which SANY met their names.
	Discovered []*ProgramModule
}

// ProgramModule is one parsed module of a Program.
type ProgramModule struct {
	Name     string
	Path     string
	File     *token.File
	AST      *ast.Module
	Standard bool // an embedded standard module (declarations only)
	// ContextNames are the names of the module's context in the order
	// they entered it (semantic.Module.ContextNames).
	ContextNames []string
}

// Load checks the root module at path as Check does and, when it has no
// errors, returns its module graph. Diagnostics are Check's; the Program
// is nil when any of them is an error. The error result is Check's:
// trouble outside the spec.
func Load(ctx context.Context, cfg Config, path string) (*Program, []Diagnostic, error) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	r := cfg.resolverFor(path)
	text, err := r.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	diags, l, _, err := checkGraph(ctx, cfg, r, path, text, parseFile, false)
	if err != nil || HasErrors(diags) || l == nil || len(l.order) == 0 {
		return nil, diags, err
	}
	p := &Program{}
	byLoaded := map[*loadedModule]*ProgramModule{}
	for _, m := range l.order {
		pm := &ProgramModule{Name: m.name, Path: m.path, File: m.file, AST: m.ast, Standard: m.standard}
		if m.checked != nil {
			pm.ContextNames = m.checked.ContextNames()
		}
		byLoaded[m] = pm
		p.Modules = append(p.Modules, pm)
	}
	p.Root = p.Modules[len(p.Modules)-1]
	for _, m := range l.discovered {
		if pm := byLoaded[m]; pm != nil {
			p.Discovered = append(p.Discovered, pm)
		}
	}
	return p, diags, nil
}
