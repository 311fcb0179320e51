package liveness

// decider evaluates predicates on the behaviour graph, asking Atoms each
// question at most once: ENABLED and action atoms are costly to evaluate,
// and the product with a tableau asks the same question many times.
type decider struct {
	graph   *stepGraph
	atoms   Atoms
	states  map[int][]uint8 // atom -> node -> unknown (0), false (1), true (2)
	actions map[int][]uint8 // atom -> step -> unknown (0), false (1), true (2)
}

func newDecider(g *stepGraph, atoms Atoms) *decider {
	return &decider{graph: g, atoms: atoms, states: map[int][]uint8{}, actions: map[int][]uint8{}}
}

func (d *decider) state(atom int, v int32) (bool, error) {
	cache := d.states[atom]
	if cache == nil {
		cache = make([]uint8, d.graph.numNodes())
		d.states[atom] = cache
	}
	switch cache[v] {
	case 1:
		return false, nil
	case 2:
		return true, nil
	}
	b, err := d.atoms.State(atom, v)
	if err != nil {
		return false, err
	}
	cache[v] = boolCode(b)
	return b, nil
}

func (d *decider) action(atom int, from int32, step int) (bool, error) {
	cache := d.actions[atom]
	if cache == nil {
		cache = make([]uint8, len(d.graph.target))
		d.actions[atom] = cache
	}
	switch cache[step] {
	case 1:
		return false, nil
	case 2:
		return true, nil
	}
	b, err := d.atoms.Action(atom, from, d.graph.target[step])
	if err != nil {
		return false, err
	}
	cache[step] = boolCode(b)
	return b, nil
}

func boolCode(b bool) uint8 {
	if b {
		return 2
	}
	return 1
}

// eval decides p on the step numbered step, which leaves node from: its
// state atoms in from, its action atoms on the step. For a predicate
// without action atoms step is not used and may be -1.
func (d *decider) eval(p *pred, from int32, step int) (bool, error) {
	switch p.kind {
	case predTrue:
		return true, nil
	case predFalse:
		return false, nil
	case predState:
		b, err := d.state(p.atom, from)
		return b != p.negate, err
	case predAction:
		b, err := d.action(p.atom, from, step)
		return b != p.negate, err
	case predAnd:
		for _, k := range p.kids {
			b, err := d.eval(k, from, step)
			if err != nil || !b {
				return false, err
			}
		}
		return true, nil
	case predOr:
		for _, k := range p.kids {
			b, err := d.eval(k, from, step)
			if err != nil || b {
				return b, err
			}
		}
		return false, nil
	}
	return false, nil
}

// evalAll reports whether every predicate of ps holds.
func (d *decider) evalAll(ps []*pred, from int32, step int) (bool, error) {
	for _, p := range ps {
		b, err := d.eval(p, from, step)
		if err != nil || !b {
			return false, err
		}
	}
	return true, nil
}
