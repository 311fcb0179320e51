package eval

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// Value is a TLA+ value (package value).
type Value = value.Value

// Frame holds the bound identifiers and parameters of one operator call
// (or quantifier body); up is the frame of the enclosing definition.
type Frame struct {
	vals []Value
	up   *Frame
}

// Frames of up to four slots are allocated with their slots, in one
// object of the size they need: most calls bind one or two parameters,
// and a frame is the evaluator's most frequent allocation.
type (
	frame1 struct {
		f Frame
		a [1]Value
	}
	frame2 struct {
		f Frame
		a [2]Value
	}
	frame3 struct {
		f Frame
		a [3]Value
	}
	frame4 struct {
		f Frame
		a [4]Value
	}
)

// newFrame makes a frame of n slots under up.
func newFrame(n int, up *Frame) *Frame {
	switch n {
	case 0:
		return &Frame{up: up}
	case 1:
		x := &frame1{f: Frame{up: up}}
		x.f.vals = x.a[:]
		return &x.f
	case 2:
		x := &frame2{f: Frame{up: up}}
		x.f.vals = x.a[:]
		return &x.f
	case 3:
		x := &frame3{f: Frame{up: up}}
		x.f.vals = x.a[:]
		return &x.f
	case 4:
		x := &frame4{f: Frame{up: up}}
		x.f.vals = x.a[:]
		return &x.f
	}
	return &Frame{vals: make([]Value, n), up: up}
}

// Ctx is one evaluation: the current state, the next state (entries nil
// until assigned), the innermost frame and the recursion depth.
type Ctx struct {
	cur   []Value
	next  []Value
	frame *Frame
	depth int
	m     *Machine
	// initMode: generating initial states, unprimed variables are assigned.
	initMode bool
	// wholeForMessage: a function is being enumerated for an error
	// message (lazyFunc.outsideDomain), which does not do it again.
	wholeForMessage bool
	// curBuilding: cur may still change after this evaluation (it is
	// the next state of a primed expression), so a lazy value that
	// keeps it must copy it.
	curBuilding bool
	// at is the value of @ inside an EXCEPT.
	at Value
	// extra counts the states generated that are not emitted: the
	// intermediate states of action composition, the duplicates of a
	// lazy function's body (genFuncApp).
	extra int64
	// dups is how many more times TLC would generate the state the
	// current path leads to (genFuncApp); countEmits allows it (the
	// context of SuccessorsCounted, which adds dups to extra).
	dups       int64
	countEmits bool
	// polls counts calls of poll, which checks the run's context now and
	// then.
	polls uint32
	// arena gives the frames of calls whose frame no value keeps
	// (nil: every frame is allocated).
	arena *frameArena
	// cache and nextCache hold the substitutions' values in cur and next
	// (see stateCache); nil where the state may still change.
	cache, nextCache *stateCache
	// level is TLCGet("level") plus one: the level of cur in the search
	// (Spec.AtLevel); 0 where it is not known (the liveness checker's
	// evaluations, the ALIAS of its counterexamples), and TLCGet("level")
	// is then unsupported.
	level int32
}

// maxDepth bounds nested operator calls (runaway recursion ends with an
// error, not a Go stack overflow).
const maxDepth = 2000

// Error is an evaluation error at a position (TLC's runtime errors).
type Error struct {
	Msg  string
	Pos  Position
	Kind string // "", "assert", kindOverflow
	// Module: TLC raises this error from the Java code of a standard
	// module (an EvalException), which it reports apart from the others:
	// met checking an initial state, TLC prints no state.
	Module bool
	// Whole: Msg is TLC's whole message for this error, which names
	// where when TLC's does (printed as is, without Pos).
	Whole bool
	// Partial is the successor an action left incomplete (nil for each
	// variable it did not assign), which TLC counts as generated and
	// prints as the last state of the trace.
	Partial []Value
}

// kindOverflow marks TLC's stack overflow, which TLC's worker catches as
// any Throwable: it reports it against the state being expanded, not
// the successor being checked, and as it is, not as an invariant's.
const kindOverflow = "overflow"

// OfExpandedState says TLC reports the error against the state being
// expanded (its trace ends there), wherever it was met.
func (e *Error) OfExpandedState() bool { return e.Kind == kindOverflow }

// PartialState is the incomplete successor of the error, or nil.
func (e *Error) PartialState() []Value { return e.Partial }

func (e *Error) Error() string {
	if e.Pos.Line > 0 {
		return fmt.Sprintf("%s\n%s", e.Msg, e.Pos)
	}
	return e.Msg
}

