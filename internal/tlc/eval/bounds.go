package eval

import (
	"fmt"
	"sort"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// boundVar is one compiled "x \in S" or "<<x, y>> \in S".
type boundVar struct {
	slots []int // one per name; a tuple binds several
	tuple bool
	set   evalFn
	at    src
	span  Span // of the set, which TLC's message names when it cannot enumerate it
}

// bounds compiles quantifier bounds, binding their names in a child
// scope of s (sets are compiled in s, names visible to later bounds'
// sets as TLA+ allows only for the body, so each set sees s).
func (c *compiler) bounds(bs []*ast.Bound, s *scope) ([]boundVar, *scope, int) {
	inner := s.child()
	var out []boundVar
	lvl := lvlConst
	for _, b := range bs {
		if b.Set == nil {
			unsupported(s, b, "unbounded quantifier")
		}
		set, l := c.expr(b.Set, s)
		lvl = max(lvl, l)
		span := exprSpan(b.Set, s.mod)
		if b.Tuple {
			bv := boundVar{tuple: true, set: set, at: s.mod.src(b.Pos()), span: span}
			for _, n := range b.Names {
				bv.slots = append(bv.slots, inner.bind(n.Name, 0).slot)
			}
			out = append(out, bv)
			continue
		}
		for _, n := range b.Names {
			out = append(out, boundVar{slots: []int{inner.bind(n.Name, 0).slot}, set: set, at: s.mod.src(b.Pos()), span: span})
		}
	}
	return out, inner, lvl
}

// enumerable returns the elements of a set for a quantifier, failing as
// TLC does when it cannot be enumerated.
func enumerable(at src, v Value) []Value {
	if v.Kind() != value.KindSet {
		fail(at, "Attempted to enumerate a value that is not a set:\n%s", value.Ppr(v))
	}
	if !value.IsFinite(v) {
		if f, ok := v.(*value.Filtered); ok && !value.IsFinite(f.Base) {
			// TLC's SetPredValue names the set it filters.
			fail(at, "Attempted to enumerate { x \\in S : p(x) } when S:\n%s\nis not enumerable", value.Ppr(f.Base))
		}
		fail(at, "Attempted to enumerate %s, which is not enumerable.", value.Ppr(v))
	}
	return value.Elements(v)
}

// tlcEnumerable says whether TLC holds v in a class it can enumerate (an
// Enumerable): any set but Nat, Int, Real, STRING and Seq(S). A set of
// such a class may still fail when enumerated (a subset of Nat), with
// the message of enumerable.
func tlcEnumerable(v Value) bool {
	switch v.(type) {
	case *value.Infinite, *value.SeqSet:
		return false
	}
	return v.Kind() == value.KindSet
}

// boundSet is the set of a quantifier's bound, failing as TLC's context
// enumerator does on one it cannot enumerate (Value's, Naturals',
// Integers' and Sequences' getNonEnumerableErrorMsg).
func (bv *boundVar) boundSet(ctx *Ctx) Value {
	set := bv.set(ctx)
	if tlcEnumerable(set) {
		return set
	}
	p := value.Ppr(set)
	msg := fmt.Sprintf("TLC encountered a non-enumerable quantifier bound\n%s.\n%s", p, bv.span)
	if inf, ok := set.(*value.Infinite); ok && (inf.Name == "Nat" || inf.Name == "Int") {
		msg = fmt.Sprintf("TLC encountered the non-enumerable quantifier bound\n%[1]s\n%[2]s\n"+
			"The set %[1]s contains infinitely many elements. As a result, TLC cannot evaluate expressions that\n"+
			"universally (\\A) or existentially (\\E) quantify over %[1]s, because this would require checking an\n"+
			"infinite number of cases. Note that TLC handles set membership like T \\subseteq %[1]s for any finite set T.", p, bv.span)
	} else if _, ok := set.(*value.SeqSet); ok {
		msg = fmt.Sprintf("TLC encountered the non-enumerable quantifier bound\n%[1]s\n%[2]s\n"+
			"In TLA+, Seq(S) represents the set of all finite sequences whose elements come from the set S. Even when S\n"+
			"is a finite set, the number of possible sequences in Seq(S) is unbounded because sequences can have any\n"+
			"finite length (e.g., length 0, 1, 2, and so on). As a result, TLC cannot evaluate expressions that\n"+
			"universally (\\A) or existentially (\\E) quantify over %[1]s, because this would require checking an\n"+
			"infinite number of cases. Note that for a finite set of sequences s, TLC handles s \\subseteq Seq(S).\n"+
			"See https://explain.tlapl.us/seq-unenumerable for additional details.", p, bv.span)
	}
	panic(&Error{Msg: msg, Pos: bv.span.Start, Whole: true})
}

// memberOf is elem \in set, failing on a set that is no set as the
// member method of the class TLC would hold it in does.
func memberOf(at src, elem, set Value) bool {
	if set.Kind() == value.KindSet {
		return value.Member(elem, set)
	}
	e, v := value.Ppr(elem), value.Ppr(set)
	what := ""
	switch x := set.(type) {
	case value.Int:
		what = "the integer "
	case *value.Str:
		what = "the string "
	case value.Bool:
		what = "the boolean "
	case *value.ModelVal:
		what = "the model value "
	case *value.Func:
		switch {
		case x.Dom == nil:
			fail(at, "Attempted to check set membership in a tuple value.")
		case x.HasStringDomain():
			fail(at, "Attempted to check if element:\n%s\nis in the record:\n%s", e, v)
		}
		what = "the function "
	case *lazyFunc:
		what = "the function "
	default:
		what = "operator "
	}
	fail(at, "Attempted to check if the value:\n%s\nis an element of %s%s", e, what, v)
	return false
}

// bind stores elem in bound variable bv's slots.
func (bv *boundVar) bind(ctx *Ctx, elem Value) {
	if !bv.tuple {
		ctx.frame.vals[bv.slots[0]] = elem
		return
	}
	t, ok := elem.(*value.Func)
	if !ok || !t.IsSeq() || t.Len() != len(bv.slots) {
		fail(bv.at, "A tuple of %d identifiers was bound to the value %s.", len(bv.slots), value.Ppr(elem))
	}
	for i, s := range bv.slots {
		ctx.frame.vals[s] = t.Vals[i]
	}
}

// bindArg binds a function's argument to its bound variables bs: the
// argument itself, or with several bounds the components of the tuple it
// is (it is in the function's domain, their product).
func bindArg(ctx *Ctx, bs []boundVar, arg Value) {
	if len(bs) == 1 {
		bs[0].bind(ctx, arg)
		return
	}
	t := arg.(*value.Func)
	for i := range bs {
		bs[i].bind(ctx, t.Vals[i])
	}
}

// forEach binds every combination of bs's elements in TLC's order (its
// ContextEnumerator: the first bound variable varies fastest) and calls
// body; it stops when body returns false, and reports whether it ran to
// the end.
func forEach(ctx *Ctx, bs []boundVar, body func() bool) bool {
	if len(bs) == 0 {
		return body()
	}
	bv := &bs[len(bs)-1]
	return forEachElem(ctx, bv.at, bv.boundSet(ctx), func(e Value) bool {
		bv.bind(ctx, e)
		return forEach(ctx, bs[:len(bs)-1], body)
	})
}

// unbounded compiles a quantifier or a CHOOSE over no set (\E x : P),
// which TLC fails on when it evaluates it, with TLC's message; its level
// is that of its body P, in which names are bound.
func (c *compiler) unbounded(s *scope, e ast.Expr, names []*ast.Ident, body ast.Expr, op string) (evalFn, int) {
	inner := s.child()
	for _, n := range names {
		inner.bind(n.Name, 0)
	}
	_, lvl := c.expr(body, inner)
	span := exprSpan(e, s.mod)
	err := &Error{Pos: span.Start, Whole: true, Msg: fmt.Sprintf(
		"TLC attempted to evaluate an unbounded %s.\nMake sure that the expression is of form %s x \\in S: P(x).\n%s", op, op, span)}
	return func(*Ctx) Value { panic(err) }, lvl
}

// boundNames are the names bs bind.
func boundNames(bs []*ast.Bound) []*ast.Ident {
	var names []*ast.Ident
	for _, b := range bs {
		names = append(names, b.Names...)
	}
	return names
}

func (c *compiler) quant(e *ast.QuantExpr, s *scope) (evalFn, int) {
	if e.Quant != ast.Forall && e.Quant != ast.Exists {
		return c.temporal(s, e, string(e.Quant))
	}
	if !boundedAll(e.Bounds) {
		return c.unbounded(s, e, boundNames(e.Bounds), e.Body, string(e.Quant))
	}
	bs, inner, l1 := c.bounds(e.Bounds, s)
	body, l2 := c.expr(e.Body, inner)
	site := newBoolSite(e, s, asQuantBody)
	site.at = s.mod.src(e.Body.Pos())
	if e.Quant == ast.Forall {
		return func(ctx *Ctx) Value {
			ok := forEach(ctx, bs, func() bool { return site.test(ctx, body(ctx)) })
			return value.Bool(ok)
		}, max(l1, l2)
	}
	return func(ctx *Ctx) Value {
		found := !forEach(ctx, bs, func() bool { return !site.test(ctx, body(ctx)) })
		return value.Bool(found)
	}, max(l1, l2)
}

func (c *compiler) choose(e *ast.ChooseExpr, s *scope) (evalFn, int) {
	if e.Bound.Set == nil {
		return c.unbounded(s, e, boundNames([]*ast.Bound{e.Bound}), e.Body, "CHOOSE")
	}
	bs, inner, l1 := c.bounds([]*ast.Bound{e.Bound}, s)
	body, l2 := c.expr(e.Body, inner)
	at := s.mod.src(e.Pos())
	bodySite := newBoolSite(e, s, asQuantBody)
	// TLC's message names the CHOOSE's range.
	span := exprSpan(e, s.mod)
	nothing := "Attempted to compute the value of an expression of form\nCHOOSE x \\in S: P, but no element of S satisfied P.\n" + span.String()
	notEnumerable := "Attempted to compute the value of an expression of\nform CHOOSE x \\in S: P, but S was not enumerable.\n" + span.String()
	return func(ctx *Ctx) Value {
		set := bs[0].set(ctx)
		if !tlcEnumerable(set) {
			panic(&Error{Msg: notEnumerable, Pos: span.Start, Whole: true})
		}
		for _, elem := range enumerable(at, set) {
			bs[0].bind(ctx, elem)
			if bodySite.test(ctx, body(ctx)) {
				return elem
			}
		}
		panic(&Error{Msg: nothing, Pos: span.Start, Whole: true})
	}, max(l1, l2)
}

func (c *compiler) setFilter(e *ast.SetFilter, s *scope) (evalFn, int) {
	s.captureEnclosingFrames() // the lazy form keeps the frames above
	bs, inner, l1 := c.bounds([]*ast.Bound{e.Bound}, s)
	pred, l2 := c.expr(e.Pred, inner)
	at := s.mod.src(e.Pred.Pos())
	site := newBoolSite(e.Pred, s, asFilter)
	return func(ctx *Ctx) Value {
		set := toSet(bs[0].at, bs[0].set(ctx))
		if s, ok := set.(*value.Set); ok && len(s.Elems) <= 8 {
			// Small enumerated sets: filter now, cheaper than laziness.
			var out []Value
			for _, elem := range s.Elems {
				bs[0].bind(ctx, elem)
				if site.test(ctx, pred(ctx)) {
					out = append(out, elem)
				}
			}
			return &value.Set{Elems: out}
		}
		// Lazy, as TLC's SetPredValue: x \in {y \in S : P} is decided
		// without enumerating S.
		lf := &lazyFilter{up: ctx.frame.up, cur: ctx.cur, m: ctx.m, level: ctx.level, bv: &bs[0], pred: pred, at: at, site: site}
		lf.vals = append(lf.slots[:0], ctx.frame.vals...)
		if ctx.next != nil {
			// A next state may still be being built; keep its values
			// as they are now.
			lf.next = append([]Value(nil), ctx.next...)
		}
		if ctx.initMode || ctx.curBuilding {
			// So may the current state (an initial predicate, a primed
			// expression).
			lf.cur = append([]Value(nil), ctx.cur...)
		}
		lf.set = value.Filtered{Base: set, Predicate: lf}
		return &lf.set
	}, max(l1, l2)
}

// lazyFilter is a lazy {x \in S : P} and its predicate: P with the
// frame, states and machine of where the set was built, copied where
// they may change later. The value may be used from several workers, so
// each evaluation runs in a frame of its own: one per membership test,
// one per enumeration.
type lazyFilter struct {
	set       value.Filtered
	vals      []Value
	slots     [4]Value // vals, when the frame has at most 4 slots
	up        *Frame
	cur, next []Value
	m         *Machine
	level     int32
	bv        *boundVar
	pred      evalFn
	at        src
	site      *boolSite
}

func (lf *lazyFilter) ctx() *Ctx {
	f := newFrame(len(lf.vals), lf.up)
	copy(f.vals, lf.vals)
	return &Ctx{cur: lf.cur, next: lf.next, m: lf.m, frame: f, level: lf.level}
}

// Holds decides P for v.
func (lf *lazyFilter) Holds(v Value) bool {
	sub := lf.ctx()
	lf.bv.bind(sub, v)
	return lf.site.test(sub, lf.pred(sub))
}

// Select keeps the elements that satisfy P, evaluating in one frame.
func (lf *lazyFilter) Select(elems []Value) []Value {
	sub := lf.ctx()
	var out []Value
	for _, v := range elems {
		lf.bv.bind(sub, v)
		if lf.site.test(sub, lf.pred(sub)) {
			out = append(out, v)
		}
	}
	return out
}

// Text is how the set prints when its base cannot be enumerated.
func (lf *lazyFilter) Text() string { return "{x \\in " + value.Print(lf.set.Base) + " : ...}" }

func (c *compiler) setMap(e *ast.SetMap, s *scope) (evalFn, int) {
	bs, inner, l1 := c.bounds(e.Bounds, s)
	elem, l2 := c.expr(e.Elem, inner)
	return func(ctx *Ctx) Value {
		var out []Value
		forEach(ctx, bs, func() bool {
			out = append(out, elem(ctx))
			return true
		})
		return value.NewSet(out)
	}, max(l1, l2)
}

func (c *compiler) funcCons(e *ast.FuncCons, s *scope) (evalFn, int) {
	bs, inner, l1 := c.bounds(e.Bounds, s)
	body, l2 := c.expr(e.Body, inner)
	at := s.mod.src(e.Pos())
	var names []string // of the bound variables, for printing a lazy form
	for _, b := range e.Bounds {
		for _, n := range b.Names {
			names = append(names, n.Name)
		}
	}
	if len(names) != len(bs) {
		names = nil // a tuple among them: never lazy
	}
	return func(ctx *Ctx) Value {
		if len(bs) == 1 && !bs[0].tuple {
			set := bs[0].set(ctx)
			if lf := newLazyCons(ctx, bs, []Value{set}, body, names); lf != nil {
				return lf
			}
			elems := enumerable(at, set)
			vals := make([]Value, len(elems))
			for i, x := range elems {
				bs[0].bind(ctx, x)
				vals[i] = body(ctx)
			}
			f := value.NewFunc(append([]Value(nil), elems...), vals)
			if _, ok := set.(*value.Interval); ok && len(elems) > 0 {
				f.IntvDom = true // a new value: NewFunc shares only the empty one
			}
			return f
		}
		if names != nil {
			sets := make([]Value, len(bs))
			for i := range bs {
				sets[i] = bs[i].set(ctx)
			}
			if lf := newLazyCons(ctx, bs, sets, body, names); lf != nil {
				return lf
			}
		}
		var dom, vals []Value
		forEach(ctx, bs, func() bool {
			args := make([]Value, 0, len(bs))
			for _, bv := range bs {
				for _, slot := range bv.slots {
					args = append(args, ctx.frame.vals[slot])
				}
			}
			if len(bs) == 1 && bs[0].tuple {
				dom = append(dom, value.Tuple(args))
			} else {
				dom = append(dom, value.Tuple(args))
			}
			vals = append(vals, body(ctx))
			return true
		})
		return value.NewFunc(dom, vals)
	}, max(l1, l2)
}

func (c *compiler) recordCons(e *ast.RecordCons, s *scope) (evalFn, int) {
	names := make([]*value.Str, len(e.Fields))
	fns := make([]evalFn, len(e.Fields))
	lvl := lvlConst
	for i, f := range e.Fields {
		names[i] = c.m.Interner.String(f.Name.Name)
		var l int
		fns[i], l = c.expr(f.Value, s)
		lvl = max(lvl, l)
	}
	if dom, order, ok := recordDomain(names); ok {
		// The field names are known: the record's domain is built once,
		// in value order, and shared by every record made here (values
		// are immutable); a record is then one slice of values.
		return func(ctx *Ctx) Value {
			r := value.MakeFunc(dom, len(fns))
			for i, k := range order {
				r.Vals[i] = fns[k](ctx)
			}
			return r
		}, lvl
	}
	return func(ctx *Ctx) Value {
		vals := make([]Value, len(fns))
		for i, f := range fns {
			vals[i] = f(ctx)
		}
		return value.Record(names, vals)
	}, lvl
}

// recordDomain returns a record constructor's domain in value order and,
// for each of its elements, the field it comes from; ok is false when a
// field name repeats (value.Record decides then).
func recordDomain(names []*value.Str) (dom []Value, order []int, ok bool) {
	order = make([]int, len(names))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return value.Compare(names[order[a]], names[order[b]]) < 0 })
	dom = make([]Value, len(names))
	for i, k := range order {
		dom[i] = names[k]
		if i > 0 && value.Compare(dom[i-1], dom[i]) == 0 {
			return nil, nil, false
		}
	}
	if len(dom) == 0 {
		return nil, nil, false
	}
	return dom, order, true
}

