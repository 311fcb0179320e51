package lsp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
)

// generateResult is tlaGen.generateSpec's reply, for clients that script
// the command; people read the showMessage instead.
type generateResult struct {
	SpecURI protocol.DocumentURI `json:"specUri"`
	Module  string               `json:"module"`
	Offline bool                 `json:"offline"`
	Errors  int                  `json:"errors"` // SANY errors in the spec kept
	Rounds  int                  `json:"rounds"` // model answers: 1 + repair rounds (0 offline)
	Kept    int                  `json:"kept"`   // the round whose text is in the spec
	LogPath string               `json:"logPath,omitempty"`
	// Summary is the phases line ("parses · runs (…) · k of n properties
	// hold") when the runtime phase ran.
	Summary string `json:"summary,omitempty"`
}

// generateSpec runs tlaGen.generateSpec: find the draft, pick the model,
// run actions.Generate with progress and the right writer, then show the
// new spec and its diagnostics. It returns when generation is over; ctx is
// cancelled by $/cancelRequest or by cancelling the progress. A failure is
// the command's error reply.
func (s *Server) generateSpec(ctx context.Context, args generateArgs) (any, error) {
	source, ok := pathFromURI(args.URI)
	if !ok {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s is not a file", args.URI)
	}
	eff := s.currentSettings(ctx)
	draftPath := ""
	if args.DraftURI != "" {
		if draftPath, ok = pathFromURI(args.DraftURI); !ok {
			return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s is not a file", args.DraftURI)
		}
	} else {
		draftPath, _ = s.opts.FindDraft(source, eff.DraftNames)
	}
	if draftPath == "" && !eff.UsesModel() {
		// The offline skeleton is built from the draft alone.
		s.client.showMessage(protocol.MessageTypeWarning, noDraftMessage(source, eff.DraftNames))
		return nil, nil
	}
	return s.runLong(ctx, longAction{
		Key:   source,
		Title: "Generating TLA+ spec from " + filepath.Base(source),
		Busy:  fmt.Sprintf("A TLA+ spec is already being generated from %s.", filepath.Base(source)),
	}, func(ctx context.Context, progress *progressReporter) (any, string, error) {
		return s.runGeneration(ctx, progress, args, source, draftPath, eff)
	})
}

// runGeneration is the work of generateSpec.
func (s *Server) runGeneration(ctx context.Context, progress *progressReporter, args generateArgs, source, draftPath string, eff config.Effective) (any, string, error) {
	var model llm.Model
	if eff.UsesModel() {
		m, err := s.opts.NewModel(eff)
		if err != nil {
			return nil, "", fmt.Errorf("TLA+ spec from %s: cannot set up the model: %w", filepath.Base(source), err)
		}
		model = m
	}
	logger := newGenerationLog(s)
	defer logger.flush()
	if draftPath == "" {
		logger.log(fmt.Sprintf("generating from %s without a draft; %s", source, eff))
	} else {
		logger.log(fmt.Sprintf("generating from %s with draft %s; %s", source, draftPath, eff))
	}

	req := actions.GenerateRequest{
		SourcePath: source,
		DraftPath:  draftPath,
		Config:     eff,
		Model:      model,
		Overlay:    s.docs.snapshot().overlay(),
		Force:      args.Force,
		CoreOnly:   args.CoreOnly,
		Log:        logger,
	}
	if s.capabilities().applyEditCreate {
		req.Writer = &editWriter{s: s}
	}
	var (
		result actions.GenerateResult
		err    error
	)
	// A run refused for a reason the user can lift (an edited spec, a
	// source too large for the model) is run again once the user said how.
	for attempt := 0; ; attempt++ {
		result, err = s.opts.Generate(ctx, req, func(p actions.Progress) {
			progress.report(p.Message, p.Percentage)
		})
		s.rememberLog(source, result.LogPath)
		if err == nil || ctx.Err() != nil || attempt >= maxGenerateAttempts-1 {
			break
		}
		next, asked, again := s.retryRequest(ctx, req, err, progress, logger)
		if !asked || ctx.Err() != nil {
			break
		}
		if !again {
			return nil, "Stopped", nil // the user declined and was told what happened
		}
		req = next
	}
	if err != nil {
		if ctx.Err() != nil {
			logger.log("generation cancelled")
			s.client.showMessage(protocol.MessageTypeInfo, "TLA+ generation cancelled; no file was written.")
			return nil, "", err
		}
		logger.log("generation failed: " + err.Error())
		var edited *actions.SpecEditedError
		if errors.As(err, &edited) {
			// Not a failure of the model: the user's edits were kept.
			s.client.showMessage(protocol.MessageTypeWarning, err.Error())
			return nil, "Stopped", nil
		}
		return nil, "", fmt.Errorf("TLA+ spec from %s: %w", filepath.Base(source), err)
	}

	errorsFound := countErrors(result.Diagnostics)
	specURI := uriFromPath(result.SpecPath)
	if s.capabilities().showDocument {
		var shown showDocumentResult
		if err := s.client.call(ctx, "window/showDocument", &showDocumentParams{URI: specURI, TakeFocus: true}, &shown); err != nil {
			s.logf("window/showDocument: %v", err)
		}
	}
	s.diags.publishChecked(filepath.Clean(result.SpecPath), result.Diagnostics)
	if result.ModelCheck != nil {
		s.publishModelCheck(result.ModelCheck)
	}
	if s.capabilities().codeLensRefresh {
		// The source's lenses now point into the new spec.
		if err := s.client.call(ctx, "workspace/codeLens/refresh", nil, nil); err != nil {
			s.logf("workspace/codeLens/refresh: %v", err)
		}
	}
	s.client.showMessage(doneMessageType(errorsFound), doneMessage(result, errorsFound))
	return generateResult{
		SpecURI: specURI, Module: result.Module, Offline: result.Offline, Errors: errorsFound,
		Rounds: len(result.Rounds), Kept: result.Kept, LogPath: result.LogPath,
		Summary: summaryOf(result.ModelCheck),
	}, "Wrote " + filepath.Base(result.SpecPath), nil
}

