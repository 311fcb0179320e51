package cfg

import "math/big"

// Pos is a 1-based line and column in the .cfg text (columns count
// UTF-16 units, as SANY's do).
type Pos struct {
	Line, Column int
}

// Name is an operator or constant named by the configuration.
type Name struct {
	Name string
	Pos  Pos
}

// ValueKind says which kind of literal a Value is.
type ValueKind int

const (
	IntValue    ValueKind = iota // 3, -1
	StringValue                  // "a"
	BoolValue                    // TRUE, FALSE
	ModelValue                   // an identifier: a model value of that name
	SetValue                     // {v1, v2, ...}
	TupleValue                   // <<v1, v2, ...>>
)

// Value is a literal on the right of `=` in a CONSTANT section.
type Value struct {
	Kind  ValueKind
	Int   *big.Int // IntValue
	Str   string   // StringValue; ModelValue: its name
	Bool  bool     // BoolValue
	Elems []Value  // SetValue, TupleValue
	Pos   Pos
}

// Constant is one entry of a CONSTANT section: either `Name = Value`
// (Value set) or `Name <- Op` (Subst set). Module is the M of the `[M]`
// forms, "" for the spec's own module.
type Constant struct {
	Name   Name
	Module string
	Value  *Value
	Subst  *Name
}

// Config is a parsed .cfg file. Lists keep the order of the file; a
// keyword given twice for a single-valued entry keeps the last, as TLC.
type Config struct {
	Path              string
	Specification     *Name
	Init, Next        *Name
	Constants         []Constant
	Invariants        []Name
	Properties        []Name
	Constraints       []Name
	ActionConstraints []Name
	Symmetry          *Name
	View              *Name
	Alias             *Name
	Postcondition     *Name
	// CheckDeadlock is nil when the file does not say; TLC then checks.
	CheckDeadlock *bool
}

// Error is a problem in a .cfg file at Pos.
type Error struct {
	Pos Pos
	Msg string
}

func (e *Error) Error() string { return e.Msg }

// ErrorList is the errors of one file, sorted by position. As an error it
// reads as its first entry.
type ErrorList []*Error

func (l ErrorList) Error() string {
	if len(l) == 0 {
		return "no errors"
	}
	return l[0].Msg
}
