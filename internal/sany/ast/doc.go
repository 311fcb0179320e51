// Package ast declares the syntax tree of TLA+ modules as SANY parses them.
//
// Every node records byte offsets into its token.File: Pos is the offset of
// its first byte and End the offset just past its last byte, so a node spans
// the half-open range [Pos, End). Conversion to line and column happens only
// in package token.
//
// The tree is purely syntactic: names are not resolved and levels are not
// computed (that is package semantic's job). To make name lookup simple,
// every application of an operator written as a symbol or keyword (prefix,
// infix, postfix, or a user operator called as Op(a, b)) is an *OpApp whose
// Name is SANY's canonical spelling of the operator: "\\land" for /\, ∧
// and \land; "/=" for #, ≠ and /=; "-." for prefix minus; and so on (see
// op.Canonical). Constructs with their own shape (IF, CASE, quantifiers,
// set and function constructors, EXCEPT, actions, fairness, ...) have their
// own node types, named after SANY's built-in operators in their doc
// comments.
//
// This package must not depend on the parser, the semantic checker or any
// LSP library.
package ast
