package actions

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/conformance"
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
	// CoreOnly sends, in place of the whole source, only the functions the
	// draft names as core (extracted with srcfuncs), for sources too large
	// for the model's context window (see TooLargeError).
	CoreOnly bool
	// Log receives the generation log line by line as it is written (the
	// editor shows it as an output channel, the CLI on stderr); nil keeps
	// it only in .tla-gen/<Module>/generation.log.
	Log io.Writer
	// Now stamps backups and log lines; nil means time.Now.
	Now func() time.Time
}

// GenerateResult says what was generated and what the checker thinks of it.
type GenerateResult struct {
	SpecPath string // <OutDir>/<MODULE>.tla
	Module   string
	Text     string // the text on disk: the best round's
	Offline  bool   // made by the embedded skeleton generator, not a model
	// Diagnostics are SANY's findings followed by the draft-conformance
	// ones (Kind conformance.KindConformance, source "tla-gen").
	Diagnostics []sany.Diagnostic
	Message     string // one line for the user

	DraftPath string // the draft used, "" if none was found (model only)
	ModelName string // the model that answered, "" offline
	// BackedUp is where the previous spec was copied before a forced
	// overwrite. SavedAside is where the new text went when the spec was
	// not overwritten (Generate then also returns a *SpecEditedError).
	BackedUp   string
	SavedAside string

	// Rounds are the model's answers in order: round 1 is the first
	// answer, round k+1 the answer to repair request k. Each is kept in
	// .tla-gen/<Module>/round-N.tla.
	Rounds []Round
	// Kept is the number of the round whose text is in SpecPath (0 for
	// the offline skeleton).
	Kept int
	// RepairStop says why repairing stopped ("" when no repair was needed).
	RepairStop string
	// RepairErr is the failure of a repair round (a model fault, an
	// unusable answer); the spec of the best earlier round stays on disk
	// and Generate returns no error for it.
	RepairErr error
	// Notes are things the user should know that are not problems of the
	// spec (a module named otherwise than the draft suggests, functions a
	// core-only prompt could not find).
	Notes []string
	// LogPath is .tla-gen/<Module>/generation.log.
	LogPath string
	// ConfigPath is the <Module>.cfg this run wrote ("" when it wrote none:
	// the user's was used, or the spec was not model-checked).
	ConfigPath string
	// ModelCheck is the runtime phase's report: nil when it did not run
	// (the spec has SANY errors, or tlaGen.modelCheckAfterGenerate is off).
	ModelCheck *ModelCheckReport
}

