package eval

import (
	"fmt"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// The integer operators of Naturals and Integers fail on a value that is
// no integer as TLC's Java overrides do (tlc2.module.Integers, which TLC
// binds for either module in a default run; with -noGenerateSpecTE a
// spec extending Naturals alone gets Naturals' methods, named so in the
// message): +, -, *, \div, %, ^, .. and unary minus take
// IntValues, so another value fails the method's cast (an error TLC
// reports as unexpected); <, >, <= and >= check their arguments and
// raise a module error naming the argument.

// integersMethod is how Java prints the Integers method TLC calls for
// op, in the message of a failed cast.
func integersMethod(op string) string {
	const iv = "tlc2.value.impl.IntValue"
	name, ret, params := "", iv, iv+","+iv
	switch op {
	case "+":
		name = "Plus"
	case "-":
		name = "Minus"
	case "*":
		name = "Times"
	case "\\div":
		name = "Divide"
	case "%":
		name = "Mod"
	case "^":
		name = "Expt"
	case "..":
		name, ret = "DotDot", "tlc2.value.impl.IntervalValue"
	case "-.":
		name, params = "Neg", iv
	default:
		panic("integersMethod: " + op)
	}
	return fmt.Sprintf("public static %s tlc2.module.Integers.%s(%s)", ret, name, params)
}

// intArg is an argument of the integer operator op, which TLC computes
// with a Java method taking IntValues.
func intArg(at src, v Value, op string) int64 {
	if n, ok := v.(value.Int); ok {
		return int64(n)
	}
	fail(at, "Attempted to apply the operator overridden by the Java method\n%s,\nbut it produced the following error:\nCannot cast %s to tlc2.value.impl.IntValue", integersMethod(op), javaClass(v))
	return 0
}

// intArgs are the two arguments of op, cast in order.
func intArgs(at src, x, y Value, op string) (int64, int64) {
	return intArg(at, x, op), intArg(at, y, op)
}

// cmpArgs are the two arguments of the comparison op (TLC's name for it:
// "<", ">", "<=", ">="), each checked in turn.
func cmpArgs(at src, x, y Value, op string) (int64, int64) {
	a, ok := x.(value.Int)
	if !ok {
		failModule(at, "The first argument of %s should be an integer, but instead it is:\n%s", op, value.Ppr(x))
	}
	b, ok := y.(value.Int)
	if !ok {
		failModule(at, "The second argument of %s should be an integer, but instead it is:\n%s", op, value.Ppr(y))
	}
	return int64(a), int64(b)
}

// arith is x op y for op +, - or *, failing on overflow as TLC's 32-bit
// integers do.
func arith(at src, x, y Value, op string) Value {
	a, b := intArgs(at, x, y, op)
	var n int64
	switch op {
	case "+":
		n = a + b
	case "-":
		n = a - b
	default:
		n = a * b
	}
	if n < value.MinInt || n > value.MaxInt {
		failModule(at, "Overflow when computing %d%s%d", a, op, b)
	}
	return value.Int(n)
}

// intDiv is x \div y (rounding towards negative infinity).
func intDiv(at src, x, y Value) Value {
	a, b := intArgs(at, x, y, "\\div")
	if b == 0 {
		failModule(at, "The second argument of \\div is 0.")
	}
	if a == value.MinInt && b == -1 {
		failModule(at, "Overflow when computing %d \\div %d", a, b)
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return value.Int(q)
}

// intMod is x % y.
func intMod(at src, x, y Value) Value {
	a, b := intArgs(at, x, y, "%")
	if b <= 0 {
		failModule(at, "The second argument of %% should be a positive number, but instead it is:\n%d", b)
	}
	r := a % b
	if r < 0 {
		r += b
	}
	return value.Int(r)
}

// intPower is x ^ y.
func intPower(at src, x, y Value) Value {
	a, b := intArgs(at, x, y, "^")
	if b < 0 {
		failModule(at, "The second argument of ^ should be a natural number, but instead it is:\n%d", b)
	}
	if a == 0 && b == 0 {
		failModule(at, "0^0 is undefined.")
	}
	r := int64(1)
	for i := int64(0); i < b; i++ {
		r *= a
		if r > value.MaxInt || r < value.MinInt {
			failModule(at, "Overflow when computing %d^%d", a, b)
		}
	}
	return value.Int(r)
}

// intNeg is -x.
func intNeg(at src, x Value) Value {
	a := intArg(at, x, "-.")
	if a == value.MinInt {
		failModule(at, "Overflow when computing -%d", a)
	}
	return value.Int(-a)
}

// interval is x..y.
func interval(at src, x, y Value) Value {
	a, b := intArgs(at, x, y, "..")
	return &value.Interval{Lo: a, Hi: b}
}
