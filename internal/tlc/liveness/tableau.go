package liveness

import (
	"slices"
	"strconv"
	"strings"
)

// tableau is a generalized Büchi automaton for a temporal formula, built
// by the on-the-fly construction of Gerth, Peled, Vardi and Wolper
// ("Simple on-the-fly automatic verification of linear temporal logic",
// 1995) for formulas with [] and <> only. It plays the role of TLC's
// TBGraph: a behaviour satisfies the formula iff the automaton has a run
// on it that visits every acceptance set infinitely often.
//
// A run is in state q at position i of the behaviour when the state
// predicates of q hold in state i and its step predicates on step i (the
// step from state i to state i+1).
type tableau struct {
	states []tableauState
}

type tableauState struct {
	initial bool
	// statePreds are decided in the behaviour's state at this position,
	// stepPreds on the step that leaves it.
	statePreds []*pred
	stepPreds  []*pred
	successors []int
	// accepting[k] says the state is in acceptance set k.
	accepting []bool
}

// trivialTableau accepts every behaviour: the automaton of TRUE, for the
// terms that need no tableau.
func trivialTableau() *tableau {
	return &tableau{states: []tableauState{{initial: true, successors: []int{0}}}}
}

// maxTableauStates bounds the construction, which is exponential in the
// formula in the worst case.
const maxTableauStates = 1 << 12

// gpvwNode is a node under construction: Old are the formulas already
// processed, Next those that must hold at the next position, New those
// still to process.
type gpvwNode struct {
	incoming []int // finished nodes with an edge to this one; -1 is "initial"
	old      map[string]*temporal
	next     map[string]*temporal
	pending  []*temporal
}

func (n *gpvwNode) clone() *gpvwNode {
	c := &gpvwNode{
		incoming: slices.Clone(n.incoming),
		old:      make(map[string]*temporal, len(n.old)),
		next:     make(map[string]*temporal, len(n.next)),
		pending:  slices.Clone(n.pending),
	}
	for k, v := range n.old {
		c.old[k] = v
	}
	for k, v := range n.next {
		c.next[k] = v
	}
	return c
}

type finishedNode struct {
	incoming map[int]bool
	old      map[string]*temporal
}

// buildTableau constructs the automaton of f.
func buildTableau(f *temporal) (*tableau, error) {
	var finished []*finishedNode
	index := map[string]int{} // key of (old, next) -> finished node
	stack := []*gpvwNode{{
		incoming: []int{-1},
		old:      map[string]*temporal{},
		next:     map[string]*temporal{},
		pending:  []*temporal{f},
	}}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if len(n.pending) == 0 {
			key := setKey(n.old) + "#" + setKey(n.next)
			if i, ok := index[key]; ok {
				for _, in := range n.incoming {
					finished[i].incoming[in] = true
				}
				continue
			}
			if len(finished) >= maxTableauStates {
				return nil, &UnsupportedError{What: "a temporal formula whose tableau has more than " + strconv.Itoa(maxTableauStates) + " states"}
			}
			i := len(finished)
			fn := &finishedNode{incoming: map[int]bool{}, old: n.old}
			for _, in := range n.incoming {
				fn.incoming[in] = true
			}
			finished = append(finished, fn)
			index[key] = i
			succ := &gpvwNode{
				incoming: []int{i},
				old:      map[string]*temporal{},
				next:     map[string]*temporal{},
			}
			for _, k := range sortedKeys(n.next) {
				succ.pending = append(succ.pending, n.next[k])
			}
			stack = append(stack, succ)
			continue
		}
		eta := n.pending[len(n.pending)-1]
		n.pending = n.pending[:len(n.pending)-1]
		if _, done := n.old[eta.key]; done {
			stack = append(stack, n)
			continue
		}
		switch eta.kind {
		case temporalPred:
			if eta.pred.kind == predFalse || contradicts(n.old, eta.pred) {
				continue // no position satisfies this node
			}
			n.old[eta.key] = eta
			stack = append(stack, n)
		case temporalAnd:
			n.old[eta.key] = eta
			for _, k := range eta.kids {
				if _, done := n.old[k.key]; !done {
					n.pending = append(n.pending, k)
				}
			}
			stack = append(stack, n)
		case temporalOr:
			n.old[eta.key] = eta
			for _, k := range eta.kids {
				c := n.clone()
				if _, done := c.old[k.key]; !done {
					c.pending = append(c.pending, k)
				}
				stack = append(stack, c)
			}
		case temporalAlways:
			// []F: F now, and []F at the next position.
			n.old[eta.key] = eta
			n.next[eta.key] = eta
			if _, done := n.old[eta.kids[0].key]; !done {
				n.pending = append(n.pending, eta.kids[0])
			}
			stack = append(stack, n)
		case temporalEventually:
			// <>F: F now, or <>F at the next position (the promise that
			// the acceptance condition keeps).
			n.old[eta.key] = eta
			later := n.clone()
			later.next[eta.key] = eta
			now := n
			if _, done := now.old[eta.kids[0].key]; !done {
				now.pending = append(now.pending, eta.kids[0])
			}
			stack = append(stack, later, now)
		}
	}
	return finishTableau(finished), nil
}

// finishTableau turns the nodes into automaton states: labels, successor
// lists and one acceptance set per <>F subformula (the states that do not
// owe F, or that fulfil it now).
func finishTableau(finished []*finishedNode) *tableau {
	promises := map[string]*temporal{}
	for _, fn := range finished {
		for k, t := range fn.old {
			if t.kind == temporalEventually {
				promises[k] = t
			}
		}
	}
	promiseKeys := sortedKeys(promises)
	tb := &tableau{states: make([]tableauState, len(finished))}
	for i, fn := range finished {
		st := &tb.states[i]
		st.initial = fn.incoming[-1]
		for _, k := range sortedKeys(fn.old) {
			t := fn.old[k]
			if t.kind != temporalPred || t.pred.kind == predTrue {
				continue
			}
			if t.pred.onEdge {
				st.stepPreds = append(st.stepPreds, t.pred)
			} else {
				st.statePreds = append(st.statePreds, t.pred)
			}
		}
		st.accepting = make([]bool, len(promiseKeys))
		for j, k := range promiseKeys {
			_, owes := fn.old[k]
			_, fulfils := fn.old[promises[k].kids[0].key]
			st.accepting[j] = !owes || fulfils
		}
	}
	for j, fn := range finished {
		for i := range fn.incoming {
			if i >= 0 {
				tb.states[i].successors = append(tb.states[i].successors, j)
			}
		}
	}
	for i := range tb.states {
		slices.Sort(tb.states[i].successors)
	}
	return tb
}

// contradicts reports whether old holds the complement of literal p (a
// cheap pruning; other unsatisfiable labels simply match no state).
func contradicts(old map[string]*temporal, p *pred) bool {
	if p.kind != predState && p.kind != predAction {
		return false
	}
	c := newAtomPred(p.kind, p.atom, !p.negate)
	_, found := old[c.key]
	return found
}

func setKey(m map[string]*temporal) string {
	return strings.Join(sortedKeys(m), ";")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func (tb *tableau) acceptanceSets() int {
	if len(tb.states) == 0 {
		return 0
	}
	return len(tb.states[0].accepting)
}
