package eval

import (
	"errors"
	"fmt"
	"sync"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// This file belongs to the liveness glue (internal/tlc/properties.go): it
// takes temporal formulas apart as TLC's Liveness.astToLive and
// SpecProcessor.processConfigProps do, with the compiler's scopes, so
// that every state or action predicate inside them becomes an Atom the
// liveness checker can ask about.

// TemporalOp is the operator of a Temporal node.
type TemporalOp int

const (
	TemporalAtom       TemporalOp = iota // Atom: a state or action predicate
	TemporalConst                        // Const: TRUE or FALSE
	TemporalNot                          // ~Args[0]
	TemporalAnd                          // Args[0] /\ Args[1] /\ ...
	TemporalOr                           // Args[0] \/ Args[1] \/ ...
	TemporalAlways                       // []Args[0]
	TemporalEventually                   // <>Args[0]
	TemporalLeadsTo                      // Args[0] ~> Args[1]
	TemporalWF                           // WF_v(A): Enabled is ENABLED <<A>>_v, Taken <<A>>_v
	TemporalSF                           // SF_v(A)
)

// Temporal is a temporal formula with its state and action predicates
// compiled. Bounded quantifiers over temporal formulas are expanded (a
// conjunction or disjunction over the set's elements), definitions and
// instances are expanded, as TLC does.
type Temporal struct {
	Op             TemporalOp
	Args           []*Temporal
	Atom           *Atom
	Const          bool
	Enabled, Taken *Atom
	// InNext (WF, SF): the action is Next or one of its disjuncts
	// (inNext), so the search met any error its ENABLED meets.
	InNext bool
	Pos    Position
}

// Atom is a state- or action-level predicate inside a temporal formula,
// with the values of the identifiers bound around it (the p of
// \A p \in S : []<>P(p)).
type Atom struct {
	Name  string
	Pos   Position
	Level int // 0 constant, 1 state, 2 action
	fn    evalFn
	slots *frameInfo
	env   []Value
	// shadow: ENABLED inside an instance with substitutions (see
	// shadowInstance); the state gets the instance's variables appended.
	shadow *shadowInstance
	// up is the frame above the atom's own: a parametrised instance's
	// parameter values (nil elsewhere).
	up *Frame
}

// HoldsAtom decides an atom on st (next nil) or on the step st -> next.
func (sp *Spec) HoldsAtom(a *Atom, st, next State) (ok bool, err error) {
	var v Value
	err = protect(func() {
		if a.shadow != nil {
			st = a.shadow.state(sp.Machine, st)
			if next != nil {
				next = a.shadow.state(sp.Machine, next)
			}
		}
		frame := &Frame{vals: make([]Value, a.slots.n), up: a.up}
		copy(frame.vals, a.env)
		ctx := &Ctx{cur: st, next: next, m: sp.Machine, frame: frame, level: sp.level}
		defer ctx.withCaches()()
		v = a.fn(ctx)
	})
	if err != nil {
		return false, err
	}
	b, isBool := v.(value.Bool)
	if !isBool {
		return false, &Error{Msg: fmt.Sprintf("The value of %s is not a boolean:\n%s", a.Name, value.Ppr(v)), Pos: a.Pos}
	}
	return bool(b), nil
}

// PropertyParts is a PROPERTY split as TLC's processConfigProps splits
// it: conjuncts that are state predicates hold in the initial states
// (Inits), []P with P a state predicate is an invariant, [][A]_v an
// implied action (Actions holds the [A]_v), the rest is temporal.
type PropertyParts struct {
	Name       string
	Pos        Position
	Inits      []*Atom
	Invariants []*Atom
	Actions    []*Atom
	Temporal   []*Temporal
	// InitNames, InvariantNames and ActionNames name each safety part
	// as TLC's reports do: the property, or a definition the part is
	// (PROPERTY P with P == []TypeOK names TypeOK), or for a conjunct of
	// a conjunction its range ("line 9, col 5 to line 9, col 17 of
	// module M").
	InitNames, InvariantNames, ActionNames []string
}

// Property takes the PROPERTY called name apart.
func (sp *Spec) Property(name string) (parts *PropertyParts, err error) {
	defer func() {
		if r := recover(); r != nil {
			parts, err = nil, recoverError(r)
		}
	}()
	g := sp.comp.root.globals[name]
	if g == nil || g.kind != gDef {
		return nil, &ConfigError{Msg: fmt.Sprintf("The property %s specified in the configuration file\nis not defined in the specification.", name)}
	}
	if len(g.def.params) > 0 || g.def.funcDef != nil {
		return nil, &ConfigError{Msg: fmt.Sprintf("The property %s takes arguments.", name)}
	}
	w := &temporalWalker{c: sp.comp, sp: sp, temporalDefs: map[*opDef]bool{}}
	parts = &PropertyParts{Name: name, Pos: g.def.src.position()}
	body, env := w.enter(g.def, nil, tenv{})
	w.classify(parts, body, env, 0, name)
	return parts, nil
}

// SpecTemporals returns the temporal conjuncts of the SPECIFICATION that
// the compiler left to the liveness glue (all but the top-level WF/SF in
// Fairness): quantified fairness such as \A p \in S : WF_v(A(p)), and
// other temporal formulas.
func (sp *Spec) SpecTemporals() (out []*Temporal, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, recoverError(r)
		}
	}()
	w := &temporalWalker{c: sp.comp, sp: sp, temporalDefs: map[*opDef]bool{}}
	for _, tc := range sp.temporals {
		s := tc.mod.base.newFrame()
		out = append(out, w.formula(tc.e, tenv{s: s, frame: &Frame{}}, 0))
	}
	return out, nil
}

