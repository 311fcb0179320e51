package semantic

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// info is what the level checker knows of an expression: its level, the
// formal parameters of enclosing definitions its level depends on (SANY's
// levelParams) and whether it is level-correct (SANY reports a level error
// only for an operand that is itself level-correct).
type info struct {
	level  Level
	params []*Symbol
	ok     bool
	// shape, for the [] and <> stuttering checks
	opAppl bool // SANY represents the expression as an OpApplNode
	square bool // [A]_v
	angle  bool // <<A>>_v
	// where, for the range of a bound identifier: SANY reports some
	// level errors of a quantifier at its range
	pos, end token.Pos
	// op is the operator given as an operator argument (a definition,
	// an operator parameter or a LAMBDA), for the higher-order checks
	op *Symbol
	// all are the formal parameters of enclosing definitions that occur
	// in the expression, nonLeibniz those among them that occur where
	// substituting equals for equals is not sound (SANY's allParams and
	// nonLeibnizParams: under a prime, ENABLED, [], ... or as such an
	// argument of a definition), which makes a definition non-Leibniz
	all, nonLeibniz []*Symbol
}

func constInfo() info { return info{ok: true, opAppl: true} }

func appendParam(ps []*Symbol, p *Symbol) []*Symbol {
	for _, q := range ps {
		if q == p {
			return ps
		}
	}
	return append(ps, p)
}

func unionParams(a, b []*Symbol) []*Symbol {
	for _, p := range b {
		a = appendParam(a, p)
	}
	return a
}

// spelling returns an operator as written in the source, which SANY's
// messages quote (e.g. "<=" rather than the canonical "\\leq").
func (c *checker) spelling(id *ast.Ident) string {
	if c.file != nil && id.NamePos.IsValid() && int(id.NameEnd) <= c.file.Size() && id.NameEnd > id.NamePos {
		return string(c.file.Text()[id.NamePos:id.NameEnd])
	}
	return id.Name
}

// exprs walks a list of expressions as operands.
func (c *checker) exprs(es []ast.Expr, sc *scope) []info {
	out := make([]info, len(es))
	for i, e := range es {
		out[i] = c.expr(e, sc)
	}
	return out
}

