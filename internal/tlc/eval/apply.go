package eval

import (
	"fmt"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// thunk is an action-level operator argument, passed unevaluated (TLC's
// LazyValue) so that the operator's body can use it as an action.
type thunk struct {
	fn    evalFn
	gen   genFn
	frame *Frame
	lvl   int
	// primed is the variable of an argument x' (assignable by the
	// body's p = e), or -1.
	primed int
}

func (*thunk) Kind() value.Kind { return value.KindOp }
func (*thunk) PrintTLA() string { return "<action>" }
func (t *thunk) force(c *Ctx) Value {
	saved := c.frame
	c.frame = t.frame
	v := t.fn(c)
	c.frame = saved
	return v
}

// varArg is a state variable passed as an operator argument: read in
// whatever state the body evaluates it (so q' in Lose(q) == ... q' = e
// is msgQ'), and assignable in actions, as TLC's lazy arguments are.
type varArg struct {
	index int
	name  string
	span  Span // the argument, which TLC names when the variable has no value yet
}

func (*varArg) Kind() value.Kind { return value.KindOp }
func (*varArg) PrintTLA() string { return "<variable>" }

// closure is an operator value: a definition with the frame it was made
// in, or a built-in.
type closure struct {
	def    *opDef
	up     *Frame
	native func(c *Ctx, args []Value) Value
	arity  int
	name   string
}

func (*closure) Kind() value.Kind    { return value.KindOp }
func (cl *closure) PrintTLA() string { return "<operator " + cl.name + ">" }

func (cl *closure) call(c *Ctx, at src, args []Value) Value {
	if len(args) != cl.arity && cl.arity >= 0 {
		fail(at, "The operator %s requires %d arguments, but was given %d.", cl.name, cl.arity, len(args))
	}
	if cl.native != nil {
		return cl.native(c, args)
	}
	return callDef(c, cl.def, args, cl.up)
}

// callDef evaluates def's body in a new frame holding args.
func callDef(c *Ctx, d *opDef, args []Value, up *Frame) Value {
	if d.frameless != nil {
		// No parameter and no slot: the body runs in the frame it is
		// defined in (see compileDef).
		saved := c.frame
		c.frame = up
		c.enter(d.src)
		v := d.frameless(c)
		c.depth--
		c.frame = saved
		return v
	}
	if c.arena != nil && d.frameReusable() {
		mark := c.arena.top
		f := c.arena.alloc(d.nslots, up)
		copy(f.vals, args)
		v := runDef(c, d, f)
		c.arena.release(mark)
		return v
	}
	f := newFrame(d.nslots, up)
	copy(f.vals, args)
	return runDef(c, d, f)
}

// runDef evaluates def's body in frame f.
func runDef(c *Ctx, d *opDef, f *Frame) Value {
	saved := c.frame
	c.frame = f
	c.enter(d.src)
	v := d.fn(c)
	c.depth--
	c.frame = saved
	return v
}

// unassigned fails on a state variable read before the initial
// predicate or the action being evaluated gave it a value, as TLC does
// (to TLC an unassigned variable is an identifier without a value).
func unassigned(name string, span Span) {
	panic(&Error{Msg: fmt.Sprintf("In evaluation, the identifier %s is either undefined or not an operator.\n%s", name, span), Pos: span.Start, Whole: true})
}

// identName is the name an argument that is a state variable is written
// with.
func identName(e ast.Expr) string {
	if id, ok := unparen(e).(*ast.Ident); ok {
		return id.Name
	}
	return "variable"
}

// deref reads a slot value, forcing an action argument.
func deref(c *Ctx, v Value) Value {
	switch t := v.(type) {
	case *thunk:
		return t.force(c)
	case *varArg:
		if t.index >= len(c.cur) || c.cur[t.index] == nil {
			unassigned(t.name, t.span)
		}
		return c.cur[t.index]
	}
	return v
}

// apply compiles a name applied to arguments (none for a bare name).
func (c *compiler) apply(name string, args []ast.Expr, s *scope, n ast.Node) (evalFn, int) {
	at := s.mod.src(n.Pos())
	if b := s.lookup(name); b != nil {
		switch b.kind {
		case bindSlot:
			depth, slot := b.depth, b.slot
			from := s.depth
			if len(args) == 0 {
				if b.arity > 0 {
					return func(ctx *Ctx) Value { return walk(ctx.frame, from, depth).vals[slot] }, lvlConst
				}
				if from == depth {
					return func(ctx *Ctx) Value { return deref(ctx, ctx.frame.vals[slot]) }, b.level
				}
				return func(ctx *Ctx) Value { return deref(ctx, walk(ctx.frame, from, depth).vals[slot]) }, b.level
			}
			argFns, lvl := c.args(args, nil, s)
			return func(ctx *Ctx) Value {
				cl, ok := walk(ctx.frame, from, depth).vals[slot].(*closure)
				if !ok {
					fail(at, "%s is not an operator.", name)
				}
				return cl.call(ctx, at, evalArgs(ctx, argFns))
			}, max(lvl, lvlState)
		case bindLetOp:
			return c.callOp(b.def, args, s, n, func(ctx *Ctx) *Frame { return walk(ctx.frame, s.depth, b.depth) }, b)
		}
	}
	g := s.mod.globals[name]
	if g == nil {
		return c.languageBuiltin(name, args, s, n)
	}
	return c.applyGlobal(g, args, s, n, nil)
}

// applyGlobal compiles a reference to a module-level name; up gives the
// frame its definitions live under (nil but for parametrised instances).
func (c *compiler) applyGlobal(g *global, args []ast.Expr, s *scope, n ast.Node, up func(*Ctx) *Frame) (evalFn, int) {
	at := s.mod.src(n.Pos())
	switch g.kind {
	case gVar:
		i := g.varIndex
		name := g.name
		span := exprSpan(n.(ast.Expr), s.mod)
		return func(ctx *Ctx) Value {
			// No state at all: a constant-level evaluation (TLC's too).
			if i >= len(ctx.cur) || ctx.cur[i] == nil {
				unassigned(name, span)
			}
			return ctx.cur[i]
		}, lvlState
	case gConst:
		cell := g.cell
		if cell.op != nil && (len(args) > 0 || cell.arity > 0) {
			return c.callOp(cell.op, args, s, n, func(*Ctx) *Frame { return nil }, nil)
		}
		if len(args) > 0 {
			unsupported(s, n, "constant operator "+g.name+" without a definition in the configuration")
		}
		if cell.op != nil {
			return c.callOp(cell.op, nil, s, n, func(*Ctx) *Frame { return nil }, nil)
		}
		return func(ctx *Ctx) Value {
			if !cell.set {
				fail(at, "The constant parameter %s is not assigned a value by the configuration.", cell.name)
			}
			return cell.val
		}, lvlConst
	case gDef:
		if up == nil {
			from, to := s.depth, g.def.scope.depth
			up = func(ctx *Ctx) *Frame { return walk(ctx.frame, from, to) }
		}
		return c.callOp(g.def, args, s, n, up, nil)
	case gBuiltin:
		return c.stdBuiltin(g.builtin, args, s, n)
	case gSubst:
		sub := g.subst
		if len(args) > 0 {
			argFns, lvl := c.args(args, nil, s)
			from := s.depth
			return func(ctx *Ctx) Value {
				saved := ctx.frame
				ctx.frame = walk(ctx.frame, from, sub.depth)
				v := sub.fn(ctx)
				ctx.frame = saved
				cl, ok := v.(*closure)
				if !ok {
					fail(at, "%s is not an operator.", g.name)
				}
				return cl.call(ctx, at, evalArgs(ctx, argFns))
			}, max(lvl, lvlState)
		}
		from := s.depth
		return func(ctx *Ctx) Value {
			saved := ctx.frame
			ctx.frame = walk(ctx.frame, from, sub.depth)
			v := sub.fn(ctx)
			ctx.frame = saved
			return v
		}, sub.lvl
	case gInst:
		unsupported(s, n, "instance "+g.name+" used as a value")
	}
	unsupported(s, n, "name "+g.name)
	return nil, 0
}

// primedParams marks the parameters a body uses inside a prime,
// UNCHANGED, ENABLED or an action's subscript: an argument given for one
// of them is passed unevaluated (TLC's lazy arguments), so that p' is the
// argument's value in the next state.
func primedParams(params []*ast.Param, body ast.Expr) []bool {
	out := make([]bool, len(params))
	if body == nil || len(params) == 0 {
		return out
	}
	index := map[string]int{}
	for i, p := range params {
		if p.Arity == 0 {
			index[p.Name.Name] = i
		}
	}
	mark := func(e ast.Node) {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if i, ok := index[id.Name]; ok {
					out[i] = true
				}
			}
			return true
		})
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.OpApp:
			if (x.Op.Name == "'" || x.Op.Name == "UNCHANGED" || x.Op.Name == "ENABLED") && len(x.Args) == 1 {
				mark(x.Args[0])
			}
		case *ast.ActionExpr:
			mark(x.Sub)
		case *ast.Fairness:
			mark(x.Sub)
		}
		return true
	})
	return out
}

