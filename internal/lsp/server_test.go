package lsp_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

func TestInitializeAdvertisesCommandsAndActions(t *testing.T) {
	s := startSession(t, lsp.Options{Check: markerCheck}, lsptest.Options{})
	raw, err := s.client.Initialize(s.ctx, t.TempDir(), lsptest.Capabilities{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var result struct {
		Capabilities struct {
			CodeActionProvider struct {
				CodeActionKinds []string `json:"codeActionKinds"`
			} `json:"codeActionProvider"`
			ExecuteCommandProvider struct {
				Commands []string `json:"commands"`
			} `json:"executeCommandProvider"`
			CodeLensProvider *struct{} `json:"codeLensProvider"`
			TextDocumentSync struct {
				OpenClose bool `json:"openClose"`
				Change    int  `json:"change"`
			} `json:"textDocumentSync"`
		} `json:"capabilities"`
	}
	if err := json.Unmarshal(raw, &result); err != nil {
		t.Fatal(err)
	}
	caps := result.Capabilities
	if got := strings.Join(caps.ExecuteCommandProvider.Commands, ","); got != "tlaGen.generateSpec,tlaGen.checkModule,tlaGen.showGenerationLog,tlaGen.generateDraft,tlaGen.openLocation,tlaGen.generateConfig,tlaGen.modelCheck,tlaGen.fixTrace" {
		t.Errorf("commands = %s", got)
	}
	if got := strings.Join(caps.CodeActionProvider.CodeActionKinds, ","); got != "source.generateSpec,source.generateDraft,source.generateModelConfig,source.modelCheck,quickfix" {
		t.Errorf("code action kinds = %s", got)
	}
	// Every advertised command is dispatched: none is "unknown" (each
	// fails here on its missing argument instead).
	for _, name := range caps.ExecuteCommandProvider.Commands {
		err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{"command": name, "arguments": []any{42}}, nil)
		if err == nil || strings.Contains(err.Error(), "unknown command") {
			t.Errorf("%s with a bad argument: %v", name, err)
		}
	}
	if err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{"command": "tlaGen.nope"}, nil); err == nil || !strings.Contains(err.Error(), "unknown command") {
		t.Errorf("an unadvertised command was not refused: %v", err)
	}
	if caps.CodeLensProvider == nil {
		t.Error("codeLensProvider not advertised")
	}
	if !caps.TextDocumentSync.OpenClose || caps.TextDocumentSync.Change != 2 {
		t.Errorf("text sync = %+v, want open/close and incremental", caps.TextDocumentSync)
	}
}

func rpcCode(err error) jsonrpc2.Code {
	var e *jsonrpc2.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return 0
}

func TestUnknownMethodIsMethodNotFound(t *testing.T) {
	s := startSession(t, lsp.Options{Check: markerCheck}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, nil)
	for _, method := range []string{"textDocument/formatting", "no/such/method", "textDocument/implementation"} {
		err := s.client.Call(s.ctx, method, map[string]any{}, nil)
		if rpcCode(err) != jsonrpc2.MethodNotFound {
			t.Errorf("%s: err %v, want MethodNotFound", method, err)
		}
	}
}

func TestRequestBeforeInitialize(t *testing.T) {
	s := startSession(t, lsp.Options{Check: markerCheck}, lsptest.Options{})
	err := s.client.Call(s.ctx, "textDocument/codeAction", map[string]any{}, nil)
	if rpcCode(err) != jsonrpc2.ServerNotInitialized {
		t.Errorf("err %v, want ServerNotInitialized", err)
	}
}

