package lsp

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
)

// maxGenerateAttempts bounds the runs of one generation: the first, one
// after the user lifted a size refusal, one after an overwrite refusal.
const maxGenerateAttempts = 3

// Buttons of the questions asked when a generation is refused.
const (
	choiceOverwrite = "Overwrite (backup kept)"
	choiceKeepMine  = "Keep mine"
	choiceCoreOnly  = "Send core functions only"
	choiceCancel    = "Cancel"
)

// retryRequest asks the user how to go on after a generation refused for
// a reason the user can lift, and returns the request to run again.
// asked is false when err is not such a refusal. again is false when the
// user declined (they have been told what happened) or ctx was cancelled.
func (s *Server) retryRequest(ctx context.Context, req actions.GenerateRequest, err error, progress *progressReporter, logger *generationLog) (next actions.GenerateRequest, asked, again bool) {
	var edited *actions.SpecEditedError
	var tooLarge *actions.TooLargeError
	switch {
	case errors.As(err, &edited) && !req.Force:
		next, again = s.askOverwrite(ctx, req, edited, progress, logger)
		return next, true, again
	case errors.As(err, &tooLarge) && tooLarge.CanCoreOnly && !req.CoreOnly:
		next, again = s.askCoreOnly(ctx, req, tooLarge, progress, logger)
		return next, true, again
	}
	return req, false, false
}

// askOverwrite asks whether to replace a spec the user edited. On
// Overwrite the generation runs again with Force, answering its first
// model request with the text already generated (saved aside), so the
// model is not asked twice for the same thing.
func (s *Server) askOverwrite(ctx context.Context, req actions.GenerateRequest, edited *actions.SpecEditedError, progress *progressReporter, logger *generationLog) (actions.GenerateRequest, bool) {
	spec := filepath.Base(edited.Path)
	progress.report("Waiting for your answer: overwrite "+spec+"?", -1)
	choice := s.ask(ctx, protocol.MessageTypeWarning,
		fmt.Sprintf("%s was edited since it was generated.", spec), choiceOverwrite, choiceKeepMine)
	if ctx.Err() != nil {
		return req, false
	}
	if choice != choiceOverwrite {
		what := "kept your " + spec
		if choice == "" {
			what = "no answer: kept your " + spec
		}
		logger.log(what + "; the generated text is in " + edited.SavedAside)
		s.client.showMessage(protocol.MessageTypeInfo, fmt.Sprintf("Kept your %s. The generated spec was saved to %s.", spec, edited.SavedAside))
		return req, false
	}
	logger.log(fmt.Sprintf("overwriting %s at the user's request (a backup is kept)", spec))
	req.Force = true
	if req.Model != nil {
		if text, err := os.ReadFile(edited.SavedAside); err == nil {
			req.Model = &replayModel{first: string(text), inner: req.Model}
		}
	}
	return req, true
}

// askCoreOnly asks whether to send only the draft's core functions when
// the whole source does not fit the model's context window.
func (s *Server) askCoreOnly(ctx context.Context, req actions.GenerateRequest, tooLarge *actions.TooLargeError, progress *progressReporter, logger *generationLog) (actions.GenerateRequest, bool) {
	progress.report("Waiting for your answer: send the core functions only?", -1)
	choice := s.ask(ctx, protocol.MessageTypeWarning,
		tooLarge.Headline(),
		choiceCoreOnly, choiceCancel)
	if ctx.Err() != nil {
		return req, false
	}
	if choice != choiceCoreOnly {
		logger.log("the source is too large for the model; nothing was sent")
		s.client.showMessage(protocol.MessageTypeInfo, "TLA+ generation cancelled: "+tooLarge.Error())
		return req, false
	}
	logger.log("sending only the core functions named by the draft, at the user's request")
	req.CoreOnly = true
	return req, true
}

// replayModel answers the first request of a run with text a previous run
// of the same generation already received, and passes later requests
// (repair rounds) to the real model.
type replayModel struct {
	first string
	inner llm.Model

	mu   sync.Mutex
	used bool
}

// Complete implements llm.Model.
func (m *replayModel) Complete(ctx context.Context, req llm.Request, progress func(llm.Progress)) (string, error) {
	m.mu.Lock()
	replay := !m.used
	m.used = true
	m.mu.Unlock()
	if replay {
		return m.first, nil
	}
	return m.inner.Complete(ctx, req, progress)
}

// Name implements llm.Model: the text came from the inner model.
func (m *replayModel) Name() string { return m.inner.Name() }

// rememberLog records where the log of the last generation from source
// is, for tlaGen.showGenerationLog.
func (s *Server) rememberLog(source, logPath string) {
	if logPath == "" {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.genLogs[source] = logPath
	s.lastLog = logPath
}
