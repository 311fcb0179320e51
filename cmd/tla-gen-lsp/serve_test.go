package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// These tests build the real binary and drive it over its stdin and stdout
// with lsptest's client, as an editor would. The model is llmtest: a real
// HTTP server on 127.0.0.1 speaking OpenAI's chat-completions wire format.

// serveKey is a fake API key, recognisable so that a leak anywhere is easy to spot.
const serveKey = "sk-FAKE-serve-test-5f2c9a0b7e4d1c3a"

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// serverBinary builds ./cmd/tla-gen-lsp once per test run.
func serverBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "tla-gen-lsp-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "tla-gen-lsp")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("building the server: %v", buildErr)
	}
	return binPath
}

// process is the server binary with a client on its stdio.
type process struct {
	t      testing.TB
	ctx    context.Context
	cmd    *exec.Cmd
	client *lsptest.Client
	stderr *lockedBuffer
	waited chan struct{}
	code   int
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// stdio joins the process's stdout (read) and stdin (write).
type stdio struct {
	io.Reader
	io.WriteCloser
}

func startProcess(t testing.TB, args []string, env []string, copts lsptest.Options) *process {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	cmd := exec.Command(serverBinary(t), args...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &process{t: t, ctx: ctx, cmd: cmd, stderr: &lockedBuffer{}, waited: make(chan struct{})}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		err := cmd.Wait()
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			p.code = exit.ExitCode()
		} else if err != nil {
			p.code = -1
		}
		close(p.waited)
	}()
	p.client = lsptest.New(ctx, stdio{stdout, stdin}, copts)
	t.Cleanup(func() {
		_ = p.client.Close()
		select {
		case <-p.waited:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
			t.Errorf("the server did not exit when its stdin closed")
		}
		cancel()
	})
	return p
}

func (p *process) exitStatus() int {
	p.t.Helper()
	select {
	case <-p.waited:
		return p.code
	case <-time.After(10 * time.Second):
		p.t.Fatal("the server did not exit")
		return -1
	}
}

func fileURI(path string) protocol.DocumentURI { return protocol.DocumentURI("file://" + path) }

func writeText(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestServeSpeaksLSPWhicheverWayItIsStarted(t *testing.T) {
	for _, args := range [][]string{nil, {"serve"}, {"--stdio"}, {"serve", "--stdio"}} {
		t.Run(strings.Join(append([]string{"args"}, args...), "_"), func(t *testing.T) {
			p := startProcess(t, args, nil, lsptest.Options{})
			if _, err := p.client.Initialize(p.ctx, t.TempDir(), lsptest.Capabilities{}, nil); err != nil {
				t.Fatalf("initialize: %v (stderr %s)", err, p.stderr)
			}
			var e *jsonrpc2.Error
			if err := p.client.Call(p.ctx, "textDocument/noSuchMethod", map[string]any{}, nil); !errors.As(err, &e) || e.Code != jsonrpc2.MethodNotFound {
				t.Errorf("unknown method: %v, want MethodNotFound", err)
			}
			if err := p.client.Call(p.ctx, "shutdown", nil, nil); err != nil {
				t.Fatal(err)
			}
			_ = p.client.Notify(p.ctx, "exit", nil)
			if code := p.exitStatus(); code != 0 {
				t.Errorf("exit status %d after shutdown and exit, want 0", code)
			}
		})
	}
}

func TestServeExitWithoutShutdown(t *testing.T) {
	p := startProcess(t, nil, nil, lsptest.Options{})
	if _, err := p.client.Initialize(p.ctx, t.TempDir(), lsptest.Capabilities{}, nil); err != nil {
		t.Fatal(err)
	}
	_ = p.client.Notify(p.ctx, "exit", nil)
	if code := p.exitStatus(); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
}

// requireRealChecker fails a diagnostics test at once, with a message
// that names the cause, when sany.Check finds nothing in a module with an
// undefined name: what the test would see through the binary then says
// less. A broken checker is a failure, never a skip.
func requireRealChecker(t *testing.T) {
	t.Helper()
	dir := t.TempDir()
	probe := filepath.Join(dir, "Probe.tla")
	writeText(t, probe, "---- MODULE Probe ----\nX == Undefined\n====\n")
	diags, err := sany.Check(context.Background(), sany.Config{}, probe)
	if err != nil || len(diags) == 0 {
		t.Fatalf("sany.Check finds nothing in a module with an undefined name (%v): the checker is broken", err)
	}
}

func TestServeDiagnosticsForBadModule(t *testing.T) {
	requireRealChecker(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "Bad.tla")
	text := "---- MODULE Bad ----\nVARIABLE x\nInit ≜ x = Undefined\n====\n"
	writeText(t, path, text)
	p := startProcess(t, nil, nil, lsptest.Options{})
	if _, err := p.client.Initialize(p.ctx, dir, lsptest.Capabilities{}, nil); err != nil {
		t.Fatal(err)
	}
	_ = p.client.Notify(p.ctx, "textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": fileURI(path), "languageId": "tlaplus", "version": 1, "text": text},
	})
	got, err := p.client.WaitDiagnostics(p.ctx, fileURI(path), func(d protocol.PublishDiagnosticsParams) bool { return len(d.Diagnostics) > 0 })
	if err != nil {
		t.Fatal(err)
	}
	d := got.Diagnostics[0]
	// "Undefined" starts at UTF-16 column 11 of line 2 (0-based): ≜ is one unit.
	want := protocol.Range{Start: protocol.Position{Line: 2, Character: 11}, End: protocol.Position{Line: 2, Character: 20}}
	if d.Range.Start != want.Start {
		t.Errorf("range %+v, want start %+v", d.Range, want.Start)
	}
	if d.Source != "sany" || d.Severity != protocol.DiagnosticSeverityError || !strings.Contains(d.Message, "Undefined") {
		t.Errorf("diagnostic %+v", d)
	}
}

