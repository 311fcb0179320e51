package eval

import (
	"fmt"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// boolSite is a place where TLC requires a boolean, with the words of
// TLC's error for a value that is not one there: each construct of
// Tool.eval, getInitStates and getNextStates words its own, and names
// its own range.
type boolSite struct {
	at    src
	span  Span
	words boolWords
}

// boolWords chooses TLC's message for a boolSite.
type boolWords uint8

const (
	asCondition boolWords = iota // no construct of TLC's in particular
	asConjItem                   // an item of a /\ list
	asDisjItem                   // an item of a \/ list
	asAndP                       // the left side of P /\ Q
	asAndQ
	asOrP
	asOrQ
	asImpliesP
	asImpliesQ
	asEquiv       // either side of P <=> Q
	asIfCond      // the condition of an IF
	asCaseGuard   // a guard of a CASE
	asQuantBody   // the body of \A or \E
	asFilter      // P of {x \in S : P}
	asNotArg      // the argument of ~
	asStepTest    // a condition of the initial predicate or of an action
	asStepIf      // the condition of an IF there
	asStepCase    // a guard of a CASE there
	asStepImplies // P of P => Q there
)

// newBoolSite is the site of e (its range, as TLC names it) with words.
func newBoolSite(e ast.Expr, s *scope, words boolWords) *boolSite {
	return &boolSite{at: s.mod.src(e.Pos()), span: exprSpan(e, s.mod), words: words}
}

// spanning is the range from the start of a to the end of b.
func spanning(a, b ast.Expr, s *scope) Span {
	return Span{Start: exprSpan(a, s.mod).Start, End: exprSpan(b, s.mod).End}
}

// test is v as a boolean, failing with the site's message; ctx tells
// the initial predicate's evaluation from an action's.
func (b *boolSite) test(ctx *Ctx, v Value) bool {
	if x, ok := v.(value.Bool); ok {
		return bool(x)
	}
	b.fail(ctx, v)
	return false
}

func (b *boolSite) fail(ctx *Ctx, v Value) {
	kind, span := tlcKind(v), b.span
	computing := "next states"
	if ctx != nil && ctx.initMode {
		computing = "initial states"
	}
	var msg string
	switch b.words {
	case asConjItem:
		msg = fmt.Sprintf("A non-boolean expression (%s) was used as a formula in a conjunction.\n%s", kind, span)
	case asDisjItem:
		msg = fmt.Sprintf("A non-boolean expression (%s) was used as a formula in a disjunction.\n%s", kind, span)
	case asAndP, asAndQ, asOrP, asOrQ, asImpliesP, asImpliesQ:
		form := map[boolWords]string{asAndP: `P /\ Q when P`, asAndQ: `P /\ Q when Q`, asOrP: `P \/ Q when P`,
			asOrQ: `P \/ Q when Q`, asImpliesP: "P => Q when P", asImpliesQ: "P => Q when Q"}[b.words]
		msg = fmt.Sprintf("Attempted to evaluate an expression of form %s was\n%s.\n%s", form, kind, span)
	case asEquiv:
		msg = fmt.Sprintf("Attempted to evaluate an expression of form P <=> Q when P or Q was not a boolean.\n%s", span)
	case asIfCond:
		msg = fmt.Sprintf("A non-boolean expression (%s) was used as the condition of an IF.\n%s", kind, span)
	case asCaseGuard:
		msg = fmt.Sprintf("A non-boolean expression (%s) was used as a condition of a CASE. %s", kind, span)
	case asQuantBody:
		msg = fmt.Sprintf("TLC expected a boolean value, but did not find one. %s", span)
	case asFilter:
		msg = fmt.Sprintf("Attempted to evaluate an expression of form {x \\in S : P(x)} when P was %s.\n%s", kind, span)
	case asNotArg:
		msg = fmt.Sprintf("Attempted to apply the operator ~ to a non-boolean\n(%s)\n%s", kind, span)
	case asStepTest:
		// TLC prints the value unformatted here (bval.toString()).
		msg = fmt.Sprintf("In computing %s, TLC expected a boolean expression,\nbut instead found %s.\n%s", computing, value.Print(v), span)
	case asStepIf:
		sep := "\n"
		if computing == "next states" {
			sep = "" // so in getNextStates
		}
		msg = fmt.Sprintf("In computing %s, a non-boolean expression (%s) was used as the condition of an IF.%s%s", computing, kind, sep, span)
	case asStepImplies:
		if computing == "next states" {
			msg = fmt.Sprintf("In computing next states of a predicate of the form P => Q, P was\n%s.\n%s", kind, span)
		} else {
			msg = fmt.Sprintf("In computing initial states of a predicate of form P => Q, P was %s\n.%s", kind, span)
		}
	case asStepCase:
		msg = fmt.Sprintf("In computing %s, a non-boolean expression (%s) was used as a guard condition of a CASE.\n%s", computing, kind, span)
	default:
		fail(b.at, "A non-boolean expression (%s) was used as a condition:\n%s", kindName(v), value.Ppr(v))
	}
	panic(&Error{Msg: msg, Pos: span.Start, Whole: true})
}

// notBoolean is TLC's error for a predicate of the model (an invariant,
// a constraint) whose value v is not a boolean (Tool.isValid).
func (e *Expr) notBoolean(v Value) error {
	if e.Span.Start.Line == 0 {
		return &Error{Msg: fmt.Sprintf("The value of %s is not a boolean:\n%s", e.Name, value.Ppr(v)), Pos: e.Pos}
	}
	return &Error{Msg: fmt.Sprintf("TLC expected a boolean value, but did not find one. %s", e.Span), Pos: e.Span.Start, Whole: true}
}