func TestShutdownThenExitIsZero(t *testing.T) {
	s := startSession(t, lsp.Options{Check: markerCheck}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, nil)
	if err := s.client.Call(s.ctx, "shutdown", nil, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.client.Call(s.ctx, "textDocument/codeAction", map[string]any{}, nil); rpcCode(err) != jsonrpc2.InvalidRequest {
		t.Errorf("request after shutdown: %v, want InvalidRequest", err)
	}
	_ = s.client.Notify(s.ctx, "exit", nil)
	if code := s.exitStatus(); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
}

func TestExitWithoutShutdownIsOne(t *testing.T) {
	s := startSession(t, lsp.Options{Check: markerCheck}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, nil)
	_ = s.client.Notify(s.ctx, "exit", nil)
	if code := s.exitStatus(); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
}

func codeActions(t *testing.T, s *session, path string, only []string) []protocol.CodeAction {
	t.Helper()
	params := map[string]any{
		"textDocument": map[string]any{"uri": fileURI(path)},
		"range":        map[string]any{"start": map[string]int{"line": 0, "character": 0}, "end": map[string]int{"line": 0, "character": 0}},
		"context":      map[string]any{"diagnostics": []any{}, "only": only},
	}
	var out []protocol.CodeAction
	if err := s.client.Call(s.ctx, "textDocument/codeAction", params, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestCodeActionWithDraft(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "queue.go")
	writeFile(t, src, "package queue\n")
	writeFile(t, filepath.Join(dir, "queue.draft.md"), "# Core\n")
	tla := filepath.Join(dir, "Queue.tla")
	writeFile(t, tla, "---- MODULE Queue ----\n====\n")

	s := startSession(t, lsp.Options{Check: markerCheck}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, nil)

	for _, only := range [][]string{nil, {"source"}, {"source.generateSpec"}} {
		got := codeActions(t, s, src, only)
		if len(got) != 1 {
			t.Fatalf("only=%v: %d actions, want 1", only, len(got))
		}
		a := got[0]
		if a.Title != "Generate TLA+ spec from queue.draft.md" || a.Kind != "source.generateSpec" {
			t.Errorf("only=%v: action %q kind %q", only, a.Title, a.Kind)
		}
		if a.Command == nil || a.Command.Command != "tlaGen.generateSpec" || len(a.Command.Arguments) != 1 {
			t.Fatalf("command = %+v", a.Command)
		}
		arg, _ := json.Marshal(a.Command.Arguments[0])
		if !strings.Contains(string(arg), `"uri":"file://`+src+`"`) || !strings.Contains(string(arg), "queue.draft.md") {
			t.Errorf("argument = %s", arg)
		}
	}
	if got := codeActions(t, s, src, []string{"quickfix"}); len(got) != 0 {
		t.Errorf("only=quickfix: %d actions, want 0", len(got))
	}
	if got := titles(codeActions(t, s, tla, nil)); got != "source.generateModelConfig: Generate model config" {
		t.Errorf(".tla file: actions %s, want only the model-config one", got)
	}
}

func titles(actions []protocol.CodeAction) string {
	var out []string
	for _, a := range actions {
		out = append(out, string(a.Kind)+": "+a.Title)
	}
	return strings.Join(out, " | ")
}

// TestCodeActionWithoutDraft: without a draft the action writes one
// (offline: the functions found, for the user to classify); with a model
// the spec can also be generated without one. Afterwards the spec action
// names the new draft.
func TestCodeActionWithoutDraft(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "queue.go")
	writeFile(t, src, "package queue\n\nfunc Push(x int) {}\n\nfunc Pop() int { return 0 }\n")
	s := startSession(t, lsp.Options{Check: markerCheck}, lsptest.Options{Answer: func(string, []string) string { return "Keep mine" }})
	s.initialize(lsptest.Capabilities{ShowDocument: true}, nil)

	got := codeActions(t, s, src, nil)
	if titles(got) != "source.generateDraft: Generate draft analysis for queue.go" {
		t.Fatalf("actions = %s", titles(got))
	}
	if only := codeActions(t, s, src, []string{"source.generateSpec"}); len(only) != 0 {
		t.Errorf("only=source.generateSpec: %s", titles(only))
	}
	// The spec command itself, offline and without a draft, explains.
	if err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{
		"command": "tlaGen.generateSpec", "arguments": []any{map[string]any{"uri": fileURI(src)}},
	}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.client.WaitMessage(s.ctx, "Generate draft analysis"); err != nil {
		t.Fatal(err)
	}

	var reply struct {
		DraftURI string `json:"draftUri"`
		Offline  bool   `json:"offline"`
		Core     int    `json:"coreFunctions"`
	}
	err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{
		"command": got[0].Command.Command, "arguments": got[0].Command.Arguments,
	}, &reply)
	if err != nil {
		t.Fatal(err)
	}
	draftPath := filepath.Join(dir, "queue.draft.md")
	text, err := os.ReadFile(draftPath)
	if err != nil || !strings.Contains(string(text), "Push") || !strings.Contains(string(text), "Pop") {
		t.Fatalf("draft %q %v", text, err)
	}
	if !reply.Offline || reply.Core != 2 || !strings.HasSuffix(reply.DraftURI, "/queue.draft.md") {
		t.Errorf("reply = %+v", reply)
	}
	if shown := s.client.Shown(); len(shown) != 1 || !strings.HasSuffix(string(shown[0]), "/queue.draft.md") {
		t.Errorf("shown = %v", shown)
	}
	if _, err := s.client.WaitMessage(s.ctx, "Wrote queue.draft.md"); err != nil {
		t.Fatal(err)
	}
	if got := codeActions(t, s, src, nil); titles(got) != "source.generateSpec: Generate TLA+ spec from queue.draft.md" {
		t.Errorf("with the draft: %s", titles(got))
	}

	// Again: the draft exists; "Keep mine" leaves it.
	writeFile(t, draftPath, "# mine\n")
	if err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{
		"command": "tlaGen.generateDraft", "arguments": []any{map[string]any{"uri": fileURI(src)}},
	}, nil); err != nil {
		t.Fatal(err)
	}
	if qs := s.client.Questions(); len(qs) != 1 || qs[0].Message != "queue.draft.md already exists." {
		t.Errorf("questions = %+v", qs)
	}
	if text, _ := os.ReadFile(draftPath); string(text) != "# mine\n" {
		t.Errorf("the user's draft was replaced: %q", text)
	}
	if _, err := s.client.WaitMessage(s.ctx, "Kept your queue.draft.md"); err != nil {
		t.Fatal(err)
	}
}

