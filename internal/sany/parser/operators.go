package parser

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/op"

// opInfo is an operator's precedence range and associativity, from
// op.Table (SANY's tla2sany.parser.Operators). An operator binds tighter
// than another when its whole range is above the other's; overlapping
// ranges conflict.
type opInfo struct {
	prec op.Prec
	left bool // left-associative
}

// infoOf returns the precedence of the operator with canonical name name;
// a name no operator has gets the zero opInfo.
func infoOf(name string) opInfo {
	if o := op.ByName(name); o != nil {
		return opInfo{o.Prec, o.Left}
	}
	return opInfo{}
}

// fcnApply is SANY's FcnOp: function application f[x] on the operator
// stack, a left-associative postfix "[".
var fcnApply = opInfo{op.FcnApply, true}

// prefixMinus is the precedence of "-." (prefix minus in an expression).
func prefixMinus() opInfo { return infoOf("-.") }

// binds reports SANY's succ: left binds tighter than right.
func binds(left, right opInfo) bool { return left.prec.Binds(right.prec) }

// yields reports SANY's prec: right binds tighter than left.
func yields(left, right opInfo) bool { return left.prec.Yields(right.prec) }
