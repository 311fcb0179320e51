package liveness

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// Atom numbers used by the hand-built tests.
const (
	atomP = iota
	atomQ
	atomEnabled
	atomTaken
	atomBox // the action of a [][A]_v property
)

func mustCheck(t *testing.T, g *testGraph, a Atoms, p Property) *Counterexample {
	t.Helper()
	ce, err := Check(context.Background(), g, a, p)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	if ce != nil {
		if ok, why := violates(t, g, a, p, ce); !ok {
			t.Fatalf("Check returned %+v, which is not a counterexample: %s", *ce, why)
		}
	}
	return ce
}

func wantHolds(t *testing.T, g *testGraph, a Atoms, p Property) {
	t.Helper()
	if ce := mustCheck(t, g, a, p); ce != nil {
		t.Fatalf("property should hold; Check found %+v", *ce)
	}
}

func wantViolated(t *testing.T, g *testGraph, a Atoms, p Property) *Counterexample {
	t.Helper()
	ce := mustCheck(t, g, a, p)
	if ce == nil {
		t.Fatal("property should be violated; Check found no counterexample")
	}
	return ce
}

// chain is 0 -> 1 -> 2 -> ... -> n-1, with n-1 deadlocked.
func chain(n int) *testGraph {
	g := &testGraph{succ: make([][]int32, n), initial: []int32{0}}
	for i := 0; i+1 < n; i++ {
		g.succ[i] = []int32{int32(i + 1)}
	}
	return g
}

func TestAlways(t *testing.T) {
	g := chain(4)
	a := newTestAtoms()
	a.setState(atomP, 4, 0, 1, 2, 3)
	wantHolds(t, g, a, Property{F: Always{StateAtom{atomP}}})

	a.setState(atomP, 4, 0, 1, 3)
	ce := wantViolated(t, g, a, Property{F: Always{StateAtom{atomP}}})
	// The shortest violation: 0 -> 1 -> 2, then anything.
	states := append(append([]int32{}, ce.Prefix...), ce.Cycle...)
	if len(states) < 3 || states[0] != 0 || states[1] != 1 || states[2] != 2 {
		t.Errorf("counterexample %+v does not take the shortest path to node 2", *ce)
	}
}

func TestEventuallyNeedsFairness(t *testing.T) {
	// 0 -> 1 -> 2 where P holds at 2; the step 0 -> 1 and 1 -> 2 are the
	// action whose fairness makes the behaviour get there.
	g := chain(3)
	a := newTestAtoms()
	a.setState(atomP, 3, 2)
	a.setState(atomEnabled, 3, 0, 1)
	a.setAction(atomTaken, [2]int32{0, 1}, [2]int32{1, 2})
	p := Property{F: Eventually{StateAtom{atomP}}}
	ce := wantViolated(t, g, a, p)
	if len(ce.Prefix) != 0 || len(ce.Cycle) != 1 || ce.Cycle[0] != 0 {
		t.Errorf("without fairness the counterexample is the initial state stuttering; got %+v", *ce)
	}
	p.Fairness = []Fairness{{Enabled: atomEnabled, Taken: atomTaken}}
	wantHolds(t, g, a, p)
	p.Fairness[0].Strong = true
	wantHolds(t, g, a, p)
}

func TestDeadlockStutters(t *testing.T) {
	// 0 -> 1 and 0 -> 2; 1 is deadlocked, P holds only at 2. Fairness of
	// the action cannot help at 1, where nothing is enabled.
	g := &testGraph{succ: [][]int32{{1, 2}, nil, {2}}, initial: []int32{0}}
	a := newTestAtoms()
	a.setState(atomP, 3, 2)
	a.setState(atomEnabled, 3, 0, 2)
	a.setAction(atomTaken, [2]int32{0, 1}, [2]int32{0, 2}, [2]int32{2, 2})
	p := Property{F: Eventually{StateAtom{atomP}}, Fairness: []Fairness{{Enabled: atomEnabled, Taken: atomTaken}}}
	ce := wantViolated(t, g, a, p)
	if len(ce.Cycle) != 1 || ce.Cycle[0] != 1 || len(ce.Prefix) != 1 || ce.Prefix[0] != 0 {
		t.Errorf("want 0 then 1 stuttering; got %+v", *ce)
	}
}

