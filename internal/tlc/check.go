package tlc

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/cfg"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/eval"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/search"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// ErrNotImplemented was returned by Check before the engine landed; it is
// kept for callers that still test for it.
var ErrNotImplemented = errors.New("tlc: the model checker is not built yet")

// run is one Check in progress.
type run struct {
	opts    Options
	start   time.Time
	res     *Result
	spec    *eval.Spec
	graph   *search.Graph
	conf    *cfg.Config
	program *sany.Program
}

// Check loads the spec and its configuration, checks the model and
// returns its verdict. The error result is for trouble outside the spec
// (unreadable files, a cancelled ctx before anything ran); problems in the
// spec or the configuration are answered in the Result.
func Check(ctx context.Context, opts Options) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r := &run{opts: opts, start: time.Now()}
	if opts.Timeout > 0 {
		// The evaluator polls ctx: a timeout also ends a long initial
		// predicate or ASSUME, not only the search between states.
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	spec, err := filepath.Abs(opts.SpecPath)
	if err != nil {
		return nil, err
	}
	r.opts.SpecPath = spec
	if r.opts.ConfigPath == "" {
		r.opts.ConfigPath = strings.TrimSuffix(spec, ".tla") + ".cfg"
	}
	if abs, err := filepath.Abs(r.opts.ConfigPath); err == nil {
		r.opts.ConfigPath = abs
	}
	r.res = &Result{File: spec, Config: r.opts.ConfigPath, Module: strings.TrimSuffix(filepath.Base(spec), ".tla")}
	res, err := r.check(ctx)
	if err != nil && opts.Timeout > 0 && errors.Is(err, context.DeadlineExceeded) {
		res, err = r.result(Incomplete), nil
	}
	if res != nil {
		res.ElapsedMs = time.Since(r.start).Milliseconds()
	}
	return res, err
}

func (r *run) result(o Outcome) *Result {
	r.res.Result = o
	return r.res
}

