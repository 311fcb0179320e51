package eval

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
)

// splitter divides the next-state relation into actions as TLC's
// Tool.getActions does: through disjunctions, LETs, labels, existentials
// over sets it can evaluate without a state (one action per binding) and
// definitions applied to constant arguments. Each action keeps the frame
// of values bound on the way.
type splitter struct {
	c      *compiler
	sp     *Spec
	frames []*Frame
	infos  []*frameInfo
	// call is the innermost definition applied to constant arguments on
	// the way down, for TLC's action labels ("Enter(p1)").
	call *splitCallArgs
}

type splitCallArgs struct {
	def  *opDef
	vals []Value
}

func (sx *splitter) track(f *Frame, info *frameInfo) *Frame {
	sx.frames = append(sx.frames, f)
	sx.infos = append(sx.infos, info)
	return f
}

// finish sizes every frame for the slots compiled after it was made.
func (sx *splitter) finish() {
	for i, f := range sx.frames {
		if n := sx.infos[i].n; len(f.vals) < n {
			vals := make([]Value, n)
			copy(vals, f.vals)
			f.vals = vals
		}
	}
}

// tryEval evaluates a constant-level expression at split time; ok is
// false when it needs a state or fails.
func (sx *splitter) tryEval(fn evalFn, f *Frame) (v Value, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			v, ok = nil, false
		}
	}()
	ctx := &Ctx{m: sx.c.m, frame: f}
	return fn(ctx), true
}

func (sx *splitter) action(e ast.Expr, s *scope, f *Frame, named *opDef) {
	c := sx.c
	a := &Action{gen: c.gen(e, s), fs: s.frame, frame: f}
	a.Name, a.Pos = actionName(e, s.mod, named)
	a.Span = actionSpan(e, s.mod)
	a.Label = a.Name
	if q, ok := unparen(e).(*ast.QuantExpr); ok && q.Quant == ast.Exists && named != nil {
		// An \E TLC could not split is named after the definition it is
		// the body of, not after what it calls.
		a.Label = named.name
	}
	if sx.call != nil && sx.call.def == named && named != nil && a.Label == named.name {
		a.Label = actionLabel(a.Label, sx.call.vals)
	}
	sx.sp.Actions = append(sx.sp.Actions, a)
}

func (sx *splitter) split(e ast.Expr, s *scope, f *Frame, named *opDef) {
	c := sx.c
	switch x := e.(type) {
	case *ast.Paren:
		sx.split(x.X, s, f, named)
		return
	case *ast.Label:
		sx.split(x.Body, s, f, named)
		return
	case *ast.LetExpr:
		sx.split(x.Body, c.letScope(x, s), f, named)
		return
	case *ast.JunctionList:
		if x.Op == "\\lor" {
			for _, it := range x.Items {
				sx.split(it, s, f, named)
			}
			return
		}
	case *ast.QuantExpr:
		if x.Quant == ast.Exists && sx.splitExists(x, s, f, named) {
			return
		}
	case *ast.Ident:
		if sx.splitCall(x.Name, nil, e, s, f, named) {
			return
		}
	case *ast.OpApp:
		if x.Op.Name == "\\lor" && s.lookup("\\lor") == nil && s.mod.globals["\\lor"] == nil {
			for _, it := range x.Args {
				sx.split(it, s, f, named)
			}
			return
		}
		if sx.splitCall(x.Op.Name, x.Args, e, s, f, named) {
			return
		}
	}
	sx.action(e, s, f, named)
}

func (sx *splitter) splitExists(x *ast.QuantExpr, s *scope, f *Frame, named *opDef) bool {
	c := sx.c
	for _, b := range x.Bounds {
		if b.Set == nil {
			return false
		}
	}
	bs, inner, lvl := c.bounds(x.Bounds, s)
	if lvl != lvlConst {
		return false
	}
	sets := make([][]Value, len(bs))
	for i, bv := range bs {
		v, ok := sx.tryEval(bv.set, f)
		if !ok {
			return false
		}
		elems, ok := sx.tryElems(v, bv.at)
		if !ok {
			return false
		}
		sets[i] = elems
	}
	total := 1
	for _, set := range sets {
		total *= len(set)
	}
	if total == 0 {
		return false
	}
	idx := make([]int, len(bs))
	for {
		g := sx.track(&Frame{vals: append(make([]Value, 0, s.frame.n), f.vals...), up: f.up}, s.frame)
		if len(g.vals) < s.frame.n {
			g.vals = g.vals[:s.frame.n]
		}
		ctx := &Ctx{m: c.m, frame: g}
		okBind := true
		func() {
			defer func() {
				if recover() != nil {
					okBind = false
				}
			}()
			for i, k := range idx {
				bs[i].bind(ctx, sets[i][k])
			}
		}()
		if !okBind {
			return false
		}
		sx.split(x.Body, inner, g, named)
		// TLC's ContextEnumerator: the first variable varies fastest.
		i := 0
		for ; i < len(idx); i++ {
			idx[i]++
			if idx[i] < len(sets[i]) {
				break
			}
			idx[i] = 0
		}
		if i == len(idx) {
			return true
		}
	}
}

func (sx *splitter) tryElems(v Value, at src) (elems []Value, ok bool) {
	defer func() {
		if recover() != nil {
			elems, ok = nil, false
		}
	}()
	return enumerable(at, v), true
}

// splitCall descends into a definition applied to constant arguments.
func (sx *splitter) splitCall(name string, args []ast.Expr, e ast.Expr, s *scope, f *Frame, named *opDef) bool {
	c := sx.c
	var d *opDef
	var up *Frame
	if b := s.lookup(name); b != nil {
		if b.kind != bindLetOp || b.letMemo {
			return false
		}
		d = b.def
		up = walk(f, s.depth, b.depth)
	} else if g := s.mod.globals[name]; g != nil {
		switch {
		case g.kind == gDef:
			d = g.def
			up = walk(f, s.depth, d.scope.depth)
		case g.kind == gConst && g.cell.op != nil:
			d = g.cell.op
			up = nil
		default:
			return false
		}
	} else {
		return false
	}
	if d.funcDef != nil || d.body == nil || len(d.params) != len(args) {
		return false
	}
	argFns, lvl := c.args(args, d.params, s)
	if lvl != lvlConst {
		return false
	}
	vals := make([]Value, len(argFns))
	for i, fn := range argFns {
		v, ok := sx.tryEval(fn, f)
		if !ok {
			return false
		}
		vals[i] = v
	}
	ds := d.scope.newFrame()
	for _, p := range d.params {
		ds.bind(p.Name.Name, p.Arity)
	}
	g := sx.track(&Frame{vals: vals, up: up}, ds.frame)
	saved := sx.call
	sx.call = &splitCallArgs{def: d, vals: vals}
	defer func() { sx.call = saved }()
	if d.mod.substituted {
		sx.action(d.body, ds, g, d)
		return true
	}
	sx.split(d.body, ds, g, d)
	return true
}
