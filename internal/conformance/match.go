package conformance

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"

// FindAction returns the definition among defs (a module's top-level
// operator definitions, in source order) that models the core function
// core, as a draft names it ("Server.handle()", "become_follower"): the
// one named exactly like it, else the first named so up to case and
// underscores that is not one of the template's own definitions. exact
// says which.
//
// It is the one answer to "which action models core function X": the
// draft-conformance check and the code lenses of actions.Trace both ask
// it, so they cannot disagree.
func FindAction(defs []*ast.OpDef, core string) (def *ast.OpDef, exact bool) {
	name := ActionName(core)
	if name == "" {
		return nil, false
	}
	for _, d := range defs {
		if d.Name != nil && d.Name.Name == name {
			return d, true
		}
	}
	want := LooseName(name)
	for _, d := range defs {
		if d.Name != nil && !templateNames[d.Name.Name] && LooseName(d.Name.Name) == want {
			return d, false
		}
	}
	return nil, false
}