// expr resolves the names in e and computes its level.
func (c *checker) expr(e ast.Expr, sc *scope) info {
	switch e := e.(type) {
	case nil:
		return constInfo()
	case *ast.BadExpr:
		return constInfo()
	case *ast.NumberLit, *ast.StringLit:
		return info{ok: true}
	case *ast.Paren:
		return c.expr(e.X, sc)
	case *ast.Ident:
		return c.ident(e, sc)
	case *ast.OpApp:
		return c.opApp(e, sc)
	case *ast.OpSymbol:
		c.errorf(e.Pos(), e.End(), CodeSuspectedUnreachableCheck,
			"Operator %s used where an expression is required.", c.spelling(e.Op))
		return constInfo()
	case *ast.SubexprName:
		return c.subexprName(e, sc, 0).info
	case *ast.FuncApp:
		fn := c.expr(e.Fn, sc)
		if n := c.functionParams(e.Fn, sc); len(e.Args) >= 2 && n > 0 && n != len(e.Args) {
			// SANY's generateFcnAppl: f[a, b] of a function defined with
			// another number of parameters (one argument may be a tuple).
			c.errorf(e.Pos(), e.End(), CodeFunctionGivenIncorrectNumberOfArguments,
				"Function '%s' is defined with %d parameters, but is applied to %d arguments.",
				functionName(e.Fn), n, len(e.Args))
			return constInfo()
		}
		args := []info{fn}
		args = append(args, c.exprs(e.Args, sc)...)
		return c.applyBuiltin("$FcnApply", e, args)
	case *ast.FieldSel:
		return c.applyBuiltin("$RcdSelect", e, []info{c.expr(e.X, sc), {ok: true}})
	case *ast.IfExpr:
		return c.applyBuiltin("$IfThenElse", e, []info{c.expr(e.Cond, sc), c.expr(e.Then, sc), c.expr(e.Else, sc)})
	case *ast.CaseExpr:
		var args []info
		for _, arm := range e.Arms {
			args = append(args, c.expr(arm.Guard, sc), c.expr(arm.Body, sc))
		}
		if e.Other != nil {
			args = append(args, c.expr(e.Other, sc))
		}
		return c.applyBuiltin("$Case", e, args)
	case *ast.LetExpr:
		inner := newScope(sc)
		for _, d := range e.Defs {
			c.unit(d, inner, false)
		}
		c.undefinedRecursive(inner)
		inf := c.expr(e.Body, inner)
		inf.opAppl = false
		return inf
	case *ast.QuantExpr:
		return c.quant(e, sc)
	case *ast.ChooseExpr:
		inner, ranges := c.bounds([]*ast.Bound{e.Bound}, sc, false)
		body := c.boundBody(e.Body, []*ast.Bound{e.Bound}, inner)
		name := "$UnboundedChoose"
		if e.Bound != nil && e.Bound.Set != nil {
			name = "$BoundedChoose"
		}
		return c.applyRanges(name, e, []info{body}, ranges)
	case *ast.SetEnum:
		return c.applyBuiltin("$SetEnumerate", e, c.exprs(e.Elems, sc))
	case *ast.SetFilter:
		inner, ranges := c.bounds([]*ast.Bound{e.Bound}, sc, false)
		return c.applyRanges("$SubsetOf", e, []info{c.boundBody(e.Pred, []*ast.Bound{e.Bound}, inner)}, ranges)
	case *ast.SetMap:
		inner, ranges := c.bounds(e.Bounds, sc, false)
		return c.applyRanges("$SetOfAll", e, []info{c.boundBody(e.Elem, e.Bounds, inner)}, ranges)
	case *ast.FuncCons:
		inner, ranges := c.bounds(e.Bounds, sc, false)
		return c.applyRanges("$FcnConstructor", e, []info{c.boundBody(e.Body, e.Bounds, inner)}, ranges)
	case *ast.FuncSet:
		return c.applyBuiltin("$SetOfFcns", e, []info{c.expr(e.Domain, sc), c.expr(e.Range, sc)})
	case *ast.RecordCons:
		c.noteRecord(e.Fields, sc)
		return c.applyBuiltin("$RcdConstructor", e, c.fieldValues(e.Fields, sc))
	case *ast.RecordSet:
		c.noteRecord(e.Fields, sc)
		return c.applyBuiltin("$SetOfRcds", e, c.fieldValues(e.Fields, sc))
	case *ast.Except:
		args := []info{c.expr(e.Fn, sc)}
		for _, u := range e.Updates {
			for _, sel := range u.Path {
				args = append(args, c.exprs(sel.Index, sc)...)
			}
			c.exceptDepth++
			c.exceptValueDepth++
			args = append(args, c.expr(u.Value, sc))
			c.exceptValueDepth--
			c.exceptDepth--
		}
		return c.applyBuiltin("$Except", e, args)
	case *ast.At:
		if c.exceptDepth == 0 {
			c.errorf(e.Pos(), e.End(), CodeFunctionExceptAtUsedWhereUndefined, "@ used where its meaning is not defined.")
		}
		return constInfo()
	case *ast.BracketList:
		// SANY parses [a, b] as a function application without a function
		// and rejects it here, at the bracket alone, without looking inside.
		c.errorf(e.Lbrack, e.Lbrack+1, CodeInternalError, "Unsupported expression type `['.")
		return constInfo()
	case *ast.Tuple:
		if e.IdentTuple {
			// SANY's generateExpression meets an N_IdentifierTuple.
			c.errorf(e.Pos(), e.End(), CodeInternalError, "Unexpected token found.")
			c.errorf(e.Pos(), e.End(), CodeUnsupportedLanguageFeature, "Need name or step number here, not `N_IdentifierTuple'.")
			return constInfo()
		}
		return c.applyBuiltin("$Tuple", e, c.exprs(e.Elems, sc))
	case *ast.ActionExpr:
		name := "$SquareAct"
		if e.Angle {
			name = "$AngleAct"
		}
		inf := c.applyBuiltin(name, e, []info{c.expr(e.Action, sc), c.expr(e.Sub, sc)})
		inf.square, inf.angle = !e.Angle, e.Angle
		return inf
	case *ast.Fairness:
		name := "$WF"
		if e.Strong {
			name = "$SF"
		}
		return c.applyBuiltin(name, e, []info{c.expr(e.Sub, sc), c.expr(e.Action, sc)})
	case *ast.Lambda:
		c.errorf(e.Pos(), e.End(), CodeLambdaGivenWhereExpressionRequired, "LAMBDA expression used where an expression is required.")
		return constInfo()
	case *ast.Label:
		return c.labelled(e, nil, sc)
	case *ast.JunctionList:
		name := "$ConjList"
		if e.Op == "\\lor" {
			name = "$DisjList"
		}
		return c.applyBuiltin(name, e, c.exprs(e.Items, sc))
	case *ast.ModuleRef:
		return constInfo()
	}
	return constInfo()
}