// Round is one answer of the model.
type Round struct {
	Number   int
	Path     string // .tla-gen/<Module>/round-N.tla
	Errors   int    // SANY errors
	Warnings int    // draft-conformance warnings
	Written  bool   // it was (at some point) written to the spec
	// Diagnostics are SANY's and the conformance check's findings on the
	// round's text.
	Diagnostics []sany.Diagnostic
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
// <MODULE>.tla without clobbering user edits (see writeSpec), check it
// (SANY and draft conformance) and, while it has errors, ask the model to
// repair it (see repair).
//
// If the model fails or its first answer holds no usable module, nothing
// is written and the error says why. A failure during a repair round
// keeps the best earlier round on disk, returns no error and says so in
// RepairErr and Message. If the spec was edited by the user and Force is
// false, the result names where the new text was saved and the error is a
// *SpecEditedError. A prompt that does not fit the model's context window
// gives a *TooLargeError. Errors never contain the API key.
func Generate(ctx context.Context, req GenerateRequest, progress func(Progress)) (GenerateResult, error) {
	res, err := generate(ctx, req, progress)
	if key := req.Config.APIKey.Reveal(); key != "" {
		// The llm package scrubs its errors; this guards every other path
		// (a key pasted into a URL or a file name, say).
		if err != nil && strings.Contains(err.Error(), key) {
			err = errors.New(strings.ReplaceAll(err.Error(), key, "[redacted]"))
		}
		if res.RepairErr != nil && strings.Contains(res.RepairErr.Error(), key) {
			res.RepairErr = errors.New(strings.ReplaceAll(res.RepairErr.Error(), key, "[redacted]"))
		}
		res.Message = strings.ReplaceAll(res.Message, key, "[redacted]")
	}
	return res, err
}

// run is the state of one generation.
type run struct {
	req       GenerateRequest
	progress  func(Progress)
	log       *genLog
	draft     draft.Draft
	draftText string
	window    llm.Window // the model's context window, resolved once per run
	res       GenerateResult
	outDir    string
	stateDir  string // known once the module is
}

func (r *run) report(pct int, format string, args ...any) {
	if r.progress != nil {
		r.progress(Progress{Message: fmt.Sprintf(format, args...), Percentage: pct})
	}
}

// say reports a step and logs it.
func (r *run) say(pct int, format string, args ...any) {
	r.report(pct, format, args...)
	r.log.printf(format, args...)
}

func generate(ctx context.Context, req GenerateRequest, progress func(Progress)) (GenerateResult, error) {
	r := &run{req: req, progress: progress, log: newGenLog(req.Log, req.Now), outDir: req.OutDir}
	if r.outDir == "" {
		r.outDir = filepath.Dir(req.SourcePath)
	}
	res, err := r.generate(ctx)
	if r.stateDir != "" {
		if err != nil {
			r.log.printf("stopped: %v", scrubKey(err, req.Config.APIKey.Reveal()))
		}
		if p, lerr := r.log.save(r.stateDir); lerr == nil {
			res.LogPath = p
		}
	}
	return res, err
}

func scrubKey(err error, key string) string {
	if key == "" {
		return err.Error()
	}
	return strings.ReplaceAll(err.Error(), key, "[redacted]")
}

func (r *run) generate(ctx context.Context) (GenerateResult, error) {
	req := r.req
	source, err := readInput(req.SourcePath, req.Overlay)
	if err != nil {
		return r.res, fmt.Errorf("cannot read the source file: %w", err)
	}
	model, err := modelFor(req)
	if err != nil {
		return r.res, err
	}

	r.report(5, "Looking for the draft analysis")
	draftPath, draftText, err := readDraft(req, model != nil)
	if err != nil {
		return r.res, err
	}
	r.res.DraftPath = draftPath
	r.draft, r.draftText = draft.Parse(draftText), draftText
	r.log.printf("generating a spec %s", describeOrigin(req.SourcePath, draftPath))

	if model == nil {
		return r.offline(ctx)
	}
	return r.withModel(ctx, model, draftText, source)
}

// offline writes the skeleton. It is clean by construction (its tests
// check every draft shape), so it is never repaired.
func (r *run) offline(ctx context.Context) (GenerateResult, error) {
	r.say(30, "No model configured: writing a skeleton from the draft")
	module, text := Skeleton(r.draft, SkeletonOptions{SourcePath: r.req.SourcePath, DraftPath: r.res.DraftPath})
	r.res.Offline = true
	r.res.Module, r.res.Text = module, text
	if err := r.write(ctx, module, text); err != nil {
		return r.res, err
	}
	v, err := r.check(ctx, text)
	if err != nil {
		return r.res, err
	}
	if v, err = r.afterSANY(ctx, nil, "", v); err != nil {
		return r.res, err
	}
	r.finish(v)
	return r.res, nil
}

// afterSANY runs the runtime phase on a spec SANY accepts, unless the
// user turned it off.
func (r *run) afterSANY(ctx context.Context, model llm.Model, prompt string, v verdict) (verdict, error) {
	if v.Errors > 0 || !r.req.Config.ModelCheck.AfterGenerate {
		return v, nil
	}
	return r.runtimePhase(ctx, model, prompt, v)
}

// withModel asks the model, writes its module and repairs it.
func (r *run) withModel(ctx context.Context, model llm.Model, draftText string, source []byte) (GenerateResult, error) {
	r.res.ModelName = model.Name()
	r.window = resolveWindow(ctx, r.req.Config, model)
	r.log.printf("context window: %s", r.window)
	prompt, err := r.prompt(draftText, source)
	if err != nil {
		return r.res, err
	}
	conv := []llm.Message{{Role: llm.RoleUser, Content: prompt}}
	r.say(10, "Asking %s", model.Name())
	answer, err := r.ask(ctx, model, conv, "Receiving the spec")
	if err != nil {
		if tl := refusedByServer(err, r.req.Config, prompt, r.req.CoreOnly, len(r.draft.Core) > 0); tl != err {
			r.log.printf("the server refused the prompt as too long: %v", err)
			return r.res, tl
		}
		return r.res, fmt.Errorf("generation failed, nothing was written: %w", err)
	}
	module, text, err := ExtractModule(answer)
	if err != nil {
		return r.res, fmt.Errorf("generation failed, nothing was written: the model's answer is unusable: %w", err)
	}
	conv = append(conv, llm.Message{Role: llm.RoleAssistant, Content: answer})
	r.res.Module, r.res.Text = module, text
	r.noteModuleName(module)

	if err := ctx.Err(); err != nil {
		return r.res, errors.New("generation was cancelled, nothing was written")
	}
	if err := r.write(ctx, module, text); err != nil {
		return r.res, err
	}
	v, err := r.check(ctx, text)
	if err != nil {
		return r.res, err
	}
	r.keepRound(1, text, v, true)
	v, err = r.repair(ctx, model, conv, v)
	if err != nil {
		return r.res, err
	}
	if v, err = r.afterSANY(ctx, model, prompt, v); err != nil {
		return r.res, err
	}
	r.finish(v)
	return r.res, nil
}

// prompt fills the translation prompt and holds it to the context window.
func (r *run) prompt(draftText string, source []byte) (string, error) {
	req := r.req
	tmpl, err := loadPromptTemplate(req.Config.PromptFile)
	if err != nil {
		return "", err
	}
	src := string(source)
	if req.CoreOnly {
		var missing []string
		src, missing, err = coreOnlySource(req.SourcePath, source, r.draft)
		if err != nil {
			return "", fmt.Errorf("cannot send only the core functions: %w", err)
		}
		r.log.printf("core only: sending %d of %d bytes of %s", len(src), len(source), filepath.Base(req.SourcePath))
		if len(missing) > 0 {
			r.res.Notes = append(r.res.Notes, "core functions not found in the source: "+strings.Join(missing, ", "))
		}
	}
	prompt := FillPrompt(tmpl, draftText, src)
	if err := checkFits(req.Config, r.window, prompt, req.CoreOnly, len(r.draft.Core) > 0); err != nil {
		return "", err
	}
	return prompt, nil
}

// ask runs one chat turn, reporting the answer's growth as what.
func (r *run) ask(ctx context.Context, model llm.Model, conv []llm.Message, what string) (string, error) {
	return model.Complete(ctx, llm.Request{
		Messages:    conv,
		Temperature: r.req.Config.Temperature,
		MaxTokens:   r.req.Config.MaxTokens,
	}, func(p llm.Progress) {
		if p.Note != "" {
			r.say(-1, "%s", p.Note)
			return
		}
		r.report(-1, "%s: %d characters", what, p.Chars)
	})
}

// noteModuleName tells the user when the model named the module otherwise
// than the draft suggested: the file is named by the MODULE line (SANY
// requires it), and a spec an earlier run wrote under the suggested name
// from the same source is left as it was.
func (r *run) noteModuleName(module string) {
	want := strings.TrimSpace(r.draft.ModuleName)
	if want == "" || want == module {
		return
	}
	note := fmt.Sprintf("the model named the module %s, not %s as the draft suggests; the spec is %s.tla", module, want, module)
	old := filepath.Join(r.outDir, want+".tla")
	if src, _, ok := ReadOrigin(old); ok && sameFile(src, r.req.SourcePath) {
		if _, err := os.Stat(old); err == nil {
			note += fmt.Sprintf("; %s.tla from an earlier generation was left as it was (delete it if %s.tla replaces it)", want, module)
		}
	}
	r.res.Notes = append(r.res.Notes, note)
	r.log.printf("note: %s", note)
}

func sameFile(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && filepath.Clean(aa) == filepath.Clean(bb)
}

// write puts text in <Module>.tla under the overwrite policy and records
// its origin. The first write of a run clears the previous run's rounds.
func (r *run) write(ctx context.Context, module, text string) error {
	first := r.stateDir == ""
	r.stateDir = filepath.Join(r.outDir, StateDirName, module)
	if abs, err := filepath.Abs(r.stateDir); err == nil {
		r.stateDir = abs
	}
	if first {
		removeStaleRounds(r.stateDir)
	}
	overlay := r.req.Overlay
	if !first {
		// The editor's buffer of the spec, if any, held the text before
		// this run; since then the spec holds what this run wrote: in the
		// editor's buffer when written through the Writer (applyEdit, maybe
		// unsaved), on disk otherwise (where an edit made meanwhile shows).
		overlay = maps.Clone(overlay)
		if overlay == nil {
			overlay = sany.Overlay{}
		}
		delete(overlay, filepath.Clean(r.res.SpecPath))
		if r.req.Writer != nil {
			overlay[filepath.Clean(r.res.SpecPath)] = []byte(r.res.Text)
		}
	}
	r.report(85, "Writing %s.tla", module)
	written, err := writeSpec(ctx, writeOptions{
		Dir: r.outDir, Module: module, Text: []byte(text), Force: r.req.Force,
		Writer: r.req.Writer, Overlay: overlay, Now: r.req.Now,
	})
	r.res.SpecPath = written.Path
	if written.BackedUp != "" {
		r.res.BackedUp = written.BackedUp
	}
	var edited *SpecEditedError
	if errors.As(err, &edited) {
		r.res.SavedAside = edited.SavedAside
		r.log.printf("%s was edited by the user: not overwritten; the new text is in %s", written.Path, edited.SavedAside)
		return err
	}
	if err != nil {
		return err
	}
	r.log.printf("wrote %s", written.Path)
	if first {
		if err := writeOrigin(written.Path, r.req.SourcePath, r.res.DraftPath); err != nil {
			r.log.printf("cannot record the spec's origin: %v", err)
		}
	}
	return nil
}

// check runs SANY and draft conformance on text as the spec's content.
func (r *run) check(ctx context.Context, text string) (verdict, error) {
	r.report(92, "Checking %s.tla", r.res.Module)
	v, err := evaluate(ctx, r.req.Config.LibraryPaths, r.req.Overlay, r.res.SpecPath, []byte(text), r.draft)
	if err != nil {
		return v, fmt.Errorf("wrote %s but could not check it: %w", r.res.SpecPath, err)
	}
	return v, nil
}

// finish fills the result from the verdict on the spec kept.
func (r *run) finish(v verdict) {
	r.res.Diagnostics = v.all()
	r.res.Message = resultMessage(r.res)
	r.say(100, "%s", r.res.Message)
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

// readInput reads the source or the draft as the user sees it: the
// editor's unsaved text when the file is open, else the file on disk.
func readInput(path string, overlay sany.Overlay) ([]byte, error) {
	if text, ok := overlay[filepath.Clean(path)]; ok {
		return text, nil
	}
	return os.ReadFile(path)
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
			return "", "", fmt.Errorf("no draft analysis found next to %s (looked for %s); write one, pass its path, "+
				"or generate one for review (the editor's \"Generate draft analysis\" action, or: tla-gen-lsp draft %s)",
				req.SourcePath, strings.Join(tried, ", "), req.SourcePath)
		}
	}
	data, err := readInput(path, req.Overlay)
	if err != nil {
		return "", "", fmt.Errorf("cannot read the draft analysis: %w", err)
	}
	return path, string(data), nil
}

