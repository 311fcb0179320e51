package lsp_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
)

// tracedSpinLock models two of the draft's core functions: Lock by name,
// Unlock up to case (unlock); Increment has no action.
const tracedSpinLock = "---- MODULE SpinLock ----\nEXTENDS Naturals\nVARIABLES locked, counter\n" +
	"vars == <<locked, counter>>\n" +
	"Init == locked = FALSE /\\ counter = 0\n" +
	"Lock == locked = FALSE /\\ locked' = TRUE /\\ UNCHANGED counter\n" +
	"unlock == locked = TRUE /\\ locked' = FALSE /\\ counter' = counter + 1\n" +
	"Next == Lock \\/ unlock\n" +
	"Spec == Init /\\ [][Next]_vars\n====\n"

func codeLenses(t *testing.T, s *session, path string) []protocol.CodeLens {
	t.Helper()
	var out []protocol.CodeLens
	if err := s.client.Call(s.ctx, "textDocument/codeLens", map[string]any{
		"textDocument": map[string]any{"uri": fileURI(path)},
	}, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func lensTitles(lenses []protocol.CodeLens) string {
	var out []string
	for _, l := range lenses {
		out = append(out, l.Command.Title)
	}
	return strings.Join(out, " | ")
}

// TestCodeLensTrace: a generated spec and its source carry lenses to each
// other, at the action and at the function, and running one shows the
// other side with the selection.
func TestCodeLensTrace(t *testing.T) {
	dir, src := spinlockWorkspace(t)
	model := &scriptedModel{replies: []string{"```tla\n" + tracedSpinLock + "```\n"}}
	s := startSession(t, modelOptions(model), lsptest.Options{})
	s.initialize(lsptest.Capabilities{ShowDocument: true, CodeLens: true}, map[string]any{"model": "m"})
	runGenerate(t, s, src)
	spec := filepath.Join(dir, "SpinLock.tla")

	specLenses := openLocationLenses(codeLenses(t, s, spec))
	if got := lensTitles(specLenses); got != "↔ Lock (spinlock.go:28) | ↔ Unlock (spinlock.go:36)" {
		t.Fatalf("spec lenses = %s", got)
	}
	if r := specLenses[1].Range; r.Start.Line != 6 || r.Start.Character != 0 || r.End.Character != 6 {
		t.Errorf("the unlock lens is at %+v, want line 6, the name unlock", r)
	}
	srcLenses := codeLenses(t, s, src)
	if got := lensTitles(srcLenses); got != "→ Lock in SpinLock.tla | → unlock in SpinLock.tla" {
		t.Fatalf("source lenses = %s", got)
	}
	if r := srcLenses[0].Range; r.Start.Line != 27 {
		t.Errorf("the Lock lens is on line %d, want 27 (0-based)", r.Start.Line)
	}

	// Running the spec's lens opens the source at the function.
	c := specLenses[0].Command
	var loc protocol.Location
	if err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{
		"command": c.Command, "arguments": c.Arguments,
	}, &loc); err != nil {
		t.Fatal(err)
	}
	shown := s.client.ShownDocuments()
	last := shown[len(shown)-1]
	if !strings.HasSuffix(string(last.URI), "/spinlock.go") || last.Selection == nil || last.Selection.Start.Line != 27 {
		raw, _ := json.Marshal(last)
		t.Errorf("shown %s, want spinlock.go at line 27", raw)
	}

	// An edit of the open spec moves its lenses with the buffer.
	s.open(spec, "\n\n"+tracedSpinLock)
	if got := openLocationLenses(codeLenses(t, s, spec)); len(got) != 2 || got[0].Range.Start.Line != 7 {
		t.Errorf("lenses after the edit: %+v", got)
	}
	// A .tla file that was not generated has none.
	other := filepath.Join(dir, "Other.tla")
	writeFile(t, other, "---- MODULE Other ----\n====\n")
	if got := openLocationLenses(codeLenses(t, s, other)); len(got) != 0 {
		t.Errorf("lenses on a hand-written module: %s", lensTitles(got))
	}
}

// openLocationLenses keeps the traceability lenses (the model-checking
// lens has its own tests).
func openLocationLenses(lenses []protocol.CodeLens) []protocol.CodeLens {
	var out []protocol.CodeLens
	for _, l := range lenses {
		if l.Command != nil && l.Command.Command == "tlaGen.openLocation" {
			out = append(out, l)
		}
	}
	return out
}
