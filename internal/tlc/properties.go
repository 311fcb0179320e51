package tlc

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/eval"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/liveness"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/search"
)

// checkProperties decides the configuration's PROPERTY entries after a
// successful safety search (it is called only when there are some), as
// TLC does:
//
//   - each PROPERTY is split as TLC's SpecProcessor splits it
//     (eval.Spec.Property): state predicates hold in the initial states,
//     []P (P a state predicate) is an invariant, [][A]_v an implied
//     action; the search has decided these already (model.addProperties:
//     a violation is a safety failure found where TLC finds it), so a
//     successful search leaves only the temporal parts;
//   - the rest is temporal: with the SPECIFICATION's fairness (WF/SF,
//     also under \A p \in S, which TLC expands) and its other temporal
//     conjuncts as assumptions, the conjunction of the properties goes to
//     liveness.Checker, which takes the disjuncts of its negation in
//     TLC's order (grouped by tableau, as TLC's OrderOfSolutions); a
//     counterexample is a liveness failure with the lasso as trace, and
//     names the properties it violates.
//
// It returns nil when every property holds, or the Result to answer.
func checkProperties(ctx context.Context, run *run) *Result {
	start := time.Now()
	defer func() { run.res.PropertiesElapsed = time.Since(start) }()
	if run.opts.Timeout > 0 {
		// The run's time bound covers the properties too (Incomplete).
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, run.start.Add(run.opts.Timeout))
		defer cancel()
	}
	if run.graph == nil {
		r := run.result(Unsupported)
		r.Violation = &Violation{Kind: KindProperty, Message: "the state graph was not kept for the properties"}
		return r
	}
	lm, res := newLiveModel(ctx, run)
	if lm == nil {
		return res
	}
	g, all, own, checker := lm.g, lm.all, lm.own, lm.checker
	// TLC refuses, before its search, temporal properties that are all
	// tautologies (ModelChecker: liveness with no checker).
	tautologies := 0
	for _, f := range own {
		if t, err := liveness.Tautology(liveness.Property{F: f}); err == nil && t {
			tautologies++
		}
	}
	if tautologies == len(own) {
		res := run.result(Error)
		res.Violation = &Violation{Kind: KindRuntime, Message: "Temporal formula is a tautology (its negation is unsatisfiable).", BeforeSearch: true}
		return res
	}
	// The properties are checked together, as TLC does
	// (Liveness.parseLiveness: the behaviours that satisfy the fairness
	// and violate one of them), so that the counterexample is the one
	// TLC's search meets first, whichever property it violates.
	var temporal []*eval.PropertyParts
	for _, p := range all {
		if len(p.Temporal) > 0 {
			temporal = append(temporal, p)
		}
	}
	if len(temporal) == 0 {
		return nil
	}
	ce, err := checker.Check(ctx, lm.jointProperty(temporal))
	if err != nil {
		var uns *liveness.UnsupportedError
		var fe *liveness.FormulaError
		if len(temporal) > 1 && (errors.As(err, &uns) || errors.As(err, &fe)) {
			// Name the property the trouble is in.
			for _, p := range temporal {
				if _, err := checker.Check(ctx, lm.property(p, true)); err != nil {
					return g.livenessFailure(err, p)
				}
			}
		}
		return g.livenessFailure(err, temporal[0])
	}
	if ce == nil {
		return nil
	}
	res = run.result(LivenessFailure)
	names := g.violatedBy(ctx, ce, all, own)
	first := temporal[0]
	if len(names) == 0 {
		names = []string{first.Name}
	}
	for _, p := range temporal {
		if p.Name == names[0] {
			first = p
			break
		}
	}
	res.Violation = &Violation{Kind: KindProperty, Name: names[0], Names: names, Message: fmt.Sprintf("Temporal properties were violated: %s.", strings.Join(names, ", ")),
		Line: first.Pos.Line, Column: first.Pos.Column, Path: first.Pos.Path}
	res.Trace = g.lassoTrace(ce)
	return res
}

// violatedBy names the properties the counterexample ce violates, in the
// configuration's order, as TLC's post-hoc attribution does
// (Liveness.findViolatedProperties): each property's own formula is
// decided on the lasso alone.
func (g *propertyGlue) violatedBy(ctx context.Context, ce *liveness.Counterexample, all []*eval.PropertyParts, own map[*eval.PropertyParts]liveness.Formula) []string {
	seq, loop := lassoNodes(ce)
	lg := &lassoGraph{glue: g, seq: seq, loop: loop}
	var names []string
	for _, p := range all {
		f, ok := own[p]
		if !ok {
			continue
		}
		c, err := liveness.NewChecker(ctx, lg, lg)
		if err != nil {
			continue
		}
		// The lasso is followed to the end: a fairness condition on its
		// own steps forbids stuttering short of its cycle.
		v, err := c.Check(ctx, liveness.Property{F: f, Fairness: []liveness.Fairness{{Enabled: lassoMoves, Taken: lassoStep}}, OnlyTLCForms: true})
		if err == nil && v != nil {
			names = append(names, p.Name)
		}
	}
	return names
}

