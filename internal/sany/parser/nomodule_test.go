package parser

import (
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// TestNoModuleHeader: SANY's CompilationUnit needs a module, so a file
// without a "---- MODULE" line fails where JavaCC puts end of file: on
// the last character read (the final newline when there is one), in
// SANY's columns (a TAB to the next multiple of 8).
func TestNoModuleHeader(t *testing.T) {
	for _, c := range []struct {
		src       string
		line, col int
	}{
		{"EXTENDS Naturals\nVARIABLE x\n\nInit == x = 0\n\nNext == x' = x + 1\n\nSpec == Init /\\ [][Next]_x   \n", 8, 30},
		{"no header\n\tx", 2, 9},             // no final newline: the last character itself
		{"---- not a header\n==== \n", 2, 6}, // dashes and equals outside a module are prose
		{"x", 1, 1},
		{"", 1, 1},
	} {
		for _, mode := range []Mode{0, Recover | AllErrors} {
			f := token.NewFile("M.tla", []byte(c.src))
			file, errs := ParseFileMode(f, mode)
			if len(errs) != 1 || len(file.Modules) != 0 {
				t.Errorf("%q mode %d: %d modules, errors %v; want one error", c.src, mode, len(file.Modules), errs)
				continue
			}
			p := f.SANYPosition(errs[0].Pos)
			if p.Line != c.line || p.Column != c.col || errs[0].Msg != "expected ---- MODULE, found end of file" {
				t.Errorf("%q mode %d: %d:%d %q; want %d:%d", c.src, mode, p.Line, p.Column, errs[0].Msg, c.line, c.col)
			}
		}
	}
}
