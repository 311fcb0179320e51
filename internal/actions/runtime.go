package actions

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/llm"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/modelcfg"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/cfg"
)

// Reasons the runtime rounds stopped, as ModelCheckReport.Stop gives them
// (besides the StopX reasons the SANY rounds share).
const (
	StopRuns    = "runs"     // the spec runs
	StopNoModel = "no model" // offline: a fault is reported, not repaired
)

// runtimePhase model-checks a spec SANY accepts, within the bounds of
// tlaGen.modelCheckMaxStates and tlaGen.modelCheckTimeout, with its
// <Module>.cfg (written from the draft when there is none, used as it is
// when the user wrote it). Runtime faults go back to the model for up to
// tlaGen.maxRuntimeRounds rounds, each carrying the error, its position
// and the shortest trace; a round is kept when the spec then runs, or
// runs further before failing. Violations of the draft's properties are
// findings: recorded with their trace, never sent to the model. It
// returns the verdict on the spec kept.
func (r *run) runtimePhase(ctx context.Context, model llm.Model, prompt string, v verdict) (verdict, error) {
	eff := r.req.Config
	rep := &ModelCheckReport{SpecPath: r.res.SpecPath}
	r.res.ModelCheck = rep
	cfgPath, cfgText, err := r.ensureConfig(ctx, model)
	rep.ConfigPath = cfgPath
	if err != nil {
		if ctx.Err() != nil {
			return v, errors.New("generation was cancelled while writing the model configuration")
		}
		rep.Skipped = err.Error()
		r.log.printf("not model-checked: %v", err)
		return v, nil
	}
	c := readConfigText(cfgPath, cfgText)
	if c == nil {
		rep.Skipped = filepath.Base(cfgPath) + " has errors; see its diagnostics"
		r.log.printf("not model-checked: %s", rep.Skipped)
		return v, nil
	}
	rep.Properties = len(c.Invariants) + len(c.Properties)
	deadlockIsFault := !modelcfg.Terminates(r.draft)
	chk := checker{eff: eff, specPath: r.res.SpecPath, cfgPath: cfgPath, overlay: r.req.Overlay, progress: func(p tlc.Progress) {
		r.report(-1, "Model checking: %s distinct states, depth %d", tlc.Thousands(p.Distinct), p.Depth)
	}}
	r.say(-1, "Model checking %s with %s", filepath.Base(r.res.SpecPath), filepath.Base(cfgPath))
	res, err := chk.run(ctx, []byte(r.res.Text), cfgText)
	if err != nil {
		return v, r.checkerFailed(ctx, rep, err)
	}
	r.logRun(res)

	maxRounds := eff.ModelCheck.MaxRuntimeRounds
	for k := 1; kindOfRun(res, deadlockIsFault) == runFault; k++ {
		if model == nil {
			rep.Stop = StopNoModel
			break
		}
		if maxRounds <= 0 {
			rep.Stop = StopDisabled
			break
		}
		if k > maxRounds {
			rep.Stop = StopMaxRounds
			break
		}
		next, nextRes, nextV, stop, err := r.runtimeRound(ctx, model, prompt, chk, cfgText, res, k, maxRounds)
		rep.Rounds = k
		if err != nil {
			return v, err
		}
		if stop != "" {
			rep.Stop = stop
			break
		}
		r.res.Text, res, v = next, nextRes, nextV
	}
	if kindOfRun(res, deadlockIsFault) == runFault {
		rep.Fault, rep.Result = res, res
		rep.settle(nil)
		rep.writeTrace()
		r.say(-1, "%s", rep.Summary())
		return v, nil
	}
	if rep.Rounds > 0 {
		rep.Stop = StopRuns
	}

	// Each violated property is a finding; check again without it to
	// learn about the others.
	remaining := *c
	for kindOfRun(res, deadlockIsFault) == runFinding && len(rep.Findings) <= rep.Properties {
		rep.Findings = append(rep.Findings, res)
		r.say(-1, "Finding (not sent to the model): %s", tlc.ViolationText(res))
		if !dropViolated(&remaining, res) {
			break
		}
		if res, err = chk.run(ctx, []byte(r.res.Text), []byte(cfg.Format(&remaining))); err != nil {
			return v, r.checkerFailed(ctx, rep, err)
		}
		r.logRun(res)
	}
	rep.Result = res
	spec, _ := modelcfg.Load(r.res.SpecPath, []byte(r.res.Text), modelcfg.Options{SearchPaths: eff.LibraryPaths, Overlay: r.req.Overlay})
	rep.settle(spec)
	rep.writeTrace()
	for _, w := range rep.Coverage {
		r.log.printf("coverage: %s", w.Message)
	}
	r.say(-1, "%s", rep.Summary())
	return v, nil
}