// temporalConjunct is a conjunct of the SPECIFICATION for the liveness
// glue, in the module it is written in.
type temporalConjunct struct {
	e   ast.Expr
	mod *modCtx
}

// tenv is where a subformula is: its compile-time scope and the values
// of the slots of the scope's frame that bound identifiers fill.
type tenv struct {
	s     *scope
	frame *Frame
	// inst is the instance the formula is in (nil in the spec's own
	// modules): ENABLED there is decided over the instance's variables.
	inst *instDef
}

// values returns the frame's values, sized for the slots compiled so far.
func (e tenv) values() []Value {
	if n := e.s.frame.n; len(e.frame.vals) < n {
		vals := make([]Value, n)
		copy(vals, e.frame.vals)
		e.frame.vals = vals
	}
	return e.frame.vals
}

// maxTemporalDepth bounds the expansion of definitions (a RECURSIVE
// temporal operator would not end).
const maxTemporalDepth = 200

type temporalWalker struct {
	c            *compiler
	sp           *Spec
	temporalDefs map[*opDef]bool
	enabledDefs  map[*opDef]bool // usesEnabled's answers
	shadows      map[*instDef]*shadowInstance
}

func (w *temporalWalker) unsupported(env tenv, n ast.Node, what string) {
	unsupported(env.s, n, what)
}

// enter returns the body of d and its environment, its parameters bound
// to args (values).
func (w *temporalWalker) enter(d *opDef, args []Value, from tenv) (ast.Expr, tenv) {
	fs := d.scope.newFrame()
	for _, p := range d.params {
		fs.bind(p.Name.Name, p.Arity)
	}
	frame := &Frame{vals: make([]Value, len(args))}
	copy(frame.vals, args)
	if d.scope.depth > 0 {
		// A LET definition, or one of a parametrised instance's module:
		// its frame's parent is the frame of the scope it is defined in,
		// found up from the caller's.
		if from.s == nil || from.frame == nil || from.s.depth < d.scope.depth {
			panic(&Unsupported{What: "temporal operator " + d.name + " defined in an enclosing scope", Pos: d.src.position()})
		}
		frame.up = walk(from.frame, from.s.depth, d.scope.depth)
		if frame.up == nil {
			panic(&Unsupported{What: "temporal operator " + d.name + " defined in an enclosing scope", Pos: d.src.position()})
		}
	}
	return d.body, tenv{s: fs, frame: frame, inst: from.inst}
}