// noDraftText stands in for a missing draft in the prompt.
const noDraftText = "(No draft analysis was provided. Classify the functions yourself: model the core functions as actions, abstract helpers, omit infrastructure.)"

// resultMessage is the one line shown to the user.
func resultMessage(r GenerateResult) string {
	var errs, warns, conf int
	for _, d := range r.Diagnostics {
		switch {
		case d.Kind == conformance.KindConformance && d.Severity == sany.SeverityWarning:
			conf++
		case d.Severity == sany.SeverityError:
			errs++
		case d.Severity == sany.SeverityWarning:
			warns++
		}
	}
	what := "Generated " + filepath.Base(r.SpecPath)
	if r.Offline {
		what = "Wrote a SKELETON " + filepath.Base(r.SpecPath) + " from the draft (no model configured; every action is a TODO)"
	} else if r.ModelName != "" {
		what += " with " + r.ModelName
	}
	if repairs := len(r.Rounds) - 1; repairs > 0 {
		what += fmt.Sprintf(" after %s (kept round %d)", plural(repairs, "repair round"), r.Kept)
	}
	if r.BackedUp != "" {
		what += "; the previous file was backed up to " + r.BackedUp
	}
	var found string
	switch {
	case errs == 0 && warns == 0 && conf == 0:
		found = "no problems found"
	case errs == 0 && warns == 0:
		found = plural(conf, "draft-conformance warning")
	default:
		found = fmt.Sprintf("%s, %s", plural(errs, "error"), plural(warns, "warning"))
		if conf > 0 {
			found += ", " + plural(conf, "draft-conformance warning")
		}
	}
	msg := what + ": " + found
	if r.ModelCheck != nil {
		msg += ". " + strings.TrimSuffix(upperFirstLetter(r.ModelCheck.Summary()), ".")
	}
	if r.RepairErr != nil {
		msg += ". " + r.RepairErr.Error()
	}
	for _, n := range r.Notes {
		msg += ". Note: " + n
	}
	return msg
}

func upperFirstLetter(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
