package semantic

import (
	"fmt"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Problem is one error or warning found in a module.
type Problem struct {
	Module   string      // module the problem is in
	Path     string      // file of that module
	File     *token.File // its text
	Pos, End token.Pos   // half-open range
	Code     Code
	Message  string
	// Level marks problems found by the level checker, which SANY reports
	// only when semantic analysis found no error.
	Level bool

	// Lint marks SANY's linter warnings, which SANY gives only for a
	// spec without errors.
	Lint bool

	rank levelRank // level problems: the pass of SANY's level checker that finds it
}

// IsWarning reports whether the problem does not make the module fail.
func (p Problem) IsWarning() bool { return p.Code.IsWarning() }

// sanyLocation formats a range as SANY prints it in messages:
// "line 3, col 1 to line 3, col 25 of module M".
func sanyLocation(f *token.File, pos, end token.Pos, module string) string {
	if f == nil || !pos.IsValid() {
		return "an unknown location"
	}
	s := f.SANYPosition(pos)
	e := f.SANYLastPosition(pos, end)
	return fmt.Sprintf("line %d, col %d to line %d, col %d of module %s", s.Line, s.Column, e.Line, e.Column, module)
}
