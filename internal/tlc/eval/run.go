package eval

import (
	"fmt"
	"strings"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// protect runs f, turning evaluation panics into errors.
func protect(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = recoverError(r)
		}
	}()
	f()
	return nil
}

func (sp *Spec) newCtx(cur, next []Value, slots *frameInfo) *Ctx {
	n := 0
	if slots != nil {
		n = slots.n
	}
	return &Ctx{cur: cur, next: next, m: sp.Machine, frame: &Frame{vals: make([]Value, n)}, level: sp.level}
}

// missing names the variables a generated state leaves unassigned.
func (sp *Spec) missing(st []Value) string {
	var names []string
	for i, v := range st {
		if v == nil {
			names = append(names, sp.Vars[i])
		}
	}
	return strings.Join(names, ", ")
}

// incompleteSuccessor is TLC's error for a successor that action a left
// without a value for some variables (ModelChecker.doNextSetErr): it
// names the action when the next-state relation has several, and TLC
// reports it as it is, without its "unexpected exception" header.
func (sp *Spec) incompleteSuccessor(a *Action, next []Value) *Error {
	var names []string
	for i, v := range next {
		if v == nil {
			names = append(names, sp.Vars[i])
		}
	}
	are := " is"
	if len(names) > 1 {
		are = "s are"
	}
	by := "by action " + a.Name + " of the next-state relation"
	if len(sp.Actions) == 1 {
		by = "by the next-state action"
	}
	return &Error{
		Msg:     fmt.Sprintf("Successor state is not completely specified %s. The following variable%s not defined: %s.", by, are, strings.Join(names, ", ")),
		Pos:     a.Pos,
		Module:  true,
		Partial: append([]Value(nil), next...),
	}
}

// InitStates calls emit with every initial state, in TLC's order.
func (sp *Spec) InitStates(emit func(State)) error {
	return protect(func() {
		cur := make([]Value, len(sp.Vars))
		ctx := sp.newCtx(cur, nil, sp.Init.slots)
		ctx.initMode = true
		ctx.level = 1 // TLCGet("level") is 0 in the initial predicate
		sp.Init.gen(ctx, func(ctx *Ctx) {
			ctx.poll()
			if m := sp.missing(ctx.cur); m != "" {
				// TLC's words (its check of the state's legality),
				// with the state, its missing variables null.
				panic(&Error{Msg: "current state is not a legal state", Pos: sp.Init.Pos, Partial: append([]Value(nil), ctx.cur...)})
			}
			emit(append(State(nil), ctx.cur...))
		})
	})
}

// Successors calls emit with every successor of st by action a.
func (sp *Spec) Successors(a *Action, st State, emit func(State)) error {
	_, err := sp.SuccessorsCounted(a, st, emit)
	return err
}

// SuccessorsCounted is Successors that also returns how many
// intermediate states action composition generated (TLC counts them).
func (sp *Spec) SuccessorsCounted(a *Action, st State, emit func(State)) (extra int64, err error) {
	var ctx *Ctx
	err = protect(func() {
		next := make([]Value, len(sp.Vars))
		ctx = &Ctx{cur: st, next: next, m: sp.Machine, countEmits: true, level: sp.level}
		// st is the search's (it does not change): its substitutions are
		// cached; next is being built and has no cache.
		ctx.cache = sp.Machine.cacheFor(st)
		defer sp.Machine.release(ctx.cache)
		vals := make([]Value, max(len(a.frame.vals), a.fs.n))
		copy(vals, a.frame.vals)
		ctx.frame = &Frame{vals: vals, up: a.frame.up}
		a.gen(ctx, func(ctx *Ctx) {
			ctx.poll()
			if m := sp.missing(ctx.next); m != "" {
				panic(sp.incompleteSuccessor(a, ctx.next))
			}
			ctx.extra += ctx.dups
			emit(append(State(nil), ctx.next...))
		})
	})
	if ctx != nil {
		extra = ctx.extra
	}
	return extra, err
}

