package search

import (
	"cmp"
	"context"
	"errors"
	"time"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// State is one value per state variable.
type State = []value.Value

// Model is what the search explores.
type Model interface {
	NumActions() int
	// Init calls emit with every initial state in order.
	Init(emit func(State)) error
	// Next calls emit with every successor of s by action a, in order.
	// extra counts states generated on the way that are not successors
	// (the intermediate states of action composition, which TLC counts).
	Next(a int, s State, emit func(State)) (extra int64, err error)
	// Fingerprint identifies s (after VIEW and SYMMETRY).
	Fingerprint(s State) (uint64, error)
	// InModel decides the CONSTRAINTs on s.
	InModel(s State) (bool, error)
	// ActionAllowed decides the ACTION_CONSTRAINTs on s -> t.
	ActionAllowed(s, t State) (bool, error)
	// Invariant returns the index of the first invariant s violates, or -1.
	Invariant(s State) (int, error)
	// Implied returns the index of the first implied action (a PROPERTY
	// [][A]_v, checked on every step as TLC does) s -> t violates, or -1.
	Implied(s, t State) (int, error)
}

// WorkerModel is a Model that gives each goroutine of the search a Model
// of its own (NewWorker): one that may reuse its scratch space from call
// to call, and so is used by one goroutine at a time. Its answers are
// the Model's.
type WorkerModel interface {
	Model
	NewWorker() Model
}

// AbstractModel is a Model whose fingerprint stands for a class of
// states (VIEW, SYMMETRY) when Abstracts says so: two states with one
// fingerprint may then differ, and the invariants of a new state are
// those of the very state the search keeps, the first found.
type AbstractModel interface {
	Model
	Abstracts() bool
}

// LevelModel is a Model whose answers depend on the level of the state
// evaluated, as TLC's TLCGet("level") does: 0 while the initial states
// are generated, 1 for an initial state, one more than its parent's for a
// successor (its breadth-first depth). The search then asks AtLevel for a
// view of the model at each level it evaluates.
type LevelModel interface {
	Model
	UsesLevel() bool
	AtLevel(level int32) Model
}

// Options bound and shape a search.
type Options struct {
	Context       context.Context
	Workers       int
	MaxStates     int64     // stop (Stopped) once this many distinct states are found; 0: no bound
	Deadline      time.Time // zero: none
	CheckDeadlock bool
	// KeepGraph records every edge between states in the model, for
	// liveness checking (and keeps every state, as KeepStates).
	KeepGraph bool
	// KeepStates keeps every state found in memory. Without it a state
	// is dropped once expanded, as TLC keeps only fingerprints, and a
	// trace is rebuilt by generating its states again from the initial
	// one (which needs a model whose Init and Next are deterministic:
	// no RandomElement, no TLCSet).
	KeepStates bool
	// Progress is called about once a second.
	Progress func(Stats)
	// InvariantsWithActions evaluates a successor's invariants right
	// after the action that made it, as TLC does, rather than once the
	// search finds it new: for a model whose evaluations affect one
	// another (TLCSet registers read in an invariant) or that prints
	// (Print lines in TLC's order). It costs the evaluation of the
	// invariants of states found again in the batch.
	InvariantsWithActions bool
	// BatchSize is how many states the workers take at a time (0:
	// 2048); the search stops for its bounds between batches.
	BatchSize int
}

// Stats are TLC's counters.
type Stats struct {
	Distinct, Generated int64
	Initial             int64 // distinct initial states
	Depth               int
	Queue               int64
	Elapsed             time.Duration
}

// Kind is how a search ended.
type Kind int

const (
	Done               Kind = iota // every reachable state explored
	InvariantViolation             // Result.Invariant names which
	Deadlock                       // a state without successors
	ImpliedViolation               // Result.Invariant names the implied action
	EvalError                      // Result.Err
	Stopped                        // MaxStates, Deadline or the context
)

// expandedStateError is an error TLC reports against the state being
// expanded, not the successor being checked when it was met (a Java
// StackOverflowError, which TLC's worker catches as any Throwable).
type expandedStateError interface{ OfExpandedState() bool }

// errTrace is the trace of an error met checking successor st of state
// id: up to st, or up to id for an expandedStateError.
func (s *searcher) errTrace(id int32, err error, st Step) []Step {
	var e expandedStateError
	if errors.As(err, &e) && e.OfExpandedState() {
		return s.trace(id)
	}
	return append(s.trace(id), st)
}

// partialSuccessor is an error of Next that comes with the successor it
// left incomplete (a variable without a value, nil), which TLC counts as
// generated and prints as the last state of the trace.
type partialSuccessor interface{ PartialState() []value.Value }

// Step is one state of a trace and the action that led to it (-1 for an
// initial state).
type Step struct {
	State  State
	Action int
}

// ActionStats is one action's coverage.
type ActionStats struct {
	Generated, Distinct int64
}

// Result is a finished search.
type Result struct {
	Kind      Kind
	Invariant int
	Err       error
	// ErrAction is the action being evaluated when Err happened (-1: the
	// initial predicate or a state check).
	ErrAction int
	// ErrOnInitial: Err happened checking an initial state (its
	// constraints, view or invariants), the state Trace holds.
	ErrOnInitial bool
	Trace        []Step
	Stats
	Coverage []ActionStats
	// ConstantVars marks the variables whose value is the same in every
	// state found.
	ConstantVars []bool
	// Graph is the state graph when Options.KeepGraph (nil otherwise).
	Graph *Graph
	// Expanding is the node being expanded when the search stopped on a
	// violation (-1: none, or while the initial states were made): the
	// nodes before it were expanded in full.
	Expanding int32
}

// Graph is the explored state graph: nodes are distinct states in the
// model, numbered in the order found.
type Graph struct {
	States  []State
	Inits   []int32
	Succ    [][]int32
	Parent  []int32
	Actions []int32
}

// NumNodes, Initial and Successors make Graph a liveness.Graph.
func (g *Graph) NumNodes() int                 { return len(g.States) }
func (g *Graph) Initial() []int32              { return g.Inits }
func (g *Graph) Successors(node int32) []int32 { return g.Succ[node] }

// errStop ends a search early.
var errStop = errors.New("stopped")

// searcher is one search's state.
type searcher struct {
	m Model
	// leveled is m when its answers depend on the level (LevelModel).
	leveled LevelModel
	// abstracts: a fingerprint stands for a class of states
	// (AbstractModel).
	abstracts bool
	opts      Options
	start     time.Time
	seen      *fpSet
	// per node
	fps    []uint64
	parent []int32
	action []int32
	level  []int32
	inits  []int32
	succ   [][]int32
	// states are the states of the nodes from dropped on: those of the
	// nodes before, expanded, are dropped (as TLC keeps only their
	// fingerprints), unless Options.KeepStates, so that the collector
	// does not go over a slot per node found.
	states  []State
	dropped int32
	res     Result
	// expanding is the node being expanded (-1 before the first).
	expanding int32
	first     State
	constants int // how many of ConstantVars are true
	// expanders are the means of expansion of the goroutines that
	// expand; crew, those goroutines with several workers.
	expanders []*expander
	crew      *crew
	// merger is the merge's means of evaluation: its own worker, as it
	// evaluates the invariants of the new states no claim answers for
	// (claimed) while the others work.
	merger *expander
	// lastNew is how many new states the last merge found.
	lastNew int
	lastLog time.Time
}

// Run explores m.
func Run(m Model, opts Options) *Result {
	if opts.Workers < 1 {
		opts.Workers = 1
	}
	if opts.Context == nil {
		opts.Context = context.Background()
	}
	if opts.KeepGraph {
		opts.KeepStates = true
	}
	s := &searcher{m: m, opts: opts, start: time.Now(), seen: newFPSet(), expanding: -1}
	if lm, ok := m.(LevelModel); ok && lm.UsesLevel() {
		s.leveled = lm
	}
	if am, ok := m.(AbstractModel); ok {
		s.abstracts = am.Abstracts()
	}
	s.res.Coverage = make([]ActionStats, m.NumActions())
	s.res.ErrAction = -1
	s.run()
	s.res.Elapsed = time.Since(s.start)
	if opts.KeepGraph {
		s.res.Graph = &Graph{States: s.states, Inits: s.inits, Succ: s.succ, Parent: s.parent, Actions: s.action}
	}
	if s.opts.Progress != nil {
		s.opts.Progress(s.res.Stats)
	}
	return &s.res
}

// mergeModel is the merge's model as it evaluates states at level.
func (s *searcher) mergeModel(level int32) Model {
	if s.merger == nil {
		s.merger = s.newExpander()
	}
	return s.merger.at(level)
}

// at is the model as it evaluates states at level.
func (s *searcher) at(level int32) Model {
	if s.leveled != nil {
		return s.leveled.AtLevel(level)
	}
	return s.m
}

// add records a new node with fingerprint fp and returns its id.
func (s *searcher) add(st State, fp uint64, parent int32, action int32, level int32) int32 {
	id := s.nodes()
	s.states = append(s.states, st)
	s.fps = append(s.fps, fp)
	s.parent = append(s.parent, parent)
	s.action = append(s.action, action)
	s.level = append(s.level, level)
	if s.opts.KeepGraph {
		s.succ = append(s.succ, nil)
	}
	s.res.Distinct++
	if int(level) > s.res.Depth {
		s.res.Depth = int(level)
	}
	if s.first == nil {
		s.first = st
		s.res.ConstantVars = make([]bool, len(st))
		for i := range st {
			s.res.ConstantVars[i] = true
		}
		s.constants = len(st)
	} else if s.constants > 0 {
		for i, v := range st {
			if s.res.ConstantVars[i] && v != s.first[i] && !safeEqual(v, s.first[i]) {
				s.res.ConstantVars[i] = false
				s.constants--
			}
		}
	}
	return id
}

func safeEqual(a, b value.Value) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return value.Equal(a, b)
}

