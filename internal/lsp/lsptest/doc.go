// Package lsptest is a small scripted LSP client for tests: it drives a
// server over any stream (a pipe to an in-process server, or the stdin and
// stdout of the real binary), records what the server sends, and answers
// the server's requests as an editor would, really applying workspace
// edits to disk.
//
// It is test support: production code must not import it.
package lsptest
