// Command tla-gen-lsp is a language server and CLI that turns source code
// into TLA+ specifications with a language model and checks TLA+ modules
// as SANY does, natively.
//
//	tla-gen-lsp [serve] [--stdio]      speak LSP over stdio (the default)
//	tla-gen-lsp check [flags] FILE...  check .tla files
//	tla-gen-lsp modelcheck [flags] FILE.tla  check a model as TLC does
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
	"strings"
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

// command is one entry of the CLI's command table: run dispatches through
// it, the usage text (-h) is made from it, and a test holds the README's
// command list to it. A new command is one entry here and one README line.
type command struct {
	name string
	// synopsis follows "tla-gen-lsp NAME" in the usage text; help is the
	// indented explanation under it ("" for none).
	synopsis, help string
	run            func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// withoutStdin adapts a command that does not read standard input.
func withoutStdin(f func(ctx context.Context, args []string, stdout, stderr io.Writer) int) func(context.Context, []string, io.Reader, io.Writer, io.Writer) int {
	return func(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) int {
		return f(ctx, args, stdout, stderr)
	}
}

// defaultCommand runs when no command is named (editors start the binary
// bare).
const defaultCommand = "serve"

// commands is the CLI's command table, in the order -h lists them.
var commands = []command{
	{name: "serve", synopsis: "[--stdio]", help: "run the language server on stdin/stdout (what editors start)", run: runServe},
	{name: "check", synopsis: "[-format text|json] [-I DIR]... FILE.tla...",
		help: "check TLA+ modules as SANY does; exit 1 if any has errors", run: withoutStdin(runCheck)},
	{name: "modelcheck", synopsis: `[-config FILE.cfg] [-format text|json] [-I DIR]...
                         [-max-states N] [-timeout SECONDS] [-deadlock=true|false]
                         [-workers N] FILE.tla`,
		help: `check the model (FILE.cfg by default) as TLC does, natively; exit 1
on a violation or an error in the spec, 3 if unsupported or incomplete`, run: withoutStdin(runModelcheck)},
	{name: "draft", synopsis: "[-force] [-offline] SOURCE",
		help: `write SOURCE's draft analysis (<stem>.draft.md) for review; without
a model, list every function as core (unreviewed)`, run: withoutStdin(runDraft)},
	{name: "generate", synopsis: `[-draft FILE] [-o DIR] [-force] [-repair N]
                       [-repair-conformance] [-core-only] [-context-window N]
                       [-no-modelcheck] [-max-states N] [-modelcheck-timeout S]
                       [-runtime-rounds N] [-v] SOURCE`,
		help: `generate <MODULE>.tla from SOURCE and its draft analysis; while the
spec has errors, ask the model to repair it (up to N rounds, default
3; each round kept in .tla-gen/<MODULE>/round-N.tla, the log in
.tla-gen/<MODULE>/generation.log). A source too large for the
model's context window is refused; -core-only sends only the
functions the draft names as core. Then model-check it with
<MODULE>.cfg (written from the draft when absent): runtime faults go
back to the model, violated properties are reported with their
trace (.tla-gen/<MODULE>/trace.tla); exit 0 only when it parses,
runs and every property holds`, run: withoutStdin(runGenerate)},
	{name: "mcp", synopsis: "[-I DIR]... [-model M] [-base-url U] [-offline]",
		help: `run the Model Context Protocol server for coding agents on
stdin/stdout (tools tla_check, tla_symbols, tla_definition,
tla_modelcheck, tla_generate_spec, tla_generate_draft)`, run: runMCP},
	{name: "version", run: func(_ context.Context, _ []string, _ io.Reader, stdout, _ io.Writer) int {
		fmt.Fprintln(stdout, "tla-gen-lsp", version)
		return exitOK
	}},
}

// run dispatches to a subcommand; it is main without the process around it,
// so tests can call it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "--stdio" || args[0] == "-stdio" {
		args = append([]string{defaultCommand}, args...)
	}
	switch args[0] {
	case "--version", "-version":
		args[0] = "version"
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage())
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "tla-gen-lsp: unknown command %q\n\n%s", args[0], usage())
	return exitTrouble
}

// version is overridden at link time for releases (-ldflags "-X main.version=…").
var version = "dev"

// usage is the -h text, made from the command table.
func usage() string {
	var b strings.Builder
	b.WriteString("usage:\n")
	for _, c := range commands {
		name := c.name
		if name == defaultCommand {
			name = "[" + name + "]"
		}
		b.WriteString("  tla-gen-lsp " + name)
		if c.synopsis != "" {
			b.WriteString(" " + c.synopsis)
		}
		b.WriteString("\n")
		for _, line := range strings.Split(c.help, "\n") {
			if line != "" {
				b.WriteString("        " + line + "\n")
			}
		}
	}
	b.WriteString(`
Model settings come from the environment when not given as flags:
  OPENAI_API_KEY, OPENAI_BASE_URL, TLA_GEN_MODEL
With no model configured, generate uses the embedded offline skeleton generator.
`)
	return b.String()
}
