package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

func handleDidOpen(_ context.Context, s *Server, params json.RawMessage) {
	var p protocol.DidOpenTextDocumentParams
	if err := decodeParams("textDocument/didOpen", params, &p); err != nil {
		s.logf("%v", err)
		return
	}
	path, ok := pathFromURI(p.TextDocument.URI)
	if !ok {
		return // only files on disk take part in checking and generation
	}
	doc := &document{
		uri:     p.TextDocument.URI,
		path:    path,
		version: p.TextDocument.Version,
		file:    token.NewFile(path, []byte(p.TextDocument.Text)),
	}
	s.docs.update(func(docs map[string]*document) { docs[path] = doc })
	s.diags.textChanged(path, false)
}

func handleDidChange(_ context.Context, s *Server, params json.RawMessage) {
	var p didChangeParams
	if err := decodeParams("textDocument/didChange", params, &p); err != nil {
		s.logf("%v", err)
		return
	}
	path, ok := pathFromURI(p.TextDocument.URI)
	if !ok {
		return
	}
	changed := false
	s.docs.update(func(docs map[string]*document) {
		old := docs[path]
		if old == nil {
			s.logf("didChange for %s, which is not open", path)
			return
		}
		docs[path] = &document{
			uri:     old.uri,
			path:    path,
			version: p.TextDocument.Version,
			file:    applyChanges(old.file, p.ContentChanges),
		}
		changed = true
	})
	if changed {
		s.diags.textChanged(path, true)
	}
}

// applyChanges applies didChange content changes in order: each range is
// relative to the text left by the previous change.
func applyChanges(f *token.File, changes []contentChange) *token.File {
	for _, c := range changes {
		if c.Range == nil {
			f = token.NewFile(f.Name(), []byte(c.Text))
			continue
		}
		start := f.OffsetOfLSP(lspToPosition(c.Range.Start))
		end := f.OffsetOfLSP(lspToPosition(c.Range.End))
		if end < start {
			start, end = end, start
		}
		old := f.Text()
		text := make([]byte, 0, len(old)-int(end-start)+len(c.Text))
		text = append(text, old[:start]...)
		text = append(text, c.Text...)
		text = append(text, old[end:]...)
		f = token.NewFile(f.Name(), text)
	}
	return f
}

// lspToPosition converts a protocol position to the mapper's form.
func lspToPosition(p protocol.Position) token.LSPPosition {
	return token.LSPPosition{Line: int(p.Line), Character: int(p.Character)}
}

func handleDidSave(_ context.Context, s *Server, params json.RawMessage) {
	var p protocol.DidSaveTextDocumentParams
	if err := decodeParams("textDocument/didSave", params, &p); err != nil {
		s.logf("%v", err)
		return
	}
	path, ok := pathFromURI(p.TextDocument.URI)
	switch {
	case !ok:
	case isTLAPath(path):
		s.diags.textChanged(path, false)
		s.diags.saved(path)
		s.modelCheckOnSave(path)
	default:
		s.diags.otherFileSaved()
	}
}

func handleDidClose(_ context.Context, s *Server, params json.RawMessage) {
	var p protocol.DidCloseTextDocumentParams
	if err := decodeParams("textDocument/didClose", params, &p); err != nil {
		s.logf("%v", err)
		return
	}
	path, ok := pathFromURI(p.TextDocument.URI)
	if !ok {
		return
	}
	s.docs.update(func(docs map[string]*document) { delete(docs, path) })
	s.diags.closed(path)
}