// Unsupported is a construct this evaluator does not handle.
type Unsupported struct {
	What string
	Pos  Position
}

func (e *Unsupported) Error() string {
	return fmt.Sprintf("unsupported: %s at %s", e.What, e.Pos)
}

// Position is a 1-based source location.
type Position struct {
	Path         string
	Module       string
	Line, Column int
}

func (p Position) String() string {
	return fmt.Sprintf("line %d, col %d of module %s", p.Line, p.Column, p.Module)
}

// src locates a node for error messages.
type src struct {
	file   *token.File
	module string
	pos    token.Pos
}

func (s src) position() Position {
	if s.file == nil {
		return Position{Module: s.module}
	}
	p := s.file.SANYPosition(s.pos)
	return Position{Path: s.file.Name(), Module: s.module, Line: p.Line, Column: p.Column}
}

// allAssigned says whether every variable the generation assigns has
// its value: the primed ones of a successor, the unprimed ones of an
// initial state.
func (c *Ctx) allAssigned() bool {
	st := c.next
	if c.initMode {
		st = c.cur
	} else if st == nil {
		return false
	}
	for _, v := range st {
		if v == nil {
			return false
		}
	}
	return true
}

// fail raises an evaluation error at s.
func fail(s src, format string, args ...any) {
	panic(&Error{Msg: fmt.Sprintf(format, args...), Pos: s.position()})
}

// failModule raises an evaluation error at s that TLC raises from a
// standard module's code (Error.Module).
func failModule(s src, format string, args ...any) {
	panic(&Error{Msg: fmt.Sprintf(format, args...), Pos: s.position(), Module: true})
}

// cancelled is raised when the run's context ends.
type cancelled struct{ err error }

// stopSearch is raised to end an enumeration early (ENABLED found a
// successor).
type stopSearch struct{}

// recoverError turns a panic raised during evaluation into an error;
// other panics (bugs) become errors too, so that the checker reports them
// instead of crashing.
func recoverError(r any) error {
	switch e := r.(type) {
	case nil:
		return nil
	case *Error:
		if os.Getenv("TLA_GEN_EVAL_STACK") != "" {
			fmt.Fprintf(os.Stderr, "%s\n%s\n", e.Msg, debug.Stack())
		}
		return e
	case *Unsupported:
		return e
	case *value.Error:
		return &Error{Msg: e.Msg, Module: e.Module}
	case *ConfigError:
		return e
	case cancelled:
		return e.err
	case stopSearch:
		return nil
	}
	return &Error{Msg: fmt.Sprintf("internal error in the evaluator: %v\n%s", r, debug.Stack())}
}

// Machine is what every evaluation of one run shares.
type Machine struct {
	Interner *value.Interner
	ctx      context.Context
	polls    atomic.Int64
	output   func(string)
	tlcRegs  *registers
	regMu    sync.Mutex
	// TLCGetHook answers TLCGet("level"), TLCGet("diameter") ... from the
	// search; nil answers unsupported.
	TLCGetHook func(key string) Value
	// Nondeterministic: the spec calls RandomElement or TLCSet, so
	// evaluating an expression twice may give two answers (the search
	// then keeps its states rather than generating them again).
	Nondeterministic bool
	// Prints: the spec calls Print or PrintT, whose lines come in the
	// order expressions are evaluated (the search then evaluates
	// invariants beside the actions, in TLC's order).
	Prints bool
	// usesLevel: the spec calls TLCGet, whose "level" depends on the
	// level of the state evaluated (Spec.AtLevel).
	usesLevel bool
	// Workers and CheckDeadlock are what TLCGet("config") reports.
	Workers       int
	CheckDeadlock bool
	// substSlots counts the substitutions cached per state; caches pools
	// their stateCaches.
	substSlots atomic.Int64
	caches     sync.Pool
	// fileMu makes the Json module's writes one at a time.
	fileMu sync.Mutex
}

func (c *Ctx) poll() {
	c.polls++
	if c.polls&0x3ff == 0 {
		if err := c.m.ctx.Err(); err != nil {
			panic(cancelled{err})
		}
	}
}

func (c *Ctx) enter(s src) {
	c.poll()
	c.depth++
	if c.depth > maxDepth {
		// TLC runs out of Java stack (sooner: a few hundred calls of a
		// simple recursive operator) and says so in these words.
		panic(&Error{Msg: "This was a Java StackOverflowError. It was probably the result\n" +
			"of an incorrect recursive function definition that caused TLC to enter\n" +
			"an infinite loop when trying to compute the function or its application\n" +
			"to an element in its putative domain.", Pos: s.position(), Module: true, Kind: kindOverflow})
	}
}
