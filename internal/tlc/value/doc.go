// Package value holds the values of TLA+ as TLC represents them:
// immutable, in canonical form (sets sorted and deduplicated in TLC's
// order, functions as sorted domain/range pairs, tuples and records as
// functions), lazy forms where TLC has them (intervals, SUBSET, [S -> T],
// \X, sets of records, Nat/Int/STRING/Seq(S)), each with a 64-bit
// fingerprint (equal values have equal fingerprints whatever their form),
// TLC's total order and TLC's printed form.
//
// Errors (comparing a string with an integer, enumerating Nat, ...) are
// raised as panics carrying *Error; the evaluator recovers them at its
// boundary and reports them with a source position. Nothing here knows
// TLA+ syntax: it must not import the parser, the evaluator or the search.
package value
