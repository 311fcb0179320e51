package search

import (
	"errors"
	"reflect"
	"sync/atomic"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// grid is a model without syntax: states are <<x, y>> with 0 <= x, y < n;
// action 0 increments x, action 1 increments y.
type grid struct {
	n         int64
	inModel   func(x, y int64) bool
	invariant func(x, y int64) bool
	failAt    [2]int64 // Next fails from this state when failOn
	failOn    bool
}

func (g *grid) NumActions() int { return 2 }
func (g *grid) Init(emit func(State)) error {
	emit(State{value.Int(0), value.Int(0)})
	return nil
}
func (g *grid) Next(a int, s State, emit func(State)) (int64, error) {
	x, y := int64(s[0].(value.Int)), int64(s[1].(value.Int))
	if g.failOn && x == g.failAt[0] && y == g.failAt[1] {
		return 0, errors.New("boom")
	}
	if a == 0 && x+1 < g.n {
		emit(State{value.Int(x + 1), value.Int(y)})
	}
	if a == 1 && y+1 < g.n {
		emit(State{value.Int(x), value.Int(y + 1)})
	}
	return 0, nil
}
func (g *grid) Fingerprint(s State) (uint64, error) {
	return value.HashMix(value.HashMix(1, value.Fingerprint(s[0])), value.Fingerprint(s[1])), nil
}
func (g *grid) InModel(s State) (bool, error) {
	if g.inModel == nil {
		return true, nil
	}
	return g.inModel(int64(s[0].(value.Int)), int64(s[1].(value.Int))), nil
}
func (g *grid) ActionAllowed(s, t State) (bool, error) { return true, nil }
func (g *grid) Implied(s, t State) (int, error)        { return -1, nil }
func (g *grid) Invariant(s State) (int, error) {
	if g.invariant != nil && !g.invariant(int64(s[0].(value.Int)), int64(s[1].(value.Int))) {
		return 0, nil
	}
	return -1, nil
}

func TestCountsAsTLC(t *testing.T) {
	// 3x3 grid: 9 distinct states; every state but the top row/column
	// generates two successors: 1 initial + 2*4 + 2*1... counted below.
	r := Run(&grid{n: 3}, Options{CheckDeadlock: true})
	if r.Kind != Deadlock {
		t.Fatalf("kind %v, want Deadlock at <<2, 2>>", r.Kind)
	}
	r = Run(&grid{n: 3}, Options{CheckDeadlock: false})
	if r.Kind != Done || r.Distinct != 9 || r.Depth != 5 {
		t.Fatalf("got %+v, want 9 distinct states, depth 5", r.Stats)
	}
	// Generated: 1 initial + for each state, one successor per action
	// that is enabled: x<2 (6 states) + y<2 (6 states) = 13.
	if r.Generated != 13 {
		t.Errorf("generated %d, want 13", r.Generated)
	}
	if r.Coverage[0].Generated != 6 || r.Coverage[1].Generated != 6 {
		t.Errorf("coverage %+v", r.Coverage)
	}
}

func TestConstraintExcludesButCounts(t *testing.T) {
	// States with x = 2 violate the constraint: generated, not distinct.
	r := Run(&grid{n: 3, inModel: func(x, y int64) bool { return x < 2 }}, Options{})
	if r.Kind != Done {
		t.Fatalf("kind %v (%v)", r.Kind, r.Err)
	}
	if r.Distinct != 6 || r.Generated != 1+6+4 {
		t.Errorf("%d distinct, %d generated; want 6, 11", r.Distinct, r.Generated)
	}
}

func TestShortestTraceToViolation(t *testing.T) {
	r := Run(&grid{n: 5, invariant: func(x, y int64) bool { return x+y < 3 }}, Options{})
	if r.Kind != InvariantViolation {
		t.Fatalf("kind %v", r.Kind)
	}
	if len(r.Trace) != 4 || r.Depth != 4 {
		t.Fatalf("trace of %d states, depth %d; want 4, 4", len(r.Trace), r.Depth)
	}
	// BFS order: action 0 first, so the first violating state found is
	// <<3, 0>> through x increments.
	last := r.Trace[len(r.Trace)-1]
	if !value.Equal(last.State[0], value.Int(3)) || last.Action != 0 || r.Trace[0].Action != -1 {
		t.Errorf("trace %+v", r.Trace)
	}
}

func TestErrorKeepsTrace(t *testing.T) {
	r := Run(&grid{n: 5, failOn: true, failAt: [2]int64{1, 0}}, Options{})
	if r.Kind != EvalError || r.Err == nil || len(r.Trace) != 2 {
		t.Fatalf("got kind %v err %v trace %d", r.Kind, r.Err, len(r.Trace))
	}
}

func TestMaxStatesStops(t *testing.T) {
	r := Run(&grid{n: 50}, Options{MaxStates: 10})
	if r.Kind != Stopped || r.Distinct < 10 || r.Distinct > 10+2*2048 {
		t.Fatalf("got %v with %d distinct", r.Kind, r.Distinct)
	}
}

func TestWorkersDoNotChangeAnswers(t *testing.T) {
	base := Run(&grid{n: 40, invariant: func(x, y int64) bool { return x*y < 300 }}, Options{Workers: 1})
	for _, w := range []int{2, 4} {
		r := Run(&grid{n: 40, invariant: func(x, y int64) bool { return x*y < 300 }}, Options{Workers: w})
		if r.Kind != base.Kind || r.Stats.Distinct != base.Stats.Distinct || r.Stats.Generated != base.Stats.Generated || r.Depth != base.Depth {
			t.Errorf("workers=%d: %+v, want %+v", w, r.Stats, base.Stats)
		}
		if !reflect.DeepEqual(r.Trace, base.Trace) {
			t.Errorf("workers=%d: a different trace", w)
		}
	}
}

func TestGraphKeptForLiveness(t *testing.T) {
	r := Run(&grid{n: 2}, Options{KeepGraph: true})
	g := r.Graph
	if g == nil || g.NumNodes() != 4 || len(g.Initial()) != 1 {
		t.Fatalf("graph %+v", g)
	}
	if len(g.Successors(0)) != 2 {
		t.Errorf("node 0 has successors %v", g.Successors(0))
	}
}

// swapGrid is a grid under a symmetry: <<x, y>> and <<y, x>> are one
// state (they share a fingerprint), so a trace must show the states as
// they were found, not their representatives.
type swapGrid struct{ grid }

func (g *swapGrid) Fingerprint(s State) (uint64, error) {
	x, y := int64(s[0].(value.Int)), int64(s[1].(value.Int))
	return value.HashMix(value.HashMix(1, uint64(min(x, y))), uint64(max(x, y))), nil
}

func TestTraceRegeneratedAsFound(t *testing.T) {
	for _, m := range []Model{
		&grid{n: 6, invariant: func(x, y int64) bool { return x+y < 5 || x == 0 }},
		&swapGrid{grid{n: 6, invariant: func(x, y int64) bool { return x+y < 5 || x == 0 }}},
	} {
		kept := Run(m, Options{KeepStates: true})
		dropped := Run(m, Options{})
		if kept.Kind != InvariantViolation || len(kept.Trace) != 6 {
			t.Fatalf("%T: kind %v, trace of %d states; want an invariant violation after 5 steps", m, kept.Kind, len(kept.Trace))
		}
		if !reflect.DeepEqual(dropped.Trace, kept.Trace) {
			t.Errorf("%T: trace rebuilt from fingerprints\n%v\nwant the states found\n%v", m, dropped.Trace, kept.Trace)
		}
		if dropped.Stats.Distinct != kept.Stats.Distinct {
			t.Errorf("%T: %d distinct states, %d when states are kept", m, dropped.Stats.Distinct, kept.Stats.Distinct)
		}
	}
}

// wide is a model whose levels span many batches: Init gives width
// states <<k, 0>>; a step increments d (below depth) or moves k on.
// Its workers keep scratch space, and say so if two goroutines ever use
// one worker at once.
type wide struct {
	width, depth int64
	bad          func(k, d int64) bool // the invariant's violations
	shared       *atomic.Int32         // uses of a worker at once, beyond one
}

func (w *wide) NumActions() int { return 2 }
func (w *wide) Init(emit func(State)) error {
	for k := int64(0); k < w.width; k++ {
		emit(State{value.Int(k), value.Int(0)})
	}
	return nil
}
func (w *wide) Next(a int, s State, emit func(State)) (int64, error) {
	k, d := int64(s[0].(value.Int)), int64(s[1].(value.Int))
	switch {
	case a == 0 && d < w.depth:
		emit(State{value.Int(k), value.Int(d + 1)})
	case a == 1:
		emit(State{value.Int((k*7 + 3) % w.width), value.Int(d)})
	}
	return 0, nil
}
func (w *wide) Fingerprint(s State) (uint64, error) {
	return value.HashMix(value.HashMix(1, value.Fingerprint(s[0])), value.Fingerprint(s[1])), nil
}
func (w *wide) InModel(State) (bool, error)            { return true, nil }
func (w *wide) ActionAllowed(_, _ State) (bool, error) { return true, nil }
func (w *wide) Implied(_, _ State) (int, error)        { return -1, nil }
func (w *wide) Invariant(s State) (int, error) {
	if w.bad != nil && w.bad(int64(s[0].(value.Int)), int64(s[1].(value.Int))) {
		return 0, nil
	}
	return -1, nil
}
func (w *wide) NewWorker() Model { return &wideWorker{wide: w} }

type wideWorker struct {
	*wide
	busy    atomic.Bool
	scratch State
}

func (ww *wideWorker) Next(a int, s State, emit func(State)) (int64, error) {
	if !ww.busy.CompareAndSwap(false, true) {
		ww.shared.Add(1)
	}
	defer ww.busy.Store(false)
	// Scratch reused from call to call, as eval's workers reuse theirs.
	ww.scratch = append(ww.scratch[:0], s...)
	return ww.wide.Next(a, ww.scratch, emit)
}

// With several workers a batch is expanded while the one before it is
// merged: the answers, the graph and the trace are still those of one
// worker, and no worker is used by two goroutines at once.
func TestWorkersPipelineKeepsAnswers(t *testing.T) {
	for _, bad := range []func(k, d int64) bool{nil, func(k, d int64) bool { return d == 7 && k%1000 == 999 }} {
		var base *Result
		for _, workers := range []int{1, 2, 3} {
			m := &wide{width: 6000, depth: 9, bad: bad, shared: new(atomic.Int32)}
			r := Run(m, Options{Workers: workers, KeepGraph: bad == nil})
			if n := m.shared.Load(); n != 0 {
				t.Errorf("workers=%d: a worker used by two goroutines at once, %d times", workers, n)
			}
			if workers == 1 {
				base = r
				want := Done
				if bad != nil {
					want = InvariantViolation
				}
				if r.Kind != want || (bad == nil && r.Distinct != 6000*10) {
					t.Fatalf("one worker: %v with %d distinct states", r.Kind, r.Distinct)
				}
				continue
			}
			if r.Kind != base.Kind || r.Distinct != base.Distinct || r.Generated != base.Generated || r.Depth != base.Depth || r.Queue != base.Queue {
				t.Errorf("workers=%d: %v %+v, want %v %+v", workers, r.Kind, r.Stats, base.Kind, base.Stats)
			}
			if !reflect.DeepEqual(r.Trace, base.Trace) || !reflect.DeepEqual(r.Coverage, base.Coverage) {
				t.Errorf("workers=%d: another trace or coverage", workers)
			}
			if bad == nil && (!reflect.DeepEqual(r.Graph.Succ, base.Graph.Succ) || !reflect.DeepEqual(r.Graph.Parent, base.Graph.Parent)) {
				t.Errorf("workers=%d: another state graph", workers)
			}
		}
	}
}

// leveled is a grid whose invariant depends on the level of the state
// evaluated (as TLCGet("level") does), with a third action that jumps x
// by 2, so that a state is found at two levels: <<2, 0>> from <<0, 0>>
// (level 2) and from <<1, 0>> (level 3).
type leveled struct {
	grid
	level int32
	// badAt: the invariant fails on a state whose level is not x+y+1
	// (found by a jump) and whose x is badAt.
	badAt int64
}

func (l *leveled) NumActions() int { return 3 }
func (l *leveled) Next(a int, s State, emit func(State)) (int64, error) {
	if a < 2 {
		return l.grid.Next(a, s, emit)
	}
	if x := int64(s[0].(value.Int)); x+2 < l.n {
		emit(State{value.Int(x + 2), s[1]})
	}
	return 0, nil
}
func (l *leveled) Invariant(s State) (int, error) {
	x, y := int64(s[0].(value.Int)), int64(s[1].(value.Int))
	if int64(l.level) != x+y+1 && x == l.badAt {
		return 0, nil
	}
	return -1, nil
}
func (l *leveled) UsesLevel() bool { return true }
func (l *leveled) AtLevel(level int32) Model {
	at := *l
	at.level = level
	return &at
}

// TestClaimAtAnotherLevel: with several workers, the merge takes the
// invariants' answer from the claim of a new state only if the claim was
// made at the level the state is added at; otherwise it evaluates them.
func TestClaimAtAnotherLevel(t *testing.T) {
	m := &leveled{grid: grid{n: 8}, badAt: 4}
	s := &searcher{m: m, leveled: m, opts: Options{Workers: 2}}
	st := State{value.Int(4), value.Int(0)} // x+y+1 = 5
	claimer := succState{st: st, fp: 42, checked: true, inv: -1}
	b := &batch{claims: newClaimSet(1)}
	b.claims.claim(42, &claimer, 5)
	added := succState{st: st, fp: 42, inv: -1}
	if k, err := s.claimed(b, &added, 5); k != -1 || err != nil {
		t.Errorf("at the claim's level: %d, %v; want the claim's answer -1", k, err)
	}
	// Added at level 3 (by jumps): the invariant fails there.
	if k, err := s.claimed(b, &added, 3); k != 0 || err != nil {
		t.Errorf("at another level: %d, %v; want 0, the merge's own evaluation", k, err)
	}
}

// TestLeveledWorkersAgree runs a model whose invariant depends on the
// level, whose states are found at several levels, with 1, 2 and 3
// workers in batches small and large: same verdict, counts and trace.
func TestLeveledWorkersAgree(t *testing.T) {
	for _, badAt := range []int64{-1, 4, 6} {
		var base *Result
		for _, workers := range []int{1, 2, 3} {
			for _, size := range []int{2, 2048} {
				r := Run(&leveled{grid: grid{n: 9}, badAt: badAt}, Options{Workers: workers, BatchSize: size})
				if base == nil {
					base = r
					if badAt >= 0 && r.Kind != InvariantViolation {
						t.Fatalf("badAt %d: %v, want an invariant violation", badAt, r.Kind)
					}
					continue
				}
				if r.Kind != base.Kind || r.Stats.Distinct != base.Stats.Distinct || r.Generated != base.Generated ||
					!reflect.DeepEqual(r.Trace, base.Trace) {
					t.Errorf("badAt %d, %d workers, batches of %d: %v %+v %v; 1 worker: %v %+v %v",
						badAt, workers, size, r.Kind, r.Stats, r.Trace, base.Kind, base.Stats, base.Trace)
				}
			}
		}
	}
}

// viewed is a model under a VIEW: a state <<k, d, tag>> is fingerprinted
// by k and d alone, tag being the k of the state it came from, and the
// invariant reads tag. Two states with one fingerprint then differ, and
// the search must evaluate the invariants of the one it keeps (the first
// found), whichever worker came upon the other first.
type viewed struct {
	wide
	// The invariant fails on a state at d = 2 whose tag is badTag
	// modulo every.
	badTag, every int64
}

func (v *viewed) Init(emit func(State)) error {
	for k := int64(0); k < v.width; k++ {
		emit(State{value.Int(k), value.Int(0), value.Int(-1)})
	}
	return nil
}
func (v *viewed) Next(a int, s State, emit func(State)) (int64, error) {
	k, d := s[0].(value.Int), int64(s[1].(value.Int))
	switch {
	case a == 0 && d < v.depth:
		emit(State{k, value.Int(d + 1), k})
	case a == 1 && d < v.depth:
		// The states a == 0 makes from other ks: each found thrice in a
		// level, by parents the workers may expand in any order.
		emit(State{value.Int((int64(k)*7 + 3) % v.width), value.Int(d + 1), k})
	case a == 2 && d < v.depth:
		emit(State{value.Int((int64(k)*13 + 5) % v.width), value.Int(d + 1), k})
	}
	return 0, nil
}
func (v *viewed) Invariant(s State) (int, error) {
	if tag := int64(s[2].(value.Int)); tag >= 0 && tag%v.every == v.badTag && int64(s[1].(value.Int)) == 2 {
		return 0, nil
	}
	return -1, nil
}
func (v *viewed) NumActions() int { return 3 }
func (v *viewed) Abstracts() bool { return true }

// NewWorker: viewed keeps no scratch (wide's workers would answer for
// wide).
func (v *viewed) NewWorker() Model { return v }

// TestViewKeepsFirstState: under a VIEW the answers with 2 and 3
// workers are those of 1, whose invariants are evaluated on the state
// kept for each fingerprint.
func TestViewKeepsFirstState(t *testing.T) {
	violations := 0
	for badTag := int64(0); badTag < 40; badTag += 4 {
		var base *Result
		// Several workers several times: which worker comes upon a
		// state first varies from run to run.
		for _, workers := range []int{1, 2, 2, 2, 3, 3, 3} {
			r := Run(&viewed{wide: wide{width: 3000, depth: 4}, badTag: badTag, every: 40}, Options{Workers: workers, BatchSize: 512})
			if workers == 1 {
				base = r
				if r.Kind == InvariantViolation {
					violations++
				}
				continue
			}
			if r.Kind != base.Kind || r.Stats.Distinct != base.Stats.Distinct || r.Generated != base.Generated ||
				!reflect.DeepEqual(r.Trace, base.Trace) {
				t.Errorf("tag %d, %d workers: %v %+v %v; 1 worker: %v %+v %v", badTag, workers,
					r.Kind, r.Stats, r.Trace, base.Kind, base.Stats, base.Trace)
			}
		}
	}
	if violations == 0 {
		t.Fatal("no tag gives a violation: the test checks nothing")
	}
}

// TestClaimForAnotherStateOfTheClass: under VIEW or SYMMETRY the merge
// takes a claim's answer only for the very state it adds.
func TestClaimForAnotherStateOfTheClass(t *testing.T) {
	m := &viewed{wide: wide{width: 10, depth: 3}, badTag: 5, every: 10}
	s := &searcher{m: m, abstracts: true, opts: Options{Workers: 2}}
	claimer := succState{st: State{value.Int(1), value.Int(2), value.Int(4)}, fp: 9, checked: true, inv: -1}
	kept := succState{st: State{value.Int(1), value.Int(2), value.Int(5)}, fp: 9, inv: -1}
	b := &batch{claims: newClaimSet(1)}
	b.claims.claim(9, &claimer, 3)
	if k, err := s.claimed(b, &claimer, 3); k != -1 || err != nil {
		t.Errorf("the claimer itself: %d, %v; want the claim's answer -1", k, err)
	}
	if k, err := s.claimed(b, &kept, 3); k != 0 || err != nil {
		t.Errorf("another state of the class: %d, %v; want 0, evaluated on it", k, err)
	}
}