// fieldValues walks the values of a record constructor or set of records.
// A field name given twice is an error at the later name, reported
// before the value is walked, as SANY's Generator does.
func (c *checker) fieldValues(fs []*ast.RecordField, sc *scope) []info {
	out := make([]info, len(fs))
	for i, f := range fs {
		for _, g := range fs[:i] {
			if g.Name.Name == f.Name.Name {
				c.errorf(f.Name.Pos(), f.Name.End(), CodeRecordConstructorFieldRedefinition, "Non-unique fields in constructor.")
			}
		}
		out[i] = c.expr(f.Value, sc)
	}
	return out
}

// ident resolves a name used as an expression.
func (c *checker) ident(id *ast.Ident, sc *scope) info {
	sym := sc.lookup(c.stepName(id.Name))
	if sym == nil {
		c.unknown(id.Name, id.Pos(), id.End(), sc)
		return constInfo()
	}
	c.recordUse(id.Pos(), id.End(), sym)
	if sym.Arity > 0 {
		c.errorf(id.Pos(), id.End(), CodeOperatorGivenIncorrectNumberOfArguments,
			"The operator %s requires %d arguments.", id.Name, sym.Arity)
		return constInfo()
	}
	if sym.Kind == KindInstance {
		// I == INSTANCE M names no operator: I!Op does.
		c.errorf(id.Pos(), id.End(), CodeOperatorNameIncomplete, "Operator name %s is incomplete.", id.Name)
		return constInfo()
	}
	if c.proofNameAsExpr(sym, id) {
		return constInfo()
	}
	return c.applySymbol(sym, id, nil)
}

// unknown reports a name that is not declared or defined, suggesting a
// close name in scope or the standard module that defines it.
func (c *checker) unknown(name string, pos, end token.Pos, sc *scope) {
	msg := "Unknown operator: `" + name + "'."
	if hint := suggest(name, sc); hint != "" {
		msg += " " + hint
	}
	c.errorf(pos, end, CodeSymbolUndefined, "%s", msg)
}

