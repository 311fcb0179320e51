package lsp

import (
	"context"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// languageMethods are the requests of the editor features for .tla files
// (navigation, hover, symbols, rename, completion, tokens, folding). They
// join the request table at start-up, so that the table in dispatch.go
// (which others edit) is left alone.
var languageMethods = map[string]requestHandler{
	"textDocument/definition":          handleDefinition,
	"textDocument/declaration":         handleDefinition,
	"textDocument/references":          handleReferences,
	"textDocument/documentHighlight":   handleDocumentHighlight,
	"textDocument/hover":               handleHover,
	"textDocument/documentSymbol":      handleDocumentSymbol,
	"workspace/symbol":                 handleWorkspaceSymbol,
	"textDocument/prepareRename":       handlePrepareRename,
	"textDocument/rename":              handleRename,
	"textDocument/completion":          handleCompletion,
	"textDocument/signatureHelp":       handleSignatureHelp,
	"textDocument/semanticTokens/full": handleSemanticTokens,
	"textDocument/foldingRange":        handleFoldingRange,
}

func init() {
	for method, h := range languageMethods {
		requestMethods[method] = h
	}
}

// addLanguageCapabilities advertises the language features.
func addLanguageCapabilities(c *protocol.ServerCapabilities) {
	c.DefinitionProvider = true
	c.DeclarationProvider = true
	c.ReferencesProvider = true
	c.DocumentHighlightProvider = true
	c.HoverProvider = true
	c.DocumentSymbolProvider = true
	c.WorkspaceSymbolProvider = true
	c.RenameProvider = &protocol.RenameOptions{PrepareProvider: true}
	c.CompletionProvider = &protocol.CompletionOptions{TriggerCharacters: []string{"\\", "!", ".", " "}}
	c.SignatureHelpProvider = &protocol.SignatureHelpOptions{TriggerCharacters: []string{"(", ","}}
	c.SemanticTokensProvider = map[string]any{
		"legend": protocol.SemanticTokensLegend{TokenTypes: semanticTokenTypes, TokenModifiers: semanticTokenModifiers},
		"full":   true,
	}
	c.FoldingRangeProvider = true
	if opts, ok := c.CodeActionProvider.(protocol.CodeActionOptions); ok {
		opts.CodeActionKinds = append(opts.CodeActionKinds, protocol.QuickFix)
		c.CodeActionProvider = opts
	}
}

// positionRequest is the document and position most features take.
type positionRequest struct {
	TextDocument protocol.TextDocumentIdentifier `json:"textDocument"`
	Position     protocol.Position               `json:"position"`
}

// atPosition returns the analysed spec of a request's document with the
// offset of its position. ok is false (and the answer should be empty)
// for documents that are not modules or cannot be read.
func (s *Server) atPosition(ctx context.Context, doc protocol.TextDocumentIdentifier, pos protocol.Position) (*langservice.Spec, string, *token.File, token.Pos, bool, error) {
	path, ok := pathFromURI(doc.URI)
	if !ok || !isTLAPath(path) {
		return nil, "", nil, 0, false, nil
	}
	sp, _, err := s.spec(ctx, path)
	if err != nil {
		if ctx.Err() != nil {
			return nil, "", nil, 0, false, err
		}
		s.logf("analysing %s: %v", path, err)
		return nil, "", nil, 0, false, nil
	}
	f, off, ok := specOffset(sp, path, pos)
	return sp, path, f, off, ok, nil
}
