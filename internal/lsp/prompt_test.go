package lsp_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp/lsptest"
)

// scriptedModel answers requests with its replies in order (the last one
// again when they run out) and records the requests.
type scriptedModel struct {
	replies []string
	mu      sync.Mutex
	reqs    []llm.Request
}

func (m *scriptedModel) Complete(_ context.Context, req llm.Request, progress func(llm.Progress)) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.reqs = append(m.reqs, req)
	reply := m.replies[min(len(m.reqs), len(m.replies))-1]
	if progress != nil {
		progress(llm.Progress{Chars: len(reply)})
	}
	return reply, nil
}

func (m *scriptedModel) Name() string { return "scripted" }

func (m *scriptedModel) calls() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.reqs)
}

// spinLockModule is a clean module named as the spinlock example's draft
// suggests.
const spinLockModule = "---- MODULE SpinLock ----\nEXTENDS Naturals\nVARIABLES locked, counter\n" +
	"Init == locked = FALSE /\\ counter = 0\n" +
	"Next == \\/ locked = FALSE /\\ locked' = TRUE /\\ UNCHANGED counter\n" +
	"        \\/ locked = TRUE /\\ locked' = FALSE /\\ counter' = counter + 1\n" +
	"Spec == Init /\\ [][Next]_<<locked, counter>>\n====\n"

// spinlockWorkspace copies the spinlock example's source and draft.
func spinlockWorkspace(t *testing.T) (dir, src string) {
	t.Helper()
	dir = t.TempDir()
	for _, name := range []string{"spinlock.go", "spinlock.draft.md"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", "spinlock", name))
		if err != nil {
			t.Fatalf("the spinlock example is part of the repository: %v", err)
		}
		writeFile(t, filepath.Join(dir, name), string(data))
	}
	return dir, filepath.Join(dir, "spinlock.go")
}

func modelOptions(m llm.Model) lsp.Options {
	return lsp.Options{
		NewModel: func(config.Effective) (llm.Model, error) { return m, nil },
	}
}

func runGenerate(t *testing.T, s *session, src string) map[string]any {
	t.Helper()
	var reply map[string]any
	err := s.client.Call(s.ctx, "workspace/executeCommand", map[string]any{
		"command": "tlaGen.generateSpec", "arguments": []any{map[string]any{"uri": fileURI(src)}},
	}, &reply)
	if err != nil {
		t.Fatal(err)
	}
	return reply
}

