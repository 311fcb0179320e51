package eval

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"

// binOp is a built-in binary operator on evaluated arguments: the hot
// ones are called without building an argument slice.
type binOp func(c *Ctx, a, b Value) Value

// binaryBuiltin returns the fast form of a binary built-in, or nil.
func binaryBuiltin(name string, at src) binOp {
	switch name {
	case "=":
		return func(c *Ctx, a, b Value) Value { return value.Bool(value.Equal(strict(c, at, a), strict(c, at, b))) }
	case "/=":
		return func(c *Ctx, a, b Value) Value { return value.Bool(!value.Equal(strict(c, at, a), strict(c, at, b))) }
	case "\\in":
		return func(c *Ctx, a, b Value) Value { return value.Bool(memberOf(at, strict(c, at, a), b)) }
	case "\\notin":
		return func(c *Ctx, a, b Value) Value { return value.Bool(!memberOf(at, strict(c, at, a), b)) }
	case "+", "-", "*":
		return func(c *Ctx, a, b Value) Value { return arith(at, a, b, name) }
	case "<":
		return func(c *Ctx, a, b Value) Value { x, y := cmpArgs(at, a, b, "<"); return value.Bool(x < y) }
	case ">":
		return func(c *Ctx, a, b Value) Value { x, y := cmpArgs(at, a, b, ">"); return value.Bool(x > y) }
	case "\\leq":
		return func(c *Ctx, a, b Value) Value { x, y := cmpArgs(at, a, b, "<="); return value.Bool(x <= y) }
	case "\\geq":
		return func(c *Ctx, a, b Value) Value { x, y := cmpArgs(at, a, b, ">="); return value.Bool(x >= y) }
	case "\\union":
		return func(c *Ctx, a, b Value) Value { return setUnion(at, a, b) }
	case "\\intersect":
		return func(c *Ctx, a, b Value) Value { return setIntersect(at, a, b) }
	case "\\":
		return func(c *Ctx, a, b Value) Value { return setMinus(at, a, b) }
	case "\\subseteq":
		return func(c *Ctx, a, b Value) Value { return value.Bool(subseteq(at, a, b)) }
	case "Append":
		return func(c *Ctx, a, b Value) Value { return seqAppend(c, at, a, b) }
	case "%":
		return func(c *Ctx, a, b Value) Value { return intMod(at, a, b) }
	case "\\div":
		return func(c *Ctx, a, b Value) Value { return intDiv(at, a, b) }
	case "^":
		return func(c *Ctx, a, b Value) Value { return intPower(at, a, b) }
	case "..":
		return func(c *Ctx, a, b Value) Value { return interval(at, a, b) }
	}
	return nil
}

// forEachElem calls f with the elements of a set in order, without
// building a slice for an interval; it stops when f returns false.
func forEachElem(ctx *Ctx, at src, set Value, f func(Value) bool) bool {
	if iv, ok := set.(*value.Interval); ok {
		for i := iv.Lo; i <= iv.Hi; i++ {
			ctx.poll()
			if !f(value.Int(i)) {
				return false
			}
		}
		return true
	}
	for _, e := range enumerable(at, set) {
		ctx.poll()
		if !f(e) {
			return false
		}
	}
	return true
}

// unOp is a built-in unary operator on its evaluated argument: the hot
// ones are called without building an argument slice.
type unOp func(c *Ctx, a Value) Value

// unaryBuiltin returns the fast form of a unary built-in, or nil.
func unaryBuiltin(name string, at src) unOp {
	switch name {
	case "Len":
		return func(c *Ctx, a Value) Value {
			// TLC's Sequences.Len takes a string too.
			if str, ok := a.(*value.Str); ok {
				return value.Int(utf16Len(str.S))
			}
			return value.Int(toSeq(c, at, a, "Len").Len())
		}
	case "Head":
		return func(c *Ctx, a Value) Value {
			s := toSeq(c, at, a, "Head")
			if s.Len() == 0 {
				failModule(at, "Attempted to apply Head to the empty sequence.")
			}
			return s.Vals[0]
		}
	case "Tail":
		return func(c *Ctx, a Value) Value {
			// TLC's Sequences.Tail takes a string too (Java's
			// substring: the first UTF-16 unit dropped).
			if str, ok := a.(*value.Str); ok {
				if str.S == "" {
					failModule(at, "Attempted to apply Tail to the empty sequence.")
				}
				return subSeq(c, at, str, value.Int(2), value.Int(utf16Len(str.S)))
			}
			s := toSeq(c, at, a, "Tail")
			if s.Len() == 0 {
				failModule(at, "Attempted to apply Tail to the empty sequence.")
			}
			return value.Tuple(s.Vals[1:])
		}
	case "Cardinality":
		return func(c *Ctx, a Value) Value {
			if !tlcEnumerable(a) {
				failModule(at, "Attempted to compute cardinality of the value\n%s", value.Ppr(a))
			}
			s := a
			if !value.IsFinite(s) {
				failModule(at, "Attempted to compute the cardinality of the infinite set %s.", value.Ppr(s))
			}
			return value.Int(value.Card(s))
		}
	}
	return nil
}

// seqAppend is Append(s, e).
func seqAppend(c *Ctx, at src, s, e Value) Value {
	x := toSeq(c, at, s, "Append")
	out := value.MakeFunc(nil, x.Len()+1)
	copy(out.Vals, x.Vals)
	out.Vals[x.Len()] = e
	return out
}
