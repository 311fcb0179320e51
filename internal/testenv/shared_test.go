package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestSharedPathBesideModuleRoot lays out a module and ../shared beside
// it and finds a file there from a subfolder.
func TestSharedPathBesideModuleRoot(t *testing.T) {
	top := t.TempDir()
	sub := filepath.Join(top, "repo", "internal", "x")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(top, "repo", "go.mod"), []byte("module x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub)
	want := filepath.Join(top, "shared", "prompts", "p.txt")
	if p, ok := SharedPath("prompts", "p.txt"); ok || p != want {
		t.Fatalf("SharedPath before the file exists = %q, %v; want %q, false", p, ok, want)
	}
	if err := os.MkdirAll(filepath.Dir(want), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(want, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if p, ok := SharedPath("prompts", "p.txt"); !ok || p != want {
		t.Fatalf("SharedPath = %q, %v; want %q, true", p, ok, want)
	}
	if got := Shared(t, "prompts", "p.txt"); got != want {
		t.Fatalf("Shared = %q, want %q", got, want)
	}
}

// TestMissingSharedSkipsOrFails runs a test that needs an absent shared
// file in a child process, with and without TLA_GEN_REQUIRE_SHARED=1, and
// reads the verdict go test prints.
func TestMissingSharedSkipsOrFails(t *testing.T) {
	if os.Getenv("TESTENV_CHILD") == "1" {
		t.Skip("only runs as the parent")
	}
	for _, c := range []struct {
		require, want string
	}{{"", "--- SKIP: TestChildNeedsAbsentShared"}, {"1", "--- FAIL: TestChildNeedsAbsentShared"}} {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestChildNeedsAbsentShared$", "-test.v")
		cmd.Env = append(os.Environ(), "TESTENV_CHILD=1", RequireSharedEnv+"="+c.require)
		out, _ := cmd.CombinedOutput()
		if !strings.Contains(string(out), c.want) {
			t.Errorf("%s=%q: want %q in\n%s", RequireSharedEnv, c.require, c.want, out)
		}
	}
}

func TestChildNeedsAbsentShared(t *testing.T) {
	if os.Getenv("TESTENV_CHILD") != "1" {
		t.Skip("only runs as the child of TestMissingSharedSkipsOrFails")
	}
	Shared(t, "no-such-folder-anywhere")
	t.Fatal("Shared returned for an absent folder")
}
