package lsp_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
)

// counterModule counts to Max and back to 0; Small (count < Max) fails
// when count reaches Max, after three Incr steps, and Decr is never
// enabled.
const counterModule = `---- MODULE Counter ----
EXTENDS Naturals
CONSTANT Max
VARIABLE count
vars == <<count>>
TypeOK == count \in 0..Max
Init == count = 0
Incr == count < Max /\ count' = count + 1
Reset == count = Max /\ count' = 0
Decr == count > Max /\ count' = count - 1
Next == Incr \/ Reset \/ Decr
Spec == Init /\ [][Next]_vars
Small == count < Max
====
`

const counterConfig = "SPECIFICATION Spec\nCONSTANT Max = 3\nINVARIANTS TypeOK Small\n"

// TestCfgDiagnostics: an open .cfg gets TLC's syntax errors at their
// position, then, once it parses, the names its module does not define
// and the constants it leaves without a value; fixing it clears them.
func TestCfgDiagnostics(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "Counter.tla"), counterModule)
	cfgPath := filepath.Join(dir, "Counter.cfg")
	s := startSession(t, lsp.Options{}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, map[string]any{"debounceMillis": 10})

	s.open(cfgPath, "SPECIFICATION Spec\nCONSTANT Max = -1\nINVARIANT TypeOK\n")
	got := waitCfgDiagnostics(t, s, cfgPath, func(ds []protocol.Diagnostic) bool { return len(ds) > 0 })
	if d := got[0]; !strings.Contains(d.Message, "negative integers") || d.Range.Start.Line != 1 || d.Range.Start.Character != 15 || d.Source != "tlc" {
		t.Errorf("syntax error %+v", d)
	}

	change(t, s, cfgPath, 2, "SPECIFICATION Spec\nINVARIANT TypeOK Missing\n")
	got = waitCfgDiagnostics(t, s, cfgPath, func(ds []protocol.Diagnostic) bool { return len(ds) == 2 })
	messages := got[0].Message + " | " + got[1].Message
	if !strings.Contains(messages, "INVARIANT Missing: module Counter defines no operator Missing") || !strings.Contains(messages, "constant Max (Counter.tla:3) has no value") {
		t.Errorf("problems: %s", messages)
	}
	for _, d := range got {
		if strings.Contains(d.Message, "Missing") && (d.Range.Start.Line != 1 || d.Range.Start.Character != 17 || d.Range.End.Character != 24) {
			t.Errorf("undefined name at %+v, want line 1 columns 17-24", d.Range)
		}
	}

	change(t, s, cfgPath, 3, counterConfig)
	waitCfgDiagnostics(t, s, cfgPath, func(ds []protocol.Diagnostic) bool { return len(ds) == 0 })

	// A .cfg without its module beside it is not a TLC model (setup.cfg):
	// it is left alone.
	other := filepath.Join(dir, "setup.cfg")
	s.open(other, "[metadata]\nname = x\n")
	s.open(filepath.Join(dir, "Probe.cfg"), "INIT(*x*)")
	writeFile(t, filepath.Join(dir, "Probe.tla"), "---- MODULE Probe ----\n====\n")
	change(t, s, filepath.Join(dir, "Probe.cfg"), 2, "INIT")
	waitCfgDiagnostics(t, s, filepath.Join(dir, "Probe.cfg"), func(ds []protocol.Diagnostic) bool { return len(ds) > 0 })
	if got := s.client.Diagnostics(fileURI(other)); len(got) > 0 && len(got[len(got)-1].Diagnostics) > 0 {
		t.Errorf("setup.cfg got diagnostics: %+v", got)
	}
}

func change(t *testing.T, s *session, path string, version int, text string) {
	t.Helper()
	err := s.client.Notify(s.ctx, "textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": fileURI(path), "version": version},
		"contentChanges": []any{map[string]any{"text": text}},
	})
	if err != nil {
		t.Fatal(err)
	}
}

func waitCfgDiagnostics(t *testing.T, s *session, path string, ok func([]protocol.Diagnostic) bool) []protocol.Diagnostic {
	t.Helper()
	p, err := s.client.WaitDiagnostics(s.ctx, fileURI(path), func(p protocol.PublishDiagnosticsParams) bool { return ok(p.Diagnostics) })
	if err != nil {
		t.Fatalf("%v; published: %+v", err, s.client.Diagnostics(fileURI(path)))
	}
	return p.Diagnostics
}