// classify splits a PROPERTY into its parts (TLC's processConfigProps),
// naming each as TLC does: name is the name the part has so far.
func (w *temporalWalker) classify(parts *PropertyParts, e ast.Expr, env tenv, depth int, name string) {
	if depth > maxTemporalDepth {
		w.unsupported(env, e, "a property nested deeper than 200 definitions")
	}
	e = unparen(e)
	switch x := e.(type) {
	case *ast.JunctionList:
		if x.Op == "\\land" {
			for _, it := range x.Items {
				w.classify(parts, it, env, depth+1, exprSpan(it, env.s.mod).String())
			}
			return
		}
	case *ast.OpApp:
		if x.Op.Name == "\\land" && len(x.Args) == 2 && env.s.lookup("\\land") == nil {
			for _, it := range x.Args {
				w.classify(parts, it, env, depth+1, exprSpan(it, env.s.mod).String())
			}
			return
		}
		if x.Op.Name == "[]" && len(x.Args) == 1 {
			arg := unparen(x.Args[0])
			if ae, ok := arg.(*ast.ActionExpr); ok && !ae.Angle {
				parts.Actions = append(parts.Actions, w.atom(arg, env))
				parts.ActionNames = append(parts.ActionNames, name)
				return
			}
			if !w.isTemporal(arg, env.s, 0) {
				a := w.atom(arg, env)
				if a.Level < lvlAction {
					// []TypeOK is named TypeOK: TLC names the invariant
					// after an operator applied to no argument.
					if id, ok := arg.(*ast.Ident); ok {
						name = id.Name
					}
					parts.Invariants = append(parts.Invariants, a)
					parts.InvariantNames = append(parts.InvariantNames, name)
					return
				}
			}
			parts.Temporal = append(parts.Temporal, w.formula(e, env, depth+1))
			return
		}
	case *ast.Ident:
		if d := w.definition(x.Name, env.s); d != nil && len(d.params) == 0 && d.funcDef == nil {
			body, inner := w.enter(d, nil, env)
			w.classify(parts, body, inner, depth+1, x.Name)
			return
		}
	case *ast.SubexprName:
		if d, inst, denv, ok := w.instanceDefinitionIn(x, env); ok && len(d.params) == 0 && d.funcDef == nil {
			body, inner := w.enter(d, nil, denv)
			if inst != nil && inst.ctx.substituted && len(inst.params) == 0 {
				inner.inst = inst
			}
			w.classify(parts, body, inner, depth+1, d.name)
			return
		}
	case *ast.LetExpr:
		ls := w.c.letScope(x, env.s)
		w.classify(parts, x.Body, tenv{s: ls, frame: env.frame, inst: env.inst}, depth+1, name)
		return
	case *ast.QuantExpr:
		// \A p \in S : F over a constant S: TLC unrolls it, each
		// instance named by F's range (processConfigProps).
		if x.Quant == ast.Forall && boundedAll(x.Bounds) {
			bs, inner, lvl := w.c.bounds(x.Bounds, env.s)
			if lvl == lvlConst {
				bodyName := exprSpan(x.Body, env.s.mod).String()
				frame := &Frame{vals: append([]Value(nil), env.values()...)}
				ctx := &Ctx{m: w.c.m, frame: frame}
				if forEach(ctx, bs, func() bool { return false }) {
					// Over nothing: TLC refuses it as a tautology.
					span := exprSpan(x, env.s.mod)
					panic(&Error{Msg: "Temporal formula is a tautology (its negation is unsatisfiable).", Pos: span.Start, Whole: true})
				}
				forEach(ctx, bs, func() bool {
					vals := make([]Value, inner.frame.n)
					copy(vals, frame.vals)
					w.classify(parts, x.Body, tenv{s: inner, frame: &Frame{vals: vals, up: env.frame.up}, inst: env.inst}, depth+1, bodyName)
					return true
				})
				return
			}
		}
	}
	if w.isTemporal(e, env.s, 0) {
		parts.Temporal = append(parts.Temporal, w.formula(e, env, depth+1))
		return
	}
	a := w.atom(e, env)
	if a.Level >= lvlAction {
		panic(&Error{Msg: fmt.Sprintf("The property %s is not correctly defined: an action-level conjunct must be written [][A]_v.", parts.Name), Pos: a.Pos})
	}
	parts.Inits = append(parts.Inits, a)
	parts.InitNames = append(parts.InitNames, name)
}

