// Package mcp is the Model Context Protocol server of tla-gen-lsp
// ("tla-gen-lsp mcp"): it offers coding agents the checker, the symbol
// tables, the generation pipeline and the model checker as MCP tools with
// JSON schemas and structured results, and the translation prompt and the
// standard modules as resources. The protocol itself is the official Go
// SDK's (github.com/modelcontextprotocol/go-sdk); this package only maps
// tool arguments to calls of internal/sany, internal/actions and
// internal/tlc and their answers back.
//
// Like internal/lsp it is a thin protocol layer, but a separate one: it
// must not import internal/lsp (or anything of LSP/JSON-RPC other than
// the SDK), and what it needs that the language server also needs lives
// in the plain packages.
package mcp