// TestModelCheckCommand runs the lens's command on a spec whose invariant
// fails: progress, the violation as a diagnostic of source tlc at the
// invariant with one relatedInformation per trace step, the coverage
// warning on the never-enabled action, trace.tla written and shown, and
// the trace rows in the reply.
func TestModelCheckCommand(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "Counter.tla")
	writeFile(t, spec, counterModule)
	s := startSession(t, lsp.Options{}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{WorkDoneProgress: true, ShowDocument: true, CodeLens: true}, nil)

	// Without a .cfg the lens offers to write one; the command does.
	lenses := codeLenses(t, s, spec)
	if len(lenses) == 0 || lenses[0].Command.Command != "tlaGen.generateConfig" || lenses[0].Range.Start.Line != 11 {
		t.Fatalf("lenses without a .cfg: %+v", lenses)
	}
	var cfgReply map[string]any
	if err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{"command": "tlaGen.generateConfig", "arguments": []any{map[string]any{"uri": fileURI(spec)}}}, &cfgReply); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "Counter.cfg")); err != nil {
		t.Fatalf("generateConfig wrote no .cfg: %v (%v)", err, cfgReply)
	}
	writeFile(t, filepath.Join(dir, "Counter.cfg"), counterConfig)
	lenses = codeLenses(t, s, spec)
	if len(lenses) == 0 || lenses[0].Command.Title != "▶ Model check" || lenses[0].Command.Command != "tlaGen.modelCheck" {
		t.Fatalf("lenses with a .cfg: %+v", lenses)
	}

	var reply struct {
		Result, Summary, Violation string
		TraceURI                   string `json:"traceUri"`
		Trace                      []struct {
			State     int
			Action    string
			Variables []struct {
				Name, Value string
				Changed     bool
			}
		}
	}
	err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{"command": lenses[0].Command.Command, "arguments": lenses[0].Command.Arguments}, &reply)
	if err != nil && strings.Contains(err.Error(), "not built") {
		t.Skip("the model checker is not built in (tlc.Check returns ErrNotImplemented until the engine is merged)")
	}
	if err != nil {
		t.Fatal(err)
	}
	if reply.Result != "safety failure" || reply.Violation != "Invariant Small is violated." || len(reply.Trace) != 4 {
		t.Fatalf("reply %+v", reply)
	}
	if last := reply.Trace[3]; last.Action != "Incr" || last.Variables[0].Value != "3" || !last.Variables[0].Changed {
		t.Errorf("last trace row %+v", last)
	}

	diags := waitCfgDiagnostics(t, s, spec, func(ds []protocol.Diagnostic) bool {
		for _, d := range ds {
			if d.Source == "tlc" {
				return true
			}
		}
		return false
	})
	var violation *protocol.Diagnostic
	for i := range diags {
		if diags[i].Source == "tlc" {
			violation = &diags[i]
		}
	}
	if violation.Range.Start.Line != 12 || !strings.Contains(violation.Message, "Invariant Small is violated.") || len(violation.RelatedInformation) != 4 {
		t.Errorf("violation diagnostic %+v", violation)
	}
	if r := violation.RelatedInformation[3]; r.Location.Range.Start.Line != 7 || !strings.Contains(r.Message, "State 4: Incr — count = 3 (changed: count)") {
		t.Errorf("last step %+v, want Incr on line 8", r)
	}
	// The coverage warning comes with the complete search of the rest.
	// (This single run stops at the violation, so it has none.)

	shown := s.client.Shown()
	if len(shown) == 0 || !strings.HasSuffix(string(shown[len(shown)-1]), "/.tla-gen/Counter/trace.tla") || string(shown[len(shown)-1]) != reply.TraceURI {
		t.Errorf("shown %v, want the trace %s", shown, reply.TraceURI)
	}
	trace, err := os.ReadFile(filepath.Join(dir, ".tla-gen", "Counter", "trace.tla"))
	if err != nil || !strings.Contains(string(trace), "/\\ count = 3    <- changed") {
		t.Errorf("trace.tla: %v\n%s", err, trace)
	}
	if progress := progressMessages(s.client.Progress()); !containsLine(progress, "Parses · runs") {
		t.Errorf("progress does not end with the summary: %q", progress)
	}

	// The quick fix is offered on the violation when a model is configured.
	fixes := codeActionsFor(t, s, spec, []protocol.Diagnostic{*violation})
	if strings.Contains(titles(fixes), "Ask the model to fix the spec for this trace") {
		t.Errorf("the quick fix is offered without a model: %s", titles(fixes))
	}
}

