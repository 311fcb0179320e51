package lsp

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
)

// completionKinds maps completion kinds to LSP's.
var completionKinds = map[langservice.CompletionKind]protocol.CompletionItemKind{
	langservice.CompleteKeyword:  protocol.CompletionItemKindKeyword,
	langservice.CompleteOperator: protocol.CompletionItemKindFunction,
	langservice.CompleteFunction: protocol.CompletionItemKindFunction,
	langservice.CompleteVariable: protocol.CompletionItemKindVariable,
	langservice.CompleteConstant: protocol.CompletionItemKindConstant,
	langservice.CompleteBound:    protocol.CompletionItemKindVariable,
	langservice.CompleteModule:   protocol.CompletionItemKindModule,
	langservice.CompleteField:    protocol.CompletionItemKindField,
	langservice.CompleteBuiltin:  protocol.CompletionItemKindOperator,
	langservice.CompleteTheorem:  protocol.CompletionItemKindReference,
}

// handleCompletion proposes names in scope, modules, operators, fields.
func handleCompletion(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p positionRequest
	if err := decodeParams("textDocument/completion", params, &p); err != nil {
		return nil, err
	}
	sp, path, f, off, ok, err := s.atPosition(ctx, p.TextDocument, p.Position)
	if err != nil || !ok {
		return protocol.CompletionList{Items: []protocol.CompletionItem{}}, err
	}
	items := sp.Complete(path, off, langservice.CompleteOptions{ModuleNames: s.moduleNames(path)})
	out := make([]protocol.CompletionItem, 0, len(items))
	for _, it := range items {
		ci := protocol.CompletionItem{
			Label:    it.Label,
			Kind:     completionKinds[it.Kind],
			Detail:   it.Detail,
			TextEdit: &protocol.TextEdit{Range: lspRange(f, it.ReplacePos, off), NewText: it.Insert},
		}
		if it.Doc != "" {
			ci.Documentation = protocol.MarkupContent{Kind: protocol.Markdown, Value: it.Doc}
		}
		out = append(out, ci)
	}
	return protocol.CompletionList{Items: out}, nil
}

// moduleNames lists the modules EXTENDS may name besides the standard
// ones: the .tla files of the spec's folder and of the library paths.
func (s *Server) moduleNames(path string) []string {
	var out []string
	for _, dir := range append([]string{filepath.Dir(path)}, s.effective().LibraryPaths...) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if name, ok := strings.CutSuffix(e.Name(), ".tla"); ok && !e.IsDir() {
				out = append(out, name)
			}
		}
	}
	return out
}

// handleSignatureHelp describes the parameters of the application the
// cursor is in.
func handleSignatureHelp(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p positionRequest
	if err := decodeParams("textDocument/signatureHelp", params, &p); err != nil {
		return nil, err
	}
	sp, path, _, off, ok, err := s.atPosition(ctx, p.TextDocument, p.Position)
	if err != nil || !ok {
		return nil, err
	}
	h, ok := sp.SignatureHelp(path, off)
	if !ok {
		return nil, nil
	}
	sig := protocol.SignatureInformation{Label: h.Label}
	if h.Doc != "" {
		sig.Documentation = protocol.MarkupContent{Kind: protocol.Markdown, Value: h.Doc}
	}
	for _, prm := range h.Params {
		sig.Parameters = append(sig.Parameters, protocol.ParameterInformation{Label: prm})
	}
	return protocol.SignatureHelp{Signatures: []protocol.SignatureInformation{sig}, ActiveParameter: uint32(h.Active)}, nil
}
