package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// runGenerate implements "tla-gen-lsp generate [flags] SOURCE": progress
// goes to stderr; what was written and the diagnostics go to stdout.
// Exit status: 0 the spec is clean, 1 it has errors, 2 trouble (bad
// usage, unreadable files, a model failure, a user-edited spec left alone).
func runGenerate(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("generate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	draftPath := fs.String("draft", "", "draft analysis file (default: looked for next to SOURCE)")
	outDir := fs.String("o", "", "folder to write <MODULE>.tla in (default: SOURCE's folder)")
	force := fs.Bool("force", false, "overwrite a spec edited since it was generated (after backing it up)")
	model := fs.String("model", "", "model name (default $"+config.EnvModel+"; none: offline skeleton)")
	baseURL := fs.String("base-url", "", "OpenAI-compatible API base URL (default $"+config.EnvBaseURL+" or OpenAI)")
	offline := fs.Bool("offline", false, "write the offline skeleton even if a model is configured")
	timeout := fs.Int("timeout", 0, "seconds to wait for the model (default 300)")
	promptFile := fs.String("prompt", "", "prompt template file (default: the embedded one)")
	var includes stringList
	fs.Var(&includes, "I", "folder to search for modules when checking (repeatable)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tla-gen-lsp generate [-draft F] [-o DIR] [-force] [-model M] [-base-url U] SOURCE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitTrouble
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitTrouble
	}
	settings := config.Settings{
		Model: *model, BaseURL: *baseURL, Offline: *offline, TimeoutSeconds: *timeout,
		PromptFile: *promptFile, LibraryPaths: includes,
	}
	req := actions.GenerateRequest{
		SourcePath: fs.Arg(0), DraftPath: *draftPath, OutDir: *outDir, Force: *force,
		Config: settings.Resolve(os.LookupEnv),
	}
	lastMessage := ""
	res, err := actions.Generate(ctx, req, func(p actions.Progress) {
		// The model reports every few characters; show each distinct line once.
		if p.Message != lastMessage {
			lastMessage = p.Message
			fmt.Fprintf(stderr, "tla-gen-lsp: %s\n", p.Message)
		}
	})
	var edited *actions.SpecEditedError
	if errors.As(err, &edited) {
		fmt.Fprintf(stderr, "tla-gen-lsp generate: %v\n", err)
		return exitTrouble
	}
	if err != nil {
		fmt.Fprintf(stderr, "tla-gen-lsp generate: %v\n", err)
		return exitTrouble
	}
	fmt.Fprintf(stdout, "wrote %s\n", res.SpecPath)
	for _, d := range res.Diagnostics {
		fmt.Fprintln(stdout, d.String())
	}
	fmt.Fprintln(stdout, res.Message)
	if sany.HasErrors(res.Diagnostics) {
		return exitFindings
	}
	return exitOK
}
