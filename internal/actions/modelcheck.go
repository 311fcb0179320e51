package actions

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/config"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/modelcfg"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/cfg"
)

// ModelCheckRequest says what to model-check.
type ModelCheckRequest struct {
	SpecPath string
	// ConfigPath is the .cfg; "" means <Module>.cfg beside the spec.
	ConfigPath string
	Config     config.Effective
	Overlay    sany.Overlay
	// Progress receives the search's statistics about once a second.
	Progress func(tlc.Progress)
}

// ModelCheckReport is what model checking found: the verdict, the
// counterexample written as a readable module, and the coverage warnings.
type ModelCheckReport struct {
	SpecPath   string
	ConfigPath string
	// Result is the last run (nil when the spec was not checked).
	Result *tlc.Result
	// Skipped says why the spec was not model-checked ("" when it was);
	// SkipReason gives the error behind it.
	Skipped string
	skipErr error
	// Fault is the run whose violation is a runtime fault of the spec (an
	// evaluation error, TypeOK false, a deadlock the draft does not
	// explain, a false ASSUME) left after the runtime rounds; nil if none.
	Fault *tlc.Result
	// Findings are runs whose violation is a property of the draft (or of
	// the user's configuration) that does not hold: one run per violated
	// property, each with its trace. They are never sent to the model
	// without the user asking.
	Findings []*tlc.Result
	// Coverage warns of actions never enabled and variables that never
	// change, over a complete search.
	Coverage []CoverageWarning
	// Properties counts the invariants and properties the configuration
	// checks; Hold those not violated (over a complete search when
	// Complete is set).
	Properties, Hold int
	Complete         bool
	// Rounds is the number of runtime repair rounds run; Stop why they
	// stopped.
	Rounds int
	Stop   string
	// TracePath is .tla-gen/<Module>/trace.tla, the counterexample of the
	// fault or of the first finding ("" when there is none).
	TracePath string
	Notes     []string
}

// CoverageWarning is a coverage finding at a position (1-based).
type CoverageWarning struct {
	Path         string
	Line, Column int
	Message      string
}

// Summary is the phases line: "parses · runs (12,345 states, depth 17) ·
// 2 of 3 properties hold".
func (r *ModelCheckReport) Summary() string {
	switch {
	case r == nil:
		return "parses"
	case r.Skipped != "":
		return "parses · not model-checked: " + r.Skipped
	case r.Fault != nil:
		return "parses · does not run: " + tlc.ViolationText(r.Fault)
	case r.Result == nil:
		return "parses"
	}
	runs := fmt.Sprintf("runs (%s states, depth %d)", tlc.Thousands(r.Result.DistinctStates), r.Result.Depth)
	switch r.Result.Result {
	case tlc.Incomplete:
		runs = fmt.Sprintf("runs (%s states, depth %d, search stopped at its bound)", tlc.Thousands(r.Result.DistinctStates), r.Result.Depth)
	case tlc.Unsupported:
		return "parses · not model-checked: " + strings.TrimSpace(unsupportedText(r.Result))
	}
	if r.Properties == 0 {
		return "parses · " + runs + " · no properties checked"
	}
	holds := fmt.Sprintf("%d of %d properties hold", r.Hold, r.Properties)
	if r.Properties == 1 {
		holds = fmt.Sprintf("%d of 1 property holds", r.Hold)
	}
	if !r.Complete {
		holds += " in the states explored"
	}
	return "parses · " + runs + " · " + holds
}

// SkipReason is the error that kept the spec from being model-checked
// (errors.Is(err, tlc.ErrNotImplemented) when the checker is not built
// in), nil when it was checked.
func (r *ModelCheckReport) SkipReason() error {
	if r == nil || r.Skipped == "" {
		return nil
	}
	if r.skipErr != nil {
		return r.skipErr
	}
	return errors.New(r.Skipped)
}

// AllHold reports whether the spec runs and every property holds over a
// complete search: the CLI's exit status 0.
func (r *ModelCheckReport) AllHold() bool {
	return r != nil && r.Skipped == "" && r.Fault == nil && len(r.Findings) == 0 && r.Complete && r.Hold == r.Properties
}

