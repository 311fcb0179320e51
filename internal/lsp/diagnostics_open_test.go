package lsp_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
)

// TestOpeningGeneratedSpecRepublishes: a spec generated to disk gets its
// diagnostics published before the editor opens it, and clients may drop
// those (Eglot 1.9 keeps diagnostics only for visited files). Opening it,
// even at version 0 (Eglot's first version, the same "version" as the
// unversioned publication), must publish them again for the open buffer.
func TestOpeningGeneratedSpecRepublishes(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "queue.go")
	writeFile(t, src, "package queue\n")
	writeFile(t, filepath.Join(dir, "queue.go.draft.md"), "# Core\n")
	rec := &generateRecorder{}
	opts := lsp.Options{
		Check:    markerCheck,
		Generate: rec.generate,
		NewModel: func(e config.Effective) (llm.Model, error) { return namedModel{e.Model}, nil },
	}
	s := startSession(t, opts, lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, map[string]any{"tlaGen": map[string]any{"model": "m"}})
	runGenerate(t, s, src)

	spec := filepath.Join(dir, "Queue.tla")
	if _, err := s.client.WaitDiagnostics(s.ctx, fileURI(spec), nil); err != nil {
		t.Fatal(err)
	}
	before := len(s.client.Diagnostics(fileURI(spec)))
	text, err := os.ReadFile(spec)
	if err != nil {
		t.Fatal(err)
	}
	err = s.client.Notify(s.ctx, "textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": fileURI(spec), "languageId": "tlaplus", "version": 0, "text": string(text)},
	})
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for len(s.client.Diagnostics(fileURI(spec))) == before {
		if time.Now().After(deadline) {
			t.Fatalf("no diagnostics published for %s after it was opened (%d before)", filepath.Base(spec), before)
		}
		time.Sleep(10 * time.Millisecond)
	}
	got := s.client.Diagnostics(fileURI(spec))
	if last := got[len(got)-1]; len(last.Diagnostics) != 1 {
		t.Errorf("after opening: %+v, want the one marker error", last.Diagnostics)
	}
}
