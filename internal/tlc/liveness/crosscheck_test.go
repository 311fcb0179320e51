package liveness

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
)

// byteSource draws small numbers from fuzz input (zeros once it runs out).
type byteSource struct {
	data []byte
	pos  int
}

func (b *byteSource) intn(n int) int {
	if n <= 1 {
		return 0
	}
	if b.pos >= len(b.data) {
		return 0
	}
	v := int(b.data[b.pos]) % n
	b.pos++
	return v
}

const (
	randomStateAtoms  = 3 // 0..2
	randomActionAtoms = 3 // 0..2
)

// randomCase builds a graph of at most maxNodes nodes, atom tables and a
// property with up to two fairness conditions, from src.
func randomCase(src *byteSource, maxNodes int) (*testGraph, *testAtoms, Property) {
	n := 1 + src.intn(maxNodes)
	g := &testGraph{succ: make([][]int32, n)}
	for v := 0; v < n; v++ {
		for w := 0; w < n; w++ {
			if src.intn(3) == 0 {
				g.succ[v] = append(g.succ[v], int32(w))
			}
		}
	}
	g.initial = []int32{int32(src.intn(n))}
	if src.intn(3) == 0 {
		g.initial = append(g.initial, int32(src.intn(n)))
	}
	a := newTestAtoms()
	for atom := 0; atom < randomStateAtoms; atom++ {
		t := make([]bool, n)
		for v := range t {
			t[v] = src.intn(2) == 0
		}
		a.states[atom] = t
	}
	for atom := 0; atom < randomActionAtoms; atom++ {
		t := map[[2]int32]bool{}
		for v := 0; v < n; v++ {
			for w := 0; w < n; w++ {
				if src.intn(2) == 0 {
					t[[2]int32{int32(v), int32(w)}] = true
				}
			}
		}
		a.actions[atom] = t
	}
	p := Property{F: randomFormula(src, 3)}
	for i := src.intn(3); i > 0; i-- {
		p.Fairness = append(p.Fairness, Fairness{Strong: src.intn(2) == 0, Enabled: src.intn(randomStateAtoms), Taken: src.intn(randomActionAtoms)})
	}
	return g, a, p
}

func randomFormula(src *byteSource, depth int) Formula {
	k := src.intn(10)
	if depth == 0 || k < 3 {
		if src.intn(3) == 0 {
			return ActionAtom{src.intn(randomActionAtoms)}
		}
		return StateAtom{src.intn(randomStateAtoms)}
	}
	switch k {
	case 3:
		return Not{randomFormula(src, depth-1)}
	case 4:
		return And{[]Formula{randomFormula(src, depth-1), randomFormula(src, depth-1)}}
	case 5:
		return Or{[]Formula{randomFormula(src, depth-1), randomFormula(src, depth-1)}}
	case 6:
		return Always{randomFormula(src, depth-1)}
	case 7:
		return Eventually{randomFormula(src, depth-1)}
	case 8:
		return LeadsTo{randomFormula(src, depth-1), randomFormula(src, depth-1)}
	}
	// The shapes of fairness and of the usual properties.
	return Always{Eventually{randomFormula(src, depth-1)}}
}

// crossCheck runs Check on one case and compares it with the brute-force
// search over lassos of up to maxLen states: a counterexample from Check
// must be one, and a counterexample that brute force finds means Check
// must find one too.
func crossCheck(t *testing.T, g *testGraph, a *testAtoms, p Property, maxLen int) {
	t.Helper()
	ce, err := Check(context.Background(), g, a, p)
	if err != nil {
		t.Fatalf("Check: %v\ncase: %s", err, describeCase(g, p))
	}
	if ce != nil {
		if ok, why := violates(t, g, a, p, ce); !ok {
			t.Fatalf("Check returned %+v, which is not a counterexample: %s\ncase: %s", *ce, why, describeCase(g, p))
		}
		return
	}
	if bf := bruteForce(t, g, a, p, maxLen); bf != nil {
		t.Fatalf("Check says the property holds; brute force found %+v\ncase: %s", *bf, describeCase(g, p))
	}
}

func describeCase(g *testGraph, p Property) string {
	return fmt.Sprintf("graph %v initial %v; formula %#v; fairness %+v", g.succ, g.initial, p.F, p.Fairness)
}

// TestRandomAgainstBruteForce compares Check with brute force on random
// tiny graphs, atoms, formulas and fairness conditions.
func TestRandomAgainstBruteForce(t *testing.T) {
	cases := 3000
	if testing.Short() {
		cases = 300
	}
	rng := rand.New(rand.NewPCG(1, 2))
	violated := 0
	for i := 0; i < cases; i++ {
		data := make([]byte, 256)
		for j := range data {
			data[j] = byte(rng.UintN(256))
		}
		// Mostly tiny graphs, where lassos of 5 states cover every
		// behaviour that matters; some larger ones with longer lassos.
		maxNodes, maxLen := 4, 5
		if i%5 == 0 {
			maxNodes, maxLen = 6, 7
		}
		g, a, p := randomCase(&byteSource{data: data}, maxNodes)
		crossCheck(t, g, a, p, maxLen)
		if ce, _ := Check(context.Background(), g, a, p); ce != nil {
			violated++
		}
	}
	// Both verdicts must be well represented, or the comparison says little.
	if violated < cases/5 || violated > cases*4/5 {
		t.Errorf("%d of %d random properties violated; the generator is lopsided", violated, cases)
	}
}

func FuzzCheck(f *testing.F) {
	f.Add([]byte{3, 1, 0, 2, 1, 0, 0, 1, 2, 9, 6, 7, 1, 4, 5, 8})
	f.Add([]byte{2, 0, 1, 1, 0, 1, 0, 1, 1, 0, 8, 8, 8, 3, 2, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		g, a, p := randomCase(&byteSource{data: data}, 4)
		crossCheck(t, g, a, p, 4)
	})
}
