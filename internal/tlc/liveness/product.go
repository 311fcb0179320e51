package liveness

import (
	"context"
	"fmt"
	"math"
)

// product is the behaviour graph times the tableau (TLC's
// TableauDiskGraph), restricted to what is reachable from its initial
// nodes. Its nodes are numbered in breadth-first order, so a node's number
// grows with its distance from the initial nodes and parent gives a
// shortest path back to one of them.
type product struct {
	node   []int32 // graph node of each product node
	state  []int32 // tableau state of each product node
	parent []int32 // breadth-first parent; -1 for an initial node
	start  []int   // edges of product node i: start[i]..start[i+1]-1
	succ   []int32 // edge target
	step   []int32 // the graph step each edge takes
}

func (p *product) size() int { return len(p.node) }

// productIndex maps (graph node, tableau state) to a product node:
// absent (-1), excluded because the state's predicates fail (-2), or
// its number.
type productIndex struct {
	states int
	dense  []int32
	sparse map[int64]int32
}

// maxDenseIndex is the largest dense table (4 bytes an entry) the index
// allocates; larger products use a map.
const maxDenseIndex = 1 << 25

func newProductIndex(nodes, states int) *productIndex {
	if int64(nodes)*int64(states) <= maxDenseIndex {
		dense := make([]int32, nodes*states)
		for i := range dense {
			dense[i] = -1
		}
		return &productIndex{states: states, dense: dense}
	}
	return &productIndex{states: states, sparse: map[int64]int32{}}
}

func (x *productIndex) get(v, q int32) int32 {
	if x.dense != nil {
		return x.dense[int(v)*x.states+int(q)]
	}
	if id, ok := x.sparse[int64(v)*int64(x.states)+int64(q)]; ok {
		return id
	}
	return -1
}

func (x *productIndex) set(v, q, id int32) {
	if x.dense != nil {
		x.dense[int(v)*x.states+int(q)] = id
		return
	}
	x.sparse[int64(v)*int64(x.states)+int64(q)] = id
}

// buildProduct explores the product breadth-first from the initial nodes.
func buildProduct(ctx context.Context, g *stepGraph, tb *tableau, d *decider) (*product, error) {
	// The product is usually no larger than the graph (a tableau state per
	// graph node): reserve that much to spare the appends their copying.
	n := g.numNodes()
	p := &product{
		node: make([]int32, 0, n), state: make([]int32, 0, n), parent: make([]int32, 0, n),
		start: make([]int, 1, n+1), succ: make([]int32, 0, len(g.target)), step: make([]int32, 0, len(g.target)),
	}
	index := newProductIndex(g.numNodes(), len(tb.states))
	// visit returns the product node (w, q), creating it if q's state
	// predicates hold in w, or -1.
	visit := func(w, q int32, parent int32) (int32, error) {
		id := index.get(w, q)
		if id != -1 {
			if id == -2 {
				return -1, nil
			}
			return id, nil
		}
		ok, err := d.evalAll(tb.states[q].statePreds, w, -1)
		if err != nil {
			return -1, err
		}
		if !ok {
			index.set(w, q, -2)
			return -1, nil
		}
		if len(p.node) >= math.MaxInt32 {
			return -1, fmt.Errorf("liveness: the product of the state graph and the tableau exceeds %d nodes", math.MaxInt32)
		}
		id = int32(len(p.node))
		index.set(w, q, id)
		p.node = append(p.node, w)
		p.state = append(p.state, q)
		p.parent = append(p.parent, parent)
		return id, nil
	}
	for _, v := range g.initial {
		for q := range tb.states {
			if tb.states[q].initial {
				if _, err := visit(v, int32(q), -1); err != nil {
					return nil, err
				}
			}
		}
	}
	for i := int32(0); int(i) < len(p.node); i++ {
		if i&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		v, q := p.node[i], p.state[i]
		st := &tb.states[q]
		first, end := g.steps(v)
		for s := first; s < end; s++ {
			ok, err := d.evalAll(st.stepPreds, v, s)
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
			w := g.target[s]
			for _, q2 := range st.successors {
				id, err := visit(w, int32(q2), i)
				if err != nil {
					return nil, err
				}
				if id >= 0 {
					p.succ = append(p.succ, id)
					p.step = append(p.step, int32(s))
				}
			}
		}
		if len(p.succ) > math.MaxInt32 {
			return nil, fmt.Errorf("liveness: the product of the state graph and the tableau exceeds %d edges", math.MaxInt32)
		}
		p.start = append(p.start, len(p.succ))
	}
	return p, nil
}