// trace is the path from an initial state to node id. States dropped
// after their expansion are generated again, each from its parent by
// its action (from Init for the first): the node's state is the first
// one generated with its fingerprint, as it was when it was found.
func (s *searcher) trace(id int32) []Step {
	s.waitAll()
	var path []int32
	for ; id >= 0; id = s.parent[id] {
		path = append(path, id)
	}
	out := make([]Step, 0, len(path))
	var prev State
	for i := len(path) - 1; i >= 0; i-- {
		n := path[i]
		var st State
		if n >= s.dropped {
			st = s.states[n-s.dropped]
		}
		if st == nil {
			st = s.regenerate(n, prev)
			if st == nil {
				// Init or Next did not generate it again (a spec that
				// is not deterministic): the trace stops short.
				break
			}
		}
		out = append(out, Step{State: st, Action: int(s.action[n])})
		prev = st
	}
	return out
}

// regenerate finds node n's state among the successors of its parent's
// state prev by its action (among the initial states when prev is nil).
func (s *searcher) regenerate(n int32, prev State) State {
	var found State
	match := func(t State) {
		if found == nil {
			if fp, err := s.m.Fingerprint(t); err == nil && fp == s.fps[n] {
				found = t
			}
		}
	}
	if prev == nil {
		_ = s.at(0).Init(match)
	} else {
		_, _ = s.at(s.level[n]-1).Next(int(s.action[n]), prev, match)
	}
	return found
}

