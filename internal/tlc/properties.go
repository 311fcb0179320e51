package tlc

import (
	"context"
	"fmt"
)

// checkProperties decides the configuration's PROPERTY entries after a
// successful safety search; it is called only when there are some.
//
// The branch `live` owns this file. What it can use:
//
//   - run.graph (*search.Graph, kept because the config has properties)
//     is the state graph: States[node] the state, Inits the initial
//     nodes, Succ[node] the successor nodes (edges to states outside the
//     CONSTRAINTs are not in it); it implements liveness.Graph.
//   - run.spec (*eval.Spec): CompileExpr(name, astExpr) compiles any
//     expression of the root module's context (a property's body or a
//     subformula, ENABLED <<A>>_v, <<A>>_v); Holds(expr, state, next)
//     decides it on one state (next nil) or on a step; Definition(name)
//     is the body of a definition (a PROPERTY's formula).
//   - run.spec.Init / Next / Subscript are the SPECIFICATION's parts as
//     compiled expressions, run.spec.Fairness its WF/SF conjuncts with
//     Enabled (ENABLED <<A>>_v) and Taken (<<A>>_v) ready to evaluate.
//   - run.trace(nodes) turns graph nodes into a Result trace.
//
// It returns nil when every property holds, or the Result to answer
// (LivenessFailure with a lasso trace, Unsupported, Error).
func checkProperties(ctx context.Context, run *run) *Result {
	name := run.spec.Properties[0]
	r := run.result(Unsupported)
	r.Violation = &Violation{Kind: KindProperty, Name: name,
		Message: fmt.Sprintf("checking the temporal property %s is not supported yet", name)}
	return r
}
