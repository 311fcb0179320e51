package sany

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/parser"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// parseFile parses one file with the parser package.
func parseFile(f *token.File) (*ast.File, scanner.ErrorList) { return parser.ParseFile(f) }
