package lsp_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// TestWatchedFilesRecheckImporters: the server registers a watcher for
// modules; a change on disk to a module re-checks the open modules that
// import it, and only those.
func TestWatchedFilesRecheckImporters(t *testing.T) {
	dir := t.TempDir()
	main, lib, other := filepath.Join(dir, "Main.tla"), filepath.Join(dir, "Lib.tla"), filepath.Join(dir, "Other.tla")
	writeFile(t, lib, "---- MODULE Lib ----\n====\n")
	writeFile(t, main, "---- MODULE Main ----\nEXTENDS Lib\n====\n")
	writeFile(t, other, "---- MODULE Other ----\n====\n")
	var mu sync.Mutex
	checks := map[string]int{}
	counted := func(ctx context.Context, cfg sany.Config, path string) ([]sany.Diagnostic, error) {
		mu.Lock()
		checks[filepath.Base(path)]++
		mu.Unlock()
		return markerCheck(ctx, cfg, path)
	}
	checksOf := func(name string) int {
		mu.Lock()
		defer mu.Unlock()
		return checks[name]
	}
	s := startSession(t, lsp.Options{Check: counted}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{WatchedFiles: true}, nil)
	reg, err := s.client.WaitRegistration(s.ctx, "workspace/didChangeWatchedFiles")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(reg.RegisterOptions), `"globPattern":"**/*.tla"`) {
		t.Errorf("registration options %s", reg.RegisterOptions)
	}
	s.open(main, "---- MODULE Main ----\nEXTENDS Lib\n====\n")
	s.open(other, "---- MODULE Other ----\n====\n")
	for _, p := range []string{main, other} {
		if _, err := s.client.WaitDiagnostics(s.ctx, fileURI(p), nil); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(400 * time.Millisecond) // let the open's debounced re-checks settle
	otherBefore := checksOf("Other.tla")

	writeFile(t, lib, "---- MODULE Lib ----\nX == BAD\n====\n")
	change := func(path string, kind int) {
		t.Helper()
		if err := s.client.Notify(s.ctx, "workspace/didChangeWatchedFiles", map[string]any{
			"changes": []any{map[string]any{"uri": fileURI(path), "type": kind}},
		}); err != nil {
			t.Fatal(err)
		}
	}
	change(lib, 2)
	got, err := s.client.WaitDiagnostics(s.ctx, fileURI(lib), func(p protocol.PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 1 })
	if err != nil {
		t.Fatal(err)
	}
	if raw, _ := json.Marshal(got.Diagnostics[0]); !strings.Contains(string(raw), "marker found") {
		t.Errorf("Lib diagnostic %s", raw)
	}
	// A change of a module nobody imports re-checks nothing.
	change(filepath.Join(dir, "Unrelated.tla"), 2)
	time.Sleep(100 * time.Millisecond)
	if n := checksOf("Other.tla"); n != otherBefore {
		t.Errorf("Other.tla, which imports nothing, was re-checked (%d → %d checks)", otherBefore, n)
	}
	// Creating a module re-checks every open module (one may lack it).
	change(filepath.Join(dir, "New.tla"), 1)
	deadline := time.Now().Add(5 * time.Second)
	for checksOf("Other.tla") == otherBefore && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if checksOf("Other.tla") == otherBefore {
		t.Error("creating a module did not re-check the open modules")
	}
}

// TestWatchedFilesNotRegisteredWithoutSupport: no registration is sent to
// a client that did not offer dynamic registration.
func TestWatchedFilesNotRegisteredWithoutSupport(t *testing.T) {
	s := startSession(t, lsp.Options{Check: markerCheck}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, nil)
	if err := s.client.Call(s.ctx, "textDocument/codeLens", map[string]any{"textDocument": map[string]any{"uri": "file:///x.go"}}, nil); err != nil {
		t.Fatal(err)
	}
	for _, m := range s.client.Requests() {
		if m == "client/registerCapability" {
			t.Error("registerCapability sent to a client without dynamic registration")
		}
	}
}
