package liveness

import (
	"fmt"
	"testing"
)

// testGraph is an in-memory Graph.
type testGraph struct {
	succ    [][]int32
	initial []int32
}

func (g *testGraph) NumNodes() int              { return len(g.succ) }
func (g *testGraph) Initial() []int32           { return g.initial }
func (g *testGraph) Successors(v int32) []int32 { return g.succ[v] }
func (g *testGraph) hasStep(from, to int32) bool {
	if from == to {
		return true // stuttering
	}
	for _, w := range g.succ[from] {
		if w == to {
			return true
		}
	}
	return false
}

// testAtoms decides atoms from tables: states[atom][node], and
// actions[atom] the set of steps (from, to) where the atom holds.
type testAtoms struct {
	states  map[int][]bool
	actions map[int]map[[2]int32]bool
	calls   int
}

func newTestAtoms() *testAtoms {
	return &testAtoms{states: map[int][]bool{}, actions: map[int]map[[2]int32]bool{}}
}

func (a *testAtoms) State(atom int, node int32) (bool, error) {
	a.calls++
	t, ok := a.states[atom]
	if !ok || int(node) >= len(t) {
		return false, fmt.Errorf("test: no state atom %d at node %d", atom, node)
	}
	return t[node], nil
}

func (a *testAtoms) Action(atom int, from, to int32) (bool, error) {
	a.calls++
	t, ok := a.actions[atom]
	if !ok {
		return false, fmt.Errorf("test: no action atom %d", atom)
	}
	return t[[2]int32{from, to}], nil
}

// setState makes state atom true exactly at nodes (of n nodes).
func (a *testAtoms) setState(atom, n int, nodes ...int32) {
	t := make([]bool, n)
	for _, v := range nodes {
		t[v] = true
	}
	a.states[atom] = t
}

// setAction makes action atom true exactly on the steps given as pairs.
func (a *testAtoms) setAction(atom int, steps ...[2]int32) {
	t := map[[2]int32]bool{}
	for _, s := range steps {
		t[s] = true
	}
	a.actions[atom] = t
}

// lassoSemantics decides formulas on a lasso directly from the definition
// of the temporal operators: the independent checker the tests compare
// Check against. Position i of the behaviour is states[i]; positions from
// loop on repeat forever.
type lassoSemantics struct {
	states []int32
	loop   int
	atoms  Atoms
}

func newLassoSemantics(ce *Counterexample, atoms Atoms) *lassoSemantics {
	states := append(append([]int32{}, ce.Prefix...), ce.Cycle...)
	return &lassoSemantics{states: states, loop: len(ce.Prefix), atoms: atoms}
}

func (l *lassoSemantics) next(i int) int {
	if i+1 < len(l.states) {
		return i + 1
	}
	return l.loop
}

// future lists the positions a behaviour at position i will be in (i
// included), up to repetition.
func (l *lassoSemantics) future(i int) []int {
	from := i
	if i >= l.loop {
		from = l.loop
	}
	var out []int
	for j := from; j < len(l.states); j++ {
		out = append(out, j)
	}
	return out
}

func (l *lassoSemantics) holds(t *testing.T, f Formula, i int) bool {
	t.Helper()
	switch f := f.(type) {
	case StateAtom:
		b, err := l.atoms.State(f.Atom, l.states[i])
		if err != nil {
			t.Fatal(err)
		}
		return b
	case ActionAtom:
		b, err := l.atoms.Action(f.Atom, l.states[i], l.states[l.next(i)])
		if err != nil {
			t.Fatal(err)
		}
		return b
	case Not:
		return !l.holds(t, f.F, i)
	case And:
		for _, g := range f.Fs {
			if !l.holds(t, g, i) {
				return false
			}
		}
		return true
	case Or:
		for _, g := range f.Fs {
			if l.holds(t, g, i) {
				return true
			}
		}
		return false
	case Always:
		for _, j := range l.future(i) {
			if !l.holds(t, f.F, j) {
				return false
			}
		}
		return true
	case Eventually:
		for _, j := range l.future(i) {
			if l.holds(t, f.F, j) {
				return true
			}
		}
		return false
	case LeadsTo:
		for _, j := range l.future(i) {
			if l.holds(t, f.P, j) && !l.holds(t, Eventually{f.Q}, j) {
				return false
			}
		}
		return true
	}
	t.Fatalf("lassoSemantics: unexpected formula %T", f)
	return false
}

// fair decides the fairness conditions on the lasso: WF holds when the
// cycle has a state where the action is disabled or a step that takes
// it; SF when the cycle has no state where it is enabled or a step that
// takes it.
func (l *lassoSemantics) fair(t *testing.T, fs []Fairness) bool {
	for _, f := range fs {
		enabledSomewhere, disabledSomewhere, taken := false, false, false
		for j := l.loop; j < len(l.states); j++ {
			if l.holds(t, StateAtom{f.Enabled}, j) {
				enabledSomewhere = true
			} else {
				disabledSomewhere = true
			}
			if l.holds(t, ActionAtom{f.Taken}, j) {
				taken = true
			}
		}
		if f.Strong && enabledSomewhere && !taken {
			return false
		}
		if !f.Strong && !disabledSomewhere && !taken {
			return false
		}
	}
	return true
}

// violates reports whether the lasso is a behaviour of g that satisfies
// the fairness and violates the property, with a reason when it is not.
func violates(t *testing.T, g *testGraph, atoms Atoms, p Property, ce *Counterexample) (bool, string) {
	t.Helper()
	if ce == nil || len(ce.Cycle) == 0 {
		return false, "no cycle"
	}
	l := newLassoSemantics(ce, atoms)
	for _, v := range l.states {
		if v < 0 || int(v) >= g.NumNodes() {
			return false, fmt.Sprintf("node %d outside the graph", v)
		}
	}
	initial := false
	for _, v := range g.initial {
		initial = initial || v == l.states[0]
	}
	if !initial {
		return false, fmt.Sprintf("first state %d is not initial", l.states[0])
	}
	for i := range l.states {
		if !g.hasStep(l.states[i], l.states[l.next(i)]) {
			return false, fmt.Sprintf("no step %d -> %d", l.states[i], l.states[l.next(i)])
		}
	}
	if !l.fair(t, p.Fairness) {
		return false, "the lasso is not fair"
	}
	if l.holds(t, p.F, 0) {
		return false, "the lasso satisfies the property"
	}
	return true, ""
}

// bruteForce enumerates every lasso of g with at most maxLen states and
// returns one that violates p under its fairness, or nil.
func bruteForce(t *testing.T, g *testGraph, atoms Atoms, p Property, maxLen int) *Counterexample {
	t.Helper()
	var found *Counterexample
	var path []int32
	var extend func()
	extend = func() {
		if found != nil {
			return
		}
		last := path[len(path)-1]
		for loop := 0; loop < len(path); loop++ {
			if !g.hasStep(last, path[loop]) {
				continue
			}
			ce := &Counterexample{Prefix: append([]int32{}, path[:loop]...), Cycle: append([]int32{}, path[loop:]...)}
			if ok, _ := violates(t, g, atoms, p, ce); ok {
				found = ce
				return
			}
		}
		if len(path) == maxLen {
			return
		}
		for w := int32(0); int(w) < g.NumNodes(); w++ {
			if g.hasStep(last, w) {
				path = append(path, w)
				extend()
				path = path[:len(path)-1]
			}
		}
	}
	for _, v := range g.initial {
		path = []int32{v}
		extend()
	}
	return found
}