// TestWeakVersusStrongFairness is the classic graph where the action B
// (0 -> 2) is enabled only at 0, and the behaviour may toggle 0 <-> 1
// forever: B is enabled infinitely often but not continuously, so weak
// fairness of B does not force it, strong fairness does.
func TestWeakVersusStrongFairness(t *testing.T) {
	const atomToggleEnabled, atomToggleTaken = 10, 11
	g := &testGraph{succ: [][]int32{{1, 2}, {0}, nil}, initial: []int32{0}}
	a := newTestAtoms()
	a.setState(atomP, 3, 2)
	a.setState(atomEnabled, 3, 0) // B enabled at 0 only
	a.setAction(atomTaken, [2]int32{0, 2})
	a.setState(atomToggleEnabled, 3, 0, 1)
	a.setAction(atomToggleTaken, [2]int32{0, 1}, [2]int32{1, 0})
	toggle := Fairness{Enabled: atomToggleEnabled, Taken: atomToggleTaken}

	p := Property{F: Eventually{StateAtom{atomP}}, Fairness: []Fairness{toggle, {Enabled: atomEnabled, Taken: atomTaken}}}
	ce := wantViolated(t, g, a, p)
	if len(ce.Cycle) != 2 {
		t.Errorf("under WF the counterexample toggles 0 <-> 1; got %+v", *ce)
	}
	p.Fairness[1].Strong = true
	wantHolds(t, g, a, p)
}

func TestAlwaysEventuallyAndEventuallyAlways(t *testing.T) {
	// 0 <-> 1 forever; P at 0 only.
	g := &testGraph{succ: [][]int32{{1}, {0}}, initial: []int32{0}}
	a := newTestAtoms()
	a.setState(atomP, 2, 0)
	a.setState(atomEnabled, 2, 0, 1)
	a.setAction(atomTaken, [2]int32{0, 1}, [2]int32{1, 0})
	fair := []Fairness{{Enabled: atomEnabled, Taken: atomTaken}}

	wantHolds(t, g, a, Property{F: Always{Eventually{StateAtom{atomP}}}, Fairness: fair})
	// Without fairness, stuttering at 1 violates []<>P.
	ce := wantViolated(t, g, a, Property{F: Always{Eventually{StateAtom{atomP}}}})
	if len(ce.Cycle) != 1 || ce.Cycle[0] != 1 {
		t.Errorf("want 1 stuttering; got %+v", *ce)
	}
	// <>[]P fails under fairness (the cycle leaves P) and holds of
	// nothing: without fairness the stuttering at 1 fails it too.
	wantViolated(t, g, a, Property{F: Eventually{Always{StateAtom{atomP}}}, Fairness: fair})
	// <>[]~(P /\ Q) holds: Q is nowhere.
	a.setState(atomQ, 2)
	wantHolds(t, g, a, Property{F: Eventually{Always{Not{And{[]Formula{StateAtom{atomP}, StateAtom{atomQ}}}}}}, Fairness: fair})
}

func TestLeadsTo(t *testing.T) {
	// 0 -> 1 -> 2 -> 0 ring, plus 1 -> 3 (deadlock). P at 1, Q at 2.
	g := &testGraph{succ: [][]int32{{1}, {2, 3}, {0}, nil}, initial: []int32{0}}
	a := newTestAtoms()
	a.setState(atomP, 4, 1)
	a.setState(atomQ, 4, 2)
	a.setState(atomEnabled, 4, 0, 1, 2)
	a.setAction(atomTaken, [2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 0}, [2]int32{1, 3})
	p := Property{F: LeadsTo{StateAtom{atomP}, StateAtom{atomQ}}, Fairness: []Fairness{{Enabled: atomEnabled, Taken: atomTaken}}}
	ce := wantViolated(t, g, a, p)
	if last := ce.Cycle[len(ce.Cycle)-1]; len(ce.Cycle) != 1 || last != 3 {
		t.Errorf("want the deadlock at 3; got %+v", *ce)
	}
	g.succ[1] = []int32{2}
	wantHolds(t, g, a, p)
}

