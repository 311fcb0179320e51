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
	TupleValue                   // <<v1, v2, ...>>: TLC rejects tuples in a .cfg, so Parse never makes one
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
// forms (`C = [M] v`, `C <- [M] Op`), "" for the spec's own module.
// Name may be a path such as `I!J!C` (TLC joins it with `!`).
type Constant struct {
	Name   Name
	Module string
	Value  *Value
	Subst  *Name
	// Args are the values of TLC's `F(v1, ..., vn) = v` form (an operator
	// constant given one value for one argument list); nil otherwise.
	Args []Value
}

// Config is a parsed .cfg file. Lists keep the order of the file and
// collect every section of their keyword (INVARIANT twice adds to one
// list, as TLC); a single-valued keyword given twice is an error, as in TLC.
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
	// Postcondition is the first of Postconditions (TLC takes a list).
	Postcondition  *Name
	Postconditions []Name
	// Periodic, RLReward and Possible are TLC's experimental keywords
	// _PERIODIC, _RL_REWARD and _POSSIBLE, kept so a checker can say it
	// does not support them rather than ignore them.
	Periodic *Name
	RLReward *Name
	Possible []Name
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

// maxErrors bounds the errors of one file: a binary or foreign file opened
// as .cfg should give a screenful of diagnostics, not one per byte.
const maxErrors = 100

// add appends an error unless the list is full; the last slot says so.
func (l *ErrorList) add(p Pos, msg string) {
	switch {
	case len(*l) < maxErrors-1:
		*l = append(*l, &Error{Pos: p, Msg: msg})
	case len(*l) == maxErrors-1:
		*l = append(*l, &Error{Pos: p, Msg: "Too many errors; the rest of the file is not checked."})
	}
}
