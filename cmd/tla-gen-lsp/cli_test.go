package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm/llmtest"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

const fakeKey = "sk-test-FAKEKEY-cli-0123456789"

// runCLI runs the command in-process.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// noModelEnv makes sure no model settings leak in from the machine.
func noModelEnv(t *testing.T) {
	for _, k := range []string{"OPENAI_API_KEY", "OPENAI_BASE_URL", "TLA_GEN_MODEL"} {
		t.Setenv(k, "")
	}
}

const cleanModule = "---- MODULE Clean ----\nEXTENDS Naturals\nx == 1 + 2\n====\n"

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCheckUsageErrors(t *testing.T) {
	dir := t.TempDir()
	clean := writeFile(t, dir, "Clean.tla", cleanModule)
	for _, args := range [][]string{
		{"check"},
		{"check", "-format", "xml", clean},
		{"check", "-nosuchflag", clean},
		{"check", filepath.Join(dir, "Missing.tla")},
		{"check", clean, filepath.Join(dir, "Missing.tla")},
	} {
		if code, _, stderr := runCLI(t, args...); code != exitTrouble || stderr == "" {
			t.Errorf("%q: exit %d stderr %q, want 2 with a message", args, code, stderr)
		}
	}
}

func TestCheckCleanFile(t *testing.T) {
	clean := writeFile(t, t.TempDir(), "Clean.tla", cleanModule)
	code, stdout, _ := runCLI(t, "check", clean)
	if code != exitOK || stdout != "" {
		t.Fatalf("text: exit %d stdout %q", code, stdout)
	}
	code, stdout, _ = runCLI(t, "check", "-format", "json", clean)
	var got []map[string]any
	if code != exitOK || json.Unmarshal([]byte(stdout), &got) != nil || got == nil || len(got) != 0 {
		t.Fatalf("json: exit %d stdout %q, want an empty array", code, stdout)
	}
}

func TestCheckFindsErrors(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "Bad.tla", "---- MODULE Bad ----\nx == y\n====\n")
	requireRealChecker(t)
	code, stdout, _ := runCLI(t, "check", bad)
	if code != exitFindings || !strings.HasPrefix(stdout, bad+":") {
		t.Fatalf("text: exit %d stdout %q", code, stdout)
	}
	code, stdout, _ = runCLI(t, "check", "-format", "json", bad, writeFile(t, dir, "Clean.tla", cleanModule))
	var got []sany.JSONDiagnostic
	if code != exitFindings || json.Unmarshal([]byte(stdout), &got) != nil || len(got) == 0 || got[0].Severity != "error" {
		t.Fatalf("json: exit %d stdout %q", code, stdout)
	}
}

func TestJSONShape(t *testing.T) {
	text := []byte("---- MODULE M ----\nx == ⟨y⟩\n====\n")
	f := token.NewFile("/w/M.tla", text)
	start := bytes.Index(text, []byte("y"))
	d := sany.Diagnostic{
		Path: "M.tla", File: f, Module: "M", Pos: token.Pos(start), End: token.Pos(start + 1),
		Severity: sany.SeverityError, Kind: sany.KindSemantic, Code: 4200, Message: "Unknown operator: `y'.",
	}
	b, err := json.Marshal([]sany.JSONDiagnostic{d.JSON(), sany.Diagnostic{Path: "N.tla", Pos: token.NoPos, End: token.NoPos, Severity: sany.SeverityWarning, Kind: sany.KindModule, Message: "m"}.JSON()})
	if err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	json.Unmarshal(b, &got)
	keys := []string{"file", "module", "line", "column", "endLine", "endColumn", "severity", "code", "codeName", "kind", "message"}
	for _, obj := range got {
		if len(obj) != len(keys) {
			t.Fatalf("object %v has keys other than %v", obj, keys)
		}
		for _, k := range keys {
			if _, ok := obj[k]; !ok {
				t.Fatalf("object %v lacks %q", obj, k)
			}
		}
	}
	first := got[0]
	// SANY columns count characters: "x == ⟨" is 6 characters before y.
	if first["line"] != 2.0 || first["column"] != 7.0 || first["endLine"] != 2.0 || first["endColumn"] != 7.0 ||
		first["code"] != 4200.0 || first["kind"] != "semantic" || first["severity"] != "error" {
		t.Fatalf("first = %v", first)
	}
	if got[1]["severity"] != "warning" || got[1]["line"] != 0.0 || got[1]["code"] != 0.0 {
		t.Fatalf("second = %v", got[1])
	}
}

// example copies an example program and its draft into a fresh folder.
func example(t *testing.T, name, stem string) (dir, source string) {
	t.Helper()
	dir = t.TempDir()
	for _, f := range []string{stem + ".go", stem + ".draft.md"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", name, f))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, f, string(data))
	}
	return dir, filepath.Join(dir, stem+".go")
}

func TestGenerateOffline(t *testing.T) {
	noModelEnv(t)
	dir, source := example(t, "spinlock", "spinlock")
	code, stdout, stderr := runCLI(t, "generate", source)
	spec := filepath.Join(dir, "SpinLock.tla")
	if code != exitOK || !strings.Contains(stdout, "wrote "+spec) || !strings.Contains(stdout, "SKELETON") {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "No model configured") {
		t.Fatalf("no progress on stderr: %q", stderr)
	}
	if _, err := os.Stat(spec); err != nil {
		t.Fatal(err)
	}
	// The user edits the spec: generating again refuses, then -force works.
	writeFile(t, dir, "SpinLock.tla", "---- MODULE SpinLock ----\n====\n")
	if code, _, stderr := runCLI(t, "generate", source); code != exitTrouble || !strings.Contains(stderr, "-force") {
		t.Fatalf("edited spec: exit %d stderr %q", code, stderr)
	}
	if code, stdout, _ := runCLI(t, "generate", "-force", source); code != exitOK || !strings.Contains(stdout, "backed up") {
		t.Fatalf("-force: exit %d stdout %q", code, stdout)
	}
}