// opApp resolves an operator application: Op(a, b), a + b, ~a, a'.
func (c *checker) opApp(e *ast.OpApp, sc *scope) info {
	sym := sc.lookup(e.Op.Name)
	c.recordUse(e.Op.Pos(), e.Op.End(), sym)
	if e.Fix == ast.FixNone {
		if sym == nil {
			c.unknown(e.Op.Name, e.Op.Pos(), e.Op.End(), sc)
			return constInfo()
		}
		if sym.Arity >= 0 && sym.Arity != len(e.Args) {
			c.errorf(e.Lparen, e.Rparen+1, CodeOperatorGivenIncorrectNumberOfArguments,
				"The operator %s requires %d arguments.", e.Op.Name, sym.Arity)
			return constInfo()
		}
		if sym.Kind == KindInstance {
			c.errorf(e.Op.Pos(), e.Op.End(), CodeOperatorNameIncomplete, "Operator name %s is incomplete.", sym.Name)
			return constInfo()
		}
		return c.applySymbol(sym, e, c.args(sym, e.Args, e, e.Op, sc))
	}
	if sym == nil {
		sp := c.spelling(e.Op)
		if e.Fix == ast.FixPrefix && sp == "-" {
			sp = "-."
		}
		c.errorf(e.Op.Pos(), e.Op.End(), CodeSuspectedUnreachableCheck,
			"Could not find declaration or definition of symbol '%s'.", sp)
		kind := map[ast.Fixity]string{ast.FixInfix: "infix", ast.FixPrefix: "prefix", ast.FixPostfix: "postfix"}[e.Fix]
		c.errorf(e.Pos(), e.End(), CodeSuspectedUnreachableCheck,
			"Couldn't resolve %s operator symbol `%s'.", kind, sp)
		return constInfo()
	}
	return c.applySymbol(sym, e, c.args(sym, e.Args, e, e.Op, sc))
}

// args walks the arguments of an application of sym, as operators where
// sym expects operator arguments. opName is the applied operator as
// written (SANY's main syntax node), where SANY reports a LAMBDA of the
// wrong arity. Arguments that are not operators of the required arity
// are reported after all arguments, as SANY's OpDefNode.match does.
func (c *checker) args(sym *Symbol, es []ast.Expr, app ast.Node, opName ast.Node, sc *scope) []info {
	out := make([]info, len(es))
	var bad []int
	for i, a := range es {
		want := sym.paramArity(i)
		if want == 0 {
			out[i] = c.expr(a, sc)
			continue
		}
		site := argSite{index: i, opName: sym.Name, name: opName}
		var ok bool
		out[i], ok = c.opArg(a, want, sc, site)
		if !ok {
			bad = append(bad, i)
		}
	}
	for _, i := range bad {
		c.errorf(app.Pos(), app.End(), CodeHigherOrderOperatorArgumentHasIncorrectArity,
			"Argument number %d to operator '%s' \nshould be a %d-parameter operator.", i+1, sym.Name, sym.paramArity(i))
	}
	return out
}

// argSite is where an operator argument is given: argument index of the
// operator opName, written at name. A nil name means an INSTANCE
// substitution for an operator constant.
type argSite struct {
	index  int
	opName string
	name   ast.Node
}

