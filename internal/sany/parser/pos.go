package parser

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"

const noPos = token.NoPos
