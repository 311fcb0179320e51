package sany

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Config says how Check finds modules and which SANY habits it copies.
type Config struct {
	// SearchPaths are folders searched after the root module's own folder
	// and before the standard modules (SANY's -DTLA-Library, the CLI's -I,
	// the editor setting tlaGen.libraryPaths).
	SearchPaths []string
	// Overlay holds unsaved editor buffers by clean absolute path.
	Overlay Overlay
	// Resolver, if set, replaces the FileResolver built from SearchPaths
	// and Overlay.
	Resolver Resolver
	// LevelCheckDespiteSemanticErrors runs the level checker even when
	// semantic errors were found. SANY does not, so the default is false.
	LevelCheckDespiteSemanticErrors bool
	// Cache, if set, keeps parsed files between Checks (see ParseCache).
	Cache *ParseCache
}

// resolverFor returns the resolver to use for the root file at path.
func (c Config) resolverFor(path string) Resolver {
	if c.Resolver != nil {
		return c.Resolver
	}
	return NewFileResolver(path, c.SearchPaths, c.Overlay)
}

// Check checks the root module file at path with every module it imports
// and returns the problems found, in the order SANY would report them
// (SANY reports only the first lexical or parse error; Check may report
// more, but that one comes first).
//
// The error result is reserved for trouble outside the spec: the root file
// cannot be read, or ctx was cancelled.
func Check(ctx context.Context, cfg Config, path string) ([]Diagnostic, error) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	r := cfg.resolverFor(path)
	text, err := r.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return checkText(ctx, cfg, r, path, text, parseFile)
}

// checkText runs the phases of Check on the root text: load (parse the
// module graph), semantic analysis of every module (imports first), and
// level checking when SANY would run it.
func checkText(ctx context.Context, cfg Config, r Resolver, path string, text []byte, parse parseFunc) ([]Diagnostic, error) {
	diags, _, _, err := checkGraph(ctx, cfg, r, path, text, parse, false)
	return diags, err
}

// checkGraph is checkText that also returns the loaded module graph and
// its root; with record set, every module's name resolution is recorded
// in its file's semantic.Info (see Analyze).
func checkGraph(ctx context.Context, cfg Config, r Resolver, path string, text []byte, parse parseFunc, record bool) ([]Diagnostic, *loader, *loadedModule, error) {
	l := newLoader(ctx, r, parse)
	l.cache = cfg.Cache
	root := l.loadFile(path, text, false, "")
	if root != nil && l.checkFileName(root) {
		l.visit(root)
	}
	if l.err != nil {
		return nil, l, root, l.err
	}
	if l.stopped {
		return append(l.diags, importerDiagnostics(l, root)...), l, root, nil
	}
	if record {
		infos := map[*token.File]*semantic.Info{}
		for _, m := range l.order {
			if infos[m.file] == nil {
				infos[m.file] = semantic.NewInfo()
			}
			m.info = infos[m.file]
		}
	}

	// SANY analyses the modules one by one, imports first, and level-checks
	// each right after its semantic analysis while no error at all has
	// been found yet: a level error of an imported module is reported
	// before the semantic errors of a later one, and no module after an
	// error is level-checked.
	env := moduleEnv{}
	// SANY validates PlusCal translations while loading and prints the
	// warnings before semantic analysis.
	diags := append(l.diags, pluscalWarnings(l, root)...)
	var lints []Diagnostic
	failed := false
	for _, m := range l.order {
		if err := ctx.Err(); err != nil {
			return nil, l, root, err
		}
		var lvl []Diagnostic
		for _, d := range checkLoaded(m, env) {
			switch {
			case d.Kind == KindLint:
				if !m.standard {
					lints = append(lints, d)
				}
			case d.Kind == KindLevel:
				lvl = append(lvl, d)
			default:
				diags = append(diags, d)
				failed = failed || d.Severity == SeverityError
			}
		}
		if cfg.LevelCheckDespiteSemanticErrors || !failed {
			diags = append(diags, lvl...)
			failed = failed || HasErrors(lvl)
		}
	}
	if !HasErrors(diags) {
		diags = append(diags, lints...)
	}
	return append(diags, importerDiagnostics(l, root)...), l, root, nil
}

// checkLoaded runs semantic analysis on one loaded module whose imports
// env holds, adds it to env and returns its diagnostics.
func checkLoaded(m *loadedModule, env moduleEnv) []Diagnostic {
	checked, problems := semantic.CheckModule(semantic.Input{AST: m.ast, File: m.file, Path: m.path, Info: m.info}, env)
	m.checked = checked
	env[m.name] = checked
	diags := make([]Diagnostic, len(problems))
	for i, p := range problems {
		diags[i] = problemDiagnostic(p)
		diags[i].LineOffset = m.lineOffset
		if diags[i].Severity == SeverityError {
			m.hasError = true
		}
	}
	return diags
}

// moduleEnv gives the semantic checker the modules checked so far.
type moduleEnv map[string]*semantic.Module

func (e moduleEnv) Module(name string) *semantic.Module { return e[name] }

// problemDiagnostic converts a semantic problem.
func problemDiagnostic(p semantic.Problem) Diagnostic {
	d := Diagnostic{Path: p.Path, File: p.File, Module: p.Module, Pos: p.Pos, End: p.End,
		Severity: SeverityError, Kind: KindSemantic, Code: p.Code, Message: p.Message}
	if p.Level {
		d.Kind = KindLevel
	}
	if p.Lint {
		d.Kind = KindLint
	}
	if p.IsWarning() {
		d.Severity = SeverityWarning
	}
	return d
}

// importerDiagnostics points at each EXTENDS or INSTANCE of the root
// module whose module has errors, so that an editor shows them in the
// file the user has open. They come after SANY's diagnostics.
func importerDiagnostics(l *loader, root *loadedModule) []Diagnostic {
	if root == nil {
		return nil
	}
	failed := map[string]bool{}
	for _, d := range l.diags {
		if d.Severity == SeverityError && d.Path != root.path {
			for name, m := range l.byName {
				if m.path == d.Path {
					failed[name] = true
				}
			}
		}
	}
	for _, m := range l.order {
		if m.hasError && m.path != root.path {
			failed[m.name] = true
		}
	}
	// A module importing a failed module fails too.
	for changed := true; changed; {
		changed = false
		for name, m := range l.byName {
			if failed[name] {
				continue
			}
			for _, id := range m.imports {
				if failed[id.Name] {
					failed[name] = true
					changed = true
					break
				}
			}
		}
	}
	var out []Diagnostic
	seen := map[string]bool{}
	for _, id := range root.imports {
		if !failed[id.Name] || seen[id.Name] {
			continue
		}
		seen[id.Name] = true
		out = append(out, Diagnostic{Path: root.path, File: root.file, Module: root.name, Pos: id.Pos(), End: id.End(),
			Severity: SeverityError, Kind: KindModule,
			Message: fmt.Sprintf("Module %s, imported here, has errors.", id.Name)})
	}
	return out
}
