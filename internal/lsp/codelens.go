package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/actions"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/draft"
)

// locationArgs is the argument of tlaGen.openLocation: a place to show.
type locationArgs struct {
	URI   protocol.DocumentURI `json:"uri"`
	Range protocol.Range       `json:"range"`
}

// handleCodeLens links a generated spec and its source (actions.Trace):
// above each action of the spec that models a core function,
// "↔ <function> (<file>:<line>)"; above each core function of a source
// file, "→ <Action> in <Module>.tla" for every spec generated from it.
// Each lens runs tlaGen.openLocation to show the other side.
func handleCodeLens(_ context.Context, s *Server, params json.RawMessage) (any, error) {
	var p protocol.CodeLensParams
	if err := decodeParams("textDocument/codeLens", params, &p); err != nil {
		return nil, err
	}
	lenses := []protocol.CodeLens{}
	path, ok := pathFromURI(p.TextDocument.URI)
	if !ok {
		return lenses, nil
	}
	if isTLAPath(path) {
		lenses = append(lenses, s.modelCheckLenses(path)...)
		for _, l := range s.traceSpec(path) {
			title := fmt.Sprintf("↔ %s (%s:%d)", l.Function, filepath.Base(l.Source.Path), l.Source.From.Line+1)
			lenses = append(lenses, lens(spanRange(l.Spec), title, l.Source))
		}
		return lenses, nil
	}
	if isCfgPath(path) {
		return s.modelCheckLenses(path), nil
	}
	for _, spec := range actions.SpecsFromSource(path) {
		module := filepath.Base(spec)
		for _, l := range s.traceSpec(spec) {
			if filepath.Clean(l.Source.Path) != path {
				continue
			}
			lenses = append(lenses, lens(spanRange(l.Source), fmt.Sprintf("→ %s in %s", l.Action, module), l.Spec))
		}
	}
	return lenses, nil
}

// lens is a code lens at r that opens target.
func lens(r protocol.Range, title string, target actions.Span) protocol.CodeLens {
	return protocol.CodeLens{
		Range: r,
		Command: &protocol.Command{
			Title:     title,
			Command:   commandOpenLocation,
			Arguments: []any{locationArgs{URI: uriFromPath(target.Path), Range: spanRange(target)}},
		},
	}
}

func spanRange(sp actions.Span) protocol.Range {
	return protocol.Range{Start: toProtocolPosition(sp.From), End: toProtocolPosition(sp.To)}
}

// traceSpec links the spec at path to the source and draft its
// origin.json names, reading open buffers over the files on disk so that
// the ranges match what the user sees. A spec with no recorded draft has
// no links.
func (s *Server) traceSpec(spec string) []actions.Link {
	source, draftPath, ok := actions.ReadOrigin(spec)
	if !ok || draftPath == "" {
		return nil
	}
	snap := s.docs.snapshot()
	read := func(p string) ([]byte, bool) {
		if doc := snap.document(filepath.Clean(p)); doc != nil {
			return doc.file.Text(), true
		}
		data, err := os.ReadFile(p)
		return data, err == nil
	}
	sourceText, ok1 := read(source)
	specText, ok2 := read(spec)
	draftText, ok3 := read(draftPath)
	if !ok1 || !ok2 || !ok3 {
		return nil
	}
	return actions.TraceTexts(filepath.Clean(source), sourceText, spec, specText, draft.Parse(string(draftText)))
}

// openLocation runs tlaGen.openLocation: it asks the editor to show the
// place (window/showDocument with a selection). Without showDocument
// support it returns the location for the client to open.
func (s *Server) openLocation(ctx context.Context, args locationArgs) (any, error) {
	if _, ok := pathFromURI(args.URI); !ok {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s is not a file", args.URI)
	}
	if !s.capabilities().showDocument {
		return protocol.Location{URI: args.URI, Range: args.Range}, nil
	}
	var shown showDocumentResult
	selection := args.Range
	err := s.client.call(ctx, "window/showDocument", &showDocumentParams{URI: args.URI, TakeFocus: true, Selection: &selection}, &shown)
	if err != nil {
		return nil, fmt.Errorf("the editor did not show %s: %w", args.URI, err)
	}
	return protocol.Location{URI: args.URI, Range: args.Range}, nil
}