// formula takes a temporal formula apart (TLC's astToLive).
func (w *temporalWalker) formula(e ast.Expr, env tenv, depth int) *Temporal {
	if depth > maxTemporalDepth {
		w.unsupported(env, e, "a temporal formula nested deeper than 200 definitions")
	}
	e = unparen(e)
	pos := env.s.mod.src(e.Pos()).position()
	if !w.isTemporal(e, env.s, 0) {
		a := w.atom(e, env)
		if a.Level == lvlConst {
			ok, err := (&Spec{Machine: w.c.m}).HoldsAtom(a, nil, nil)
			if err == nil {
				return &Temporal{Op: TemporalConst, Const: ok, Pos: pos}
			}
		}
		return &Temporal{Op: TemporalAtom, Atom: a, Pos: pos}
	}
	node := func(op TemporalOp, args ...ast.Expr) *Temporal {
		t := &Temporal{Op: op, Pos: pos}
		for _, a := range args {
			t.Args = append(t.Args, w.formula(a, env, depth+1))
		}
		return t
	}
	switch x := e.(type) {
	case *ast.JunctionList:
		if x.Op == "\\land" {
			return node(TemporalAnd, x.Items...)
		}
		return node(TemporalOr, x.Items...)
	case *ast.Fairness:
		angle := &ast.ActionExpr{Open: x.KwPos, Angle: true, Action: x.Action, Close: x.Rparen, Sub: x.Sub}
		taken := w.atom(angle, env)
		enabled := &Atom{Name: "ENABLED <<A>>_v", Pos: pos, Level: lvlState, slots: env.s.frame}
		var ss *scope
		ss, enabled.shadow = w.scopeFor(env)
		enabled.fn, _ = w.c.enabled(angle, ss)
		enabled.env = env.values()
		op := TemporalWF
		if x.Strong {
			op = TemporalSF
		}
		inN := w.sp != nil && inNext(x.Action, env.s.mod, w.sp.next, w.sp.nextMod)
		return &Temporal{Op: op, Enabled: enabled, Taken: taken, InNext: inN, Pos: pos}
	case *ast.OpApp:
		if x.Fix != ast.FixNone {
			switch {
			case x.Op.Name == "\\land":
				return node(TemporalAnd, x.Args...)
			case x.Op.Name == "\\lor":
				return node(TemporalOr, x.Args...)
			case x.Op.Name == "\\lnot" && len(x.Args) == 1:
				return node(TemporalNot, x.Args...)
			case x.Op.Name == "=>" && len(x.Args) == 2:
				return &Temporal{Op: TemporalOr, Pos: pos, Args: []*Temporal{
					{Op: TemporalNot, Pos: pos, Args: []*Temporal{w.formula(x.Args[0], env, depth+1)}},
					w.formula(x.Args[1], env, depth+1)}}
			case x.Op.Name == "[]" && len(x.Args) == 1:
				return node(TemporalAlways, x.Args...)
			case x.Op.Name == "<>" && len(x.Args) == 1:
				return node(TemporalEventually, x.Args...)
			case x.Op.Name == "~>" && len(x.Args) == 2:
				return node(TemporalLeadsTo, x.Args...)
			}
		}
		if x.Fix == ast.FixNone {
			if d := w.definition(x.Op.Name, env.s); d != nil {
				return w.expand(d, x.Args, x, env, depth)
			}
		}
		w.unsupported(env, e, "the operator "+x.Op.Name+" applied to temporal formulas")
	case *ast.Ident:
		if d := w.definition(x.Name, env.s); d != nil {
			return w.expand(d, nil, x, env, depth)
		}
	case *ast.SubexprName:
		if d, inst, denv, ok := w.instanceDefinitionIn(x, env); ok {
			if inst != nil && inst.ctx.substituted && len(inst.params) == 0 {
				denv.inst = inst
			}
			return w.expand(d, x.Parts[len(x.Parts)-1].Args, x, denv, depth)
		}
	case *ast.QuantExpr:
		if x.Quant != ast.Forall && x.Quant != ast.Exists {
			w.unsupported(env, e, "temporal quantifier "+string(x.Quant))
		}
		bs, inner, lvl := w.c.bounds(x.Bounds, env.s)
		if lvl > lvlConst {
			// TLC evaluates the set with no state, and fails in these
			// words with the error it met.
			err := protect(func() {
				ctx := &Ctx{m: w.c.m, frame: &Frame{vals: append([]Value(nil), env.values()...)}}
				for i := range bs {
					bs[i].set(ctx)
				}
			})
			var ee *Error
			if errors.As(err, &ee) {
				span := exprSpan(e, env.s.mod)
				panic(&Error{Msg: "TLC cannot handle the temporal formula " + span.String() + ":\n" + ee.Msg, Pos: span.Start, Whole: true})
			}
			w.unsupported(env, e, "a quantifier over a set that depends on the state, around a temporal formula")
		}
		op := TemporalAnd
		if x.Quant == ast.Exists {
			op = TemporalOr
		}
		t := &Temporal{Op: op, Pos: pos}
		frame := &Frame{vals: append([]Value(nil), env.values()...)}
		ctx := &Ctx{m: w.c.m, frame: frame}
		forEach(ctx, bs, func() bool {
			vals := make([]Value, inner.frame.n)
			copy(vals, frame.vals)
			t.Args = append(t.Args, w.formula(x.Body, tenv{s: inner, frame: &Frame{vals: vals, up: env.frame.up}, inst: env.inst}, depth+1))
			return true
		})
		return t
	case *ast.IfExpr:
		cond := w.formula(x.Cond, env, depth+1)
		return &Temporal{Op: TemporalOr, Pos: pos, Args: []*Temporal{
			{Op: TemporalAnd, Pos: pos, Args: []*Temporal{cond, w.formula(x.Then, env, depth+1)}},
			{Op: TemporalAnd, Pos: pos, Args: []*Temporal{{Op: TemporalNot, Pos: pos, Args: []*Temporal{cond}}, w.formula(x.Else, env, depth+1)}},
		}}
	case *ast.LetExpr:
		ls := w.c.letScope(x, env.s)
		return w.formula(x.Body, tenv{s: ls, frame: env.frame, inst: env.inst}, depth+1)
	}
	w.unsupported(env, e, "this temporal formula")
	return nil
}

