package langservice

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/op"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Hover is what an editor shows over a name.
type Hover struct {
	Pos, End token.Pos // the name
	// Signature is the declaration (Op(x, y), CONSTANT N, x' for a
	// primed variable is not shown: the variable x).
	Signature string
	// Description says the kind, level and home module in one line.
	Description string
	// Doc is the comment above or beside the declaration, or for a
	// standard operator a one-line description.
	Doc string
	// Module is the module that declares the name.
	Module string
}

// Markdown renders the hover as editors show it.
func (h Hover) Markdown() string {
	var b strings.Builder
	b.WriteString("```tla\n" + h.Signature + "\n```\n")
	b.WriteString(h.Description)
	if h.Doc != "" {
		b.WriteString("\n\n---\n\n" + h.Doc)
	}
	return b.String()
}

// Hover describes the name at offset off of the file at path.
func (s *Spec) Hover(path string, off token.Pos) (Hover, bool) {
	occ, ok := s.At(path, off)
	if !ok {
		return Hover{}, false
	}
	sym := occ.Symbol
	here := ""
	if m := s.moduleOf(path, off); m != nil {
		here = m.Name
	}
	h := Hover{Pos: occ.Pos, End: occ.End, Module: sym.Module, Description: Describe(sym, here)}
	switch {
	case sym.Kind == semantic.KindBuiltin:
		h.Signature = builtinSignature(sym)
		h.Doc = standardDoc(sym.Name)
		h.Module = ""
	default:
		h.Signature = Signature(sym)
		if sym.File != nil && isStandardPath(sym.File.Name()) {
			h.Doc = standardDoc(sym.Name)
		} else {
			h.Doc = DocComment(sym)
		}
	}
	return h, true
}

// builtinSignature shows a built-in operator as it is written.
func builtinSignature(sym *semantic.Symbol) string {
	name := sym.Name
	if o := op.ByName(name); o != nil {
		name = o.Spellings[0] // the usual spelling: /\ for \land
	}
	switch {
	case sym.Arity == 2 && !isWord(name):
		return "a " + name + " b"
	case sym.Arity == 1 && name == "'":
		return "e'"
	case sym.Arity == 1:
		return name + " e"
	}
	return name
}

// isWord reports whether s is spelled with letters, digits and _.
func isWord(s string) bool {
	for _, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}
