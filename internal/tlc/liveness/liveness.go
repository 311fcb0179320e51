package liveness

// Graph is the reachable state graph. Nodes are numbered 0..NumNodes()-1.
// Stuttering is implicit: every node may step to itself, whether or not
// Successors lists it (a deadlocked state stutters forever).
type Graph interface {
	NumNodes() int
	Initial() []int32
	Successors(node int32) []int32
}

// Atoms decides the leaves of formulas. Atom numbers are the evaluator's.
type Atoms interface {
	// State decides a state predicate (including ENABLED forms) at node.
	State(atom int, node int32) (bool, error)
	// Action decides an action predicate on the step from -> to (to == from
	// for a stuttering step).
	Action(atom int, from, to int32) (bool, error)
}

// Formula is a temporal formula over atoms.
type Formula interface{ formula() }

type (
	// StateAtom is a state predicate, true of a behaviour whose first
	// state satisfies it.
	StateAtom struct{ Atom int }
	// ActionAtom is an action predicate, true of a behaviour whose first
	// step satisfies it.
	ActionAtom struct{ Atom int }
	Not        struct{ F Formula }
	And        struct{ Fs []Formula }
	Or         struct{ Fs []Formula }
	Always     struct{ F Formula } // []F
	Eventually struct{ F Formula } // <>F
	LeadsTo    struct{ P, Q Formula }
)

func (StateAtom) formula()  {}
func (ActionAtom) formula() {}
func (Not) formula()        {}
func (And) formula()        {}
func (Or) formula()         {}
func (Always) formula()     {}
func (Eventually) formula() {}
func (LeadsTo) formula()    {}

// Fairness is one WF_v(A) or SF_v(A) conjunct of the specification.
// Enabled is the state atom ENABLED <<A>>_v; Taken the action atom <<A>>_v.
type Fairness struct {
	Strong  bool
	Enabled int
	Taken   int
	// Searched: the action is one the search generated every state with
	// (Next, or a disjunct of it), so its evaluation on the graph's
	// states meets no error the search did not (or rarely: <<A>>_v on
	// another action's step): its atoms need not be evaluated ahead of
	// the verdict.
	Searched bool
}

// Property is one PROPERTY to check: the behaviours of the graph that
// satisfy every Fairness condition must satisfy F.
type Property struct {
	F        Formula
	Fairness []Fairness
	// OnlyTLCForms refuses, as TLC does (FormulaError), a formula whose
	// actions are not all under <>[] or []<> in the normal form of its
	// negation; without it such formulas are decided too.
	OnlyTLCForms bool
	// EagerFairness evaluates the ENABLED and <<A>>_v of the fairness
	// conditions not Searched on every state and step ahead of the
	// verdict too, as TLC does, so that an error in them is TLC's.
	// (ENABLED generates the action's steps again: on a Searched action
	// it would double the time of a model with fairness per process.)
	EagerFairness bool
}

// Counterexample is a lasso: Prefix leads from an initial node to
// Cycle[0]; Cycle returns to Cycle[0] (a single-node Cycle is that node
// stuttering, or its self-loop).
type Counterexample struct {
	Prefix []int32
	Cycle  []int32
}

// FormulaError is a property TLC refuses to check, in TLC's words: an
// action that is not under <>[] or []<> (Liveness.classifyExpr), which
// a tableau cannot decide.
type FormulaError struct{ Msg string }

func (e *FormulaError) Error() string { return e.Msg }

// UnsupportedError says a formula is beyond what this package decides.
type UnsupportedError struct{ What string }

func (e *UnsupportedError) Error() string { return "unsupported temporal formula: " + e.What }
