package actions

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/draft"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// GenerateRequest says what to generate.
type GenerateRequest struct {
	SourcePath string // the program to translate
	DraftPath  string // "" to look for a neighbouring draft (FindDraft)
	OutDir     string // "" for the source's folder
	Config     config.Effective
	// Model answers the prompt. nil: a model is built from Config when
	// Config.UsesModel(), else the embedded offline skeleton generator is
	// used.
	Model   llm.Model
	Writer  Writer // nil: write to disk atomically
	Overlay sany.Overlay
	Force   bool // overwrite a spec the user edited (after backing it up)
	// Now stamps backups; nil means time.Now.
	Now func() time.Time
}

// GenerateResult says what was generated and what the checker thinks of it.
type GenerateResult struct {
	SpecPath    string // <OutDir>/<MODULE>.tla
	Module      string
	Text        string
	Offline     bool // made by the embedded skeleton generator, not a model
	Diagnostics []sany.Diagnostic
	Message     string // one line for the user

	DraftPath string // the draft used, "" if none was found (model only)
	ModelName string // the model that answered, "" offline
	// BackedUp is where the previous spec was copied before a forced
	// overwrite. SavedAside is where the new text went when the spec was
	// not overwritten (Generate then also returns a *SpecEditedError).
	BackedUp   string
	SavedAside string
}

// Progress is reported during generation.
type Progress struct {
	Message    string
	Percentage int // 0..100, or -1 if unknown
}

// Writer puts generated text into the user's workspace. The LSP server
// implements it with workspace/applyEdit where the client supports it.
type Writer interface {
	WriteFile(ctx context.Context, path string, text []byte) error
}

// Generate runs the whole pipeline: find the draft, fill the prompt, call
// the model (or the offline skeleton generator), extract the module, write
// <MODULE>.tla without clobbering user edits (see writeSpec), and check it.
//
// If the model fails or its answer holds no usable module, nothing is
// written and the error says why. If the spec was edited by the user and
// Force is false, the result names where the new text was saved and the
// error is a *SpecEditedError. Errors never contain the API key.
func Generate(ctx context.Context, req GenerateRequest, progress func(Progress)) (GenerateResult, error) {
	report := func(pct int, format string, args ...any) {
		if progress != nil {
			progress(Progress{Message: fmt.Sprintf(format, args...), Percentage: pct})
		}
	}
	var res GenerateResult
	source, err := os.ReadFile(req.SourcePath)
	if err != nil {
		return res, fmt.Errorf("cannot read the source file: %w", err)
	}
	model, err := modelFor(req)
	if err != nil {
		return res, err
	}

	report(5, "Looking for the draft analysis")
	draftPath, draftText, err := readDraft(req, model != nil)
	if err != nil {
		return res, err
	}
	res.DraftPath = draftPath

	var module, text string
	if model == nil {
		report(30, "No model configured: writing a skeleton from the draft")
		module, text = Skeleton(draft.Parse(draftText), SkeletonOptions{SourcePath: req.SourcePath, DraftPath: draftPath})
		res.Offline = true
	} else {
		res.ModelName = model.Name()
		module, text, err = askModel(ctx, req, model, draftText, string(source), report)
		if err != nil {
			return res, err
		}
	}
	res.Module, res.Text = module, text

	if err := ctx.Err(); err != nil {
		return res, errors.New("generation was cancelled")
	}
	report(85, "Writing %s.tla", module)
	outDir := req.OutDir
	if outDir == "" {
		outDir = filepath.Dir(req.SourcePath)
	}
	written, err := writeSpec(ctx, writeOptions{
		Dir: outDir, Module: module, Text: []byte(text), Force: req.Force,
		Writer: req.Writer, Overlay: req.Overlay, Now: req.Now,
	})
	res.SpecPath, res.BackedUp = written.Path, written.BackedUp
	var edited *SpecEditedError
	if errors.As(err, &edited) {
		res.SavedAside = edited.SavedAside
		return res, err
	}
	if err != nil {
		return res, err
	}

	report(92, "Checking %s.tla", module)
	overlay := maps.Clone(req.Overlay)
	if overlay == nil {
		overlay = sany.Overlay{}
	}
	overlay[filepath.Clean(res.SpecPath)] = []byte(text)
	res.Diagnostics, err = sany.Check(ctx, sany.Config{SearchPaths: req.Config.LibraryPaths, Overlay: overlay}, res.SpecPath)
	if err != nil {
		return res, fmt.Errorf("wrote %s but could not check it: %w", res.SpecPath, err)
	}
	res.Message = resultMessage(res)
	report(100, "%s", res.Message)
	return res, nil
}

