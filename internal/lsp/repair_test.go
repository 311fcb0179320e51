package lsp_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
