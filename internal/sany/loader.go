package sany

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// parseFunc parses one file (parser.ParseFile).
type parseFunc func(*token.File) (*ast.File, scanner.ErrorList)

// loadedModule is one module of the spec: parsed, with the modules it
// imports, and once checked its semantic form.
type loadedModule struct {
	name     string
	path     string
	file     *token.File
	ast      *ast.Module
	standard bool
	imports  []*ast.Ident // EXTENDS and INSTANCE names, in source order
	state    visitState
	checked  *semantic.Module
	info     *semantic.Info // name resolution, recorded only for Analyze
	hasError bool           // it, or a module it imports, has an error
	// lineOffset is the number of file lines before the module header when
	// the module is not the first of its file (see Diagnostic.LineOffset).
	lineOffset int
}

type visitState int

const (
	unvisited visitState = iota
	visiting
	visited
)

// loader builds the module graph of one Check: it parses the root file
// and every module reachable through EXTENDS and INSTANCE, in SANY's
// order, and stops at the first file that fails to parse, as SANY does.
type loader struct {
	ctx      context.Context
	resolver Resolver
	parse    parseFunc
	cache    *ParseCache // nil: parse every file afresh
	diags    []Diagnostic
	byName   map[string]*loadedModule // every module found so far
	order    []*loadedModule          // imported modules before their importers
	// discovered lists modules in the order their files were read.
	discovered []*loadedModule
	visiting   []*loadedModule // the import chain being visited, root first
	stopped    bool            // a fatal error ended loading
	err        error           // trouble outside the spec (cancellation, I/O)
}

func newLoader(ctx context.Context, r Resolver, parse parseFunc) *loader {
	return &loader{ctx: ctx, resolver: r, parse: parse, byName: map[string]*loadedModule{}}
}

// loadFile parses the file at path and registers all its top-level
// modules (later ones can be imported, like SANY's extracted temp files).
// It returns the first module, or nil when parsing failed.
func (l *loader) loadFile(path string, text []byte, standard bool, wantName string) *loadedModule {
	pf := l.cache.parse(path, text, l.parse)
	file, f, errs := pf.file, pf.ast, pf.errs
	if len(errs) > 0 {
		l.parseErrors(path, file, f, errs, wantName)
		l.stopped = true
		return nil
	}
	if f == nil || len(f.Modules) == 0 {
		if wantName == "" {
			wantName = strings.TrimSuffix(filepath.Base(path), ".tla")
		}
		l.diags = append(l.diags, Diagnostic{Path: path, File: file, Module: wantName, Pos: 0, End: 0,
			Severity: SeverityError, Kind: KindParse, Message: "No module found in file."})
		l.stopped = true
		return nil
	}
	var first *loadedModule
	for i, m := range f.Modules {
		lm := &loadedModule{name: m.Name.Name, path: path, file: file, ast: m, standard: standard,
			imports: pf.imports[i]}
		if i == 0 {
			first = lm
			l.discovered = append(l.discovered, lm)
		} else {
			lm.lineOffset = file.SANYPosition(m.Start).Line - 1
		}
		if _, dup := l.byName[lm.name]; !dup {
			l.byName[lm.name] = lm
		}
	}
	return first
}

// parseErrors reports a file's lexical and parse errors, SANY's (the
// first) first.
func (l *loader) parseErrors(path string, file *token.File, f *ast.File, errs scanner.ErrorList, wantName string) {
	if wantName == "" {
		wantName = strings.TrimSuffix(filepath.Base(path), ".tla")
	}
	headers := moduleHeaders(file)
	for _, e := range errs {
		kind := KindParse
		if e.Kind == scanner.Lexical {
			kind = KindLexical
		}
		name, offset := wantName, 0
		for i, h := range headers {
			if h.pos > e.Pos {
				break
			}
			// SANY names the module that failed after its file, except
			// for the later modules of a file, which it extracts to files
			// of their own.
			name, offset = wantName, 0
			if i > 0 {
				name, offset = h.name, file.SANYPosition(h.pos).Line-1
			}
		}
		l.diags = append(l.diags, Diagnostic{Path: path, File: file, Module: name, Pos: e.Pos, End: e.End,
			Severity: SeverityError, Kind: kind, Message: e.Msg, LineOffset: offset})
	}
}

// moduleHeader is a "---- MODULE Name" line found in a file's text.
type moduleHeader struct {
	pos  token.Pos
	name string
}

// moduleHeaderRE matches a module header; SANY requires at least four
// dashes before MODULE.
var moduleHeaderRE = lazy.Regexp(`(?m)^-{4,}[ \t]*MODULE[ \t]+(\w+)`)

// moduleEndRE matches a module's closing line of four or more "=".
var moduleEndRE = lazy.Regexp(`(?m)^={4,}`)