// modelFor returns the model to ask, or nil for the offline skeleton.
func modelFor(req GenerateRequest) (llm.Model, error) {
	if req.Model != nil {
		return req.Model, nil
	}
	if !req.Config.UsesModel() {
		return nil, nil
	}
	m, err := llm.NewOpenAI(llm.OptionsFromConfig(req.Config))
	if err != nil {
		return nil, fmt.Errorf("cannot set up the model: %w", err)
	}
	return m, nil
}

// readDraft finds and reads the draft. A model can work without one; the
// skeleton generator cannot.
func readDraft(req GenerateRequest, haveModel bool) (path, text string, err error) {
	path = req.DraftPath
	if path == "" {
		names := req.Config.DraftNames
		if len(names) == 0 {
			names = config.DefaultDraftNames
		}
		var ok bool
		path, ok = FindDraft(req.SourcePath, names)
		if !ok {
			if haveModel {
				return "", noDraftText, nil
			}
			var tried []string
			for _, c := range draftCandidates(req.SourcePath, names) {
				tried = append(tried, filepath.Base(c))
			}
			return "", "", fmt.Errorf("no draft analysis found next to %s (looked for %s); write one or pass its path",
				req.SourcePath, strings.Join(tried, ", "))
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", "", fmt.Errorf("cannot read the draft analysis: %w", err)
	}
	return path, string(data), nil
}

// noDraftText stands in for a missing draft in the prompt.
const noDraftText = "(No draft analysis was provided. Classify the functions yourself: model the core functions as actions, abstract helpers, omit infrastructure.)"

// askModel fills the prompt, asks the model and extracts the module.
func askModel(ctx context.Context, req GenerateRequest, model llm.Model, draftText, source string,
	report func(int, string, ...any)) (module, text string, err error) {
	tmpl, err := loadPromptTemplate(req.Config.PromptFile)
	if err != nil {
		return "", "", err
	}
	prompt := FillPrompt(tmpl, draftText, source)
	report(10, "Asking %s", model.Name())
	answer, err := model.Complete(ctx, llm.Request{
		Messages:    []llm.Message{{Role: llm.RoleUser, Content: prompt}},
		Temperature: req.Config.Temperature,
		MaxTokens:   req.Config.MaxTokens,
	}, func(p llm.Progress) {
		if p.Note != "" {
			report(-1, "%s", p.Note)
			return
		}
		report(-1, "Receiving the spec: %d characters", p.Chars)
	})
	if err != nil {
		return "", "", fmt.Errorf("generation failed, nothing was written: %w", err)
	}
	module, text, err = ExtractModule(answer)
	if err != nil {
		return "", "", fmt.Errorf("generation failed, nothing was written: the model's answer is unusable: %w", err)
	}
	return module, text, nil
}

// resultMessage is the one line shown to the user.
func resultMessage(r GenerateResult) string {
	var errs, warns int
	for _, d := range r.Diagnostics {
		if d.Severity == sany.SeverityError {
			errs++
		} else if d.Severity == sany.SeverityWarning {
			warns++
		}
	}
	what := "Generated " + filepath.Base(r.SpecPath)
	if r.Offline {
		what = "Wrote a SKELETON " + filepath.Base(r.SpecPath) + " from the draft (no model configured; every action is a TODO)"
	} else if r.ModelName != "" {
		what += " with " + r.ModelName
	}
	if r.BackedUp != "" {
		what += "; the previous file was backed up to " + r.BackedUp
	}
	switch {
	case errs == 0 && warns == 0:
		return what + ": no problems found"
	case errs == 0:
		return fmt.Sprintf("%s: %d warning(s)", what, warns)
	}
	return fmt.Sprintf("%s: %d error(s), %d warning(s)", what, errs, warns)
}
