// Command tla-gen-lsp is a language server and CLI that turns source code
// into TLA+ specifications with a language model and checks TLA+ modules
// as SANY does, natively.
//
//	tla-gen-lsp [serve] [--stdio]      speak LSP over stdio (the default)
//	tla-gen-lsp check [flags] FILE...  check .tla files
//	tla-gen-lsp draft [flags] SRC      write SRC's draft analysis for review
//	tla-gen-lsp generate [flags] SRC   generate a spec from SRC and its draft
//	tla-gen-lsp mcp [flags]            speak the Model Context Protocol over stdio
//
// Exit status: 0 success, 1 errors found in a spec, 2 usage or I/O trouble.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Exit statuses shared by every subcommand.
const (
	exitOK       = 0
	exitFindings = 1
	exitTrouble  = 2
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run dispatches to a subcommand; it is main without the process around it,
// so tests can call it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "--stdio" || args[0] == "-stdio" {
		return runServe(ctx, args, stdin, stdout, stderr)
	}
	switch args[0] {
	case "serve":
		return runServe(ctx, args[1:], stdin, stdout, stderr)
	case "check":
		return runCheck(ctx, args[1:], stdout, stderr)
	case "generate":
		return runGenerate(ctx, args[1:], stdout, stderr)
	case "draft":
		return runDraft(ctx, args[1:], stdout, stderr)
	case "mcp":
		return runMCP(ctx, args[1:], stdin, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "tla-gen-lsp", version)
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "tla-gen-lsp: unknown command %q\n\n%s", args[0], usage)
		return exitTrouble
	}
}

// version is overridden at link time for releases (-ldflags "-X main.version=…").
var version = "dev"

const usage = `usage:
  tla-gen-lsp [serve] [--stdio]
        run the language server on stdin/stdout (what editors start)
  tla-gen-lsp check [-format text|json] [-I DIR]... FILE.tla...
        check TLA+ modules as SANY does; exit 1 if any has errors
  tla-gen-lsp draft [-force] [-offline] SOURCE
        write SOURCE's draft analysis (<stem>.draft.md) for review; without
        a model, list every function as core (unreviewed)
  tla-gen-lsp generate [-draft FILE] [-o DIR] [-force] [-repair N]
                       [-repair-conformance] [-core-only] [-context-window N] [-v] SOURCE
        generate <MODULE>.tla from SOURCE and its draft analysis; while the
        spec has errors, ask the model to repair it (up to N rounds, default
        3; each round kept in .tla-gen/<MODULE>/round-N.tla, the log in
        .tla-gen/<MODULE>/generation.log). A source too large for the
        model's context window is refused; -core-only sends only the
        functions the draft names as core
  tla-gen-lsp mcp [-I DIR]... [-model M] [-base-url U] [-offline]
        run the Model Context Protocol server for coding agents on
        stdin/stdout (tools tla_check, tla_symbols, tla_definition,
        tla_modelcheck, tla_generate_spec, tla_generate_draft)
  tla-gen-lsp version

Model settings come from the environment when not given as flags:
  OPENAI_API_KEY, OPENAI_BASE_URL, TLA_GEN_MODEL
With no model configured, generate uses the embedded offline skeleton generator.
`
