// Package parser is a hand-written recursive-descent parser for TLA+ that
// accepts what SANY accepts and reports SANY's first lexical or parse error
// at SANY's position.
//
// Expressions are parsed with an operator stack that copies SANY's
// precedence ranges and its conflict rules (a /\ b \/ c and a = b = c are
// errors). Bulleted /\ and \/ lists end where SANY ends them: at a token
// not to the right of the bullet column. Definitions are found the way
// SANY finds them: after each "==" the parser looks ahead to the next "=="
// and marks where that definition begins, so that an expression stops
// there.
//
// Like SANY, the parser stops at the first error; the tree returned then
// holds the modules and units parsed before it. For editors, ParseFileMode
// with Recover goes on after it: the broken unit becomes an *ast.BadUnit
// (or a definition whose body is an *ast.BadExpr) and parsing resumes at
// the next unit starting in column 1; the first error is still reported
// first and exactly as SANY reports it, later ones only with AllErrors.
//
// Parsing is allocation-lean: token texts are substrings of one copy of
// the source, tokens hold no pointers, the operator stacks of nested
// expressions share one buffer, and the most common nodes (identifiers,
// operator applications, argument lists) come from slabs.
//
// The parser must not resolve names or check levels (package semantic
// does).
package parser
