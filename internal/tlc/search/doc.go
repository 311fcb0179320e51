// Package search is the breadth-first explicit-state search of the model
// checker: the fingerprint set, the parents that give the shortest
// counterexample, the workers and TLC's statistics ("N states generated,
// M distinct states found", the depth of the complete state graph).
//
// It knows nothing of TLA+ syntax: it explores a Model, which the
// evaluator implements, whose states are slices of values. It expands
// batches of consecutive nodes (in parallel with several workers), each
// worker also checking the invariants of the new states it claims first,
// and merges the successors in the order one worker would have found
// them, so counts, verdicts and traces do not depend on the number of
// workers.
//
// It must not import internal/tlc/eval, the parser or anything of LSP.
package search
