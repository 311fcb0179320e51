package main

import (
	"context"
	"fmt"
	"io"
)

// runCheck implements "tla-gen-lsp check".
func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "tla-gen-lsp: check is not built yet")
	return exitTrouble
}
