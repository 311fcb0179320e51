package sany

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"

// Code is one of SANY's error codes (tla2sany.semantic.ErrorCode); 0 for
// lexical and parse errors, which have none in SANY. The constants are
// declared in package semantic (semantic.CodeSymbolUndefined, ...), which
// reports most of them; String gives SANY's name.
type Code = semantic.Code
