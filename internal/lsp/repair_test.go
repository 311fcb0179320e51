package lsp_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
)

// brokenSpinLock is spinLockModule with one SANY error: Undefined.
var brokenSpinLock = strings.Replace(spinLockModule, "counter' = counter + 1", "counter' = Undefined + 1", 1)

func progressMessages(raw []json.RawMessage) []string {
	var out []string
	for _, r := range raw {
		var p struct {
			Value struct {
				Message string `json:"message"`
			} `json:"value"`
		}
		if json.Unmarshal(r, &p) == nil && p.Value.Message != "" {
			out = append(out, p.Value.Message)
		}
	}
	return out
}

func containsLine(lines []string, substr string) bool {
	for _, l := range lines {
		if strings.Contains(l, substr) {
			return true
		}
	}
	return false
}

// TestRepairRoundVisible: a first answer with a SANY error is repaired in
// round 2; the rounds show in $/progress and in the generation log
// (window/logMessage), tlaGen.showGenerationLog opens the log, and the
// spec's diagnostics hold the conformance findings (source tla-gen) and,
// after an edit, SANY's too, in one publication.
func TestRepairRoundVisible(t *testing.T) {
	dir, src := spinlockWorkspace(t)
	model := &scriptedModel{replies: []string{"```tla\n" + brokenSpinLock + "```\n", "```tla\n" + spinLockModule + "```\n"}}
	s := startSession(t, modelOptions(model), lsptest.Options{})
	s.initialize(lsptest.Capabilities{WorkDoneProgress: true, ShowDocument: true}, map[string]any{"model": "m", "debounceMillis": 10})
	reply := runGenerate(t, s, src)
	if reply["rounds"] != 2.0 || reply["kept"] != 2.0 || reply["errors"] != 0.0 {
		t.Errorf("reply = %v", reply)
	}
	if model.calls() != 2 {
		t.Fatalf("model calls = %d, want 2", model.calls())
	}
	if repair := model.reqs[1].Messages; len(repair) != 3 || !strings.Contains(repair[2].Content, "Undefined") {
		t.Errorf("the repair request does not quote the error: %+v", repair)
	}
	progress := progressMessages(s.client.Progress())
	if !containsLine(progress, "Repair round 1/3: 1 error") {
		t.Errorf("progress lacks the repair round: %q", progress)
	}
	var logs []string
	for _, l := range s.client.Logs() {
		logs = append(logs, l.Message)
	}
	for _, want := range []string{"round 1: 1 error", "round 2: 0 errors", "Repair round 1/3"} {
		if !containsLine(logs, want) {
			t.Errorf("generation log lacks %q: %q", want, logs)
		}
	}
	msg, err := s.client.WaitMessage(s.ctx, "Wrote SpinLock.tla")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msg.Message, "after 1 repair round (kept round 2)") || !strings.Contains(msg.Message, "SANY found no errors") ||
		!strings.Contains(msg.Message, "draft-conformance check found") {
		t.Errorf("final message %q", msg.Message)
	}

	spec := filepath.Join(dir, "SpinLock.tla")
	specURI := protocol.DocumentURI(reply["specUri"].(string))
	got, err := s.client.WaitDiagnostics(s.ctx, specURI, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := countSource(got.Diagnostics, "tla-gen"); n == 0 || n != len(got.Diagnostics) {
		t.Errorf("after generation: %+v, want only conformance findings", got.Diagnostics)
	}

	// The log command opens .tla-gen/SpinLock/generation.log.
	var shown struct {
		Path  string `json:"path"`
		Shown bool   `json:"shown"`
	}
	if err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{
		"command": "tlaGen.showGenerationLog", "arguments": []any{map[string]any{"uri": specURI}},
	}, &shown); err != nil {
		t.Fatal(err)
	}
	wantLog := filepath.Join(dir, ".tla-gen", "SpinLock", "generation.log")
	if shown.Path != wantLog || !shown.Shown {
		t.Errorf("showGenerationLog = %+v, want %s shown", shown, wantLog)
	}
	docs := s.client.ShownDocuments()
	if last := docs[len(docs)-1]; !strings.HasSuffix(string(last.URI), "/.tla-gen/SpinLock/generation.log") {
		t.Errorf("shown %v", last)
	}
	if text, _ := os.ReadFile(wantLog); !strings.Contains(string(text), "round 2: 0 errors") {
		t.Errorf("generation.log:\n%s", text)
	}

	// An edit that breaks the spec: SANY's error and the conformance
	// findings arrive together.
	s.open(spec, brokenSpinLock)
	got, err = s.client.WaitDiagnostics(s.ctx, specURI, func(p protocol.PublishDiagnosticsParams) bool {
		return countSource(p.Diagnostics, "sany") > 0
	})
	if err != nil {
		t.Fatal(err)
	}
	if countSource(got.Diagnostics, "tla-gen") == 0 {
		t.Errorf("conformance findings missing beside SANY's: %+v", got.Diagnostics)
	}
}

