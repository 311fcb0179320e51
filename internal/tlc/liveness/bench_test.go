package liveness

import (
	"context"
	"math/rand/v2"
	"testing"
)

// benchmarkGraph is a random graph of n nodes, out-degree about 4, with a
// ring through all nodes so that everything is reachable.
func benchmarkGraph(n int) (*testGraph, *testAtoms) {
	rng := rand.New(rand.NewPCG(7, 8))
	g := &testGraph{succ: make([][]int32, n), initial: []int32{0}}
	a := newTestAtoms()
	p, enabled := make([]bool, n), make([]bool, n)
	taken := map[[2]int32]bool{}
	for v := range g.succ {
		g.succ[v] = append(g.succ[v], int32((v+1)%n))
		for k := 0; k < 3; k++ {
			g.succ[v] = append(g.succ[v], int32(rng.IntN(n)))
		}
		p[v] = rng.IntN(10) == 0
		enabled[v] = true
		for _, w := range g.succ[v] {
			taken[[2]int32{int32(v), w}] = true
		}
	}
	a.states[atomP], a.states[atomEnabled] = p, enabled
	a.actions[atomTaken] = taken
	return g, a
}

// BenchmarkCheckLarge checks []<>P and P ~> <>[]P (a tableau) under weak
// fairness on a 300,000-node graph, the size of the largest liveness model
// of the TLC corpus.
func BenchmarkCheckLarge(b *testing.B) {
	g, a := benchmarkGraph(300000)
	fair := []Fairness{{Enabled: atomEnabled, Taken: atomTaken}}
	for _, bc := range []struct {
		name string
		f    Formula
	}{
		{"AlwaysEventually", Always{Eventually{StateAtom{atomP}}}},
		{"LeadsTo", LeadsTo{StateAtom{atomP}, Always{StateAtom{atomP}}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Check(context.Background(), g, a, Property{F: bc.f, Fairness: fair}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