func (c *compiler) recordSet(e *ast.RecordSet, s *scope) (evalFn, int) {
	names := make([]*value.Str, len(e.Fields))
	fns := make([]evalFn, len(e.Fields))
	lvl := lvlConst
	for i, f := range e.Fields {
		names[i] = c.m.Interner.String(f.Name.Name)
		var l int
		fns[i], l = c.expr(f.Value, s)
		lvl = max(lvl, l)
	}
	// Fields in record order (the Interner's), as records are.
	order := make([]int, len(names))
	for i := range order {
		order[i] = i
	}
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && names[order[j]].ID < names[order[j-1]].ID; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	sorted := make([]*value.Str, len(names))
	for i, k := range order {
		sorted[i] = names[k]
	}
	return func(ctx *Ctx) Value {
		sets := make([]Value, len(fns))
		for i, k := range order {
			sets[i] = fns[k](ctx)
		}
		return &value.RecordSet{Names: sorted, Sets: sets}
	}, lvl
}

func (c *compiler) funcApp(e *ast.FuncApp, s *scope) (evalFn, int) {
	// f[x] where f is a recursive function definition: apply lazily.
	fn, l1 := c.expr(e.Fn, s)
	args, l2 := c.exprs(e.Args, s)
	site := &applySite{at: s.mod.src(e.Pos()), span: exprSpan(e, s.mod)}
	if len(args) == 1 {
		a := args[0]
		return func(ctx *Ctx) Value { return applyFunc(ctx, site, fn(ctx), a(ctx)) }, max(l1, l2)
	}
	return func(ctx *Ctx) Value {
		return applyFunc(ctx, site, fn(ctx), value.Tuple(evalArgs(ctx, args)))
	}, max(l1, l2)
}