func (r *run) check(ctx context.Context) (*Result, error) {
	cfgText, err := r.readFile(r.opts.ConfigPath)
	if err != nil {
		return nil, err
	}
	prog, diags, err := sany.Load(ctx, sany.Config{SearchPaths: r.opts.SearchPaths, Overlay: r.opts.Overlay}, r.opts.SpecPath)
	if err != nil {
		return nil, err
	}
	if prog == nil {
		res := r.result(Error)
		for _, d := range diags {
			if d.Severity == sany.SeverityError {
				pos := d.SANYStart()
				res.Violation = &Violation{Kind: KindRuntime, Message: d.Message, Line: pos.Line, Column: pos.Column, Path: d.Path}
				break
			}
		}
		if res.Violation == nil {
			res.Violation = &Violation{Kind: KindRuntime, Message: "the spec has errors"}
		}
		return res, nil
	}
	r.program = prog
	r.res.Module = prog.Root.Name
	conf, err := cfg.Parse(r.opts.ConfigPath, cfgText)
	if err != nil {
		var list cfg.ErrorList
		v := &Violation{Kind: KindRuntime, Message: err.Error(), Path: r.opts.ConfigPath}
		if errors.As(err, &list) && len(list) > 0 {
			v.Line, v.Column = list[0].Pos.Line, list[0].Pos.Column
		}
		res := r.result(Error)
		res.Violation = v
		return res, nil
	}
	r.conf = conf
	if res := r.unsupportedConfig(conf); res != nil {
		return res, nil
	}
	if v := literalOutOfRange(prog); v != nil {
		res := r.result(Error)
		res.Violation = v
		return res, nil
	}
	var output func(string)
	if r.opts.Output != nil {
		output = func(s string) { fmt.Fprintln(r.opts.Output, s) }
	}
	sp, err := eval.Compile(eval.Options{Program: prog, Config: conf, Context: ctx, Output: output})
	if err != nil {
		res := r.evalFailure(err, nil)
		if res.Violation != nil && res.Result == Error {
			res.Violation.BeforeSearch = true
		}
		return res, nil
	}
	r.spec = sp
	if sp.Alias == nil {
		r.res.PrintOrder = tlcVariableOrder(prog.Root.ContextNames, sp.Vars)
	} else if conf.Alias != nil {
		r.res.PrintOrder = sp.AliasFieldOrder(conf.Alias.Name)
	}
	if r.opts.CheckDeadlock != nil {
		sp.CheckDeadlock = *r.opts.CheckDeadlock
	}
	sp.Machine.Workers = max(r.opts.Workers, 1)
	sp.Machine.CheckDeadlock = sp.CheckDeadlock
	if err := constantConfigDefs(sp); err != nil {
		return r.evalFailure(err, nil), nil
	}
	// ASSUME, before the search.
	assumptions, err := sp.Assumptions()
	if err != nil {
		return r.evalFailure(err, nil), nil
	}
	for _, a := range assumptions {
		ok, err := sp.CheckAssumption(a)
		var ee *eval.Error
		if errors.As(err, &ee) && !ee.OfExpandedState() {
			// TLC reports an assumption it cannot evaluate (an Assert
			// in it included) as a failed assumption; not a stack
			// overflow, which its catch of Exceptions lets through.
			res := r.result(AssumptionFailure)
			where := a.Pos.String()
			if sp := a.Span; sp.End.Line > 0 {
				where = sp.String()
			}
			res.Violation = &Violation{Kind: KindAssumption, Message: fmt.Sprintf("Evaluating assumption %s failed.\n%s", where, ee.Msg), Line: a.Pos.Line, Column: a.Pos.Column, Path: a.Pos.Path}
			return res, nil
		}
		if err != nil {
			return r.evalFailure(err, nil), nil
		}
		if !ok {
			res := r.result(AssumptionFailure)
			msg := fmt.Sprintf("Assumption %s is false.", a.Pos)
			if sp := a.Span; sp.End.Line > 0 {
				msg = fmt.Sprintf("Assumption %s is false.", sp)
			}
			res.Violation = &Violation{Kind: KindAssumption, Message: msg, Line: a.Pos.Line, Column: a.Pos.Column, Path: a.Pos.Path}
			return res, nil
		}
	}
	if r.opts.CheckDeadlock != nil {
		sp.CheckDeadlock = *r.opts.CheckDeadlock
	}
	if sp.Next == nil && len(sp.Actions) == 0 {
		// TLC needs a next-state relation unless the model only checks
		// assumptions; with none, there is nothing to search.
		if conf.Specification == nil && conf.Init == nil {
			return r.result(Success), nil
		}
	}
	m, err := newModel(sp)
	if err != nil {
		return r.evalFailure(err, nil), nil
	}
	m.varOrder = tlcStateOrder(prog, sp.Vars)
	if len(sp.Properties) > 0 {
		if err := m.addProperties(); err != nil {
			res := r.evalFailure(err, nil)
			if res.Violation != nil && res.Result == Error {
				res.Violation.BeforeSearch = true // TLC processes properties before its search
			}
			return res, nil
		}
		r.res.Warnings = append(r.res.Warnings, m.propertyWarnings()...)
	}
	sopts := search.Options{Context: ctx, Workers: r.opts.Workers, MaxStates: r.opts.MaxStates,
		CheckDeadlock: sp.CheckDeadlock, KeepGraph: m.temporal, KeepStates: sp.Machine.Nondeterministic,
		InvariantsWithActions: sp.Machine.Nondeterministic || sp.Machine.Prints,
		BatchSize:             r.opts.batchSize}
	if sp.Machine.Prints && sopts.BatchSize == 0 {
		// A spec that prints shows what was evaluated: expand one state
		// at a time, so that nothing is printed past the state where TLC
		// stops.
		sopts.BatchSize = 1
	}
	if r.opts.Timeout > 0 {
		sopts.Deadline = r.start.Add(r.opts.Timeout)
	}
	if r.opts.Progress != nil {
		sopts.Progress = func(s search.Stats) {
			r.opts.Progress(Progress{Distinct: s.Distinct, Generated: s.Generated, Depth: s.Depth, Queue: s.Queue, Elapsed: s.Elapsed,
				StatesPerSecond: float64(s.Distinct) / max(s.Elapsed.Seconds(), 1e-9)})
		}
	}
	sr := search.Run(m, sopts)
	r.res.DistinctStates, r.res.GeneratedStates, r.res.Depth = sr.Distinct, sr.Generated, sr.Depth
	if sr.Kind != search.Done {
		r.res.StatesLeft = sr.Queue
	}
	if sp.Next == nil && len(sp.Actions) == 0 && (sr.Kind == search.Done || sr.Kind == search.Deadlock) && sr.Distinct > 0 {
		// An initial predicate and no next-state relation: TLC checks
		// the initial states, then stops (ModelChecker.modelCheck).
		res := r.result(Error)
		res.StatesLeft = sr.Distinct
		res.Violation = &Violation{Kind: KindRuntime, Message: "No next state actions defined to generate successor states from.", BeforeSearch: true}
		return res, nil
	}
	for i, a := range sp.Actions {
		r.res.Coverage = append(r.res.Coverage, ActionCoverage{Name: a.Name, Path: a.Pos.Path, Line: a.Pos.Line, Column: a.Pos.Column,
			Generated: sr.Coverage[i].Generated, Distinct: sr.Coverage[i].Distinct})
	}
	for i, c := range sr.ConstantVars {
		if c && sr.Distinct > 1 {
			r.res.ConstantVariables = append(r.res.ConstantVariables, sp.Vars[i])
		}
	}
	r.graph = sr.Graph
	if m.temporal && sr.Graph != nil && sr.Expanding > 0 && sr.Kind != search.Done && sr.Kind != search.Stopped {
		// TLC evaluates the properties' predicates on each state it
		// expands, as it goes: an error in one on a state expanded
		// before the violation is what TLC meets first.
		if res := atomErrorBefore(ctx, r, sr.Expanding); res != nil {
			return res, nil
		}
	}
	switch sr.Kind {
	case search.InvariantViolation:
		name, pos, fromProperty := m.invariantName(sr.Invariant)
		res := r.result(SafetyFailure)
		res.Violation = &Violation{Kind: KindInvariant, Name: name, Message: fmt.Sprintf("Invariant %s is violated.", name),
			Line: pos.Line, Column: pos.Column, Path: pos.Path}
		if fromProperty {
			res.Violation.Kind = KindProperty
			if m.propInvariants[sr.Invariant-len(m.sp.Invariants)].init {
				// A PROPERTY's initial predicate: TLC words it so and
				// exits with its temporal-property status.
				res.Result = LivenessFailure
				res.Violation.Message = fmt.Sprintf("Property %s is violated by the initial state.", name)
			}
		}
		res.Trace = r.traceSteps(sr.Trace, true)
		return res, nil
	case search.ImpliedViolation:
		p := m.implied[sr.Invariant]
		// TLC exits with its temporal-property status for [][A]_v.
		res := r.result(LivenessFailure)
		res.Violation = &Violation{Kind: KindProperty, Name: p.name, Message: fmt.Sprintf("Action property %s is violated.", p.name),
			Line: p.atom.Pos.Line, Column: p.atom.Pos.Column, Path: p.atom.Pos.Path}
		res.Trace = r.traceSteps(sr.Trace, true)
		return res, nil
	case search.Deadlock:
		res := r.result(DeadlockFailure)
		res.Violation = &Violation{Kind: KindDeadlock, Message: "Deadlock reached."}
		res.Trace = r.traceSteps(sr.Trace, true)
		return res, nil
	case search.EvalError:
		if errors.Is(sr.Err, context.Canceled) || errors.Is(sr.Err, context.DeadlineExceeded) {
			return r.result(Incomplete), nil
		}
		res := r.evalFailure(sr.Err, sr.Trace)
		var ee *eval.Error
		if res.Violation == nil || !errors.As(sr.Err, &ee) {
			return res, nil
		}
		switch {
		case ee.PartialState() != nil && sr.ErrAction < 0 && len(sr.Trace) == 0:
			// An initial state left incomplete: TLC prints it, its
			// missing variables null, and no statistics.
			res.Trace = r.traceSteps([]search.Step{{State: ee.PartialState(), Action: -1}}, true)
			res.Violation.OnInitialState = true
			res.Violation.BeforeSearch = true
		case ee.Kind == "assert" && sr.ErrAction < 0 && !sr.ErrOnInitial && len(sr.Trace) == 0:
			// An Assert that fails while the initial states are
			// generated: TLC reports it as an evaluation error (exit
			// status 75), not as the failed assertion of an action.
			res.Result = Error
		case sr.ErrOnInitial && ee.Module:
			// TLC keeps the state of an error on an initial state for its
			// own errors, not for those of a standard module's code (an
			// EvalException escapes ModelChecker.doInit before it records
			// the state).
			res.Trace = nil
		case sr.ErrOnInitial:
			res.Violation.OnInitialState = true
		case sr.ErrAction >= 0 && !ee.Module:
			res.Violation.Unexpected = true
		}
		return res, nil
	case search.Stopped:
		return r.result(Incomplete), nil
	}
	if m.temporal {
		if res := checkProperties(ctx, r); res != nil {
			return res, nil
		}
	}
	if res := r.checkPostconditions(sr.Stats); res != nil {
		return res, nil
	}
	return r.result(Success), nil
}

