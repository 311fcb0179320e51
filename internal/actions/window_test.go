package actions_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tokens"
)

// largeProject writes a Raft-like Go source of about size bytes (the size
// of the case that used to be refused: an 82 KB raft.go whose prompt is
// about 18,000 tokens) with a draft naming its core functions.
func largeProject(t *testing.T, size int) (dir, source string) {
	t.Helper()
	dir = t.TempDir()
	var b strings.Builder
	b.WriteString("package raft\n\n// Incr adds one.\nfunc Incr(c *int) {\n\t*c++\n}\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, `
// handleAppendEntries%d applies the entries of an AppendEntries RPC from the
// leader of term args.Term to the log, truncating conflicting suffixes.
func (r *Raft) handleAppendEntries%d(args *AppendEntriesArgs, reply *AppendEntriesReply) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if args.Term < r.currentTerm {
		reply.Term, reply.Success = r.currentTerm, false
		return
	}
	for j, e := range args.Entries {
		idx := args.PrevLogIndex + 1 + j
		if idx < len(r.log) && r.log[idx].Term != e.Term {
			r.log = r.log[:idx]
		}
	}
	r.commitIndex = min(args.LeaderCommit, len(r.log)-1)
}
`, i, i)
	}
	source = filepath.Join(dir, "raft.go")
	must(t, os.WriteFile(source, []byte(b.String()), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "raft.draft.md"), []byte(draftText), 0o644))
	return dir, source
}

// unknownModel is a model name the built-in table does not know, as a
// local server names its models.
const unknownModel = "my-local-raft-model:q4"

func localModel(t *testing.T, srv *llmtest.Server) llm.Model {
	t.Helper()
	m, err := llm.NewOpenAI(llm.OpenAIOptions{BaseURL: srv.URL, Model: unknownModel, Stream: true, Timeout: time.Minute})
	must(t, err)
	return m
}

// TestLargeSourceThroughUnknownModelIsSent: an 82 KB source, a model the
// table does not know, an endpoint that reports no window: nothing is
// refused in advance (it used to be, against a guessed 8192), the whole
// source is sent, and the log says the window is unknown and why.
func TestLargeSourceThroughUnknownModelIsSent(t *testing.T) {
	dir, source := largeProject(t, 82*1024)
	srv := llmtest.NewServer(t, llmtest.Text(goodModule))
	cfg := noEnv(config.Settings{Model: unknownModel})
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: localModel(t, srv), Config: cfg}, nil)
	must(t, err)
	reqs := srv.Requests()
	src, _ := os.ReadFile(source)
	if len(reqs) != 1 || !strings.Contains(reqs[0].Messages[0].Content, string(src)) {
		t.Fatalf("%d requests; the whole source must be sent", len(reqs))
	}
	promptTokens := tokens.Budget(unknownModel, 0, reqs[0].Messages[0].Content, 0).PromptTokens
	if promptTokens <= 8192 {
		t.Fatalf("the prompt is %d tokens: not larger than the old guess, the test proves nothing", promptTokens)
	}
	t.Logf("82 KB source: prompt of %d tokens sent", promptTokens)
	log, err := os.ReadFile(res.LogPath)
	must(t, err)
	if !strings.Contains(string(log), "context window: unknown (the endpoint reports none") {
		t.Fatalf("log lacks the window's source:\n%s", log)
	}
	if _, err := os.Stat(filepath.Join(dir, "Counter.tla")); err != nil {
		t.Fatal(err)
	}
}

// TestWindowReportedByEndpointRefusesInAdvance: when vLLM says its window
// is 8192, the same source is refused before anything is sent, the
// message names where the window came from, and the log says it too.
func TestWindowReportedByEndpointRefusesInAdvance(t *testing.T) {
	_, source := largeProject(t, 82*1024)
	srv := llmtest.NewServer(t, llmtest.Text(goodModule))
	srv.SetRoute("GET /v1/models", llmtest.Route{Body: llmtest.VLLMModels(unknownModel, 8192)})
	var log strings.Builder
	cfg := noEnv(config.Settings{Model: unknownModel})
	_, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: localModel(t, srv), Config: cfg, Log: &log}, nil)
	var tl *actions.TooLargeError
	if !errors.As(err, &tl) || tl.Limit != 8192 || tl.FromServer || !tl.CanCoreOnly || !strings.Contains(err.Error(), "vLLM /v1/models max_model_len") {
		t.Fatalf("err = %v", err)
	}
	if len(srv.Requests()) != 0 || !strings.Contains(log.String(), "context window: 8192 tokens (vLLM /v1/models max_model_len)") {
		t.Fatalf("%d requests; log:\n%s", len(srv.Requests()), log.String())
	}
	// The setting overrides what the endpoint says.
	cfg = noEnv(config.Settings{Model: unknownModel, ContextWindow: 200000})
	log.Reset()
	_, err = actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: localModel(t, srv), Config: cfg, Log: &log}, nil)
	must(t, err)
	if !strings.Contains(log.String(), "context window: 200000 tokens (setting tlaGen.contextWindow)") {
		t.Fatalf("log:\n%s", log.String())
	}
}

// TestServerRefusalOffersCoreOnly: with no window known, the prompt is
// sent; the server's "maximum context length is 8192 tokens" becomes a
// TooLargeError from the server, offering the core functions, and the
// core-only request then goes through.
func TestServerRefusalOffersCoreOnly(t *testing.T) {
	dir, source := largeProject(t, 82*1024)
	srv := llmtest.NewServer(t, llmtest.VLLMContextTooLong(8192, 30000, 4096), llmtest.Text(goodModule))
	cfg := noEnv(config.Settings{Model: unknownModel})
	before := tree(t, dir)
	_, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: localModel(t, srv), Config: cfg}, nil)
	var tl *actions.TooLargeError
	if !errors.As(err, &tl) || !tl.FromServer || tl.Limit != 8192 || tl.Tokens != 34096 || !tl.CanCoreOnly {
		t.Fatalf("err = %#v", err)
	}
	for _, want := range []string{"refused the prompt", "context window of 8192 tokens", "Send only the core functions"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message lacks %q: %v", want, err)
		}
	}
	if h := tl.Headline(); h != "Source is 25904 tokens over the model's context (limit 8192)." {
		t.Errorf("headline %q", h)
	}
	if strings.Join(tree(t, dir), ",") != strings.Join(before, ",") {
		t.Fatalf("files written: %v", tree(t, dir))
	}
	_, err = actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: localModel(t, srv), Config: cfg, CoreOnly: true}, nil)
	must(t, err)
	if got := srv.Requests()[1].Messages[0].Content; strings.Contains(got, "handleAppendEntries") || !strings.Contains(got, "func Incr") {
		t.Fatal("the core-only prompt is not the core function alone")
	}
}