// runtimeRound asks the model to repair a runtime fault and judges the
// answer: it must pass SANY and run (or run further than before). stop is
// the reason to end the rounds ("" to go on with the new text).
func (r *run) runtimeRound(ctx context.Context, model llm.Model, prompt string, chk checker, cfgText []byte, res *tlc.Result, k, maxRounds int) (text string, next *tlc.Result, v verdict, stop string, err error) {
	round := len(r.res.Rounds) + 1
	r.say(-1, "Runtime round %d/%d: %s", k, maxRounds, tlc.ViolationText(res))
	msg := runtimeRepairMessage(r.res.Module, r.res.SpecPath, r.res.Text, string(cfgText), res)
	conv := []llm.Message{
		{Role: llm.RoleUser, Content: prompt},
		{Role: llm.RoleAssistant, Content: "```tla\n" + r.res.Text + "```"},
		{Role: llm.RoleUser, Content: msg},
	}
	if err := checkFits(r.req.Config, r.window, joinMessages(conv), false, false); err != nil {
		r.log.printf("runtime round %d/%d not sent: %v", k, maxRounds, err)
		return "", nil, v, StopTooLarge, nil
	}
	answer, err := r.ask(ctx, model, conv, fmt.Sprintf("Receiving runtime round %d/%d", k, maxRounds))
	if err != nil {
		if ctx.Err() != nil || llm.KindOf(err) == llm.ErrCancelled {
			return "", nil, v, "", fmt.Errorf("generation was cancelled during runtime round %d/%d; %s keeps round %d's text", k, maxRounds, filepath.Base(r.res.SpecPath), r.res.Kept)
		}
		r.res.Notes = append(r.res.Notes, fmt.Sprintf("runtime round %d/%d failed: %v", k, maxRounds, err))
		return "", nil, v, StopFailed, nil
	}
	module, text, err := ExtractModule(answer)
	if err == nil && module != r.res.Module {
		err = fmt.Errorf("the model renamed the module from %s to %s", r.res.Module, module)
	}
	if err != nil {
		r.res.Notes = append(r.res.Notes, fmt.Sprintf("runtime round %d/%d failed: %v", k, maxRounds, err))
		return "", nil, v, StopFailed, nil
	}
	v, err = evaluate(ctx, r.req.Config.LibraryPaths, r.req.Overlay, r.res.SpecPath, []byte(text), r.draft)
	if err != nil {
		return "", nil, v, "", fmt.Errorf("could not check runtime round %d: %w", k, err)
	}
	if v.Errors > 0 {
		r.keepRound(round, text, v, false)
		r.say(-1, "Runtime round %d/%d: the answer has %s; kept round %d", k, maxRounds, plural(v.Errors, "SANY error"), r.res.Kept)
		return "", nil, v, StopNoImprovement, nil
	}
	next, err = chk.run(ctx, []byte(text), cfgText)
	if err != nil {
		return "", nil, v, "", err
	}
	r.logRun(next)
	deadlockIsFault := !modelcfg.Terminates(r.draft)
	if kindOfRun(next, deadlockIsFault) == runFault && next.DistinctStates <= res.DistinctStates {
		r.keepRound(round, text, v, false)
		r.say(-1, "Runtime round %d/%d: still %s; kept round %d", k, maxRounds, tlc.ViolationText(next), r.res.Kept)
		return "", nil, v, StopNoImprovement, nil
	}
	if err := r.write(ctx, module, text); err != nil {
		r.keepRound(round, text, v, false)
		return "", nil, v, "", err
	}
	r.keepRound(round, text, v, true)
	return text, next, v, "", nil
}

// checkerFailed records why the model checker did not answer. Only
// cancellation is an error of the generation.
func (r *run) checkerFailed(ctx context.Context, rep *ModelCheckReport, err error) error {
	if ctx.Err() != nil {
		return errors.New("generation was cancelled during model checking")
	}
	rep.skipErr = err
	if errors.Is(err, tlc.ErrNotImplemented) {
		rep.Skipped = "the model checker is not built into this tla-gen-lsp"
	} else {
		rep.Skipped = err.Error()
	}
	r.log.printf("not model-checked: %v", err)
	return nil
}

