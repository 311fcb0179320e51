package eval

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// opApp compiles an operator applied by symbol or by name.
func (c *compiler) opApp(e *ast.OpApp, s *scope) (evalFn, int) {
	name := e.Op.Name
	at := s.mod.src(e.Pos())
	if s.lookup(name) == nil && s.mod.globals[name] == nil {
		switch name {
		case "\\land", "\\lor":
			fns, lvl := c.exprs(e.Args, s)
			if name == "\\land" {
				return andFn(fns, infixSites(e.Args, s, asAndP, asAndQ)), lvl
			}
			return orFn(fns, infixSites(e.Args, s, asOrP, asOrQ)), lvl
		case "=>":
			a, l1 := c.expr(e.Args[0], s)
			b, l2 := c.expr(e.Args[1], s)
			p, q := newBoolSite(e, s, asImpliesP), newBoolSite(e, s, asImpliesQ)
			return func(ctx *Ctx) Value {
				if !p.test(ctx, a(ctx)) {
					return value.True
				}
				return value.Bool(q.test(ctx, b(ctx)))
			}, max(l1, l2)
		case "\\lnot":
			if len(e.Args) == 1 {
				a, l := c.expr(e.Args[0], s)
				site := newBoolSite(e, s, asNotArg)
				return func(ctx *Ctx) Value { return value.Bool(!site.test(ctx, a(ctx))) }, l
			}
		case "\\equiv":
			if len(e.Args) == 2 {
				a, l1 := c.expr(e.Args[0], s)
				b, l2 := c.expr(e.Args[1], s)
				site := newBoolSite(e, s, asEquiv)
				return func(ctx *Ctx) Value {
					x, y := a(ctx), b(ctx)
					return value.Bool(site.test(ctx, x) == site.test(ctx, y))
				}, max(l1, l2)
			}
		case "'":
			return c.prime(e.Args[0], s)
		case "UNCHANGED":
			inner, _ := c.expr(e.Args[0], s)
			primed, _ := c.prime(e.Args[0], s)
			return func(ctx *Ctx) Value { return value.Bool(value.Equal(primed(ctx), inner(ctx))) }, lvlAction
		case "ENABLED":
			return c.enabled(e.Args[0], s)
		case "[]", "<>", "~>", "-+->", "\\AA", "\\EE":
			return c.temporal(s, e, name)
		case "\\cdot":
			g := c.genCdot(e, s)
			return func(ctx *Ctx) Value {
				if ctx.next == nil {
					fail(at, "Action composition evaluated where there is no next state.")
				}
				found := false
				g(&Ctx{cur: ctx.cur, next: make([]Value, len(ctx.next)), frame: ctx.frame, depth: ctx.depth, m: ctx.m, level: ctx.level}, func(sub *Ctx) {
					eq := true
					for i, v := range sub.next {
						if ctx.next[i] != nil && !value.Equal(v, ctx.next[i]) {
							eq = false
						}
					}
					found = found || eq
				})
				return value.Bool(found)
			}, lvlAction
		}
	}
	return c.apply(name, e.Args, s, e)
}

// prime compiles e': e evaluated in the next state.
func (c *compiler) prime(e ast.Expr, s *scope) (evalFn, int) {
	if id, ok := e.(*ast.Ident); ok && s.lookup(id.Name) == nil {
		if g := s.mod.globals[id.Name]; g != nil && (g.kind == gVar || (g.kind == gSubst && g.subst.varIndex >= 0)) {
			i := g.varIndex
			if g.kind == gSubst {
				i = g.subst.varIndex
			}
			name := id.Name
			span := exprSpan(e, s.mod)
			return func(ctx *Ctx) Value {
				// A state predicate (an initial predicate, a constraint)
				// evaluated with a prime has no next state at all.
				if i >= len(ctx.next) || ctx.next[i] == nil {
					unassigned(name, span)
				}
				return ctx.next[i]
			}, lvlAction
		}
	}
	inner, _ := c.expr(e, s)
	at := s.mod.src(e.Pos())
	return func(ctx *Ctx) Value {
		if ctx.next == nil {
			fail(at, "A primed expression was evaluated where there is no next state.")
		}
		saved, savedNext, savedBuilding := ctx.cur, ctx.next, ctx.curBuilding
		savedCache, savedNextCache := ctx.cache, ctx.nextCache
		ctx.cur, ctx.next = ctx.next, nil
		ctx.cache, ctx.nextCache = ctx.nextCache, nil
		ctx.curBuilding = true
		defer func() {
			ctx.cur, ctx.next, ctx.curBuilding = saved, savedNext, savedBuilding
			ctx.cache, ctx.nextCache = savedCache, savedNextCache
		}()
		return inner(ctx)
	}, lvlAction
}

// enabled compiles ENABLED A: whether A has a successor from the current
// state.
func (c *compiler) enabled(a ast.Expr, s *scope) (evalFn, int) {
	g := c.gen(a, s)
	return func(ctx *Ctx) Value {
		return value.Bool(enabledIn(ctx, g))
	}, lvlState
}

