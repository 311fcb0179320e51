// Package srcfuncs finds function definitions in source code of many
// languages, so that the generator can send a model only the functions a
// draft names when the whole source and draft do not fit its context.
//
// Go is parsed exactly with go/parser. The other languages are handled by
// heuristics that know each language's comments and string literals and
// then work on brace nesting (Rust, C, C++, Java, C#, Kotlin, JavaScript,
// TypeScript) or indentation (Python). The heuristics never fail: on code
// they do not understand they find fewer functions, never panic, and their
// work is linear in the input apart from a bounded nesting depth.
//
// A definition's range covers the whole text a reader needs: attached doc
// comments, attributes, annotations or decorators, the signature and the
// body.
//
// This package must not import LSP, TLA+ or generation packages.
package srcfuncs