// applySite is where a function is applied (f[x] or r.x): the place of
// our errors and the range TLC's messages name.
type applySite struct {
	at   src
	span Span
}

// failWhole raises TLC's message msg followed by the range it names.
func (site *applySite) failWhole(format string, args ...any) {
	panic(&Error{Msg: fmt.Sprintf(format, args...) + "\n" + site.span.String(), Pos: site.span.Start, Whole: true})
}

// applyFunc is f[arg], failing outside the domain as TLC's kind of
// function does. A function on 1..n is TLC's FcnRcdValue on an interval
// when f.Fcn says so, and a tuple (TupleValue) otherwise. A function
// with a listed domain is a FcnRcdValue, which compares a small domain
// element by element with equals, so that a value of another type fails
// as equality does (a record, applied with brackets, is rarer).
func applyFunc(ctx *Ctx, site *applySite, f, arg Value) Value {
	switch f := f.(type) {
	case *value.Func:
		if f.Dom == nil {
			n, ok := arg.(value.Int)
			switch {
			case !ok && f.Fcn && len(f.Vals) == 0:
				// An empty domain is a set to TLC, not an interval.
				fail(site.at, "Attempted to apply function:\n%s\nto argument %s, which is not in the domain of the function.", value.Ppr(f), value.Ppr(arg))
			case !ok && f.Fcn:
				fail(site.at, "Attempted to apply function with integer domain to the non-integer argument %s", value.Ppr(arg))
			case !ok:
				fail(site.at, "Attempted to access tuple at a non integral index: %s", value.Ppr(arg))
			case n >= 1 && int64(n) <= int64(len(f.Vals)):
				return f.Vals[n-1]
			case f.Fcn:
				fail(site.at, "Attempted to apply function:\n%s\nto argument %d, which is not in the domain of the function.", value.Ppr(f), n)
			default:
				fail(site.at, "Attempted to access index %d of tuple\n%s\nwhich is out of bounds.", n, value.Ppr(f))
			}
		}
		if len(f.Dom) < fcnLinearSearch && !sameScalarKind(f.Dom[0], arg) {
			for i, d := range f.Dom {
				if value.Equal(d, arg) {
					return f.Vals[i]
				}
			}
		} else if v, ok := f.Apply(arg); ok {
			return v
		}
		fail(site.at, "Attempted to apply function:\n%s\nto argument %s, which is not in the domain of the function.", value.Ppr(f), value.Ppr(arg))
	case *lazyFunc:
		return f.apply(ctx, site.at, arg)
	}
	site.failWhole("A non-function (%s) was applied as a function.", tlcKind(f))
	return nil
}

