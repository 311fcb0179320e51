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
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/srcfuncs"
)

// draftPrompt asks a model for a draft analysis in the shape package
// draft reads. It is ours (the shared prompts hold only the translation
// prompt); placeholders: {file_name}, {language}, {source_code}.
//
//go:embed prompts/draft.txt
var draftPrompt string

// DraftRequest says which source to write a draft analysis for.
type DraftRequest struct {
	SourcePath string
	Config     config.Effective
	// Model writes the draft; nil: built from Config when
	// Config.UsesModel(), else an offline draft lists every function found
	// in the source (srcfuncs) as an unreviewed core function.
	Model llm.Model
	// Force replaces an existing <stem>.draft.md (after backing it up);
	// without it the new draft is saved aside and a *DraftExistsError is
	// returned.
	Force bool
	Now   func() time.Time // stamps backups; nil means time.Now
}

// DraftResult says what GenerateDraft wrote.
type DraftResult struct {
	DraftPath  string // <dir>/<stem>.draft.md
	Text       string
	Offline    bool   // listed by srcfuncs, not written by a model
	ModelName  string // "" offline
	Draft      draft.Draft
	BackedUp   string // where a forced overwrite copied the old draft
	SavedAside string // where the new draft went when the old one was kept
	Message    string
}

// ErrDraftExists is matched (errors.Is) by a *DraftExistsError.
var ErrDraftExists = errors.New("a draft analysis already exists")

// DraftExistsError says that <stem>.draft.md was kept and where the new
// draft went instead.
type DraftExistsError struct {
	Path       string
	SavedAside string
}

func (e *DraftExistsError) Error() string {
	return fmt.Sprintf("%s already exists, so it was not overwritten; the new draft was saved to %s. "+
		"Generate the draft again with force (-force) to replace it (the old one is backed up first)", e.Path, e.SavedAside)
}

func (e *DraftExistsError) Is(target error) bool { return target == ErrDraftExists }

// DraftPathFor is where GenerateDraft writes the draft of sourcePath:
// <stem>.draft.md beside it, one of the names FindDraft looks for.
func DraftPathFor(sourcePath string) string {
	base := filepath.Base(sourcePath)
	return filepath.Join(filepath.Dir(sourcePath), strings.TrimSuffix(base, filepath.Ext(base))+".draft.md")
}

// GenerateDraft writes a draft analysis of a source file for the user to
// review before generating the spec (phase 1). With a model it sends our
// draft prompt (prompts/draft.txt) and keeps the answer if package draft
// finds core functions in it; offline it lists the functions srcfuncs
// finds, every one marked "core (unreviewed)" for the user to classify.
// The draft is written atomically to <stem>.draft.md; an existing draft is
// never replaced without Force. Model faults, empty answers and answers
// without a usable draft write nothing. Errors never contain the API key.
func GenerateDraft(ctx context.Context, req DraftRequest, progress func(Progress)) (DraftResult, error) {
	res, err := generateDraft(ctx, req, progress)
	if key := req.Config.APIKey.Reveal(); key != "" && err != nil && strings.Contains(err.Error(), key) {
		err = errors.New(strings.ReplaceAll(err.Error(), key, "[redacted]"))
	}
	return res, err
}

