package actions

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc"
)

// FixTraceRequest asks the model, at the user's request, to correct a
// spec for a counterexample (a finding of model checking).
type FixTraceRequest struct {
	SpecPath string
	Finding  *tlc.Result // the run whose violation and trace to send
	Config   config.Effective
	Model    llm.Model // nil: built from Config
	Overlay  sany.Overlay
	Writer   Writer
	Force    bool // overwrite a spec the user edited (after a backup)
	// Answer is a module the model already gave for this trace (the text
	// saved aside when the spec was edited): it is used instead of asking
	// again.
	Answer string
	Now    func() time.Time
}

// FixTraceResult says what the model's answer was made of.
type FixTraceResult struct {
	SpecPath string
	// AnswerPath keeps the model's module in .tla-gen/<Module>/.
	AnswerPath string
	Errors     int // SANY errors of the answer; it is written only when 0
	Written    bool
	ModelName  string
	BackedUp   string
}

// FixTrace sends the finding's violation, trace and module to the model
// and writes its corrected module when SANY accepts it, under the specs'
// overwrite policy. An answer with SANY errors is kept aside, not written.
func FixTrace(ctx context.Context, req FixTraceRequest) (FixTraceResult, error) {
	res := FixTraceResult{SpecPath: req.SpecPath}
	if req.Finding == nil || req.Finding.Violation == nil {
		return res, errors.New("there is no counterexample to send: model-check the spec first")
	}
	module := strings.TrimSuffix(filepath.Base(req.SpecPath), filepath.Ext(req.SpecPath))
	answer := req.Answer
	if answer == "" {
		var err error
		if answer, err = askTraceFix(ctx, req, module, &res); err != nil {
			return res, err
		}
	}
	got, fixed, err := ExtractModule(answer)
	if err != nil {
		return res, fmt.Errorf("the model's answer is unusable: %w", err)
	}
	if got != module {
		return res, fmt.Errorf("the model renamed the module from %s to %s", module, got)
	}
	res.AnswerPath = filepath.Join(stateDirOf(req.SpecPath), "fix-trace.tla")
	if err := writeFileAtomic(res.AnswerPath, []byte(fixed)); err != nil {
		res.AnswerPath = ""
	}
	v, err := evaluate(ctx, req.Config.LibraryPaths, req.Overlay, req.SpecPath, []byte(fixed), draftFor(req.SpecPath, req.Overlay))
	if err != nil {
		return res, err
	}
	res.Errors = v.Errors
	if v.Errors > 0 {
		return res, fmt.Errorf("the model's answer has %s; it was not written (it is in %s)", plural(v.Errors, "SANY error"), res.AnswerPath)
	}
	written, err := writeSpec(ctx, writeOptions{
		Dir: filepath.Dir(req.SpecPath), Module: module, Text: []byte(fixed), Force: req.Force,
		Writer: req.Writer, Overlay: req.Overlay, Now: req.Now,
	})
	res.BackedUp = written.BackedUp
	if err != nil {
		return res, err
	}
	res.Written = true
	return res, nil
}

// askTraceFix asks the model for a module that satisfies the violated
// property.
func askTraceFix(ctx context.Context, req FixTraceRequest, module string, res *FixTraceResult) (string, error) {
	model, err := modelFor(GenerateRequest{Model: req.Model, Config: req.Config})
	if err != nil {
		return "", err
	}
	if model == nil {
		return "", errors.New("no model is configured (tlaGen.model): fix the spec by hand from the trace")
	}
	res.ModelName = model.Name()
	text, err := readInput(req.SpecPath, req.Overlay)
	if err != nil {
		return "", fmt.Errorf("cannot read the spec: %w", err)
	}
	msg := traceFixMessage(module, req.SpecPath, string(text), req.Finding)
	if err := checkFits(req.Config, resolveWindow(ctx, req.Config, model), msg, false, false); err != nil {
		return "", err
	}
	conv := []llm.Message{{Role: llm.RoleUser, Content: msg}}
	return model.Complete(ctx, llm.Request{Messages: conv, Temperature: req.Config.Temperature, MaxTokens: req.Config.MaxTokens}, nil)
}
