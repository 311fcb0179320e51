package liveness

import (
	"context"
	"errors"
	"fmt"
)

var errBrokenComponent = errors.New("liveness: internal error: a fair component is not strongly connected")

// Checker decides properties on one graph. It keeps what Atoms answered,
// so properties checked one after the other (each PROPERTY of a model)
// ask each question once: ENABLED is costly. A Checker is for one
// goroutine at a time.
type Checker struct {
	graph  *stepGraph
	decide *decider
}

// NewChecker validates and copies g.
func NewChecker(ctx context.Context, g Graph, atoms Atoms) (c *Checker, err error) {
	defer func() {
		if r := recover(); r != nil {
			c, err = nil, fmt.Errorf("liveness: internal error: %v", r)
		}
	}()
	if g == nil || atoms == nil {
		return nil, errors.New("liveness: a checker needs a graph and atoms")
	}
	sg, err := copyGraph(ctx, g)
	if err != nil {
		return nil, err
	}
	return &Checker{graph: sg, decide: newDecider(sg, atoms)}, nil
}

// Check is NewChecker(ctx, g, atoms) then its Check(ctx, p).
func Check(ctx context.Context, g Graph, atoms Atoms, p Property) (*Counterexample, error) {
	c, err := NewChecker(ctx, g, atoms)
	if err != nil {
		return nil, err
	}
	return c.Check(ctx, p)
}

// Check decides whether every behaviour of the graph that satisfies
// p.Fairness satisfies p.F. Behaviours start in an initial node, follow
// edges and may stutter at any node, forever too. It returns nil when the
// property holds, otherwise a counterexample: a lasso, fair, that violates
// p.F.
//
// The method is TLC's (tlc2/tool/liveness): the negation of p.F goes to
// disjunctive normal form; in each disjunct, the conjuncts <>[]p and
// []<>p (p without temporal operators) become conditions on the cycle,
// the rest becomes a tableau, whose product with the graph is searched for
// a strongly connected set where the tableau accepts, the disjunct's cycle
// conditions hold and the spec's fairness is met. Unlike TLC, fairness is
// not expanded into the normal form (2^n disjuncts for n SF conditions);
// WF is a []<> condition and SF a Streett pair that the search handles by
// splitting components (see fairSearch).
//
// Counterexample.Prefix is the shortest path in the product from an
// initial node to the cycle's first node; consecutive equal nodes in
// Prefix or Cycle are stuttering steps; a Cycle of one node is that node
// stuttering forever (what TLC prints as "Stuttering").
//
// A formula outside what this package decides gives an *UnsupportedError;
// an error of Atoms is returned as it is; cancellation of ctx returns
// ctx.Err().
func (c *Checker) Check(ctx context.Context, p Property) (ce *Counterexample, err error) {
	defer func() {
		if r := recover(); r != nil {
			ce, err = nil, fmt.Errorf("liveness: internal error: %v", r)
		}
	}()
	negated, err := normalize(p.F, true, 0)
	if err != nil {
		return nil, err
	}
	disjuncts, err := disjunctiveNormalForm(negated)
	if err != nil {
		return nil, err
	}
	var eager atomSet
	for _, units := range disjuncts {
		tm := classify(units)
		if p.OnlyTLCForms && tm.tableau != nil && tm.tableau.containsAction() {
			return nil, &FormulaError{Msg: "Temporal formulas containing actions must be of forms <>[]A or []<>A."}
		}
		for _, p := range tm.eventuallyAlways {
			eager.add(p)
		}
		for _, p := range tm.alwaysEventually {
			eager.add(p)
		}
	}
	if len(disjuncts) == 0 {
		return nil, nil // the property is valid
	}
	for _, f := range p.Fairness {
		if !f.Searched && p.EagerFairness {
			eager.state = append(eager.state, f.Enabled)
			eager.action = append(eager.action, f.Taken)
		}
	}
	sg, d := c.graph, c.decide

	// Disjuncts with the same tableau share one product (as TLC's
	// OrderOfSolution groups them).
	type group struct {
		tableau *temporal
		terms   []term
	}
	var groups []*group
	byKey := map[string]*group{}
	for _, units := range disjuncts {
		tm := classify(units)
		key := ""
		if tm.tableau != nil {
			key = tm.tableau.key
		}
		gr := byKey[key]
		if gr == nil {
			gr = &group{tableau: tm.tableau}
			byKey[key] = gr
			groups = append(groups, gr)
		}
		gr.terms = append(gr.terms, tm)
	}
	tableaux := make([]*tableau, len(groups))
	for i, gr := range groups {
		tableaux[i] = trivialTableau()
		if gr.tableau != nil {
			if tableaux[i], err = buildTableau(gr.tableau); err != nil {
				return nil, err
			}
			eager.tableaux = append(eager.tableaux, tableaux[i])
		}
	}
	if err := c.evalEagerly(ctx, &eager); err != nil {
		return nil, err
	}
	for i, gr := range groups {
		tb := tableaux[i]
		prod, err := buildProduct(ctx, sg, tb, d)
		if err != nil {
			return nil, err
		}
		shared := &sharedComponents{}
		for _, tm := range gr.terms {
			fs, err := newFairSearch(ctx, prod, tb, d, newCycleConditions(tm, p.Fairness, tb))
			if err != nil {
				return nil, err
			}
			c, lbl, err := fs.find(shared)
			if err != nil {
				return nil, err
			}
			if c != nil {
				return fs.lasso(c, lbl)
			}
		}
	}
	return nil, nil
}