// expand applies definition d (whose body is temporal) to args, which
// must be constants: TLC binds them before taking the body apart.
func (w *temporalWalker) expand(d *opDef, args []ast.Expr, at ast.Node, env tenv, depth int) *Temporal {
	if d.funcDef != nil || len(args) != len(d.params) {
		w.unsupported(env, at, "the temporal operator "+d.name+" applied this way")
	}
	vals := make([]Value, len(args))
	levels := make([]int, len(args))
	for i, a := range args {
		if d.params[i].Arity > 0 {
			w.unsupported(env, a, "an operator argument of the temporal operator "+d.name)
		}
		fn, lvl := w.c.expr(a, env.s)
		frame := &Frame{vals: append([]Value(nil), env.values()...), up: env.frame.up}
		switch {
		case lvl == lvlConst:
			vals[i] = fn(&Ctx{m: w.c.m, frame: frame})
		case lvl <= lvlAction:
			// A state or action argument (LeadsTo(P, Q), Fair(A)): TLC
			// substitutes the expression; the parameter holds it
			// unevaluated, evaluated in the state (or on the step) the
			// atom is decided on.
			env.s.captureFrames()
			t := &thunk{fn: fn, frame: frame, lvl: lvl, primed: -1}
			if lvl == lvlAction {
				t.gen = w.c.gen(a, env.s)
				t.primed = w.c.stateVar(a, env.s, true)
			}
			vals[i], levels[i] = t, lvl
		default:
			w.unsupported(env, a, "a temporal argument of the temporal operator "+d.name)
		}
	}
	body, inner := w.enter(d, vals, env)
	for i, p := range d.params {
		if b := inner.s.names[p.Name.Name]; b != nil {
			b.level = levels[i]
		}
	}
	return w.formula(body, inner, depth+1)
}