// checkPostconditions evaluates the POSTCONDITIONs once the search has
// found no violation (TLC's ModelChecker, after its liveness check): a
// false one, or one that cannot be evaluated, fails the model as an
// assumption does, with TLC's words.
func (r *run) checkPostconditions(st search.Stats) *Result {
	for _, pc := range r.spec.Postconditions {
		ok, err := r.spec.CheckPostcondition(pc, eval.FinalStats{Distinct: st.Distinct, Generated: st.Generated,
			Initial: st.Initial, Queue: st.Queue, Diameter: st.Depth, Duration: time.Since(r.start)})
		var ee *eval.Error
		var msg string
		switch {
		case errors.As(err, &ee) && !ee.OfExpandedState():
			msg = fmt.Sprintf("Evaluating postcondition %s at %s failed.\n%s", pc.Name, pc.Span, ee.Msg)
		case err != nil:
			return r.evalFailure(err, nil)
		case !ok:
			msg = fmt.Sprintf("Postcondition %s at %s is false.", pc.Name, pc.Span)
		default:
			continue
		}
		res := r.result(AssumptionFailure)
		res.Violation = &Violation{Kind: KindAssumption, Name: pc.Name, Message: msg, Line: pc.Pos.Line, Column: pc.Pos.Column, Path: pc.Pos.Path}
		return res
	}
	return nil
}

