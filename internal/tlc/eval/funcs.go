package eval

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// lazyFunc is a function applied on demand (TLC's FcnLambdaValue): a
// recursive function definition f[x \in S] == e, or a constructor
// [x \in S |-> e] whose S TLC does not enumerate (Nat, Int, ...). It
// becomes an ordinary function value when used as a whole.
type lazyFunc struct {
	def  *opDef // the definition, or nil for a constructor
	cons *lazyCons
	up   *Frame
	dom  Value
	// excepts are [f EXCEPT ![arg] = val] applied to it, latest last.
	excepts []exceptPoint
}

type exceptPoint struct{ arg, val Value }

// with is f with its value at arg (in the domain) replaced by v.
func (f *lazyFunc) with(arg, v Value) *lazyFunc {
	g := *f
	g.excepts = append(append([]exceptPoint(nil), f.excepts...), exceptPoint{arg, v})
	return &g
}

func (*lazyFunc) Kind() value.Kind { return value.KindFunc }
func (f *lazyFunc) PrintTLA() string {
	if f.def == nil {
		return "[" + f.cons.params + " |-> <expression>]"
	}
	return "<function " + f.def.name + ">"
}

// lazyCons is the body of a lazy constructor [x \in S |-> e] with the
// frame, states and machine of where it was built, copied where they
// may change later (as lazyFilter's). Each application evaluates in a
// frame of its own: the value may be used from several workers.
type lazyCons struct {
	bs        []boundVar
	body      evalFn
	vals      []Value
	up        *Frame
	cur, next []Value
	m         *Machine
	level     int32
	params    string // "x \in S", as TLC prints the function
}

// newLazyCons returns [x \in S, ... |-> body] as a lazyFunc when one of
// the sets is one TLC does not enumerate, or nil.
func newLazyCons(ctx *Ctx, bs []boundVar, sets []Value, body evalFn, names []string) *lazyFunc {
	if names == nil {
		return nil // a tuple of names: enumerated (and refused if it cannot be)
	}
	lazy := false
	for _, set := range sets {
		lazy = lazy || !tlcEnumerable(set)
	}
	if !lazy {
		return nil
	}
	dom := sets[0]
	if len(sets) > 1 {
		dom = &value.Product{Factors: sets}
	}
	// The frames above are copied, not kept: the arena takes frames back
	// when their calls return, and a lazy constructor is rare enough
	// not to make every frame around a constructor a kept one.
	lc := &lazyCons{bs: bs, body: body, up: snapshotFrames(ctx.frame.up), cur: ctx.cur, m: ctx.m, level: ctx.level}
	lc.vals = append([]Value(nil), ctx.frame.vals...)
	if ctx.next != nil {
		lc.next = append([]Value(nil), ctx.next...)
	}
	if ctx.initMode || ctx.curBuilding {
		lc.cur = append([]Value(nil), ctx.cur...)
	}
	for i, set := range sets {
		if i > 0 {
			lc.params += ", "
		}
		lc.params += names[i] + " \\in " + value.Print(set)
	}
	return &lazyFunc{cons: lc, dom: dom}
}

// snapshotFrames copies f and the frames above it.
func snapshotFrames(f *Frame) *Frame {
	if f == nil {
		return nil
	}
	return &Frame{vals: append([]Value(nil), f.vals...), up: snapshotFrames(f.up)}
}

// apply evaluates the body at arg, which is in the domain.
func (lc *lazyCons) apply(arg Value) Value {
	f := newFrame(len(lc.vals), lc.up)
	copy(f.vals, lc.vals)
	sub := &Ctx{cur: lc.cur, next: lc.next, m: lc.m, frame: f, level: lc.level}
	bindArg(sub, lc.bs, arg)
	return lc.body(sub)
}

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
		f.outsideDomain(ctx, at, arg)
	}
	for i := len(f.excepts) - 1; i >= 0; i-- {
		if value.Equal(f.excepts[i].arg, arg) {
			return f.excepts[i].val
		}
	}
	if d == nil {
		return f.cons.apply(arg)
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
	bindArg(ctx, d.bounds, arg)
	v := d.fn(ctx)
	ctx.depth--
	ctx.frame = saved
	if memo {
		d.storeMemo(fp, arg, v)
	}
	return v
}

