package sany

import (
	"fmt"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/pluscal"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/semantic"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// pluscalWarnings validates the PlusCal translations of the root module
// and of every module loaded through EXTENDS, as SANY does while loading
// (not those loaded only through INSTANCE). SANY gives these warnings
// without a location, once per module.
func pluscalWarnings(l *loader, root *loadedModule) []Diagnostic {
	if root == nil {
		return nil
	}
	extended := map[string]bool{}
	for _, m := range l.order {
		for _, id := range moduleExtends(m) {
			extended[id] = true
		}
	}
	var out []Diagnostic
	done := map[*loadedModule]bool{}
	check := func(m *loadedModule) {
		if m == nil || done[m] || m.standard || m.lineOffset != 0 {
			return
		}
		done[m] = true
		if d, ok := pluscalWarning(m); ok {
			out = append(out, d)
		}
	}
	check(root)
	for _, m := range l.order {
		if extended[m.name] {
			check(m)
		}
	}
	return out
}

// moduleExtends lists the names that the EXTENDS clauses of m and of
// the modules nested in it list.
func moduleExtends(m *loadedModule) []string {
	var out []string
	ast.Inspect(m.ast, func(n ast.Node) bool {
		if n, ok := n.(*ast.Module); ok {
			for _, id := range n.Extends {
				out = append(out, id.Name)
			}
		}
		return true
	})
	return out
}

// pluscalWarning validates the translation in module m's text.
func pluscalWarning(m *loadedModule) (Diagnostic, bool) {
	first := m.file.SANYPosition(m.ast.Start).Line
	last := m.file.LineCount()
	if m.ast.EndPos > m.ast.Start {
		last = m.file.SANYPosition(m.ast.EndPos - 1).Line
	}
	r := pluscal.Validate(m.file.Text(), first, last)
	var code semantic.Code
	var msg string
	switch r.Divergence {
	case pluscal.BothChanged:
		code = semantic.CodePlusCalAlgorithmAndTranslationChangedSinceLastTranslation
		msg = fmt.Sprintf("Both the PlusCal algorithm and its TLA+ translation in module %s have changed since the last translation.", m.name)
	case pluscal.TranslationChanged:
		code = semantic.CodePlusCalTranslationChangedSinceLastTranslation
		msg = fmt.Sprintf("The TLA+ translation in module %s has changed since its last translation.", m.name)
	case pluscal.AlgorithmChanged:
		code = semantic.CodePlusCalAlgorithmChangedSinceLastTranslation
		msg = fmt.Sprintf("The PlusCal algorithm in module %s has changed since its last translation.", m.name)
	default:
		return Diagnostic{}, false
	}
	return Diagnostic{Path: m.path, Module: m.name, Pos: token.NoPos, End: token.NoPos,
		Severity: SeverityWarning, Kind: KindModule, Code: code, Message: msg}, true
}