func (r *run) readFile(path string) ([]byte, error) {
	if text, ok := r.opts.Overlay[filepath.Clean(path)]; ok {
		return text, nil
	}
	return os.ReadFile(path)
}

// unsupportedConfig answers for configuration entries not checked yet.
func (r *run) unsupportedConfig(conf *cfg.Config) *Result {
	var what string
	var at cfg.Pos
	switch {
	case conf.Periodic != nil:
		what, at = "_PERIODIC", conf.Periodic.Pos
	case conf.RLReward != nil:
		what, at = "_RL_REWARD", conf.RLReward.Pos
	case len(conf.Possible) > 0:
		what, at = "_POSSIBLE", conf.Possible[0].Pos
	}
	for _, c := range conf.Constants {
		if c.Args != nil {
			what, at = "operator constant "+c.Name.Name+"(...) = value", c.Name.Pos
		}
	}
	if what == "" {
		return nil
	}
	res := r.result(Unsupported)
	res.Violation = &Violation{Kind: KindRuntime, Message: "unsupported: " + what, Line: at.Line, Column: at.Column, Path: conf.Path}
	return res
}

// evalFailure turns a compile or evaluation error into the Result.
func (r *run) evalFailure(err error, trace []search.Step) *Result {
	var uns *eval.Unsupported
	var ee *eval.Error
	var ce *eval.ConfigError
	switch {
	case errors.As(err, &uns):
		res := r.result(Unsupported)
		res.Violation = &Violation{Kind: KindRuntime, Name: uns.What, Message: uns.Error(), Line: uns.Pos.Line, Column: uns.Pos.Column, Path: uns.Pos.Path}
		return res
	case errors.As(err, &ee):
		res := r.result(Error)
		kind := KindRuntime
		if ee.Kind == "assert" {
			res.Result = SafetyFailure
			kind = KindAssert
		}
		res.Violation = &Violation{Kind: kind, Message: ee.Msg, Line: ee.Pos.Line, Column: ee.Pos.Column, Path: ee.Pos.Path, Whole: ee.Whole}
		res.Trace = r.traceSteps(trace, true)
		return res
	case errors.As(err, &ce):
		res := r.result(Error)
		res.Violation = &Violation{Kind: KindRuntime, Message: ce.Msg, Path: r.opts.ConfigPath}
		return res
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return r.result(Incomplete)
	}
	res := r.result(Error)
	res.Violation = &Violation{Kind: KindRuntime, Message: err.Error()}
	return res
}

