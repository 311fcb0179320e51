package lsp

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
)

// configResult is tlaGen.generateConfig's reply.
type configResult struct {
	ConfigURI          protocol.DocumentURI `json:"configUri"`
	Model              string               `json:"model,omitempty"` // "" for the deterministic generator
	ProposedConstraint string               `json:"proposedConstraint,omitempty"`
	Notes              []string             `json:"notes,omitempty"`
}

// generateConfig runs tlaGen.generateConfig ("Generate model config"):
// <Module>.cfg beside the spec, by the model when one is configured, else
// from the spec's declarations and its draft. A .cfg the user changed is
// replaced only when the user says so (a backup is kept).
func (s *Server) generateConfig(ctx context.Context, args generateArgs) (any, error) {
	spec, ok := pathFromURI(args.URI)
	if ok && isCfgPath(spec) {
		spec = specOfConfig(spec)
	}
	if !ok || !isTLAPath(spec) {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s is not a .tla file", args.URI)
	}
	eff := s.currentSettings(ctx)
	return s.runLong(ctx, longAction{
		Key:   "config:" + spec,
		Title: "Model configuration for " + filepath.Base(spec),
		Busy:  fmt.Sprintf("A model configuration for %s is already being written.", filepath.Base(spec)),
	}, func(ctx context.Context, progress *progressReporter) (any, string, error) {
		return s.runGenerateConfig(ctx, progress, spec, args.Force, eff)
	})
}

func (s *Server) runGenerateConfig(ctx context.Context, progress *progressReporter, spec string, force bool, eff config.Effective) (any, string, error) {
	var model llm.Model
	if eff.UsesModel() {
		m, err := s.opts.NewModel(eff)
		if err != nil {
			return nil, "", fmt.Errorf("model configuration for %s: cannot set up the model: %w", filepath.Base(spec), err)
		}
		model = m
		progress.report("Asking "+m.Name(), -1)
	}
	req := actions.ConfigRequest{SpecPath: spec, Config: eff, Model: model, Overlay: s.docs.snapshot().overlay(), Force: force}
	if s.capabilities().applyEditCreate {
		req.Writer = &editWriter{s: s}
	}
	res, err := actions.GenerateConfig(ctx, req)
	var edited *actions.SpecEditedError
	if errors.As(err, &edited) && !force && ctx.Err() == nil {
		name := filepath.Base(edited.Path)
		progress.report("Waiting for your answer: overwrite "+name+"?", -1)
		if s.ask(ctx, protocol.MessageTypeWarning, name+" was edited since it was generated.", choiceOverwrite, choiceKeepMine) != choiceOverwrite {
			if ctx.Err() == nil {
				s.client.showMessage(protocol.MessageTypeInfo, fmt.Sprintf("Kept your %s. The new configuration was saved to %s.", name, edited.SavedAside))
			}
			return nil, "Stopped", ctx.Err()
		}
		req.Force = true
		res, err = actions.GenerateConfig(ctx, req)
	}
	if err != nil {
		return nil, "", fmt.Errorf("model configuration for %s: %w", filepath.Base(spec), err)
	}
	cfgURI := uriFromPath(res.ConfigPath)
	if s.capabilities().showDocument {
		var shown showDocumentResult
		if err := s.client.call(ctx, "window/showDocument", &showDocumentParams{URI: cfgURI, TakeFocus: true}, &shown); err != nil {
			s.logf("window/showDocument: %v", err)
		}
	}
	by := "from the spec's declarations and its draft"
	if res.ModelName != "" {
		by = "by " + res.ModelName
	}
	msg := fmt.Sprintf("Wrote %s %s.", filepath.Base(res.ConfigPath), by)
	if res.BackedUp != "" {
		msg += " The previous file was backed up to " + res.BackedUp + "."
	}
	if len(res.Notes) > 0 {
		msg += " Note: " + strings.Join(res.Notes, "; ") + "."
	}
	s.client.showMessage(protocol.MessageTypeInfo, msg)
	if s.capabilities().codeLensRefresh {
		if err := s.client.call(ctx, "workspace/codeLens/refresh", nil, nil); err != nil {
			s.logf("workspace/codeLens/refresh: %v", err)
		}
	}
	return configResult{ConfigURI: cfgURI, Model: res.ModelName, ProposedConstraint: res.ProposedConstraint, Notes: res.Notes},
		"Wrote " + filepath.Base(res.ConfigPath), nil
}

