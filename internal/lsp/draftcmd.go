package lsp

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
)

// draftArgs is the single argument of tlaGen.generateDraft.
type draftArgs struct {
	URI   protocol.DocumentURI `json:"uri"`
	Force bool                 `json:"force,omitempty"`
}

// draftResult is tlaGen.generateDraft's reply.
type draftResult struct {
	DraftURI protocol.DocumentURI `json:"draftUri"`
	Offline  bool                 `json:"offline"`
	Core     int                  `json:"coreFunctions"` // core functions the draft names
}

// generateDraft runs tlaGen.generateDraft: phase 1, a draft analysis of
// the source (by the model, or offline a list of its functions for the
// user to classify), written to <stem>.draft.md and shown for review.
func (s *Server) generateDraft(ctx context.Context, args draftArgs) (any, error) {
	source, ok := pathFromURI(args.URI)
	if !ok || isTLAPath(source) {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s is not a source file", args.URI)
	}
	eff := s.currentSettings(ctx)
	return s.runLong(ctx, longAction{
		Key:   "draft:" + source,
		Title: "Draft analysis of " + filepath.Base(source),
		Busy:  fmt.Sprintf("A draft analysis of %s is already being generated.", filepath.Base(source)),
	}, func(ctx context.Context, progress *progressReporter) (any, string, error) {
		return s.runDraft(ctx, progress, args, source, eff)
	})
}

// runDraft is the work of generateDraft.
func (s *Server) runDraft(ctx context.Context, progress *progressReporter, args draftArgs, source string, eff config.Effective) (any, string, error) {
	var model llm.Model
	if eff.UsesModel() {
		m, err := s.opts.NewModel(eff)
		if err != nil {
			return nil, "", fmt.Errorf("draft analysis of %s: cannot set up the model: %w", filepath.Base(source), err)
		}
		model = m
	}
	logger := newGenerationLog(s)
	defer logger.flush()

	req := actions.DraftRequest{SourcePath: source, Config: eff, Model: model, Force: args.Force}
	report := func(p actions.Progress) { progress.report(p.Message, p.Percentage) }
	result, err := s.opts.GenerateDraft(ctx, req, report)
	var exists *actions.DraftExistsError
	if errors.As(err, &exists) && !req.Force && ctx.Err() == nil {
		name := filepath.Base(exists.Path)
		progress.report("Waiting for your answer: overwrite "+name+"?", -1)
		switch s.ask(ctx, protocol.MessageTypeWarning, name+" already exists.", choiceOverwrite, choiceKeepMine) {
		case choiceOverwrite:
			logger.log(fmt.Sprintf("overwriting %s at the user's request (a backup is kept)", name))
			req.Force = true
			result, err = s.opts.GenerateDraft(ctx, req, report)
		default:
			if ctx.Err() == nil {
				s.client.showMessage(protocol.MessageTypeInfo, fmt.Sprintf("Kept your %s. The new draft was saved to %s.", name, exists.SavedAside))
				return nil, "Stopped", nil
			}
		}
	}
	if err != nil {
		if ctx.Err() != nil {
			s.client.showMessage(protocol.MessageTypeInfo, "Draft analysis cancelled; no file was written.")
			return nil, "", err
		}
		logger.log("draft analysis failed: " + err.Error())
		return nil, "", fmt.Errorf("draft analysis of %s: %w", filepath.Base(source), err)
	}
	logger.log(result.Message)
	draftURI := uriFromPath(result.DraftPath)
	if s.capabilities().showDocument {
		var shown showDocumentResult
		if err := s.client.call(ctx, "window/showDocument", &showDocumentParams{URI: draftURI, TakeFocus: true}, &shown); err != nil {
			s.logf("window/showDocument: %v", err)
		}
	}
	s.client.showMessage(protocol.MessageTypeInfo, draftDoneMessage(result))
	return draftResult{DraftURI: draftURI, Offline: result.Offline, Core: len(result.Draft.Core)}, "Wrote " + filepath.Base(result.DraftPath), nil
}

// draftDoneMessage says what was written and what to do next.
func draftDoneMessage(r actions.DraftResult) string {
	by := "model " + r.ModelName
	next := "Review it, then run \"Generate TLA+ spec\"."
	if r.Offline {
		by = "the offline lister (no model configured)"
		next = "Every function is listed as an unreviewed core function: move helpers and infrastructure to their sections, then run \"Generate TLA+ spec\"."
	}
	msg := fmt.Sprintf("Wrote %s with %s. %s", filepath.Base(r.DraftPath), by, next)
	if r.BackedUp != "" {
		msg += " The previous draft was backed up to " + r.BackedUp + "."
	}
	return msg
}
