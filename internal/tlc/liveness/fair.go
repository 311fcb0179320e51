package liveness

import (
	"context"
	"slices"
)

// cycleConditions is what the cycle of a counterexample must satisfy for
// one term: TLC's PossibleErrorModel plus the fairness of the spec and the
// tableau's acceptance.
type cycleConditions struct {
	// stay: every step of the cycle satisfies each (the <>[]p of the term).
	stay []*pred
	// visit: some step of the cycle satisfies each (the []<>p of the term,
	// and one per WF: ~ENABLED <<A>>_v \/ <<A>>_v).
	visit []*pred
	// strong are the SF conditions: if some state of the cycle satisfies
	// enabled, some step satisfies taken.
	strong []strongFairness
	// accepting is the number of tableau acceptance sets; the cycle visits
	// a state of each.
	accepting int
	// weakFair is the number of visit conditions, first in the list, that
	// are the spec's weak fairness (the same for every term).
	weakFair int
}

type strongFairness struct{ enabled, taken *pred }

func newCycleConditions(tm term, fairness []Fairness, tb *tableau) cycleConditions {
	c := cycleConditions{stay: tm.eventuallyAlways, accepting: tb.acceptanceSets()}
	// The spec's fairness first: its atoms are shared by every property
	// checked on the graph, so judge often rejects a component on answers
	// already known.
	for _, f := range fairness {
		enabled := newAtomPred(predState, f.Enabled, false)
		taken := newAtomPred(predAction, f.Taken, false)
		if f.Strong {
			c.strong = append(c.strong, strongFairness{enabled: enabled, taken: taken})
			continue
		}
		c.visit = append(c.visit, junction(false, []*pred{newAtomPred(predState, f.Enabled, true), taken}))
	}
	c.weakFair = len(c.visit)
	c.visit = append(c.visit, tm.alwaysEventually...)
	return c
}

// fairSearch finds a strongly connected set of product nodes on which a
// cycle meets the conditions: Emerson and Lei's algorithm for Streett
// acceptance. A strongly connected component that fails a "visit"
// condition is discarded (no part of it can do better); one that has a
// state where an SF action is enabled but no step that takes it is split
// again without those states; a component that meets everything is the
// answer, since a cycle through all its steps meets every condition.
type fairSearch struct {
	ctx   context.Context
	prod  *product
	tb    *tableau
	d     *decider
	cond  cycleConditions
	label []int32 // the set each product node belongs to; -1: removed
	// edgeOK says whether each product edge satisfies every stay
	// predicate; nil when there are none.
	edgeOK []bool
	next   int32 // the next fresh label

	// Tarjan's state, reused across runs.
	index, low []int32
	onStack    []bool
	counter    int32
	steps      int
}

func newFairSearch(ctx context.Context, prod *product, tb *tableau, d *decider, cond cycleConditions) (*fairSearch, error) {
	n := prod.size()
	f := &fairSearch{ctx: ctx, prod: prod, tb: tb, d: d, cond: cond,
		label: make([]int32, n), index: make([]int32, n), low: make([]int32, n), onStack: make([]bool, n), next: 1}
	if len(cond.stay) > 0 {
		f.edgeOK = make([]bool, len(prod.succ))
		for u := 0; u < n; u++ {
			if err := f.tick(); err != nil {
				return nil, err
			}
			for e := prod.start[u]; e < prod.start[u+1]; e++ {
				ok, err := d.evalAll(cond.stay, prod.node[u], int(prod.step[e]))
				if err != nil {
					return nil, err
				}
				f.edgeOK[e] = ok
			}
		}
	}
	return f, nil
}

// tick checks for cancellation every few thousand steps of work.
func (f *fairSearch) tick() error {
	f.steps++
	if f.steps&4095 == 0 {
		return f.ctx.Err()
	}
	return nil
}

// usable says whether edge e, leaving a node of set lbl, stays in lbl and
// satisfies the stay predicates.
func (f *fairSearch) usable(e int, lbl int32) bool {
	return f.label[f.prod.succ[e]] == lbl && (f.edgeOK == nil || f.edgeOK[e])
}

