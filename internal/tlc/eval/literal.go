package eval

import (
	"sync/atomic"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
)

// literalOps are the operators a closed expression may apply: SANY's
// built-in set operators, which no module can redefine, and the
// standard modules' pure operators (no side effect, no state), which
// count only where the name denotes the standard one (closed checks).
var literalOps = map[string]bool{
	"SUBSET": true, "UNION": true, "\\union": true, "\\intersect": true, "\\": true, "\\times": true,
	"..": true, "+": true, "-": true, "*": true, "-.": true,
}

// closed reports whether e's value is fixed before any state is seen
// and wherever e is evaluated: numbers, strings, the constants the
// configuration sets, and sets, tuples and function sets built from
// them with built-in or standard operators. Such an expression is
// evaluated once (a TypeOK's {"a1", "a2", "b", "Done"} or
// [0..N-1 -> SUBSET {0, 1} \ {{}}] was built again, sorted, for every
// state).
func (c *compiler) closed(e ast.Expr, s *scope) bool {
	switch e := e.(type) {
	case *ast.Paren:
		return c.closed(e.X, s)
	case *ast.NumberLit:
		return !e.IsReal
	case *ast.StringLit:
		return true
	case *ast.Ident:
		if s.lookup(e.Name) != nil {
			return false
		}
		g := s.mod.globals[e.Name]
		if g == nil {
			return false
		}
		switch g.kind {
		case gConst:
			if g.cell.op == nil {
				return true
			}
			// C <- Def: closed when Def is.
			return g.cell.arity == 0 && c.closedDef(g.cell.op)
		case gDef:
			// Proc == 1..N: a definition without parameters whose body
			// is closed.
			return c.closedDef(g.def)
		case gBuiltin:
			return g.builtin == "Nat" || g.builtin == "Int"
		}
		return false
	case *ast.SetEnum:
		return c.allClosed(e.Elems, s)
	case *ast.Tuple:
		return !e.IdentTuple && c.allClosed(e.Elems, s)
	case *ast.FuncSet:
		return c.closed(e.Domain, s) && c.closed(e.Range, s)
	case *ast.OpApp:
		if e.Op == nil || !literalOps[e.Op.Name] || len(e.Args) == 0 || s.lookup(e.Op.Name) != nil {
			return false
		}
		// The standard operator, not a definition of the spec's own.
		if g := s.mod.globals[e.Op.Name]; g != nil && g.kind != gBuiltin {
			return false
		}
		return c.allClosed(e.Args, s)
	}
	return false
}

// closedDef reports whether d, a definition without parameters, has a
// closed body (decided once; a definition that refers to itself is not).
func (c *compiler) closedDef(d *opDef) bool {
	if len(d.params) > 0 || d.funcDef != nil || d.body == nil {
		return false
	}
	switch d.closed {
	case closedYes:
		return true
	case closedNo, closedDeciding:
		return false
	}
	d.closed = closedDeciding
	ok := c.closed(d.body, d.scope)
	d.closed = closedNo
	if ok {
		d.closed = closedYes
	}
	return ok
}

// What closedDef has found of a definition.
const (
	closedUnknown = iota
	closedDeciding
	closedYes
	closedNo
)

func (c *compiler) allClosed(es []ast.Expr, s *scope) bool {
	for _, e := range es {
		if !c.closed(e, s) {
			return false
		}
	}
	return true
}

// once evaluates fn the first time it is called and returns that value
// from then on. A failure is not remembered (it is raised again, as the
// evaluation fails again). Two workers may both evaluate it first; the
// values are equal.
func once(fn evalFn) evalFn {
	var cached atomic.Pointer[Value]
	return func(ctx *Ctx) Value {
		if v := cached.Load(); v != nil {
			return *v
		}
		v := fn(ctx)
		cached.Store(&v)
		return v
	}
}
