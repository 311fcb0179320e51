package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
)

// brokenAnswer is answer with one SANY error (Undefined).
var brokenAnswer = strings.Replace(answer, "counter' = counter + 1", "counter' = Undefined + 1", 1)

func sanyErrors(p protocol.PublishDiagnosticsParams) int {
	n := 0
	for _, d := range p.Diagnostics {
		if d.Source == "sany" && d.Severity == protocol.DiagnosticSeverityError {
			n++
		}
	}
	return n
}

// TestServeRepairRound: with repair off, the model's broken answer is
// published with its error; with repair on, the same first answer is
// repaired in round 2: the repair request quotes the error and the
// module, the rounds show in $/progress and the generation log, and the
// spec's diagnostics go from one SANY error to none (the draft-conformance
// findings, source tla-gen, stay).
func TestServeRepairRound(t *testing.T) {
	requireRealChecker(t)
	model := llmtest.NewServer(t, llmtest.Text(brokenAnswer), llmtest.Text(brokenAnswer), llmtest.Text(answer))
	dir, src := workspace(t)
	p := startProcess(t, nil, keyEnv, lsptest.Options{})
	settings := modelSettings(model, map[string]any{"maxRepairRounds": 0})
	if _, err := p.client.Initialize(p.ctx, dir, lsptest.Capabilities{WorkDoneProgress: true, ShowDocument: true}, settings); err != nil {
		t.Fatal(err)
	}
	spec := filepath.Join(dir, "SpinLock.tla")

	// Before: repair disabled, the error stays.
	var first struct {
		Errors int `json:"errors"`
		Rounds int `json:"rounds"`
	}
	raw, err := generate(p, src)
	if err != nil {
		t.Fatalf("generate: %v (stderr %s)", err, p.stderr)
	}
	_ = json.Unmarshal(raw, &first)
	if first.Errors != 1 || first.Rounds != 1 {
		t.Fatalf("first generation reply %s", raw)
	}
	before, err := p.client.WaitDiagnostics(p.ctx, fileURI(spec), func(d protocol.PublishDiagnosticsParams) bool { return sanyErrors(d) == 1 })
	if err != nil {
		t.Fatal(err)
	}
	quoted := false
	for _, d := range before.Diagnostics {
		quoted = quoted || (d.Source == "sany" && strings.Contains(d.Message, "Undefined"))
	}
	if !quoted {
		t.Errorf("diagnostics before repair: %+v, want SANY's error about Undefined", before.Diagnostics)
	}

	// After: repair on (pushed setting), round 2 fixes it.
	if err := p.client.Notify(p.ctx, "workspace/didChangeConfiguration", map[string]any{
		"settings": map[string]any{"tlaGen": map[string]any{"maxRepairRounds": 2}},
	}); err != nil {
		t.Fatal(err)
	}
	var second struct {
		Errors  int    `json:"errors"`
		Rounds  int    `json:"rounds"`
		Kept    int    `json:"kept"`
		LogPath string `json:"logPath"`
	}
	raw, err = generate(p, src)
	if err != nil {
		t.Fatalf("generate: %v (stderr %s)", err, p.stderr)
	}
	_ = json.Unmarshal(raw, &second)
	if second.Errors != 0 || second.Rounds != 2 || second.Kept != 2 {
		t.Fatalf("second generation reply %s", raw)
	}
	after, err := p.client.WaitDiagnostics(p.ctx, fileURI(spec), func(d protocol.PublishDiagnosticsParams) bool { return sanyErrors(d) == 0 })
	if err != nil {
		t.Fatal(err)
	}
	conformance := 0
	for _, d := range after.Diagnostics {
		if d.Source == "tla-gen" {
			conformance++
		}
	}
	if conformance == 0 || conformance != len(after.Diagnostics) {
		t.Errorf("after repair: %+v, want only draft-conformance findings (the draft's Lock, Unlock, Increment have no action)", after.Diagnostics)
	}

	reqs := model.Requests()
	if len(reqs) != 3 {
		t.Fatalf("model requests = %d, want 3", len(reqs))
	}
	repair := reqs[2].Messages
	if len(repair) != 3 || repair[1].Role != "assistant" || repair[2].Role != "user" {
		t.Fatalf("the repair request is not a follow-up turn: %d messages", len(repair))
	}
	if !strings.Contains(repair[2].Content, "Undefined") || !strings.Contains(repair[2].Content, "MODULE SpinLock") {
		t.Errorf("the repair request does not quote the error and the module:\n%s", repair[2].Content)
	}

	var progress []string
	for _, r := range p.client.Progress() {
		var v struct {
			Value struct {
				Message string `json:"message"`
			} `json:"value"`
		}
		if json.Unmarshal(r, &v) == nil {
			progress = append(progress, v.Value.Message)
		}
	}
	if !strings.Contains(strings.Join(progress, "\n"), "Repair round 1/2: 1 error") {
		t.Errorf("progress lacks the repair round: %q", progress)
	}
	var logs []string
	for _, l := range p.client.Logs() {
		logs = append(logs, l.Message)
	}
	joined := strings.Join(logs, "\n")
	for _, want := range []string{"repair is disabled", "Repair round 1/2: 1 error", "round 2: 0 errors"} {
		if !strings.Contains(joined, want) {
			t.Errorf("generation log lacks %q:\n%s", want, joined)
		}
	}
	for _, name := range []string{"round-1.tla", "round-2.tla", "generation.log"} {
		if _, err := os.Stat(filepath.Join(dir, ".tla-gen", "SpinLock", name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	var shown struct {
		Path  string `json:"path"`
		Shown bool   `json:"shown"`
	}
	if err := p.client.Call(p.ctx, "workspace/executeCommand", map[string]any{"command": "tlaGen.showGenerationLog"}, &shown); err != nil {
		t.Fatal(err)
	}
	if shown.Path != second.LogPath || !shown.Shown {
		t.Errorf("showGenerationLog = %+v, want %s shown", shown, second.LogPath)
	}
	msg, err := p.client.WaitMessage(p.ctx, "after 1 repair round")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("final message: %s", msg.Message)
	checkNoKey(t, p, dir)
}

// TestServeOverwritePrompt: regenerating over a spec the user edited asks
// first; Overwrite writes the generated text (backup kept) without a
// second request to the model.
func TestServeOverwritePrompt(t *testing.T) {
	requireRealChecker(t)
	model := llmtest.NewServer(t, llmtest.Text(answer), llmtest.Text(answer))
	dir, src := workspace(t)
	p := startProcess(t, nil, keyEnv, lsptest.Options{Answer: func(string, []string) string { return "Overwrite (backup kept)" }})
	if _, err := p.client.Initialize(p.ctx, dir, lsptest.Capabilities{}, modelSettings(model, nil)); err != nil {
		t.Fatal(err)
	}
	if _, err := generate(p, src); err != nil {
		t.Fatal(err)
	}
	spec := filepath.Join(dir, "SpinLock.tla")
	generated, _ := os.ReadFile(spec)
	writeText(t, spec, string(generated)+"\\* my note\n")
	if _, err := generate(p, src); err != nil {
		t.Fatal(err)
	}
	if qs := p.client.Questions(); len(qs) != 1 || qs[0].Message != "SpinLock.tla was edited since it was generated." {
		t.Fatalf("questions %+v", qs)
	}
	if now, _ := os.ReadFile(spec); string(now) != string(generated) {
		t.Errorf("spec not overwritten:\n%s", now)
	}
	backups, _ := filepath.Glob(filepath.Join(dir, ".tla-gen", "SpinLock", "backup-*.tla"))
	if len(backups) != 1 {
		t.Errorf("backups %v", backups)
	}
	if n := len(model.Requests()); n != 2 {
		t.Errorf("model requests %d, want 2: the overwrite reuses the second answer", n)
	}
}
