package value

import (
	"fmt"
	"sync"
)

// Kind says what sort of value a Value is.
type Kind uint8

const (
	KindBool Kind = iota
	KindInt
	KindString
	KindModel
	KindSet  // *Set and every lazy set form
	KindFunc // *Func: functions, tuples, sequences, records
	KindOp   // an operator passed as an argument (the evaluator's closures)
)

// Value is a TLA+ value. Implementations are immutable.
type Value interface {
	Kind() Kind
}

// Error is a value-level failure (TLC's Assert.fail in tlc2/value).
type Error struct {
	Msg string
	// Module: TLC raises this error from the Java code of a standard
	// module (an EvalException), which it reports apart from the others
	// (on an initial state, without the state).
	Module bool
}

func (e *Error) Error() string { return e.Msg }

// Fail raises an *Error; the evaluator recovers it.
func Fail(format string, args ...any) {
	panic(&Error{Msg: fmt.Sprintf(format, args...)})
}

// FailModule raises an *Error that TLC raises from a standard module's
// code (Error.Module).
func FailModule(format string, args ...any) {
	panic(&Error{Msg: fmt.Sprintf(format, args...), Module: true})
}

// Bool is TRUE or FALSE.
type Bool bool

// Int is an integer; TLC's are 32-bit, and arithmetic that leaves that
// range is an overflow error (see CheckInt).
type Int int64

// Str is a string; ID is its place in the Interner, which orders strings
// as TLC's UniqueString does (by first appearance, not by spelling).
type Str struct {
	S  string
	ID int32
	h  uint64 // its hash, set by the Interner
}

// ModelVal is a model value of the configuration, ordered by ID like Str.
type ModelVal struct {
	Name string
	ID   int32
	// Type is the letter of a typed model value (TLC's: a name of more
	// than two characters whose second is _, as s_1), 0 if untyped. TLC
	// fails comparing typed model values of two types, or one with a
	// value that is no model value.
	Type byte
	h    uint64 // its hash, set by the Interner
}

func (Bool) Kind() Kind      { return KindBool }
func (Int) Kind() Kind       { return KindInt }
func (*Str) Kind() Kind      { return KindString }
func (*ModelVal) Kind() Kind { return KindModel }

// True and False are the two booleans.
const (
	True  = Bool(true)
	False = Bool(false)
)

// MinInt and MaxInt bound TLC's integers.
const (
	MinInt = -1 << 31
	MaxInt = 1<<31 - 1
)

// CheckInt returns n as an Int, or fails with TLC's overflow message.
func CheckInt(n int64, what string) Int {
	if n < MinInt || n > MaxInt {
		Fail("Overflow when computing %s.", what)
	}
	return Int(n)
}

// Interner gives strings and model values TLC's order: TLC compares
// UniqueStrings by the order in which they were first interned (SANY
// interns every identifier and string as it parses). One Interner serves
// one model checking run; it is safe for concurrent use.
type Interner struct {
	mu   sync.Mutex
	strs map[string]*Str
	mvs  map[string]*ModelVal
	ids  map[string]int32
}

// NewInterner returns an empty Interner.
func NewInterner() *Interner {
	return &Interner{strs: map[string]*Str{}, mvs: map[string]*ModelVal{}, ids: map[string]int32{}}
}

func (in *Interner) id(s string) int32 {
	id, ok := in.ids[s]
	if !ok {
		id = int32(len(in.ids))
		in.ids[s] = id
	}
	return id
}

// Intern records s (an identifier or string of the spec) in order.
func (in *Interner) Intern(s string) {
	in.mu.Lock()
	in.id(s)
	in.mu.Unlock()
}

// String returns the string value s.
func (in *Interner) String(s string) *Str {
	in.mu.Lock()
	defer in.mu.Unlock()
	if v, ok := in.strs[s]; ok {
		return v
	}
	v := &Str{S: s, ID: in.id(s), h: hashString(tagStr, s)}
	in.strs[s] = v
	return v
}

// Model returns the model value called name.
func (in *Interner) Model(name string) *ModelVal {
	in.mu.Lock()
	defer in.mu.Unlock()
	if v, ok := in.mvs[name]; ok {
		return v
	}
	v := &ModelVal{Name: name, ID: in.id(name), h: hashString(tagModel, name)}
	if len(name) > 2 && name[1] == '_' {
		v.Type = name[0]
	}
	in.mvs[name] = v
	return v
}
