// Package cfg parses TLC's model configuration language (.cfg files):
// SPECIFICATION or INIT/NEXT, CONSTANT(S) with values, model values and
// `<-` substitutions (also their `[Mod]` forms), INVARIANT(S),
// PROPERTY/PROPERTIES, CONSTRAINT(S), ACTION_CONSTRAINT(S), SYMMETRY,
// VIEW, ALIAS, POSTCONDITION and CHECK_DEADLOCK, with TLC's comment and
// keyword rules. Errors carry the line and column they are at.
//
// It knows nothing of TLA+ modules: whether the names exist is for the
// evaluator (and for the language server's diagnostics) to decide.
package cfg