// answer is the model's reply: prose around a fenced module, as models do.
const answer = "Here is the specification you asked for.\n\n```tla\n" +
	"---- MODULE SpinLock ----\nEXTENDS Naturals\nVARIABLES locked, counter\n" +
	"Init == locked = FALSE /\\ counter = 0\n" +
	"Next == \\/ locked = FALSE /\\ locked' = TRUE /\\ UNCHANGED counter\n" +
	"        \\/ locked = TRUE /\\ locked' = FALSE /\\ counter' = counter + 1\n" +
	"Spec == Init /\\ [][Next]_<<locked, counter>>\n====\n```\n\nIt models the lock as a boolean.\n"

// workspace copies the spinlock example's source and draft into a new folder.
func workspace(t *testing.T) (dir, src string) {
	t.Helper()
	dir = t.TempDir()
	for _, name := range []string{"spinlock.go", "spinlock.draft.md"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", "spinlock", name))
		if err != nil {
			t.Fatal(err)
		}
		writeText(t, filepath.Join(dir, name), string(data))
	}
	return dir, filepath.Join(dir, "spinlock.go")
}

// modelSettings points the server at the llmtest server; the key comes
// from the environment, as it does for users.
func modelSettings(model *llmtest.Server, extra map[string]any) map[string]any {
	// The runtime phase is off unless a test turns it on: the scripted
	// models of the SANY-phase tests answer only what those tests count.
	s := map[string]any{"model": "test-model", "baseURL": model.URL, "debounceMillis": 20, "modelCheckAfterGenerate": false}
	for k, v := range extra {
		s[k] = v
	}
	return map[string]any{"tlaGen": s}
}

var keyEnv = []string{"OPENAI_API_KEY=" + serveKey}

func generate(p *process, src string) (json.RawMessage, error) {
	var reply json.RawMessage
	err := p.client.Call(p.ctx, "workspace/executeCommand", map[string]any{
		"command": "tlaGen.generateSpec", "arguments": []any{map[string]any{"uri": fileURI(src)}},
	}, &reply)
	return reply, err
}