// TestModelCheckCoverage: a spec that holds gets the coverage warning on
// its never-enabled action, and no tlc diagnostic.
func TestModelCheckCoverage(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "Counter.tla")
	writeFile(t, spec, strings.Replace(counterModule, "Small == count < Max", "Small == count <= Max", 1))
	writeFile(t, filepath.Join(dir, "Counter.cfg"), counterConfig)
	s := startSession(t, lsp.Options{}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, nil)
	var reply map[string]any
	err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{"command": "tlaGen.modelCheck", "arguments": []any{fileURI(filepath.Join(dir, "Counter.cfg"))}}, &reply)
	if err != nil && strings.Contains(err.Error(), "not built") {
		t.Skip("the model checker is not built in (tlc.Check returns ErrNotImplemented until the engine is merged)")
	}
	if err != nil {
		t.Fatal(err)
	}
	if reply["summary"] != "parses · runs (4 states, depth 4) · 2 of 2 properties hold" {
		t.Errorf("reply %v", reply)
	}
	diags := waitCfgDiagnostics(t, s, spec, func(ds []protocol.Diagnostic) bool { return len(ds) > 0 })
	if len(diags) != 1 || diags[0].Source != "tla-gen" || diags[0].Message != "action Decr is never enabled in 4 reachable states" || diags[0].Range.Start.Line != 9 {
		raw, _ := json.Marshal(diags)
		t.Errorf("diagnostics %s", raw)
	}
}

// TestModelCheckFailsAsAReply: a spec without a .cfg cannot be checked,
// and the command says so in its error reply.
func TestModelCheckFailsAsAReply(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "Counter.tla")
	writeFile(t, spec, counterModule)
	s := startSession(t, lsp.Options{}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, nil)
	err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{"command": "tlaGen.modelCheck", "arguments": []any{fileURI(spec)}}, nil)
	if err == nil || !strings.Contains(err.Error(), "Generate model config") {
		t.Errorf("error %v, want the missing configuration", err)
	}
}

func codeActionsFor(t *testing.T, s *session, path string, diags []protocol.Diagnostic) []protocol.CodeAction {
	t.Helper()
	var out []protocol.CodeAction
	err := s.client.Call(s.ctx, "textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": fileURI(path)},
		"range":        protocol.Range{},
		"context":      map[string]any{"diagnostics": diags},
	}, &out)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestFixTraceOnRequest: with a model, the violation offers "Ask the model
