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
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tokens"
)

// bigProject is a source far larger than a small context window: the core
// function Incr among a hundred padding functions.
func bigProject(t *testing.T) (dir, source string) {
	t.Helper()
	dir = t.TempDir()
	var b strings.Builder
	b.WriteString("package counter\n\n// Incr adds one.\nfunc Incr(c *int) {\n\t*c++\n}\n")
	for i := range 100 {
		fmt.Fprintf(&b, "\n// Log%d writes a line that has nothing to do with the counter.\nfunc Log%d(w io.Writer) {\n\tfmt.Fprintf(w, \"padding line number %d of the logging subsystem\\n\")\n}\n", i, i, i)
	}
	source = filepath.Join(dir, "counter.go")
	must(t, os.WriteFile(source, []byte(b.String()), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "counter.draft.md"), []byte(strings.Replace(draftText, "## ESSENTIAL", "- `Decr`: not in the source\n\n## ESSENTIAL", 1)), 0o644))
	return dir, source
}

func TestTooLargeSourceIsRefusedWithoutSendingOrWriting(t *testing.T) {
	dir, source := bigProject(t)
	before := tree(t, dir)
	srv := llmtest.NewServer(t, llmtest.Text(cleanModule))
	cfg := noEnv(config.Settings{Model: "gpt-4o", ContextWindow: 3000, MaxTokens: 1000})
	_, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: cfg}, nil)
	var tooLarge *actions.TooLargeError
	if !errors.As(err, &tooLarge) {
		t.Fatalf("err = %v, want a TooLargeError", err)
	}
	if tooLarge.Limit != 3000 || tooLarge.Tokens <= 3000 || tooLarge.AnswerTokens != 1000 || tooLarge.Tokens != tooLarge.PromptTokens+1000 || !tooLarge.CanCoreOnly {
		t.Fatalf("error %+v", tooLarge)
	}
	for _, want := range []string{"context window of 3000 tokens", "tlaGen.contextWindow", "-core-only", "nothing was sent"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message lacks %q: %v", want, err)
		}
	}
	if len(srv.Requests()) != 0 || strings.Join(tree(t, dir), ",") != strings.Join(before, ",") {
		t.Fatalf("requests %d, files %v", len(srv.Requests()), tree(t, dir))
	}
}

func TestCoreOnlySendsOnlyTheCoreFunctions(t *testing.T) {
	dir, source := bigProject(t)
	srv := llmtest.NewServer(t, llmtest.Text(cleanModule))
	cfg := noEnv(config.Settings{Model: "gpt-4o", ContextWindow: 3000, MaxTokens: 1000})
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{
		SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: cfg, CoreOnly: true,
	}, nil)
	must(t, err)
	prompt := srv.Requests()[0].Messages[0].Content
	for _, want := range []string{"// from line 3\n// Incr adds one.\nfunc Incr(c *int) {\n\t*c++\n}", "Only the core functions named by the draft", "Not found in the source: Decr"} {
		if !strings.Contains(prompt, want) {
			t.Errorf("prompt lacks %q", want)
		}
	}
	if strings.Contains(prompt, "func Log") || strings.Contains(prompt, "package counter") {
		t.Error("prompt carries code that is not a core function")
	}
	if specOnDisk(t, dir) != cleanModule || len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "Decr") {
		t.Fatalf("notes %q", res.Notes)
	}

	// A draft without core functions cannot be reduced.
	must(t, os.WriteFile(filepath.Join(dir, "counter.draft.md"), []byte("## ESSENTIAL STATE VARIABLES\n- count\n"), 0o644))
	_, err = actions.Generate(context.Background(), actions.GenerateRequest{
		SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: cfg, CoreOnly: true,
	}, nil)
	if !errors.Is(err, actions.ErrNoCoreFunctions) {
		t.Fatalf("err = %v", err)
	}
}

func TestRepairStopsWhenTheConversationOutgrowsTheWindow(t *testing.T) {
	dir, source := project(t)
	srv := llmtest.NewServer(t, llmtest.Text(oneError))
	cfg := noEnv(config.Settings{Model: "gpt-4o", MaxTokens: 100, ContextWindow: 1 << 20})
	zero := 0
	cfg.MaxRepairRounds = zero
	_, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: cfg}, nil)
	must(t, err)
	// A window the first prompt fits, but not the repair turn, which adds
	// the answer, the problems and the module again.
	first := tokens.Budget("gpt-4o", 0, srv.Requests()[0].Messages[0].Content, 100)
	cfg.ContextWindow = first.PromptTokens + 100 + 20
	cfg.MaxRepairRounds = 3
	srv.Push(llmtest.Text(oneError))
	res, err := actions.Generate(context.Background(), actions.GenerateRequest{SourcePath: source, Model: modelFor(t, srv, true, time.Minute), Config: cfg}, nil)
	must(t, err)
	if len(srv.Requests()) != 2 || res.RepairStop != actions.StopTooLarge || specOnDisk(t, dir) != oneError {
		t.Fatalf("window %d: requests %d stop %q", cfg.ContextWindow, len(srv.Requests()), res.RepairStop)
	}
	if len(res.Notes) != 1 || !strings.Contains(res.Message, "would not fit the model's context window") {
		t.Fatalf("message %q", res.Message)
	}
}