// opArg checks an argument that must be an operator of the given arity:
// a name, an operator symbol or a LAMBDA. It reports false when the
// argument is not an operator of that arity; the caller reports it.
func (c *checker) opArg(a ast.Expr, arity int, sc *scope, site argSite) (info, bool) {
	var sym *Symbol
	switch a := a.(type) {
	case *ast.Ident:
		sym = sc.lookup(a.Name)
		if sym == nil {
			c.unknown(a.Name, a.Pos(), a.End(), sc)
			return constInfo(), false
		}
		c.recordUse(a.Pos(), a.End(), sym)
	case *ast.OpSymbol:
		sym = sc.lookup(a.Op.Name)
		if sym == nil {
			c.errorf(a.Pos(), a.End(), CodeSuspectedUnreachableCheck,
				"Could not find declaration or definition of symbol '%s'.", c.spelling(a.Op))
			return constInfo(), false
		}
		c.recordUse(a.Op.Pos(), a.Op.End(), sym)
	case *ast.SubexprName:
		r := c.subexprName(a, sc, arity)
		if r.sym == nil || selectsSubexpression(a) {
			// Op!1!@ and the like: the arity of the selected part is not
			// tracked, so it is accepted.
			return constInfo(), true
		}
		sym = r.sym
	case *ast.Lambda:
		owner := &Symbol{Name: "LAMBDA", Kind: KindOperator, Arity: len(a.Params)}
		ps := make([]*ast.Param, len(a.Params))
		for i, id := range a.Params {
			ps[i] = &ast.Param{StartPos: id.Pos(), Name: id, EndPos: id.End()}
		}
		inner := c.params(owner, ps, sc)
		c.defining = append(c.defining, owner)
		c.pushBound(paramSymbols(a.Params, inner))
		body := c.expr(a.Body, inner)
		c.popBound()
		c.defining = c.defining[:len(c.defining)-1]
		if len(a.Params) != arity {
			// SANY checks the arity after generating the LAMBDA.
			pos, end := a.Pos(), a.End()
			if site.name != nil {
				pos, end = site.name.Pos(), site.name.End()
			}
			c.errorf(pos, end, CodeLambdaOperatorArgumentHasIncorrectArity,
				"Lambda expression with arity %d used as argument %d of operator `%s', \nbut an operator of arity %d is required.",
				len(a.Params), site.index+1, site.opName, arity)
			return constInfo(), false
		}
		inf := info{level: body.level, ok: body.ok, op: owner}
		for _, p := range body.params {
			if p.owner != owner {
				inf.params = appendParam(inf.params, p)
			}
		}
		owner.nonLeibnizArgs = make([]bool, len(a.Params))
		for _, p := range body.nonLeibniz {
			if p.owner == owner {
				owner.nonLeibnizArgs[p.index] = true
			} else {
				inf.nonLeibniz = appendParam(inf.nonLeibniz, p)
			}
		}
		for _, p := range body.all {
			if p.owner != owner {
				inf.all = appendParam(inf.all, p)
			}
		}
		return inf, true
	case *ast.Paren:
		return c.opArg(a.X, arity, sc, site)
	default:
		c.errorf(a.Pos(), a.End(), CodeHigherOrderOperatorRequiredButExpressionGiven,
			"An expression appears as argument number %d (counting from 1) to operator '%s', in a position an operator is required.",
			site.index+1, site.opName)
		return constInfo(), false
	}
	if sym.Arity != arity && sym.Arity >= 0 {
		// SANY's selectorToNode, before the application's own check.
		c.errorf(a.Pos(), a.End(), CodeHigherOrderOperatorArgumentHasIncorrectArity,
			"Expected arity %d but found operator of arity %d.", arity, sym.Arity)
		return constInfo(), false
	}
	if sym.Kind == KindOperator {
		// An operator argument may not itself take operator arguments
		// (SANY's OpDefNode.matchingOpArgOperand).
		for _, pa := range sym.ParamArities {
			if pa > 0 {
				return constInfo(), false
			}
		}
	}
	inf := info{level: sym.Level, ok: true, op: sym}
	if sym.Kind == KindParam {
		inf.params = []*Symbol{sym}
		inf.all = []*Symbol{sym}
	}
	inf.params = unionParams(inf.params, sym.outer)
	inf.all = unionParams(inf.all, sym.outerAll)
	inf.nonLeibniz = unionParams(inf.nonLeibniz, sym.outerNonLeibniz)
	return inf, true
}

// functionParams is the number of parameters of the function f[x \in S]
// == ... that fn names, or 0 if fn does not name a function definition.
func (c *checker) functionParams(fn ast.Expr, sc *scope) int {
	for {
		p, ok := fn.(*ast.Paren)
		if !ok {
			break
		}
		fn = p.X
	}
	id, ok := fn.(*ast.Ident)
	if !ok {
		return 0
	}
	if sym := sc.lookup(id.Name); sym != nil {
		return sym.funcParams
	}
	return 0
}

