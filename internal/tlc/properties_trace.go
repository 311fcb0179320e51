package tlc

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/liveness"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/search"
)

// This file is part of the liveness glue (properties.go): the traces of
// liveness counterexamples.

// pathTo is the search's path from an initial node to node.
func (g *propertyGlue) pathTo(node int32) []int32 {
	var out []int32
	for n := node; n >= 0; n = g.graph.Parent[n] {
		out = append(out, n)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// stutterAction marks a step that leaves the state unchanged.
const stutterAction = -2

// generated is a successor state as an action generated it, with its
// fingerprint (after VIEW and SYMMETRY).
type generated struct {
	fp     uint64
	state  search.State
	action int
}

// getModel returns the model the search explored, for regenerating steps.
func (g *propertyGlue) getModel() (*model, error) {
	if g.model == nil {
		m, err := newModel(g.sp)
		if err != nil {
			return nil, err
		}
		m.varOrder = tlcStateOrder(g.run.program, g.sp.Vars)
		g.model = m
	}
	return g.model, nil
}

// generate returns the successors of node in the order TLC generates
// them (actions in order), and keeps them.
func (g *propertyGlue) generate(node int32) ([]generated, error) {
	if out, ok := g.successors[node]; ok {
		return out, nil
	}
	m, err := g.getModel()
	if err != nil {
		return nil, err
	}
	out, err := g.generateOnce(m, node)
	if err != nil {
		return nil, err
	}
	if g.successors == nil {
		g.successors = map[int32][]generated{}
	}
	g.successors[node] = out
	return out, nil
}

// successor returns the state that the step from -> to stands for. With a
// VIEW or SYMMETRY the graph's node to keeps the first state found with
// its fingerprint, which may differ from the state from's actions
// generate; TLC decides action predicates on the generated state (the
// first one with to's fingerprint), and so does the glue.
func (g *propertyGlue) successor(from, to int32) (search.State, error) {
	t, _, err := g.generatedStep(from, to)
	if err != nil || t == nil {
		return g.graph.States[to], err
	}
	return t, nil
}

// generatedStep finds the first state from's actions generate with to's
// fingerprint, and the action; nil if none.
func (g *propertyGlue) generatedStep(from, to int32) (search.State, int, error) {
	m, err := g.getModel()
	if err != nil {
		return nil, -1, err
	}
	want, err := m.Fingerprint(g.graph.States[to])
	if err != nil {
		return nil, -1, err
	}
	succ, err := g.generate(from)
	if err != nil {
		return nil, -1, err
	}
	for _, t := range succ {
		if t.fp == want {
			return t.state, t.action, nil
		}
	}
	return nil, -1, nil
}

// actionOf returns the index of an action that takes node from to node
// to: the search's record when the step is the one that found to,
// otherwise the first action that generates a state with to's
// fingerprint; stutterAction for a stuttering step; -1 if none does.
func (g *propertyGlue) actionOf(from, to int32) int {
	if from == to {
		return stutterAction
	}
	if g.graph.Parent[to] == from {
		return int(g.graph.Actions[to])
	}
	_, a, err := g.generatedStep(from, to)
	if err != nil {
		return -1
	}
	return a
}

// searchSteps turns a path of nodes into search steps.
func (g *propertyGlue) searchSteps(nodes []int32) []search.Step {
	steps := make([]search.Step, len(nodes))
	for i, n := range nodes {
		steps[i] = search.Step{State: g.graph.States[n], Action: -1}
		if i > 0 {
			steps[i].Action = g.actionOf(nodes[i-1], n)
		}
	}
	if g.abstracts() && len(nodes) > 1 {
		g.regenerate(nodes, steps)
	}
	return steps
}

// regenerate replaces, under a VIEW or SYMMETRY, the states of a path of
// classes by those TLC prints: it rebuilds a trace from the states it
// prints, each the first successor of the one before in its class, by
// the action that generates it (not the state the graph keeps, which
// may be no successor of the printed one). Where none is found the
// graph's state stays.
func (g *propertyGlue) regenerate(nodes []int32, steps []search.Step) {
	m, err := g.getModel()
	if err != nil {
		return
	}
	prev := steps[0].State
	for i := 1; i < len(nodes); i++ {
		if nodes[i] == nodes[i-1] {
			steps[i].State = prev // stuttering
			continue
		}
		want, err := m.Fingerprint(g.graph.States[nodes[i]])
		if err != nil {
			return
		}
		succ, err := generateFrom(m, prev)
		if err != nil {
			return
		}
		for _, t := range succ {
			if t.fp == want {
				steps[i] = search.Step{State: t.state, Action: t.action}
				break
			}
		}
		prev = steps[i].State
	}
}

// pathTrace prints a path of nodes (the first one initial).
func (g *propertyGlue) pathTrace(nodes []int32) []TraceStep {
	steps := g.searchSteps(nodes)
	out := g.run.traceSteps(steps, true) // TLC evaluates an ALIAS at each state's place in the trace
	for i, st := range steps {
		if i == 0 || st.Action >= 0 {
			continue
		}
		name := "Next" // no action of the split next-state relation matched
		if st.Action == stutterAction {
			name = "Stuttering"
		}
		out[i].Action = &name
	}
	return out
}

// lassoTrace prints a liveness counterexample: the prefix, then the
// cycle, whose first state has LoopStart; the behaviour returns to it
// after the last state. Stuttering steps inside the lasso are left out
// (TLA+ properties cannot tell them apart); a cycle of one state is that
// state stuttering forever, which TLC prints as a last state
// "Stuttering": so does the trace.
func (g *propertyGlue) lassoTrace(ce *liveness.Counterexample) []TraceStep {
	// TLC prints a class by the state it regenerates (pathTrace does):
	// the lasso over the classes, a copy's steps to its class's node
	// stuttering there.
	bases := &liveness.Counterexample{}
	for _, v := range ce.Prefix {
		bases.Prefix = append(bases.Prefix, g.base(v))
	}
	for _, v := range ce.Cycle {
		bases.Cycle = append(bases.Cycle, g.base(v))
	}
	seq, loop := lassoNodes(bases)
	if len(seq)-loop > 1 {
		// The step back to the cycle's first state, from the last one
		// as printed.
		out := g.pathTrace(append(seq, seq[loop]))
		back := out[len(out)-1]
		g.run.res.LoopBack = &back
		out = out[:len(out)-1]
		out[loop].LoopStart = true
		return out
	}
	out := g.pathTrace(seq)
	out[loop].LoopStart = true
	if len(seq)-loop == 1 {
		name := "Stuttering"
		out = append(out, TraceStep{Action: &name, State: out[len(out)-1].State})
	}
	return out
}