// moduleHeaders finds the top-level module headers of a file whose parse
// failed, to attribute errors to modules as SANY does. A header inside
// another module (before that module's "====") starts a nested module,
// which belongs to the enclosing one.
func moduleHeaders(file *token.File) []moduleHeader {
	text := file.Text()
	heads := moduleHeaderRE().FindAllSubmatchIndex(text, -1)
	ends := moduleEndRE().FindAllIndex(text, -1)
	var out []moduleHeader
	depth, e := 0, 0
	for _, m := range heads {
		for ; e < len(ends) && ends[e][0] < m[0]; e++ {
			if depth > 0 {
				depth--
			}
		}
		if depth == 0 {
			out = append(out, moduleHeader{pos: token.Pos(m[0]), name: string(text[m[2]:m[3]])})
		}
		depth++
	}
	return out
}

// checkFileName reports a module whose name differs from its file's, as
// SANY does (without a location).
func (l *loader) checkFileName(m *loadedModule) bool {
	if m.standard {
		return true
	}
	base := strings.TrimSuffix(filepath.Base(m.path), ".tla")
	if base == m.name {
		return true
	}
	l.diags = append(l.diags, Diagnostic{Path: m.path, Pos: token.NoPos, End: token.NoPos,
		Severity: SeverityError, Kind: KindModule, Code: semantic.CodeModuleNameDifferentFromFileName,
		Message: fmt.Sprintf("File name '%s' does not match the name '%s' of the top level module it contains.", base, m.name)})
	l.stopped = true
	return false
}

// visit loads the modules m imports, depth first in source order, and
// then records m, so that order lists imports before importers.
func (l *loader) visit(m *loadedModule) {
	m.state = visiting
	l.visiting = append(l.visiting, m)
	defer func() { l.visiting = l.visiting[:len(l.visiting)-1] }()
	for _, id := range m.imports {
		if l.stopped {
			return
		}
		if err := l.ctx.Err(); err != nil {
			l.err, l.stopped = err, true
			return
		}
		dep := l.find(id.Name, m)
		if dep == nil {
			return
		}
		switch dep.state {
		case visiting:
			// SANY names the cycle's files and gives no location.
			l.diags = append(l.diags, Diagnostic{Path: m.path, Pos: token.NoPos, End: token.NoPos,
				Severity: SeverityError, Kind: KindModule, Code: semantic.CodeModuleDependenciesAreCircular,
				Message: "Circular dependency among .tla files; dependency cycle is:\n\n  " + l.cycle(dep)})
			l.stopped = true
			return
		case unvisited:
			l.visit(dep)
		}
	}
	m.state = visited
	l.order = append(l.order, m)
}

// cycle lists the files of the import cycle that leads back to dep, as
// SANY's message does: "A.tla --> B.tla --> A.tla".
func (l *loader) cycle(dep *loadedModule) string {
	var names []string
	for i, m := range l.visiting {
		if m == dep {
			for _, n := range l.visiting[i:] {
				names = append(names, n.name+".tla")
			}
			break
		}
	}
	return strings.Join(append(names, dep.name+".tla"), " --> ")
}

// find returns the module called name imported by from: a module already
// found (for example another top-level module of the same file), else
// one the resolver finds.
func (l *loader) find(name string, from *loadedModule) *loadedModule {
	if m, ok := l.byName[name]; ok {
		return m
	}
	src, err := l.resolver.Resolve(name)
	if err != nil {
		if !errors.Is(err, ErrModuleNotFound) {
			l.err = err
		}
		l.diags = append(l.diags, Diagnostic{Path: from.path, Module: from.name, Pos: token.NoPos, End: token.NoPos,
			Severity: SeverityError, Kind: KindModule, Code: semantic.CodeModuleFileCannotBeFound,
			Message: fmt.Sprintf("Cannot find source file for module %s imported in module %s.", name, from.name)})
		l.stopped = true
		return nil
	}
	m := l.loadFile(src.Path, src.Text, src.Standard, name)
	if m == nil {
		return nil
	}
	if !l.checkFileName(m) {
		return nil
	}
	return m
}

// moduleImports lists the module names m imports through EXTENDS and
// INSTANCE (anywhere: units, LETs, proofs, nested modules), skipping
// names of modules nested in m that are defined before the import (a
// nested module is known only from its definition on, as in SANY's
// symbol table).
func moduleImports(m *ast.Module) []*ast.Ident {
	nested := map[string]token.Pos{}
	var out []*ast.Ident
	out = append(out, m.Extends...)
	ast.Inspect(m, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Module:
			if n != m && n.Name != nil {
				if _, seen := nested[n.Name.Name]; !seen {
					nested[n.Name.Name] = n.Pos()
				}
				out = append(out, n.Extends...)
			}
		case *ast.Instance:
			if n.Module != nil {
				out = append(out, n.Module)
			}
		}
		return true
	})
	filtered := out[:0]
	for _, id := range out {
		if at, ok := nested[id.Name]; !ok || id.Pos() < at {
			filtered = append(filtered, id)
		}
	}
	return filtered
}