// atomSet is the atoms of the <>[]p and []<>p conditions of a property
// and of the spec's fairness: those TLC evaluates on every state and
// every step as its search goes (OrderOfSolution's checkState and
// checkAction, in LiveCheck.addNextState), whether or not the property's
// verdict needs them.
type atomSet struct {
	state, action []int
	// tableaux' states are checked for consistency with every state the
	// search finds (TBGraphNode.isConsistent): each one's predicates in
	// order, up to the first false.
	tableaux []*tableau
}

func (s *atomSet) add(p *pred) {
	switch p.kind {
	case predState:
		s.state = append(s.state, p.atom)
	case predAction:
		s.action = append(s.action, p.atom)
	case predAnd, predOr:
		for _, k := range p.kids {
			s.add(k)
		}
	}
}

// AtomError is an error evaluating an atom at a node of the graph.
type AtomError struct {
	Node int32
	Err  error
}

func (e *AtomError) Error() string { return e.Err.Error() }
func (e *AtomError) Unwrap() error { return e.Err }

// evalEagerly evaluates the atoms of s as TLC does, node by node in the
// graph's order (the search's): the steps leaving a node, then the node,
// so that an atom TLC cannot evaluate on some state is TLC's evaluation
// error at that state even when the verdict would not ask about it. The
// answers stay in the decider.
func (c *Checker) evalEagerly(ctx context.Context, s *atomSet) error {
	return c.evalEagerlyBefore(ctx, s, int32(c.graph.numNodes()))
}

// Tautology says whether p.F holds of every behaviour whatever the graph:
// its negation has no disjunct in normal form (TLC then has no checker
// for it).
func Tautology(p Property) (bool, error) {
	negated, err := normalize(p.F, true, 0)
	if err != nil {
		return false, err
	}
	disjuncts, err := disjunctiveNormalForm(negated)
	return err == nil && len(disjuncts) == 0, err
}

// EvalBefore evaluates p's atoms as evalEagerly does on the nodes before
// limit only (those a search that stopped at node limit had expanded),
// returning the first error (an *AtomError).
func (c *Checker) EvalBefore(ctx context.Context, p Property, limit int32) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("liveness: internal error: %v", r)
		}
	}()
	negated, err := normalize(p.F, true, 0)
	if err != nil {
		return err
	}
	disjuncts, err := disjunctiveNormalForm(negated)
	if err != nil {
		return err
	}
	var eager atomSet
	for _, units := range disjuncts {
		tm := classify(units)
		for _, q := range tm.eventuallyAlways {
			eager.add(q)
		}
		for _, q := range tm.alwaysEventually {
			eager.add(q)
		}
		if tm.tableau != nil && !tm.tableau.containsAction() {
			tb, err := buildTableau(tm.tableau)
			if err != nil {
				return err
			}
			eager.tableaux = append(eager.tableaux, tb)
		}
	}
	for _, f := range p.Fairness {
		if !f.Searched && p.EagerFairness {
			eager.state = append(eager.state, f.Enabled)
			eager.action = append(eager.action, f.Taken)
		}
	}
	return c.evalEagerlyBefore(ctx, &eager, min(limit, int32(c.graph.numNodes())))
}

func (c *Checker) evalEagerlyBefore(ctx context.Context, s *atomSet, limit int32) error {
	if len(s.state) == 0 && len(s.action) == 0 && len(s.tableaux) == 0 {
		return nil
	}
	d := c.decide
	// consistent evaluates the tableaux' predicates on w, as TLC does on
	// each initial state and on each successor of an expanded state;
	// an error is reported at v, the state being expanded.
	// A state's answers are the same whoever reaches it: each is checked
	// once, when first reached (the error is the first state's to reach
	// it, as in TLC's order).
	checked := make([]bool, c.graph.numNodes())
	consistent := func(w, v int32) error {
		if len(s.tableaux) == 0 || checked[w] {
			return nil
		}
		checked[w] = true
		for _, tb := range s.tableaux {
			for _, ts := range tb.states {
				for _, p := range ts.statePreds {
					ok, err := d.eval(p, w, -1)
					if err != nil {
						return &AtomError{Node: v, Err: err}
					}
					if !ok {
						break
					}
				}
			}
		}
		return nil
	}
	for _, v := range c.graph.initial {
		if err := consistent(v, v); err != nil {
			return err
		}
	}
	for v := int32(0); v < limit; v++ {
		if v&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		first, end := c.graph.steps(v)
		for step := first; step < end; step++ {
			for _, a := range s.action {
				if _, err := d.action(a, v, step); err != nil {
					return &AtomError{Node: v, Err: err}
				}
			}
		}
		for _, a := range s.state {
			if _, err := d.state(a, v); err != nil {
				return &AtomError{Node: v, Err: err}
			}
		}
		for step := first; step < end; step++ {
			if err := consistent(c.graph.target[step], v); err != nil {
				return err
			}
		}
	}
	return nil
}
