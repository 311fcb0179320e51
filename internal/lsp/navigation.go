package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// handleDefinition answers textDocument/definition and declaration (TLA+
// declares and defines in one place): the checker's resolution of the
// name. Standard modules open as read-only files (see stdlibCopy).
func handleDefinition(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p positionRequest
	if err := decodeParams("textDocument/definition", params, &p); err != nil {
		return nil, err
	}
	sp, path, _, off, ok, err := s.atPosition(ctx, p.TextDocument, p.Position)
	if err != nil || !ok {
		return []protocol.Location{}, err
	}
	out := []protocol.Location{}
	for _, l := range sp.Definition(path, off) {
		if loc, ok := s.location(l); ok {
			out = append(out, loc)
		}
	}
	return out, nil
}

// referenceParams is textDocument/references' params.
type referenceParams struct {
	positionRequest
	Context struct {
		IncludeDeclaration bool `json:"includeDeclaration"`
	} `json:"context"`
}

// handleReferences lists the occurrences of a name in the spec and in the
// other open modules' specs.
func handleReferences(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p referenceParams
	if err := decodeParams("textDocument/references", params, &p); err != nil {
		return nil, err
	}
	sp, path, _, off, ok, err := s.atPosition(ctx, p.TextDocument, p.Position)
	if err != nil || !ok {
		return []protocol.Location{}, err
	}
	out := []protocol.Location{}
	for _, l := range sp.References(path, off, p.Context.IncludeDeclaration, s.otherSpecs(ctx, path)...) {
		if loc, ok := s.location(l); ok {
			out = append(out, loc)
		}
	}
	return out, nil
}

// handleHover shows a name's signature, level, home module and comment.
func handleHover(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p positionRequest
	if err := decodeParams("textDocument/hover", params, &p); err != nil {
		return nil, err
	}
	sp, path, f, off, ok, err := s.atPosition(ctx, p.TextDocument, p.Position)
	if err != nil || !ok {
		return nil, err
	}
	h, ok := sp.Hover(path, off)
	if !ok {
		return nil, nil
	}
	r := lspRange(f, h.Pos, h.End)
	return protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.Markdown, Value: h.Markdown()}, Range: &r}, nil
}

// handleDocumentHighlight marks the occurrences of the name under the
// cursor in its own document, the declaration as a write.
func handleDocumentHighlight(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p positionRequest
	if err := decodeParams("textDocument/documentHighlight", params, &p); err != nil {
		return nil, err
	}
	sp, path, f, off, ok, err := s.atPosition(ctx, p.TextDocument, p.Position)
	if err != nil || !ok {
		return []protocol.DocumentHighlight{}, err
	}
	out := []protocol.DocumentHighlight{}
	decls := map[token.Pos]bool{}
	for _, l := range sp.References(path, off, true) {
		decls[l.Pos] = true
	}
	for _, l := range sp.References(path, off, false) {
		decls[l.Pos] = false
	}
	for _, l := range sp.References(path, off, true) {
		if l.Path != path {
			continue
		}
		kind := protocol.DocumentHighlightKindRead
		if decls[l.Pos] {
			kind = protocol.DocumentHighlightKindWrite
		}
		out = append(out, protocol.DocumentHighlight{Range: lspRange(f, l.Pos, l.End), Kind: kind})
	}
	return out, nil
}