// find returns the nodes of a fair strongly connected set, or nil; of
// several, the one with the node closest to the initial nodes.
func (f *fairSearch) find(shared *sharedComponents) ([]int32, int32, error) {
	all := make([]int32, f.prod.size())
	for i := range all {
		all[i] = int32(i)
	}
	work := []struct {
		nodes []int32
		label int32
	}{{all, 0}}
	var best []int32
	var bestLabel int32
	first := true
	for len(work) > 0 {
		item := work[len(work)-1]
		work = work[:len(work)-1]
		// The first decomposition, of the whole product, is the same for
		// every term without <>[] conditions: shared computes it once, and
		// remembers which components the spec's weak fairness rejects.
		useShared := first && shared != nil && f.edgeOK == nil
		first = false
		var components [][]int32
		var err error
		if useShared {
			components, err = shared.get(f)
		} else {
			components, err = f.components(item.nodes, item.label)
		}
		if err != nil {
			return nil, 0, err
		}
		for _, c := range components {
			lbl := f.next
			f.next++
			for _, v := range c {
				f.label[v] = lbl
			}
		}
		for i, c := range components {
			lbl := f.label[c[0]]
			if !f.hasCycle(c, lbl) {
				continue
			}
			var fair *int8
			if useShared {
				fair = &shared.fair[i]
			}
			verdict, err := f.judge(c, lbl, fair)
			if err != nil {
				return nil, 0, err
			}
			switch verdict {
			case accept:
				// Keep the component closest to the initial nodes (the
				// smallest node number), for a short counterexample.
				if best == nil || slices.Min(c) < slices.Min(best) {
					best, bestLabel = c, lbl
				}
			case split:
				rest := c[:0:0]
				for _, v := range c {
					if f.label[v] == lbl {
						rest = append(rest, v)
					}
				}
				if len(rest) > 0 {
					work = append(work, struct {
						nodes []int32
						label int32
					}{rest, lbl})
				}
			}
		}
	}
	return best, bestLabel, nil
}

// hasCycle says whether the component has an edge inside it (a single
// node needs a usable edge to itself).
func (f *fairSearch) hasCycle(c []int32, lbl int32) bool {
	if len(c) > 1 {
		return true
	}
	v := c[0]
	for e := f.prod.start[v]; e < f.prod.start[v+1]; e++ {
		if f.prod.succ[e] == v && f.usable(e, lbl) {
			return true
		}
	}
	return false
}

type verdict uint8

const (
	reject verdict = iota
	accept
	split
)

// judge checks component c (all of whose nodes carry lbl). For split it
// has already removed (label -1) the states where an SF action is enabled
// but never taken inside c.
func (f *fairSearch) judge(c []int32, lbl int32, fair *int8) (verdict, error) {
	cond := &f.cond
	// Conditions one at a time, each scan stopping at the first witness,
	// and the whole judgement at the first condition without one: most
	// components fail a fairness condition, and then the property's own
	// predicates, often the costliest, are never evaluated there.
	for k := 0; k < cond.accepting; k++ {
		found := false
		for _, u := range c {
			if f.tb.states[f.prod.state[u]].accepting[k] {
				found = true
				break
			}
		}
		if !found {
			return reject, nil
		}
	}
	visit := cond.visit
	if fair != nil {
		// *fair caches the verdict of the weak fairness conditions (the
		// first weakFair of visit) on this component: 1 met, 2 not.
		if *fair == 2 {
			return reject, nil
		}
		if *fair == 0 {
			for _, p := range visit[:cond.weakFair] {
				found, err := f.someStep(c, lbl, p)
				if err != nil {
					return reject, err
				}
				if !found {
					*fair = 2
					return reject, nil
				}
			}
			*fair = 1
		}
		visit = visit[cond.weakFair:]
	}
	for _, p := range visit {
		found, err := f.someStep(c, lbl, p)
		if err != nil || !found {
			return reject, err
		}
	}
	unfair := false
	for _, sf := range cond.strong {
		enabled, err := f.someNode(c, lbl, sf.enabled)
		if err != nil {
			return reject, err
		}
		if !enabled {
			continue
		}
		taken, err := f.someStep(c, lbl, sf.taken)
		if err != nil {
			return reject, err
		}
		if taken {
			continue
		}
		unfair = true
		for _, u := range c {
			if f.label[u] != lbl {
				continue
			}
			b, err := f.d.eval(sf.enabled, f.prod.node[u], -1)
			if err != nil {
				return reject, err
			}
			if b {
				f.label[u] = -1
			}
		}
	}
	if unfair {
		return split, nil
	}
	return accept, nil
}