func TestBoxAction(t *testing.T) {
	// [][A]_v: the action atom is [A]_v, true on stuttering steps.
	g := &testGraph{succ: [][]int32{{1}, {2}, {0}}, initial: []int32{0}}
	a := newTestAtoms()
	a.setAction(atomBox, [2]int32{0, 0}, [2]int32{1, 1}, [2]int32{2, 2}, [2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 0})
	p := Property{F: Always{ActionAtom{atomBox}}}
	wantHolds(t, g, a, p)
	delete(a.actions[atomBox], [2]int32{1, 2})
	ce := wantViolated(t, g, a, p)
	states := append(append([]int32{}, ce.Prefix...), ce.Cycle...)
	if len(states) < 3 || states[1] != 1 || states[2] != 2 {
		t.Errorf("want the step 1 -> 2 in the counterexample; got %+v", *ce)
	}
}

func TestEventuallyAction(t *testing.T) {
	// <><<A>>_v: some step takes A.
	g := &testGraph{succ: [][]int32{{1}, {0}}, initial: []int32{0}}
	a := newTestAtoms()
	a.setAction(atomTaken, [2]int32{1, 0})
	a.setState(atomEnabled, 2, 0, 1)
	a.setAction(atomBox, [2]int32{0, 1}, [2]int32{1, 0})
	p := Property{F: Eventually{ActionAtom{atomTaken}}, Fairness: []Fairness{{Enabled: atomEnabled, Taken: atomBox}}}
	wantHolds(t, g, a, p)
	p.Fairness = nil
	wantViolated(t, g, a, p)
}

func TestDisjunctionAndConjunction(t *testing.T) {
	// 0 -> 1, 0 -> 2, both deadlocked: P at 1, Q at 2.
	g := &testGraph{succ: [][]int32{{1, 2}, nil, nil}, initial: []int32{0}}
	a := newTestAtoms()
	a.setState(atomP, 3, 1)
	a.setState(atomQ, 3, 2)
	a.setState(atomEnabled, 3, 0)
	a.setAction(atomTaken, [2]int32{0, 1}, [2]int32{0, 2})
	fair := []Fairness{{Enabled: atomEnabled, Taken: atomTaken}}
	p, q := StateAtom{atomP}, StateAtom{atomQ}
	wantHolds(t, g, a, Property{F: Or{[]Formula{Eventually{p}, Eventually{q}}}, Fairness: fair})
	wantHolds(t, g, a, Property{F: Or{[]Formula{Eventually{Always{p}}, Eventually{Always{q}}}}, Fairness: fair})
	wantViolated(t, g, a, Property{F: Eventually{p}, Fairness: fair})
	wantViolated(t, g, a, Property{F: And{[]Formula{Eventually{Or{[]Formula{p, q}}}, Always{Not{p}}}}, Fairness: fair})
	// An empty conjunction is TRUE, an empty disjunction FALSE.
	wantHolds(t, g, a, Property{F: And{}})
	wantViolated(t, g, a, Property{F: Or{}})
}

func TestNoInitialStates(t *testing.T) {
	g := &testGraph{succ: [][]int32{nil}}
	a := newTestAtoms()
	a.setState(atomP, 1)
	wantHolds(t, g, a, Property{F: Eventually{StateAtom{atomP}}})
}

func TestUnsupportedFormula(t *testing.T) {
	g := chain(2)
	a := newTestAtoms()
	for _, f := range []Formula{nil, Not{nil}, And{[]Formula{StateAtom{0}, nil}}, Always{nil}} {
		_, err := Check(context.Background(), g, a, Property{F: f})
		var u *UnsupportedError
		if !errors.As(err, &u) {
			t.Errorf("Check(%#v) = %v; want an UnsupportedError", f, err)
		}
	}
}

func TestAtomErrorsAndBadGraphs(t *testing.T) {
	a := newTestAtoms() // no atoms at all: every question is an error
	_, err := Check(context.Background(), chain(3), a, Property{F: Eventually{StateAtom{atomP}}})
	if err == nil || !strings.Contains(err.Error(), "no state atom") {
		t.Errorf("want the atom's error; got %v", err)
	}
	for _, g := range []*testGraph{
		{succ: [][]int32{{5}}, initial: []int32{0}},
		{succ: [][]int32{{-1}}, initial: []int32{0}},
		{succ: [][]int32{nil}, initial: []int32{3}},
	} {
		a.setState(atomP, 1)
		if _, err := Check(context.Background(), g, a, Property{F: Eventually{StateAtom{atomP}}}); err == nil {
			t.Errorf("graph %+v: want an error", *g)
		}
	}
	if _, err := Check(context.Background(), nil, a, Property{F: StateAtom{atomP}}); err == nil {
		t.Error("nil graph: want an error")
	}
}