// logRun writes a run's statistics and verdict to the generation log.
func (r *run) logRun(res *tlc.Result) {
	verdict := string(res.Result)
	if res.Violation != nil {
		verdict += ": " + tlc.ViolationText(res)
	}
	r.log.printf("model check: %s distinct states, %s generated, depth %d, %d ms: %s",
		tlc.Thousands(res.DistinctStates), tlc.Thousands(res.GeneratedStates), res.Depth, res.ElapsedMs, verdict)
}

// dropViolated removes the violated property (or the deadlock check) from
// c, so that a new run can look at the others; false when there is
// nothing to remove.
func dropViolated(c *cfg.Config, res *tlc.Result) bool {
	if res.Result == tlc.DeadlockFailure {
		if c.CheckDeadlock != nil && !*c.CheckDeadlock {
			return false
		}
		off := false
		c.CheckDeadlock = &off
		return true
	}
	if res.Violation == nil {
		return false
	}
	name := res.Violation.Name
	drop := func(names []cfg.Name) ([]cfg.Name, bool) {
		for i, n := range names {
			if n.Name == name {
				return append(names[:i:i], names[i+1:]...), true
			}
		}
		return names, false
	}
	var dropped bool
	if c.Invariants, dropped = drop(c.Invariants); dropped {
		return true
	}
	c.Properties, dropped = drop(c.Properties)
	return dropped
}

// ensureConfig returns the configuration to check the spec with: the
// user's <Module>.cfg as it is, else one written now (by the model when
// there is one, checked against the spec) under the overwrite policy.
func (r *run) ensureConfig(ctx context.Context, model llm.Model) (string, []byte, error) {
	path := filepath.Join(filepath.Dir(r.res.SpecPath), r.res.Module+".cfg")
	unchanged, err := generatedUnchanged(path, r.req.Overlay)
	if err != nil {
		return path, nil, err
	}
	if !unchanged {
		text, err := readInput(path, r.req.Overlay)
		if err != nil {
			return path, nil, err
		}
		r.log.printf("using %s as it is (it was written or changed by the user)", path)
		return path, text, nil
	}
	spec, err := modelcfg.Load(r.res.SpecPath, []byte(r.res.Text), modelcfg.Options{SearchPaths: r.req.Config.LibraryPaths, Overlay: r.req.Overlay})
	if err != nil {
		return path, nil, err
	}
	if text, err := readInput(path, r.req.Overlay); err == nil && configProblem(spec, string(text)) == "" {
		// An earlier run's configuration that still fits the spec is kept:
		// the same model as before, and no model request for it.
		r.log.printf("using %s as an earlier generation wrote it (it still fits the spec)", path)
		return path, text, nil
	}
	r.say(-1, "Writing the model configuration %s", filepath.Base(path))
	proposed, err := proposeConfig(ctx, spec, []byte(r.res.Text), r.draft, r.draftText, model, r.req.Config)
	if err != nil {
		return path, nil, err
	}
	if _, err := writeSpec(ctx, writeOptions{
		Dir: filepath.Dir(r.res.SpecPath), Module: r.res.Module, Ext: ".cfg", Text: []byte(proposed.Text),
		Writer: r.req.Writer, Overlay: r.req.Overlay, Now: r.req.Now,
	}); err != nil {
		return path, nil, err
	}
	by := "the spec's declarations"
	if proposed.ModelName != "" {
		by = proposed.ModelName
	}
	r.log.printf("wrote %s (from %s)", path, by)
	for _, n := range proposed.Notes {
		r.log.printf("model configuration: %s", n)
	}
	if proposed.ProposedConstraint != "" {
		r.res.Notes = append(r.res.Notes, fmt.Sprintf("%s proposes a StateConstraint for the unbounded variables; add it to the spec to bound the search", filepath.Base(path)))
	}
	r.res.ConfigPath = path
	return path, []byte(proposed.Text), nil
}

// readConfigText parses configuration text; nil when it has errors.
func readConfigText(path string, text []byte) *cfg.Config {
	c, err := cfg.Parse(path, text)
	if err != nil {
		return nil
	}
	return c
}