// sameScalarKind says whether x and y are both integers, both strings or
// both model values: values that equality and TLC's order compare
// without fail, so that a binary search answers as a linear one.
func sameScalarKind(x, y Value) bool {
	switch x.(type) {
	case value.Int:
		_, ok := y.(value.Int)
		return ok
	case *value.Str:
		_, ok := y.(*value.Str)
		return ok
	case *value.ModelVal:
		_, ok := y.(*value.ModelVal)
		return ok
	}
	return false
}

// fcnLinearSearch is the size of domain below which TLC's FcnRcdValue
// looks an argument up by equality, element by element, rather than by
// binary search with its order (LINEAR_SEARCH_THRESHOLD).
const fcnLinearSearch = 32

// selectField is r.name, as TLC evaluates it (Tool's RcdSelect): a record
// without the field, or a value that is no function, fails with the
// range of the selection; another function is applied to the string.
func selectField(ctx *Ctx, site *applySite, r Value, name *value.Str) Value {
	if f, ok := r.(*value.Func); ok && f.Dom != nil {
		if _, ok := f.Dom[0].(*value.Str); ok {
			if v, ok := f.Apply(name); ok {
				return v
			}
			site.failWhole("Attempted to select nonexistent field %s from the record\n%s", value.Print(name), value.Ppr(f))
		}
	}
	switch r.(type) {
	case *value.Func, *lazyFunc:
		return applyFunc(ctx, site, r, name)
	}
	site.failWhole("Attempted to select field %s from a non-record value %s", value.Print(name), value.Ppr(r))
	return nil
}
