package parser

import (
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// TestLabelledAssumeProveKeepsLabel checks that "lab:: ASSUME ... PROVE"
// inside an ASSUME keeps its label in the tree.
func TestLabelledAssumeProveKeepsLabel(t *testing.T) {
	src := "---- MODULE M ----\nTHEOREM ASSUME NEW P, inner:: ASSUME P PROVE P PROVE P\n===="
	f, errs := ParseFile(token.NewFile("M.tla", []byte(src)))
	if len(errs) > 0 {
		t.Fatalf("unexpected error: %v", errs)
	}
	th := f.Modules[0].Units[0].(*ast.Theorem)
	outer := th.Body.(*ast.AssumeProve)
	inner, ok := outer.Assumps[1].(*ast.AssumeProve)
	if !ok {
		t.Fatalf("second assumption is %T, want *ast.AssumeProve", outer.Assumps[1])
	}
	if inner.Label == nil || inner.Label.Name != "inner" {
		t.Fatalf("label = %v, want inner", inner.Label)
	}
	if want := token.Pos(len("---- MODULE M ----\nTHEOREM ASSUME NEW P, ")); inner.Pos() != want || inner.Colons != want+5 {
		t.Errorf("labelled ASSUME at %d (:: at %d), want %d (%d)", inner.Pos(), inner.Colons, want, want+5)
	}
}

// TestSoftErrorsComeFirst checks that errors SANY records without stopping
// ("@ used in !.@", a fairness operator with several arguments) are
// reported before the error that stops the parse, in source order, and
// that "@ used in !.@" is flagged as having no location in SANY.
func TestSoftErrorsComeFirst(t *testing.T) {
	src := "---- MODULE M ----\nA == [f EXCEPT !.@ = 1]\nB == WF_v(A, A)\nC == 1 +\n===="
	_, errs := ParseFile(token.NewFile("M.tla", []byte(src)))
	if len(errs) != 3 {
		t.Fatalf("got %d errors %v, want 3", len(errs), errs)
	}
	if errs[0].Msg != "@ used in !.@" || !errs[0].NoLocation {
		t.Errorf("first error %+v, want @ used in !.@ without location", errs[0])
	}
	if errs[1].NoLocation || errs[1].Pos >= errs[2].Pos {
		t.Errorf("errors out of order: %+v then %+v", errs[1], errs[2])
	}
}

// TestBracketList checks that [a, b] parses as SANY's function
// application without a function, for the semantic checker to reject.
func TestBracketList(t *testing.T) {
	src := "---- MODULE M ----\nA == [1, x + 1]\n===="
	f, errs := ParseFile(token.NewFile("M.tla", []byte(src)))
	if len(errs) > 0 {
		t.Fatalf("unexpected error: %v", errs)
	}
	b, ok := f.Modules[0].Units[0].(*ast.OpDef).Body.(*ast.BracketList)
	if !ok {
		t.Fatalf("body is %T, want *ast.BracketList", f.Modules[0].Units[0].(*ast.OpDef).Body)
	}
	if len(b.Elems) != 2 || int(b.Lbrack) != len("---- MODULE M ----\nA == ") || int(b.End()) != len(src)-len("\n====") {
		t.Errorf("bracket list %+v spans [%d,%d)", b, b.Pos(), b.End())
	}
}