// outsideDomain fails for f applied to arg outside its domain, in TLC's
// words. A function definition of constant level that does not recur
// is a function value to TLC (it evaluates it ahead): its message is
// that of a function value, printed whole. Otherwise f is TLC's lazy
// function, which prints itself whole when it can be enumerated.
func (f *lazyFunc) outsideDomain(ctx *Ctx, at src, arg Value) {
	var whole *value.Func
	if f.def != nil && tlcEnumerable(f.dom) && !ctx.wholeForMessage {
		ctx.wholeForMessage = true
		if protect(func() { whole = f.materialize(ctx, at) }) != nil {
			whole = nil
		}
		ctx.wholeForMessage = false
	}
	switch {
	case whole != nil && f.def.lvl == lvlConst && !f.def.recursive():
		fail(at, "Attempted to apply function:\n%s\nto argument %s, which is not in the domain of the function.", value.Ppr(whole), value.Ppr(arg))
	case whole != nil:
		fail(at, "In applying the function\n%s,\nthe first argument is:\n%s\nwhich is not in its domain.\n", value.Ppr(whole), value.Ppr(arg))
	case f.def != nil:
		fail(at, "Attempted to apply function %s to argument %s, which is not in its domain.", f.def.name, value.Ppr(arg))
	}
	fail(at, "In applying the function\n%s,\nthe first argument is:\n%s\nwhich is not in its domain.\n", value.Ppr(f), value.Ppr(arg))
}

// recursive says whether a function definition's body names the
// function (f[n \in S] == ... f[n - 1] ...).
func (d *opDef) recursive() bool {
	found := false
	ast.Inspect(d.funcDef.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == d.name {
			found = true
		}
		return !found
	})
	return found
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

// exceptKey is the argument one step of an EXCEPT path names: a field,
// an index, or a tuple of indices.
func exceptKey(ctx *Ctx, field *value.Str, index []evalFn) Value {
	switch {
	case field != nil:
		return field
	case len(index) == 1:
		return index[0](ctx)
	}
	return value.Tuple(evalArgs(ctx, index))
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
	// updated is the new value at a point whose value is old: val with @
	// standing for old at the path's end, else the rest of the path set
	// in old.
	updated := func(ctx *Ctx, old Value, path []step, val evalFn) Value {
		if len(path) > 1 {
			return set(ctx, old, path[1:], val)
		}
		saved := ctx.at
		ctx.at = old
		nv := val(ctx)
		ctx.at = saved
		return nv
	}
	set = func(ctx *Ctx, f Value, path []step, val evalFn) Value {
		key := exceptKey(ctx, path[0].field, path[0].index)
		if lf, ok := f.(*lazyFunc); ok && !tlcEnumerable(lf.dom) {
			// Kept lazy, as TLC's FcnLambdaValue keeps its excepts.
			if !value.Member(key, lf.dom) {
				return lf
			}
			return lf.with(key, updated(ctx, lf.apply(ctx, at, key), path, val))
		}
		fv, ok := strict(ctx, at, f).(*value.Func)
		if !ok {
			fail(at, "Attempted to apply EXCEPT construct to the value %s.", value.Ppr(f))
		}
		i := fv.Index(key)
		if i < 0 {
			// TLC leaves the function unchanged when the argument is
			// outside the domain.
			return fv
		}
		return fv.With(i, updated(ctx, fv.Vals[i], path, val))
	}
	return func(ctx *Ctx) Value {
		f := fn(ctx)
		for _, u := range ups {
			f = set(ctx, f, u.path, u.val)
		}
		return f
	}, lvl
}
