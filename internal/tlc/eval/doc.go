// Package eval compiles the modules of a checked spec (internal/sany's
// Program) and a model configuration into closures, once, and evaluates
// them many times: expressions on a state or a pair of states, initial
// predicates and next-state relations as generators of states (TLC's
// Tool.getInitStates / getNextStates: a disjunction of actions explored in
// order, x' = e and x' \in S as assignments when x' is not yet bound,
// existentials over finite sets enumerated, conjunct order respected).
//
// Names are resolved to frame slots and definitions before the search, so
// the inner loop looks nothing up in maps. Standard-module operators
// (Naturals, Sequences, FiniteSets, Bags, TLC, ...) are built-ins,
// recognised when the name comes from the embedded standard module; any
// other module is evaluated by its definitions.
//
// Evaluation errors are TLC's (a function applied outside its domain,
// CHOOSE with nothing to choose, a non-enumerable set, a variable left
// unassigned), with a source position. A construct this package does not
// evaluate is an *Unsupported error naming it. Recursion depth is bounded
// and ctx is honoured, so no input crashes or hangs the checker.
//
// It knows nothing of the search (fingerprint sets, queues) and must not
// import internal/tlc/search or anything of LSP.
package eval