// args compiles operator arguments; params (if known) give the arities.
func (c *compiler) args(args []ast.Expr, params []*ast.Param, s *scope) ([]evalFn, int) {
	return c.argsLazy(args, params, nil, nil, s)
}

// argsLazy is args where lazy[i] asks for argument i unevaluated when it
// depends on the state, and caps[i] (if any) is the highest level
// argument i can give the call (see opDef.argCaps).
func (c *compiler) argsLazy(args []ast.Expr, params []*ast.Param, lazy []bool, caps []int, s *scope) ([]evalFn, int) {
	fns := make([]evalFn, len(args))
	lvl := lvlConst
	capped := func(i, l int) int {
		if i < len(caps) {
			return min(l, caps[i])
		}
		return l
	}
	for i, a := range args {
		arity := 0
		if i < len(params) {
			arity = params[i].Arity
		}
		if arity > 0 {
			fns[i] = c.opArg(a, arity, s)
			continue
		}
		if vi := c.stateVar(a, s, false); vi >= 0 {
			va := &varArg{index: vi, name: identName(a), span: exprSpan(a, s.mod)}
			fns[i] = func(*Ctx) Value { return va }
			lvl = max(lvl, capped(i, lvlState))
			continue
		}
		f, l := c.expr(a, s)
		lvl = max(lvl, capped(i, l))
		if l == lvlState && i < len(lazy) && lazy[i] {
			s.captureFrames()
			inner := f
			f = func(ctx *Ctx) Value { return &thunk{fn: inner, frame: ctx.frame, lvl: lvlState, primed: -1} }
			fns[i] = f
			continue
		}
		if l >= lvlAction {
			s.captureFrames()
			g := c.gen(a, s)
			inner := f
			primed := c.stateVar(a, s, true)
			f = func(ctx *Ctx) Value { return &thunk{fn: inner, gen: g, frame: ctx.frame, lvl: l, primed: primed} }
		}
		fns[i] = f
	}
	return fns, lvl
}

