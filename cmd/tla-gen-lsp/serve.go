package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lsp"
)

// runServe runs the language server over stdio. Editors start it as
// "tla-gen-lsp", "tla-gen-lsp serve" or with "--stdio" appended
// (vscode-languageclient does), so --stdio is accepted and is the default.
func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Bool("stdio", true, "speak LSP on stdin/stdout (the only transport)")
	logPath := fs.String("log", "", "append the server's trace log to `FILE` (default: stderr)")
	if err := fs.Parse(args); err != nil {
		return exitTrouble
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "tla-gen-lsp serve: unexpected arguments %q\n", fs.Args())
		return exitTrouble
	}
	logTo := stderr
	if *logPath != "" {
		f, err := os.OpenFile(*logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
		if err != nil {
			fmt.Fprintf(stderr, "tla-gen-lsp serve: %v\n", err)
			return exitTrouble
		}
		defer f.Close()
		logTo = f
	}
	return lsp.Run(ctx, stdin, stdout, lsp.Options{Log: logTo})
}