// startGenerating claims source; only one generation per source runs.
func (s *Server) startGenerating(source string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.generating[source] {
		return false
	}
	s.generating[source] = true
	return true
}

func (s *Server) stopGenerating(source string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.generating, source)
}

// doneMessage says what was written, by what, after how many repair
// rounds, and what SANY and the draft-conformance check think of it.
func doneMessage(result actions.GenerateResult, errorsFound int) string {
	by := "the offline skeleton generator (no model configured)"
	if !result.Offline {
		by = "model " + result.ModelName
	}
	if repairs := len(result.Rounds) - 1; repairs > 0 {
		by += fmt.Sprintf(" after %s (kept round %d)", plural(repairs, "repair round"), result.Kept)
	}
	verdict := "SANY found no errors."
	switch {
	case errorsFound == 1:
		verdict = "SANY found 1 error; see the Problems list."
	case errorsFound > 1:
		verdict = fmt.Sprintf("SANY found %d errors; see the Problems list.", errorsFound)
	}
	if n := countConformanceWarnings(result.Diagnostics); n > 0 {
		verdict += fmt.Sprintf(" The draft-conformance check found %s.", plural(n, "warning"))
	}
	msg := fmt.Sprintf("Wrote %s (module %s) with %s. %s", filepath.Base(result.SpecPath), result.Module, by, verdict)
	if result.ModelCheck != nil {
		msg += " " + strings.TrimSuffix(upperFirst(result.ModelCheck.Summary()), ".") + "."
	}
	if result.RepairErr != nil {
		msg += " " + upperFirst(result.RepairErr.Error()) + "."
	}
	for _, n := range result.Notes {
		msg += " Note: " + n + "."
	}
	return msg
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func doneMessageType(errorsFound int) protocol.MessageType {
	if errorsFound > 0 {
		return protocol.MessageTypeWarning
	}
	return protocol.MessageTypeInfo
}

// noDraftMessage explains what a draft is and where to put it.
func noDraftMessage(source string, names []string) string {
	expanded := make([]string, 0, len(names))
	for _, n := range names {
		expanded = append(expanded, expandDraftName(n, source))
	}
	return fmt.Sprintf("No draft found for %s. A draft is a short text (Markdown or plain) that says which functions "+
		"of the program are core, helper or infrastructure, which state variables matter, and which properties "+
		"the spec should state. Run \"Generate draft analysis\" to have one written for you to review, or create %s next to %s (accepted names: %s), then run the action again.",
		filepath.Base(source), expectedDraftName(source, names), filepath.Base(source), strings.Join(expanded, ", "))
}

// generationLog sends the generation log to the editor, one
// window/logMessage per line, and to the server's trace log. It is the
// io.Writer of actions.GenerateRequest.Log (whose lines say what each
// step and each repair round did), and the server adds its own lines
// (the user's answers, cancellation).
type generationLog struct {
	s       *Server
	mu      sync.Mutex
	partial []byte // a line not yet ended
}

func newGenerationLog(s *Server) *generationLog { return &generationLog{s: s} }

// Write implements io.Writer: every complete line becomes one message.
func (l *generationLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.partial = append(l.partial, p...)
	for {
		i := bytes.IndexByte(l.partial, '\n')
		if i < 0 {
			break
		}
		l.send(string(l.partial[:i]))
		l.partial = l.partial[i+1:]
	}
	return len(p), nil
}

// log adds a line of the server's own.
func (l *generationLog) log(message string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.send(message)
}

// flush sends a last line that did not end in a newline.
func (l *generationLog) flush() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.partial) > 0 {
		l.send(string(l.partial))
		l.partial = nil
	}
}

func (l *generationLog) send(line string) {
	line = strings.TrimRight(line, "\r")
	if line == "" {
		return
	}
	// Only to the editor: the same lines are in .tla-gen/<Module>/generation.log,
	// and editors show the server's stderr too (VS Code labels it as errors),
	// so copying them to the trace log would show each line twice.
	l.s.client.logMessage(protocol.MessageTypeInfo, line)
}
