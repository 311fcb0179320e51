package langservice_test

import (
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
)

func TestDefinition(t *testing.T) {
	forEachWant(t, "definition", func(t *testing.T, ws *workspace, s *langservice.Spec, w want) {
		from, to := ws.at(t, w, w.args[0]), ws.target(t, w, w.args[1])
		got := s.Definition(from.path, from.off)
		if len(got) != 1 {
			t.Fatalf("%s:%d: definition at %s: got %d locations %+v", w.root, w.line, w.args[0], len(got), got)
		}
		if got[0].Path != to.path || got[0].Pos != to.off {
			t.Errorf("%s:%d: definition at %s = %s@%d %q, want %s@%d", w.root, w.line, w.args[0],
				got[0].Path, got[0].Pos, textAt(got[0]), to.path, to.off)
		}
	})
}

func TestHover(t *testing.T) {
	forEachWant(t, "hover", func(t *testing.T, ws *workspace, s *langservice.Spec, w want) {
		at := ws.at(t, w, w.args[0])
		h, ok := s.Hover(at.path, at.off)
		if !ok {
			t.Fatalf("%s:%d: no hover at %s", w.root, w.line, w.args[0])
		}
		md := h.Markdown()
		for _, sub := range w.args[1:] {
			if !contains(md, sub) {
				t.Errorf("%s:%d: hover at %s lacks %q:\n%s", w.root, w.line, w.args[0], sub, md)
			}
		}
	})
}
