package lsp_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
)

// javaStandIn writes a shell script that plays java running SANY: in the
// checked file's folder it prints FILE.out and exits with status 4.
func javaStandIn(t *testing.T) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the java stand-in is a shell script")
	}
	path := filepath.Join(t.TempDir(), "java")
	writeFile(t, path, "#!/bin/sh\nfor last; do :; done\ncat \"$last.out\"\nexit 4\n")
	if err := os.Chmod(path, 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

func sources(p protocol.PublishDiagnosticsParams) map[string]int {
	n := map[string]int{}
	for _, d := range p.Diagnostics {
		n[d.Source]++
	}
	return n
}

// TestDidSaveRunsTla2tools: with checker "tla2tools", saving a module runs
// real SANY (a stand-in here) and publishes its findings with source
// "sany (tla2tools)", in place of the native checker's; with "both", both
// are published; without Java, the user is told how to fix it.
func TestDidSaveRunsTla2tools(t *testing.T) {
	java := javaStandIn(t)
	jar := filepath.Join(t.TempDir(), "tla2tools.jar")
	writeFile(t, jar, "stand-in")
	dir := t.TempDir()
	spec := filepath.Join(dir, "Spec.tla")
	text := "---- MODULE Spec ----\nBAD == 1\nInit ==\t∧ y = 1\n====\n"
	writeFile(t, spec, text)
	writeFile(t, spec+".out", "Parsing file "+spec+"\nSemantic processing of module Spec\nSemantic errors:\n\n*** Errors: 1\n\n"+
		"line 3, col 11 to line 3, col 11 of module Spec\n\nUnknown operator: `y'.\n\n\n")

	s := startSession(t, lsp.Options{Check: markerCheck}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, map[string]any{"checker": "tla2tools", "tla2toolsJar": jar, "javaPath": java})
	s.open(spec, text)
	save := func() {
		t.Helper()
		if err := s.client.Notify(s.ctx, "textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": fileURI(spec)}}); err != nil {
			t.Fatal(err)
		}
	}
	save()
	got, err := s.client.WaitDiagnostics(s.ctx, fileURI(spec), func(p protocol.PublishDiagnosticsParams) bool {
		return sources(p)["sany (tla2tools)"] > 0
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Diagnostics) != 1 {
		t.Fatalf("published %v, want only real SANY's finding (the native one is not shown with checker tla2tools)", got.Diagnostics)
	}
	d := got.Diagnostics[0]
	// SANY's column 11 is after "Init ==", a TAB (to column 9), "∧" and a
	// space: LSP character 10.
	want := protocol.Range{Start: protocol.Position{Line: 2, Character: 10}, End: protocol.Position{Line: 2, Character: 11}}
	if d.Range != want || d.Message != "Unknown operator: `y'." || fmt.Sprint(d.Code) != "4200" || d.Severity != protocol.DiagnosticSeverityError {
		t.Errorf("diagnostic = %+v, want range %v and SYMBOL_UNDEFINED", d, want)
	}

	if err := s.client.Notify(s.ctx, "workspace/didChangeConfiguration", map[string]any{
		"settings": map[string]any{"tlaGen": map[string]any{"checker": "both", "tla2toolsJar": jar, "javaPath": java}},
	}); err != nil {
		t.Fatal(err)
	}
	save()
	if _, err := s.client.WaitDiagnostics(s.ctx, fileURI(spec), func(p protocol.PublishDiagnosticsParams) bool {
		n := sources(p)
		return n["sany (tla2tools)"] == 1 && n["sany"] == 1
	}); err != nil {
		t.Fatalf("checker both: %v; published %v", err, s.client.Diagnostics(fileURI(spec)))
	}

	if err := s.client.Notify(s.ctx, "workspace/didChangeConfiguration", map[string]any{
		"settings": map[string]any{"tlaGen": map[string]any{"checker": "both", "tla2toolsJar": jar, "javaPath": filepath.Join(dir, "no-java")}},
	}); err != nil {
		t.Fatal(err)
	}
	save()
	if _, err := s.client.WaitDiagnostics(s.ctx, fileURI(spec), func(p protocol.PublishDiagnosticsParams) bool {
		for _, d := range p.Diagnostics {
			if d.Source == "sany (tla2tools)" && strings.Contains(d.Message, "install a JRE or set tlaGen.javaPath") {
				return true
			}
		}
		return false
	}); err != nil {
		t.Fatalf("without java: %v; published %v", err, s.client.Diagnostics(fileURI(spec)))
	}

	if err := s.client.Notify(s.ctx, "workspace/didChangeConfiguration", map[string]any{
		"settings": map[string]any{"tlaGen": map[string]any{"checker": "native"}},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.client.WaitDiagnostics(s.ctx, fileURI(spec), func(p protocol.PublishDiagnosticsParams) bool {
		n := sources(p)
		return n["sany (tla2tools)"] == 0 && n["sany"] == 1
	}); err != nil {
		t.Fatalf("back to native: %v; published %v", err, s.client.Diagnostics(fileURI(spec)))
	}
}