// argsStrict compiles the arguments of a built-in operator, which takes
// every argument's value (deref): an action-level argument is evaluated
// where a thunk made for it would have been forced at once, so there is
// no thunk to make per call and no frame for it to keep.
func (c *compiler) argsStrict(args []ast.Expr, params []*ast.Param, s *scope) ([]evalFn, int) {
	fns := make([]evalFn, len(args))
	lvl := lvlConst
	for i, a := range args {
		if i < len(params) && params[i].Arity > 0 {
			fns[i] = c.opArg(a, params[i].Arity, s)
			continue
		}
		if vi := c.stateVar(a, s, false); vi >= 0 {
			va := &varArg{index: vi, name: identName(a), span: exprSpan(a, s.mod)}
			fns[i] = func(*Ctx) Value { return va }
			lvl = max(lvl, lvlState)
			continue
		}
		f, l := c.expr(a, s)
		lvl = max(lvl, l)
		fns[i] = f
	}
	return fns, lvl
}

func evalArgs(ctx *Ctx, fns []evalFn) []Value {
	out := make([]Value, len(fns))
	for i, f := range fns {
		out[i] = f(ctx)
	}
	return out
}

// callOp compiles the application of a definition.
func (c *compiler) callOp(d *opDef, args []ast.Expr, s *scope, n ast.Node, up func(*Ctx) *Frame, b *binding) (evalFn, int) {
	at := s.mod.src(n.Pos())
	if d.funcDef != nil {
		if len(args) > 0 {
			unsupported(s, n, "function "+d.name+" applied with ( )")
		}
		c.compileDef(d)
		s.captureFrames() // the function value keeps its defining frame
		return func(ctx *Ctx) Value { return recursiveFunc(ctx, d, up(ctx)) }, max(d.lvl, lvlConst)
	}
	if len(args) != len(d.params) {
		if len(args) == 0 && len(d.params) > 0 {
			// An operator named as a value: only as an argument.
			unsupported(s, n, "operator "+d.name+" used without its arguments")
		}
		unsupported(s, n, "wrong number of arguments to "+d.name)
	}
	c.compileDef(d)
	argFns, alvl := c.argsLazy(args, d.params, d.primed(), d.argCaps(), s)
	lvl := max(alvl, d.lvl)
	if d.state == 1 {
		lvl = max(lvl, lvlState)
	}
	if len(args) == 0 {
		if b != nil && b.letMemo {
			slot := b.slot
			depth := b.depth
			from := s.depth
			return func(ctx *Ctx) Value {
				f := walk(ctx.frame, from, depth)
				if f != nil {
					if v := f.vals[slot]; v != nil {
						return v
					}
				}
				v := callDef(ctx, d, nil, up(ctx))
				if f != nil {
					f.vals[slot] = v
				}
				return v
			}, lvl
		}
		if d.lvl == lvlConst && d.state == 2 && d.scope.depth == 0 {
			return func(ctx *Ctx) Value { return constValue(ctx, d) }, lvlConst
		}
		return func(ctx *Ctx) Value { return callDef(ctx, d, nil, up(ctx)) }, lvl
	}
	_ = at
	return func(ctx *Ctx) Value {
		if ctx.arena != nil && d.frameReusable() {
			mark := ctx.arena.top
			f := ctx.arena.alloc(d.nslots, up(ctx))
			for i, a := range argFns {
				f.vals[i] = a(ctx)
			}
			v := runDef(ctx, d, f)
			ctx.arena.release(mark)
			return v
		}
		f := newFrame(d.nslots, up(ctx))
		for i, a := range argFns {
			f.vals[i] = a(ctx)
		}
		return runDef(ctx, d, f)
	}, lvl
}

