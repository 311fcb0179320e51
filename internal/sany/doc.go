// Package sany checks TLA+ modules the way SANY (the TLA+ Syntactic
// ANalYzer of tla2tools.jar) does, natively in Go: lexical, parse,
// module-resolution, semantic and level errors, at SANY's positions.
//
// The entry point is Check. Sub-packages hold the stages: token
// (positions), scanner, ast, parser, stdlib (the standard modules), and
// semantic (names, arity, instances and levels). Modules are found
// through a Resolver so that editors can supply unsaved buffers.
//
// The package holds no mutable global state: any number of Checks may run
// concurrently. It must not import LSP or model-calling packages.
package sany
