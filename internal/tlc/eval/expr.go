package eval

import (
	"fmt"
	"math/big"
	"strconv"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

func unsupported(s *scope, n ast.Node, what string) {
	panic(&Unsupported{What: what, Pos: s.mod.src(n.Pos()).position()})
}

func constFn(v Value) evalFn { return func(*Ctx) Value { return v } }

// expr compiles e in scope s, returning the closure and e's level.
func (c *compiler) expr(e ast.Expr, s *scope) (evalFn, int) {
	switch e := e.(type) {
	case *ast.Paren:
		return c.expr(e.X, s)
	case *ast.Label:
		return c.expr(e.Body, s)
	case *ast.NumberLit:
		if e.IsReal {
			unsupported(s, e, "real number "+e.Text)
		}
		n, ok := new(big.Int).SetString(e.Value, 10)
		if !ok || !n.IsInt64() || n.Int64() > value.MaxInt {
			unsupported(s, e, "integer "+e.Text+" (TLC's integers are 32-bit)")
		}
		return constFn(value.Int(n.Int64())), lvlConst
	case *ast.StringLit:
		return constFn(c.m.Interner.String(e.Value)), lvlConst
	case *ast.Ident:
		return c.apply(e.Name, nil, s, e)
	case *ast.OpApp:
		fn, lvl := c.opApp(e, s)
		if c.closed(e, s) {
			fn = once(fn)
		}
		return fn, lvl
	case *ast.SubexprName:
		return c.subexpr(e, s)
	case *ast.JunctionList:
		fns, lvl := c.exprs(e.Items, s)
		sites := make([]*boolSite, len(e.Items))
		for i, it := range e.Items {
			sites[i] = newBoolSite(it, s, asConjItem)
			if e.Op != "\\land" {
				sites[i].words = asDisjItem
			}
		}
		if e.Op == "\\land" {
			return andFn(fns, sites), lvl
		}
		return orFn(fns, sites), lvl
	case *ast.IfExpr:
		cond, l1 := c.expr(e.Cond, s)
		th, l2 := c.expr(e.Then, s)
		el, l3 := c.expr(e.Else, s)
		site := newBoolSite(e, s, asIfCond)
		return func(ctx *Ctx) Value {
			if site.test(ctx, cond(ctx)) {
				return th(ctx)
			}
			return el(ctx)
		}, max(l1, l2, l3)
	case *ast.CaseExpr:
		return c.caseExpr(e, s)
	case *ast.LetExpr:
		ls := c.letScope(e, s)
		body, lvl := c.expr(e.Body, ls)
		slots := letSlots(ls)
		if len(slots) == 0 {
			return body, lvl
		}
		return func(ctx *Ctx) Value {
			if ctx.frame != nil {
				for _, i := range slots {
					ctx.frame.vals[i] = nil
				}
			}
			return body(ctx)
		}, lvl
	case *ast.QuantExpr:
		return c.quant(e, s)
	case *ast.ChooseExpr:
		return c.choose(e, s)
	case *ast.SetEnum:
		fns, lvl := c.exprs(e.Elems, s)
		fn := func(ctx *Ctx) Value {
			elems := make([]Value, len(fns))
			for i, f := range fns {
				elems[i] = f(ctx)
			}
			return value.NewSet(elems)
		}
		if c.closed(e, s) {
			return once(fn), lvl
		}
		return fn, lvl
	case *ast.Tuple:
		fns, lvl := c.exprs(e.Elems, s)
		fn := func(ctx *Ctx) Value {
			t := value.MakeFunc(nil, len(fns))
			for i, f := range fns {
				t.Vals[i] = f(ctx)
			}
			return t
		}
		if c.closed(e, s) {
			return once(fn), lvl
		}
		return fn, lvl
	case *ast.SetFilter:
		return c.setFilter(e, s)
	case *ast.SetMap:
		return c.setMap(e, s)
	case *ast.FuncCons:
		return c.funcCons(e, s)
	case *ast.FuncSet:
		d, l1 := c.expr(e.Domain, s)
		r, l2 := c.expr(e.Range, s)
		fn := func(ctx *Ctx) Value { return &value.FuncSet{Dom: d(ctx), Rng: r(ctx)} }
		if c.closed(e, s) {
			return once(fn), max(l1, l2)
		}
		return fn, max(l1, l2)
	case *ast.RecordCons:
		return c.recordCons(e, s)
	case *ast.RecordSet:
		return c.recordSet(e, s)
	case *ast.FuncApp:
		return c.funcApp(e, s)
	case *ast.FieldSel:
		x, lvl := c.expr(e.X, s)
		field := c.m.Interner.String(e.Field.Name)
		site := &applySite{at: s.mod.src(e.Field.Pos()), span: exprSpan(e, s.mod)}
		return func(ctx *Ctx) Value { return selectField(ctx, site, x(ctx), field) }, lvl
	case *ast.Except:
		return c.except(e, s)
	case *ast.At:
		return func(ctx *Ctx) Value {
			if ctx.at == nil {
				fail(s.mod.src(e.Pos()), "@ used outside an EXCEPT.")
			}
			return ctx.at
		}, lvlConst
	case *ast.ActionExpr:
		return c.actionExpr(e, s)
	case *ast.Fairness:
		if e.Strong {
			return c.temporal(s, e, "SF")
		}
		return c.temporal(s, e, "WF")
	case *ast.Lambda:
		unsupported(s, e, "LAMBDA outside an operator argument")
	case *ast.BracketList, *ast.BadExpr:
		unsupported(s, e, "malformed expression")
	}
	unsupported(s, e, "expression")
	return nil, 0
}

// temporal answers for a temporal formula in a place where a value is
// needed: TLC cannot evaluate it there either, and fails in these words
// (naming the operator as it does).
func (c *compiler) temporal(s *scope, n ast.Expr, op string) (evalFn, int) {
	switch op {
	case "[]":
		op = "[]A"
	case "<>":
		op = "<>A"
	case "~>":
		op = "a ~> b"
	case "-+->":
		op = "a -+-> formula"
	}
	span := exprSpan(n, s.mod)
	err := &Error{Msg: fmt.Sprintf("TLC encountered a temporal formula (%s) when evaluating a predicate or action.\n%s", op, span), Pos: span.Start, Whole: true}
	return func(ctx *Ctx) Value { panic(err) }, lvlTemp
}

func (c *compiler) exprs(es []ast.Expr, s *scope) ([]evalFn, int) {
	fns := make([]evalFn, len(es))
	lvl := lvlConst
	for i, e := range es {
		var l int
		fns[i], l = c.expr(e, s)
		lvl = max(lvl, l)
	}
	return fns, lvl
}

func (c *compiler) srcs(s *scope, es []ast.Expr) []src {
	out := make([]src, len(es))
	for i, e := range es {
		out[i] = s.mod.src(e.Pos())
	}
	return out
}

func evalAll(c *compiler, fns []evalFn) []Value {
	ctx := c.constCtx()
	out := make([]Value, len(fns))
	for i, f := range fns {
		out[i] = f(ctx)
	}
	return out
}

// constCtx is an evaluation context for constant expressions.
func (c *compiler) constCtx() *Ctx { return &Ctx{m: c.m} }

func asBool(at src, v Value) bool {
	b, ok := v.(value.Bool)
	if !ok {
		fail(at, "A non-boolean expression (%s) was used as a condition:\n%s", kindName(v), value.Ppr(v))
	}
	return bool(b)
}

func kindName(v Value) string {
	switch v.Kind() {
	case value.KindInt:
		return "integer"
	case value.KindString:
		return "string"
	case value.KindModel:
		return "model value"
	case value.KindSet:
		return "set"
	case value.KindFunc:
		return "function"
	case value.KindOp:
		return "operator"
	}
	return "boolean"
}

func andFn(fns []evalFn, at []*boolSite) evalFn {
	return func(ctx *Ctx) Value {
		for i, f := range fns {
			if !at[i].test(ctx, f(ctx)) {
				return value.False
			}
		}
		return value.True
	}
}

func orFn(fns []evalFn, at []*boolSite) evalFn {
	return func(ctx *Ctx) Value {
		for i, f := range fns {
			if at[i].test(ctx, f(ctx)) {
				return value.True
			}
		}
		return value.False
	}
}

func (c *compiler) caseExpr(e *ast.CaseExpr, s *scope) (evalFn, int) {
	guards := make([]evalFn, len(e.Arms))
	bodies := make([]evalFn, len(e.Arms))
	lvl := lvlConst
	for i, a := range e.Arms {
		var l1, l2 int
		guards[i], l1 = c.expr(a.Guard, s)
		bodies[i], l2 = c.expr(a.Body, s)
		lvl = max(lvl, l1, l2)
	}
	var other evalFn
	if e.Other != nil {
		var l int
		other, l = c.expr(e.Other, s)
		lvl = max(lvl, l)
	}
	span := exprSpan(e, s.mod)
	sites := make([]*boolSite, len(e.Arms))
	for i, a := range e.Arms {
		sites[i] = newBoolSite(a.Guard, s, asCaseGuard)
	}
	return func(ctx *Ctx) Value {
		for i, g := range guards {
			if sites[i].test(ctx, g(ctx)) {
				return bodies[i](ctx)
			}
		}
		if other != nil {
			return other(ctx)
		}
		panic(&Error{Msg: "Attempted to evaluate a CASE with no conditions true.\n" + span.String(), Pos: span.Start, Whole: true})
	}, lvl
}

// letScope registers a LET's definitions in a child scope.
func (c *compiler) letScope(e *ast.LetExpr, s *scope) *scope {
	ls := s.child()
	for _, u := range e.Defs {
		switch u := u.(type) {
		case *ast.OpDef:
			d := &opDef{name: u.Name.Name, mod: s.mod, scope: ls, params: u.Params, body: u.Body, src: s.mod.src(u.Name.Pos())}
			b := &binding{kind: bindLetOp, depth: ls.depth, def: d, arity: len(u.Params)}
			if len(u.Params) == 0 {
				b.letMemo = true
				b.slot = ls.frame.n
				ls.frame.n++
			}
			ls.names[u.Name.Name] = b
		case *ast.FuncDef:
			d := &opDef{name: u.Name.Name, mod: s.mod, scope: ls, body: u.Body, funcDef: u, src: s.mod.src(u.Name.Pos())}
			ls.names[u.Name.Name] = &binding{kind: bindLetOp, depth: ls.depth, def: d}
		case *ast.Recursive:
		default:
			unsupported(s, u, "this kind of LET definition")
		}
	}
	return ls
}

// intLit parses a numeral for the configuration.
func intLit(text string) (int64, bool) {
	n, err := strconv.ParseInt(text, 10, 64)
	return n, err == nil
}

// letSlots lists the memo slots of a LET's zero-arity definitions.
func letSlots(ls *scope) []int {
	var out []int
	for _, b := range ls.names {
		if b.letMemo {
			out = append(out, b.slot)
		}
	}
	return out
}
