package semantic

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Module is the checked form of a module: what EXTENDS and INSTANCE take
// from it. It is immutable once CheckModule returns.
type Module struct {
	Name string
	Path string
	File *token.File

	exports   []*Symbol          // non-LOCAL symbols of the module context, in order
	exportMap map[string]*Symbol // the same by name
	params    []*Symbol          // CONSTANTs and VARIABLEs among exports
	defs      map[string]*Symbol // definitions among exports (what INSTANCE imports)
	defList   []*Symbol
	// constant is SANY's ModuleNode.isConstant: no VARIABLE and only
	// constant-level definitions and theorems. Instantiating a
	// non-constant module substitutes only constant-level expressions for
	// its constants and at most state-level ones for its variables.
	constant bool
	records  []*recordLit // record constructors of the module and those it extends
	// constLimits: the highest level each of its CONSTANTs may be
	// instantiated with, from how its definitions, assumptions and
	// theorems use them (SANY's ModuleNode levelConstraints)
	constLimits map[*Symbol]Level
	// constArgMins[F][k]: the least level argument k of what is
	// substituted for operator constant F must accept; constArgParams:
	// which parameters the arguments F is given mention
	constArgMins   map[*Symbol][]Level
	constArgParams []argParam
	symbol         *Symbol // the KindModule symbol of its name (see Symbol)
	// contextNames: every name the module context holds (LOCAL ones
	// too), in the order they entered it, each once.
	contextNames []string
	// instanceNames: the names an instance I == INSTANCE of the module
	// enters as I!name (its non-LOCAL definitions and theorems, and
	// those of the instances it holds).
	instanceNames []string
}

// ContextNames returns the names of the module's context (SANY's
// ModuleNode.getContext(): what it EXTENDS, then its own declarations and
// definitions, LOCAL ones included) in the order they entered it. TLC
// lists a spec's variables in the order of that context's hash table.
func (m *Module) ContextNames() []string { return m.contextNames }

// Exports returns the names a module that EXTENDS this one receives.
func (m *Module) Exports() []string {
	names := make([]string, len(m.exports))
	for i, s := range m.exports {
		names[i] = s.Name
	}
	return names
}

// Lookup returns the exported symbol called name, or nil.
func (m *Module) Lookup(name string) *Symbol { return m.exportMap[name] }

// parameterFree reports whether the module declares no CONSTANT or
// VARIABLE, so instantiating it twice yields the same definitions.
func (m *Module) parameterFree() bool { return len(m.params) == 0 }

// Input is one parsed module to check.
type Input struct {
	AST  *ast.Module
	File *token.File
	Path string
	// Info, if set, receives what every name occurrence resolves to.
	Info *Info
}

// Env gives the checker the modules a module imports, already checked.
type Env interface {
	// Module returns the checked module called name, or nil if it is
	// unknown (the caller has reported that already).
	Module(name string) *Module
}
