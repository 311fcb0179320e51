package lsp

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
)

// generateResult is tlaGen.generateSpec's reply, for clients that script
// the command; people read the showMessage instead.
type generateResult struct {
	SpecURI protocol.DocumentURI `json:"specUri"`
	Module  string               `json:"module"`
	Offline bool                 `json:"offline"`
	Errors  int                  `json:"errors"`
}

// generateSpec runs tlaGen.generateSpec: find the draft, pick the model,
// run actions.Generate with progress and the right writer, then show the
// new spec and its diagnostics. It returns when generation is over; ctx is
// cancelled by $/cancelRequest or by cancelling the progress.
func (s *Server) generateSpec(ctx context.Context, args generateArgs) (any, error) {
	source, ok := pathFromURI(args.URI)
	if !ok {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s is not a file", args.URI)
	}
	if s.capabilities().configuration {
		// Settings may have changed without a notification (or the pull
		// after initialized may still be on its way): ask now.
		s.pullConfiguration(ctx)
	}
	eff := s.effective()
	draftPath := ""
	if args.DraftURI != "" {
		if draftPath, ok = pathFromURI(args.DraftURI); !ok {
			return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s is not a file", args.DraftURI)
		}
	} else {
		draftPath, _ = s.opts.FindDraft(source, eff.DraftNames)
	}
	if draftPath == "" {
		s.client.showMessage(protocol.MessageTypeWarning, noDraftMessage(source, eff.DraftNames))
		return nil, nil
	}

	if !s.startGenerating(source) {
		s.client.showMessage(protocol.MessageTypeWarning, fmt.Sprintf("A TLA+ spec is already being generated from %s.", filepath.Base(source)))
		return nil, nil
	}
	defer s.stopGenerating(source)

	var model llm.Model
	if eff.UsesModel() && s.opts.NewModel != nil {
		m, err := s.opts.NewModel(eff)
		if err != nil {
			s.client.showMessage(protocol.MessageTypeError, fmt.Sprintf("TLA+ spec from %s: cannot set up the model: %v", filepath.Base(source), err))
			return nil, nil
		}
		model = m
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	progress := s.beginProgress(ctx, "Generating TLA+ spec from "+filepath.Base(source), cancel)
	logger := newGenerationLog(s)
	logger.log(fmt.Sprintf("generating from %s with draft %s; %s", source, draftPath, eff))

	req := actions.GenerateRequest{
		SourcePath: source,
		DraftPath:  draftPath,
		Config:     eff,
		Model:      model,
		Overlay:    s.docs.snapshot().overlay(),
		Force:      args.Force,
	}
	if s.capabilities().applyEditCreate {
		req.Writer = &editWriter{s: s}
	}
	result, err := s.opts.Generate(ctx, req, func(p actions.Progress) {
		progress.report(p.Message, p.Percentage)
		logger.progress(p.Message)
	})
	if err != nil {
		if ctx.Err() != nil {
			progress.end("Cancelled")
			logger.log("generation cancelled")
			s.client.showMessage(protocol.MessageTypeInfo, "TLA+ generation cancelled; no file was written.")
			return nil, jsonrpc2.NewError(requestCancelled, "generation cancelled")
		}
		progress.end("Failed")
		logger.log("generation failed: " + err.Error())
		var edited *actions.SpecEditedError
		if errors.As(err, &edited) {
			// Not a failure of the model: the user's edits were kept.
			s.client.showMessage(protocol.MessageTypeWarning, err.Error())
			return nil, nil
		}
		s.client.showMessage(protocol.MessageTypeError, fmt.Sprintf("TLA+ spec from %s: %v", filepath.Base(source), err))
		return nil, nil
	}

	errorsFound := countErrors(result.Diagnostics)
	progress.end(fmt.Sprintf("Wrote %s", filepath.Base(result.SpecPath)))
	if result.Message != "" {
		logger.log(result.Message)
	}
	specURI := uriFromPath(result.SpecPath)
	if s.capabilities().showDocument {
		var shown showDocumentResult
		if err := s.client.call(ctx, "window/showDocument", &showDocumentParams{URI: specURI, TakeFocus: true}, &shown); err != nil {
			s.logf("window/showDocument: %v", err)
		}
	}
	s.diags.publishChecked(filepath.Clean(result.SpecPath), result.Diagnostics)
	s.client.showMessage(doneMessageType(errorsFound), doneMessage(result, errorsFound))
	return generateResult{SpecURI: specURI, Module: result.Module, Offline: result.Offline, Errors: errorsFound}, nil
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

// doneMessage says what was written, by what, and what SANY thinks of it.
func doneMessage(result actions.GenerateResult, errorsFound int) string {
	by := "the offline skeleton generator (no model configured)"
	if !result.Offline {
		by = "model " + result.ModelName
	}
	verdict := "SANY found no errors."
	switch {
	case errorsFound == 1:
		verdict = "SANY found 1 error; see the Problems list."
	case errorsFound > 1:
		verdict = fmt.Sprintf("SANY found %d errors; see the Problems list.", errorsFound)
	}
	return fmt.Sprintf("Wrote %s (module %s) with %s. %s", filepath.Base(result.SpecPath), result.Module, by, verdict)
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
		"the spec should state. Create %s next to %s (accepted names: %s) and run the action again.",
		filepath.Base(source), expectedDraftName(source, names), filepath.Base(source), strings.Join(expanded, ", "))
}

// generationLog sends the generation log to the editor (window/logMessage).
// Progress lines arrive per streamed chunk, so they are thinned out; every
// other line is sent.
type generationLog struct {
	s        *Server
	mu       sync.Mutex
	lastSent time.Time
	pending  string
}

func newGenerationLog(s *Server) *generationLog { return &generationLog{s: s} }

// progressLogInterval is the least time between two progress log lines.
const progressLogInterval = 250 * time.Millisecond

func (l *generationLog) progress(message string) {
	if message == "" {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if time.Since(l.lastSent) < progressLogInterval {
		l.pending = message
		return
	}
	l.lastSent = time.Now()
	l.pending = ""
	l.s.client.logMessage(protocol.MessageTypeLog, message)
}

func (l *generationLog) log(message string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.pending != "" {
		l.s.client.logMessage(protocol.MessageTypeLog, l.pending)
		l.pending = ""
	}
	l.s.client.logMessage(protocol.MessageTypeInfo, message)
	l.s.logf("%s", message)
}