func TestCodeActionWithoutDraftWithModel(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "queue.go")
	writeFile(t, src, "package queue\n")
	s := startSession(t, lsp.Options{Check: markerCheck}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, map[string]any{"model": "m"})
	want := "source.generateDraft: Generate draft analysis for queue.go | " +
		"source.generateSpec: Generate TLA+ spec without a draft (the model classifies the functions)"
	if got := codeActions(t, s, src, nil); titles(got) != want {
		t.Errorf("actions = %s", titles(got))
	}
}

// generateRecorder is a Generate double that records its request, reports
// progress like actions.Generate does, and writes through the writer it
// was given (or to disk when none).
type generateRecorder struct {
	mu   sync.Mutex
	reqs []actions.GenerateRequest
}

func (g *generateRecorder) generate(ctx context.Context, req actions.GenerateRequest, progress func(actions.Progress)) (actions.GenerateResult, error) {
	g.mu.Lock()
	g.reqs = append(g.reqs, req)
	g.mu.Unlock()
	for _, n := range []int{10, 200, 3000} {
		progress(actions.Progress{Message: "received " + strings.Repeat("x", n/100) + " chars", Percentage: -1})
	}
	spec := filepath.Join(filepath.Dir(req.SourcePath), "Queue.tla")
	text := []byte("---- MODULE Queue ----\nX == BAD\n====\n")
	var err error
	if req.Writer != nil {
		err = req.Writer.WriteFile(ctx, spec, text)
	} else {
		err = os.WriteFile(spec, text, 0o644)
	}
	if err != nil {
		return actions.GenerateResult{}, err
	}
	diags, _ := markerCheck(ctx, sany.Config{}, spec)
	res := actions.GenerateResult{SpecPath: spec, Module: "Queue", Text: string(text), Offline: req.Model == nil, Diagnostics: diags}
	if req.Model != nil {
		res.ModelName = req.Model.Name()
	}
	return res, nil
}

func (g *generateRecorder) last() actions.GenerateRequest {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.reqs[len(g.reqs)-1]
}

type namedModel struct{ name string }

