package semantic

import (
	"strconv"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
)

// selectOperands follows the structural selectors of Op!1!<<!>>... from
// the body of the named definition or step statement, as SANY's
// selectorToNode does for operator applications: a selector must name an
// operand the expression has (ArgNum), or SANY reports "Nonexistent
// operand". Expressions of other shapes (quantifiers, LET, CASE, EXCEPT,
// records, ...) and selectors other than numbers, << and >> end the
// check without a verdict. It reports whether it found an error.
func (c *checker) selectOperands(body ast.Expr, parts []*ast.NamePart) bool {
	node := body
	for _, part := range parts {
		var sel int
		switch part.Kind {
		case ast.PartNumber:
			n, err := strconv.Atoi(part.Name)
			if err != nil {
				return false
			}
			sel = n
		case ast.PartLAngle:
			sel = selFirst
		case ast.PartRAngle:
			sel = selSecond
		default:
			return false
		}
		ops, known := operands(node)
		if !known {
			return false
		}
		i := argNum(sel, len(ops))
		if i < 0 {
			c.errorf(part.Pos(), part.PartEnd, CodeUnsupportedLanguageFeature,
				"Nonexistent operand specified by `%s'.", part.Name)
			return true
		}
		node = ops[i]
	}
	return false
}

// Selectors that are not numbers (SANY's LLSel and GGSel).
const (
	selFirst  = -1 // <<
	selSecond = -2 // >>
)

// argNum is SANY's ArgNum made 0-based: the operand a selector names
// among arity operands, or -1. << is the first of any; >> only the second
// of two.
func argNum(sel, arity int) int {
	switch {
	case sel > 0 && sel <= arity:
		return sel - 1
	case sel == selFirst && arity > 0:
		return 0
	case sel == selSecond && arity == 2:
		return 1
	}
	return -1
}

// operands lists the operands SANY's semantic tree gives an operator
// application, for the shapes whose operands are plain subexpressions;
// known is false for any other shape.
func operands(x ast.Expr) (ops []ast.Expr, known bool) {
	for {
		p, ok := x.(*ast.Paren)
		if !ok {
			break
		}
		x = p.X
	}
	switch x := x.(type) {
	case *ast.OpApp:
		return x.Args, true
	case *ast.Ident:
		return nil, true
	case *ast.JunctionList:
		return x.Items, true
	case *ast.SetEnum:
		return x.Elems, true
	case *ast.Tuple:
		return x.Elems, true
	case *ast.IfExpr:
		return []ast.Expr{x.Cond, x.Then, x.Else}, true
	case *ast.FuncSet:
		return []ast.Expr{x.Domain, x.Range}, true
	case *ast.ActionExpr:
		return []ast.Expr{x.Action, x.Sub}, true
	case *ast.Fairness:
		return []ast.Expr{x.Sub, x.Action}, true
	case *ast.FuncApp:
		if len(x.Args) == 1 {
			return []ast.Expr{x.Fn, x.Args[0]}, true
		}
	}
	return nil, false
}

// qedStatement stands for the statement of a QED step, an operator
// application without operands in SANY's tree.
var qedStatement ast.Expr = &ast.Tuple{}
