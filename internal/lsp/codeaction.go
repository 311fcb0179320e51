package lsp

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"

	"go.lsp.dev/protocol"
)

// generateArgs is the single argument of tlaGen.generateSpec.
type generateArgs struct {
	URI      protocol.DocumentURI `json:"uri"`
	DraftURI protocol.DocumentURI `json:"draftUri,omitempty"`
	Force    bool                 `json:"force,omitempty"`
	// CoreOnly sends only the draft's core functions (see
	// actions.GenerateRequest.CoreOnly).
	CoreOnly bool `json:"coreOnly,omitempty"`
}

// handleCodeAction offers, on any source file that is not a TLA+ module:
// "Generate TLA+ spec from <draft>" when a draft exists; otherwise
// "Generate draft analysis for <file>" (phase 1, which works offline too)
// and, when a model is configured (it can classify the functions itself),
// "Generate TLA+ spec without a draft". On a TLA+ module it offers the
// quick fixes of the diagnostics the client sends (quickfix.go).
func handleCodeAction(ctx context.Context, s *Server, params json.RawMessage) (any, error) {
	var p protocol.CodeActionParams
	if err := decodeParams("textDocument/codeAction", params, &p); err != nil {
		return nil, err
	}
	out := []protocol.CodeAction{}
	path, ok := pathFromURI(p.TextDocument.URI)
	if !ok || isCfgPath(path) {
		return out, nil
	}
	if isTLAPath(path) {
		fixes, err := s.quickFixes(ctx, p, path) // quickfix.go
		if err != nil {
			return nil, err
		}
		return append(fixes, s.specCodeActions(p, path)...), nil
	}
	eff := s.effective()
	draft, _ := s.opts.FindDraft(path, eff.DraftNames)
	add := func(kind protocol.CodeActionKind, title, command string, preferred bool, arg any) {
		if !kindRequested(p.Context.Only, kind) {
			return
		}
		out = append(out, protocol.CodeAction{
			Title:       title,
			Kind:        kind,
			IsPreferred: preferred,
			Command:     &protocol.Command{Title: title, Command: command, Arguments: []any{arg}},
		})
	}
	if draft != "" {
		add(codeActionKindGenerate, "Generate TLA+ spec from "+filepath.Base(draft), commandGenerateSpec, true,
			generateArgs{URI: p.TextDocument.URI, DraftURI: uriFromPath(draft)})
		return out, nil
	}
	add(codeActionKindGenerateDraft, "Generate draft analysis for "+filepath.Base(path), commandGenerateDraft, true,
		generateArgs{URI: p.TextDocument.URI})
	if eff.UsesModel() {
		add(codeActionKindGenerate, "Generate TLA+ spec without a draft (the model classifies the functions)", commandGenerateSpec, false,
			generateArgs{URI: p.TextDocument.URI})
	}
	return out, nil
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
