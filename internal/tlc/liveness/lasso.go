package liveness

import "slices"

// requirement is one thing the cycle must visit: a product node (a
// tableau acceptance set) or a step (a []<> predicate, a fairness
// condition).
type requirement struct {
	accepting int   // >= 0: a node in this acceptance set
	step      *pred // otherwise: a step satisfying this predicate
}

// lasso builds the counterexample through component c (set lbl): the
// shortest path in the product from an initial node to the component's
// node closest to the initial nodes, then a cycle from there, inside the
// component, that meets every requirement, found by a breadth-first
// search for each requirement in turn.
func (f *fairSearch) lasso(c []int32, lbl int32) (*Counterexample, error) {
	entry := slices.Min(c)
	var reqs []requirement
	for k := 0; k < f.cond.accepting; k++ {
		reqs = append(reqs, requirement{accepting: k})
	}
	for _, p := range f.cond.visit {
		reqs = append(reqs, requirement{accepting: -1, step: p})
	}
	for _, sf := range f.cond.strong {
		for _, u := range c {
			b, err := f.d.eval(sf.enabled, f.prod.node[u], -1)
			if err != nil {
				return nil, err
			}
			if b {
				reqs = append(reqs, requirement{accepting: -1, step: sf.taken})
				break
			}
		}
	}

	cycle := []int32{entry} // product nodes; cycle[i] -> cycle[i+1] by edges[i]
	var edges []int
	cur := entry
	for _, r := range reqs {
		met, err := f.met(r, cycle, edges)
		if err != nil {
			return nil, err
		}
		if met {
			continue
		}
		goal := func(u int32) (int, bool, error) { // the edge to take after reaching u, if any
			if r.accepting >= 0 {
				return -1, f.tb.states[f.prod.state[u]].accepting[r.accepting], nil
			}
			// A step that moves is preferred to a stuttering one, which
			// would print as a repeated state.
			stutter := -1
			for e := f.prod.start[u]; e < f.prod.start[u+1]; e++ {
				if !f.usable(e, lbl) {
					continue
				}
				b, err := f.d.eval(r.step, f.prod.node[u], int(f.prod.step[e]))
				if err != nil {
					return -1, false, err
				}
				if b && f.prod.node[f.prod.succ[e]] != f.prod.node[u] {
					return e, true, nil
				}
				if b && stutter < 0 {
					stutter = e
				}
			}
			return stutter, stutter >= 0, nil
		}
		nodes, path, err := f.pathInside(cur, lbl, false, goal)
		if err != nil {
			return nil, err
		}
		cycle = append(cycle, nodes...)
		edges = append(edges, path...)
		cur = cycle[len(cycle)-1]
	}
	back, path, err := f.pathInside(cur, lbl, len(edges) == 0, func(u int32) (int, bool, error) {
		return -1, u == entry, nil
	})
	if err != nil {
		return nil, err
	}
	cycle = append(cycle, back...)
	edges = append(edges, path...)
	cycle = cycle[:len(cycle)-1] // the last node is entry again

	var prefix []int32
	for u := f.prod.parent[entry]; u >= 0; u = f.prod.parent[u] {
		prefix = append(prefix, f.prod.node[u])
	}
	slices.Reverse(prefix)
	ce := &Counterexample{Prefix: prefix}
	for _, u := range cycle {
		ce.Cycle = append(ce.Cycle, f.prod.node[u])
	}
	if allEqual(ce.Cycle) {
		ce.Cycle = ce.Cycle[:1] // one state stuttering forever
	}
	return ce, nil
}

func allEqual(xs []int32) bool {
	for _, x := range xs {
		if x != xs[0] {
			return false
		}
	}
	return true
}

// met says whether the cycle built so far already meets r.
func (f *fairSearch) met(r requirement, nodes []int32, edges []int) (bool, error) {
	if r.accepting >= 0 {
		for _, u := range nodes {
			if f.tb.states[f.prod.state[u]].accepting[r.accepting] {
				return true, nil
			}
		}
		return false, nil
	}
	for i, e := range edges {
		b, err := f.d.eval(r.step, f.prod.node[nodes[i]], int(f.prod.step[e]))
		if err != nil || b {
			return b, err
		}
	}
	return false, nil
}

// pathInside searches breadth-first from start, inside set lbl, for a
// node where goal holds; goal may name an edge to take from there. It
// returns the nodes after start and the edges that lead to them. With
// nonEmpty, start itself counts only when reached again by at least one
// step.
func (f *fairSearch) pathInside(start, lbl int32, nonEmpty bool, goal func(int32) (int, bool, error)) ([]int32, []int, error) {
	type via struct {
		from int32
		edge int
	}
	parent := map[int32]via{}
	finish := func(u int32, extra int) ([]int32, []int, error) {
		var nodes []int32
		var edges []int
		for x := u; x != start || (nonEmpty && len(nodes) == 0); {
			p := parent[x]
			nodes = append(nodes, x)
			edges = append(edges, p.edge)
			x = p.from
		}
		slices.Reverse(nodes)
		slices.Reverse(edges)
		if extra >= 0 {
			nodes = append(nodes, f.prod.succ[extra])
			edges = append(edges, extra)
		}
		return nodes, edges, nil
	}
	queue := []int32{start}
	if !nonEmpty {
		e, ok, err := goal(start)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			return finish(start, e)
		}
		parent[start] = via{from: -1, edge: -1}
	}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for e := f.prod.start[u]; e < f.prod.start[u+1]; e++ {
			if err := f.tick(); err != nil {
				return nil, nil, err
			}
			if !f.usable(e, lbl) {
				continue
			}
			w := f.prod.succ[e]
			if _, seen := parent[w]; seen {
				continue
			}
			parent[w] = via{from: u, edge: e}
			next, ok, err := goal(w)
			if err != nil {
				return nil, nil, err
			}
			if ok {
				return finish(w, next)
			}
			queue = append(queue, w)
		}
	}
	// Unreachable for a strongly connected set that passed judge; report
	// rather than build a wrong counterexample.
	return nil, nil, errBrokenComponent
}
