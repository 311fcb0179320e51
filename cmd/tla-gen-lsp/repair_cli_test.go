package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
)

const spinLockClean = `---- MODULE SpinLock ----
EXTENDS Naturals
VARIABLES locked, owner, counter, pc
vars == <<locked, owner, counter, pc>>
TypeOK == locked \in BOOLEAN
Init == locked = FALSE /\ owner = 0 /\ counter = 0 /\ pc = "idle"
Lock == locked = FALSE /\ locked' = TRUE /\ UNCHANGED <<owner, counter, pc>>
Unlock == locked' = FALSE /\ UNCHANGED <<owner, counter, pc>>
Increment == counter' = counter + 1 /\ UNCHANGED <<locked, owner, pc>>
Next == Lock \/ Unlock \/ Increment
Spec == Init /\ [][Next]_vars
====
`

func modelEnv(t *testing.T, srv *llmtest.Server) {
	t.Setenv("OPENAI_API_KEY", "")
	t.Setenv("OPENAI_BASE_URL", srv.URL)
	t.Setenv("TLA_GEN_MODEL", "m")
}

func TestGeneratePrintsRepairRounds(t *testing.T) {
	dir, source := example(t, "spinlock", "spinlock")
	broken := strings.Replace(spinLockClean, "counter' = counter + 1", "counter' = countr + 1", 1)
	srv := llmtest.NewServer(t, llmtest.Text(broken), llmtest.Text("Fixed:\n```tla\n"+spinLockClean+"```"))
	modelEnv(t, srv)
	code, stdout, stderr := runCLI(t, "generate", "-no-modelcheck", "-v", source)
	if code != exitOK || !strings.Contains(stderr, "Repair round 1/3: 1 error") || !strings.Contains(stdout, "after 1 repair round") {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "tla-gen-lsp log: ") || !strings.Contains(stderr, "round 2: 0 errors") {
		t.Fatalf("-v did not print the log:\n%s", stderr)
	}
	for _, f := range []string{"SpinLock.tla", ".tla-gen/SpinLock/round-1.tla", ".tla-gen/SpinLock/round-2.tla", ".tla-gen/SpinLock/generation.log", ".tla-gen/SpinLock/origin.json"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}

	// -repair 0: no round, exit 1 for the errors left.
	srv.Push(llmtest.Text(broken))
	if code, _, stderr := runCLI(t, "generate", "-repair", "0", source); code != exitFindings || strings.Contains(stderr, "Repair round") {
		t.Fatalf("-repair 0: exit %d stderr %s", code, stderr)
	}
}

func TestGenerateTooLargeAndCoreOnly(t *testing.T) {
	dir, source := example(t, "spinlock", "spinlock")
	srv := llmtest.NewServer(t, llmtest.Text(spinLockClean))
	modelEnv(t, srv)
	code, _, stderr := runCLI(t, "generate", "-context-window", "2000", source)
	if code != exitTrouble || !strings.Contains(stderr, "context window of 2000 tokens") || !strings.Contains(stderr, "-core-only") || len(srv.Requests()) != 0 {
		t.Fatalf("exit %d stderr %s", code, stderr)
	}
	code, stdout, stderr := runCLI(t, "generate", "-no-modelcheck", "-context-window", "5000", "-max-tokens", "500", "-core-only", source)
	if code != exitOK || len(srv.Requests()) != 1 {
		t.Fatalf("-core-only: exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	prompt := srv.Requests()[0].Messages[0].Content
	if !strings.Contains(prompt, "func (l *SpinLock) Lock(") || strings.Contains(prompt, "func Run(") || strings.Contains(prompt, "func (l *SpinLock) tryAcquire(") {
		t.Fatal("the -core-only prompt does not hold exactly the core functions")
	}
	_ = dir
}

func TestDraftCommand(t *testing.T) {
	noModelEnv(t)
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "spinlock", "spinlock.go"))
	if err != nil {
		t.Fatal(err)
	}
	source := writeFile(t, dir, "spinlock.go", string(data))
	code, stdout, stderr := runCLI(t, "draft", source)
	path := filepath.Join(dir, "spinlock.draft.md")
	if code != exitOK || !strings.Contains(stdout, "wrote "+path) || !strings.Contains(stdout, "UNREVIEWED") {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	text, _ := os.ReadFile(path)
	if !strings.Contains(string(text), "- `Lock`: core (unreviewed)") {
		t.Fatalf("draft:\n%s", text)
	}
	if code, _, stderr := runCLI(t, "draft", source); code != exitOK {
		// The same text again is not a conflict.
		t.Fatalf("same draft again: exit %d %s", code, stderr)
	}
	writeFile(t, dir, "spinlock.draft.md", "# mine\n")
	if code, _, stderr := runCLI(t, "draft", source); code != exitTrouble || !strings.Contains(stderr, "-force") {
		t.Fatalf("existing draft: exit %d %s", code, stderr)
	}
	if code, _, _ := runCLI(t, "draft", "-force", source); code != exitOK {
		t.Fatal("-force failed")
	}
}