// failOnInitial ends the search with err, met checking initial state st.
func (s *searcher) failOnInitial(err error, st State) {
	s.fail(EvalError, err, []Step{{State: st, Action: -1}})
	s.res.ErrOnInitial = true
}

func (s *searcher) fail(kind Kind, err error, trace []Step) {
	s.res.Expanding = s.expanding
	if s.expanding >= 0 {
		// TLC's "states left on queue": the states found and not yet
		// expanded; nodes are expanded in the order they were found.
		s.res.Queue = s.res.Distinct - int64(s.expanding) - 1
	}
	s.res.Kind = kind
	s.res.Err = err
	s.res.Trace = trace
}

// limit checks the bounds; it reports whether the search must stop.
func (s *searcher) limit() bool {
	if s.opts.MaxStates > 0 && s.res.Distinct >= s.opts.MaxStates {
		s.res.Kind = Stopped
		return true
	}
	if err := s.opts.Context.Err(); err != nil {
		s.res.Kind, s.res.Err = Stopped, err
		return true
	}
	if !s.opts.Deadline.IsZero() && time.Now().After(s.opts.Deadline) {
		s.res.Kind = Stopped
		return true
	}
	if s.opts.Progress != nil && time.Since(s.lastLog) > time.Second {
		s.lastLog = time.Now()
		st := s.res.Stats
		st.Elapsed = time.Since(s.start)
		s.opts.Progress(st)
	}
	return false
}

