package langservice_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// FuzzFeatures runs every feature at many offsets of arbitrary text,
// parsed or not: none may panic.
func FuzzFeatures(f *testing.F) {
	for _, seed := range []string{
		"---- MODULE M ----\nVARIABLE x\nInit == x = 0\nNext == x' = x + 1\n====\n",
		"---- MODULE M ----\nEXTENDS Naturals\nF(a, b) == LET c == a IN \\E d \\in {c} : d = b\nG == F(1, \n====\n",
		"---- MODULE M ----\nTHEOREM T == TRUE\n<1>1. TRUE\n  OBVIOUS\n<1>2. QED BY <1>1\n====\n",
		"---- MODULE M ----\nI == INSTANCE Naturals\nX == I!+(1, 2) \\* c\n(* b (* n *) *)\n====\n",
		"---- MODULE M ----\nVARIABLE r\nTypeOK == r \\in [a: {1}]\nU == r.\n====\n",
	} {
		f.Add(seed)
	}
	dir := f.TempDir()
	path := filepath.Join(dir, "M.tla")
	f.Fuzz(func(t *testing.T, text string) {
		a, err := sany.Analyze(context.Background(), sany.Config{Overlay: sany.Overlay{path: []byte(text)}}, path)
		if err != nil || a.Root == nil {
			return
		}
		s := langservice.New(a)
		s.DocumentSymbols(path)
		s.SemanticTokens(path)
		s.FoldingRanges(path)
		langservice.WorkspaceSymbols([]*langservice.Spec{s}, "a")
		for off := 0; off <= len(text); off += 1 + len(text)/40 {
			p := token.Pos(off)
			s.Definition(path, p)
			s.Hover(path, p)
			s.References(path, p, true)
			_, _, _ = s.PrepareRename(path, p, langservice.RenameOptions{})
			_, _ = s.Rename(path, p, "Renamed", langservice.RenameOptions{})
			s.Complete(path, p, langservice.CompleteOptions{})
			s.SignatureHelp(path, p)
			s.QuickFixes(path, langservice.Problem{Pos: p, End: p + 1, Message: "Unknown operator: `x'. Did you mean `y'?"})
		}
		for _, d := range a.Diagnostics {
			if d.File != nil {
				s.QuickFixes(path, langservice.Problem{Pos: d.Pos, End: d.End, Message: d.Message})
			}
		}
	})
}
