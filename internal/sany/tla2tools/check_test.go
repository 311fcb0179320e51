package tla2tools

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
)

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// fakeJar is a file standing for tla2tools.jar, which the stand-in never reads.
func fakeJar(t *testing.T) string {
	t.Helper()
	return writeFile(t, t.TempDir(), "tla2tools.jar", "stand-in")
}

const tabModule = "---- MODULE Tab ----\nEXTENDS Naturals\nVARIABLE x\nFoo ==\t∧ x = 1\n\t∧ \"😀\" = y\n====\n"

// tabOutput is real SANY's output on tabModule (run by hand): the column
// of y counts the TAB as reaching column 9 and the emoji as two units.
const tabOutput = `
****** SANY2 Version 2.2 created 08 July 2020

Parsing file DIR/Tab.tla
Parsing file /sany/StandardModules/Naturals.tla
Semantic processing of module Naturals
Semantic processing of module Tab
Semantic errors:

*** Errors: 1

line 5, col 18 to line 5, col 18 of module Tab

Unknown operator: ` + "`y'." + `


`

func TestCheckPlacesSemanticErrorsInBytes(t *testing.T) {
	java, record := standInJava(t)
	jar := fakeJar(t)
	dir := t.TempDir()
	path := writeFile(t, dir, "Tab.tla", tabModule)
	lib := t.TempDir()
	record(path, recordedRun{Dir: dir, Args: commandArgs(jar, []string{lib}, "Tab.tla"),
		Stdout: strings.ReplaceAll(tabOutput, "DIR", dir), ExitCode: 4})

	diags, err := Check(context.Background(), Options{Java: java, Jar: jar, SearchPaths: []string{lib}}, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 {
		t.Fatalf("got %d diagnostics, want 1: %v", len(diags), diags)
	}
	d := diags[0]
	y := strings.Index(tabModule, "= y") + 2
	if d.Path != path || d.Module != "Tab" || d.Kind != sany.KindSemantic || d.Severity != sany.SeverityError ||
		d.Code != semantic.CodeSymbolUndefined || d.Message != "Unknown operator: `y'." {
		t.Errorf("diagnostic = %+v", d)
	}
	if int(d.Pos) != y || int(d.End) != y+1 {
		t.Errorf("range = [%d,%d), want [%d,%d) (the y)", d.Pos, d.End, y, y+1)
	}
	if lsp := d.File.LSPPosition(d.Pos); lsp.Line != 4 || lsp.Character != 10 { // TAB, ∧, space, quote, emoji (2), quote, space, =, space
		t.Errorf("LSP position = %v, want 4:10", lsp)
	}
}

func TestCheckRelativePathsAndModuleInSearchPath(t *testing.T) {
	java, record := standInJava(t)
	jar := fakeJar(t)
	dir := t.TempDir()
	lib := filepath.Join(dir, "lib")
	if err := os.Mkdir(lib, 0o755); err != nil {
		t.Fatal(err)
	}
	root := writeFile(t, dir, "Root.tla", "---- MODULE Root ----\nEXTENDS Helper\n====\n")
	helper := writeFile(t, lib, "Helper.tla", "---- MODULE Helper ----\nH == Undefined\n====\n")
	out := "Parsing file " + root + "\nParsing file " + helper + "\nSemantic processing of module Helper\nSemantic errors:\n\n*** Errors: 1\n\n" +
		"line 2, col 6 to line 2, col 14 of module Helper\n\nUnknown operator: `Undefined'.\n\n\n"
	record(root, recordedRun{Dir: dir, Args: commandArgs(jar, []string{lib}, "Root.tla"), Stdout: out, ExitCode: 4})

	t.Chdir(dir)
	diags, err := Check(context.Background(), Options{Java: java, Jar: "tla2tools.jar", SearchPaths: []string{"lib"}}, "Root.tla")
	if err == nil || !errors.Is(err, ErrJarNotFound) {
		t.Fatalf("relative jar that does not exist: err = %v, want ErrJarNotFound", err)
	}
	rel, err := filepath.Rel(dir, jar)
	if err != nil {
		t.Fatal(err)
	}
	diags, err = Check(context.Background(), Options{Java: java, Jar: rel, SearchPaths: []string{"lib"}}, "Root.tla")
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 || diags[0].Path != helper || diags[0].Module != "Helper" || !diags[0].HasLocation() {
		t.Fatalf("diagnostics = %v, want one in %s", diags, helper)
	}
	if got := string(diags[0].File.Text()[diags[0].Pos:diags[0].End]); got != "Undefined" {
		t.Errorf("range covers %q, want Undefined", got)
	}
}

func TestCheckNeedsJavaAndJar(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "M.tla", "---- MODULE M ----\n====\n")
	jar := fakeJar(t)
	_, err := Check(context.Background(), Options{Java: filepath.Join(dir, "no-such-java"), Jar: jar}, path)
	if !errors.Is(err, ErrJavaNotFound) || !strings.Contains(err.Error(), "install a JRE or set tlaGen.javaPath") {
		t.Errorf("missing java: err = %v", err)
	}
	t.Setenv("PATH", dir) // no java on it
	if _, err := Check(context.Background(), Options{Jar: jar}, path); !errors.Is(err, ErrJavaNotFound) {
		t.Errorf("no java on PATH: err = %v", err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Check(context.Background(), Options{Java: exe}, path); !errors.Is(err, ErrJarNotSet) {
		t.Errorf("no jar: err = %v", err)
	}
	missing := filepath.Join(dir, "tla2tools.jar")
	if _, err := Check(context.Background(), Options{Java: exe, Jar: missing}, path); !errors.Is(err, ErrJarNotFound) || !strings.Contains(err.Error(), missing) {
		t.Errorf("jar missing: err = %v", err)
	}
	if _, err := Check(context.Background(), Options{Java: exe, Jar: jar}, filepath.Join(dir, "Missing.tla")); err == nil {
		t.Error("checking a missing file succeeded")
	}
}

func TestCheckReportsAFailedRunAsOneDiagnostic(t *testing.T) {
	java, record := standInJava(t)
	jar := fakeJar(t)
	dir := t.TempDir()
	path := writeFile(t, dir, "M.tla", "---- MODULE M ----\n====\n")
	record(path, recordedRun{Dir: dir, Args: commandArgs(jar, nil, "M.tla"),
		Stderr: "Error: Could not find or load main class tla2sany.SANY\nCaused by: java.lang.ClassNotFoundException: tla2sany.SANY\n", ExitCode: 1})
	diags, err := Check(context.Background(), Options{Java: java, Jar: jar}, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 {
		t.Fatalf("got %v, want one diagnostic", diags)
	}
	d := diags[0]
	if d.HasLocation() || d.Path != path || d.Severity != sany.SeverityError ||
		!strings.Contains(d.Message, "exit status 1") || !strings.Contains(d.Message, "Could not find or load main class tla2sany.SANY") {
		t.Errorf("diagnostic = %+v", d)
	}
}

func TestCheckTimesOutAndHonoursCancellation(t *testing.T) {
	java, record := standInJava(t)
	jar := fakeJar(t)
	dir := t.TempDir()
	path := writeFile(t, dir, "M.tla", "---- MODULE M ----\n====\n")
	record(path, recordedRun{Dir: dir, Args: commandArgs(jar, nil, "M.tla"), Sleep: time.Minute})

	start := time.Now()
	_, err := Check(context.Background(), Options{Java: java, Jar: jar, Timeout: 300 * time.Millisecond}, path)
	if !errors.Is(err, ErrTimeout) {
		t.Errorf("err = %v, want ErrTimeout", err)
	}
	if elapsed := time.Since(start); elapsed > 20*time.Second {
		t.Errorf("a timed-out Check took %s", elapsed)
	}

	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	start = time.Now()
	if _, err := Check(ctx, Options{Java: java, Jar: jar}, path); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if elapsed := time.Since(start); elapsed > 20*time.Second {
		t.Errorf("a cancelled Check took %s", elapsed)
	}
}
