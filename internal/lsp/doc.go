// Package lsp is the language server: a thin JSON-RPC layer over the plain
// Go packages that do the work (sany for checking, actions for generating).
//
// Each LSP area has its own file: lifecycle.go (initialize, shutdown,
// exit), textsync.go and snapshot.go (open buffers as immutable snapshots),
// diagnostics.go (SANY's findings and, on generated specs, the
// draft-conformance ones, published together), tla2tools.go (real SANY's
// findings, on save, when the checker setting asks for them), deps.go and watch.go
// (which modules a check read; re-checks on changes on disk),
// codeaction.go, commands.go, generate.go and retry.go (generating a spec,
// asking the user when a generation is refused), draftcmd.go (generating
// a draft analysis), genlog.go (the generation log), codelens.go (links
// between a spec's actions and its source's core functions), prompt.go
// (questions to the user), progress.go, configuration.go, client.go (every
// request the server sends to the editor, each with a timeout).
// dispatch.go routes messages and is the one place that answers
// MethodNotFound. golspdev.go gathers the workarounds for go.lsp.dev's
// known defects.
//
// Handlers convert protocol values to plain Go, call the plain Go function
// and convert the result. This package must not know TLA+ syntax or how a
// model is called; it must never log or send the API key.
package lsp
