package actions

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/draft"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/modelcfg"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/cfg"
)

// configPrompt asks a model for a TLC configuration of a module. It is
// ours; placeholders: {module}, {module_text}, {draft_analysis}.
//
//go:embed prompts/config.txt
var configPrompt string

// ConfigRequest says which spec to write a model configuration for.
type ConfigRequest struct {
	SpecPath string
	Config   config.Effective
	// Model proposes the constants and bounds; nil: built from Config
	// when Config.UsesModel(), else the deterministic generator
	// (modelcfg.Generate) writes the configuration.
	Model   llm.Model
	Overlay sany.Overlay
	Writer  Writer // nil: write to disk atomically
	// Force replaces a <Module>.cfg the user changed (after backing it up).
	Force bool
	Now   func() time.Time
}

// ConfigResult says what was written.
type ConfigResult struct {
	ConfigPath string
	Text       string
	// ModelName is the model that proposed it, "" for the deterministic
	// generator.
	ModelName string
	// Notes say what the user should look at (a proposed StateConstraint,
	// an operator constant, a model answer that was refused).
	Notes []string
	// ProposedConstraint is a StateConstraint definition for the spec.
	ProposedConstraint string
	BackedUp           string
	SavedAside         string
}

// GenerateConfig writes <Module>.cfg beside the spec, under the policy of
// specs: a .cfg the user changed since tla-gen-lsp wrote it is not
// replaced without Force (the new text is saved aside and a
// *SpecEditedError returned). With a model the model proposes the
// configuration; an answer that does not parse or does not fit the spec
// (modelcfg.Check) is refused and the deterministic generator's is used.
func GenerateConfig(ctx context.Context, req ConfigRequest) (ConfigResult, error) {
	var res ConfigResult
	text, err := readInput(req.SpecPath, req.Overlay)
	if err != nil {
		return res, fmt.Errorf("cannot read the spec: %w", err)
	}
	spec, err := modelcfg.Load(req.SpecPath, text, modelcfg.Options{SearchPaths: req.Config.LibraryPaths, Overlay: req.Overlay})
	if err != nil {
		return res, err
	}
	model, err := modelFor(GenerateRequest{Model: req.Model, Config: req.Config})
	if err != nil {
		return res, err
	}
	d, draftText := draftOfSpec(req.SpecPath, req.Overlay)
	res, err = proposeConfig(ctx, spec, text, d, draftText, model, req.Config)
	if err != nil {
		return res, err
	}
	written, err := writeSpec(ctx, writeOptions{
		Dir: filepath.Dir(req.SpecPath), Module: spec.Module, Ext: ".cfg", Text: []byte(res.Text),
		Force: req.Force, Writer: req.Writer, Overlay: req.Overlay, Now: req.Now,
	})
	res.ConfigPath, res.BackedUp = written.Path, written.BackedUp
	var edited *SpecEditedError
	if errors.As(err, &edited) {
		res.SavedAside = edited.SavedAside
	}
	return res, err
}

// proposeConfig asks the model for a configuration, or makes one.
func proposeConfig(ctx context.Context, spec *modelcfg.Spec, specText []byte, d draft.Draft, draftText string, model llm.Model, eff config.Effective) (ConfigResult, error) {
	generated := modelcfg.Generate(spec, d)
	res := ConfigResult{Text: generated.Text, Notes: generated.Notes, ProposedConstraint: generated.ProposedConstraint}
	if model == nil {
		return res, nil
	}
	prompt := strings.NewReplacer("{module}", spec.Module, "{module_text}", string(specText), "{draft_analysis}", draftText).Replace(configPrompt)
	answer, err := model.Complete(ctx, llm.Request{
		Messages:    []llm.Message{{Role: llm.RoleUser, Content: prompt}},
		Temperature: eff.Temperature,
		MaxTokens:   eff.MaxTokens,
	}, nil)
	if err != nil {
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		res.Notes = append(res.Notes, fmt.Sprintf("the model could not propose a configuration (%v); this one comes from the spec's declarations", err))
		return res, nil
	}
	proposed := extractConfig(answer)
	if problem := configProblem(spec, proposed); problem != "" {
		res.Notes = append(res.Notes, "the model's configuration was refused ("+problem+"); this one comes from the spec's declarations")
		return res, nil
	}
	res.Text = "\\* Model configuration for " + spec.Module + ", proposed by " + model.Name() + " and checked by tla-gen-lsp.\n" + proposed
	res.ModelName = model.Name()
	res.Notes, res.ProposedConstraint = nil, ""
	return res, nil
}

// configProblem says why a proposed configuration cannot be used, "" if
// it can: it must parse and pass modelcfg.Check without errors.
func configProblem(spec *modelcfg.Spec, text string) string {
	c, err := cfg.Parse(spec.Module+".cfg", []byte(text))
	if err != nil {
		var list cfg.ErrorList
		if errors.As(err, &list) && len(list) > 0 {
			return fmt.Sprintf("line %d: %s", list[0].Pos.Line, list[0].Msg)
		}
		return err.Error()
	}
	for _, p := range modelcfg.Check(spec, c) {
		if p.Severity == modelcfg.SeverityError {
			return p.Message
		}
	}
	return ""
}

var fencedConfig = lazy.Regexp("(?s)```[a-zA-Z]*\\n(.*?)```")

// extractConfig takes the .cfg out of a model's answer: the first fenced
// block, else the whole answer.
func extractConfig(answer string) string {
	if m := fencedConfig().FindStringSubmatch(answer); m != nil {
		return strings.TrimSpace(m[1]) + "\n"
	}
	return strings.TrimSpace(answer) + "\n"
}

// draftOfSpec reads the draft a generated spec came from (origin.json);
// a spec without one has an empty draft.
func draftOfSpec(specPath string, overlay sany.Overlay) (draft.Draft, string) {
	_, draftPath, ok := ReadOrigin(specPath)
	if !ok || draftPath == "" {
		return draft.Draft{}, noDraftText
	}
	text, err := readInput(draftPath, overlay)
	if err != nil {
		return draft.Draft{}, noDraftText
	}
	return draft.Parse(string(text)), string(text)
}

// draftFor is the draft of a generated spec (empty for another spec).
func draftFor(specPath string, overlay sany.Overlay) draft.Draft {
	d, _ := draftOfSpec(specPath, overlay)
	return d
}

// ConfigPathOf is the .cfg TLC pairs with a spec: <Module>.cfg beside it.
func ConfigPathOf(specPath string) string {
	return strings.TrimSuffix(specPath, filepath.Ext(specPath)) + ".cfg"
}

// configFileExists reports whether path exists on disk or in the overlay.
func configFileExists(path string, overlay sany.Overlay) bool {
	if _, ok := overlay[filepath.Clean(path)]; ok {
		return true
	}
	_, err := os.Stat(path)
	return err == nil
}
