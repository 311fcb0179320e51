package modelcfg

import (
	"fmt"
	"path/filepath"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/parser"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Spec is what a configuration is made from and checked against: the
// root module's declarations and the definitions in scope at its end
// (its own, and those of the modules it extends or instantiates without
// a name).
type Spec struct {
	Module string
	Path   string
	// Constants are the constant parameters TLC needs values for: the
	// root module's and those of the modules it extends, in order.
	Constants []Decl
	// Variables are the root module's and its extended modules' variables.
	Variables []Decl
	// Defs are the operators in scope, by name.
	Defs map[string]*Def
	// Order lists the root module's own definitions in source order.
	Order []string
	// assumes are the ASSUME bodies of the root and extended modules.
	assumes []ast.Expr
}

// Decl is a declared constant or variable.
type Decl struct {
	Name   string
	Arity  int // constants only: F(_, _) has 2
	Pos    token.Position
	Own    bool   // declared in the root module
	Module string // the module declaring it
}

// Def is an operator definition in scope.
type Def struct {
	Name  string
	Arity int
	Own   bool // defined in the root module
	Pos   token.Position
	body  ast.Expr
	level Level
	state levelState
}

// Options says where modules are found.
type Options struct {
	SearchPaths []string
	Overlay     sany.Overlay
}

// Load reads the root module of the file at path (its first module; text,
// when not nil, is its content) and the modules it extends. A module that
// does not parse still gives what the parser recovered; only a root file
// without any module is an error.
func Load(path string, text []byte, opts Options) (*Spec, error) {
	resolver := sany.NewFileResolver(path, opts.SearchPaths, opts.Overlay)
	if text == nil {
		var err error
		if text, err = resolver.ReadFile(path); err != nil {
			return nil, err
		}
	}
	modules := parseModules(path, text)
	if len(modules) == 0 {
		return nil, fmt.Errorf("%s holds no TLA+ module", filepath.Base(path))
	}
	root := modules[0]
	s := &Spec{Module: root.mod.Name.Name, Path: path, Defs: map[string]*Def{}}
	l := &loader{spec: s, resolver: resolver, seen: map[string]bool{root.mod.Name.Name: true}, inFile: map[string]*parsedModule{}}
	for _, m := range modules[1:] {
		// Later modules of the root's file come before any other file, as
		// in SANY.
		l.inFile[m.mod.Name.Name] = m
	}
	l.addModule(root, true, true)
	for _, d := range s.Defs {
		s.levelOf(d)
	}
	return s, nil
}

// parsedModule is a module with the file its positions refer to.
type parsedModule struct {
	file *token.File
	mod  *ast.Module
}

// parseModules parses the top-level modules of a file.
func parseModules(path string, text []byte) []*parsedModule {
	f := token.NewFile(path, text)
	file, _ := parser.ParseFileMode(f, parser.Recover)
	if file == nil {
		return nil
	}
	var out []*parsedModule
	for _, m := range file.Modules {
		if m.Name != nil {
			out = append(out, &parsedModule{file: f, mod: m})
		}
	}
	return out
}

type loader struct {
	spec     *Spec
	resolver sany.Resolver
	seen     map[string]bool
	inFile   map[string]*parsedModule // the root file's other modules
}

// addModule adds m's declarations (when declarations is set: the root
// module and the modules it extends, not instantiated ones) and its
// definitions, after those of the modules it extends.
func (l *loader) addModule(m *parsedModule, own, declarations bool) {
	for _, ext := range m.mod.Extends {
		l.include(ext.Name, declarations)
	}
	for _, u := range m.mod.Units {
		switch u := u.(type) {
		case *ast.ConstDecl:
			if !declarations {
				continue
			}
			for _, p := range u.Params {
				l.spec.Constants = append(l.spec.Constants, Decl{Name: p.Name.Name, Arity: p.Arity, Pos: m.file.SANYPosition(p.Name.Pos()), Own: own, Module: m.mod.Name.Name})
			}
		case *ast.VarDecl:
			if !declarations {
				continue
			}
			for _, n := range u.Names {
				l.spec.Variables = append(l.spec.Variables, Decl{Name: n.Name, Pos: m.file.SANYPosition(n.Pos()), Own: own, Module: m.mod.Name.Name})
			}
		case *ast.OpDef:
			if u.Name == nil || (!own && u.Local.IsValid()) {
				continue
			}
			l.define(&Def{Name: u.Name.Name, Arity: len(u.Params), Own: own, Pos: m.file.SANYPosition(u.Name.Pos()), body: u.Body})
		case *ast.FuncDef:
			if u.Name == nil || (!own && u.Local.IsValid()) {
				continue
			}
			l.define(&Def{Name: u.Name.Name, Own: own, Pos: m.file.SANYPosition(u.Name.Pos()), body: u.Body})
		case *ast.ModuleDef:
			if u.Name == nil {
				continue
			}
			l.define(&Def{Name: u.Name.Name, Arity: len(u.Params), Own: own, Pos: m.file.SANYPosition(u.Name.Pos()), level: LevelConstant, state: levelDone})
		case *ast.Assume:
			if declarations && u.Body != nil {
				l.spec.assumes = append(l.spec.assumes, u.Body)
			}
		case *ast.Instance:
			if u.Module != nil && (own || !u.Local.IsValid()) {
				l.include(u.Module.Name, false)
			}
		}
	}
}

func (l *loader) define(d *Def) {
	if d.Own {
		l.spec.Order = append(l.spec.Order, d.Name)
	}
	l.spec.Defs[d.Name] = d
}

// include adds the module called name once; a module that cannot be found
// adds nothing (SANY reports it).
func (l *loader) include(name string, declarations bool) {
	if l.seen[name] {
		return
	}
	l.seen[name] = true
	if m := l.inFile[name]; m != nil {
		l.addModule(m, false, declarations)
		return
	}
	src, err := l.resolver.Resolve(name)
	if err != nil {
		return
	}
	if ms := parseModules(src.Path, src.Text); len(ms) > 0 {
		l.addModule(ms[0], false, declarations)
	}
}

// Defines reports whether name is an operator or a declared constant or
// variable of the spec.
func (s *Spec) Defines(name string) bool {
	if _, ok := s.Defs[name]; ok {
		return true
	}
	for _, c := range s.Constants {
		if c.Name == name {
			return true
		}
	}
	return false
}

// Constant returns the declared constant called name.
func (s *Spec) Constant(name string) (Decl, bool) {
	for _, c := range s.Constants {
		if c.Name == name {
			return c, true
		}
	}
	return Decl{}, false
}
