package mcp

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// testKey is a fake API key, recognisable so that a leak is easy to spot.
const testKey = "sk-FAKE-mcp-test-9d41c07a2b6e"

// spinLockAnswer is the model's reply: prose around a fenced module.
const spinLockAnswer = "Here is the spec.\n\n```tla\n" +
	"---- MODULE SpinLock ----\nEXTENDS Naturals\nVARIABLES locked, counter\n" +
	"vars == <<locked, counter>>\n" +
	"Init == locked = FALSE /\\ counter = 0\n" +
	"Lock == locked = FALSE /\\ locked' = TRUE /\\ UNCHANGED counter\n" +
	"Next == \\/ Lock\n        \\/ locked = TRUE /\\ locked' = FALSE /\\ counter' = counter + 1\n" +
	"Spec == Init /\\ [][Next]_vars\n====\n```\n"

// spinLockWorkspace copies the spinlock example's source and draft into a
// new folder.
func spinLockWorkspace(t *testing.T, withDraft bool) string {
	t.Helper()
	names := []string{"spinlock.go"}
	if withDraft {
		names = append(names, "spinlock.draft.md")
	}
	files := map[string]string{}
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", "spinlock", name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(data)
	}
	return writeFiles(t, files)
}

// modelEnv is an environment pointing at a scripted model, with the key.
func modelEnv(model *llmtest.Server) func(string) (string, bool) {
	env := map[string]string{"OPENAI_API_KEY": testKey, "OPENAI_BASE_URL": model.URL, "TLA_GEN_MODEL": "test-model"}
	return func(k string) (string, bool) { v, ok := env[k]; return v, ok }
}

func TestGenerateSpecWithAModelReportsProgressAndNeverTheKey(t *testing.T) {
	model := llmtest.NewServer(t, llmtest.Reply{Text: spinLockAnswer, ChunkSize: 20})
	dir := spinLockWorkspace(t, true)
	s := connect(t, Options{LookupEnv: modelEnv(model), WorkDir: dir})

	params := &sdk.CallToolParams{Name: "tla_generate_spec", Arguments: map[string]any{"source": "spinlock.go"}}
	params.SetProgressToken("gen-1")
	res, err := s.cs.CallTool(context.Background(), params)
	if err != nil || res.IsError {
		t.Fatalf("tla_generate_spec: %v %s", err, text(res))
	}
	var out GenerateSpecOutput
	raw, _ := json.Marshal(res.StructuredContent)
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatal(err)
	}
	spec := filepath.Join(dir, "SpinLock.tla")
	onDisk, err := os.ReadFile(spec)
	if err != nil {
		t.Fatal(err)
	}
	if out.SpecPath != spec || out.Module != "SpinLock" || out.Offline || !strings.HasPrefix(out.Model, "test-model") || out.Text != string(onDisk) ||
		!strings.HasPrefix(out.Text, "---- MODULE SpinLock ----") || len(out.Rounds) != 1 || out.Kept != 1 {
		t.Errorf("result %+v", out)
	}
	diags, err := sany.Check(context.Background(), sany.Config{}, spec)
	if err != nil {
		t.Fatal(err)
	}
	if sany.HasErrors(diags) || !out.Clean || out.Errors != 0 {
		t.Errorf("SANY says %v; the tool says %+v", diags, out.Diagnostics)
	}
	// The draft names Unlock and Increment as core: conformance warnings.
	if out.Warnings == 0 || !strings.Contains(string(raw), "conformance") {
		t.Errorf("no draft-conformance warnings in %+v", out.Diagnostics)
	}

	reqs := model.Requests()
	if len(reqs) != 1 || reqs[0].Header.Get("Authorization") != "Bearer "+testKey || reqs[0].Model != "test-model" {
		t.Fatalf("the model saw %d requests: %+v", len(reqs), reqs)
	}
	s.mu.Lock()
	progress := append([]*sdk.ProgressNotificationParams(nil), s.progress...)
	s.mu.Unlock()
	if len(progress) < 3 {
		t.Errorf("%d progress notifications", len(progress))
	}
	var texts []string
	for i, p := range progress {
		if p.ProgressToken != "gen-1" || (i > 0 && p.Progress <= progress[i-1].Progress) {
			t.Errorf("progress %d: %+v after %+v", i, p, progress[max(i-1, 0)])
		}
		texts = append(texts, p.Message)
	}
	if !strings.Contains(strings.Join(texts, "\n"), "draft") {
		t.Errorf("progress messages: %q", texts)
	}
	texts = append(texts, string(raw), text(res))
	_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(path)
			texts = append(texts, path+": "+string(data))
		}
		return nil
	})
	for _, text := range texts {
		if strings.Contains(text, testKey) {
			t.Errorf("the API key leaked in %.200s", text)
		}
	}
}

