package langservice

import (
	"errors"
	"fmt"
	"sort"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// References returns every occurrence of the symbol named at offset off
// of the file at path, in s and in the other analyses given (the other
// open specs, which may import this one), deduplicated and sorted by file
// and position. includeDecl keeps the declaring names.
func (s *Spec) References(path string, off token.Pos, includeDecl bool, others ...*Spec) []Location {
	occ, ok := s.At(path, off)
	if !ok || occ.Symbol.Kind == semantic.KindBuiltin {
		return nil
	}
	return s.occurrencesOf(keyOf(occ.Symbol), includeDecl, others)
}

// occurrencesOf lists every occurrence of the entity k.
func (s *Spec) occurrencesOf(k Key, includeDecl bool, others []*Spec) []Location {
	type at struct {
		path string
		pos  token.Pos
	}
	seen := map[at]bool{}
	var out []Location
	for _, sp := range append([]*Spec{s}, others...) {
		if sp == nil {
			continue
		}
		for path, fi := range sp.files {
			for _, o := range fi.occs {
				if (o.Def && !includeDecl) || keyOf(o.Symbol) != k || seen[at{path, o.Pos}] {
					continue
				}
				seen[at{path, o.Pos}] = true
				out = append(out, Location{Path: path, File: fi.file, Pos: o.Pos, End: o.End})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Path != out[j].Path {
			return out[i].Path < out[j].Path
		}
		return out[i].Pos < out[j].Pos
	})
	return out
}

// ErrCannotRename is wrapped by every refusal of PrepareRename and Rename;
// its text says why.
var ErrCannotRename = errors.New("cannot rename")

func refuse(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrCannotRename, fmt.Sprintf(format, args...))
}

// identifierRE is a TLA+ identifier: letters, digits and _, at least one
// letter.
var identifierRE = lazy.Regexp(`^[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*$`)

// RenameOptions says which files a rename may not touch.
type RenameOptions struct {
	// ReadOnly reports files that must not be edited (copies of the
	// standard modules the server wrote for editors to open).
	ReadOnly func(path string) bool
}

// PrepareRename returns the name at offset off that can be renamed, or
// an error wrapping ErrCannotRename that says why not.
func (s *Spec) PrepareRename(path string, off token.Pos, opts RenameOptions) (Location, string, error) {
	occ, ok := s.At(path, off)
	if !ok {
		return Location{}, "", refuse("no name here")
	}
	if err := s.renamable(occ.Symbol, opts); err != nil {
		return Location{}, "", err
	}
	fi := s.files[path]
	return Location{Path: path, File: fi.file, Pos: occ.Pos, End: occ.End}, occ.Symbol.Name, nil
}

// renamable says why sym cannot be renamed, or nil.
func (s *Spec) renamable(sym *semantic.Symbol, opts RenameOptions) error {
	home := ""
	if sym.File != nil {
		home = sym.File.Name()
	}
	switch {
	case sym.Kind == semantic.KindBuiltin:
		return refuse("%s is a built-in operator of TLA+", sym.Name)
	case sym.Kind == semantic.KindModule && (isStandardPath(home) || opts.ReadOnly != nil && opts.ReadOnly(home)):
		return refuse("%s is a standard module; its name cannot be changed", sym.Name)
	case sym.Kind == semantic.KindModule:
		return refuse("renaming module %s would mean renaming its file; rename the file and its EXTENDS/INSTANCE yourself", sym.Name)
	case isStandardPath(home) || opts.ReadOnly != nil && opts.ReadOnly(home):
		return refuse("%s is defined in the standard module %s, which is read-only", sym.Name, sym.Module)
	case sym.Kind == semantic.KindStep:
		return refuse("proof step names are not renamed")
	case !identifierRE().MatchString(sym.Name):
		return refuse("%s is an operator symbol; only identifiers can be renamed", sym.Name)
	}
	return nil
}

// Edit replaces [Pos, End) of a file by NewText.
type Edit struct {
	Path     string
	File     *token.File
	Pos, End token.Pos
	NewText  string
}

// Rename returns the edits that rename the symbol at offset off to
// newName everywhere in s and the other analyses, or an error wrapping
// ErrCannotRename. It refuses a name that is not an identifier, a
// reserved word, or one already declared anywhere the symbol is seen
// (which could change what other names mean).
func (s *Spec) Rename(path string, off token.Pos, newName string, opts RenameOptions, others ...*Spec) ([]Edit, error) {
	occ, ok := s.At(path, off)
	if !ok {
		return nil, refuse("no name here")
	}
	sym := occ.Symbol
	if err := s.renamable(sym, opts); err != nil {
		return nil, err
	}
	if newName == sym.Name {
		return nil, nil
	}
	if !identifierRE().MatchString(newName) {
		return nil, refuse("%q is not a TLA+ identifier", newName)
	}
	if isReserved(newName) {
		return nil, refuse("%s is a reserved word or built-in operator of TLA+", newName)
	}
	k := keyOf(sym)
	locs := s.occurrencesOf(k, true, others)
	files := map[string]bool{}
	for _, l := range locs {
		files[l.Path] = true
		if opts.ReadOnly != nil && opts.ReadOnly(l.Path) || isStandardPath(l.Path) {
			return nil, refuse("%s is used in %s, which is read-only", sym.Name, l.Path)
		}
	}
	if clash := s.declared(newName, files, others); clash != nil {
		return nil, refuse("%s is already declared (%s at %s line %d)", newName, kindName(clash.Symbol),
			clash.File.Name(), lineOf(clash.File, clash.Pos))
	}
	if clash := s.visibleFromImports(newName, files); clash != "" {
		return nil, refuse("%s is already defined in module %s, which the spec imports", newName, clash)
	}
	edits := make([]Edit, len(locs))
	for i, l := range locs {
		edits[i] = Edit{Path: l.Path, File: l.File, Pos: l.Pos, End: l.End, NewText: newName}
	}
	edits, ok = s.alignJunctions(edits)
	if !ok {
		return nil, refuse("%s is shorter than %s and a /\\ or \\/ list after it could not keep its column; rename it by hand", newName, sym.Name)
	}
	return edits, nil
}

// declaredOcc is a declaration found by declared.
type declaredOcc struct {
	Occurrence
	File *token.File
}

// declared finds a declaration of name in the given files.
func (s *Spec) declared(name string, files map[string]bool, others []*Spec) *declaredOcc {
	for _, sp := range append([]*Spec{s}, others...) {
		if sp == nil {
			continue
		}
		for path, fi := range sp.files {
			if !files[path] {
				continue
			}
			for _, o := range fi.occs {
				if o.Symbol.Name == name {
					return &declaredOcc{Occurrence: o, File: fi.file}
				}
			}
		}
	}
	return nil
}

// visibleFromImports returns the module that exports name into one of the
// files, or "".
func (s *Spec) visibleFromImports(name string, files map[string]bool) string {
	for _, m := range s.Analysis.Modules {
		if m.Checked == nil || files[m.Path] {
			continue
		}
		if sym := m.Checked.Lookup(name); sym != nil {
			return m.Name
		}
	}
	return ""
}