func TestServeCodeActionAndGenerate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		caps   lsptest.Capabilities
		stream bool
	}{
		{"applyEdit_streaming", lsptest.Capabilities{ApplyEditCreate: true, WorkDoneProgress: true, ShowDocument: true, Configuration: true}, true},
		{"disk_non_streaming", lsptest.Capabilities{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			model := llmtest.NewServer(t, llmtest.Reply{Text: answer, ChunkSize: 40})
			dir, src := workspace(t)
			settings := modelSettings(model, map[string]any{"stream": tc.stream})
			p := startProcess(t, nil, keyEnv, lsptest.Options{Configuration: settings["tlaGen"]})
			if _, err := p.client.Initialize(p.ctx, dir, tc.caps, settings); err != nil {
				t.Fatal(err)
			}
			var actions []protocol.CodeAction
			err := p.client.Call(p.ctx, "textDocument/codeAction", map[string]any{
				"textDocument": map[string]any{"uri": fileURI(src)},
				"range":        map[string]any{"start": map[string]int{"line": 0, "character": 0}, "end": map[string]int{"line": 0, "character": 0}},
				"context":      map[string]any{"diagnostics": []any{}},
			}, &actions)
			if err != nil {
				t.Fatal(err)
			}
			if len(actions) != 1 || actions[0].Title != "Generate TLA+ spec from spinlock.draft.md" || actions[0].Command == nil {
				t.Fatalf("code actions = %+v", actions)
			}
			start := time.Now()
			err = p.client.Call(p.ctx, "workspace/executeCommand", map[string]any{
				"command": actions[0].Command.Command, "arguments": actions[0].Command.Arguments,
			}, nil)
			if err != nil {
				t.Fatalf("executeCommand: %v (stderr %s)", err, p.stderr)
			}
			t.Logf("generation took %v", time.Since(start))
			spec := filepath.Join(dir, "SpinLock.tla")
			text, err := os.ReadFile(spec)
			if err != nil {
				t.Fatalf("spec not written: %v; messages %+v", err, p.client.Messages())
			}
			if !strings.HasPrefix(string(text), "---- MODULE SpinLock ----") || strings.Contains(string(text), "```") || strings.Contains(string(text), "Here is") {
				t.Errorf("spec text is not the extracted module:\n%s", text)
			}
			if _, err := p.client.WaitDiagnostics(p.ctx, fileURI(spec), nil); err != nil {
				t.Errorf("no diagnostics published for the new spec: %v", err)
			}
			msg, err := p.client.WaitMessage(p.ctx, "SpinLock.tla")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(msg.Message, "test-model") || !strings.Contains(msg.Message, "error") {
				t.Errorf("final message %q does not name the model and the error count", msg.Message)
			}
			reqs := model.Requests()
			if len(reqs) != 1 || reqs[0].Stream != tc.stream || reqs[0].Header.Get("Authorization") != "Bearer "+serveKey {
				t.Errorf("model requests: %d, stream %v", len(reqs), len(reqs) > 0 && reqs[0].Stream)
			}
			if tc.caps.WorkDoneProgress {
				checkProgressGrows(t, p.client.Progress())
			} else if len(p.client.Progress()) != 0 {
				t.Errorf("progress sent to a client that did not ask for it")
			}
			if tc.caps.ShowDocument {
				if shown := p.client.Shown(); len(shown) != 1 || shown[0] != fileURI(spec) {
					t.Errorf("shown %v", shown)
				}
			}
			checkNoKey(t, p, dir)
		})
	}
}

// checkProgressGrows checks begin … end, with reports whose answer size
// grows while the model streams.
func checkProgressGrows(t *testing.T, raw []json.RawMessage) {
	t.Helper()
	var kinds, messages []string
	for _, r := range raw {
		var p struct {
			Value struct {
				Kind    string `json:"kind"`
				Message string `json:"message"`
			} `json:"value"`
		}
		_ = json.Unmarshal(r, &p)
		kinds = append(kinds, p.Value.Kind)
		if p.Value.Kind == "report" {
			messages = append(messages, p.Value.Message)
		}
	}
	if len(kinds) < 3 || kinds[0] != "begin" || kinds[len(kinds)-1] != "end" {
		t.Errorf("progress kinds %v", kinds)
	}
	if len(messages) < 3 {
		t.Errorf("only %d progress reports: %q", len(messages), messages)
	}
	t.Logf("progress reports: %q", messages)
}

// checkNoKey fails if the API key appears in anything the server sent or
// wrote: messages, logs, progress, stderr, files in dir.
func checkNoKey(t *testing.T, p *process, dir string) {
	t.Helper()
	var texts []string
	for _, m := range p.client.Messages() {
		texts = append(texts, "showMessage: "+m.Message)
	}
	for _, m := range p.client.Logs() {
		texts = append(texts, "logMessage: "+m.Message)
	}
	for _, r := range p.client.Progress() {
		texts = append(texts, "progress: "+string(r))
	}
	texts = append(texts, "stderr: "+p.stderr.String())
	_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(path)
			texts = append(texts, path+": "+string(data))
		}
		return nil
	})
	if len(p.client.Logs()) == 0 {
		t.Errorf("no generation log (window/logMessage) was sent")
	}
	for _, text := range texts {
		if strings.Contains(text, serveKey) {
			t.Errorf("the API key leaked in %.200s", text)
		}
	}
}

