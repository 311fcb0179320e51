// Package op is the one table of TLA+'s operator symbols, as SANY knows
// them: every spelling (ASCII, backslash word, Unicode) and the canonical
// name SANY gives it ("\\land" for /\, ∧ and \land), where the grammar
// allows it (infix, prefix, postfix), its precedence range and
// associativity (tla2sany.parser.Operators), whether it starts a bulleted
// junction list, SANY's level data when it is a built-in operator
// (tla2sany.semantic.BuiltInOperators; a built-in cannot be redefined,
// every other operator symbol may be defined by a module), and the
// standard module that defines it. Home also knows the standard modules'
// operators named by identifiers (Len, Cardinality, ...).
//
// The scanner, the parser, the semantic checker and the editor services
// derive what they need from Table; nothing else lists operators. Table
// is a static literal, so it costs nothing at start; the lookups built
// from it (ByName, Canonical) are built on first use.
//
// This package imports only the standard library: every package of the
// checker may import it.
package op
