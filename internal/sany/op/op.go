package op

// Class says where SANY's grammar allows an operator symbol.
type Class int8

const (
	Infix        Class = iota // a + b; "-" is also prefix in expressions
	Prefix                    // ~a, []a, ENABLED a, SUBSET a
	Postfix                   // a', a^+
	NonExpPrefix              // "-.": names prefix minus in definitions
)

// Prec is an operator's precedence range in SANY's Operators table. An
// operator binds tighter than another when its whole range is above the
// other's; overlapping ranges conflict unless the operator is the same
// and associative.
type Prec struct{ Lo, Hi int16 }

// FcnApply is the precedence of function application f[x], which SANY's
// operator stack treats as a left-associative postfix operator "[".
var FcnApply = Prec{160, 160}

// Level is a TLA+ level, numbered as semantic.Level numbers them.
type Level int8

const (
	Constant Level = iota
	State
	Action
	Temporal
)

// Builtin is SANY's level data for a built-in operator: the operator's
// own level, the highest level each argument may have, and whether the
// result's level depends on each argument. A variadic operator (Arity -1)
// has one entry that applies to every argument.
type Builtin struct {
	Arity     int
	Level     Level
	ArgLevels []Level
	Weights   []bool
}

// Operator is one operator symbol.
type Operator struct {
	// Name is SANY's canonical name, the one synonyms share; it is one
	// of Spellings.
	Name string
	// Spellings are all the ways source text writes it: the usual ASCII
	// spelling first, then the other ASCII ones, then Unicode (the one
	// editors display first).
	Spellings []string
	// Bullets are the spellings that may also start a bulleted junction
	// list (/\ and ∧, \/ and ∨; not \land).
	Bullets []string
	// Unregistered are the spellings of a built-in that SANY's table of
	// built-in symbols does not hold (~ and ¬ for \lnot, □, ◇), so that
	// an operator parameter so spelt redefines no built-in.
	Unregistered []string
	Class        Class
	Prec         Prec
	Left         bool // left-associative
	// Builtin is SANY's level data for a built-in operator, nil for an
	// operator a module may define.
	Builtin *Builtin
	// Module is the standard module that defines the operator, "" for a
	// built-in or for one no standard module defines.
	Module string
}

// Definable reports whether a module may define the operator: every
// operator symbol but SANY's built-ins.
func (o *Operator) Definable() bool { return o.Builtin == nil }

// Unicode returns the operator's Unicode spelling, or "" when it has none.
func (o *Operator) Unicode() string {
	for _, s := range o.Spellings {
		if s[0] >= 0x80 {
			return s
		}
	}
	return ""
}

// Binds reports SANY's succ: an operator with range left binds tighter
// than one with range right.
func (left Prec) Binds(right Prec) bool { return left.Lo > right.Hi }

// Yields reports SANY's prec: an operator with range right binds tighter
// than one with range left.
func (left Prec) Yields(right Prec) bool { return left.Hi < right.Lo }