// atom compiles a predicate without temporal operators in env.
func (w *temporalWalker) atom(e ast.Expr, env tenv) *Atom {
	s, sh := w.scopeFor(env)
	fn, lvl := w.c.expr(e, s)
	if lvl > lvlAction {
		w.unsupported(env, e, "this temporal formula")
	}
	return &Atom{Name: exprName(e), Pos: env.s.mod.src(e.Pos()).position(), Level: lvl, fn: fn, slots: env.s.frame, env: env.values(), shadow: sh, up: env.frame.up}
}

// scopeFor is where an atom of env compiles: env's scope, or, inside an
// instance with substitutions, a scope that sees env's bound identifiers
// and the instance's shadow compilation.
func (w *temporalWalker) scopeFor(env tenv) (*scope, *shadowInstance) {
	sh := w.shadow(env.inst)
	if sh == nil {
		return env.s, nil
	}
	return &scope{names: map[string]*binding{}, parent: env.s, depth: env.s.depth, frame: env.s.frame, mod: sh.ctx}, sh
}

func exprName(e ast.Expr) string {
	switch x := unparen(e).(type) {
	case *ast.Ident:
		return x.Name
	case *ast.OpApp:
		return x.Op.Name
	}
	return "the predicate"
}

// definition resolves a name to a definition (a LET's or a module's).
func (w *temporalWalker) definition(name string, s *scope) *opDef {
	if b := s.lookup(name); b != nil {
		if b.kind == bindLetOp {
			return b.def
		}
		return nil
	}
	if g := s.mod.globals[name]; g != nil && g.kind == gDef {
		return g.def
	}
	return nil
}

// instanceDefinition resolves I!Op (instances without parameters).
func (w *temporalWalker) instanceDefinition(x *ast.SubexprName, env tenv) (*opDef, bool) {
	d, _, _, ok := w.instanceDefinitionIn(x, env)
	return d, ok
}

