package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// runCheck implements "tla-gen-lsp check [-format text|json] [-I DIR]...
// [-checker native|tla2tools|both] [-jar tla2tools.jar] [-java PATH] FILE.tla...".
// Each file is resolved from its own folder, then the -I folders, then the
// embedded standard modules. With -checker tla2tools or both, real SANY
// also checks each file and every finding is tagged with its checker.
// Exit status: 0 no errors, 1 errors found, 2 usage or I/O trouble (which
// wins over 1; Java or the jar missing is trouble).
func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	var includes stringList
	fs.Var(&includes, "I", "folder to search for modules (repeatable)")
	checkerName := fs.String("checker", string(config.CheckerNative), "checker: native, tla2tools (real SANY, needs Java) or both")
	jar := fs.String("jar", "", "tla2tools.jar, for -checker tla2tools or both")
	java := fs.String("java", "", "java executable, for -checker tla2tools or both (default: java on PATH)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tla-gen-lsp check [-format text|json] [-I DIR]... [-checker native|tla2tools|both] [-jar tla2tools.jar] [-java PATH] FILE.tla...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitTrouble
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "tla-gen-lsp check: unknown format %q (want text or json)\n", *format)
		return exitTrouble
	}
	checker, err := config.CheckChecker(*checkerName)
	if err != nil {
		fmt.Fprintf(stderr, "tla-gen-lsp check: %v\n", err)
		return exitTrouble
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitTrouble
	}
	opts := checkerOptions{checker: checker, java: *java, jar: *jar, searchPaths: includes}
	code := exitOK
	all := []sany.JSONDiagnostic{}
	for _, file := range fs.Args() {
		for _, run := range runCheckers(ctx, opts, file) {
			if run.err != nil {
				fmt.Fprintf(stderr, "tla-gen-lsp check: %s: %v\n", file, run.err)
				code = exitTrouble
				continue
			}
			if sany.HasErrors(run.diags) && code == exitOK {
				code = exitFindings
			}
			for _, d := range run.diags {
				d.Path = displayPath(d.Path, file)
				if *format == "json" {
					j := d.JSON()
					j.Checker = run.tag
					all = append(all, j)
				} else {
					fmt.Fprintln(stdout, taggedLine(d, run.tag))
				}
			}
		}
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(all); err != nil {
			fmt.Fprintf(stderr, "tla-gen-lsp check: %v\n", err)
			return exitTrouble
		}
	}
	return code
}

// displayPath shows a diagnostic in the root file under the name the user
// typed, and any other file (an imported module) relative to the working
// folder when it lies below it, as compilers do, else under its full path.
func displayPath(diagPath, typed string) string {
	abs, err := filepath.Abs(typed)
	if err == nil && filepath.Clean(diagPath) == abs {
		return typed
	}
	if wd, err := os.Getwd(); err == nil && filepath.IsAbs(diagPath) {
		if rel, err := filepath.Rel(wd, diagPath); err == nil && filepath.IsLocal(rel) {
			return rel
		}
	}
	return diagPath
}