// functionName is the name of the function fn names (see functionParams).
func functionName(fn ast.Expr) string {
	for {
		p, ok := fn.(*ast.Paren)
		if !ok {
			break
		}
		fn = p.X
	}
	if id, ok := fn.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// selectsSubexpression reports whether a ! name has a structural part
// (!1, !<<, !:, !@, !(x)), selecting part of a definition rather than
// naming one through instances.
func selectsSubexpression(x *ast.SubexprName) bool {
	for _, p := range x.Parts {
		if p.Kind != ast.PartName {
			return true
		}
	}
	return false
}

// quant handles \A, \E, \AA and \EE.
func (c *checker) quant(e *ast.QuantExpr, sc *scope) info {
	temporal := e.Quant == ast.TemporalForall || e.Quant == ast.TemporalExists
	inner, ranges := c.bounds(e.Bounds, sc, temporal)
	body := c.boundBody(e.Body, e.Bounds, inner)
	bounded := len(ranges) > 0
	var name string
	switch {
	case temporal && e.Quant == ast.TemporalExists:
		name = "$TemporalExists"
	case temporal:
		name = "$TemporalForall"
	case e.Quant == ast.Exists && bounded:
		name = "$BoundedExists"
	case e.Quant == ast.Exists:
		name = "$UnboundedExists"
	case bounded:
		name = "$BoundedForall"
	default:
		name = "$UnboundedForall"
	}
	return c.applyRanges(name, e, []info{body}, ranges)
}

// bounds declares the identifiers bound by bs in a new scope, after
// walking their ranges in the outer scope, and returns the ranges' info.
func (c *checker) bounds(bs []*ast.Bound, sc *scope, temporal bool) (*scope, []info) {
	var ranges []info
	for _, b := range bs {
		if b != nil && b.Set != nil {
			r := c.expr(b.Set, sc)
			r.pos, r.end = b.Set.Pos(), b.Set.End()
			ranges = append(ranges, r)
		}
	}
	inner := newScope(sc)
	lvl := ConstantLevel
	if temporal {
		lvl = StateLevel
	}
	for _, b := range bs {
		if b == nil {
			continue
		}
		for _, id := range b.Names {
			sym := &Symbol{Name: id.Name, Kind: KindBound, Module: c.modName, File: c.file,
				Pos: id.Pos(), End: id.End(), Level: lvl, defined: true}
			c.recordDef(id, sym)
			c.declare(inner, sym, id.Pos(), id.End(), false)
		}
	}
	return inner, ranges
}

// subexprResult is a resolved Inst!Op-style name.
type subexprResult struct {
	sym  *Symbol
	info info
}

// subexprName resolves a name built with "!": Inst!Op(args), possibly
// through several instances, or a structural subexpression name such as
// Op!1 or Op!lab, which is accepted without further checks. arity is the
// operator arity expected of the whole name (-1 for any, as in proofs).
func (c *checker) subexprName(x *ast.SubexprName, sc *scope, arity int) subexprResult {
	var names []string
	var cur *Symbol
	var instArgs []info // arguments of a parameterized instance: the (a, b) of I(a, b)!Op
	var instSym *Symbol // the I of I(a, b)!Op
	// omitted: I!Op names an operator whose first parameters are those
	// of the parameterized instance I (as an operator argument or in a
	// proof, where I's arguments may be left out)
	var omitted *Symbol
	lookupIn := func(name string) *Symbol {
		if cur == nil {
			return sc.lookup(name)
		}
		if cur.target == nil {
			return nil
		}
		if cur.instDefs != nil {
			return cur.instDefs[name]
		}
		return cur.target.defs[name]
	}
	for i, part := range x.Parts {
		if part.Kind != ast.PartName {
			// Structural selectors (!1, !<<, !:, labels via numbers ...):
			// walk the arguments and accept, but for a clause of an
			// ASSUME/PROVE that may not be named from here.
			if cur != nil && c.checkGoalClauseRef(cur.goal, x, part, arity) {
				return subexprResult{info: constInfo()}
			}
			if cur != nil && cur.body != nil && c.selectOperands(cur.body, x.Parts[i:]) {
				return subexprResult{info: constInfo()}
			}
			for _, p := range x.Parts[i:] {
				c.exprs(p.Args, sc)
			}
			return subexprResult{sym: cur, info: constInfo()}
		}
		names = append(names, part.Name)
		sym := lookupIn(part.Name)
		if sym == nil {
			if cur != nil && cur.Kind != KindInstance {
				// A label inside a definition: Op!lab.
				c.labelRefs(cur.labels, x.Parts[i:], arity, sc)
				return subexprResult{sym: cur, info: constInfo()}
			}
			// SANY keeps appending the following parts to the name in
			// search of a compound name, and reports the last one.
			lastPart := x.Parts[len(x.Parts)-1]
			c.unknown(lastPart.Name, lastPart.Pos(), lastPart.PartEnd, sc)
			return subexprResult{info: constInfo()}
		}
		c.recordUse(part.Pos(), part.PartEnd, sym)
		last := i == len(x.Parts)-1
		if sym.Kind == KindInstance && !last {
			if sym.Arity > 0 && len(part.Args) == 0 && arity != 0 {
				omitted, cur = sym, sym
				continue
			}
			if sym.Arity != len(part.Args) {
				c.errorf(part.Pos(), part.End(), CodeOperatorGivenIncorrectNumberOfArguments,
					"The operator %s requires %d arguments.", part.Name, sym.Arity)
				return subexprResult{info: constInfo()}
			}
			instArgs, instSym = c.exprs(part.Args, sc), sym
			cur = sym
			continue
		}
		if !last {
			cur = sym
			continue
		}
		if arity != 0 && len(part.Args) == 0 {
			// Used as an operator argument or in a proof.
			if omitted != nil {
				sym = withInstanceParams(sym, omitted)
			}
			if arity > 0 && sym.Arity != arity {
				return subexprResult{sym: sym, info: constInfo()}
			}
			return subexprResult{sym: sym, info: info{level: sym.Level, ok: true}}
		}
		if sym.Arity >= 0 && sym.Arity != len(part.Args) {
			// SANY points at the argument list, as for Op(args).
			pos, end := x.Pos(), x.End()
			if part.Lparen.IsValid() {
				pos, end = part.Lparen, part.Rparen+1
			}
			c.errorf(pos, end, CodeOperatorGivenIncorrectNumberOfArguments,
				"The operator %s requires %d arguments.", strings.Join(names, "!"), sym.Arity)
			return subexprResult{sym: sym, info: constInfo()}
		}
		inf := c.applySymbol(sym, x, c.args(sym, part.Args, x, x, sc))
		c.instanceArgs(sym, instSym, strings.Join(names, "!"), x, instArgs, &inf)
		return subexprResult{sym: sym, info: inf}
	}
	return subexprResult{sym: cur, info: constInfo()}
}

// withInstanceParams is the operator I!Op of a parameterized instance
// I(x, y) named without I's arguments: x and y come first among its
// parameters, Leibniz unless the substitutions and Op's use of what they
// are substituted for make them not (see instantiate).
func withInstanceParams(def, inst *Symbol) *Symbol {
	cp := *def
	n := inst.Arity
	cp.Arity = n + max(def.Arity, 0)
	cp.ParamArities = append(make([]int, n), def.ParamArities...)
	cp.nonLeibnizArgs = make([]bool, n, n+len(def.nonLeibnizArgs))
	copy(cp.nonLeibnizArgs, def.instNonLeibniz)
	cp.nonLeibnizArgs = append(cp.nonLeibnizArgs, def.nonLeibnizArgs...)
	return &cp
}

// instanceArgs applies the arguments of I(a, b)!Op, which SANY treats as
// the first arguments of the operator I!Op: each may not exceed the level
// the instantiation allows (Symbol.instMax), and the result's level
// depends on those that def depends on.
func (c *checker) instanceArgs(def, inst *Symbol, name string, node ast.Node, args []info, out *info) {
	for i, a := range args {
		if i < len(def.instMax) && a.level > def.instMax[i] {
			if a.ok {
				c.levelErrorf(node.Pos(), node.End(), CodeOperatorLevelConstraintsExceeded,
					"Level error in applying operator %s:\nThe level of argument %d exceeds the maximum level allowed by the operator.",
					name, i+1)
			}
			out.ok = false
		}
		for _, p := range def.outer {
			if p.owner == inst && p.index == i {
				out.level = maxLevel(out.level, a.level)
				out.params = unionParams(out.params, a.params)
				break
			}
		}
	}
}