func generateDraft(ctx context.Context, req DraftRequest, progress func(Progress)) (DraftResult, error) {
	report := func(pct int, format string, args ...any) {
		if progress != nil {
			progress(Progress{Message: fmt.Sprintf(format, args...), Percentage: pct})
		}
	}
	var res DraftResult
	source, err := os.ReadFile(req.SourcePath)
	if err != nil {
		return res, fmt.Errorf("cannot read the source file: %w", err)
	}
	model, err := modelFor(GenerateRequest{Model: req.Model, Config: req.Config})
	if err != nil {
		return res, err
	}
	var text string
	if model == nil {
		report(30, "No model configured: listing the functions of %s", filepath.Base(req.SourcePath))
		text, err = offlineDraft(req.SourcePath, source)
		if err != nil {
			return res, err
		}
		res.Offline = true
	} else {
		res.ModelName = model.Name()
		text, err = askDraft(ctx, req, model, source, report)
		if err != nil {
			return res, err
		}
	}
	if ctx.Err() != nil {
		return res, errors.New("draft generation was cancelled, nothing was written")
	}
	res.Text, res.Draft = text, draft.Parse(text)
	res.DraftPath = DraftPathFor(req.SourcePath)
	if abs, err := filepath.Abs(res.DraftPath); err == nil {
		res.DraftPath = abs
	}
	report(90, "Writing %s", filepath.Base(res.DraftPath))
	if err := writeDraft(&res, req); err != nil {
		return res, err
	}
	res.Message = draftMessage(res)
	report(100, "%s", res.Message)
	return res, nil
}

// askDraft sends the draft prompt and returns the draft in the answer.
func askDraft(ctx context.Context, req DraftRequest, model llm.Model, source []byte, report func(int, string, ...any)) (string, error) {
	lang := srcfuncs.LanguageOf(req.SourcePath)
	if lang == "" {
		lang = strings.TrimPrefix(filepath.Ext(req.SourcePath), ".")
	}
	prompt := strings.NewReplacer(
		"{file_name}", filepath.Base(req.SourcePath),
		"{language}", lang,
		placeholderSource, string(source),
	).Replace(draftPrompt)
	if err := checkFits(req.Config, resolveWindow(ctx, req.Config, model), prompt, false, false); err != nil {
		return "", err
	}
	report(10, "Asking %s for a draft analysis", model.Name())
	answer, err := model.Complete(ctx, llm.Request{
		Messages:    []llm.Message{{Role: llm.RoleUser, Content: prompt}},
		Temperature: req.Config.Temperature,
		MaxTokens:   req.Config.MaxTokens,
	}, func(p llm.Progress) {
		if p.Note != "" {
			report(-1, "%s", p.Note)
			return
		}
		report(-1, "Receiving the draft: %d characters", p.Chars)
	})
	if err != nil {
		if tl := refusedByServer(err, req.Config, prompt, false, false); tl != err {
			return "", tl
		}
		return "", fmt.Errorf("draft generation failed, nothing was written: %w", err)
	}
	text := unfence(answer)
	if d := draft.Parse(text); len(d.Core) == 0 {
		return "", errors.New("draft generation failed, nothing was written: the model's answer names no core function (no CORE FUNCTIONS section tla-gen-lsp can read)")
	}
	return strings.TrimRight(text, "\n") + "\n", nil
}

// unfence drops a markdown fence wrapped around the whole answer, as
// models often send ("```markdown … ```").
func unfence(answer string) string {
	t := strings.TrimSpace(strings.ReplaceAll(answer, "\r\n", "\n"))
	first, rest, ok := strings.Cut(t, "\n")
	if !ok || !strings.HasPrefix(first, "```") || !strings.HasSuffix(rest, "```") {
		return t
	}
	switch strings.ToLower(strings.TrimSpace(strings.TrimPrefix(first, "```"))) {
	case "", "md", "markdown", "text":
		return strings.TrimSpace(strings.TrimSuffix(rest, "```"))
	}
	return t
}