func (s *searcher) run() {
	// Initial states.
	var initErr error
	stop := false
	m := s.at(1) // an initial state's level
	err := s.at(0).Init(func(st State) {
		if stop {
			return
		}
		s.res.Generated++
		in, err := m.InModel(st)
		if err != nil {
			initErr, stop = err, true
			s.failOnInitial(err, st)
			return
		}
		id := int32(-1)
		seen := false
		if in {
			fp, err := m.Fingerprint(st)
			if err != nil {
				initErr, stop = err, true
				s.failOnInitial(err, st)
				return
			}
			_, seen = s.seen.lookup(fp)
			if !seen {
				id = s.add(st, fp, -1, -1, 1)
				s.seen.add(fp, id)
				s.inits = append(s.inits, id)
			}
		}
		if !seen {
			k, err := m.Invariant(st)
			if err != nil {
				initErr, stop = err, true
				s.failOnInitial(err, st)
				return
			}
			if k >= 0 {
				stop = true
				s.res.Invariant = k
				s.fail(InvariantViolation, nil, []Step{{State: st, Action: -1}})
			}
		}
	})
	if err != nil && initErr == nil {
		s.fail(EvalError, err, nil)
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			s.res.Kind = Stopped
		}
		return
	}
	if stop {
		// TLC queues an initial state before it checks its invariants.
		s.res.Queue = s.res.Distinct
		return
	}
	s.res.Initial = s.res.Distinct
	if s.res.Generated == 0 {
		s.res.Depth = 0
	}
	// Breadth first: nodes are numbered in the order they are found,
	// level after level, and expanded in that order, in batches of
	// consecutive nodes (which may span two levels), merged in order.
	size := int32(cmp.Or(s.opts.BatchSize, 2048))
	if s.opts.Workers <= 1 {
		s.sequential(size)
	} else {
		s.pipeline(size)
	}
}

// sequential expands a batch, merges it, and goes on with the next,
// which then knows every state found.
func (s *searcher) sequential(size int32) {
	for launched := int32(0); launched < s.nodes(); {
		// The states found and not yet expanded.
		s.res.Queue = s.res.Distinct - int64(launched)
		if s.limit() {
			return
		}
		b := s.launch(launched, min(launched+size, s.nodes()), nil)
		launched = b.hi
		if s.merge(b) {
			return
		}
	}
	s.res.Queue = 0
}

// pipeline keeps two batches in flight: while the crew expands one (and
// evaluates the invariants of the states it finds new), this goroutine
// merges the one before. It stops for its bounds where sequential does,
// between merges.
func (s *searcher) pipeline(size int32) {
	s.res.Queue = s.res.Distinct
	if s.limit() {
		return
	}
	s.startCrew()
	defer s.stopCrew()
	var expanded *batch
	for launched := int32(0); ; {
		var b *batch
		if found := s.nodes(); launched < found {
			b = s.launch(launched, min(launched+size, found), expanded)
			launched = b.hi
		}
		if expanded != nil {
			if s.merge(expanded) {
				return
			}
			s.res.Queue = s.res.Distinct - int64(expanded.hi)
			if s.limit() {
				return
			}
		}
		s.waitAll()
		expanded = b
		if expanded == nil && launched == s.nodes() {
			return // every node found is expanded and merged
		}
	}
}