// someNode says whether a node of c (still in set lbl) satisfies the
// state predicate p.
func (f *fairSearch) someNode(c []int32, lbl int32, p *pred) (bool, error) {
	for _, u := range c {
		if f.label[u] != lbl {
			continue
		}
		if err := f.tick(); err != nil {
			return false, err
		}
		b, err := f.d.eval(p, f.prod.node[u], -1)
		if err != nil || b {
			return b, err
		}
	}
	return false, nil
}

// someStep says whether a usable edge inside c satisfies p.
func (f *fairSearch) someStep(c []int32, lbl int32, p *pred) (bool, error) {
	for _, u := range c {
		if f.label[u] != lbl {
			continue
		}
		v := f.prod.node[u]
		for e := f.prod.start[u]; e < f.prod.start[u+1]; e++ {
			if err := f.tick(); err != nil {
				return false, err
			}
			if !f.usable(e, lbl) {
				continue
			}
			b, err := f.d.eval(p, v, int(f.prod.step[e]))
			if err != nil || b {
				return b, err
			}
		}
	}
	return false, nil
}

// components returns the strongly connected components of the subgraph
// of set lbl (Tarjan's algorithm, iterative).
func (f *fairSearch) components(nodes []int32, lbl int32) ([][]int32, error) {
	for _, v := range nodes {
		f.index[v] = -1
		f.onStack[v] = false
	}
	f.counter = 0
	var (
		result [][]int32
		stack  []int32
		frames []tarjanFrame
	)
	for _, root := range nodes {
		if f.index[root] != -1 {
			continue
		}
		frames = append(frames, f.open(root, &stack))
		for len(frames) > 0 {
			if err := f.tick(); err != nil {
				return nil, err
			}
			top := &frames[len(frames)-1]
			v := top.node
			if top.edge < f.prod.start[v+1] {
				e := top.edge
				top.edge++
				if !f.usable(e, lbl) {
					continue
				}
				w := f.prod.succ[e]
				if f.index[w] == -1 {
					frames = append(frames, f.open(w, &stack))
				} else if f.onStack[w] && f.index[w] < f.low[v] {
					f.low[v] = f.index[w]
				}
				continue
			}
			frames = frames[:len(frames)-1]
			if len(frames) > 0 {
				parent := frames[len(frames)-1].node
				if f.low[v] < f.low[parent] {
					f.low[parent] = f.low[v]
				}
			}
			if f.low[v] == f.index[v] {
				var c []int32
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					f.onStack[w] = false
					c = append(c, w)
					if w == v {
						break
					}
				}
				result = append(result, c)
			}
		}
	}
	return result, nil
}

type tarjanFrame struct {
	node int32
	edge int
}

func (f *fairSearch) open(v int32, stack *[]int32) tarjanFrame {
	f.index[v] = f.counter
	f.low[v] = f.counter
	f.counter++
	*stack = append(*stack, v)
	f.onStack[v] = true
	return tarjanFrame{node: v, edge: f.prod.start[v]}
}

// sharedComponents is the decomposition of one product into strongly
// connected components, shared by the terms checked on it, with each
// component's verdict on the spec's weak fairness (0 unknown, 1 met,
// 2 not met).
type sharedComponents struct {
	comps [][]int32
	fair  []int8
	done  bool
}

func (sc *sharedComponents) get(f *fairSearch) ([][]int32, error) {
	if !sc.done {
		all := make([]int32, f.prod.size())
		for i := range all {
			all[i] = int32(i)
		}
		comps, err := f.components(all, 0)
		if err != nil {
			return nil, err
		}
		sc.comps, sc.fair, sc.done = comps, make([]int8, len(comps)), true
	}
	return sc.comps, nil
}