// fixTraceResult is tlaGen.fixTrace's reply.
type fixTraceResult struct {
	Written bool   `json:"written"`
	Summary string `json:"summary,omitempty"` // the new spec's model check
}

// fixTrace runs tlaGen.fixTrace ("Ask the model to fix the spec for this
// trace"): the last finding of the spec goes to the model, whose answer
// replaces the spec when SANY accepts it; the spec is then checked again.
func (s *Server) fixTrace(ctx context.Context, args generateArgs) (any, error) {
	spec, _, err := modelCheckTarget(args.URI)
	if err != nil {
		return nil, err
	}
	rep := s.checks.report(filepath.Clean(spec))
	finding := (*actions.ModelCheckReport)(nil)
	if rep != nil && (len(rep.Findings) > 0 || rep.Fault != nil) {
		finding = rep
	}
	if finding == nil {
		return nil, jsonrpc2.NewError(requestFailed, "There is no counterexample for "+filepath.Base(spec)+": model-check it first.")
	}
	eff := s.effective()
	return s.runLong(ctx, longAction{
		Key:   spec,
		Title: "Fixing " + filepath.Base(spec) + " for its counterexample",
		Busy:  fmt.Sprintf("%s is already being generated or fixed.", filepath.Base(spec)),
	}, func(ctx context.Context, progress *progressReporter) (any, string, error) {
		var model llm.Model
		if eff.UsesModel() {
			m, err := s.opts.NewModel(eff)
			if err != nil {
				return nil, "", err
			}
			model = m
			progress.report("Asking "+m.Name(), -1)
		}
		req := actions.FixTraceRequest{SpecPath: spec, Finding: shownRun(finding), Config: eff, Model: model, Overlay: s.docs.snapshot().overlay(), Force: args.Force}
		if s.capabilities().applyEditCreate {
			req.Writer = &editWriter{s: s}
		}
		res, err := actions.FixTrace(ctx, req)
		var edited *actions.SpecEditedError
		if errors.As(err, &edited) && !req.Force && ctx.Err() == nil {
			// A spec the user wrote or edited: ask before replacing it,
			// with the model's answer kept aside (not asked for again).
			name := filepath.Base(edited.Path)
			progress.report("Waiting for your answer: overwrite "+name+"?", -1)
			if s.ask(ctx, protocol.MessageTypeWarning, name+" was not written by tla-gen-lsp, or was edited since.", choiceOverwrite, choiceKeepMine) != choiceOverwrite {
				if ctx.Err() == nil {
					s.client.showMessage(protocol.MessageTypeInfo, fmt.Sprintf("Kept your %s. The model's version is in %s.", name, edited.SavedAside))
				}
				return nil, "Stopped", ctx.Err()
			}
			answer, rerr := os.ReadFile(edited.SavedAside)
			if rerr != nil {
				return nil, "", rerr
			}
			req.Force, req.Answer = true, "```tla\n"+string(answer)+"```"
			model := res.ModelName
			res, err = actions.FixTrace(ctx, req)
			res.ModelName = model
		}
		if err != nil {
			return nil, "", fmt.Errorf("fixing %s: %w", filepath.Base(spec), err)
		}
		s.diags.schedule(filepath.Clean(spec), 0)
		out := fixTraceResult{Written: res.Written}
		progress.report("Model checking the corrected spec", -1)
		if checked, _, err := s.runModelCheck(ctx, progress, spec, actions.ConfigPathOf(spec), true); err == nil {
			out.Summary = checked.(modelCheckResult).Summary
		}
		s.client.showMessage(protocol.MessageTypeInfo, fmt.Sprintf("%s rewrote %s for the counterexample. %s", res.ModelName, filepath.Base(spec), upperFirst(out.Summary)))
		return out, "Wrote " + filepath.Base(spec), nil
	})
}
