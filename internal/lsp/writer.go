package lsp

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// editWriter is the actions.Writer that goes through the editor with
// workspace/applyEdit, so the new spec lands in the editor's buffers (and
// its undo history) rather than behind its back. It is used only when the
// client advertised documentChanges with the "create" resource operation.
type editWriter struct {
	s *Server
}

// WriteFile implements actions.Writer.
func (w *editWriter) WriteFile(ctx context.Context, path string, text []byte) error {
	path = filepath.Clean(path)
	var changes []any
	doc := w.s.docs.snapshot().document(path)
	if doc != nil {
		// Open already: replace the buffer's whole text at its version.
		end := doc.file.LSPPosition(token.Pos(doc.file.Size()))
		version := doc.version
		changes = append(changes, protocol.TextDocumentEdit{
			TextDocument: protocol.OptionalVersionedTextDocumentIdentifier{
				TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: doc.uri},
				Version:                &version,
			},
			Edits: []protocol.TextEdit{{Range: protocol.Range{End: toProtocolPosition(end)}, NewText: string(text)}},
		})
	} else {
		// The overwrite policy was applied before WriteFile was called, so
		// an existing file is replaced: create it empty, then fill it.
		u := uriFromPath(path)
		changes = append(changes,
			createFile{Kind: "create", URI: u, Options: &createFileOptions{Overwrite: true}},
			protocol.TextDocumentEdit{
				TextDocument: protocol.OptionalVersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: u}},
				Edits:        []protocol.TextEdit{{NewText: string(text)}},
			})
	}
	var result applyWorkspaceEditResult
	params := &applyWorkspaceEditParams{
		Label: "Generate " + filepath.Base(path),
		Edit:  workspaceEdit{DocumentChanges: changes},
	}
	// Applying an edit may wait for the user's confirmation.
	if err := w.s.client.callWithin(ctx, 6*w.s.opts.ClientTimeout, "workspace/applyEdit", params, &result); err != nil {
		return fmt.Errorf("the editor did not apply the edit to %s: %w", filepath.Base(path), err)
	}
	if !result.Applied {
		reason := result.FailureReason
		if reason == "" {
			reason = "no reason given"
		}
		return fmt.Errorf("the editor refused the edit to %s: %s", filepath.Base(path), reason)
	}
	if doc != nil {
		w.awaitVersionAfter(ctx, path, doc.version)
	}
	return nil
}

// versionWait bounds how long a write waits for the editor's didChange.
const versionWait = 2 * time.Second

// awaitVersionAfter waits, briefly, until the buffer at path has a newer
// version than version: the editor reports the applied edit with a
// didChange that may arrive after its applyEdit reply, and a next write
// (a repair round) must address the buffer's new version or the editor
// rejects it.
func (w *editWriter) awaitVersionAfter(ctx context.Context, path string, version int32) {
	deadline := time.Now().Add(versionWait)
	for time.Now().Before(deadline) && ctx.Err() == nil {
		doc := w.s.docs.snapshot().document(path)
		if doc == nil || doc.version != version {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	w.s.logf("no didChange for %s after the applied edit; going on", filepath.Base(path))
}
