package main

import (
	"context"
	"fmt"
	"io"
)

// runGenerate implements "tla-gen-lsp generate".
func runGenerate(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "tla-gen-lsp: generate is not built yet")
	return exitTrouble
}
