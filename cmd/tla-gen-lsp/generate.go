package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
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
	models := addModelFlags(fs, "write the offline skeleton")
	promptFile := fs.String("prompt", "", "prompt template file (default: the embedded one)")
	repairRounds := fs.Int("repair", -1, "repair rounds at most when the spec has errors (default 3; 0: none)")
	repairConformance := fs.Bool("repair-conformance", false, "let draft-conformance warnings, not only errors, start repair rounds")
	maxTokens := fs.Int("max-tokens", 0, "tokens the model may answer with (default: the server's; 4096 are kept free in the window)")
	coreOnly := fs.Bool("core-only", false, "send only the functions the draft names as core, for sources too large for the model")
	verbose := fs.Bool("v", false, "print the generation log (also kept in .tla-gen/<MODULE>/generation.log)")
	check := addModelCheckFlags(fs)
	var includes stringList
	fs.Var(&includes, "I", "folder to search for modules when checking (repeatable)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tla-gen-lsp generate [-draft F] [-o DIR] [-force] [-model M] [-base-url U] [-repair N] [-core-only] [-no-modelcheck] SOURCE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitTrouble
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitTrouble
	}
	settings := models.settings()
	settings.PromptFile, settings.LibraryPaths = *promptFile, includes
	settings.RepairConformance, settings.MaxTokens = *repairConformance, *maxTokens
	if *repairRounds >= 0 {
		settings.MaxRepairRounds = repairRounds
	}
	check.apply(&settings)
	req := actions.GenerateRequest{
		SourcePath: fs.Arg(0), DraftPath: *draftPath, OutDir: *outDir, Force: *force,
		Config: settings.Resolve(os.LookupEnv), CoreOnly: *coreOnly,
	}
	if *verbose {
		req.Log = prefixWriter{w: stderr, prefix: "tla-gen-lsp log: "}
	}
	res, err := actions.Generate(ctx, req, progressPrinter(stderr))
	if err != nil {
		fmt.Fprintf(stderr, "tla-gen-lsp generate: %v\n", err)
		return exitTrouble
	}
	fmt.Fprintf(stdout, "wrote %s\n", res.SpecPath)
	if res.ConfigPath != "" {
		fmt.Fprintf(stdout, "wrote %s\n", res.ConfigPath)
	}
	for _, d := range res.Diagnostics {
		fmt.Fprintln(stdout, d.String())
	}
	printModelCheck(stdout, res.ModelCheck)
	fmt.Fprintln(stdout, res.Message)
	if sany.HasErrors(res.Diagnostics) || !modelCheckPassed(res.ModelCheck) {
		return exitFindings
	}
	return exitOK
}

// prefixWriter writes each line it is given with a prefix; the generation
// log writes whole lines.
type prefixWriter struct {
	w      io.Writer
	prefix string
}

func (p prefixWriter) Write(b []byte) (int, error) {
	if _, err := io.WriteString(p.w, p.prefix+string(b)); err != nil {
		return 0, err
	}
	return len(b), nil
}

// runDraft implements "tla-gen-lsp draft [flags] SOURCE": write
// <stem>.draft.md beside SOURCE for review (phase 1). Exit status 0 when
// written, 2 otherwise (an existing draft is kept unless -force).
func runDraft(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("draft", flag.ContinueOnError)
	fs.SetOutput(stderr)
	force := fs.Bool("force", false, "replace an existing draft (after backing it up)")
	models := addModelFlags(fs, "list the functions (unreviewed)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tla-gen-lsp draft [-force] [-model M] [-base-url U] [-offline] SOURCE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitTrouble
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitTrouble
	}
	settings := models.settings()
	res, err := actions.GenerateDraft(ctx, actions.DraftRequest{
		SourcePath: fs.Arg(0), Config: settings.Resolve(os.LookupEnv), Force: *force,
	}, progressPrinter(stderr))
	if err != nil {
		fmt.Fprintf(stderr, "tla-gen-lsp draft: %v\n", err)
		return exitTrouble
	}
	fmt.Fprintf(stdout, "wrote %s\n%s\n", res.DraftPath, res.Message)
	return exitOK
}

// progressPrinter shows progress on stderr: each new phase at once, and the
// growing size of a streamed answer ("Receiving the spec: 812 characters",
// reported every few characters) at most every two seconds, so that a long
// answer does not flood the terminal.
func progressPrinter(w io.Writer) func(actions.Progress) {
	var lastPhase, lastMessage string
	var lastTime time.Time
	return func(p actions.Progress) {
		if p.Message == lastMessage {
			return
		}
		phase := p.Message
		if i := strings.LastIndex(phase, ": "); i >= 0 && strings.HasSuffix(phase, " characters") {
			phase = phase[:i]
			if phase == lastPhase && time.Since(lastTime) < 2*time.Second {
				return
			}
		}
		lastPhase, lastMessage, lastTime = phase, p.Message, time.Now()
		fmt.Fprintf(w, "tla-gen-lsp: %s\n", p.Message)
	}
}

// modelFlags choose and reach the model; generate and draft share them.
type modelFlags struct {
	model, baseURL         *string
	apiType, apiVersion    *string
	offline                *bool
	timeout, contextWindow *int
}

// addModelFlags defines the model flags on fs; offlineAction says what the
// command does without a model.
func addModelFlags(fs *flag.FlagSet, offlineAction string) modelFlags {
	return modelFlags{
		model:         fs.String("model", "", "model name (default $"+config.EnvModel+"; none: "+offlineAction+" without a model)"),
		baseURL:       fs.String("base-url", "", "OpenAI-compatible API base URL (default $"+config.EnvBaseURL+" or OpenAI)"),
		offline:       fs.Bool("offline", false, offlineAction+" even if a model is configured"),
		timeout:       fs.Int("timeout", 0, "seconds to wait for the model (default 300)"),
		contextWindow: fs.Int("context-window", 0, "the model's context window in tokens (default: what the endpoint reports, else by model name, else unknown: the server decides)"),
		apiType:       fs.String("api-type", "", "the endpoint's dialect: openai, azure or azure-ad (default: azure for *.openai.azure.com, else openai)"),
		apiVersion:    fs.String("api-version", "", "api-version query parameter (Azure: default "+llm.DefaultAzureAPIVersion+")"),
	}
}

// settings returns the settings the flags give; the environment fills the rest.
func (m modelFlags) settings() config.Settings {
	return config.Settings{
		Model: *m.model, BaseURL: *m.baseURL, Offline: *m.offline, APIType: *m.apiType, APIVersion: *m.apiVersion,
		TimeoutSeconds: *m.timeout, ContextWindow: *m.contextWindow,
	}
}
