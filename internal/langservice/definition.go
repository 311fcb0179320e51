package langservice

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"

// Definition returns where the name at offset off of the file at path is
// declared or defined. A declaration's own name leads to itself, so that
// editors can show its references from there.
func (s *Spec) Definition(path string, off token.Pos) []Location {
	occ, ok := s.At(path, off)
	if !ok {
		return nil
	}
	return s.DefinitionOf(occ.Symbol)
}