func countSource(diags []protocol.Diagnostic, source string) int {
	n := 0
	for _, d := range diags {
		if d.Source == source {
			n++
		}
	}
	return n
}

// TestDraftSaveRechecksConformance: saving the draft re-checks the open
// specs generated from it, so the draft-conformance findings follow it.
func TestDraftSaveRechecksConformance(t *testing.T) {
	dir, src := spinlockWorkspace(t)
	model := &scriptedModel{replies: []string{"```tla\n" + spinLockModule + "```\n"}}
	s := startSession(t, modelOptions(model), lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, map[string]any{"model": "m", "debounceMillis": 10})
	runGenerate(t, s, src)
	spec := filepath.Join(dir, "SpinLock.tla")
	s.open(spec, spinLockModule)
	mentions := func(p protocol.PublishDiagnosticsParams, what string) bool {
		for _, d := range p.Diagnostics {
			if d.Source == "tla-gen" && strings.Contains(d.Message, what) {
				return true
			}
		}
		return false
	}
	if _, err := s.client.WaitDiagnostics(s.ctx, fileURI(spec), func(p protocol.PublishDiagnosticsParams) bool {
		return p.Version == 1 && mentions(p, "`Increment`")
	}); err != nil {
		t.Fatal(err)
	}
	draftPath := filepath.Join(dir, "spinlock.draft.md")
	text, _ := os.ReadFile(draftPath)
	writeFile(t, draftPath, strings.Replace(string(text), "- `Increment`:", "- `Incr`:", 1))
	if err := s.client.Notify(s.ctx, "textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": fileURI(draftPath)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.client.WaitDiagnostics(s.ctx, fileURI(spec), func(p protocol.PublishDiagnosticsParams) bool {
		return mentions(p, "`Incr`") && !mentions(p, "`Increment`")
	}); err != nil {
		t.Fatal(err)
	}
}

// TestRepairThroughOpenBuffer: with the spec open and edits going through
// workspace/applyEdit, each repair round's edit names the buffer's
// version after the previous round's edit, which the editor reports with
// a didChange after its applyEdit reply.
func TestRepairThroughOpenBuffer(t *testing.T) {
	dir, src := spinlockWorkspace(t)
	model := &scriptedModel{replies: []string{
		"```tla\n" + spinLockModule + "```\n",
		"```tla\n" + brokenSpinLock + "```\n",
		"```tla\n" + spinLockModule + "```\n",
	}}
	// The editor reports the edit well after its reply, long after the
	// next round is ready to be written.
	s := startSession(t, modelOptions(model), lsptest.Options{DidChangeDelay: 400 * time.Millisecond})
	s.initialize(lsptest.Capabilities{ApplyEditCreate: true}, map[string]any{"model": "m"})
	runGenerate(t, s, src)
	spec := filepath.Join(dir, "SpinLock.tla")
	if err := s.client.OpenBuffer(s.ctx, spec, "tlaplus"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.client.WaitDiagnostics(s.ctx, fileURI(spec), func(p protocol.PublishDiagnosticsParams) bool { return p.Version == 1 }); err != nil {
		t.Fatal(err)
	}
	reply := runGenerate(t, s, src)
	if errs := s.client.EditErrors(); len(errs) != 0 {
		t.Fatalf("edits rejected: %v", errs)
	}
	if reply["rounds"] != 2.0 || reply["kept"] != 2.0 || reply["errors"] != 0.0 {
		t.Errorf("reply = %v", reply)
	}
	if text, _ := os.ReadFile(spec); string(text) != spinLockModule {
		t.Errorf("spec:\n%s", text)
	}
}
