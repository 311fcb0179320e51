package main

import (
	"context"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/tla2tools"
)

// checkerOptions are the check subcommand's choices of checker.
type checkerOptions struct {
	checker     config.Checker
	java, jar   string
	searchPaths []string
}

// checkerRun is what one checker found in one file. tag names the checker
// in the output when more than the native one may speak ("" otherwise,
// which keeps the native output as it always was).
type checkerRun struct {
	tag   string
	diags []sany.Diagnostic
	err   error
}

// runCheckers checks file with the chosen checker(s), native first.
func runCheckers(ctx context.Context, opts checkerOptions, file string) []checkerRun {
	tagged := opts.checker != config.CheckerNative
	var runs []checkerRun
	if opts.checker.Native() {
		diags, err := sany.Check(ctx, sany.Config{SearchPaths: opts.searchPaths}, file)
		run := checkerRun{diags: diags, err: err}
		if tagged {
			run.tag = string(config.CheckerNative)
		}
		runs = append(runs, run)
	}
	if opts.checker.Tla2tools() {
		diags, err := tla2tools.Check(ctx, tla2tools.Options{Java: opts.java, Jar: opts.jar, SearchPaths: opts.searchPaths}, file)
		runs = append(runs, checkerRun{tag: string(config.CheckerTla2tools), diags: diags, err: err})
	}
	return runs
}

// taggedLine is the text form of a diagnostic, with the checker's tag
// before the message so that "path:line:col: severity:" still leads.
func taggedLine(d sany.Diagnostic, tag string) string {
	if tag != "" {
		d.Message = "[" + tag + "] " + d.Message
	}
	return d.String()
}