// constValue evaluates a constant-level zero-arity definition once. A
// failed evaluation is not remembered: TLC evaluates such definitions at
// start-up and swallows a failure (SpecProcessor.processConstantDefns),
// so the definition is evaluated again where it is used, and may succeed
// then (a JsonDeserialize of a file Init writes). Two workers may both
// evaluate it first; the values are equal.
func constValue(ctx *Ctx, d *opDef) Value {
	if v := d.memo.Load(); v != nil {
		return *v
	}
	sub := &Ctx{m: ctx.m, depth: ctx.depth}
	v := callDef(sub, d, nil, nil)
	d.memo.Store(&v)
	return v
}

// compileDef compiles a definition's body (once; recursion sees state 1).
func (c *compiler) compileDef(d *opDef) {
	if d.state != 0 {
		return
	}
	d.state = 1
	fs := d.scope.newFrame()
	defer func() {
		// A construct this evaluator does not handle fails when it is
		// evaluated, not when a definition that contains it is compiled:
		// TLC too only fails on what it evaluates.
		if r := recover(); r != nil {
			u, ok := r.(*Unsupported)
			if !ok {
				panic(r)
			}
			d.fn = func(*Ctx) Value { panic(u) }
			d.lvl = lvlState
			d.nslots = fs.frame.n
			d.frame = fs.frame
			d.state = 2
		}
	}()
	if d.funcDef != nil {
		d.fn, d.lvl = c.funcDefBody(d, fs)
	} else {
		for _, p := range d.params {
			fs.bind(p.Name.Name, p.Arity)
		}
		d.fn, d.lvl = c.expr(d.body, fs)
	}
	d.nslots = fs.frame.n
	d.frame = fs.frame
	d.state = 2
	if d.funcDef == nil && len(d.params) == 0 && d.nslots == 0 {
		// A definition without parameters whose body binds nothing
		// (Inv2 == lo <= curr /\ curr < lo + BuffSz, most LET
		// definitions) needs no frame of its own: compiled again in
		// the scope it is defined in, its body runs in that scope's
		// frame. It binds nothing there either (the same body).
		// (A zero-arity LET definition inside would take a slot, so
		// this compiles a body a second time at most, not once per
		// nesting level.)
		before := d.scope.frame.n
		fn, _ := c.expr(d.body, d.scope.child())
		if d.scope.frame.n == before {
			d.frameless = fn
		} else {
			d.scope.frame.n = before
		}
	}
}