func (m namedModel) Complete(context.Context, llm.Request, func(llm.Progress)) (string, error) {
	return "", errors.New("not called")
}
func (m namedModel) Name() string { return m.name }

func TestGenerateThroughApplyEditAndDisk(t *testing.T) {
	for _, tc := range []struct {
		name string
		caps lsptest.Capabilities
	}{
		{"applyEdit", lsptest.Capabilities{ApplyEditCreate: true, WorkDoneProgress: true, ShowDocument: true, Configuration: true}},
		{"disk", lsptest.Capabilities{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			src := filepath.Join(dir, "queue.go")
			writeFile(t, src, "package queue\n")
			writeFile(t, filepath.Join(dir, "queue.go.draft.md"), "# Core\n")
			rec := &generateRecorder{}
			var built []config.Effective
			opts := lsp.Options{
				Check:    markerCheck,
				Generate: rec.generate,
				LookupEnv: func(k string) (string, bool) {
					return map[string]string{"TLA_GEN_MODEL": "env-model"}[k], k == "TLA_GEN_MODEL"
				},
				NewModel: func(e config.Effective) (llm.Model, error) {
					built = append(built, e)
					return namedModel{e.Model}, nil
				},
			}
			s := startSession(t, opts, lsptest.Options{Configuration: map[string]any{"maxTokens": 77}})
			s.initialize(tc.caps, map[string]any{"tlaGen": map[string]any{"model": "init-model", "maxTokens": 5}})
			s.open(src, "package queue // unsaved\n")

			var reply struct {
				SpecURI protocol.DocumentURI `json:"specUri"`
				Errors  int                  `json:"errors"`
				Offline bool                 `json:"offline"`
			}
			err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{
				"command": "tlaGen.generateSpec", "arguments": []any{map[string]any{"uri": fileURI(src)}},
			}, &reply)
			if err != nil {
				t.Fatal(err)
			}
			spec := filepath.Join(dir, "Queue.tla")
			if text, err := os.ReadFile(spec); err != nil || !strings.Contains(string(text), "MODULE Queue") {
				t.Fatalf("spec not written: %q %v (edit errors %v)", text, err, s.client.EditErrors())
			}
			if reply.SpecURI != fileURI(spec) || reply.Errors != 1 || reply.Offline {
				t.Errorf("reply = %+v", reply)
			}
			req := rec.last()
			if gotWriter := req.Writer != nil; gotWriter != tc.caps.ApplyEditCreate {
				t.Errorf("writer set = %v, want %v", gotWriter, tc.caps.ApplyEditCreate)
			}
			if string(req.Overlay[src]) != "package queue // unsaved\n" {
				t.Errorf("overlay lacks the unsaved source buffer: %q", req.Overlay[src])
			}
			if req.Config.Model != "init-model" {
				t.Errorf("model %q, want the initializationOptions one over the environment", req.Config.Model)
			}
			wantTokens := 5
			if tc.caps.Configuration {
				wantTokens = 77
			}
			if req.Config.MaxTokens != wantTokens {
				t.Errorf("maxTokens %d, want %d", req.Config.MaxTokens, wantTokens)
			}
			if len(built) != 1 || req.Model == nil || req.Model.Name() != "init-model" {
				t.Errorf("model not built from settings: %v", built)
			}
			got, err := s.client.WaitDiagnostics(s.ctx, fileURI(spec), nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Diagnostics) != 1 || got.Diagnostics[0].Range.Start.Line != 1 {
				t.Errorf("spec diagnostics = %+v", got.Diagnostics)
			}
			msg, err := s.client.WaitMessage(s.ctx, "Wrote Queue.tla")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(msg.Message, "model init-model") || !strings.Contains(msg.Message, "1 error") {
				t.Errorf("final message %q", msg.Message)
			}
			checkSentRequests(t, s.client.Requests(), tc.caps)
			progressKinds := progressKinds(s.client.Progress())
			if tc.caps.WorkDoneProgress {
				if progressKinds != "begin,report,report,report,end" {
					t.Errorf("progress = %s", progressKinds)
				}
				if shown := s.client.Shown(); len(shown) != 1 || shown[0] != fileURI(spec) {
					t.Errorf("shown = %v", shown)
				}
			} else if progressKinds != "" {
				t.Errorf("progress sent to a client that did not advertise it: %s", progressKinds)
			}
		})
	}
}

