package lsp

import (
	"context"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// quickFixes answers textDocument/codeAction on a module: the fixes of
// the diagnostics the client sends with the request (ours: sources sany
// and tla-gen).
func (s *Server) quickFixes(ctx context.Context, p protocol.CodeActionParams, path string) ([]protocol.CodeAction, error) {
	out := []protocol.CodeAction{}
	if !kindRequested(p.Context.Only, protocol.QuickFix) {
		return out, nil
	}
	sp, _, err := s.spec(ctx, path)
	if err != nil {
		if ctx.Err() != nil {
			return nil, err
		}
		return out, nil
	}
	m := sp.Analysis.ModuleAt(path)
	if m == nil || m.File == nil {
		return out, nil
	}
	for _, d := range p.Context.Diagnostics {
		if d.Source != diagnosticSource && d.Source != conformanceSource {
			continue
		}
		prob := langservice.Problem{
			Pos:     m.File.OffsetOfLSP(token.LSPPosition{Line: int(d.Range.Start.Line), Character: int(d.Range.Start.Character)}),
			End:     m.File.OffsetOfLSP(token.LSPPosition{Line: int(d.Range.End.Line), Character: int(d.Range.End.Character)}),
			Message: d.Message,
		}
		for _, fix := range sp.QuickFixes(path, prob) {
			edit := s.workspaceEdit(fix.Edits)
			out = append(out, protocol.CodeAction{
				Title:       fix.Title,
				Kind:        protocol.QuickFix,
				Diagnostics: []protocol.Diagnostic{d},
				IsPreferred: fix.Preferred,
				Edit:        &edit,
			})
		}
	}
	return out, nil
}