// to fix the spec for this trace"; running it sends the violation and the
// trace, writes the corrected spec and checks it again.
func TestFixTraceOnRequest(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "Counter.tla")
	writeFile(t, spec, counterModule)
	writeFile(t, filepath.Join(dir, "Counter.cfg"), counterConfig)
	fixed := strings.Replace(counterModule, "Small == count < Max", "Small == count <= Max", 1)
	model := &scriptedModel{replies: []string{"```tla\n" + fixed + "```\n"}}
	// The spec was written by hand: the server asks before replacing it.
	s := startSession(t, modelOptions(model), lsptest.Options{Answer: func(_ string, titles []string) string { return titles[0] }})
	s.initialize(lsptest.Capabilities{}, map[string]any{"model": "m"})
	err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{"command": "tlaGen.modelCheck", "arguments": []any{fileURI(spec)}}, nil)
	if err != nil && strings.Contains(err.Error(), "not built") {
		t.Skip("the model checker is not built in (tlc.Check returns ErrNotImplemented until the engine is merged)")
	}
	if err != nil {
		t.Fatal(err)
	}
	diags := waitCfgDiagnostics(t, s, spec, func(ds []protocol.Diagnostic) bool { return len(ds) > 0 && ds[0].Source == "tlc" })
	fixes := codeActionsFor(t, s, spec, diags[:1])
	var fix *protocol.CodeAction
	for i := range fixes {
		if fixes[i].Title == "Ask the model to fix the spec for this trace" {
			fix = &fixes[i]
		}
	}
	if fix == nil || fix.Kind != protocol.QuickFix || fix.Command.Command != "tlaGen.fixTrace" {
		t.Fatalf("no quick fix among %s", titles(fixes))
	}
	if model.calls() != 0 {
		t.Fatal("the finding was sent to the model before the user asked")
	}
	var reply map[string]any
	if err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{"command": fix.Command.Command, "arguments": fix.Command.Arguments}, &reply); err != nil {
		t.Fatal(err)
	}
	if model.calls() != 1 {
		t.Fatalf("model calls %d", model.calls())
	}
	sent := model.reqs[0].Messages[0].Content
	for _, want := range []string{"Invariant Small is violated.", "State 4: <Incr line 8, col 9 to line 8, col 41 of module Counter>\ncount = 3\n", "Small == count < Max"} {
		if !strings.Contains(sent, want) {
			t.Errorf("the request lacks %q:\n%s", want, sent)
		}
	}
	if qs := s.client.Questions(); len(qs) != 1 || !strings.Contains(qs[0].Message, "Counter.tla was not written by tla-gen-lsp") {
		t.Errorf("questions %+v", qs)
	}
	if data, _ := os.ReadFile(spec); string(data) != fixed {
		t.Errorf("spec not rewritten:\n%s", data)
	}
	if reply["written"] != true || reply["summary"] != "parses · runs (4 states, depth 4) · 2 of 2 properties hold" {
		t.Errorf("reply %v", reply)
	}
}

// TestModelCheckOnSave: with modelCheckOnSave, a save starts a background
// check (its verdict is published); an edit cancels a check still running
// (here an endless one: the counter has no bound and neither has the search).
func TestModelCheckOnSave(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "Counter.tla")
	writeFile(t, spec, counterModule)
	writeFile(t, filepath.Join(dir, "Counter.cfg"), counterConfig)
	endless := filepath.Join(dir, "Endless.tla")
	writeFile(t, endless, "---- MODULE Endless ----\nEXTENDS Naturals\nVARIABLE x\nSpec == x = 0 /\\ [][x' = x + 1]_x\n====\n")
	writeFile(t, filepath.Join(dir, "Endless.cfg"), "SPECIFICATION Spec\n")
	s := startSession(t, lsp.Options{}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{WorkDoneProgress: true}, map[string]any{
		"modelCheckOnSave": true, "modelCheckMaxStates": -1, "modelCheckTimeout": -1, "debounceMillis": 10,
	})
	save := func(path string) {
		if err := s.client.Notify(s.ctx, "textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": fileURI(path)}}); err != nil {
			t.Fatal(err)
		}
	}
	s.open(spec, counterModule)
	save(spec)
	diags := waitCfgDiagnostics(t, s, spec, func(ds []protocol.Diagnostic) bool { return len(ds) > 0 && ds[0].Source == "tlc" })
	if !strings.Contains(diags[0].Message, "Invariant Small is violated.") {
		t.Errorf("on-save verdict %+v", diags[0])
	}

	s.open(endless, "---- MODULE Endless ----\nEXTENDS Naturals\nVARIABLE x\nSpec == x = 0 /\\ [][x' = x + 1]_x\n====\n")
	before := len(progressMessages(s.client.Progress()))
	save(endless)
	waitProgress(t, s, func(msgs []string) bool { return containsLine(msgs[before:], "distinct states (") })
	change(t, s, endless, 2, "---- MODULE Endless ----\nEXTENDS Naturals\nVARIABLE x\nSpec == x = 0 /\\ [][x' = x + 2]_x\n====\n")
	waitProgress(t, s, func(msgs []string) bool { return containsLine(msgs, "Cancelled") })
}