// lassoNodes is the lasso of ce as a sequence of the graph's nodes
// without repeats in a row, and the index its cycle starts at (the
// last node steps back there; a cycle of one node stutters).
func lassoNodes(ce *liveness.Counterexample) (seq []int32, loop int) {
	for i, v := range append(append([]int32(nil), ce.Prefix...), ce.Cycle...) {
		if i == len(ce.Prefix) {
			loop = len(seq)
		}
		if len(seq) > 0 && seq[len(seq)-1] == v {
			if i == len(ce.Prefix) {
				loop = len(seq) - 1
			}
			continue
		}
		seq = append(seq, v)
	}
	for len(seq)-loop > 1 && seq[len(seq)-1] == seq[loop] {
		seq = seq[:len(seq)-1]
	}
	return seq, loop
}

// lassoGraph is one behaviour, a lasso of the search's graph, as a graph
// of its own (liveness.Graph and liveness.Atoms): node i is seq[i].
type lassoGraph struct {
	glue *propertyGlue
	seq  []int32
	loop int
}

// The atoms of the lasso's own fairness, numbered apart from the glue's.
const (
	lassoMoves = -1 - iota // state: the node has a next node
	lassoStep              // action: the step goes to the next node
)

func (l *lassoGraph) NumNodes() int    { return len(l.seq) }
func (l *lassoGraph) Initial() []int32 { return []int32{0} }
func (l *lassoGraph) Successors(v int32) []int32 {
	if n := l.next(v); n >= 0 {
		return []int32{n}
	}
	return nil
}

// next is the node after v on the lasso, or -1 at a stuttering end.
func (l *lassoGraph) next(v int32) int32 {
	switch {
	case int(v) < len(l.seq)-1:
		return v + 1
	case l.loop < len(l.seq)-1:
		return int32(l.loop)
	}
	return -1
}

func (l *lassoGraph) State(atom int, v int32) (bool, error) {
	if atom == lassoMoves {
		return l.next(v) >= 0, nil
	}
	return l.glue.State(atom, l.seq[v])
}

func (l *lassoGraph) Action(atom int, from, to int32) (bool, error) {
	if atom == lassoStep {
		return from != to && to == l.next(from), nil
	}
	return l.glue.Action(atom, l.seq[from], l.seq[to])
}

// propertyGlue answers the liveness checker's atoms on the search's
// graph: it implements liveness.Atoms.
type propertyGlue struct {
	run   *run
	sp    *eval.Spec
	graph *search.Graph
	atoms []func(st, next eval.State) (bool, error)
	model *model
	// successors caches, per node, the states its actions generate, for
	// models with a VIEW or SYMMETRY (see successor).
	successors map[int32][]generated
	// copies are the behaviour graph's extra nodes under a VIEW or
	// SYMMETRY (properties_classes.go), numbered from len(graph.States).
	copies []classCopy
}

func (g *propertyGlue) State(atom int, node int32) (bool, error) {
	return g.atoms[atom](g.graph.States[g.base(node)], nil)
}

func (g *propertyGlue) Action(atom int, from, to int32) (bool, error) {
	src := g.base(from)
	var next search.State
	switch n := int32(len(g.graph.States)); {
	case from == to:
		next = g.graph.States[src]
	case to >= n:
		next = g.copies[to-n].state
	case g.abstracts():
		t, err := g.successor(src, to)
		if err != nil {
			return false, err
		}
		next = t
	default:
		next = g.graph.States[to]
	}
	return g.atoms[atom](g.graph.States[src], next)
}

// abstracts says a node stands for a class of states (VIEW, SYMMETRY).
func (g *propertyGlue) abstracts() bool { return g.sp.View != nil || g.sp.Symmetry != nil }

func (g *propertyGlue) addAtom(a *eval.Atom) int {
	g.atoms = append(g.atoms, func(st, next eval.State) (bool, error) { return g.sp.HoldsAtom(a, st, next) })
	return len(g.atoms) - 1
}

