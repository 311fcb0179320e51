package tlc

import (
	"math/big"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// literalOutOfRange finds a number literal TLC refuses before it checks
// anything: TLC's SpecProcessor.processConstants turns every literal of
// every module into a value at start-up, used or not, and stops with
// "TLC can't handle a number this big." for an integer beyond 2^31-1
// (written -2147483648 is the negation of such a literal) and "TLC can't
// handle real numbers." for a decimal. It returns that error, or nil.
func literalOutOfRange(prog *sany.Program) *Violation {
	for _, m := range prog.Modules {
		if m.Standard || m.AST == nil {
			continue
		}
		var found *Violation
		ast.Inspect(m.AST, func(n ast.Node) bool {
			if found != nil {
				return false
			}
			lit, ok := n.(*ast.NumberLit)
			if !ok {
				return true
			}
			msg := ""
			if lit.IsReal {
				msg = "TLC can't handle real numbers.\n" + lit.Text
			} else if v, ok := new(big.Int).SetString(lit.Value, 10); !ok || !v.IsInt64() || v.Int64() > value.MaxInt {
				msg = "TLC can't handle a number this big.\n" + lit.Text
			}
			if msg != "" {
				pos := m.File.SANYPosition(lit.ValuePos)
				found = &Violation{Kind: KindRuntime, Message: msg, Line: pos.Line, Column: pos.Column, Path: m.Path}
			}
			return true
		})
		if found != nil {
			return found
		}
	}
	return nil
}