// instanceDefinitionIn is instanceDefinition with the (innermost)
// instance the definition is reached through.
//
// An instance with parameters (C(n) == INSTANCE M WITH ...) is reached
// only first on the path, from the spec's own modules, with constant
// arguments; the definition is then entered from an environment whose
// frame holds the parameters' values. Inside it with substitutions,
// ENABLED (and so fairness) is refused: it would need a shadow
// compilation per parameter value.
func (w *temporalWalker) instanceDefinitionIn(x *ast.SubexprName, env tenv) (*opDef, *instDef, tenv, bool) {
	var inst *instDef
	ctx := env.s.mod
	parts := x.Parts
	denv := env
	for len(parts) > 1 {
		p := parts[0]
		if p.Kind != ast.PartName {
			return nil, nil, env, false
		}
		g := ctx.globals[p.Name]
		if g == nil || g.kind != gInst {
			return nil, nil, env, false
		}
		if inst != nil && len(inst.params) > 0 {
			return nil, nil, env, false // an instance inside a parametrised one
		}
		if len(g.inst.params) > 0 {
			if inst != nil || len(p.Args) != len(g.inst.params) || g.inst.scope.depth != 0 {
				return nil, nil, env, false
			}
			ps := w.c.paramScope(g.inst)
			ctx = w.c.instantiate(g.inst, ps)
			inst = g.inst
			parts = parts[1:]
			if env.frame == nil {
				continue // only the definition is asked for (isTemporal)
			}
			vals := make([]Value, ps.frame.n)
			for i, a := range p.Args {
				if g.inst.params[i].Arity > 0 {
					w.unsupported(env, a, "an operator argument of a parametrised INSTANCE in a temporal formula")
				}
				fn, lvl := w.c.expr(a, env.s)
				if lvl != lvlConst {
					w.unsupported(env, a, "an argument of a parametrised INSTANCE that depends on the state, in a temporal formula")
				}
				vals[i] = fn(&Ctx{m: w.c.m, frame: &Frame{vals: append([]Value(nil), env.values()...), up: env.frame.up}})
			}
			denv = tenv{s: ps, frame: &Frame{vals: vals}}
			continue
		}
		ctx = w.c.instantiate(g.inst, g.inst.scope)
		inst = g.inst
		parts = parts[1:]
	}
	if parts[0].Kind != ast.PartName {
		return nil, nil, env, false
	}
	if g := ctx.globals[parts[0].Name]; g != nil && g.kind == gDef {
		if inst != nil && len(inst.params) > 0 && ctx.substituted && w.usesEnabled(g.def, 0) {
			w.unsupported(env, x, "ENABLED or fairness inside a parametrised INSTANCE with substitutions")
		}
		return g.def, inst, denv, true
	}
	return nil, nil, env, false
}

// usesEnabled says whether d's body has ENABLED or fairness, following
// the definitions it applies (each once: a recursive one is not found
// through itself).
func (w *temporalWalker) usesEnabled(d *opDef, depth int) bool {
	if d == nil || d.body == nil || depth > maxTemporalDepth {
		return false
	}
	if u, ok := w.enabledDefs[d]; ok {
		return u
	}
	if w.enabledDefs == nil {
		w.enabledDefs = map[*opDef]bool{}
	}
	w.enabledDefs[d] = false
	found := false
	ast.Inspect(d.body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.Fairness:
			found = true
		case *ast.OpApp:
			if x.Op.Name == "ENABLED" {
				found = true
			} else if x.Fix == ast.FixNone {
				found = w.usesEnabled(w.definition(x.Op.Name, d.scope), depth+1)
			}
		case *ast.Ident:
			found = w.usesEnabled(w.definition(x.Name, d.scope), depth+1)
		}
		return !found
	})
	w.enabledDefs[d] = found
	return found
}

// isTemporal says whether e has a temporal operator, following the
// definitions and instances it uses.
func (w *temporalWalker) isTemporal(e ast.Expr, s *scope, depth int) bool {
	if depth > maxTemporalDepth {
		return false
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.Fairness:
			found = true
		case *ast.QuantExpr:
			found = x.Quant == ast.TemporalExists || x.Quant == ast.TemporalForall
		case *ast.OpApp:
			switch x.Op.Name {
			case "[]", "<>", "~>", "-+->", "\\AA", "\\EE":
				found = true
			default:
				if x.Fix == ast.FixNone {
					found = w.defIsTemporal(w.definition(x.Op.Name, s), depth)
				}
			}
		case *ast.Ident:
			found = w.defIsTemporal(w.definition(x.Name, s), depth)
		case *ast.SubexprName:
			if d, ok := w.instanceDefinition(x, tenv{s: s}); ok {
				found = w.defIsTemporal(d, depth)
			}
		}
		return !found
	})
	return found
}