func (g *propertyGlue) addExpr(e *eval.Expr) int {
	g.atoms = append(g.atoms, func(st, next eval.State) (bool, error) { return g.sp.Holds(e, st, next) })
	return len(g.atoms) - 1
}

// formula translates a temporal formula for the liveness checker.
func (g *propertyGlue) formula(t *eval.Temporal) liveness.Formula {
	args := func() []liveness.Formula {
		out := make([]liveness.Formula, len(t.Args))
		for i, a := range t.Args {
			out[i] = g.formula(a)
		}
		return out
	}
	switch t.Op {
	case eval.TemporalAtom:
		if t.Atom.Level >= 2 {
			return liveness.ActionAtom{Atom: g.addAtom(t.Atom)}
		}
		return liveness.StateAtom{Atom: g.addAtom(t.Atom)}
	case eval.TemporalConst:
		if t.Const {
			return liveness.And{}
		}
		return liveness.Or{}
	case eval.TemporalNot:
		return liveness.Not{F: args()[0]}
	case eval.TemporalAnd:
		return liveness.And{Fs: args()}
	case eval.TemporalOr:
		return liveness.Or{Fs: args()}
	case eval.TemporalAlways:
		return liveness.Always{F: args()[0]}
	case eval.TemporalEventually:
		return liveness.Eventually{F: args()[0]}
	case eval.TemporalLeadsTo:
		a := args()
		return liveness.LeadsTo{P: a[0], Q: a[1]}
	case eval.TemporalWF, eval.TemporalSF:
		// WF_v(A) is []<>(~ENABLED <<A>>_v \/ <<A>>_v); SF_v(A) is
		// <>[]~ENABLED <<A>>_v \/ []<><<A>>_v (TLC's Liveness.astToLive).
		disabled := liveness.Not{F: liveness.StateAtom{Atom: g.addAtom(t.Enabled)}}
		taken := liveness.ActionAtom{Atom: g.addAtom(t.Taken)}
		if t.Op == eval.TemporalWF {
			return liveness.Always{F: liveness.Eventually{F: liveness.Or{Fs: []liveness.Formula{disabled, taken}}}}
		}
		return liveness.Or{Fs: []liveness.Formula{
			liveness.Eventually{F: liveness.Always{F: disabled}},
			liveness.Always{F: liveness.Eventually{F: taken}},
		}}
	}
	return nil // unreachable: every TemporalOp is handled above
}

// specFairness collects the SPECIFICATION's fairness conditions (the
// engine's top-level WF/SF, and those under conjunctions and bounded
// quantifiers) and the conjunction of its other temporal conjuncts,
// which behaviours are assumed to satisfy (nil if none).
func (g *propertyGlue) specFairness() ([]liveness.Fairness, liveness.Formula, error) {
	var fairness []liveness.Fairness
	for _, f := range g.sp.Fairness {
		fairness = append(fairness, liveness.Fairness{Strong: f.Strong, Enabled: g.addExpr(f.Enabled), Taken: g.addExpr(f.Taken), Searched: f.InNext})
	}
	temporals, err := g.sp.SpecTemporals()
	if err != nil {
		return nil, nil, err
	}
	var assumed []liveness.Formula
	var walk func(t *eval.Temporal)
	walk = func(t *eval.Temporal) {
		switch t.Op {
		case eval.TemporalAnd:
			for _, a := range t.Args {
				walk(a)
			}
		case eval.TemporalWF, eval.TemporalSF:
			fairness = append(fairness, liveness.Fairness{Strong: t.Op == eval.TemporalSF, Enabled: g.addAtom(t.Enabled), Taken: g.addAtom(t.Taken), Searched: t.InNext})
		case eval.TemporalConst:
			if !t.Const {
				assumed = append(assumed, liveness.Or{})
			}
		default:
			assumed = append(assumed, g.formula(t))
		}
	}
	for _, t := range temporals {
		walk(t)
	}
	if len(assumed) == 0 {
		return fairness, nil, nil
	}
	return fairness, liveness.And{Fs: assumed}, nil
}