// opArg compiles an argument given for an operator parameter of arity n:
// a closure value.
func (c *compiler) opArg(a ast.Expr, arity int, s *scope) evalFn {
	// The closures made here keep the frame they are made in.
	s.captureFrames()
	switch a := a.(type) {
	case *ast.Lambda:
		d := &opDef{name: "LAMBDA", mod: s.mod, scope: s, body: a.Body, src: s.mod.src(a.Pos())}
		for _, p := range a.Params {
			d.params = append(d.params, &ast.Param{StartPos: p.Pos(), Name: p, EndPos: p.End()})
		}
		c.compileDef(d)
		c.compileGen(d)
		return func(ctx *Ctx) Value {
			return &closure{def: d, up: ctx.frame, arity: len(d.params), name: "LAMBDA"}
		}
	case *ast.OpSymbol:
		return c.nativeClosure(a.Op.Name, arity, s, a)
	case *ast.Ident:
		if b := s.lookup(a.Name); b != nil {
			switch b.kind {
			case bindSlot:
				from, depth, slot := s.depth, b.depth, b.slot
				return func(ctx *Ctx) Value { return walk(ctx.frame, from, depth).vals[slot] }
			case bindLetOp:
				d := b.def
				c.compileDef(d)
				c.compileGen(d)
				from, depth := s.depth, b.depth
				return func(ctx *Ctx) Value {
					return &closure{def: d, up: walk(ctx.frame, from, depth), arity: len(d.params), name: d.name}
				}
			}
		}
		if g := s.mod.globals[a.Name]; g != nil {
			switch g.kind {
			case gDef:
				d := g.def
				c.compileDef(d)
				c.compileGen(d)
				from, to := s.depth, d.scope.depth
				return func(ctx *Ctx) Value {
					return &closure{def: d, up: walk(ctx.frame, from, to), arity: len(d.params), name: d.name}
				}
			case gBuiltin:
				return c.nativeClosure(g.builtin, arity, s, a)
			case gConst:
				if g.cell.op != nil {
					d := g.cell.op
					c.compileDef(d)
					c.compileGen(d)
					return func(ctx *Ctx) Value { return &closure{def: d, arity: len(d.params), name: d.name} }
				}
			case gSubst:
				fn, _ := c.applyGlobal(g, nil, s, a, nil)
				return fn
			}
		}
		return c.nativeClosure(a.Name, arity, s, a)
	}
	unsupported(s, a, "operator argument")
	return nil
}

// nativeClosure wraps a built-in operator as an operator value.
func (c *compiler) nativeClosure(name string, arity int, s *scope, n ast.Node) evalFn {
	at := s.mod.src(n.Pos())
	op := c.strictBuiltin(name, arity, at)
	if op == nil {
		unsupported(s, n, "operator "+name+" as an argument")
	}
	cl := &closure{native: func(ctx *Ctx, args []Value) Value { return op(ctx, args) }, arity: arity, name: name}
	return constFn(cl)
}

// argCaps is, for each parameter of d, the highest level an argument
// for it can give a call of d: a parameter that occurs only under
// ENABLED (CanStep(A) == ENABLED A) gives at most a state-level result,
// as SANY's level of the call says; any other, its own level.
func (d *opDef) argCaps() []int {
	if d.caps != nil || len(d.params) == 0 {
		return d.caps
	}
	caps := make([]int, len(d.params))
	for i, p := range d.params {
		caps[i] = lvlState
		name := p.Name.Name
		var walk func(n ast.Node, enabled bool)
		walk = func(n ast.Node, enabled bool) {
			ast.Inspect(n, func(m ast.Node) bool {
				switch x := m.(type) {
				case *ast.OpApp:
					if x.Op.Name == "ENABLED" && !enabled {
						for _, a := range x.Args {
							walk(a, true)
						}
						return false
					}
				case *ast.Ident:
					if x.Name == name && !enabled {
						caps[i] = lvlTemp
					}
				}
				return caps[i] != lvlTemp
			})
		}
		if d.body != nil {
			walk(d.body, false)
		} else {
			caps[i] = lvlTemp
		}
	}
	d.caps = caps
	return caps
}