func unsupportedText(res *tlc.Result) string {
	if res.Violation != nil && res.Violation.Message != "" {
		return "unsupported: " + res.Violation.Message
	}
	return "the model checker does not support this spec"
}

// ErrModelCheckUnavailable wraps the model checker's refusal to run (it
// is not built into this binary).
var ErrModelCheckUnavailable = tlc.ErrNotImplemented

// ModelCheck checks a spec with its configuration once (no repair):
// violations are reported with their trace, written to
// .tla-gen/<Module>/trace.tla, and a complete search without violation
// gives the coverage warnings. The error is for trouble outside the spec
// (an unreadable file, a missing configuration, a cancelled ctx, a
// checker not built in: errors.Is(err, tlc.ErrNotImplemented)).
func ModelCheck(ctx context.Context, req ModelCheckRequest) (*ModelCheckReport, error) {
	cfgPath := req.ConfigPath
	if cfgPath == "" {
		cfgPath = ConfigPathOf(req.SpecPath)
	}
	rep := &ModelCheckReport{SpecPath: req.SpecPath, ConfigPath: cfgPath}
	if !configFileExists(cfgPath, req.Overlay) {
		return rep, fmt.Errorf("%s has no model configuration %s: run \"Generate model config\" first", filepath.Base(req.SpecPath), filepath.Base(cfgPath))
	}
	c := checker{eff: req.Config, specPath: req.SpecPath, cfgPath: cfgPath, overlay: req.Overlay, progress: req.Progress}
	res, err := c.run(ctx, nil, nil)
	if err != nil {
		return rep, err
	}
	rep.Result = res
	rep.Properties = countProperties(cfgPath, req.Overlay)
	spec, _ := modelcfg.Load(req.SpecPath, nil, modelcfg.Options{SearchPaths: req.Config.LibraryPaths, Overlay: req.Overlay})
	switch kindOfRun(res, true) {
	case runFault:
		rep.Fault = res
	case runFinding:
		rep.Findings = append(rep.Findings, res)
	}
	rep.settle(spec)
	rep.writeTrace()
	return rep, nil
}

// checker runs the model checker on one spec and configuration, with the
// spec's and the configuration's text given when they differ from the
// overlay (a repair round's text, a configuration without a violated
// property).
type checker struct {
	eff      config.Effective
	specPath string
	cfgPath  string
	overlay  sany.Overlay
	progress func(tlc.Progress)
}

func (c checker) run(ctx context.Context, specText, cfgText []byte) (*tlc.Result, error) {
	overlay := maps.Clone(c.overlay)
	if overlay == nil {
		overlay = sany.Overlay{}
	}
	if specText != nil {
		overlay[filepath.Clean(c.specPath)] = specText
	}
	if cfgText != nil {
		overlay[filepath.Clean(c.cfgPath)] = cfgText
	}
	res, err := tlc.Check(ctx, tlc.Options{
		SpecPath:    c.specPath,
		ConfigPath:  c.cfgPath,
		SearchPaths: c.eff.LibraryPaths,
		Overlay:     overlay,
		MaxStates:   c.eff.ModelCheck.MaxStates,
		Timeout:     c.eff.ModelCheck.Timeout,
		Progress:    c.progress,
	})
	if err != nil {
		return nil, err
	}
	if ctx.Err() != nil {
		// A cancelled search answers Incomplete; for its caller it is a
		// cancellation, not a verdict.
		return nil, ctx.Err()
	}
	if res == nil {
		return nil, errors.New("the model checker gave no result")
	}
	return res, nil
}

// runKind sorts a run's outcome.
type runKind int

const (
	runClean     runKind = iota // success
	runFault                    // the spec does not run: repair it
	runFinding                  // a property does not hold: report it
	runUndecided                // incomplete or unsupported
)