func TestServeModelFailures(t *testing.T) {
	for _, tc := range []struct {
		name     string
		reply    llmtest.Reply
		settings map[string]any
		want     string // part of the command's error reply
	}{
		{"http_500", llmtest.Status(500, "upstream exploded"), nil, "500"},
		{"http_429", llmtest.Reply{Status: 429, RetryAfter: "3600"}, nil, "429"},
		{"timeout", llmtest.Reply{Text: answer, Delay: 30 * time.Second}, map[string]any{"timeout": 1}, "time"},
		{"cut_stream", llmtest.Reply{Text: answer, CutAfter: 300, ChunkSize: 10}, map[string]any{"stream": true}, "cut"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			model := llmtest.NewServer(t)
			model.SetFallback(tc.reply)
			dir, src := workspace(t)
			p := startProcess(t, nil, keyEnv, lsptest.Options{})
			if _, err := p.client.Initialize(p.ctx, dir, lsptest.Capabilities{WorkDoneProgress: true}, modelSettings(model, tc.settings)); err != nil {
				t.Fatal(err)
			}
			// A failed command answers with an error, which editors show.
			_, err := generate(p, src)
			if err == nil || !strings.Contains(strings.ToLower(err.Error()), tc.want) {
				t.Fatalf("executeCommand error %v, want one mentioning %q", err, tc.want)
			}
			t.Logf("reply: %v", err)
			if _, err := os.Stat(filepath.Join(dir, "SpinLock.tla")); err == nil {
				t.Errorf("a spec was written despite the model failure")
			}
			checkNoKey(t, p, dir)
		})
	}
}

func TestServeCancelSlowGeneration(t *testing.T) {
	model := llmtest.NewServer(t)
	model.SetFallback(llmtest.Reply{Text: answer, Delay: 30 * time.Second})
	arrived := make(chan struct{}, 1)
	model.OnRequest(func(llmtest.Request) { arrived <- struct{}{} })
	dir, src := workspace(t)
	p := startProcess(t, nil, keyEnv, lsptest.Options{})
	if _, err := p.client.Initialize(p.ctx, dir, lsptest.Capabilities{WorkDoneProgress: true}, modelSettings(model, nil)); err != nil {
		t.Fatal(err)
	}
	id := jsonrpc2.NewNumberID(777001)
	resp, err := p.client.Start(p.ctx, id, "workspace/executeCommand", map[string]any{
		"command": "tlaGen.generateSpec", "arguments": []any{map[string]any{"uri": fileURI(src)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-arrived:
	case <-time.After(10 * time.Second):
		t.Fatal("the model was never asked")
	}
	sent := time.Now()
	if err := p.client.Notify(p.ctx, "$/cancelRequest", map[string]any{"id": 777001}); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-resp:
		var e *jsonrpc2.Error
		if !errors.As(r.Err(), &e) || e.Code != -32800 {
			t.Errorf("reply %v, want RequestCancelled", r.Err())
		}
		if d := time.Since(sent); d > 2*time.Second {
			t.Errorf("cancellation took %v", d)
		}
		t.Logf("cancelled in %v", time.Since(sent))
	case <-time.After(10 * time.Second):
		t.Fatal("the cancelled request was not answered")
	}
	if _, err := os.Stat(filepath.Join(dir, "SpinLock.tla")); err == nil {
		t.Error("a spec was written after cancellation")
	}
}

func TestServeLogFlag(t *testing.T) {
	logPath := filepath.Join(t.TempDir(), "server.log")
	model := llmtest.NewServer(t, llmtest.Text(answer))
	dir, src := workspace(t)
	p := startProcess(t, []string{"serve", "--stdio", "-log", logPath}, keyEnv, lsptest.Options{})
	if _, err := p.client.Initialize(p.ctx, dir, lsptest.Capabilities{}, modelSettings(model, nil)); err != nil {
		t.Fatal(err)
	}
	if _, err := generate(p, src); err != nil {
		t.Fatal(err)
	}
	if err := p.client.Call(p.ctx, "shutdown", nil, nil); err != nil {
		t.Fatal(err)
	}
	_ = p.client.Notify(p.ctx, "exit", nil)
	if code := p.exitStatus(); code != 0 {
		t.Errorf("exit status %d", code)
	}
	data, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "apiKey=<redacted>") {
		t.Errorf("the log does not record the settings in force:\n%s", data)
	}
	if strings.Contains(string(data), serveKey) {
		t.Error("the API key is in the log file")
	}
}
