// Package liveness decides temporal properties on a finished state graph:
// PROPERTY formulas of the forms users write ([]P, <>P, []<>P, <>[]P,
// P ~> Q, [][A]_v, and conjunctions of these) under the WF/SF fairness
// conditions of the specification. A violation is a lasso: a path from an
// initial state to a cycle on which a fair behaviour violates the
// property.
//
// It knows no TLA+ syntax: formulas are trees over atoms that the
// evaluator decides on the graph's states (state predicates, ENABLED) and
// edges (action predicates), as TLC's tlc2/tool/liveness separates the
// tableau from evaluation.
package liveness
