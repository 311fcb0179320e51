// Package lsp is the language server: a thin JSON-RPC layer over the plain
// Go packages that do the work (sany for checking, actions for generating).
//
// Each LSP area has its own file: lifecycle.go (initialize, shutdown,
// exit), textsync.go and snapshot.go (open buffers as immutable snapshots),
// diagnostics.go, codeaction.go, commands.go and generate.go,
// progress.go, configuration.go, client.go (every request the server sends
// to the editor, each with a timeout). dispatch.go routes messages and is
// the one place that answers MethodNotFound. golspdev.go gathers the
// workarounds for go.lsp.dev's known defects.
//
// Handlers convert protocol values to plain Go, call the plain Go function
// and convert the result. This package must not know TLA+ syntax or how a
// model is called; it must never log or send the API key.
package lsp
