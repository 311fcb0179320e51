package langservice

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// FoldKind says what a folding range holds.
type FoldKind int

const (
	FoldRegion  FoldKind = iota // a definition, a proof, the PlusCal algorithm
	FoldComment                 // a block comment
)

// FoldingRange is a foldable span of lines (1-based, inclusive).
type FoldingRange struct {
	StartLine, EndLine int
	Kind               FoldKind
}

var (
	pluscalStartRE = lazy.Regexp(`--(?:fair\s+)?algorithm\b`)
	translationRE  = lazy.Regexp(`\\\*\s*BEGIN TRANSLATION`)
	endTranslRE    = lazy.Regexp(`\\\*\s*END TRANSLATION`)
)

// FoldingRanges returns the foldable spans of the file at path:
// definitions and theorems spanning several lines, proofs and their steps,
// block comments, the PlusCal algorithm and its translation.
func (s *Spec) FoldingRanges(path string) []FoldingRange {
	m := s.Analysis.ModuleAt(path)
	if m == nil || m.File == nil {
		return nil
	}
	f := m.File
	var out []FoldingRange
	add := func(pos, end token.Pos, kind FoldKind) {
		a, b := lineOf(f, pos), lineOf(f, max(end-1, pos))
		if b > a {
			out = append(out, FoldingRange{StartLine: a, EndLine: b, Kind: kind})
		}
	}
	for _, am := range s.Analysis.Modules {
		if am.Path != path || am.AST == nil {
			continue
		}
		ast.Inspect(am.AST, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.OpDef, *ast.FuncDef, *ast.ModuleDef, *ast.Assume, *ast.Module:
				add(n.Pos(), n.End(), FoldRegion)
				return true
			case *ast.Theorem:
				add(n.Pos(), n.End(), FoldRegion)
				return true
			case *ast.StepsProof, *ast.TerminalProof, *ast.Step:
				add(n.Pos(), n.End(), FoldRegion)
				return true
			case *ast.LetExpr:
				add(n.Pos(), n.End(), FoldRegion)
				return true
			}
			_, isUnit := n.(ast.Unit)
			_, isExpr := n.(ast.Expr)
			return !isExpr || isUnit
		})
	}
	text := f.Text()
	for _, c := range commentRanges(text, 0) {
		add(c[0], c[1], FoldComment)
		if loc := pluscalStartRE().FindIndex(text[c[0]:c[1]]); loc != nil {
			add(c[0]+token.Pos(loc[0]), c[1], FoldRegion)
		}
	}
	if b := translationRE().FindIndex(text); b != nil {
		if e := endTranslRE().FindIndex(text[b[1]:]); e != nil {
			add(token.Pos(b[0]), token.Pos(b[1]+e[1]), FoldRegion)
		}
	}
	return out
}