// checkSentRequests fails if the server sent a request the client did not
// advertise.
func checkSentRequests(t *testing.T, sent []string, caps lsptest.Capabilities) {
	t.Helper()
	allowed := map[string]bool{
		"workspace/applyEdit":            caps.ApplyEditCreate,
		"window/workDoneProgress/create": caps.WorkDoneProgress,
		"window/showDocument":            caps.ShowDocument,
		"workspace/configuration":        caps.Configuration,
	}
	for _, m := range sent {
		if !allowed[m] {
			t.Errorf("server sent %s, which the client did not advertise", m)
		}
	}
}

func progressKinds(raw []json.RawMessage) string {
	var kinds []string
	for _, r := range raw {
		var p struct {
			Value struct {
				Kind string `json:"kind"`
			} `json:"value"`
		}
		_ = json.Unmarshal(r, &p)
		kinds = append(kinds, p.Value.Kind)
	}
	return strings.Join(kinds, ",")
}

// blockingGenerate waits for its context to end, signalling when it starts.
type blockingGenerate struct {
	started   chan struct{}
	cancelled chan time.Time
}

func (b *blockingGenerate) generate(ctx context.Context, _ actions.GenerateRequest, _ func(actions.Progress)) (actions.GenerateResult, error) {
	close(b.started)
	<-ctx.Done()
	b.cancelled <- time.Now()
	return actions.GenerateResult{}, ctx.Err()
}

func TestCancelRequestStopsGeneration(t *testing.T) {
	for _, tc := range []struct {
		name string
		id   jsonrpc2.ID
		wire any
	}{
		{"numeric", jsonrpc2.NewNumberID(900001), 900001},
		{"string", jsonrpc2.NewStringID("gen-1"), "gen-1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			src := filepath.Join(dir, "queue.go")
			writeFile(t, src, "package queue\n")
			writeFile(t, filepath.Join(dir, "queue.go.draft.md"), "# Core\n")
			gen := &blockingGenerate{started: make(chan struct{}), cancelled: make(chan time.Time, 1)}
			s := startSession(t, lsp.Options{Check: markerCheck, Generate: gen.generate}, lsptest.Options{})
			s.initialize(lsptest.Capabilities{WorkDoneProgress: true}, nil)

			resp, err := s.client.Start(s.ctx, tc.id, "workspace/executeCommand", map[string]any{
				"command": "tlaGen.generateSpec", "arguments": []any{map[string]any{"uri": fileURI(src)}},
			})
			if err != nil {
				t.Fatal(err)
			}
			select {
			case <-gen.started:
			case <-time.After(5 * time.Second):
				t.Fatal("generation did not start")
			}
			// The connection stays responsive while generation runs.
			if got := codeActions(t, s, src, nil); len(got) != 1 {
				t.Errorf("codeAction during generation: %d actions", len(got))
			}
			sent := time.Now()
			if err := s.client.Notify(s.ctx, "$/cancelRequest", map[string]any{"id": tc.wire}); err != nil {
				t.Fatal(err)
			}
			select {
			case at := <-gen.cancelled:
				if d := at.Sub(sent); d > time.Second {
					t.Errorf("cancellation took %v", d)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("generation was not cancelled")
			}
			select {
			case r := <-resp:
				if rpcCode(r.Err()) != -32800 {
					t.Errorf("reply error %v, want RequestCancelled", r.Err())
				}
			case <-time.After(5 * time.Second):
				t.Fatal("no reply to the cancelled request")
			}
			if _, err := os.Stat(filepath.Join(dir, "Queue.tla")); err == nil {
				t.Error("a spec was written")
			}
			if kinds := progressKinds(s.client.Progress()); kinds != "begin,end" {
				t.Errorf("progress = %s", kinds)
			}
		})
	}
}

const fakeKey = "sk-FAKE-tla-gen-lsp-test-0123456789"

