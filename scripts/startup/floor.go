//go:build ignore

// Command floor does nothing but link what the design requires of
// tla-gen-lsp's binary and cannot be made lazy: go.lsp.dev's protocol and
// JSON-RPC (the language server), go-openai with net/http and TLS (the
// model client) and tiktoken (token counts for the context window).
// scripts/startup.sh measures it beside an empty program and
// `tla-gen-lsp check`: the start-up cost of those dependencies is the
// floor under `check`'s.
package main

import (
	_ "github.com/pkoukk/tiktoken-go"
	_ "github.com/pkoukk/tiktoken-go-loader"
	_ "github.com/sashabaranov/go-openai"
	_ "go.lsp.dev/jsonrpc2"
	_ "go.lsp.dev/protocol"
)

func main() {}
