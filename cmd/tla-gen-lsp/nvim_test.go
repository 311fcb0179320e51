package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
)

// nvimAnswer models the draft's core function Lock as "lock": the spec is
// clean for SANY, and the draft-conformance check notes the case.
const nvimAnswer = "```tla\n---- MODULE SpinLock ----\nEXTENDS Naturals\nVARIABLES locked, counter\n" +
	"Init == locked = FALSE /\\ counter = 0\n" +
	"lock == locked = FALSE /\\ locked' = TRUE /\\ UNCHANGED counter\n" +
	"Unlock == locked = TRUE /\\ locked' = FALSE /\\ counter' = counter + 1\n" +
	"Next == lock \\/ Unlock\n" +
	"Spec == Init /\\ [][Next]_<<locked, counter>>\n====\n```\n"

// TestNeovimHeadless runs test/nvim/e2e.lua in a real headless Neovim
// against the built server: the code action through the UI path, the
// draft-conformance note (source tla-gen) beside SANY's diagnostics on the
// generated spec, code lenses on the source, diagnostics after an unsaved
// edit, validation on save, and model checking from the lens.
func TestNeovimHeadless(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		if os.Getenv("TLA_GEN_REQUIRE_EDITORS") == "1" {
			t.Fatal("nvim is not installed and TLA_GEN_REQUIRE_EDITORS=1 (apt-get install -y neovim)")
		}
		t.Skip("nvim is not installed (apt-get install -y neovim); set TLA_GEN_REQUIRE_EDITORS=1 to make this a failure")
	}
	requireRealChecker(t)
	script, err := filepath.Abs(filepath.Join("..", "..", "test", "nvim", "e2e.lua"))
	if err != nil {
		t.Fatal(err)
	}
	bin := serverBinary(t)
	model := llmtest.NewServer(t, llmtest.Text(nvimAnswer))
	dir, _ := workspace(t)
	writeText(t, filepath.Join(dir, "Edit.tla"), "---- MODULE Edit ----\nVARIABLE x\nInit == x = 0\n====\n")
	writeText(t, filepath.Join(dir, "Main.tla"), "---- MODULE Main ----\nEXTENDS Lib\nY == Z\n====\n")
	writeText(t, filepath.Join(dir, "Lib.tla"), "---- MODULE Lib ----\nZ == 1\n====\n")
	for _, name := range []string{"Bounded.tla", "Bounded.cfg"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "scripts", "editors", "testdata", "modelcheck", name))
		if err != nil {
			t.Fatal(err)
		}
		writeText(t, filepath.Join(dir, name), string(data))
	}

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-u", "NONE", "-c", "luafile "+script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "LSP_BIN="+bin, "WORKDIR="+dir, "MODEL_URL="+model.URL,
		"OPENAI_API_KEY="+serveKey, "HOME="+t.TempDir(), "XDG_STATE_HOME="+t.TempDir(), "XDG_DATA_HOME="+t.TempDir())
	start := time.Now()
	out, err := cmd.CombinedOutput()
	t.Logf("nvim (%v):\n%s", time.Since(start).Round(time.Millisecond), out)
	if err != nil {
		t.Fatalf("nvim: %v", err)
	}
	if !strings.Contains(string(out), "OK in") {
		t.Fatal("the script did not reach its end")
	}
	if strings.Contains(string(out), serveKey) {
		t.Error("the API key appears in Neovim's output")
	}
}

// TestNeovimNavigation runs test/nvim/navigation.lua in a real headless
// Neovim against the built server: go to definition into another module
// and into a standard module (a read-only file), and the hover window.
func TestNeovimNavigation(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		if os.Getenv("TLA_GEN_REQUIRE_EDITORS") == "1" {
			t.Fatal("nvim is not installed and TLA_GEN_REQUIRE_EDITORS=1 (apt-get install -y neovim)")
		}
		t.Skip("nvim is not installed (apt-get install -y neovim); set TLA_GEN_REQUIRE_EDITORS=1 to make this a failure")
	}
	requireRealChecker(t)
	script, err := filepath.Abs(filepath.Join("..", "..", "test", "nvim", "navigation.lua"))
	if err != nil {
		t.Fatal(err)
	}
	bin := serverBinary(t)
	dir := t.TempDir()
	writeText(t, filepath.Join(dir, "Lib.tla"), "---- MODULE Lib ----\nEXTENDS Naturals\n\\* Twice the number.\nDouble(n) == 2 * n\n====\n")
	writeText(t, filepath.Join(dir, "Main.tla"), "---- MODULE Main ----\nEXTENDS Lib, FiniteSets\nVARIABLE x\n"+
		"Next == x' = Double(x)\nSize == Cardinality({x})\n====\n")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-u", "NONE", "-c", "luafile "+script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "LSP_BIN="+bin, "WORKDIR="+dir, "HOME="+t.TempDir(),
		"XDG_CACHE_HOME="+t.TempDir(), "XDG_STATE_HOME="+t.TempDir(), "XDG_DATA_HOME="+t.TempDir())
	out, err := cmd.CombinedOutput()
	t.Logf("nvim:\n%s", out)
	if err != nil {
		t.Fatalf("nvim: %v", err)
	}
	if !strings.Contains(string(out), "OK") {
		t.Fatal("the script did not reach its end")
	}
}