func TestGenerateWithModelFromEnvironment(t *testing.T) {
	dir, source := example(t, "leader", "election")
	answer := "```tla\n---- MODULE LeaderElection ----\nVARIABLE term\n====\n```"
	srv := llmtest.NewServer(t, llmtest.Text(answer), llmtest.Status(500, "overloaded; key was "+fakeKey))
	t.Setenv("OPENAI_API_KEY", fakeKey)
	t.Setenv("OPENAI_BASE_URL", srv.URL)
	t.Setenv("TLA_GEN_MODEL", "env-model")
	out := filepath.Join(dir, "out")
	code, stdout, stderr := runCLI(t, "generate", "-no-modelcheck", "-o", out, source)
	if code != exitOK || !strings.Contains(stdout, filepath.Join(out, "LeaderElection.tla")) {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	if r := srv.Requests()[0]; r.Model != "env-model" || r.Header.Get("Authorization") != "Bearer "+fakeKey {
		t.Fatalf("request model %q", r.Model)
	}
	// The next answer is a server error: exit 2, a clear message, no key.
	code, stdout, stderr = runCLI(t, "generate", "-o", out, "-model", "flag-model", source)
	if code != exitTrouble || !strings.Contains(stderr, "HTTP 500") || strings.Contains(stdout+stderr, fakeKey) {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	if srv.Requests()[1].Model != "flag-model" {
		t.Fatal("-model did not win over TLA_GEN_MODEL")
	}
}

func TestGenerateUsageErrors(t *testing.T) {
	noModelEnv(t)
	for _, args := range [][]string{{"generate"}, {"generate", "a.go", "b.go"}, {"generate", "-bogus", "a.go"}, {"generate", filepath.Join(t.TempDir(), "missing.go")}} {
		if code, _, stderr := runCLI(t, args...); code != exitTrouble || stderr == "" {
			t.Errorf("%q: exit %d stderr %q", args, code, stderr)
		}
	}
}

// TestBuiltBinary builds the command once and runs it as users do.
func TestBuiltBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	noModelEnv(t)
	bin := filepath.Join(t.TempDir(), "tla-gen-lsp")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir, source := example(t, "leader", "election")
	cmd := exec.Command(bin, "generate", source)
	cmd.Env = append(os.Environ(), "OPENAI_API_KEY=", "TLA_GEN_MODEL=", "OPENAI_BASE_URL=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generate: %v\n%s", err, out)
	}
	spec := filepath.Join(dir, "LeaderElection.tla")
	out, err := exec.Command(bin, "check", "-format", "json", spec).Output()
	var diags []sany.JSONDiagnostic
	if err != nil || json.Unmarshal(out, &diags) != nil || len(diags) != 0 {
		t.Fatalf("check: %v, %s", err, out)
	}
	err = exec.Command(bin, "check", filepath.Join(dir, "nope.tla")).Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitTrouble {
		t.Fatalf("missing file: %v, want exit 2", err)
	}
}

func TestGenerateExitsOneWhenTheSpecHasErrors(t *testing.T) {
	dir, source := example(t, "spinlock", "spinlock")
	srv := llmtest.NewServer(t, llmtest.Text("---- MODULE SpinLock ----\nInit == undefinedThing\n====\n"))
	t.Setenv("OPENAI_API_KEY", "")
	t.Setenv("OPENAI_BASE_URL", srv.URL)
	t.Setenv("TLA_GEN_MODEL", "m")
	requireRealChecker(t)
	code, stdout, stderr := runCLI(t, "generate", source)
	spec := filepath.Join(dir, "SpinLock.tla")
	if code != exitFindings || !strings.Contains(stdout, spec+":2:") || !strings.Contains(stdout, "error") {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
}

// TestJSONSecondModulePositions: an error in the second module of a file
// is reported at its line in the file, with sanyLine the line SANY prints
// (counted from that module's header); the first module has no sanyLine.
func TestJSONSecondModulePositions(t *testing.T) {
	requireRealChecker(t)
	dir := t.TempDir()
	spec := writeFile(t, dir, "Two.tla", "---- MODULE Two ----\nEXTENDS Helper\nx == 1\n====\n\n---- MODULE Helper ----\n\nh == Undefined\n====\n")
	code, stdout, stderr := runCLI(t, "check", "-format", "json", spec)
	var got []map[string]any
	if code != exitFindings || json.Unmarshal([]byte(stdout), &got) != nil || len(got) == 0 {
		t.Fatalf("exit %d stdout %q stderr %q", code, stdout, stderr)
	}
	first := got[0]
	if first["module"] != "Helper" || first["line"] != 8.0 || first["column"] != 6.0 || first["sanyLine"] != 3.0 {
		t.Fatalf("first = %v, want Helper at line 8 of the file, SANY's line 3", first)
	}
	code, stdout, _ = runCLI(t, "check", "-format", "json", writeFile(t, dir, "Bad.tla", "---- MODULE Bad ----\nx == y\n====\n"))
	if code != exitFindings || strings.Contains(stdout, "sanyLine") {
		t.Fatalf("a first module's error has a sanyLine: %s", stdout)
	}
}
