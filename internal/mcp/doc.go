// Package mcp is the Model Context Protocol server of tla-gen-lsp
// ("tla-gen-lsp mcp"): it offers coding agents the checker, the symbol
// tables, the generation pipeline and the model checker as MCP tools with
// JSON schemas and structured results, and the translation prompt and the
// standard modules as resources. It maps tool arguments to calls of
// internal/sany, internal/actions and internal/tlc and their answers back.
//
// The protocol layer is its own and small (jsonrpc.go: the stdio
// transport's JSON-RPC; protocol.go: MCP's methods; schema.go: JSON
// schemas inferred from the tools' Go types) rather than the official
// SDK's: every process of the binary, `check` included, pays for the
// initialisation of what is linked, and the SDK with its dependencies
// doubled the start-up time of a Go program (see "A lean start" in
// docs/architecture.md). The tests drive it with the official SDK's
// client, so the two must agree.
//
// Like internal/lsp it is a thin protocol layer, but a separate one: it
// must not import internal/lsp (or anything of LSP), and what it needs
// that the language server also needs lives in the plain packages.
package mcp