func TestCancellation(t *testing.T) {
	const n = 200000
	g := &testGraph{succ: make([][]int32, n), initial: []int32{0}}
	for i := range g.succ {
		g.succ[i] = []int32{int32((i + 1) % n)}
	}
	a := newTestAtoms()
	a.setState(atomP, n, 0)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Check(ctx, g, a, Property{F: Always{Eventually{StateAtom{atomP}}}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled; got %v", err)
	}
}

// TestAtomsAskedOnce checks the decider's cache: no atom is evaluated
// twice on the same node or step, even when several tableau states ask.
func TestAtomsAskedOnce(t *testing.T) {
	g := &testGraph{succ: [][]int32{{1}, {2}, {0}}, initial: []int32{0}}
	a := newTestAtoms()
	a.setState(atomP, 3, 1)
	a.setState(atomQ, 3, 2)
	a.setState(atomEnabled, 3, 0, 1, 2)
	a.setAction(atomTaken, [2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 0})
	p := Property{F: And{[]Formula{LeadsTo{StateAtom{atomP}, StateAtom{atomQ}}, LeadsTo{StateAtom{atomQ}, StateAtom{atomP}}}},
		Fairness: []Fairness{{Enabled: atomEnabled, Taken: atomTaken}}}
	c, err := NewChecker(context.Background(), g, a)
	if err != nil {
		t.Fatal(err)
	}
	// The second property asks the same questions again: a Checker keeps
	// the answers.
	for _, prop := range []Property{p, {F: Always{Eventually{StateAtom{atomP}}}, Fairness: p.Fairness}} {
		if ce, err := c.Check(context.Background(), prop); err != nil || ce != nil {
			t.Fatalf("Check = %v, %v; want nil, nil", ce, err)
		}
	}
	// 3 nodes x 3 state atoms + 6 steps (3 moves, 3 stutters) x 1 action.
	if a.calls > 3*3+6 {
		t.Errorf("Atoms answered %d questions; at most %d are distinct", a.calls, 3*3+6)
	}
}

func TestAtomErrorsAsTLC(t *testing.T) {
	// TLC evaluates a property's predicates on every state as its search
	// goes: P cannot be evaluated at node 2, although <>P holds at once.
	g := &testGraph{succ: [][]int32{{1}, {2}, {2}}, initial: []int32{0}}
	a := newTestAtoms()
	a.setState(atomP, 2, 0) // known at nodes 0 and 1 only
	var ae *AtomError
	// A tableau's predicates are checked on the successors of the state
	// being expanded: the error is node 1's.
	if _, err := Check(context.Background(), g, a, Property{F: Eventually{StateAtom{atomP}}}); !errors.As(err, &ae) || ae.Node != 1 {
		t.Errorf("<>P: got %v, want an atom error at node 1", err)
	}
	// []<>P's predicate is checked on the state itself.
	if _, err := Check(context.Background(), g, a, Property{F: Always{Eventually{StateAtom{atomP}}}}); !errors.As(err, &ae) || ae.Node != 2 {
		t.Errorf("[]<>P: got %v, want an atom error at node 2", err)
	}
}

func TestOnlyTLCForms(t *testing.T) {
	// <><<A>>_v: TLC refuses an action outside <>[] and []<>.
	g := &testGraph{succ: [][]int32{{1}, {0}}, initial: []int32{0}}
	a := newTestAtoms()
	a.setAction(atomTaken, [2]int32{1, 0})
	var fe *FormulaError
	if _, err := Check(context.Background(), g, a, Property{F: Eventually{ActionAtom{atomTaken}}, OnlyTLCForms: true}); !errors.As(err, &fe) {
		t.Errorf("got %v, want TLC's refusal", err)
	}
	// []<><<A>>_v is one of TLC's forms.
	if _, err := Check(context.Background(), g, a, Property{F: Always{Eventually{ActionAtom{atomTaken}}}, OnlyTLCForms: true}); err != nil {
		t.Errorf("[]<>A: %v", err)
	}
}