// merge adds the successors of an expanded batch to the graph, in the
// order one worker finds them, and checks them; it reports whether the
// search ended.
func (s *searcher) merge(b *batch) bool {
	distinct := s.res.Distinct
	defer func() { s.lastNew = int(s.res.Distinct - distinct) }()
	for i := range b.exps {
		ex := &b.exps[i]
		id := b.lo + int32(i)
		s.expanding = id
		lvl := s.level[id] + 1
		s.res.Generated += ex.extra
		for j := range ex.succ {
			ss := &ex.succ[j]
			a := int(ss.action)
			// TLC counts and checks each successor as it is made,
			// and stops at the first violation.
			s.res.Generated++
			s.res.Coverage[a].Generated++
			if ss.err != nil {
				if _, ok := ss.err.(*checkError); !ok {
					s.res.ErrAction = a
					s.fail(EvalError, ss.err, s.errTrace(id, ss.err, Step{State: ss.st, Action: a}))
					return true
				}
			}
			unseen := true
			var nid int32 = -1
			if ss.in {
				old, seen := ss.known, ss.known >= 0
				if !seen {
					old, seen = s.seen.lookup(ss.fp)
				}
				unseen = !seen
				if unseen {
					nid = s.add(ss.st, ss.fp, id, int32(a), lvl)
					s.seen.add(ss.fp, nid)
					s.res.Coverage[a].Distinct++
				} else {
					nid = old
				}
				if s.opts.KeepGraph {
					s.succ[id] = append(s.succ[id], nid)
				}
			}
			if unseen {
				k, err := ss.answer()
				if !ss.checked {
					k, err = s.claimed(b, ss, lvl)
				}
				if err != nil {
					s.fail(EvalError, err, s.errTrace(id, err, Step{State: ss.st, Action: a}))
					s.notQueued(ss.in && unseen)
					return true
				}
				if k >= 0 {
					s.res.Invariant = k
					s.fail(InvariantViolation, nil, append(s.trace(id), Step{State: ss.st, Action: a}))
					s.notQueued(ss.in && unseen)
					return true
				}
			}
			// Implied actions are checked on every step, seen or not.
			if ss.impErr != nil {
				s.fail(EvalError, ss.impErr, s.errTrace(id, ss.impErr, Step{State: ss.st, Action: a}))
				s.notQueued(ss.in && unseen)
				return true
			}
			if ss.implied >= 0 {
				s.res.Invariant = int(ss.implied)
				s.fail(ImpliedViolation, nil, append(s.trace(id), Step{State: ss.st, Action: a}))
				s.notQueued(ss.in && unseen)
				return true
			}
		}
		if ex.err != nil {
			// Next failed on action errAct, after the successors above.
			s.res.ErrAction = ex.errAct
			trace := s.trace(id)
			var ps partialSuccessor
			if errors.As(ex.err, &ps) && ps.PartialState() != nil {
				// TLC counts the incomplete successor and prints it.
				s.res.Generated++
				trace = append(trace, Step{State: ps.PartialState(), Action: ex.errAct})
			}
			s.fail(EvalError, ex.err, trace)
			return true
		}
		if ex.deadlock && s.opts.CheckDeadlock {
			s.fail(Deadlock, nil, s.trace(id))
			return true
		}
	}
	if !s.opts.KeepStates {
		// The batch is expanded: drop its states (and those before).
		k := b.hi - s.dropped
		clear(s.states[:k])
		s.states, s.dropped = s.states[k:], b.hi
	}
	return false
}

// nodes is how many nodes the search found.
func (s *searcher) nodes() int32 { return int32(len(s.parent)) }

// claimed is the answer of the invariants on ss, a new state at level
// lvl: that of the expander that claimed it, or the merge's own (when
// the claim was at another level, or for another state of ss's class
// under VIEW or SYMMETRY).
func (s *searcher) claimed(b *batch, ss *succState, lvl int32) (int, error) {
	if b.claims != nil {
		if cl, ok := b.claims.get(ss.fp); ok && cl.ss.checked && (cl.level == lvl || s.leveled == nil) && (cl.ss == ss || !s.abstracts) {
			return cl.ss.answer()
		}
	}
	return s.mergeModel(lvl).Invariant(ss.st)
}

// notQueued takes back a new state that a check rejected: TLC counts it
// as distinct but does not put it on its queue (ModelChecker.doNext).
func (s *searcher) notQueued(added bool) {
	if added {
		s.res.Queue--
	}
}

// checkError is an invariant's evaluation error, reported only if the
// state turns out to be new.
type checkError struct{ err error }

func (e *checkError) Error() string { return e.err.Error() }