// waitProgress waits until the $/progress messages satisfy ok.
func waitProgress(t *testing.T, s *session, ok func([]string) bool) {
	t.Helper()
	for i := 0; i < 200; i++ {
		if ok(progressMessages(s.client.Progress())) {
			return
		}
		select {
		case <-s.ctx.Done():
			t.Fatalf("progress: %q", progressMessages(s.client.Progress()))
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("progress: %q\nserver log:\n%s", progressMessages(s.client.Progress()), s.log.String())
}

// TestGenerateRunsTheRuntimePhase: the editor's generation model-checks the
// new spec; the finding is published (source tlc) beside SANY's and the
// conformance diagnostics, the reply carries the phases line, and the model
// is asked only for the spec and its configuration.
func TestGenerateRunsTheRuntimePhase(t *testing.T) {
	dir, src := spinlockWorkspace(t)
	racy, err := os.ReadFile(filepath.Join("..", "..", "examples", "atm", "Atm.tla"))
	if err != nil {
		t.Fatal(err)
	}
	config := "```cfg\nSPECIFICATION Spec\nCONSTANTS ATMs = {atm1, atm2} Amount = 10 Initial = 10\nINVARIANTS TypeOK NoOverdraft\n```"
	model := &scriptedModel{replies: []string{"```tla\n" + string(racy) + "```\n", config}}
	s := startSession(t, modelOptions(model), lsptest.Options{})
	s.initialize(lsptest.Capabilities{WorkDoneProgress: true}, map[string]any{"model": "m", "modelCheckAfterGenerate": true})
	reply := runGenerate(t, s, src)
	summary, _ := reply["summary"].(string)
	if strings.Contains(summary, "not built") {
		t.Skip("the model checker is not built in (tlc.Check returns ErrNotImplemented until the engine is merged)")
	}
	if summary != "parses · runs (9 states, depth 5) · 1 of 2 properties hold" || model.calls() != 2 {
		t.Fatalf("summary %q after %d model calls", summary, model.calls())
	}
	spec := filepath.Join(dir, "Atm.tla")
	diags := waitCfgDiagnostics(t, s, spec, func(ds []protocol.Diagnostic) bool {
		for _, d := range ds {
			if d.Source == "tlc" && strings.Contains(d.Message, "Invariant NoOverdraft is violated.") && len(d.RelatedInformation) == 5 {
				return true
			}
		}
		return false
	})
	sources := map[string]bool{}
	for _, d := range diags {
		sources[d.Source] = true
	}
	if !sources["tla-gen"] {
		t.Errorf("the conformance diagnostics went missing: %+v", diags)
	}
	if progress := progressMessages(s.client.Progress()); !containsLine(progress, "Model checking Atm.tla with Atm.cfg") {
		t.Errorf("progress lacks the runtime phase: %q", progress)
	}
}

// TestTraceRowsLinkTheSourceFunctions: in a generated spec, each trace
// step's row names the source function its action models (the links of
// the code lenses), for the VS Code trace view.
func TestTraceRowsLinkTheSourceFunctions(t *testing.T) {
	dir, src := spinlockWorkspace(t)
	model := &scriptedModel{replies: []string{"```tla\n" + tracedSpinLock + "```\n"}}
	s := startSession(t, modelOptions(model), lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, map[string]any{"model": "m"})
	runGenerate(t, s, src)
	spec := filepath.Join(dir, "SpinLock.tla")
	writeFile(t, spec, strings.Replace(tracedSpinLock, "====\n", "Few == counter < 1\n====\n", 1))
	writeFile(t, filepath.Join(dir, "SpinLock.cfg"), "SPECIFICATION Spec\nINVARIANT Few\n")
	var reply struct {
		Trace []struct {
			Action, Function string
			Source           *protocol.Location
		}
	}
	err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{"command": "tlaGen.modelCheck", "arguments": []any{fileURI(spec)}}, &reply)
	if err != nil && strings.Contains(err.Error(), "not built") {
		t.Skip("the model checker is not built in (tlc.Check returns ErrNotImplemented until the engine is merged)")
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(reply.Trace) != 3 {
		t.Fatalf("trace %+v", reply.Trace)
	}
	lock, unlock := reply.Trace[1], reply.Trace[2]
	if lock.Action != "Lock" || lock.Function != "Lock" || lock.Source == nil || !strings.HasSuffix(string(lock.Source.URI), "/spinlock.go") || lock.Source.Range.Start.Line != 27 {
		t.Errorf("Lock row %+v", lock)
	}
	if unlock.Action != "unlock" || unlock.Function != "Unlock" || unlock.Source == nil {
		t.Errorf("unlock row %+v", unlock)
	}
	if reply.Trace[0].Source != nil {
		t.Errorf("the initial state has a source: %+v", reply.Trace[0])
	}
}