// Eval evaluates a state-level (or constant) expression on st.
func (sp *Spec) Eval(e *Expr, st State) (v Value, err error) {
	err = protect(func() {
		ctx := sp.newCtx(st, nil, e.slots)
		defer ctx.withCaches()()
		v = e.fn(ctx)
	})
	return v, err
}

// EvalPair evaluates an action-level expression on the step st -> next.
func (sp *Spec) EvalPair(e *Expr, st, next State) (v Value, err error) {
	err = protect(func() {
		ctx := sp.newCtx(st, next, e.slots)
		defer ctx.withCaches()()
		v = e.fn(ctx)
	})
	return v, err
}

// Holds evaluates a predicate on st (next may be nil).
func (sp *Spec) Holds(e *Expr, st, next State) (bool, error) {
	v, err := sp.EvalPair(e, st, next)
	if err != nil {
		return false, err
	}
	b, ok := v.(value.Bool)
	if !ok {
		return false, e.notBoolean(v)
	}
	return bool(b), nil
}

// Assumption is one ASSUME of the root module and the modules it extends.
type Assumption struct {
	Pos  Position
	Span Span // the assumed expression's range, as TLC reports it
	e    *Expr
}

// Assumptions compiles the ASSUMEs.
func (sp *Spec) Assumptions() ([]Assumption, error) {
	var out []Assumption
	for _, a := range sp.comp.assumes {
		e, err := sp.compileExpr("ASSUME", a.body, a.mod.base)
		if err != nil {
			return nil, err
		}
		out = append(out, Assumption{Pos: a.mod.src(a.body.Pos()).position(), Span: exprSpan(a.body, a.mod), e: e})
	}
	return out, nil
}

// Check evaluates an assumption.
func (sp *Spec) CheckAssumption(a Assumption) (bool, error) {
	return sp.AtLevel(0).Holds(a.e, nil, nil)
}

// Postcondition is a POSTCONDITION of the configuration: a constant
// formula TLC evaluates once the search has finished, where TLCGet
// answers the search's final statistics.
type Postcondition struct {
	*Expr
	Span Span // the definition's body, as TLC's messages locate it
}

// FinalStats are the figures TLCGet gives a postcondition.
type FinalStats struct {
	Distinct, Generated, Initial, Queue int64
	Diameter                            int
	Duration                            time.Duration
}

// CheckPostcondition evaluates p after the search. TLCGet("distinct"),
// ("generated"), ("diameter"), ("queue"), ("duration") and ("stats")
// answer from st, as TLC's do from its model checker's final counts.
func (sp *Spec) CheckPostcondition(p Postcondition, st FinalStats) (bool, error) {
	m := sp.Machine
	in := m.Interner
	hook := m.TLCGetHook
	defer func() { m.TLCGetHook = hook }()
	m.TLCGetHook = func(key string) Value {
		switch key {
		case "distinct":
			return value.Int(st.Distinct)
		case "generated":
			return value.Int(st.Generated)
		case "diameter":
			return value.Int(st.Diameter)
		case "queue":
			return value.Int(st.Queue)
		case "duration":
			return value.Int(int64(st.Duration / time.Second))
		case "stats":
			// TLC's record (AbstractChecker.getStatistics), fields in
			// its order.
			names := []string{"queue", "distinct", "initial", "generated", "diameter", "duration", "worker"}
			vals := []Value{value.Int(st.Queue), value.Int(st.Distinct), value.Int(st.Initial), value.Int(st.Generated),
				value.Int(st.Diameter), value.Int(int64(st.Duration / time.Second)), value.Int(0)}
			strs := make([]*value.Str, len(names))
			for i, n := range names {
				strs[i] = in.String(n)
			}
			return value.Record(strs, vals)
		}
		if hook != nil {
			return hook(key)
		}
		return nil
	}
	return sp.AtLevel(0).Holds(p.Expr, nil, nil)
}