// traceSteps prints a trace; bfs says it is a path of the breadth-first
// search from an initial state, so that each state's level (what
// TLCGet("level") answers in the ALIAS) is its position.
func (r *run) traceSteps(steps []search.Step, bfs bool) []TraceStep {
	var out []TraceStep
	for i, st := range steps {
		sp := r.spec
		if bfs {
			sp = sp.AtLevel(int32(i + 1))
		}
		ts := TraceStep{State: r.bindings(sp, st.State)}
		if st.Action >= 0 && st.Action < len(r.spec.Actions) {
			a := r.spec.Actions[st.Action]
			name := a.Label
			if name == "" {
				name = a.Name
			}
			ts.Action = &name
			ts.Line, ts.Column, ts.Path = a.Pos.Line, a.Pos.Column, a.Pos.Path
			ts.Where = SourceRange{Module: a.Span.Start.Module, Line: a.Span.Start.Line, Column: a.Span.Start.Column,
				EndLine: a.Span.End.Line, EndColumn: a.Span.End.Column}
		}
		out = append(out, ts)
	}
	return out
}

// bindings prints a state's variables (or its ALIAS, evaluated by sp).
// An ALIAS that fails to evaluate prints, as TLC's Tool.evalAlias, the
// variables and the error as one more, _ALIASEvalError.
func (r *run) bindings(sp *eval.Spec, s search.State) Bindings {
	if sp.Alias != nil {
		v, err := sp.Eval(sp.Alias, s)
		if f, ok := v.(*value.Func); err == nil && ok && f.Dom != nil {
			var b Bindings
			for i, x := range f.Vals {
				if name, ok := f.Dom[i].(*value.Str); ok {
					b = append(b, Binding{Name: name.S, Value: value.Print(x)})
				}
			}
			return b
		}
		var ee *eval.Error
		if errors.As(err, &ee) {
			b := r.variables(s)
			if r.program != nil {
				b = inOrder(b, tlcVariableOrder(r.program.Root.ContextNames, r.spec.Vars))
			}
			return append(b, Binding{Name: "_ALIASEvalError", Value: value.Print(&value.Str{S: ee.Msg})})
		}
	}
	return r.variables(s)
}

// variables prints a state's variables, in the spec's order.
func (r *run) variables(s search.State) Bindings {
	b := make(Bindings, len(s))
	for i, v := range s {
		text := "null" // a variable an incomplete successor left without a value, as TLC prints it
		if v != nil {
			text = value.Print(v)
		}
		b[i] = Binding{Name: r.spec.Vars[i], Value: text}
	}
	return b
}
