package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// symbolKinds maps outline kinds to LSP's.
var symbolKinds = map[langservice.SymbolKind]protocol.SymbolKind{
	langservice.SymbolModule:     protocol.SymbolKindModule,
	langservice.SymbolConstant:   protocol.SymbolKindConstant,
	langservice.SymbolVariable:   protocol.SymbolKindVariable,
	langservice.SymbolOperator:   protocol.SymbolKindFunction,
	langservice.SymbolFunction:   protocol.SymbolKindFunction,
	langservice.SymbolInstance:   protocol.SymbolKindNamespace,
	langservice.SymbolTheorem:    protocol.SymbolKindInterface,
	langservice.SymbolAssumption: protocol.SymbolKindBoolean,
	langservice.SymbolStep:       protocol.SymbolKindKey,
}

// handleDocumentSymbol answers the outline of a module file.
func handleDocumentSymbol(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p protocol.DocumentSymbolParams
	if err := decodeParams("textDocument/documentSymbol", params, &p); err != nil {
		return nil, err
	}
	sp, path, f, _, ok, err := s.atPosition(ctx, p.TextDocument, protocol.Position{})
	if err != nil || !ok {
		return []protocol.DocumentSymbol{}, err
	}
	return documentSymbols(f, sp.DocumentSymbols(path)), nil
}

func documentSymbols(f *token.File, in []langservice.DocumentSymbol) []protocol.DocumentSymbol {
	out := make([]protocol.DocumentSymbol, 0, len(in))
	for _, ds := range in {
		out = append(out, protocol.DocumentSymbol{
			Name:           ds.Name,
			Detail:         ds.Detail,
			Kind:           symbolKinds[ds.Kind],
			Range:          lspRange(f, ds.Pos, ds.End),
			SelectionRange: lspRange(f, ds.NamePos, ds.NameEnd),
			Children:       documentSymbols(f, ds.Children),
		})
	}
	return out
}

// handleWorkspaceSymbol searches the module-level declarations of every
// open module's spec (the modules and the workspace modules they import).
func handleWorkspaceSymbol(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p protocol.WorkspaceSymbolParams
	if err := decodeParams("workspace/symbol", params, &p); err != nil {
		return nil, err
	}
	var specs []*langservice.Spec
	for _, doc := range s.docs.snapshot().openModules() {
		if sp, _, err := s.spec(ctx, doc.path); err == nil {
			specs = append(specs, sp)
		} else if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	out := []protocol.SymbolInformation{}
	for _, ws := range langservice.WorkspaceSymbols(specs, p.Query) {
		loc, ok := s.location(ws.Location)
		if !ok {
			continue
		}
		out = append(out, protocol.SymbolInformation{Name: ws.Name, Kind: symbolKinds[ws.Kind], Location: loc, ContainerName: ws.Module})
	}
	return out, nil
}