// kindOfRun sorts a result: evaluation errors, false assumptions, failed
// Asserts, a violated type invariant and (unless the draft describes a
// system that terminates) deadlocks are faults; other violated
// invariants and properties are findings.
func kindOfRun(res *tlc.Result, deadlockIsFault bool) runKind {
	switch res.Result {
	case tlc.Success:
		return runClean
	case tlc.Error, tlc.AssumptionFailure:
		return runFault
	case tlc.DeadlockFailure:
		if deadlockIsFault {
			return runFault
		}
		return runFinding
	case tlc.SafetyFailure:
		if v := res.Violation; v != nil && (v.Kind == tlc.KindAssert || v.Kind == tlc.KindRuntime || v.Kind == tlc.KindInvariant && isTypeInvariant(v.Name)) {
			return runFault
		}
		return runFinding
	case tlc.LivenessFailure:
		return runFinding
	}
	return runUndecided
}

func isTypeInvariant(name string) bool {
	switch name {
	case "TypeOK", "TypeInvariant", "TypeInv", "TypeOk", "TypeCorrect":
		return true
	}
	return false
}

// settle fills Hold, Complete and the coverage warnings from the last
// run: only a search that ended without violation saw every state.
func (r *ModelCheckReport) settle(spec *modelcfg.Spec) {
	violated := 0
	for _, f := range r.Findings {
		if f.Result != tlc.DeadlockFailure {
			violated++
		}
	}
	r.Hold = max(r.Properties-violated, 0)
	if r.Fault != nil {
		r.Hold = 0
	}
	r.Complete = r.Fault == nil && r.Result.Result == tlc.Success
	if r.Complete {
		r.Coverage = coverageWarnings(r.Result, spec)
	}
}

// coverageWarnings turns a complete search's coverage into warnings: an
// action never enabled is almost always a translation mistake, and so is
// a variable that never changes.
func coverageWarnings(res *tlc.Result, spec *modelcfg.Spec) []CoverageWarning {
	var out []CoverageWarning
	states := tlc.Thousands(res.DistinctStates)
	for _, a := range res.Coverage {
		if a.Generated == 0 {
			out = append(out, CoverageWarning{Path: a.Path, Line: a.Line, Column: a.Column,
				Message: fmt.Sprintf("action %s is never enabled in %s reachable states", a.Name, states)})
		}
	}
	for _, name := range res.ConstantVariables {
		w := CoverageWarning{Message: fmt.Sprintf("variable %s never changes in %s reachable states", name, states)}
		if spec != nil {
			for _, v := range spec.Variables {
				if v.Name == name && v.Own {
					w.Path, w.Line, w.Column = spec.Path, v.Pos.Line, v.Pos.Column
				}
			}
		}
		out = append(out, w)
	}
	return out
}

// countProperties counts the invariants and properties a configuration
// checks (0 when it cannot be read).
func countProperties(cfgPath string, overlay sany.Overlay) int {
	c := readConfig(cfgPath, overlay)
	if c == nil {
		return 0
	}
	return len(c.Invariants) + len(c.Properties)
}

// writeTrace writes the counterexample of the fault, else of the first
// finding, to .tla-gen/<Module>/trace.tla.
func (r *ModelCheckReport) writeTrace() {
	res := r.Fault
	if res == nil && len(r.Findings) > 0 {
		res = r.Findings[0]
	}
	if res == nil || len(res.Trace) == 0 {
		return
	}
	path := filepath.Join(stateDirOf(r.SpecPath), TraceFileName)
	if err := writeFileAtomic(path, []byte(TraceModule(res))); err != nil {
		r.Notes = append(r.Notes, fmt.Sprintf("cannot write the trace to %s: %v", path, err))
		return
	}
	r.TracePath = path
}

// readConfig parses the configuration at path (its editor text when
// open); nil when it cannot be read or parsed.
func readConfig(path string, overlay sany.Overlay) *cfg.Config {
	text, err := readInput(path, overlay)
	if err != nil {
		return nil
	}
	c, err := cfg.Parse(path, text)
	if err != nil {
		return nil
	}
	return c
}