// offlineDraft lists every function srcfuncs finds as an unreviewed core
// function, under a banner that says the classification is the user's.
func offlineDraft(sourcePath string, source []byte) (string, error) {
	lang := srcfuncs.LanguageOf(sourcePath)
	if lang == "" {
		return "", fmt.Errorf("no model is configured and tla-gen-lsp cannot read functions from %s (unknown language); configure a model (tlaGen.model / TLA_GEN_MODEL) or write the draft by hand", filepath.Base(sourcePath))
	}
	funcs := srcfuncs.Find(lang, source)
	if len(funcs) == 0 {
		return "", fmt.Errorf("no model is configured and no function was found in %s; write the draft by hand", filepath.Base(sourcePath))
	}
	base := filepath.Base(sourcePath)
	var b strings.Builder
	fmt.Fprintf(&b, "# Draft analysis: %s\n\n", base)
	b.WriteString("> UNREVIEWED DRAFT written by tla-gen-lsp without a language model.\n")
	b.WriteString("> Every function found in the source is listed as a core function.\n")
	b.WriteString("> Classify them yourself before generating the spec: keep under CORE FUNCTIONS\n")
	b.WriteString("> only the functions that change the essential state, move helpers to\n")
	b.WriteString("> HELPER FUNCTIONS and the rest (logging, I/O, start-up) to INFRASTRUCTURE\n")
	b.WriteString("> FUNCTIONS, then list the essential state variables and the properties.\n\n")
	fmt.Fprintf(&b, "Suggested module name: `%s`\n\n", skeletonModuleName("", sourcePath))
	b.WriteString("## 1. Function classification\n\n")
	b.WriteString("### CORE FUNCTIONS\n")
	seen := map[string]bool{}
	for _, f := range funcs {
		if seen[f.Name] {
			continue
		}
		seen[f.Name] = true
		where := fmt.Sprintf("line %d", f.Line)
		if f.Parent != "" {
			where = fmt.Sprintf("method of %s, line %d", f.Parent, f.Line)
		}
		fmt.Fprintf(&b, "- `%s`: core (unreviewed) — %s.\n", f.Name, where)
	}
	b.WriteString("\n### HELPER FUNCTIONS\n- (none classified yet)\n\n")
	b.WriteString("### INFRASTRUCTURE FUNCTIONS\n- (none classified yet)\n\n")
	b.WriteString("## 2. Essential state variables\n<!-- List them as: - `name` (TYPE): what it holds. -->\n\n")
	b.WriteString("## 3. Properties\n<!-- List them as: - `Name`: one-line statement. -->\n")
	return b.String(), nil
}

// writeDraft writes the draft without replacing an existing one unless
// forced (then the old one is backed up first).
func writeDraft(res *DraftResult, req DraftRequest) error {
	path := res.DraftPath
	stateDir := filepath.Join(filepath.Dir(path), StateDirName, "drafts")
	old, err := os.ReadFile(path)
	exists := err == nil
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("cannot read the existing %s: %w", path, err)
	}
	if exists && string(old) != res.Text {
		if !req.Force {
			aside := filepath.Join(stateDir, filepath.Base(path))
			if err := writeFileAtomic(aside, []byte(res.Text)); err != nil {
				return fmt.Errorf("%s exists and the new draft could not be saved aside: %w", path, err)
			}
			res.SavedAside = aside
			return &DraftExistsError{Path: path, SavedAside: aside}
		}
		backup, err := backupPathNamed(stateDir, req.Now, "-"+filepath.Base(path))
		if err != nil {
			return err
		}
		if err := writeFileAtomic(backup, old); err != nil {
			return fmt.Errorf("cannot back up %s before overwriting it: %w", path, err)
		}
		res.BackedUp = backup
	}
	if err := writeFileAtomic(path, []byte(res.Text)); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// draftMessage is the one line shown to the user.
func draftMessage(r DraftResult) string {
	msg := fmt.Sprintf("Wrote %s with %s", filepath.Base(r.DraftPath), r.ModelName)
	if r.Offline {
		msg = fmt.Sprintf("Wrote an UNREVIEWED %s listing %s as core (no model configured): classify them before generating the spec",
			filepath.Base(r.DraftPath), plural(len(r.Draft.Core), "function"))
	} else {
		msg += fmt.Sprintf(": %s, %s, %s, %s; review it before generating the spec",
			plural(len(r.Draft.Core), "core function"), plural(len(r.Draft.Helper), "helper"),
			plural(len(r.Draft.Variables), "state variable"), plural(len(r.Draft.Properties), "property"))
	}
	if r.BackedUp != "" {
		msg += "; the previous draft was backed up to " + r.BackedUp
	}
	return msg
}
