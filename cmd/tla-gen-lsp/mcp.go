package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/mcp"
)

// runMCP implements "tla-gen-lsp mcp [-I DIR]... [model flags]": the
// Model Context Protocol server for coding agents, on stdin/stdout.
// Exit status: 0 when the client closes the connection, 2 on trouble.
func runMCP(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mcp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var includes stringList
	fs.Var(&includes, "I", "folder to search for modules (repeatable)")
	models := addModelFlags(fs, "write the offline skeleton")
	promptFile := fs.String("prompt", "", "prompt template file (default: the embedded one)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tla-gen-lsp mcp [-I DIR]... [-model M] [-base-url U] [-offline] [-prompt FILE]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitTrouble
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return exitTrouble
	}
	settings := models.settings()
	settings.LibraryPaths, settings.PromptFile = includes, *promptFile
	opts := mcp.Options{Version: version, Settings: settings}
	if err := mcp.Serve(ctx, opts, io.NopCloser(stdin), nopWriteCloser{stdout}); err != nil {
		fmt.Fprintf(stderr, "tla-gen-lsp mcp: %v\n", err)
		return exitTrouble
	}
	return exitOK
}

// nopWriteCloser leaves closing stdout to the process's end.
type nopWriteCloser struct{ io.Writer }

func (nopWriteCloser) Close() error { return nil }
