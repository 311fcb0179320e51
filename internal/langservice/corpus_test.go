package langservice_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/manifest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/op"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// examples returns the Examples modules of the shared SANY corpus (all
// clean for SANY) with the Config that resolves their imports as SANY
// did. Without the corpus the test skips, or fails when
// TLA_GEN_REQUIRE_SHARED=1.
func examples(t *testing.T) []exampleEntry {
	t.Helper()
	root := manifest.Corpus(t)
	entries, err := manifest.Read(filepath.Join(root, manifest.FileName))
	if err != nil {
		t.Fatal(err)
	}
	var out []exampleEntry
	for _, e := range entries {
		if e.Origin != "examples" || e.Verdict != "ok" {
			continue
		}
		var dirs []string
		for _, d := range e.LibraryDirs {
			dirs = append(dirs, filepath.Join(root, d))
		}
		out = append(out, exampleEntry{path: filepath.Join(root, e.Path), cfg: sany.Config{SearchPaths: dirs}})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	if len(out) == 0 {
		t.Fatal("no Examples entries in the corpus manifest")
	}
	return out
}

type exampleEntry struct {
	path string
	cfg  sany.Config
}

// unresolvedIdents returns the identifiers that name no declared entity
// (record fields, labels) or that the checker does not walk.
func unresolvedIdents(m *ast.Module) map[*ast.Ident]bool {
	skip := map[*ast.Ident]bool{}
	ast.Inspect(m, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RecordField:
			skip[n.Name] = true
		case *ast.FieldSel:
			skip[n.Field] = true
		case *ast.ExceptSel:
			skip[n.Field] = true
		case *ast.Label:
			skip[n.Name] = true
			for _, p := range n.Params {
				skip[p] = true
			}
		case *ast.AssumeProve:
			if n.Label != nil {
				skip[n.Label] = true
			}
		case *ast.SubexprName:
			// In Op(a)!1 the checker resolves only the arguments from
			// the first structural selector on (semantic's
			// subexprName), not the a of Op(a): nothing to compare
			// with there.
			structural := len(n.Parts)
			for i, p := range n.Parts {
				if p.Kind != ast.PartName {
					structural = i
					break
				}
			}
			for _, p := range n.Parts[:structural] {
				for _, a := range p.Args {
					ast.Inspect(a, func(x ast.Node) bool {
						if id, ok := x.(*ast.Ident); ok && structural < len(n.Parts) {
							skip[id] = true
						}
						return true
					})
				}
			}
		}
		return true
	})
	return skip
}

// TestDefinitionOnEveryExamplesName resolves every identifier of every
// Examples module (and the modules they import) as go to definition
// does, and checks the target against the checker's own resolution: the
// target is a declaring name of the very symbol the checker bound the
// identifier to, spelled like it, inside that symbol's declaration. Every
// identifier that names something must have been resolved.
func TestDefinitionOnEveryExamplesName(t *testing.T) {
	checkedNames, modules := 0, 0
	seenFile := map[string]bool{}
	for _, e := range examples(t) {
		a, err := sany.Analyze(context.Background(), e.cfg, e.path)
		if err != nil {
			t.Fatal(err)
		}
		if sany.HasErrors(a.Diagnostics) {
			t.Errorf("%s: errors on a clean Examples module: %v", e.path, a.Diagnostics[0])
			continue
		}
		s := langservice.New(a)
		for _, m := range a.Modules {
			if m.Standard || m.Info == nil || seenFile[m.Path] {
				continue
			}
			seenFile[m.Path] = true
			modules++
			checkedNames += checkModuleNames(t, s, m)
		}
	}
	t.Logf("go to definition agrees with the checker on %d name occurrences of %d modules", checkedNames, modules)
}