// livenessFailure answers for an error of the liveness checker.
func (g *propertyGlue) livenessFailure(err error, p *eval.PropertyParts) *Result {
	var at *liveness.AtomError
	if errors.As(err, &at) {
		// TLC meets it while expanding the state, and prints the
		// behaviour up to that state (a module's error without its
		// "unexpected exception" header).
		res := g.run.evalFailure(at.Err, nil)
		if res.Violation != nil && (res.Result == Error || res.Violation.Kind == KindAssert) {
			res.Trace = g.pathTrace(g.pathTo(g.base(at.Node)))
			var ee *eval.Error
			res.Violation.Unexpected = !errors.As(at.Err, &ee) || !ee.Module
		}
		return res
	}
	var uns *liveness.UnsupportedError
	if errors.As(err, &uns) {
		res := g.run.result(Unsupported)
		res.Violation = &Violation{Kind: KindProperty, Message: err.Error()}
		if p != nil {
			res.Violation.Name = p.Name
			res.Violation.Message = fmt.Sprintf("the property %s: %s", p.Name, err)
			res.Violation.Line, res.Violation.Column, res.Violation.Path = p.Pos.Line, p.Pos.Column, p.Pos.Path
		}
		return res
	}
	return g.run.evalFailure(err, nil)
}

// liveModel is what the liveness checker is asked about: the properties
// taken apart, each one's own temporal formula, the SPECIFICATION's
// fairness and other temporal conjuncts, and a checker on the graph.
type liveModel struct {
	g          *propertyGlue
	all        []*eval.PropertyParts
	own        map[*eval.PropertyParts]liveness.Formula
	fairness   []liveness.Fairness
	assumption liveness.Formula
	checker    *liveness.Checker
}

// newLiveModel takes the run's properties apart. It returns nil and the
// Result to answer when that fails, and nil, nil when no property has a
// temporal part.
func newLiveModel(ctx context.Context, run *run) (*liveModel, *Result) {
	g := &propertyGlue{run: run, sp: run.spec, graph: run.graph}
	lm := &liveModel{g: g, own: map[*eval.PropertyParts]liveness.Formula{}}
	for _, name := range run.spec.Properties {
		parts, err := g.sp.Property(name)
		if err != nil {
			return nil, run.evalFailure(err, nil)
		}
		lm.all = append(lm.all, parts)
	}
	temporal := false
	for _, p := range lm.all {
		temporal = temporal || len(p.Temporal) > 0
	}
	if !temporal {
		return nil, nil
	}
	var err error
	if lm.fairness, lm.assumption, err = g.specFairness(); err != nil {
		return nil, run.evalFailure(err, nil)
	}
	var graph liveness.Graph = g.graph
	if g.abstracts() {
		cg, err := g.buildClassCopies(ctx)
		if err != nil {
			return nil, g.livenessFailure(err, nil)
		}
		graph = cg
	}
	if lm.checker, err = liveness.NewChecker(ctx, graph, g); err != nil {
		return nil, g.livenessFailure(err, nil)
	}
	for _, p := range lm.all {
		if len(p.Temporal) == 0 {
			continue
		}
		var conj []liveness.Formula
		for _, t := range p.Temporal {
			conj = append(conj, g.formula(t))
		}
		lm.own[p] = liveness.And{Fs: conj}
	}
	return lm, nil
}

// jointProperty is the conjunction of the temporal parts of ps, as the
// checker decides it (see under), in TLC's forms.
func (lm *liveModel) jointProperty(ps []*eval.PropertyParts) liveness.Property {
	if len(ps) == 1 {
		return lm.property(ps[0], true)
	}
	conj := make([]liveness.Formula, len(ps))
	for i, p := range ps {
		conj[i] = lm.own[p]
	}
	return lm.under(liveness.And{Fs: conj}, true)
}

// property is p as the checker decides it (see under), in TLC's forms
// only if tlcForms.
func (lm *liveModel) property(p *eval.PropertyParts, tlcForms bool) liveness.Property {
	return lm.under(lm.own[p], tlcForms)
}

// under is f under the SPECIFICATION's fairness and temporal
// assumptions.
func (lm *liveModel) under(f liveness.Formula, tlcForms bool) liveness.Property {
	if lm.assumption != nil {
		f = liveness.Or{Fs: []liveness.Formula{liveness.Not{F: lm.assumption}, f}}
	}
	return liveness.Property{F: f, Fairness: lm.fairness, OnlyTLCForms: tlcForms, EagerFairness: true}
}

// atomErrorBefore is the error TLC meets evaluating a property's
// predicates on the states expanded before node limit, where the search
// stopped on a violation (nil if none): TLC evaluates them as it
// expands each state, so such an error comes first.
func atomErrorBefore(ctx context.Context, run *run, limit int32) *Result {
	lm, _ := newLiveModel(ctx, run)
	if lm == nil {
		return nil
	}
	for _, p := range lm.all {
		if _, ok := lm.own[p]; !ok {
			continue
		}
		var at *liveness.AtomError
		if err := lm.checker.EvalBefore(ctx, lm.property(p, false), limit); errors.As(err, &at) {
			return lm.g.livenessFailure(err, p)
		}
	}
	return nil
}
