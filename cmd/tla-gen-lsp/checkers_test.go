package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// standInJava writes a shell script that plays java running SANY: in the
// checked file's folder it saves its arguments to FILE.args, prints
// FILE.out and exits with the status in FILE.code.
func standInJava(t *testing.T) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the java stand-in is a shell script")
	}
	script := "#!/bin/sh\nfor last; do :; done\necho \"$@\" > \"$last.args\"\ncat \"$last.out\"\nexit $(cat \"$last.code\")\n"
	path := filepath.Join(t.TempDir(), "java")
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

// sanyOutput records what SANY prints for a module file.
func sanyOutput(t *testing.T, module, out string, exitCode string) {
	t.Helper()
	writeFile(t, filepath.Dir(module), filepath.Base(module)+".out", out)
	writeFile(t, filepath.Dir(module), filepath.Base(module)+".code", exitCode)
}

const badOutput = "Parsing file BAD\nSemantic processing of module Bad\nSemantic errors:\n\n*** Errors: 1\n\n" +
	"line 2, col 6 to line 2, col 6 of module Bad\n\nUnknown operator: `y'.\n\n\n"

func TestCheckWithTla2tools(t *testing.T) {
	java := standInJava(t)
	dir := t.TempDir()
	jar := writeFile(t, t.TempDir(), "tla2tools.jar", "stand-in")
	bad := writeFile(t, dir, "Bad.tla", "---- MODULE Bad ----\nx == y\n====\n")
	clean := writeFile(t, dir, "Clean.tla", cleanModule)
	sanyOutput(t, bad, strings.ReplaceAll(badOutput, "BAD", bad), "4")
	sanyOutput(t, clean, "Parsing file "+clean+"\nSemantic processing of module Clean\n", "0")

	code, stdout, stderr := runCLI(t, "check", "-checker", "tla2tools", "-jar", jar, "-java", java, clean)
	if code != exitOK || stdout != "" {
		t.Errorf("clean: exit %d stdout %q stderr %q", code, stdout, stderr)
	}
	args, err := os.ReadFile(clean + ".args")
	if err != nil || strings.TrimSpace(string(args)) != "-cp "+jar+" tla2sany.SANY -error-codes Clean.tla" {
		t.Errorf("java was called with %q (%v)", args, err)
	}

	code, stdout, stderr = runCLI(t, "check", "-checker", "tla2tools", "-jar", jar, "-java", java, bad)
	if want := bad + ":2:6: error: [tla2tools] Unknown operator: `y'.\n"; code != exitFindings || stdout != want {
		t.Errorf("bad: exit %d stdout %q stderr %q, want exit 1 and %q", code, stdout, stderr, want)
	}

	code, stdout, _ = runCLI(t, "check", "-checker", "both", "-format", "json", "-jar", jar, "-java", java, bad)
	var got []sany.JSONDiagnostic
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || code != exitFindings {
		t.Fatalf("both: exit %d stdout %q (%v)", code, stdout, err)
	}
	checkers := map[string]int{}
	for _, d := range got {
		checkers[d.Checker]++
		if d.Checker == "tla2tools" && (d.Line != 2 || d.Column != 6 || d.CodeName != "SYMBOL_UNDEFINED" || d.Kind != "semantic") {
			t.Errorf("tla2tools finding = %+v", d)
		}
	}
	if checkers["tla2tools"] != 1 || checkers["native"] == 0 || len(checkers) != 2 {
		t.Errorf("both: findings per checker %v, want one from tla2tools and the rest tagged native", checkers)
	}
}

func TestCheckWithTla2toolsTrouble(t *testing.T) {
	java := standInJava(t)
	dir := t.TempDir()
	clean := writeFile(t, dir, "Clean.tla", cleanModule)
	sanyOutput(t, clean, "", "0")
	jar := writeFile(t, t.TempDir(), "tla2tools.jar", "stand-in")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-checker", "tla2tools", "-java", java}, "tla2toolsJar"},
		{[]string{"-checker", "tla2tools", "-java", java, "-jar", filepath.Join(dir, "missing.jar")}, "not found"},
		{[]string{"-checker", "both", "-java", filepath.Join(dir, "no-java"), "-jar", jar}, "install a JRE"},
		{[]string{"-checker", "javasany", "-jar", jar}, "unknown checker"},
	} {
		args := append(append([]string{"check"}, c.args...), clean)
		code, _, stderr := runCLI(t, args...)
		if code != exitTrouble || !strings.Contains(stderr, c.want) {
			t.Errorf("%q: exit %d stderr %q, want 2 and %q", c.args, code, stderr, c.want)
		}
	}
}