func (w *temporalWalker) defIsTemporal(d *opDef, depth int) bool {
	if d == nil || d.body == nil {
		return false
	}
	if t, ok := w.temporalDefs[d]; ok {
		return t
	}
	w.temporalDefs[d] = false // a recursive definition is not temporal through itself
	t := w.isTemporal(d.body, d.scope, depth+1)
	w.temporalDefs[d] = t
	return t
}

// shadowInstance is an instantiated module compiled a second time with
// its VARIABLEs as variables of their own (numbered after the spec's),
// their values those of the substitutions, computed once per state.
//
// ENABLED needs it: TLC decides ENABLED A inside an instance over the
// instance's variables, their primed values free and their unprimed values
// those of the substitutions (Tool.getPrimedVar does not look through the
// instance's substitutions), not over the spec's variables the
// substitutions are written in, which a generator could not solve for.
// Every other atom of the instance is compiled there too: the same values,
// but a refinement mapping is computed once per state instead of at every
// mention of a variable ([][V!Next]_vars in a Paxos refinement mentions
// them dozens of times).
type shadowInstance struct {
	ctx  *modCtx
	base int      // the first shadow variable's index
	subs []evalFn // each shadow variable's substitution, in the spec's state
	// cache maps a state (by the address of its first value) to its
	// extension; the search's workers share it.
	mu    sync.Mutex
	cache map[*Value]State
}

// state extends st with the instance's variables.
func (sh *shadowInstance) state(m *Machine, st State) State {
	var key *Value
	if len(st) > 0 {
		key = &st[0]
		sh.mu.Lock()
		ext, ok := sh.cache[key]
		sh.mu.Unlock()
		if ok {
			return ext
		}
	}
	cur := make(State, sh.base+len(sh.subs))
	copy(cur, st)
	ctx := &Ctx{cur: st, m: m}
	for i, f := range sh.subs {
		cur[sh.base+i] = f(ctx)
	}
	if key != nil {
		sh.mu.Lock()
		if sh.cache == nil {
			sh.cache = map[*Value]State{}
		}
		sh.cache[key] = cur
		sh.mu.Unlock()
	}
	return cur
}

// shadow returns inst's shadow compilation (nil for no instance, or one
// without substitutions).
func (w *temporalWalker) shadow(inst *instDef) *shadowInstance {
	if inst == nil || inst.ctx == nil || !inst.ctx.substituted {
		return nil
	}
	if sh, ok := w.shadows[inst]; ok {
		return sh
	}
	c := w.c
	pm := c.byName[inst.inst.Module.Name]
	if pm == nil || pm.Standard {
		return nil
	}
	with := map[string]*ast.Substitution{}
	for _, s := range inst.inst.With {
		with[s.Name.Name] = s
	}
	sh := &shadowInstance{base: len(c.vars)}
	params := map[string]*global{}
	param := func(kind gKind, name string, arity int, at src) *global {
		if g, ok := params[name]; ok {
			return g
		}
		var e ast.Expr = &ast.Ident{NamePos: inst.inst.KwPos, NameEnd: inst.inst.KwPos, Name: name}
		if s, ok := with[name]; ok {
			e = s.Value
		}
		g := c.substitution(name, arity, e, inst.scope)
		if kind == gVar {
			sh.subs = append(sh.subs, g.subst.fn)
			g = &global{kind: gVar, name: name, varIndex: sh.base + len(sh.subs) - 1, exported: true}
		}
		params[name] = g
		return g
	}
	sh.ctx = c.buildCtx(pm, inst.scope, param, false)
	if w.shadows == nil {
		w.shadows = map[*instDef]*shadowInstance{}
	}
	w.shadows[inst] = sh
	return sh
}
