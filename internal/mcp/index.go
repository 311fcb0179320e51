package mcp

import (
	"context"
	"path/filepath"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/parser"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// This file builds, from the syntax trees alone, what tla_symbols and
// tla_definition answer: each module's declarations and definitions with
// their positions and signatures, and the modules it imports, found as
// SANY finds them. It resolves names by scope (bound identifiers,
// parameters, LET, the module, EXTENDS, INSTANCE) without the checker's
// semantic tables.

// index is a root module and the modules it imports, parsed with
// recovery so that a module with errors still has symbols.
type index struct {
	resolver sany.Resolver
	files    map[string]*ast.File // by path
	modules  map[string]*indexedModule
	root     *indexedModule
}

// indexedModule is one module with its file.
type indexedModule struct {
	ast      *ast.Module
	file     *token.File
	path     string
	standard bool
	parent   *ast.File
}

// newIndex parses the root module of t and resolves its imports lazily.
func newIndex(ctx context.Context, t target) (*index, error) {
	r := sany.NewFileResolver(t.path, t.searchPaths, t.overlay)
	text, err := r.ReadFile(t.path)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ix := &index{resolver: r, files: map[string]*ast.File{}, modules: map[string]*indexedModule{}}
	f := ix.parse(t.path, text)
	stem := strings.TrimSuffix(filepath.Base(t.path), filepath.Ext(t.path))
	for _, m := range f.Modules {
		if m.Name != nil && (ix.root == nil || m.Name.Name == stem) {
			ix.root = ix.add(m, f, t.path, false)
		}
	}
	return ix, nil
}

// parse parses a file once, with recovery.
func (ix *index) parse(path string, text []byte) *ast.File {
	if f, ok := ix.files[path]; ok {
		return f
	}
	f, _ := parser.ParseFileMode(token.NewFile(path, text), parser.Recover)
	ix.files[path] = f
	return f
}

func (ix *index) add(m *ast.Module, f *ast.File, path string, standard bool) *indexedModule {
	im := &indexedModule{ast: m, file: f.File, path: path, standard: standard, parent: f}
	if _, ok := ix.modules[m.Name.Name]; !ok {
		ix.modules[m.Name.Name] = im
	}
	return im
}

// module finds the module called name as SANY does from module from: an
// earlier module of the same file, then the resolver's folders and the
// standard modules. It returns nil when there is none.
func (ix *index) module(name string, from *indexedModule) *indexedModule {
	if m, ok := ix.modules[name]; ok {
		return m
	}
	if from != nil {
		for _, m := range from.parent.Modules {
			if m.Name != nil && m.Name.Name == name {
				return ix.add(m, from.parent, from.path, from.standard)
			}
		}
	}
	src, err := ix.resolver.Resolve(name)
	if err != nil {
		return nil
	}
	f := ix.parse(src.Path, src.Text)
	for _, m := range f.Modules {
		if m.Name != nil && m.Name.Name == name {
			return ix.add(m, f, src.Path, src.Standard)
		}
	}
	return nil
}

// imports lists the modules m extends and instantiates without a name
// (whose definitions m's text may use unqualified), in SANY's order:
// EXTENDS first, then each unnamed INSTANCE.
func (ix *index) imports(m *indexedModule) []*indexedModule {
	var out []*indexedModule
	for _, id := range m.ast.Extends {
		if im := ix.module(id.Name, m); im != nil {
			out = append(out, im)
		}
	}
	for _, u := range m.ast.Units {
		if inst, ok := u.(*ast.Instance); ok && inst.Module != nil {
			if im := ix.module(inst.Module.Name, m); im != nil {
				out = append(out, im)
			}
		}
	}
	return out
}

// reachable lists m and every module it imports, transitively, each once,
// m first.
func (ix *index) reachable(m *indexedModule) []*indexedModule {
	seen := map[*indexedModule]bool{}
	var out []*indexedModule
	var visit func(*indexedModule)
	visit = func(x *indexedModule) {
		if seen[x] {
			return
		}
		seen[x] = true
		out = append(out, x)
		for _, im := range ix.imports(x) {
			visit(im)
		}
	}
	visit(m)
	return out
}
