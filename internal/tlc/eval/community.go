package eval

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// communityOverrides are CommunityModules operators TLC evaluates with a
// Java override because their TLA+ definitions cannot be enumerated (a
// set of all paths over Seq(S)). Other CommunityModules operators are
// evaluated by their definitions.
var communityOverrides = map[string]map[string]int{
	"UndirectedGraphs": {"ConnectedComponents": 1, "IsStronglyConnected": 1, "AreConnectedIn": 3},
}

// communityOverride reports whether module.name has a native form.
func communityOverride(module, name string) bool {
	_, ok := communityOverrides[module][name]
	return ok
}

// connectedComponents is UndirectedGraphs!ConnectedComponents(G): the
// node sets of G's connected components, G = [node |-> N, edge |-> E]
// with every edge a set {m, n}.
func connectedComponents(c *Ctx, at src, g Value) *value.Set {
	in := c.m.Interner
	rec := toFunc(c, at, g)
	nodesV, ok1 := rec.Apply(in.String("node"))
	edgesV, ok2 := rec.Apply(in.String("edge"))
	if !ok1 || !ok2 {
		fail(at, "ConnectedComponents expects a graph [node |-> N, edge |-> E], not\n%s", value.Ppr(g))
	}
	nodes := enumerable(at, toSet(at, nodesV))
	parent := make([]int, len(nodes))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	index := func(v Value) int {
		for i, n := range nodes {
			if value.Equal(n, v) {
				return i
			}
		}
		return -1
	}
	for _, e := range enumerable(at, toSet(at, edgesV)) {
		ends := enumerable(at, toSet(at, e))
		if len(ends) == 0 {
			continue
		}
		a := index(ends[0])
		for _, x := range ends[1:] {
			b := index(x)
			if a >= 0 && b >= 0 {
				parent[find(a)] = find(b)
			}
		}
	}
	groups := map[int][]Value{}
	var roots []int
	for i, n := range nodes {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], n)
	}
	out := make([]Value, 0, len(roots))
	for _, r := range roots {
		out = append(out, value.NewSet(groups[r]))
	}
	return value.NewSet(out)
}

// communityOp returns the native form of an overridden operator.
func communityOp(name string, at src) nativeOp {
	switch name {
	case "ConnectedComponents":
		return func(c *Ctx, a []Value) Value { return connectedComponents(c, at, a[0]) }
	case "IsStronglyConnected":
		return func(c *Ctx, a []Value) Value {
			cc := connectedComponents(c, at, a[0])
			nodes, _ := toFunc(c, at, a[0]).Apply(c.m.Interner.String("node"))
			return value.Bool(value.Equal(cc, value.NewSet([]Value{nodes})))
		}
	case "AreConnectedIn":
		return func(c *Ctx, a []Value) Value {
			for _, comp := range connectedComponents(c, at, a[2]).Elems {
				if value.Member(a[0], comp) && value.Member(a[1], comp) {
					return value.True
				}
			}
			return value.False
		}
	}
	return nil
}
