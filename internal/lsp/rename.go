package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"sort"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
)

// renameOptions protects the standard modules' copies from edits.
func (s *Server) renameOptions() langservice.RenameOptions {
	return langservice.RenameOptions{ReadOnly: s.isStdlibCopy}
}

// refusal turns a refused rename into the error editors show the user.
func refusal(err error) error {
	if errors.Is(err, langservice.ErrCannotRename) {
		return jsonrpc2.NewError(jsonrpc2.InvalidRequest, err.Error())
	}
	return err
}

// handlePrepareRename answers the range of the name to rename, or an
// error saying why it cannot be renamed.
func handlePrepareRename(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p positionRequest
	if err := decodeParams("textDocument/prepareRename", params, &p); err != nil {
		return nil, err
	}
	sp, path, f, off, ok, err := s.atPosition(ctx, p.TextDocument, p.Position)
	if err != nil || !ok {
		return nil, err
	}
	loc, name, err := sp.PrepareRename(path, off, s.renameOptions())
	if err != nil {
		return nil, refusal(err)
	}
	return map[string]any{"range": lspRange(f, loc.Pos, loc.End), "placeholder": name}, nil
}

// renameParams is textDocument/rename's params.
type renameParams struct {
	positionRequest
	NewName string `json:"newName"`
}

// handleRename answers the edits renaming a name across the spec and the
// other open specs, as a WorkspaceEdit with document versions.
func handleRename(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p renameParams
	if err := decodeParams("textDocument/rename", params, &p); err != nil {
		return nil, err
	}
	sp, path, _, off, ok, err := s.atPosition(ctx, p.TextDocument, p.Position)
	if err != nil || !ok {
		return nil, err
	}
	edits, err := sp.Rename(path, off, p.NewName, s.renameOptions(), s.otherSpecs(ctx, path)...)
	if err != nil {
		return nil, refusal(err)
	}
	return s.workspaceEdit(edits), nil
}

// workspaceEdit converts edits to a WorkspaceEdit: open documents get
// versioned document changes, so a client refuses them if the text moved
// on; files not open have a null version.
func (s *Server) workspaceEdit(edits []langservice.Edit) protocol.WorkspaceEdit {
	byPath := map[string][]protocol.TextEdit{}
	var paths []string
	for _, e := range edits {
		if _, seen := byPath[e.Path]; !seen {
			paths = append(paths, e.Path)
		}
		byPath[e.Path] = append(byPath[e.Path], protocol.TextEdit{Range: lspRange(e.File, e.Pos, e.End), NewText: e.NewText})
	}
	sort.Strings(paths)
	snap := s.docs.snapshot()
	var we protocol.WorkspaceEdit
	for _, path := range paths {
		id := protocol.OptionalVersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: uriFromPath(path)}}
		if doc := snap.document(path); doc != nil {
			version := doc.version
			id.URI, id.Version = doc.uri, &version
		}
		we.DocumentChanges = append(we.DocumentChanges, protocol.TextDocumentEdit{TextDocument: id, Edits: byPath[path]})
	}
	return we
}
