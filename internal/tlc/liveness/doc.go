// Package liveness decides temporal properties on a finished state graph:
// PROPERTY formulas of the forms users write ([]P, <>P, []<>P, <>[]P,
// P ~> Q, [][A]_v, and conjunctions, disjunctions and negations of these,
// nested as deep as one likes) under the WF/SF fairness conditions of the
// specification. A violation is a lasso: a path from an initial state to a
// cycle on which a fair behaviour violates the property.
//
// It knows no TLA+ syntax: formulas are trees over atoms that the
// evaluator decides on the graph's states (state predicates, ENABLED) and
// edges (action predicates), as TLC's tlc2/tool/liveness separates the
// tableau from evaluation. Check is the entry point; the files follow its
// phases: normal.go (negation normal form), dnf.go (the normal form and
// TLC's split into <>[]/[]<> conditions and a tableau formula),
// tableau.go, graph.go and product.go (the behaviour graph times the
// tableau), fair.go (the search for a fair strongly connected set) and
// lasso.go (the counterexample).
//
// It must not import the evaluator, the search or anything of LSP: the
// package tlc glue (properties.go) translates formulas and answers atoms.
package liveness
