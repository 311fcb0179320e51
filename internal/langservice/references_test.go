package langservice_test

import (
	"context"
	"errors"
	"sort"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

func TestReferences(t *testing.T) {
	forEachWant(t, "references", func(t *testing.T, ws *workspace, s *langservice.Spec, w want) {
		at := ws.at(t, w, w.args[0])
		var got, exp []string
		for _, l := range s.References(at.path, at.off, true) {
			got = append(got, l.Path+"@"+itoa(int(l.Pos)))
		}
		for _, name := range w.args[1:] {
			m := ws.at(t, w, name)
			exp = append(exp, m.path+"@"+itoa(int(m.off)))
		}
		sort.Strings(exp)
		sort.Strings(got)
		if strings.Join(got, " ") != strings.Join(exp, " ") {
			t.Errorf("%s:%d: references at %s:\n got  %v\n want %v", w.root, w.line, w.args[0], got, exp)
		}
	})
}

// TestRename applies each accepted rename to copies of the workspace's
// files and checks that the result still checks clean and no longer
// mentions the old name where the references were; refused renames must
// say why.
func TestRename(t *testing.T) {
	forEachWant(t, "rename", func(t *testing.T, ws *workspace, s *langservice.Spec, w want) {
		at := ws.at(t, w, w.args[0])
		newName, verdict := w.args[1], w.args[2]
		edits, err := s.Rename(at.path, at.off, newName, langservice.RenameOptions{})
		if verdict == "error" {
			if err == nil || !errors.Is(err, langservice.ErrCannotRename) || !strings.Contains(err.Error(), w.args[3]) {
				t.Fatalf("%s:%d: rename %s to %s: got %v, want an error containing %q", w.root, w.line, w.args[0], newName, err, w.args[3])
			}
			return
		}
		if err != nil {
			t.Fatalf("%s:%d: rename %s to %s: %v", w.root, w.line, w.args[0], newName, err)
		}
		refs := s.References(at.path, at.off, true)
		renames := 0
		for _, e := range edits {
			if e.NewText == newName {
				renames++
			}
		}
		if renames != len(refs) || renames == 0 {
			t.Fatalf("%d renaming edits for %d references", renames, len(refs))
		}
		overlay := applyEdits(t, ws, edits)
		a, err := sany.Analyze(context.Background(), sany.Config{Overlay: overlay}, w.root)
		if err != nil {
			t.Fatal(err)
		}
		if sany.HasErrors(a.Diagnostics) {
			t.Fatalf("renamed spec has errors: %v", a.Diagnostics)
		}
		// The renamed name resolves to the same declaration as before.
		after := langservice.New(a)
		before := s.Definition(at.path, at.off)
		got := after.Definition(at.path, at.off)
		if len(got) != 1 || len(before) != 1 || got[0].Path != before[0].Path || textAt(got[0]) != newName {
			t.Errorf("after rename, definition at %s = %+v (text %q), before %+v", w.args[0], got, textAt(got[0]), before)
		}
	})
}

// applyEdits returns the workspace files' texts with the edits applied,
// as an overlay keyed by path.
func applyEdits(t *testing.T, ws *workspace, edits []langservice.Edit) sany.Overlay {
	t.Helper()
	byPath := map[string][]langservice.Edit{}
	for _, e := range edits {
		byPath[e.Path] = append(byPath[e.Path], e)
	}
	overlay := sany.Overlay{}
	for p, text := range ws.texts {
		overlay[p] = text
	}
	for path, es := range byPath {
		text, ok := ws.texts[path]
		if !ok {
			t.Fatalf("edit outside the workspace: %s", path)
		}
		sort.Slice(es, func(i, j int) bool { return es[i].Pos > es[j].Pos })
		for _, e := range es {
			text = append(append(append([]byte{}, text[:e.Pos]...), e.NewText...), text[e.End:]...)
		}
		overlay[path] = text
	}
	return overlay
}
