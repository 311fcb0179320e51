package ast

import (
	"testing"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

func ident(pos int, name string) *Ident {
	return &Ident{NamePos: token.Pos(pos), NameEnd: token.Pos(pos + len(name)), Name: name}
}

func TestInspectVisitsChildrenInSourceOrder(t *testing.T) {
	// x + F(y) written at offsets 0..8: "x + F(y)"
	sum := &OpApp{
		Op:  ident(2, "+"),
		Fix: FixInfix,
		Args: []Expr{
			ident(0, "x"),
			&OpApp{Op: ident(4, "F"), Args: []Expr{ident(6, "y")}, Lparen: 5, Rparen: 7},
		},
	}
	if sum.Pos() != 0 || sum.End() != 8 {
		t.Fatalf("OpApp range = [%d,%d), want [0,8)", sum.Pos(), sum.End())
	}
	var names []string
	Inspect(sum, func(n Node) bool {
		if id, ok := n.(*Ident); ok {
			names = append(names, id.Name)
		}
		return true
	})
	want := []string{"x", "+", "F", "y"}
	if len(names) != len(want) {
		t.Fatalf("visited %v, want %v", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Fatalf("visited %v, want %v", names, want)
		}
	}
}

func TestInspectSkipsNilOptionalChildren(t *testing.T) {
	th := &Theorem{KwPos: 0, Keyword: "THEOREM", Body: ident(8, "P")}
	count := 0
	Inspect(th, func(n Node) bool {
		if n != nil {
			count++
		}
		return true
	})
	if count != 2 {
		t.Fatalf("visited %d nodes, want 2 (theorem and its body)", count)
	}
}
