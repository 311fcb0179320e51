package main

import (
	"context"
	"fmt"
	"io"
)

// runServe runs the language server over stdio.
func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "tla-gen-lsp: serve is not built yet")
	return exitTrouble
}