// TestOverwritePrompt: generating over a spec the user edited asks
// whether to overwrite; Overwrite replaces it (backup kept) without asking
// the model again, Keep mine and no answer leave it alone.
func TestOverwritePrompt(t *testing.T) {
	for _, tc := range []struct {
		answer    string
		overwrite bool
	}{
		{"Overwrite (backup kept)", true},
		{"Keep mine", false},
		{"", false}, // dismissed
	} {
		t.Run(fmt.Sprintf("answer=%q", tc.answer), func(t *testing.T) {
			dir, src := spinlockWorkspace(t)
			model := &scriptedModel{replies: []string{"```tla\n" + spinLockModule + "```\n"}}
			s := startSession(t, modelOptions(model), lsptest.Options{
				Answer: func(string, []string) string { return tc.answer },
			})
			s.initialize(lsptest.Capabilities{WorkDoneProgress: true}, map[string]any{"model": "m"})
			runGenerate(t, s, src)
			spec := filepath.Join(dir, "SpinLock.tla")
			mine := strings.Replace(spinLockModule, "counter = 0", "counter = 42", 1)
			writeFile(t, spec, mine)

			reply := runGenerate(t, s, src)
			qs := s.client.Questions()
			if len(qs) != 1 || qs[0].Message != "SpinLock.tla was edited since it was generated." ||
				strings.Join(qs[0].Titles, "|") != "Overwrite (backup kept)|Keep mine" {
				t.Fatalf("questions = %+v", qs)
			}
			got, _ := os.ReadFile(spec)
			backups, _ := filepath.Glob(filepath.Join(dir, ".tla-gen", "SpinLock", "backup-*.tla"))
			if tc.overwrite {
				if string(got) != spinLockModule {
					t.Errorf("spec not overwritten:\n%s", got)
				}
				if len(backups) != 1 {
					t.Fatalf("backups = %v", backups)
				}
				if b, _ := os.ReadFile(backups[0]); string(b) != mine {
					t.Errorf("backup holds %q, want the user's text", b)
				}
				if u, _ := reply["specUri"].(string); !strings.HasSuffix(u, "/SpinLock.tla") {
					t.Errorf("reply = %v", reply)
				}
				if n := model.calls(); n != 2 {
					t.Errorf("the model was asked %d times, want 2 (the overwrite reuses the answer)", n)
				}
				if _, err := s.client.WaitMessage(s.ctx, "Wrote SpinLock.tla"); err != nil {
					t.Error(err)
				}
				return
			}
			if string(got) != mine {
				t.Errorf("the user's spec was changed:\n%s", got)
			}
			if len(backups) != 0 || reply != nil {
				t.Errorf("backups %v reply %v", backups, reply)
			}
			msg, err := s.client.WaitMessage(s.ctx, "Kept your SpinLock.tla")
			if err != nil {
				t.Fatal(err)
			}
			aside := filepath.Join(dir, ".tla-gen", "SpinLock", "SpinLock.tla")
			if !strings.Contains(msg.Message, aside) {
				t.Errorf("message %q does not say where the new text is (%s)", msg.Message, aside)
			}
			if b, _ := os.ReadFile(aside); string(b) != spinLockModule {
				t.Errorf("saved aside: %q", b)
			}
		})
	}
}

// TestTooLargePrompt: a source over the context window asks whether to
// send only the core functions, and does so on yes.
func TestTooLargePrompt(t *testing.T) {
	for _, answer := range []string{"Send core functions only", "Cancel"} {
		t.Run(answer, func(t *testing.T) {
			_, src := spinlockWorkspace(t)
			// A long function that is not core makes the whole source
			// some 10000 tokens; the core functions and the prompt stay
			// well under 4000.
			data, _ := os.ReadFile(src)
			padding := "\nfunc Padding() {\n" + strings.Repeat("\t_ = \"lorem ipsum dolor sit amet\"\n", 1200) + "}\n"
			writeFile(t, src, string(data)+padding)
			model := &scriptedModel{replies: []string{"```tla\n" + spinLockModule + "```\n"}}
			s := startSession(t, modelOptions(model), lsptest.Options{
				Answer: func(string, []string) string { return answer },
			})
			s.initialize(lsptest.Capabilities{}, map[string]any{"model": "m", "contextWindow": 4000, "maxTokens": 200})
			runGenerate(t, s, src)
			qs := s.client.Questions()
			if len(qs) != 1 || !strings.HasPrefix(qs[0].Message, "Source is ") ||
				!strings.Contains(qs[0].Message, "tokens over the model's context (limit 4000)") ||
				strings.Join(qs[0].Titles, "|") != "Send core functions only|Cancel" {
				t.Fatalf("questions = %+v", qs)
			}
			if answer == "Cancel" {
				if model.calls() != 0 {
					t.Errorf("the model was called %d times after Cancel", model.calls())
				}
				if _, err := s.client.WaitMessage(s.ctx, "context window"); err != nil {
					t.Error(err)
				}
				return
			}
			if model.calls() != 1 {
				t.Fatalf("model calls = %d", model.calls())
			}
			prompt := model.reqs[0].Messages[0].Content
			if !strings.Contains(prompt, "Only the core functions") || strings.Contains(prompt, "lorem ipsum") {
				t.Errorf("the prompt is not core-only")
			}
		})
	}
}
