package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
)

// semanticTokenTypes is the legend of token types, indexed by
// langservice.TokenType. The names are LSP's standard ones, which every
// theme colours; theorems show as macros.
var semanticTokenTypes = []protocol.SemanticTokenTypes{
	langservice.TokenKeyword:   protocol.SemanticTokenKeyword,
	langservice.TokenComment:   protocol.SemanticTokenComment,
	langservice.TokenString:    protocol.SemanticTokenString,
	langservice.TokenNumber:    protocol.SemanticTokenNumber,
	langservice.TokenOperator:  protocol.SemanticTokenOperator,
	langservice.TokenFunction:  protocol.SemanticTokenFunction,
	langservice.TokenVariable:  protocol.SemanticTokenVariable,
	langservice.TokenParameter: protocol.SemanticTokenParameter,
	langservice.TokenNamespace: protocol.SemanticTokenNamespace,
	langservice.TokenTheorem:   protocol.SemanticTokenMacro,
}

// semanticTokenModifiers is the legend of modifiers, bit i being
// langservice's modifier 1<<i.
var semanticTokenModifiers = []protocol.SemanticTokenModifiers{
	protocol.SemanticTokenModifierDeclaration,
	protocol.SemanticTokenModifierReadonly,
	protocol.SemanticTokenModifierModification,
	protocol.SemanticTokenModifierDefaultLibrary,
}

// handleSemanticTokens classifies the whole document, encoded as LSP's
// relative five-number groups.
func handleSemanticTokens(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p protocol.SemanticTokensParams
	if err := decodeParams("textDocument/semanticTokens/full", params, &p); err != nil {
		return nil, err
	}
	sp, path, f, _, ok, err := s.atPosition(ctx, p.TextDocument, protocol.Position{})
	if err != nil || !ok {
		return protocol.SemanticTokens{Data: []uint32{}}, err
	}
	toks := sp.SemanticTokens(path)
	data := make([]uint32, 0, 5*len(toks))
	prevLine, prevCol := 0, 0
	for _, t := range toks {
		a, b := f.LSPPosition(t.Pos), f.LSPPosition(t.End)
		if b.Line != a.Line || b.Character <= a.Character {
			continue
		}
		col := a.Character
		if a.Line == prevLine {
			col -= prevCol
		}
		data = append(data, uint32(a.Line-prevLine), uint32(col), uint32(b.Character-a.Character), uint32(t.Type), uint32(t.Modifiers))
		prevLine, prevCol = a.Line, a.Character
	}
	return protocol.SemanticTokens{Data: data}, nil
}

// handleFoldingRange answers the foldable spans of a module file.
func handleFoldingRange(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p protocol.FoldingRangeParams
	if err := decodeParams("textDocument/foldingRange", params, &p); err != nil {
		return nil, err
	}
	sp, path, _, _, ok, err := s.atPosition(ctx, p.TextDocument, protocol.Position{})
	if err != nil || !ok {
		return []protocol.FoldingRange{}, err
	}
	out := []protocol.FoldingRange{}
	for _, r := range sp.FoldingRanges(path) {
		fr := protocol.FoldingRange{StartLine: uint32(r.StartLine - 1), EndLine: uint32(r.EndLine - 1), Kind: protocol.RegionFoldingRange}
		if r.Kind == langservice.FoldComment {
			fr.Kind = protocol.CommentFoldingRange
		}
		out = append(out, fr)
	}
	return out, nil
}
