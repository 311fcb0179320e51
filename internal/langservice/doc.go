// Package langservice is the editor intelligence of TLA+ modules:
// document and workspace symbols, go to definition, hover, references,
// rename, completion, signature help, semantic tokens, folding ranges and
// quick fixes. Every answer comes from the checker's own resolution
// (sany.Analyze and its semantic.Info), so navigation agrees with the
// diagnostics by construction, and works on unsaved text.
//
// Positions are byte offsets into a token.File, as everywhere in the
// checker; converting them to an editor's positions is the caller's job
// (token.File.LSPPosition).
//
// It must not import anything of LSP or JSON-RPC (go.lsp.dev, internal/lsp):
// internal/lsp converts its plain results, and other front ends (the MCP
// server, tests) use them as they are.
package langservice