func TestGenerateSpecModelFailureIsAToolErrorWithoutTheKey(t *testing.T) {
	model := llmtest.NewServer(t, llmtest.Status(401, "invalid key "+testKey))
	dir := spinLockWorkspace(t, true)
	s := connect(t, Options{LookupEnv: modelEnv(model), WorkDir: dir})
	msg := s.callErr("tla_generate_spec", map[string]any{"source": "spinlock.go", "maxRepairRounds": 0})
	if strings.Contains(msg, testKey) || msg == "" {
		t.Errorf("tool error %q", msg)
	}
	if _, err := os.Stat(filepath.Join(dir, "SpinLock.tla")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a spec was written after a model failure: %v", err)
	}
}

func TestGenerateDraftOfflineAndKeepsAnExistingDraft(t *testing.T) {
	dir := spinLockWorkspace(t, false)
	s := connect(t, Options{LookupEnv: noEnv, WorkDir: dir})
	var out GenerateDraftOutput
	s.callOK("tla_generate_draft", map[string]any{"source": "spinlock.go"}, &out)
	onDisk, err := os.ReadFile(filepath.Join(dir, "spinlock.draft.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !out.Offline || out.DraftPath != filepath.Join(dir, "spinlock.draft.md") || out.Text != string(onDisk) || !strings.Contains(out.Text, "Lock") {
		t.Errorf("draft %+v", out)
	}
	// The user reviews the draft; a new one does not replace it.
	reviewed := strings.Replace(string(onDisk), "- `Value`: core (unreviewed)", "- `Value`: helper", 1)
	if err := os.WriteFile(out.DraftPath, []byte(reviewed), 0o644); err != nil {
		t.Fatal(err)
	}
	if msg := s.callErr("tla_generate_draft", map[string]any{"source": "spinlock.go"}); !strings.Contains(msg, "already exists") {
		t.Errorf("second draft: %q", msg)
	}
	if now, _ := os.ReadFile(out.DraftPath); string(now) != reviewed {
		t.Errorf("the reviewed draft was replaced")
	}
	// And the offline skeleton from that draft.
	var spec GenerateSpecOutput
	s.callOK("tla_generate_spec", map[string]any{"source": "spinlock.go"}, &spec)
	if !spec.Offline || spec.Kept != 0 || !spec.Clean || !strings.Contains(spec.Text, "MODULE") {
		t.Errorf("offline spec %+v", spec)
	}
}

func TestCancelledGenerationEndsTheCallAndTheServerGoesOn(t *testing.T) {
	model := llmtest.NewServer(t, llmtest.Reply{Text: spinLockAnswer, Delay: time.Minute})
	started := make(chan struct{}, 1)
	model.OnRequest(func(llmtest.Request) { started <- struct{}{} })
	dir := spinLockWorkspace(t, true)
	s := connect(t, Options{LookupEnv: modelEnv(model), WorkDir: dir})

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := s.cs.CallTool(ctx, &sdk.CallToolParams{Name: "tla_generate_spec", Arguments: map[string]any{"source": "spinlock.go"}})
		done <- err
	}()
	select {
	case <-started:
	case <-time.After(30 * time.Second):
		t.Fatal("the model was never asked")
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled call: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the cancelled call did not end")
	}
	// The server answers the next call, and the cancelled generation
	// wrote nothing.
	var out CheckOutput
	s.callOK("tla_check", map[string]any{"text": badTLA}, &out)
	if out.Clean {
		t.Errorf("check after cancel: %+v", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "SpinLock.tla")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the cancelled generation wrote a spec: %v", err)
	}
}
