package eval

import (
	"sort"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// nativeOp is a built-in operator on evaluated arguments.
type nativeOp func(c *Ctx, args []Value) Value

// languageBuiltin compiles a name no module defines: TLA+'s own.
func (c *compiler) languageBuiltin(name string, args []ast.Expr, s *scope, n ast.Node) (evalFn, int) {
	switch name {
	case "TRUE":
		return constFn(value.True), lvlConst
	case "FALSE":
		return constFn(value.False), lvlConst
	case "BOOLEAN":
		return constFn(value.NewSet([]Value{value.False, value.True})), lvlConst
	case "STRING":
		return constFn(&value.Infinite{Name: "STRING"}), lvlConst
	}
	return c.stdBuiltin(name, args, s, n)
}

// stdBuiltin compiles a built-in operator applied to args.
func (c *compiler) stdBuiltin(name string, args []ast.Expr, s *scope, n ast.Node) (evalFn, int) {
	at := s.mod.src(n.Pos())
	switch name {
	case "Nat", "Int", "Real":
		if name == "Real" {
			unsupported(s, n, "Real")
		}
		return constFn(&value.Infinite{Name: name}), lvlConst
	case "EmptyBag":
		return constFn(value.EmptyTuple), lvlConst
	case "JavaTime":
		return func(*Ctx) Value { return value.Int(time.Now().Unix() & 0x7fffffff) }, lvlState
	}
	var params []*ast.Param
	switch name {
	case "SelectSeq", "SortSeq", "BagOfAll":
		params = []*ast.Param{{Arity: 0}, {Arity: 2}}
		if name == "SelectSeq" {
			params[1].Arity = 1
		}
		if name == "BagOfAll" {
			params = []*ast.Param{{Arity: 1}, {Arity: 0}}
		}
	}
	op := c.strictBuiltin(name, len(args), at)
	if op == nil {
		op = communityOp(name, at)
	}
	if op == nil {
		op = jsonOp(name, len(args), at)
	}
	fns, lvl := c.argsStrict(args, params, s)
	if op == nil {
		// Unsupported when evaluated, not when compiled: TLC fails only
		// on what it evaluates (EWD840_json's invariant evaluates
		// JsonSerialize only if the real invariant is false).
		what := &Unsupported{What: "operator " + name, Pos: at.position()}
		return func(*Ctx) Value { panic(what) }, max(lvl, lvlState)
	}
	if name == "TLCGet" || name == "TLCSet" || name == "RandomElement" || name == "Print" || name == "PrintT" || name == "Assert" {
		lvl = max(lvl, lvlState)
	}
	if name == "TLCSet" || name == "RandomElement" {
		c.m.Nondeterministic = true
	}
	if name == "Print" || name == "PrintT" {
		c.m.Prints = true
	}
	if name == "TLCGet" && len(args) == 1 {
		// Only "level" depends on the state's level; a key written as
		// another string (TLCGet("config"), a register number) does not.
		switch key := unparen(args[0]).(type) {
		case *ast.StringLit:
			c.m.usesLevel = c.m.usesLevel || key.Value == "level"
		case *ast.NumberLit:
		default:
			c.m.usesLevel = true
		}
	}
	if g := c.tupleMember(name, args, fns, s, at); g != nil {
		return g, lvl
	}
	switch len(fns) {
	case 0:
		if lvl == lvlConst {
			var once Value
			return func(ctx *Ctx) Value {
				if once == nil {
					return op(ctx, nil)
				}
				return once
			}, lvlConst
		}
		return func(ctx *Ctx) Value { return op(ctx, nil) }, lvl
	case 1:
		a := fns[0]
		if un := unaryBuiltin(name, at); un != nil {
			return func(ctx *Ctx) Value { return un(ctx, deref(ctx, a(ctx))) }, lvl
		}
		return func(ctx *Ctx) Value { return op(ctx, []Value{deref(ctx, a(ctx))}) }, lvl
	case 2:
		a, b := fns[0], fns[1]
		if bin := binaryBuiltin(name, at); bin != nil {
			return func(ctx *Ctx) Value { return bin(ctx, deref(ctx, a(ctx)), deref(ctx, b(ctx))) }, lvl
		}
		return func(ctx *Ctx) Value { return op(ctx, []Value{deref(ctx, a(ctx)), deref(ctx, b(ctx))}) }, lvl
	}
	return func(ctx *Ctx) Value {
		vals := evalArgs(ctx, fns)
		for i := range vals {
			vals[i] = deref(ctx, vals[i])
		}
		return op(ctx, vals)
	}, lvl
}

// tupleMember compiles <<e1, ..., en>> \in S (and \notin) for n up to 4
// without building the tuple (value.MemberTuple); nil for other forms.
func (c *compiler) tupleMember(name string, args []ast.Expr, fns []evalFn, s *scope, at src) evalFn {
	if (name != "\\in" && name != "\\notin") || len(args) != 2 {
		return nil
	}
	t, ok := unparen(args[0]).(*ast.Tuple)
	if !ok || len(t.Elems) == 0 || len(t.Elems) > 4 {
		return nil
	}
	elemFns, _ := c.exprs(t.Elems, s)
	set := fns[1]
	want := name == "\\in"
	return func(ctx *Ctx) Value {
		// As the tuple's own closure evaluates it (expr's *ast.Tuple),
		// then the set, as the operator's arguments are.
		var buf [4]Value
		elems := buf[:len(elemFns)]
		for i, f := range elemFns {
			elems[i] = f(ctx)
		}
		sv := deref(ctx, set(ctx))
		if sv.Kind() != value.KindSet {
			return value.Bool(memberOf(at, value.Tuple(append([]Value(nil), elems...)), sv) == want)
		}
		return value.Bool(value.MemberTuple(elems, sv) == want)
	}
}

func toInt(at src, v Value) int64 {
	n, ok := v.(value.Int)
	if !ok {
		fail(at, "Expected an integer, but got %s:\n%s", kindName(v), value.Ppr(v))
	}
	return int64(n)
}

func toFunc(ctx *Ctx, at src, v Value) *value.Func {
	f, ok := strict(ctx, at, v).(*value.Func)
	if !ok {
		fail(at, "Expected a function, sequence or record, but got %s:\n%s", kindName(v), value.Ppr(v))
	}
	return f
}

// subSeq is SubSeq(s, m, n) as TLC's Sequences.SubSeq computes it, of a
// sequence or of a string (Java's substring: positions in UTF-16 code
// units), with its module errors.
func subSeq(c *Ctx, at src, s, mv, nv Value) Value {
	str, isStr := s.(*value.Str)
	var seq *value.Func
	if !isStr {
		seq = toSeq(c, at, s, "SubSeq")
	}
	m, ok := mv.(value.Int)
	if !ok {
		failModule(at, "The second argument of SubSeq should be a natural number, but instead it is:\n%s", value.Ppr(mv))
	}
	n, ok := nv.(value.Int)
	if !ok {
		failModule(at, "The third argument of SubSeq should be a natural number, but instead it is:\n%s", value.Ppr(nv))
	}
	if m > n {
		if isStr {
			return c.m.Interner.String("")
		}
		return value.EmptyTuple
	}
	var units []uint16
	length := value.Int(0)
	if isStr {
		units = utf16.Encode([]rune(str.S))
		length = value.Int(len(units))
	} else {
		length = value.Int(seq.Len())
	}
	if m < 1 || m > length {
		failModule(at, "The second argument of SubSeq must be in the domain of its first argument:\n%s\n, but instead it is\n%d", value.Ppr(s), m)
	}
	if n < 1 || n > length {
		failModule(at, "The third argument of SubSeq must be in the domain of its first argument:\n%s\n, but instead it is\n%d", value.Ppr(s), n)
	}
	if isStr {
		return c.m.Interner.String(string(utf16.Decode(units[m-1 : n])))
	}
	return value.Tuple(seq.Vals[m-1 : n])
}

// utf16Len is the length of s as Java counts it (TLC's String.length).
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// toSeq is v as an argument of the sequence operator op (a key of
// notASequence), failing as TLC's Sequences module does when it is none.
func toSeq(ctx *Ctx, at src, v Value, op string) *value.Func {
	if f, ok := strict(ctx, at, v).(*value.Func); ok && f.IsSeq() {
		return f
	}
	failModule(at, notASequence[op], value.Ppr(v))
	return nil
}

// notASequence is TLC's message for an argument of a sequence operator
// that is no sequence (tlc2.module.Sequences and TLC), by operator; the
// two of \o by which argument it is.
var notASequence = map[string]string{
	"Len":       "The argument of Len should be a sequence, but instead it is:\n%s",
	"Head":      "The argument of Head should be a sequence, but instead it is:\n%s",
	"Tail":      "The argument of Tail should be a sequence, but instead it is:\n%s",
	"Append":    "Evaluating an expression of the form Append(s, v) when s is not a sequence:\n%s",
	"s \\o t":   "Evaluating an expression of the form s \\o t when s is not a sequence:\n%s",
	"t \\o s":   "Evaluating an expression of the form t \\o s when s is not a sequence:\n%s",
	"SubSeq":    "The first argument of SubSeq should be a sequence, but instead it is:\n%s",
	"SelectSeq": "The first argument of SelectSeq should be a sequence, but instead it is:\n%s",
	"SortSeq":   "The first argument of SortSeq should be a natural number, but instead it is:\n%s",
}

func toSet(at src, v Value) Value {
	if v.Kind() != value.KindSet {
		fail(at, "Expected a set, but got %s:\n%s", kindName(v), value.Ppr(v))
	}
	return v
}

func toStr(at src, v Value) string {
	s, ok := v.(*value.Str)
	if !ok {
		fail(at, "Expected a string, but got %s:\n%s", kindName(v), value.Ppr(v))
	}
	return s.S
}

func toClosure(at src, v Value) *closure {
	cl, ok := v.(*closure)
	if !ok {
		fail(at, "Expected an operator argument.")
	}
	return cl
}

// strictBuiltin returns the built-in called name taking arity
// arguments, or nil.
func (c *compiler) strictBuiltin(name string, arity int, at src) nativeOp {
	in := c.m.Interner
	switch arity {
	case 1:
		switch name {
		case "\\lnot":
			return func(c *Ctx, a []Value) Value { return value.Bool(!asBool(at, a[0])) }
		case "-.":
			return func(c *Ctx, a []Value) Value { return intNeg(at, a[0]) }
		case "SUBSET":
			return func(c *Ctx, a []Value) Value { return &value.Subset{Base: toSet(at, a[0])} }
		case "UNION":
			return func(c *Ctx, a []Value) Value {
				// Lazy, as TLC's UnionValue: membership needs no
				// enumeration.
				sets := enumerable(at, toSet(at, a[0]))
				for _, s := range sets {
					toSet(at, s)
				}
				if len(sets) == 1 {
					if s, ok := sets[0].(*value.Set); ok {
						return s
					}
				}
				return &value.Union{Sets: sets} // printed by its elements, as TLC's UnionValue
			}
		case "DOMAIN":
			return func(c *Ctx, a []Value) Value {
				if lf, ok := a[0].(*lazyFunc); ok {
					return lf.dom
				}
				return toFunc(c, at, a[0]).DomainSet()
			}
		case "Len", "Head", "Tail", "Cardinality":
			f := unaryBuiltin(name, at)
			return func(c *Ctx, a []Value) Value { return f(c, a[0]) }
		case "Seq":
			return func(c *Ctx, a []Value) Value { return &value.SeqSet{Base: toSet(at, a[0])} }
		case "IsFiniteSet":
			return func(c *Ctx, a []Value) Value { return value.Bool(value.IsFinite(toSet(at, a[0]))) }
		case "Permutations":
			return func(c *Ctx, a []Value) Value { return permutations(at, a[0]) }
		case "ToString":
			return func(c *Ctx, a []Value) Value { return in.String(value.Print(a[0])) }
		case "TLCEval":
			return func(c *Ctx, a []Value) Value { return a[0] }
		case "RandomElement":
			return func(c *Ctx, a []Value) Value {
				elems := enumerable(at, toSet(at, a[0]))
				if len(elems) == 0 {
					fail(at, "Attempted to apply RandomElement to the empty set.")
				}
				return elems[0]
			}
		case "PrintT":
			return func(c *Ctx, a []Value) Value { c.m.print(value.Ppr(a[0])); return value.True }
		case "TLCGet":
			return func(c *Ctx, a []Value) Value { return c.m.tlcGet(c, at, a[0]) }
		case "IsABag":
			return func(c *Ctx, a []Value) Value { return value.Bool(isBag(a[0])) }
		case "BagToSet":
			// TLC's override builds an enumerated set (Bags.BagToSet).
			return func(c *Ctx, a []Value) Value { return value.ToSet(toFunc(c, at, a[0]).DomainSet()) }
		case "SetToBag":
			return func(c *Ctx, a []Value) Value {
				elems := enumerable(at, toSet(at, a[0]))
				ones := make([]Value, len(elems))
				for i := range ones {
					ones[i] = value.Int(1)
				}
				return value.NewFunc(append([]Value(nil), elems...), ones)
			}
		case "BagCardinality":
			return func(c *Ctx, a []Value) Value {
				var n int64
				for _, v := range toFunc(c, at, a[0]).Vals {
					// TLC's Bags.BagCardinality: every count positive.
					k, ok := v.(value.Int)
					if !ok || k <= 0 {
						failModule(at, "Applying BagCardinality to the following value,\nwhich is not a bag:\n%s", value.Ppr(a[0]))
					}
					n += int64(k)
				}
				return value.Int(n)
			}
		case "SubBag":
			return func(c *Ctx, a []Value) Value { return subBags(c, at, toFunc(c, at, a[0])) }
		case "BagUnion":
			return func(c *Ctx, a []Value) Value {
				out := Value(value.EmptyTuple)
				for _, b := range enumerable(at, toSet(at, a[0])) {
					out = bagAdd(c, at, out, b, 1)
				}
				return out
			}
		}
	case 2:
		// The binary operators with a fast form (binaryBuiltin) are
		// called through it.
		if bin := binaryBuiltin(name, at); bin != nil {
			return func(c *Ctx, a []Value) Value { return bin(c, a[0], a[1]) }
		}
		switch name {
		case "\\equiv":
			return func(c *Ctx, a []Value) Value { return value.Bool(asBool(at, a[0]) == asBool(at, a[1])) }
		case "\\times":
			return func(c *Ctx, a []Value) Value {
				return &value.Product{Factors: []Value{toSet(at, a[0]), toSet(at, a[1])}}
			}
		case "\\o":
			return func(c *Ctx, a []Value) Value {
				// TLC's Sequences.Concat joins two strings too.
				if x, ok := a[0].(*value.Str); ok {
					y, ok := a[1].(*value.Str)
					if !ok {
						fail(at, "Evaluating an expression of the form t \\o s when s is not a string:\n%s", value.Ppr(a[1]))
					}
					return c.m.Interner.String(x.S + y.S)
				}
				x, y := toSeq(c, at, a[0], "s \\o t"), toSeq(c, at, a[1], "t \\o s")
				out := make([]Value, 0, x.Len()+y.Len())
				return value.Tuple(append(append(out, x.Vals...), y.Vals...))
			}
		case "SelectSeq":
			return func(c *Ctx, a []Value) Value {
				x := toSeq(c, at, a[0], "SelectSeq")
				test := toClosure(at, a[1])
				var out []Value
				for _, e := range x.Vals {
					if asBool(at, test.call(c, at, []Value{e})) {
						out = append(out, e)
					}
				}
				return value.Tuple(out)
			}
		case ":>":
			return func(c *Ctx, a []Value) Value { return value.NewFunc([]Value{a[0]}, []Value{a[1]}) }
		case "@@":
			return func(c *Ctx, a []Value) Value {
				f, g := toFunc(c, at, a[0]), toFunc(c, at, a[1])
				dom := make([]Value, 0, f.Len()+g.Len())
				vals := make([]Value, 0, f.Len()+g.Len())
				for i := range f.Vals {
					dom = append(dom, f.DomainAt(i))
					vals = append(vals, f.Vals[i])
				}
				for i := range g.Vals {
					dom = append(dom, g.DomainAt(i))
					vals = append(vals, g.Vals[i])
				}
				return value.NewFunc(dom, vals)
			}
		case "SortSeq":
			return func(c *Ctx, a []Value) Value {
				x := toSeq(c, at, a[0], "SortSeq")
				less := toClosure(at, a[1])
				out := append([]Value(nil), x.Vals...)
				sort.SliceStable(out, func(i, j int) bool { return asBool(at, less.call(c, at, []Value{out[i], out[j]})) })
				return value.Tuple(out)
			}
		case "Print":
			// TLC prints both arguments (tlc2.module.TLC.Print).
			return func(c *Ctx, a []Value) Value { c.m.print(value.Ppr(a[0]) + "  " + value.Ppr(a[1])); return a[1] }
		case "Assert":
			return func(c *Ctx, a []Value) Value {
				if !asBool(at, a[0]) {
					// TLC prints the second argument as a value: a
					// string keeps its quotes.
					msg := value.Ppr(a[1])
					panic(&Error{Msg: "The first argument of Assert evaluated to FALSE; the second argument was:\n" + msg, Pos: at.position(), Kind: "assert", Module: true})
				}
				return value.True
			}
		case "TLCSet":
			return func(c *Ctx, a []Value) Value { c.m.tlcSet(at, a[0], a[1]); return value.True }
		case "BagIn":
			return func(c *Ctx, a []Value) Value {
				// TLC's Bags.BagIn: in the domain with a positive count.
				v, ok := toFunc(c, at, a[1]).Apply(a[0])
				if !ok {
					return value.False
				}
				n, isInt := v.(value.Int)
				if !isInt {
					failModule(at, "The second argument of BagIn should be a bag, but instead it is:\n%s", value.Ppr(a[1]))
				}
				return value.Bool(n > 0)
			}
		case "CopiesIn":
			return func(c *Ctx, a []Value) Value {
				v, ok := toFunc(c, at, a[1]).Apply(a[0])
				if !ok {
					return value.Int(0)
				}
				return v
			}
		case "\\oplus":
			return func(c *Ctx, a []Value) Value {
				// TLC's Bags.BagCup takes bags only.
				if !isBag(a[0]) {
					failModule(at, "The first argument of (+) should be a bag, but instead it is:\n%s", value.Ppr(a[0]))
				}
				if !isBag(a[1]) {
					failModule(at, "The second argument of (+) should be a bag, but instead it is:\n%s", value.Ppr(a[1]))
				}
				return bagAdd(c, at, a[0], a[1], 1)
			}
		case "\\ominus":
			return func(c *Ctx, a []Value) Value { return bagAdd(c, at, a[0], a[1], -1) }
		case "\\sqsubseteq":
			return func(c *Ctx, a []Value) Value {
				// TLC's Bags.SqSubseteq: no count of the first exceeds
				// the second's (0 where it has none).
				x, y := toFunc(c, at, a[0]), toFunc(c, at, a[1])
				for i, v := range x.Vals {
					n := toInt(at, v)
					if w, ok := y.Apply(x.DomainAt(i)); ok {
						n -= toInt(at, w)
					}
					if n > 0 {
						return value.False
					}
				}
				return value.True
			}
		case "BagOfAll":
			return func(c *Ctx, a []Value) Value {
				f := toClosure(at, a[0])
				b := toFunc(c, at, a[1])
				out := Value(value.EmptyTuple)
				for i, n := range b.Vals {
					out = bagAdd(c, at, out, value.NewFunc([]Value{f.call(c, at, []Value{b.DomainAt(i)})}, []Value{n}), 1)
				}
				return out
			}
		}
	case 3:
		switch name {
		case "SubSeq":
			return func(c *Ctx, a []Value) Value { return subSeq(c, at, a[0], a[1], a[2]) }
		}
	}
	if name == "\\times" && arity > 2 {
		return func(c *Ctx, a []Value) Value {
			fs := make([]Value, len(a))
			for i, v := range a {
				fs[i] = toSet(at, v)
			}
			return &value.Product{Factors: fs}
		}
	}
	if name == "Any" && arity == 0 {
		return func(*Ctx, []Value) Value { return &value.Infinite{Name: "Any"} }
	}
	return nil
}

// setUnion is x \cup y.
func setUnion(at src, a, b Value) Value {
	x, y := toSet(at, a), toSet(at, b)
	// TLC's enumerated sets and intervals (Reducible) compute the union
	// themselves, the left one if it is one: empty, it returns the other
	// operand as it is ({} \cup 1..2 is 1..2 and prints so); otherwise
	// it adds the other's elements that are not its members, an
	// interval failing on a member that is no integer.
	reducible := func(v Value) bool {
		switch v.(type) {
		case *value.Set, *value.Interval:
			return true
		}
		return false
	}
	this, other := x, y
	if !reducible(x) && reducible(y) {
		this, other = y, x
	}
	if reducible(this) {
		if value.Card(this) == 0 {
			return other
		}
		if iv, ok := this.(*value.Interval); ok && reducible(other) {
			for _, e := range enumerable(at, other) {
				value.Member(e, iv) // fails as TLC's does on a value that is no integer
			}
		}
	}
	if !value.IsFinite(x) || !value.IsFinite(y) {
		return &value.Union{Sets: []Value{x, y}}
	}
	xs, ok1 := x.(*value.Set)
	ys, ok2 := y.(*value.Set)
	if ok1 && ok2 {
		return value.UnionSets(xs, ys)
	}
	return value.NewSet(append(append([]Value(nil), enumerable(at, x)...), enumerable(at, y)...))
}

// setIntersect is x \cap y.
func setIntersect(at src, a, b Value) Value {
	x, y := toSet(at, a), toSet(at, b)
	if !value.IsFinite(x) {
		if value.IsFinite(y) {
			x, y = y, x
		} else {
			return &value.Filtered{Base: x, Text: func() string { return value.Print(x) + " \\cap " + value.Print(y) }, Pred: func(e Value) bool { return value.Member(e, y) }}
		}
	}
	var out []Value
	for _, e := range enumerable(at, x) {
		if value.Member(e, y) {
			out = append(out, e)
		}
	}
	return &value.Set{Elems: out}
}

// setMinus is x \ y.
func setMinus(at src, a, b Value) Value {
	x, y := toSet(at, a), toSet(at, b)
	xs, ok := x.(*value.Set)
	if !ok {
		// Lazy, as TLC's SetDiffValue: a membership test needs no
		// enumeration of x.
		return &value.Filtered{Base: x, Text: func() string { return value.Print(x) + " \\ " + value.Print(y) }, Pred: func(e Value) bool { return !value.Member(e, y) }}
	}
	var out []Value
	for i, e := range xs.Elems {
		if value.Member(e, y) {
			if out == nil {
				out = make([]Value, i, len(xs.Elems)-1)
				copy(out, xs.Elems[:i])
			}
			continue
		}
		if out != nil {
			out = append(out, e)
		}
	}
	if out == nil {
		// Nothing removed: x itself (values are immutable).
		return xs
	}
	return &value.Set{Elems: out}
}

func subseteq(at src, x, y Value) bool {
	toSet(at, x)
	toSet(at, y)
	if sx, ok := x.(*value.Subset); ok {
		if sy, ok := y.(*value.Subset); ok {
			return subseteq(at, sx.Base, sy.Base)
		}
	}
	for _, e := range enumerable(at, x) {
		if !value.Member(e, y) {
			return false
		}
	}
	return true
}

func permutations(at src, s Value) Value {
	elems := enumerable(at, toSet(at, s))
	var out []Value
	perm := make([]int, len(elems))
	used := make([]bool, len(elems))
	var rec func(i int)
	rec = func(i int) {
		if i == len(elems) {
			vals := make([]Value, len(elems))
			for k, p := range perm {
				vals[k] = elems[p]
			}
			out = append(out, value.NewFunc(append([]Value(nil), elems...), vals))
			return
		}
		for j := range elems {
			if !used[j] {
				used[j] = true
				perm[i] = j
				rec(i + 1)
				used[j] = false
			}
		}
	}
	rec(0)
	return value.NewSet(out)
}

func isBag(v Value) bool {
	f, ok := v.(*value.Func)
	if !ok {
		return false
	}
	for _, n := range f.Vals {
		if i, ok := n.(value.Int); !ok || i <= 0 {
			return false
		}
	}
	return true
}

// bagAdd is a (+) b (sign 1) or a (-) b (sign -1).
func bagAdd(c *Ctx, at src, a, b Value, sign int64) Value {
	x, y := toFunc(c, at, a), toFunc(c, at, b)
	var dom, vals []Value
	for i, v := range x.Vals {
		d := x.DomainAt(i)
		n := toInt(at, v)
		if w, ok := y.Apply(d); ok {
			n += sign * toInt(at, w)
		}
		if n > 0 {
			dom = append(dom, d)
			vals = append(vals, value.Int(n))
		}
	}
	if sign > 0 {
		for i, w := range y.Vals {
			d := y.DomainAt(i)
			if _, ok := x.Apply(d); !ok {
				dom = append(dom, d)
				vals = append(vals, w)
			}
		}
	}
	return value.NewFunc(dom, vals)
}

func subBags(c *Ctx, at src, b *value.Func) Value {
	var out []Value
	var rec func(i int, dom, vals []Value)
	rec = func(i int, dom, vals []Value) {
		if i == b.Len() {
			out = append(out, value.NewFunc(append([]Value(nil), dom...), append([]Value(nil), vals...)))
			return
		}
		rec(i+1, dom, vals)
		for n := int64(1); n <= toInt(at, b.Vals[i]); n++ {
			rec(i+1, append(dom, b.DomainAt(i)), append(vals, value.Int(n)))
		}
	}
	rec(0, nil, nil)
	return value.NewSet(out)
}

// registers are TLCGet/TLCSet's, shared by the run.
type registers struct {
	vals map[int64]Value
}

func (m *Machine) tlcSet(at src, k, v Value) {
	n, ok := k.(value.Int)
	if !ok {
		panic(&Unsupported{What: "TLCSet with a non-integer register " + value.Print(k), Pos: at.position()})
	}
	m.regMu.Lock()
	m.tlcRegs.vals[int64(n)] = v
	m.regMu.Unlock()
}

func (m *Machine) tlcGet(c *Ctx, at src, k Value) Value {
	switch k := k.(type) {
	case value.Int:
		m.regMu.Lock()
		v := m.tlcRegs.vals[int64(k)]
		m.regMu.Unlock()
		if v == nil {
			fail(at, "TLCGet(%d) was called before TLCSet set it.", k)
		}
		return v
	case *value.Str:
		if k.S == "-Dtlc2.tool.impl.Tool.cdot" {
			// TLC reads Java system properties so; action composition,
			// which the property enables in TLC, is always on here.
			return m.Interner.String("true")
		}
		if k.S == "level" {
			if c.level == 0 {
				panic(&Unsupported{What: `TLCGet("level") where the level is not known (a temporal property, the ALIAS of a liveness counterexample)`, Pos: at.position()})
			}
			return value.Int(c.level - 1)
		}
		if k.S == "config" {
			in := m.Interner
			names := []*value.Str{in.String("mode"), in.String("worker"), in.String("deadlock")}
			return value.Record(names, []Value{in.String("bfs"), value.Int(m.Workers), value.Bool(m.CheckDeadlock)})
		}
		if m.TLCGetHook != nil {
			if v := m.TLCGetHook(k.S); v != nil {
				return v
			}
		}
	}
	panic(&Unsupported{What: "TLCGet(" + value.Print(k) + ")", Pos: at.position()})
}

func (m *Machine) print(s string) {
	if m.output != nil {
		m.output(strings.TrimSuffix(s, "\n"))
	}
}
