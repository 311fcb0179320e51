package eval

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// lazyFunc is a recursive function definition f[x \in S] == e, applied
// on demand (TLC's FcnLambdaValue); it becomes an ordinary function
// value when used as a whole.
type lazyFunc struct {
	def *opDef
	up  *Frame
	dom Value
}

func (*lazyFunc) Kind() value.Kind   { return value.KindFunc }
func (f *lazyFunc) PrintTLA() string { return "<function " + f.def.name + ">" }

// funcDefBody compiles f[x \in S, ...] == e: frame slots are the bound
// names; fn evaluates the body with them bound.
func (c *compiler) funcDefBody(d *opDef, fs *scope) (evalFn, int) {
	bs, inner, l1 := c.bounds(d.funcDef.Bounds, fs)
	body, l2 := c.expr(d.funcDef.Body, inner)
	domFns := make([]evalFn, len(bs))
	for i, b := range bs {
		domFns[i] = b.set
	}
	d.domain = func(ctx *Ctx) Value {
		if len(domFns) == 1 {
			return domFns[0](ctx)
		}
		sets := make([]Value, len(domFns))
		for i, f := range domFns {
			sets[i] = f(ctx)
		}
		return &value.Product{Factors: sets}
	}
	d.bounds = bs
	return body, max(l1, l2)
}

// recursiveFunc is the value of a function definition's name.
func recursiveFunc(ctx *Ctx, d *opDef, up *Frame) Value {
	f := &Frame{vals: make([]Value, d.nslots), up: up}
	saved := ctx.frame
	ctx.frame = f
	dom := d.domain(ctx)
	ctx.frame = saved
	return &lazyFunc{def: d, up: up, dom: dom}
}

func (f *lazyFunc) apply(ctx *Ctx, at src, arg Value) Value {
	d := f.def
	if !value.Member(arg, f.dom) {
		fail(at, "Attempted to apply function %s to argument %s, which is not in its domain.", d.name, value.Ppr(arg))
	}
	memo := d.scope.depth == 0 && d.lvl == lvlConst && d.state == 2
	var fp uint64
	if memo {
		fp = value.Fingerprint(arg)
		if v, ok := d.lookupMemo(fp, arg); ok {
			return v
		}
	}
	fr := newFrame(d.nslots, f.up)
	saved := ctx.frame
	ctx.frame = fr
	ctx.enter(d.src)
	if len(d.bounds) == 1 {
		d.bounds[0].bind(ctx, arg)
	} else {
		t := arg.(*value.Func)
		for i := range d.bounds {
			d.bounds[i].bind(ctx, t.Vals[i])
		}
	}
	v := d.fn(ctx)
	ctx.depth--
	ctx.frame = saved
	if memo {
		d.storeMemo(fp, arg, v)
	}
	return v
}

type memoEntry struct{ arg, val Value }

// lookupMemo finds a constant function definition's value at arg.
func (d *opDef) lookupMemo(fp uint64, arg Value) (Value, bool) {
	d.memoMu.Lock()
	defer d.memoMu.Unlock()
	for _, e := range d.fnMemo[fp] {
		if value.Equal(e.arg, arg) {
			return e.val, true
		}
	}
	return nil, false
}

func (d *opDef) storeMemo(fp uint64, arg, v Value) {
	d.memoMu.Lock()
	defer d.memoMu.Unlock()
	if d.fnMemo == nil {
		d.fnMemo = map[uint64][]memoEntry{}
	}
	d.fnMemo[fp] = append(d.fnMemo[fp], memoEntry{arg, v})
}

// materialize enumerates the function.
func (f *lazyFunc) materialize(ctx *Ctx, at src) *value.Func {
	dom := enumerable(at, f.dom)
	vals := make([]Value, len(dom))
	for i, x := range dom {
		vals[i] = f.apply(ctx, at, x)
	}
	return value.NewFunc(append([]Value(nil), dom...), vals)
}

// strict makes a lazy function an ordinary value where one is needed.
func strict(ctx *Ctx, at src, v Value) Value {
	if lf, ok := v.(*lazyFunc); ok {
		return lf.materialize(ctx, at)
	}
	return v
}

func (c *compiler) except(e *ast.Except, s *scope) (evalFn, int) {
	fn, lvl := c.expr(e.Fn, s)
	type step struct {
		field *value.Str
		index []evalFn
	}
	type update struct {
		path []step
		val  evalFn
	}
	ups := make([]update, len(e.Updates))
	for i, u := range e.Updates {
		for _, sel := range u.Path {
			if sel.Field != nil {
				ups[i].path = append(ups[i].path, step{field: c.m.Interner.String(sel.Field.Name)})
			} else {
				idx, l := c.exprs(sel.Index, s)
				lvl = max(lvl, l)
				ups[i].path = append(ups[i].path, step{index: idx})
			}
		}
		var l int
		ups[i].val, l = c.expr(u.Value, s)
		lvl = max(lvl, l)
	}
	at := s.mod.src(e.Pos())
	var set func(ctx *Ctx, f Value, path []step, val evalFn) Value
	set = func(ctx *Ctx, f Value, path []step, val evalFn) Value {
		fv, ok := strict(ctx, at, f).(*value.Func)
		if !ok {
			fail(at, "Attempted to apply EXCEPT construct to the value %s.", value.Ppr(f))
		}
		var key Value
		if path[0].field != nil {
			key = path[0].field
		} else if len(path[0].index) == 1 {
			key = path[0].index[0](ctx)
		} else {
			key = value.Tuple(evalArgs(ctx, path[0].index))
		}
		i := fv.Index(key)
		if i < 0 {
			// TLC leaves the function unchanged when the argument is
			// outside the domain.
			return fv
		}
		var nv Value
		if len(path) == 1 {
			saved := ctx.at
			ctx.at = fv.Vals[i]
			nv = val(ctx)
			ctx.at = saved
		} else {
			nv = set(ctx, fv.Vals[i], path[1:], val)
		}
		return fv.With(i, nv)
	}
	return func(ctx *Ctx) Value {
		f := fn(ctx)
		for _, u := range ups {
			f = set(ctx, f, u.path, u.val)
		}
		return f
	}, lvl
}
