package eval

import (
	"fmt"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// Span is a source range: its first and its last character (inclusive,
// as TLC prints "line 6, col 9 to line 6, col 27 of module M").
type Span struct {
	Start, End Position
}

// String is the span as TLC's Location prints it: "line 6, col 14 to
// line 6, col 42 of module M".
func (s Span) String() string {
	return fmt.Sprintf("line %d, col %d to line %d, col %d of module %s", s.Start.Line, s.Start.Column, s.End.Line, s.End.Column, s.Start.Module)
}

// actionSpan is where TLC locates an action in a trace: the expression
// the next-state relation was split down to, or, when that is a call of
// a definition, the definition's body.
func actionSpan(e ast.Expr, m *modCtx) Span {
	x := unparen(e)
	var name string
	switch c := x.(type) {
	case *ast.Ident:
		name = c.Name
	case *ast.OpApp:
		if c.Fix == ast.FixNone {
			name = c.Op.Name
		}
	}
	if g := m.globals[name]; name != "" && g != nil && g.kind == gDef && g.def.body != nil && g.def.mod != nil {
		return exprSpan(g.def.body, g.def.mod)
	}
	return exprSpan(e, m)
}

func exprSpan(e ast.Expr, m *modCtx) Span {
	if m.file == nil {
		return Span{Start: Position{Module: m.name}, End: Position{Module: m.name}}
	}
	start := m.file.SANYPosition(e.Pos())
	end := m.file.SANYLastPosition(e.Pos(), e.End())
	return Span{
		Start: Position{Path: m.file.Name(), Module: m.name, Line: start.Line, Column: start.Column},
		End:   Position{Path: m.file.Name(), Module: m.name, Line: end.Line, Column: end.Column},
	}
}

// actionLabel is TLC's name for an action split from a definition applied
// to constant arguments (Action.getLocation): "Enter(p1)", "Send(1,\"a\")".
func actionLabel(name string, args []Value) string {
	if len(args) == 0 {
		return name
	}
	parts := make([]string, len(args))
	for i, v := range args {
		parts[i] = value.Print(v)
	}
	return name + "(" + strings.Join(parts, ",") + ")"
}
