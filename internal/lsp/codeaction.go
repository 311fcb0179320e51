package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"go.lsp.dev/protocol"
)

// generateArgs is the single argument of tlaGen.generateSpec.
type generateArgs struct {
	URI      protocol.DocumentURI `json:"uri"`
	DraftURI protocol.DocumentURI `json:"draftUri,omitempty"`
	Force    bool                 `json:"force,omitempty"`
}

// handleCodeAction offers "Generate TLA+ spec from <draft>" on any source
// file that is not a TLA+ module. Without a draft it offers an explanatory
// action instead, whose command tells the user how to write one: a
// disabled action would hide that help in most editors.
func handleCodeAction(_ context.Context, s *Server, params json.RawMessage) (any, error) {
	var p protocol.CodeActionParams
	if err := decodeParams("textDocument/codeAction", params, &p); err != nil {
		return nil, err
	}
	actions := []protocol.CodeAction{}
	path, ok := pathFromURI(p.TextDocument.URI)
	if !ok || isTLAPath(path) || !kindRequested(p.Context.Only, codeActionKindGenerate) {
		return actions, nil
	}
	names := s.effective().DraftNames
	draft, _ := s.opts.FindDraft(path, names)
	args := generateArgs{URI: p.TextDocument.URI}
	title := fmt.Sprintf("Generate TLA+ spec (no draft found: create %s)", expectedDraftName(path, names))
	if draft != "" {
		args.DraftURI = uriFromPath(draft)
		title = "Generate TLA+ spec from " + filepath.Base(draft)
	}
	actions = append(actions, protocol.CodeAction{
		Title: title,
		Kind:  codeActionKindGenerate,
		Command: &protocol.Command{
			Title:     title,
			Command:   commandGenerateSpec,
			Arguments: []any{args},
		},
	})
	return actions, nil
}

// kindRequested reports whether a client's "only" filter lets kind through:
// an empty filter asks for everything, and "source" covers "source.x".
func kindRequested(only []protocol.CodeActionKind, kind protocol.CodeActionKind) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if o == kind || strings.HasPrefix(string(kind), string(o)+".") {
			return true
		}
	}
	return false
}

// expectedDraftName is the first draft name the user could create next to
// the source file at path.
func expectedDraftName(path string, names []string) string {
	if len(names) == 0 {
		return "<file>.draft.md"
	}
	return expandDraftName(names[0], path)
}

// expandDraftName fills the <file> and <stem> placeholders of a draft name.
func expandDraftName(pattern, sourcePath string) string {
	base := filepath.Base(sourcePath)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	return strings.NewReplacer("<file>", base, "<stem>", stem).Replace(pattern)
}
