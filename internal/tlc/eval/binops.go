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
		return func(c *Ctx, a, b Value) Value { return value.Bool(value.Member(strict(c, at, a), toSet(at, b))) }
	case "\\notin":
		return func(c *Ctx, a, b Value) Value { return value.Bool(!value.Member(strict(c, at, a), toSet(at, b))) }
	case "+", "-", "*":
		return func(c *Ctx, a, b Value) Value {
			x, y := toInt(at, a), toInt(at, b)
			var n int64
			switch name {
			case "+":
				n = x + y
			case "-":
				n = x - y
			default:
				n = x * y
			}
			if n < value.MinInt || n > value.MaxInt {
				fail(at, "Overflow when computing %d %s %d; TLC's integers are 32-bit.", x, name, y)
			}
			return value.Int(n)
		}
	case "<":
		return func(c *Ctx, a, b Value) Value { return value.Bool(toInt(at, a) < toInt(at, b)) }
	case ">":
		return func(c *Ctx, a, b Value) Value { return value.Bool(toInt(at, a) > toInt(at, b)) }
	case "\\leq":
		return func(c *Ctx, a, b Value) Value { return value.Bool(toInt(at, a) <= toInt(at, b)) }
	case "\\geq":
		return func(c *Ctx, a, b Value) Value { return value.Bool(toInt(at, a) >= toInt(at, b)) }
	case "\\union":
		return func(c *Ctx, a, b Value) Value { return setUnion(at, a, b) }
	case "\\intersect":
		return func(c *Ctx, a, b Value) Value { return setIntersect(at, a, b) }
	case "\\":
		return func(c *Ctx, a, b Value) Value { return setMinus(at, a, b) }
	case "\\subseteq":
		return func(c *Ctx, a, b Value) Value { return value.Bool(subseteq(at, a, b)) }
	case "..":
		return func(c *Ctx, a, b Value) Value { return &value.Interval{Lo: toInt(at, a), Hi: toInt(at, b)} }
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
