// Package actions implements what the user asks for, independent of how they
// ask: generating a TLA+ spec from a source file and its draft, and checking
// .tla files. The LSP server and the CLI are thin layers over it.
//
// This package must not import LSP packages; it talks to the editor only
// through the small interfaces declared here (Writer, progress callbacks).
package actions
