package langservice

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Location is a range of a module file.
type Location struct {
	Path     string // absolute path, or stdlib.Path(Name) for a standard module
	File     *token.File
	Pos, End token.Pos
}

// Key identifies one declared or defined entity across analyses and the
// copies INSTANCE makes of a definition: the file, the start of its
// declaration and its name.
type Key struct {
	Path string
	Pos  token.Pos
	Name string
}

// keyOf returns the key of sym.
func keyOf(sym *semantic.Symbol) Key {
	k := Key{Pos: sym.Pos, Name: sym.Name}
	if sym.File != nil {
		k.Path = sym.File.Name()
	}
	return k
}

// Occurrence is one name in a file that declares or uses a symbol.
type Occurrence struct {
	Pos, End token.Pos
	Symbol   *semantic.Symbol
	Def      bool // the declaration or definition itself
}

// fileIndex holds the occurrences of one file, sorted by position.
type fileIndex struct {
	file *token.File
	occs []Occurrence
}

// Spec is an analysed spec indexed for editor queries. It is immutable and
// safe for concurrent use.
type Spec struct {
	Analysis *sany.Analysis
	files    map[string]*fileIndex // by path
	fileList []*fileIndex          // in the order of Analysis.Modules
}

// New indexes an analysis.
func New(a *sany.Analysis) *Spec {
	s := &Spec{Analysis: a, files: map[string]*fileIndex{}}
	for _, m := range a.Modules {
		if m.Info == nil || s.files[m.Path] != nil {
			continue
		}
		fi := &fileIndex{file: m.File, occs: make([]Occurrence, 0, len(m.Info.Defs)+len(m.Info.Uses))}
		for sp, sym := range m.Info.Defs {
			fi.occs = append(fi.occs, Occurrence{Pos: sp.Pos, End: sp.End, Symbol: sym, Def: true})
		}
		for sp, sym := range m.Info.Uses {
			fi.occs = append(fi.occs, Occurrence{Pos: sp.Pos, End: sp.End, Symbol: sym})
		}
		// A name both declared and used at one place (a RECURSIVE
		// operator's definition) is kept once, as its declaration.
		slices.SortFunc(fi.occs, func(a, b Occurrence) int {
			if a.Pos != b.Pos {
				return cmp.Compare(a.Pos, b.Pos)
			}
			if a.Def != b.Def {
				if a.Def {
					return -1
				}
				return 1
			}
			return 0
		})
		fi.occs = slices.CompactFunc(fi.occs, func(a, b Occurrence) bool { return a.Pos == b.Pos && a.End == b.End })
		s.files[m.Path] = fi
		s.fileList = append(s.fileList, fi)
	}
	return s
}

// Occurrences returns the occurrences of the file at path, in order.
func (s *Spec) Occurrences(path string) []Occurrence {
	if fi := s.files[path]; fi != nil {
		return fi.occs
	}
	return nil
}

// At returns the name occurrence at offset off of the file at path: the
// one containing off, else one ending at off (the cursor just after a
// name).
func (s *Spec) At(path string, off token.Pos) (Occurrence, bool) {
	fi := s.files[path]
	if fi == nil {
		return Occurrence{}, false
	}
	i := sort.Search(len(fi.occs), func(i int) bool { return fi.occs[i].Pos > off })
	// fi.occs[i-1] is the last occurrence starting at or before off.
	if i > 0 {
		o := fi.occs[i-1]
		if off < o.End {
			return o, true
		}
		if off == o.End {
			return o, true
		}
	}
	return Occurrence{}, false
}

// DefinitionOf returns where sym is declared or defined: the name of its
// definition (a RECURSIVE operator's definition rather than its
// declaration), or nil for built-in operators.
func (s *Spec) DefinitionOf(sym *semantic.Symbol) []Location {
	if sym == nil || sym.Kind == semantic.KindBuiltin || sym.File == nil {
		return nil
	}
	path := sym.File.Name()
	k := keyOf(sym)
	if fi := s.files[path]; fi != nil {
		// The declaring name lies in the declaration, near its start.
		i := sort.Search(len(fi.occs), func(i int) bool { return fi.occs[i].Pos >= sym.Pos })
		for ; i < len(fi.occs) && fi.occs[i].Pos <= sym.End; i++ {
			o := fi.occs[i]
			if o.Def && o.Symbol.Name == sym.Name && keyOf(o.Symbol) == k {
				return []Location{{Path: path, File: fi.file, Pos: o.Pos, End: o.End}}
			}
		}
	}
	// A module outside this analysis's index: its declaration as a whole.
	return []Location{{Path: path, File: sym.File, Pos: sym.Pos, End: sym.Pos}}
}

// moduleOf returns the analysed module whose file is path and whose text
// holds off (files may hold several modules), or nil.
func (s *Spec) moduleOf(path string, off token.Pos) *sany.AnalyzedModule {
	var found *sany.AnalyzedModule
	for _, m := range s.Analysis.Modules {
		if m.Path != path || m.AST == nil {
			continue
		}
		if found == nil || (m.AST.Pos() <= off && off <= m.AST.End()) {
			found = m
		}
	}
	return found
}

// isStandardPath reports whether path names an embedded standard module.
func isStandardPath(path string) bool { return strings.HasPrefix(path, "<stdlib>/") }
