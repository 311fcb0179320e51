package liveness

import (
	"context"
	"fmt"
	"math"
)

// stepGraph is the behaviour graph: the state graph with its steps
// numbered, in compressed rows. Node v's steps are start[v]..start[v+1]-1;
// the first of them is always the stuttering step v -> v, then v's distinct
// successors other than v (a listed self-loop is the same step as
// stuttering: both leave every variable unchanged).
type stepGraph struct {
	initial []int32
	start   []int
	target  []int32
}

func (g *stepGraph) numNodes() int { return len(g.start) - 1 }

// steps returns the range of v's step numbers.
func (g *stepGraph) steps(v int32) (first, end int) { return g.start[v], g.start[v+1] }

// copyGraph validates g and copies it into rows, checking ctx as it goes.
func copyGraph(ctx context.Context, g Graph) (*stepGraph, error) {
	n := g.NumNodes()
	if n < 0 || n > math.MaxInt32-1 {
		return nil, fmt.Errorf("liveness: graph has %d nodes", n)
	}
	sg := &stepGraph{start: make([]int, 1, n+1)}
	seen := make([]int32, n) // seen[w] == v+1 while copying v's successors
	for v := int32(0); int(v) < n; v++ {
		if v&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		sg.target = append(sg.target, v)
		seen[v] = v + 1
		for _, w := range g.Successors(v) {
			if w < 0 || int(w) >= n {
				return nil, fmt.Errorf("liveness: node %d has successor %d outside the graph of %d nodes", v, w, n)
			}
			if seen[w] == v+1 {
				continue
			}
			seen[w] = v + 1
			sg.target = append(sg.target, w)
		}
		if len(sg.target) > math.MaxInt32 {
			return nil, fmt.Errorf("liveness: graph has more than %d steps", math.MaxInt32)
		}
		sg.start = append(sg.start, len(sg.target))
	}
	isInitial := make([]bool, n)
	for _, v := range g.Initial() {
		if v < 0 || int(v) >= n {
			return nil, fmt.Errorf("liveness: initial node %d outside the graph of %d nodes", v, n)
		}
		if !isInitial[v] {
			isInitial[v] = true
			sg.initial = append(sg.initial, v)
		}
	}
	return sg, nil
}