// checkModuleNames checks every identifier of one module file.
func checkModuleNames(t *testing.T, s *langservice.Spec, m *sany.AnalyzedModule) int {
	t.Helper()
	skip := unresolvedIdents(m.AST)
	n := 0
	ast.Inspect(m.AST, func(node ast.Node) bool {
		id, ok := node.(*ast.Ident)
		if !ok || skip[id] {
			return true
		}
		sp := semantic.Span{Pos: id.Pos(), End: id.End()}
		sym := m.Info.Uses[sp]
		if sym == nil {
			sym = m.Info.Defs[sp]
		}
		if sym == nil {
			t.Errorf("%s: %q is not resolved", where(m.File, id.Pos()), id.Name)
			return true
		}
		n++
		if sym.Kind == semantic.KindBuiltin {
			return true
		}
		got := s.Definition(m.Path, id.Pos())
		if len(got) != 1 {
			t.Errorf("%s: definition of %q: %d locations", where(m.File, id.Pos()), id.Name, len(got))
			return true
		}
		loc := got[0]
		text := string(loc.File.Text()[loc.Pos:loc.End])
		if op.Canonical(text) != sym.Name && !(sym.Kind == semantic.KindStep && strings.HasPrefix(sym.Name, text)) {
			t.Errorf("%s: definition of %q lands on %q at %s", where(m.File, id.Pos()), id.Name, text, where(loc.File, loc.Pos))
		}
		if loc.File.Name() != sym.File.Name() || loc.Pos < sym.Pos || loc.End > sym.End {
			t.Errorf("%s: definition of %q at %s is outside its declaration %s", where(m.File, id.Pos()), id.Name,
				where(loc.File, loc.Pos), where(sym.File, sym.Pos))
		}
		if def, ok := s.At(loc.Path, loc.Pos); !ok || !def.Def || def.Symbol.Name != sym.Name || def.Symbol.Pos != sym.Pos {
			t.Errorf("%s: definition of %q at %s is not a declaration of the same symbol", where(m.File, id.Pos()), id.Name, where(loc.File, loc.Pos))
		}
		return true
	})
	return n
}

func where(f *token.File, p token.Pos) string {
	pos := f.SANYPosition(p)
	return fmt.Sprintf("%s:%d:%d", f.Name(), pos.Line, pos.Column)
}

// TestRenameIsSafeOnExamples renames every user-defined operator of a
// set of Examples modules, one at a time, to a fresh name; the result
// must still check clean with the same number of definitions, and the
// old name must be gone from where the references were.
func TestRenameIsSafeOnExamples(t *testing.T) {
	renamed, modules := 0, 0
	for _, e := range examples(t) {
		if modules == 12 {
			break
		}
		text, err := os.ReadFile(e.path)
		if err != nil {
			t.Fatal(err)
		}
		a, err := sany.Analyze(context.Background(), e.cfg, e.path)
		if err != nil || sany.HasErrors(a.Diagnostics) || a.Root.Checked == nil {
			continue
		}
		s := langservice.New(a)
		ops := userOperators(a.Root)
		if len(ops) < 3 {
			continue
		}
		modules++
		before := countDefinitions(a)
		for _, id := range ops {
			newName := id.Name + "Renamed"
			edits, err := s.Rename(a.Root.Path, id.Pos(), newName, langservice.RenameOptions{})
			if err != nil {
				t.Errorf("%s: rename %s: %v", where(a.Root.File, id.Pos()), id.Name, err)
				continue
			}
			overlay := sany.Overlay{}
			for _, ed := range edits {
				if _, ok := overlay[ed.Path]; !ok {
					overlay[ed.Path] = append([]byte{}, ed.File.Text()...)
				}
			}
			sort.Slice(edits, func(i, j int) bool { return edits[i].Pos > edits[j].Pos })
			for _, ed := range edits {
				t0 := overlay[ed.Path]
				overlay[ed.Path] = append(append(append([]byte{}, t0[:ed.Pos]...), ed.NewText...), t0[ed.End:]...)
			}
			cfg := e.cfg
			cfg.Overlay = overlay
			after, err := sany.Analyze(context.Background(), cfg, e.path)
			if err != nil {
				t.Fatal(err)
			}
			if sany.HasErrors(after.Diagnostics) {
				t.Errorf("%s: after renaming %s to %s: %v", e.path, id.Name, newName, after.Diagnostics[0])
				continue
			}
			if got := countDefinitions(after); got != before {
				t.Errorf("%s: after renaming %s: %d definitions, want %d", e.path, id.Name, got, before)
			}
			if after.Root.Checked.Lookup(newName) == nil && after.Root.Checked.Lookup(id.Name) != nil {
				t.Errorf("%s: %s still defined, %s not", e.path, id.Name, newName)
			}
			renamed++
		}
		_ = text
	}
	if modules == 0 {
		t.Fatal("no Examples module to rename in")
	}
	t.Logf("renamed %d operators of %d Examples modules, each still clean", renamed, modules)
}

// userOperators returns the names of the module-level operator
// definitions (identifiers, not operator symbols) of the root module.
func userOperators(m *sany.AnalyzedModule) []*ast.Ident {
	var out []*ast.Ident
	for _, u := range m.AST.Units {
		if d, ok := u.(*ast.OpDef); ok && d.Fix == ast.FixNone && d.Name != nil {
			out = append(out, d.Name)
		}
	}
	return out
}

// countDefinitions counts the declarations and definitions of every
// non-standard module of an analysis.
func countDefinitions(a *sany.Analysis) int {
	n := 0
	seen := map[*semantic.Info]bool{}
	for _, m := range a.Modules {
		if m.Standard || m.Info == nil || seen[m.Info] {
			continue
		}
		seen[m.Info] = true
		n += len(m.Info.Defs)
	}
	return n
}
