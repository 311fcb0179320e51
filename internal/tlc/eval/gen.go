package eval

import (
	"fmt"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// gen compiles e as an initial predicate or action: a generator of the
// states that satisfy it (TLC's getInitStates/getNextStates).
func (c *compiler) gen(e ast.Expr, s *scope) genFn {
	if g := c.genAssigning(e, s); g != nil {
		return g
	}
	return c.genTest(e, s)
}

// genAssigning is gen for an e that may assign or branch; nil when e is
// a plain condition (genTest), which a conjunction then evaluates in
// place rather than through a continuation.
func (c *compiler) genAssigning(e ast.Expr, s *scope) genFn {
	if q, ok := e.(*ast.QuantExpr); ok && q.Quant == ast.Forall && boundedAll(q.Bounds) {
		return c.genForall(q, s)
	}
	switch e := e.(type) {
	case *ast.Paren:
		return c.gen(e.X, s)
	case *ast.Label:
		return c.gen(e.Body, s)
	case *ast.JunctionList:
		return c.genJunction(e.Op, e.Items, s)
	case *ast.QuantExpr:
		// An unbounded \E is a condition (genTest): TLC's error when
		// evaluated (quant).
		if e.Quant == ast.Exists && boundedAll(e.Bounds) {
			bs, inner, _ := c.bounds(e.Bounds, s)
			body := c.gen(e.Body, inner)
			return func(ctx *Ctx, k func(*Ctx)) {
				forEach(ctx, bs, func() bool {
					body(ctx, k)
					return true
				})
			}
		}
	case *ast.IfExpr:
		cond, _ := c.expr(e.Cond, s)
		th := c.gen(e.Then, s)
		el := c.gen(e.Else, s)
		site := newBoolSite(e, s, asStepIf)
		return func(ctx *Ctx, k func(*Ctx)) {
			if site.test(ctx, cond(ctx)) {
				th(ctx, k)
			} else {
				el(ctx, k)
			}
		}
	case *ast.CaseExpr:
		guards := make([]evalFn, len(e.Arms))
		bodies := make([]genFn, len(e.Arms))
		for i, a := range e.Arms {
			guards[i], _ = c.expr(a.Guard, s)
			bodies[i] = c.gen(a.Body, s)
		}
		var other genFn
		if e.Other != nil {
			other = c.gen(e.Other, s)
		}
		span := exprSpan(e, s.mod)
		sites := make([]*boolSite, len(e.Arms))
		for i, a := range e.Arms {
			sites[i] = newBoolSite(a.Body, s, asStepCase) // TLC names the arm's body
		}
		return func(ctx *Ctx, k func(*Ctx)) {
			for i, g := range guards {
				if sites[i].test(ctx, g(ctx)) {
					bodies[i](ctx, k)
					return
				}
			}
			if other != nil {
				other(ctx, k)
				return
			}
			computing := "next states"
			if ctx.initMode {
				computing = "initial states"
			}
			panic(&Error{Msg: fmt.Sprintf("In computing %s, TLC encountered a CASE with no conditions true.\n%s", computing, span), Pos: span.Start, Whole: true})
		}
	case *ast.LetExpr:
		ls := c.letScope(e, s)
		body := c.gen(e.Body, ls)
		slots := letSlots(ls)
		return func(ctx *Ctx, k func(*Ctx)) {
			if ctx.frame != nil {
				for _, i := range slots {
					ctx.frame.vals[i] = nil
				}
			}
			body(ctx, k)
		}
	case *ast.ActionExpr:
		a := c.gen(e.Action, s)
		sub, _ := c.expr(e.Sub, s)
		subP, _ := c.prime(e.Sub, s)
		if e.Angle {
			return func(ctx *Ctx, k func(*Ctx)) {
				a(ctx, func(ctx *Ctx) {
					if !value.Equal(subP(ctx), sub(ctx)) {
						k(ctx)
					}
				})
			}
		}
		unch := c.unchanged(e.Sub, s)
		return func(ctx *Ctx, k func(*Ctx)) {
			a(ctx, k)
			unch(ctx, k)
		}
	case *ast.Ident:
		return c.genApply(e.Name, nil, s, e)
	case *ast.SubexprName:
		return c.genSubexpr(e, s)
	case *ast.FuncApp:
		if g := c.genFuncApp(e, s); g != nil {
			return g
		}
	case *ast.OpApp:
		name := e.Op.Name
		if s.lookup(name) == nil && s.mod.globals[name] == nil {
			switch name {
			case "\\land", "\\lor":
				return c.genJunction(name, e.Args, s)
			case "=":
				if g := c.assignEq(e, s); g != nil {
					return g
				}
			case "\\in":
				if g := c.assignIn(e, s); g != nil {
					return g
				}
			case "UNCHANGED":
				return c.unchanged(e.Args[0], s)
			case "\\cdot":
				return c.genCdot(e, s)
			case "=>":
				cond, _ := c.expr(e.Args[0], s)
				body := c.gen(e.Args[1], s)
				site := newBoolSite(e, s, asStepImplies)
				return func(ctx *Ctx, k func(*Ctx)) {
					if site.test(ctx, cond(ctx)) {
						body(ctx, k)
					} else {
						k(ctx)
					}
				}
			}
		}
		if e.Fix == ast.FixNone {
			return c.genApply(name, e.Args, s, e)
		}
	}
	return nil
}

// genTest is an expression that assigns nothing: a condition.
func (c *compiler) genTest(e ast.Expr, s *scope) genFn {
	fn, _ := c.expr(e, s)
	return testGen(fn, newBoolSite(e, s, asStepTest))
}

// testGen is the generator of the condition fn.
func testGen(fn evalFn, site *boolSite) genFn {
	return func(ctx *Ctx, k func(*Ctx)) {
		if site.test(ctx, fn(ctx)) {
			k(ctx)
		}
	}
}

func (c *compiler) genJunction(op string, items []ast.Expr, s *scope) genFn {
	gens := make([]genFn, len(items))
	// A conjunct that is a plain condition is tested in place: a
	// continuation closure per conjunct and per evaluation is most of
	// what a disabled action costs.
	tests := make([]evalFn, len(items))
	at := make([]*boolSite, len(items))
	for i, it := range items {
		at[i] = newBoolSite(it, s, asStepTest)
		if gens[i] = c.genAssigning(it, s); gens[i] == nil {
			tests[i], _ = c.expr(it, s)
			gens[i] = testGen(tests[i], at[i])
		}
	}
	if op == "\\lor" {
		return func(ctx *Ctx, k func(*Ctx)) {
			for _, g := range gens {
				g(ctx, k)
			}
		}
	}
	// Each conjunct as a formula, for the all-assigned shortcut below:
	// compiled once, from the first one that assigns on.
	formulas := make([]evalFn, len(items))
	assigning := false
	for i, it := range items {
		assigning = assigning || tests[i] == nil
		switch {
		case tests[i] != nil:
			formulas[i] = tests[i]
		case assigning:
			formulas[i], _ = c.expr(it, s)
		}
	}
	var chain func(i int) genFn
	chain = func(i int) genFn {
		if tests[i] != nil {
			test, at := tests[i], at[i]
			if i == len(gens)-1 {
				return func(ctx *Ctx, k func(*Ctx)) {
					if at.test(ctx, test(ctx)) {
						k(ctx)
					}
				}
			}
			rest := chain(i + 1)
			return func(ctx *Ctx, k func(*Ctx)) {
				if at.test(ctx, test(ctx)) {
					rest(ctx, k)
				}
			}
		}
		// Once every variable has its value, TLC evaluates the rest of
		// the conjunction as a formula (Tool.getNextStatesAllAssigned,
		// and getInitStates): a disjunction or \E there no longer
		// branches, so the state is emitted once, and a disjunct after
		// a true one is not evaluated.
		next := func(ctx *Ctx, k func(*Ctx)) {}
		if i < len(gens)-1 {
			next = chain(i + 1)
		}
		g, last := gens[i], i == len(gens)-1
		rest, formulaAt := formulas[i:], at[i:]
		return func(ctx *Ctx, k func(*Ctx)) {
			if ctx.allAssigned() {
				for j, f := range rest {
					if !formulaAt[j].test(ctx, f(ctx)) {
						return
					}
				}
				k(ctx)
				return
			}
			if last {
				g(ctx, k)
				return
			}
			g(ctx, func(ctx *Ctx) { next(ctx, k) })
		}
	}
	if len(gens) == 0 {
		return func(ctx *Ctx, k func(*Ctx)) { k(ctx) }
	}
	return chain(0)
}

// stateVar returns the variable index e denotes (x, or x' when primed),
// or -1.
func (c *compiler) stateVar(e ast.Expr, s *scope, primed bool) int {
	for {
		p, ok := e.(*ast.Paren)
		if !ok {
			break
		}
		e = p.X
	}
	if primed {
		op, ok := e.(*ast.OpApp)
		if !ok || op.Op.Name != "'" || len(op.Args) != 1 {
			return -1
		}
		e = op.Args[0]
	}
	id, ok := e.(*ast.Ident)
	if !ok || s.lookup(id.Name) != nil {
		return -1
	}
	g := s.mod.globals[id.Name]
	if g == nil {
		return -1
	}
	switch g.kind {
	case gVar:
		return g.varIndex
	case gSubst:
		return g.subst.varIndex
	}
	return -1
}

// paramVar handles p' where p is an operator parameter: at run time,
// the index of the variable passed for p, or -1.
func (c *compiler) paramVar(e ast.Expr, s *scope) func(*Ctx) int {
	e = unparen(e)
	op, ok := e.(*ast.OpApp)
	if !ok || op.Op.Name != "'" || len(op.Args) != 1 {
		return nil
	}
	id, ok := unparen(op.Args[0]).(*ast.Ident)
	if !ok {
		return nil
	}
	b := s.lookup(id.Name)
	if b == nil || b.kind != bindSlot || b.arity != 0 {
		return nil
	}
	from, depth, slot := s.depth, b.depth, b.slot
	return func(ctx *Ctx) int {
		if va, ok := walk(ctx.frame, from, depth).vals[slot].(*varArg); ok {
			return va.index
		}
		return -1
	}
}

// paramPrimed handles p = e where the parameter p was given x': the
// index of x, or -1.
func (c *compiler) paramPrimed(e ast.Expr, s *scope) func(*Ctx) int {
	id, ok := unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	b := s.lookup(id.Name)
	if b == nil || b.kind != bindSlot || b.arity != 0 {
		return nil
	}
	from, depth, slot := s.depth, b.depth, b.slot
	return func(ctx *Ctx) int {
		if t, ok := walk(ctx.frame, from, depth).vals[slot].(*thunk); ok {
			return t.primed
		}
		return -1
	}
}

// assignEq compiles x' = e (and x = e in an initial predicate).
func (c *compiler) assignEq(e *ast.OpApp, s *scope) genFn {
	if len(e.Args) != 2 {
		return nil
	}
	pi := c.stateVar(e.Args[0], s, true)
	ui := c.stateVar(e.Args[0], s, false)
	pslot := c.paramVar(e.Args[0], s)
	if pslot == nil {
		pslot = c.paramPrimed(e.Args[0], s)
	}
	if pi < 0 && ui < 0 && pslot == nil {
		return nil
	}
	rhs, _ := c.expr(e.Args[1], s)
	test := c.genTest(e, s)
	at := s.mod.src(e.Pos())
	return func(ctx *Ctx, k func(*Ctx)) {
		pi := pi
		if pslot != nil {
			pi = pslot(ctx)
		}
		if pi >= 0 && !ctx.initMode && ctx.next[pi] == nil {
			ctx.next[pi] = strict(ctx, at, rhs(ctx))
			k(ctx)
			ctx.next[pi] = nil
			return
		}
		if ui >= 0 && ctx.initMode && ctx.cur[ui] == nil {
			ctx.cur[ui] = strict(ctx, at, rhs(ctx))
			k(ctx)
			ctx.cur[ui] = nil
			return
		}
		test(ctx, k)
	}
}

// assignIn compiles x' \in S (and x \in S initially).
func (c *compiler) assignIn(e *ast.OpApp, s *scope) genFn {
	if len(e.Args) != 2 {
		return nil
	}
	pi := c.stateVar(e.Args[0], s, true)
	ui := c.stateVar(e.Args[0], s, false)
	pslot := c.paramVar(e.Args[0], s)
	if pi < 0 && ui < 0 && pslot == nil {
		return nil
	}
	rhs, _ := c.expr(e.Args[1], s)
	test := c.genTest(e, s)
	at := s.mod.src(e.Args[1].Pos())
	span := exprSpan(e, s.mod)
	// TLC's words for a set it cannot enumerate, naming x' \in S.
	notEnumerable := func(ctx *Ctx) {
		when := "next"
		if ctx.initMode {
			when = "initial"
		}
		panic(&Error{Msg: fmt.Sprintf("In computing %s states, the right side of \\IN is not enumerable.\n%s", when, span), Pos: span.Start, Whole: true})
	}
	return func(ctx *Ctx, k func(*Ctx)) {
		pi := pi
		if pslot != nil {
			pi = pslot(ctx)
		}
		var slot *Value
		switch {
		case pi >= 0 && !ctx.initMode && ctx.next[pi] == nil:
			slot = &ctx.next[pi]
		case ui >= 0 && ctx.initMode && ctx.cur[ui] == nil:
			slot = &ctx.cur[ui]
		default:
			test(ctx, k)
			return
		}
		set := rhs(ctx)
		if !tlcEnumerable(set) {
			notEnumerable(ctx)
		}
		for _, v := range enumerable(at, set) {
			*slot = v
			k(ctx)
		}
		*slot = nil
	}
}

// unchanged compiles UNCHANGED e: x' = x for every variable of e.
func (c *compiler) unchanged(e ast.Expr, s *scope) genFn {
	for {
		p, ok := e.(*ast.Paren)
		if !ok {
			break
		}
		e = p.X
	}
	if t, ok := e.(*ast.Tuple); ok {
		if g := c.unchangedVars(t, s); g != nil {
			return g
		}
		var gens []genFn
		for _, x := range t.Elems {
			gens = append(gens, c.unchanged(x, s))
		}
		return c.chainGens(gens)
	}
	if id, ok := e.(*ast.Ident); ok {
		if b := s.lookup(id.Name); b != nil && b.kind == bindSlot && b.arity == 0 {
			from, depth, slot := s.depth, b.depth, b.slot
			inner, _ := c.expr(e, s)
			primed, _ := c.prime(e, s)
			return func(ctx *Ctx, k func(*Ctx)) {
				if va, ok := walk(ctx.frame, from, depth).vals[slot].(*varArg); ok {
					i := va.index
					if ctx.next[i] == nil {
						ctx.next[i] = ctx.cur[i]
						k(ctx)
						ctx.next[i] = nil
					} else if value.Equal(ctx.next[i], ctx.cur[i]) {
						k(ctx)
					}
					return
				}
				if value.Equal(primed(ctx), inner(ctx)) {
					k(ctx)
				}
			}
		}
	}
	if i := c.stateVar(e, s, false); i >= 0 {
		return func(ctx *Ctx, k func(*Ctx)) {
			if ctx.next[i] == nil {
				ctx.next[i] = ctx.cur[i]
				k(ctx)
				ctx.next[i] = nil
				return
			}
			if value.Equal(ctx.next[i], ctx.cur[i]) {
				k(ctx)
			}
		}
	}
	if id, ok := e.(*ast.Ident); ok && s.lookup(id.Name) == nil {
		if g := s.mod.globals[id.Name]; g != nil && g.kind == gDef && len(g.def.params) == 0 && g.def.funcDef == nil {
			d := g.def
			return c.unchanged(d.body, d.scope)
		}
	}
	inner, _ := c.expr(e, s)
	primed, _ := c.prime(e, s)
	return func(ctx *Ctx, k func(*Ctx)) {
		if value.Equal(primed(ctx), inner(ctx)) {
			k(ctx)
		}
	}
}

// unchangedVars compiles UNCHANGED <<x, y, ...>> of state variables as
// one step (the chain of each variable's x' = x, without a continuation
// per variable); nil when an element is not a state variable.
func (c *compiler) unchangedVars(t *ast.Tuple, s *scope) genFn {
	vars := make([]int, len(t.Elems))
	for j, x := range t.Elems {
		if vars[j] = c.stateVar(x, s, false); vars[j] < 0 {
			return nil
		}
	}
	return func(ctx *Ctx, k func(*Ctx)) {
		var assigned uint64 // which of the first 64 were assigned here
		var more []int      // and beyond
		ok := true
		for j, i := range vars {
			if ctx.next[i] == nil {
				ctx.next[i] = ctx.cur[i]
				if j < 64 {
					assigned |= 1 << j
				} else {
					more = append(more, i)
				}
				continue
			}
			if !value.Equal(ctx.next[i], ctx.cur[i]) {
				ok = false
				break
			}
		}
		if ok {
			k(ctx)
		}
		for j, i := range vars {
			if j < 64 && assigned&(1<<j) != 0 {
				ctx.next[i] = nil
			}
		}
		for _, i := range more {
			ctx.next[i] = nil
		}
	}
}

func (c *compiler) chainGens(gens []genFn) genFn {
	if len(gens) == 0 {
		return func(ctx *Ctx, k func(*Ctx)) { k(ctx) }
	}
	if len(gens) == 1 {
		return gens[0]
	}
	g, rest := gens[0], c.chainGens(gens[1:])
	return func(ctx *Ctx, k func(*Ctx)) { g(ctx, func(ctx *Ctx) { rest(ctx, k) }) }
}

// compileGen compiles a definition's body as a generator.
func (c *compiler) compileGen(d *opDef) {
	if d.genState != 0 {
		return
	}
	d.genState = 1
	fs := d.scope.newFrame()
	defer func() {
		if r := recover(); r != nil {
			u, ok := r.(*Unsupported)
			if !ok {
				panic(r)
			}
			d.gen = func(*Ctx, func(*Ctx)) { panic(u) }
			d.genSlots = fs.frame.n
			d.genFrame = fs.frame
			d.genState = 2
		}
	}()
	for _, p := range d.params {
		fs.bind(p.Name.Name, p.Arity)
	}
	g := c.gen(d.body, fs)
	d.gen = g
	d.genSlots = fs.frame.n
	d.genFrame = fs.frame
	d.genState = 2
}

// genCall runs def's generator in a new frame; k runs back in the
// caller's frame.
func genCall(ctx *Ctx, d *opDef, args []Value, up *Frame, k func(*Ctx)) {
	var f *Frame
	if ctx.arena != nil && d.genFrame != nil && !d.genFrame.captured {
		// k runs inside d.gen, so the frame is given back after it.
		mark := ctx.arena.top
		f = ctx.arena.alloc(d.genSlots, up)
		defer ctx.arena.release(mark)
	} else {
		f = newFrame(d.genSlots, up)
	}
	copy(f.vals, args)
	saved := ctx.frame
	ctx.frame = f
	ctx.enter(d.src)
	depth := ctx.depth
	d.gen(ctx, func(ctx *Ctx) {
		ctx.frame = saved
		ctx.depth = depth - 1
		k(ctx)
		ctx.frame = f
		ctx.depth = depth
	})
	ctx.depth = depth - 1
	ctx.frame = saved
}

func runThunkGen(ctx *Ctx, t *thunk, k func(*Ctx)) {
	saved := ctx.frame
	ctx.frame = t.frame
	t.gen(ctx, func(ctx *Ctx) {
		ctx.frame = saved
		k(ctx)
		ctx.frame = t.frame
	})
	ctx.frame = saved
}

// genApply compiles an operator application in an action.
func (c *compiler) genApply(name string, args []ast.Expr, s *scope, n ast.Node) genFn {
	if b := s.lookup(name); b != nil {
		switch b.kind {
		case bindSlot:
			if len(args) == 0 && b.arity == 0 {
				from, depth, slot := s.depth, b.depth, b.slot
				var site *boolSite
				if e, ok := n.(ast.Expr); ok {
					site = newBoolSite(e, s, asStepTest)
				} else {
					site = &boolSite{at: s.mod.src(n.Pos())}
				}
				return func(ctx *Ctx, k func(*Ctx)) {
					v := walk(ctx.frame, from, depth).vals[slot]
					if t, ok := v.(*thunk); ok && t.gen != nil {
						runThunkGen(ctx, t, k)
						return
					}
					v = deref(ctx, v)
					if site.test(ctx, v) {
						k(ctx)
					}
				}
			}
		case bindLetOp:
			if b.def.funcDef == nil && !b.letMemo {
				from, depth := s.depth, b.depth
				return c.genDef(b.def, args, s, func(ctx *Ctx) *Frame { return walk(ctx.frame, from, depth) })
			}
		}
		return c.genTest(n.(ast.Expr), s)
	}
	if b := s.lookup(name); b != nil && b.kind == bindSlot && b.arity > 0 {
		from, depth, slot := s.depth, b.depth, b.slot
		argFns, _ := c.args(args, nil, s)
		test := c.genTest(n.(ast.Expr), s)
		return func(ctx *Ctx, k func(*Ctx)) {
			if cl, ok := walk(ctx.frame, from, depth).vals[slot].(*closure); ok && cl.def != nil {
				c.genClosure(ctx, cl, evalArgs(ctx, argFns), k)
				return
			}
			test(ctx, k)
		}
	}
	g := s.mod.globals[name]
	if g != nil {
		switch g.kind {
		case gSubst:
			if len(args) > 0 {
				sub := g.subst
				from := s.depth
				argFns, _ := c.args(args, nil, s)
				test := c.genTest(n.(ast.Expr), s)
				return func(ctx *Ctx, k func(*Ctx)) {
					saved := ctx.frame
					ctx.frame = walk(ctx.frame, from, sub.depth)
					v := sub.fn(ctx)
					ctx.frame = saved
					if cl, ok := v.(*closure); ok && cl.def != nil {
						c.genClosure(ctx, cl, evalArgs(ctx, argFns), k)
						return
					}
					test(ctx, k)
				}
			}
		case gDef:
			if g.def.funcDef == nil {
				from, to := s.depth, g.def.scope.depth
				return c.genDef(g.def, args, s, func(ctx *Ctx) *Frame { return walk(ctx.frame, from, to) })
			}
		case gConst:
			if g.cell.op != nil {
				return c.genDef(g.cell.op, args, s, func(*Ctx) *Frame { return nil })
			}
		}
	}
	return c.genTest(n.(ast.Expr), s)
}

func (c *compiler) genDef(d *opDef, args []ast.Expr, s *scope, up func(*Ctx) *Frame) genFn {
	if len(args) != len(d.params) {
		unsupported(s, d.body, "operator "+d.name+" applied to the wrong number of arguments")
	}
	c.compileGen(d)
	argFns, _ := c.argsLazy(args, d.params, d.primed(), nil, s)
	return func(ctx *Ctx, k func(*Ctx)) {
		genCall(ctx, d, evalArgs(ctx, argFns), up(ctx), k)
	}
}

// genSubexpr compiles I!A(x), I(y)!A(x), I!J!A in an action: the
// instance's definition as a generator, so that its primed variables (and
// those substituted for them) are assigned.
func (c *compiler) genSubexpr(e *ast.SubexprName, s *scope) genFn {
	if len(e.Parts) >= 2 {
		if g := s.mod.globals[e.Parts[0].Name]; g != nil && g.kind == gInst && e.Parts[0].Kind == ast.PartName {
			t, last, up := c.subexprTarget(e, s)
			if t.kind == gDef && t.def.funcDef == nil && up != nil {
				return c.genDef(t.def, last.Args, s, up)
			}
		}
	}
	return c.genTest(e, s)
}

func boundedAll(bs []*ast.Bound) bool {
	for _, b := range bs {
		if b.Set == nil {
			return false
		}
	}
	return true
}

// genForall compiles \A x \in S : A in an action as TLC does: the
// conjunction of A for every x, so that disjunctions inside branch.
func (c *compiler) genForall(q *ast.QuantExpr, s *scope) genFn {
	bs, inner, _ := c.bounds(q.Bounds, s)
	body := c.genAssigning(q.Body, inner)
	simple := true
	for _, bv := range bs {
		simple = simple && !bv.tuple // binding a tuple can fail
	}
	if body == nil && simple {
		// A condition for every x: tested as the quantifier is, without
		// listing the combinations and chaining a continuation per
		// combination. The sets are evaluated and the bodies tested in
		// the same order.
		test, _ := c.expr(q.Body, inner)
		site := newBoolSite(q.Body, inner, asStepTest)
		return func(ctx *Ctx, k func(*Ctx)) {
			if forEach(ctx, bs, func() bool { return site.test(ctx, test(ctx)) }) {
				k(ctx)
			}
		}
	}
	if body == nil {
		body = c.genTest(q.Body, inner)
	}
	return func(ctx *Ctx, k func(*Ctx)) {
		// Every combination of the bound variables, in order.
		var combos [][]Value
		forEach(ctx, bs, func() bool {
			var vals []Value
			for _, bv := range bs {
				for _, slot := range bv.slots {
					vals = append(vals, ctx.frame.vals[slot])
				}
			}
			combos = append(combos, vals)
			return true
		})
		frame := ctx.frame
		bind := func(i int) {
			j := 0
			for _, bv := range bs {
				for _, slot := range bv.slots {
					frame.vals[slot] = combos[i][j]
					j++
				}
			}
		}
		var step func(i int, ctx *Ctx)
		step = func(i int, ctx *Ctx) {
			if i == len(combos) {
				k(ctx)
				return
			}
			bind(i)
			body(ctx, func(ctx *Ctx) {
				step(i+1, ctx)
				bind(i)
			})
		}
		step(0, ctx)
	}
}

// genClosure runs an operator value's definition as a generator.
func (c *compiler) genClosure(ctx *Ctx, cl *closure, args []Value, k func(*Ctx)) {
	d := cl.def
	if d.genState != 2 {
		panic(&Unsupported{What: "operator " + d.name + " used as an action through an operator argument", Pos: d.src.position()})
	}
	genCall(ctx, d, args, cl.up, k)
}

// genCdot compiles action composition A \cdot B as TLC does (with its
// -Dtlc2.tool.impl.Tool.cdot=true): s -A-> t -B-> u.
func (c *compiler) genCdot(e *ast.OpApp, s *scope) genFn {
	a := c.gen(e.Args[0], s)
	b := c.gen(e.Args[1], s)
	at := s.mod.src(e.Pos())
	return func(ctx *Ctx, k func(*Ctx)) {
		n := len(ctx.cur)
		var mids [][]Value
		sub := &Ctx{cur: ctx.cur, next: make([]Value, n), frame: ctx.frame, depth: ctx.depth, m: ctx.m, level: ctx.level}
		a(sub, func(sub *Ctx) {
			for i, v := range sub.next {
				if v == nil {
					fail(at, "The first action of \\cdot does not assign %s.", c.vars[i])
				}
			}
			mids = append(mids, append([]Value(nil), sub.next...))
		})
		ctx.extra += int64(len(mids))
		saved := append([]Value(nil), ctx.next...)
		for _, t := range mids {
			sub := &Ctx{cur: t, next: make([]Value, n), frame: ctx.frame, depth: ctx.depth, m: ctx.m, level: ctx.level}
			b(sub, func(sub *Ctx) {
				ok := true
				for i, v := range sub.next {
					if v == nil {
						fail(at, "The second action of \\cdot does not assign %s.", c.vars[i])
					}
					if saved[i] != nil && !value.Equal(saved[i], v) {
						ok = false
					}
				}
				if !ok {
					return
				}
				copy(ctx.next, sub.next)
				k(ctx)
				copy(ctx.next, saved)
			})
		}
	}
}

// funcGen is a LET-defined function's body compiled as an action (see
// genFuncApp), in a frame laid out as its own.
type funcGen struct {
	body   genFn
	bounds []boundVar
	nslots int
	done   bool
}

// genFuncApp compiles f[a] in an action when f is a function defined in
// a LET (LET f[x \in S] == ... IN ... f[a] ...), whose value TLC keeps
// lazy (a FcnLambdaValue): TLC's getNextStates then explores f's body at
// a as part of the action (Tool.getNextStatesApplSwitch, OPCODE_fa), so
// a successor is generated once for every disjunct and witness of the
// body that holds, and TLC counts each one (byzpaxos/VoteProof's SafeAt
// generates the same vote many times). The successors are the same as
// when f[a] is a condition; only "states generated" tells them apart.
func (c *compiler) genFuncApp(e *ast.FuncApp, s *scope) genFn {
	id, ok := unparen(e.Fn).(*ast.Ident)
	if !ok {
		return nil
	}
	b := s.lookup(id.Name)
	if b == nil || b.kind != bindLetOp || b.def.funcDef == nil || len(e.Args) != len(b.def.funcDef.Bounds) {
		return nil
	}
	for _, bd := range b.def.funcDef.Bounds {
		if len(bd.Names) != 1 || bd.Tuple || bd.Set == nil {
			return nil // f[<<x, y>> \in S] and f[x, y \in S]: kept a condition
		}
	}
	d := b.def
	c.compileDef(d)
	if d.fgen == nil {
		fg := &funcGen{}
		d.fgen = fg
		func() {
			defer func() {
				// A body the generator does not handle stays a
				// condition (done is false).
				if r := recover(); r != nil {
					if _, ok := r.(*Unsupported); !ok {
						panic(r)
					}
				}
			}()
			fs := d.scope.newFrame()
			bs, inner, _ := c.bounds(d.funcDef.Bounds, fs)
			fg.body = c.gen(d.funcDef.Body, inner)
			fg.bounds = bs
			fg.nslots = fs.frame.n
			fg.done = true
		}()
	}
	fg := d.fgen
	fn, _ := c.expr(e.Fn, s)
	args, _ := c.exprs(e.Args, s)
	test := c.genTest(e, s)
	at := s.mod.src(e.Pos())
	return func(ctx *Ctx, k func(*Ctx)) {
		lf, ok := fn(ctx).(*lazyFunc)
		if !ok || lf.def != d || !fg.done || len(lf.excepts) > 0 {
			test(ctx, k)
			return
		}
		var arg Value
		if len(args) == 1 {
			arg = args[0](ctx)
		} else {
			arg = value.Tuple(evalArgs(ctx, args))
		}
		if !value.Member(arg, lf.dom) {
			lf.outsideDomain(ctx, at, arg)
		}
		f := newFrame(fg.nslots, lf.up)
		saved := ctx.frame
		ctx.frame = f
		ctx.enter(d.src)
		depth := ctx.depth
		bindArg(ctx, fg.bounds, arg)
		if ctx.countEmits && !ctx.initMode && d.lvl <= lvlState {
			// A state predicate assigns nothing: every way the body holds
			// continues the action alike. The rest of the action runs
			// once, and the successors TLC would generate again for the
			// other ways are counted, not generated (the search would
			// only find them seen).
			dups := ctx.dups
			ctx.dups = 0
			ways := int64(0)
			fg.body(ctx, func(ctx *Ctx) { ways += ctx.dups + 1 })
			ctx.depth = depth - 1
			ctx.frame = saved
			if ways > 0 {
				ctx.dups = (dups+1)*ways - 1
				k(ctx)
			}
			ctx.dups = dups
			return
		}
		fg.body(ctx, func(ctx *Ctx) {
			ctx.frame = saved
			ctx.depth = depth - 1
			k(ctx)
			ctx.frame = f
			ctx.depth = depth
		})
		ctx.depth = depth - 1
		ctx.frame = saved
	}
}