func TestAPIKeyNeverLeaves(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "queue.go")
	writeFile(t, src, "package queue\n")
	writeFile(t, filepath.Join(dir, "queue.go.draft.md"), "# Core\n")
	leaky := func(ctx context.Context, req actions.GenerateRequest, progress func(actions.Progress)) (actions.GenerateResult, error) {
		// A careless error path quoting the request must still not leak it.
		progress(actions.Progress{Message: "calling with key " + req.Config.APIKey.Reveal(), Percentage: -1})
		return actions.GenerateResult{}, errors.New("HTTP 401 for Authorization: Bearer " + req.Config.APIKey.Reveal())
	}
	s := startSession(t, lsp.Options{
		Check: markerCheck, Generate: leaky,
		NewModel: func(e config.Effective) (llm.Model, error) { return namedModel{e.Model}, nil },
	}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{WorkDoneProgress: true}, map[string]any{"model": "m", "apiKey": fakeKey})
	err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{
		"command": "tlaGen.generateSpec", "arguments": []any{map[string]any{"uri": fileURI(src)}},
	}, nil)
	// The failure is the command's error reply, which editors show.
	if err == nil || !strings.Contains(err.Error(), "HTTP 401") {
		t.Fatalf("reply error %v, want the failure", err)
	}
	if strings.Contains(err.Error(), fakeKey) {
		t.Errorf("reply leaks the key: %v", err)
	}
	var everything []string
	for _, m := range s.client.Messages() {
		everything = append(everything, m.Message)
	}
	for _, m := range s.client.Logs() {
		everything = append(everything, m.Message)
	}
	for _, p := range s.client.Progress() {
		everything = append(everything, string(p))
	}
	everything = append(everything, s.log.String())
	if len(s.client.Logs()) == 0 {
		t.Error("no generation log was sent")
	}
	for _, text := range everything {
		if strings.Contains(text, fakeKey) {
			t.Errorf("the API key leaked: %q", text)
		}
	}
}

func TestStalledClientRequestTimesOut(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "queue.go")
	writeFile(t, src, "package queue\n")
	writeFile(t, filepath.Join(dir, "queue.go.draft.md"), "# Core\n")
	rec := &generateRecorder{}
	s := startSession(t, lsp.Options{Check: markerCheck, Generate: rec.generate, ClientTimeout: 50 * time.Millisecond},
		lsptest.Options{Stall: []string{"workspace/applyEdit", "window/workDoneProgress/create"}})
	s.initialize(lsptest.Capabilities{ApplyEditCreate: true, WorkDoneProgress: true}, nil)
	start := time.Now()
	err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{
		"command": "tlaGen.generateSpec", "arguments": []any{map[string]any{"uri": fileURI(src)}},
	}, nil)
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("generation waited %v for a client that never answers", d)
	}
	if err == nil || !strings.Contains(err.Error(), "did not apply the edit") {
		t.Errorf("reply error %v, want the failure to apply the edit", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "Queue.tla")); err == nil {
		t.Error("the spec was written behind the editor's back")
	}
}

func TestDidChangeConfigurationPushesSettings(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "queue.go")
	writeFile(t, src, "package queue\n")
	writeFile(t, filepath.Join(dir, "queue.go.draft.md"), "# Core\n")
	rec := &generateRecorder{}
	s := startSession(t, lsp.Options{Check: markerCheck, Generate: rec.generate}, lsptest.Options{})
	s.initialize(lsptest.Capabilities{}, map[string]any{"maxTokens": 5, "model": "m1"})
	if err := s.client.Notify(s.ctx, "workspace/didChangeConfiguration", map[string]any{
		"settings": map[string]any{"tlaGen": map[string]any{"maxTokens": 9}},
	}); err != nil {
		t.Fatal(err)
	}
	err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{
		"command": "tlaGen.generateSpec", "arguments": []any{map[string]any{"uri": fileURI(src)}},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := rec.last().Config; got.MaxTokens != 9 || got.Model != "m1" {
		t.Errorf("maxTokens %d model %q, want the pushed 9 over the initial model m1", got.MaxTokens, got.Model)
	}
}
