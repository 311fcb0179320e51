package tlc

import (
	"context"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/search"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// This file is part of the liveness glue (properties.go): the behaviour
// graph under a VIEW or SYMMETRY.
//
// There a node of the search's graph stands for a class of states (one
// fingerprint), and a node's actions may step into one class by several
// states. TLC's liveness checker keeps every such step, with the action
// predicates decided on the state generated (LiveCheck records one
// transition per successor), so that a step into a class counts as
// taking every action that enters it by one of its states. The glue's
// graph does the same with extra nodes: for each state after the first
// that a node's actions generate in a class, a copy of the class's node
// (same state predicates, same successors) entered by that state. The
// first one is the graph's own step (propertyGlue.successor).

// classCopy is an extra node: the class node base, entered by state.
type classCopy struct {
	base  int32
	state search.State
}

// classGraph is the search's graph with the extra nodes (liveness.Graph);
// nodes from len(graph.States) on are copies.
type classGraph struct {
	glue *propertyGlue
	succ [][]int32 // per node of the search's graph: its successors, copies last
}

func (c *classGraph) NumNodes() int {
	return len(c.glue.graph.States) + len(c.glue.copies)
}

func (c *classGraph) Initial() []int32 { return c.glue.graph.Inits }

func (c *classGraph) Successors(node int32) []int32 { return c.succ[c.glue.base(node)] }

// buildClassCopies finds the copies (g.copies) and returns the graph that
// includes them.
func (g *propertyGlue) buildClassCopies(ctx context.Context) (*classGraph, error) {
	m, err := g.getModel()
	if err != nil {
		return nil, err
	}
	n := int32(len(g.graph.States))
	classFP := make(map[int32]uint64)
	fpOf := func(w int32) (uint64, error) {
		if fp, ok := classFP[w]; ok {
			return fp, nil
		}
		fp, err := m.Fingerprint(g.graph.States[w])
		classFP[w] = fp
		return fp, err
	}
	type copyKey struct {
		base int32
		fp   uint64
	}
	ids := map[copyKey][]int32{}
	cg := &classGraph{glue: g, succ: make([][]int32, n)}
	for u := int32(0); u < n; u++ {
		if u&255 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		succ, err := g.generateOnce(m, u)
		if err != nil {
			return nil, err
		}
		byFP := map[uint64]int32{}
		for _, w := range g.graph.Succ[u] {
			fp, err := fpOf(w)
			if err != nil {
				return nil, err
			}
			byFP[fp] = w
		}
		first := map[int32]search.State{}
		var extra []int32
		for _, t := range succ {
			w, ok := byFP[t.fp]
			if !ok {
				continue // not in the model (a CONSTRAINT left it out)
			}
			f, seen := first[w]
			if !seen && w != u {
				first[w] = t.state
				continue
			}
			if w == u {
				// A step into u's own class: the graph's self-loop is
				// stuttering to the liveness checker (no variable
				// changes), but this step changes the state: a copy.
				f = g.graph.States[u]
			}
			if sameState(f, t.state) {
				continue
			}
			key := copyKey{w, stateFingerprint(t.state)}
			id := int32(-1)
			for _, c := range ids[key] {
				if sameState(g.copies[c-n].state, t.state) {
					id = c
					break
				}
			}
			if id < 0 {
				id = n + int32(len(g.copies))
				g.copies = append(g.copies, classCopy{base: w, state: t.state})
				ids[key] = append(ids[key], id)
			}
			dup := false
			for _, e := range extra {
				dup = dup || e == id
			}
			if !dup {
				extra = append(extra, id)
			}
		}
		if len(extra) > 0 {
			cg.succ[u] = append(append([]int32(nil), g.graph.Succ[u]...), extra...)
		} else {
			cg.succ[u] = g.graph.Succ[u]
		}
	}
	return cg, nil
}

// generateOnce returns the successors of node in the order TLC generates
// them (actions in order), from generate's cache if there, without
// adding to it: the copies need every node's successors once.
func (g *propertyGlue) generateOnce(m *model, node int32) ([]generated, error) {
	if out, ok := g.successors[node]; ok {
		return out, nil
	}
	return generateFrom(m, g.graph.States[node])
}

// generateFrom returns the successors of state s in the order TLC
// generates them (actions in order).
func generateFrom(m *model, s search.State) ([]generated, error) {
	var out []generated
	for a := 0; a < m.NumActions(); a++ {
		var ferr error
		_, err := m.Next(a, s, func(t search.State) {
			fp, err := m.Fingerprint(t)
			if err != nil {
				ferr = err
				return
			}
			out = append(out, generated{fp: fp, state: t, action: a})
		})
		if err == nil {
			err = ferr
		}
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// sameState says whether s and t are one state.
func sameState(s, t search.State) bool {
	if len(s) != len(t) {
		return false
	}
	for i := range s {
		if !value.Equal(s[i], t[i]) {
			return false
		}
	}
	return true
}

// base is the node of the search's graph that node stands for: itself,
// or the class node a copy copies.
func (g *propertyGlue) base(node int32) int32 {
	if n := int32(len(g.graph.States)); node >= n {
		return g.copies[node-n].base
	}
	return node
}