func enabledIn(ctx *Ctx, g genFn) (found bool) {
	sub := &Ctx{cur: ctx.cur, next: make([]Value, len(ctx.cur)), frame: ctx.frame, depth: ctx.depth, m: ctx.m, cache: ctx.cache, level: ctx.level}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(stopSearch); ok {
				found = true
				return
			}
			panic(r)
		}
	}()
	g(sub, func(*Ctx) { panic(stopSearch{}) })
	return false
}

// actionExpr compiles [A]_v and <<A>>_v as values on a pair of states.
func (c *compiler) actionExpr(e *ast.ActionExpr, s *scope) (evalFn, int) {
	a, _ := c.expr(e.Action, s)
	sub, _ := c.expr(e.Sub, s)
	subP, _ := c.prime(e.Sub, s)
	at := s.mod.src(e.Pos())
	if e.Angle {
		return func(ctx *Ctx) Value {
			return value.Bool(asBool(at, a(ctx)) && !value.Equal(subP(ctx), sub(ctx)))
		}, lvlAction
	}
	return func(ctx *Ctx) Value {
		return value.Bool(asBool(at, a(ctx)) || value.Equal(subP(ctx), sub(ctx)))
	}, lvlAction
}

// paramScope is the scope of a parametrised instance's parameters, in a
// frame of their own one deeper than the instance's definition.
func (c *compiler) paramScope(inst *instDef) *scope {
	if inst.pscope == nil {
		inst.pscope = inst.scope.newFrame()
		for _, prm := range inst.params {
			inst.pscope.bind(prm.Name.Name, prm.Arity)
		}
	}
	return inst.pscope
}

// subexprTarget resolves the instance path of I!Op, I(x)!J!Op(y): the
// definition the last part names, the last part, and the frame that
// definition runs under (the instance parameters' values, for a
// parametrised instance).
func (c *compiler) subexprTarget(e *ast.SubexprName, s *scope) (*global, *ast.NamePart, func(*Ctx) *Frame) {
	ctx := s.mod
	var up func(*Ctx) *Frame
	from := s.depth
	parts := e.Parts
	for len(parts) > 1 {
		p := parts[0]
		if p.Kind != ast.PartName {
			unsupported(s, e, "subexpression name")
		}
		g := ctx.globals[p.Name]
		if g == nil || g.kind != gInst {
			unsupported(s, e, "subexpression name "+p.Name+"!")
		}
		inst := g.inst
		if len(inst.params) != len(p.Args) {
			unsupported(s, e, "instance "+p.Name+" with the wrong number of arguments")
		}
		if len(inst.params) == 0 {
			c.instantiate(inst, inst.scope)
			if up == nil {
				to := inst.scope.depth
				up = func(ctx *Ctx) *Frame { return walk(ctx.frame, from, to) }
			}
		} else {
			c.instantiate(inst, c.paramScope(inst))
			argFns, _ := c.args(p.Args, inst.params, s)
			pscope := inst.pscope
			outer := up
			base := inst.scope.depth
			up = func(ctx *Ctx) *Frame {
				var parent *Frame
				if outer != nil {
					parent = outer(ctx)
				} else {
					parent = walk(ctx.frame, from, base)
				}
				f := &Frame{vals: make([]Value, pscope.frame.n), up: parent}
				copy(f.vals, evalArgs(ctx, argFns))
				return f
			}
		}
		ctx = inst.ctx
		parts = parts[1:]
	}
	last := parts[0]
	if last.Kind != ast.PartName {
		unsupported(s, e, "subexpression name")
	}
	g := ctx.globals[last.Name]
	if g == nil {
		unsupported(s, e, "name "+last.Name+" in instance")
	}
	return g, last, up
}

// subexpr compiles I!Op, I(x)!Op(y) (instances; structural names are not
// supported).
func (c *compiler) subexpr(e *ast.SubexprName, s *scope) (evalFn, int) {
	g, last, up := c.subexprTarget(e, s)
	switch g.kind {
	case gDef:
		return c.callOp(g.def, last.Args, s, e, up, nil)
	case gBuiltin:
		return c.stdBuiltin(g.builtin, last.Args, s, e)
	case gVar, gConst:
		return c.applyGlobal(g, last.Args, s, e, up)
	case gSubst:
		sub := g.subst
		return func(cx *Ctx) Value {
			saved := cx.frame
			cx.frame = up(cx)
			v := sub.fn(cx)
			cx.frame = saved
			return v
		}, sub.lvl
	}
	unsupported(s, e, "subexpression name")
	return nil, 0
}

// infixSites are the sites of the operands of an infix /\ or \/ chain,
// which SANY parses left-associated: the first operand is P of the
// innermost P op Q, each other one Q of the op ending with it.
func infixSites(args []ast.Expr, s *scope, p, q boolWords) []*boolSite {
	sites := make([]*boolSite, len(args))
	for i, a := range args {
		sites[i] = newBoolSite(a, s, q)
		end := a
		if i == 0 {
			sites[i].words = p
			end = args[min(1, len(args)-1)]
		}
		sites[i].span = spanning(args[0], end, s)
	}
	return sites
}
