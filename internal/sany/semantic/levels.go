package semantic

import "github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"

// applySymbol computes the level of an application of sym (with no
// arguments for a plain name) as SANY's OpApplNode.levelCheck does.
func (c *checker) applySymbol(sym *Symbol, node ast.Node, args []info) info {
	switch sym.Kind {
	case KindBuiltin, KindOperator, KindTheorem:
		return c.applyOp(sym, node, args)
	}
	// A declared operator (constant, variable, parameter, bound or NEW
	// identifier): its level joins the levels of all arguments.
	out := info{level: sym.Level, ok: true, opAppl: true}
	switch sym.Kind {
	case KindParam, KindConstant, KindVariable:
		// SANY's levelParams: what an INSTANCE may substitute, or an
		// application supply, changes the level.
		out.params = []*Symbol{sym}
	}
	switch sym.Kind {
	case KindParam, KindConstant, KindVariable:
		out.all = []*Symbol{sym}
	}
	if sym.Kind == KindParam && len(args) > 0 {
		c.recordParamApplication(sym, args)
	}
	if sym.Kind == KindConstant && len(args) > 0 {
		c.recordConstantApplication(sym, args)
	}
	for _, a := range args {
		out.ok = out.ok && a.ok
		out.level = maxLevel(out.level, a.level)
		out.params = unionParams(out.params, a.params)
		out.all = unionParams(out.all, a.all)
		out.nonLeibniz = unionParams(out.nonLeibniz, a.nonLeibniz)
	}
	return out
}

// applyBuiltin applies one of SANY's built-in operators or forms.
func (c *checker) applyBuiltin(name string, node ast.Node, args []info) info {
	return c.applyOp(builtin(name), node, args)
}

// applyRanges applies a binding form whose bounds' ranges count towards
// its level.
func (c *checker) applyRanges(name string, node ast.Node, args []info, ranges []info) info {
	out := c.applyBuiltin(name, node, args)
	for _, r := range ranges {
		out.ok = out.ok && r.ok
		if r.level > ActionLevel {
			if r.ok {
				c.levelErrorf(node.Pos(), node.End(), CodeQuantificationWithTemporalLevelBound,
					"Level error in applying operator %s:\nThe level of the range for the bounded variable \nexceeds the maximum level allowed by the operator.", name)
			}
			out.ok = false
		}
		out.level = maxLevel(out.level, r.level)
		out.params = unionParams(out.params, r.params)
		out.all = unionParams(out.all, r.all)
		out.nonLeibniz = unionParams(out.nonLeibniz, r.nonLeibniz)
	}
	if out.level == TemporalLevel && (name == "$BoundedExists" || name == "$BoundedForall") {
		for _, r := range ranges {
			if r.level == ActionLevel {
				c.levelErrorf(r.pos, r.end, CodeQuantifiedTemporalFormulaWithActionLevelBound,
					"Action-level bound of quantified temporal formula.")
				out.ok = false
			}
		}
	}
	return out
}

// applyOp applies a defined or built-in operator: each argument's level
// must not exceed what the operator allows, and the result's level is the
// operator's joined with the arguments it depends on.
func (c *checker) applyOp(sym *Symbol, node ast.Node, args []info) info {
	out := info{level: sym.Level, ok: true, opAppl: true}
	out.params = append(out.params, sym.outer...)
	out.all = append(out.all, sym.outerAll...)
	out.nonLeibniz = append(out.nonLeibniz, sym.outerNonLeibniz...)
	for i, a := range args {
		out.all = unionParams(out.all, a.all)
		out.nonLeibniz = unionParams(out.nonLeibniz, a.nonLeibniz)
		if !sym.leibnizArg(i) {
			out.nonLeibniz = unionParams(out.nonLeibniz, a.all)
		}
		limit := sym.maxLevelOf(i)
		if a.level > limit {
			if a.ok {
				c.levelErrorf(node.Pos(), node.End(), CodeOperatorLevelConstraintsExceeded,
					"Level error in applying operator %s:\nThe level of argument %d exceeds the maximum level allowed by the operator.",
					sym.Name, i+1)
			}
			out.ok = false
		}
		if !a.ok {
			out.ok = false
		}
		if a.op != nil {
			c.higherOrderChecks(sym, node, args, i, &out)
		}
		if sym.weightOf(i) {
			out.level = maxLevel(out.level, a.level)
			out.params = unionParams(out.params, a.params)
		}
		c.constrain(a.params, limit)
	}
	c.stutteringChecks(sym.Name, node, args, &out)
	return out
}

// constrain records that the parameters ps may have at most level limit
// (SANY's levelConstraints), which becomes the parameter's maximum level
// in the definition being checked.
func (c *checker) constrain(ps []*Symbol, limit Level) {
	if limit >= TemporalLevel {
		return
	}
	if c.binderDepth == 0 {
		c.limitConstants(ps, limit)
		c.limitDeclared(ps, limit)
	}
	for _, p := range ps {
		o := p.owner
		if o == nil || p.index >= len(o.MaxLevels) || !c.isDefining(o) {
			continue
		}
		if limit < o.MaxLevels[p.index] {
			o.MaxLevels[p.index] = limit
		}
	}
}

// recordConstantApplication records, for an operator constant F of the
// module being checked applied to args, the least level each argument
// position of what an INSTANCE substitutes for F must accept, and which
// of the module's constants and variables each argument mentions (SANY's
// module argLevelConstraints and argLevelParams).
func (c *checker) recordConstantApplication(f *Symbol, args []info) {
	if f.File != c.file {
		return
	}
	if c.constArgMins == nil {
		c.constArgMins = map[*Symbol][]Level{}
	}
	mins := c.constArgMins[f]
	for len(mins) < len(args) {
		mins = append(mins, ConstantLevel)
	}
	for k, a := range args {
		if a.level > mins[k] {
			mins[k] = a.level
		}
		for _, q := range a.params {
			if q.Kind == KindConstant || q.Kind == KindVariable {
				c.constArgParams = append(c.constArgParams, argParam{op: f, index: k, param: q})
			}
		}
	}
	c.constArgMins[f] = mins
}

// argParam says that argument index of operator constant op mentions
// the module parameter param (SANY's ArgLevelParam).
type argParam struct {
	op    *Symbol
	index int
	param *Symbol
}

// limitConstants records that the CONSTANTs among ps may be instantiated
// with expressions of level at most limit (SANY's module
// levelConstraints, checked by INSTANCE).
func (c *checker) limitConstants(ps []*Symbol, limit Level) {
	for _, p := range ps {
		if p.Kind != KindConstant || p.Arity > 0 || p.File != c.file {
			continue
		}
		if c.constLimits == nil {
			c.constLimits = map[*Symbol]Level{}
		}
		if cur, ok := c.constLimits[p]; !ok || limit < cur {
			c.constLimits[p] = limit
		}
	}
}

// limitDeclared records, for the definitions and theorem whose bodies are
// being walked, that the CONSTANTs and VARIABLEs among ps may have level
// at most limit there.
func (c *checker) limitDeclared(ps []*Symbol, limit Level) {
	for _, m := range c.limitStack {
		for _, p := range ps {
			if p.Kind != KindConstant && p.Kind != KindVariable {
				continue
			}
			if cur, ok := m[p]; !ok || limit < cur {
				m[p] = limit
			}
		}
	}
}

// beginLimits starts collecting paramLimits for a definition or theorem;
// endLimits returns what was collected.
func (c *checker) beginLimits() {
	c.limitStack = append(c.limitStack, map[*Symbol]Level{})
}

func (c *checker) endLimits() map[*Symbol]Level {
	m := c.limitStack[len(c.limitStack)-1]
	c.limitStack = c.limitStack[:len(c.limitStack)-1]
	if len(m) == 0 {
		return nil
	}
	return m
}

// isDefining reports whether sym's body is being walked, so that its
// level data may still change.
func (c *checker) isDefining(sym *Symbol) bool {
	for _, d := range c.defining {
		if d == sym {
			return true
		}
	}
	return false
}

// stutteringChecks are SANY's special level rules for temporal operators.
func (c *checker) stutteringChecks(name string, node ast.Node, args []info, out *info) {
	switch name {
	case "[]":
		if len(args) == 1 && args[0].level == ActionLevel && args[0].opAppl && !args[0].square {
			c.levelErrorf(node.Pos(), node.End(), CodeAlwaysPropertySensitiveToStuttering,
				"[] followed by action not of form [A]_v.")
			out.ok = false
		}
	case "<>":
		if len(args) == 1 && args[0].level == ActionLevel && args[0].opAppl && !args[0].angle {
			c.levelErrorf(node.Pos(), node.End(), CodeEventuallyPropertySensitiveToStuttering,
				"<> followed by action not of form <<A>>_v.")
			out.ok = false
		}
	case "~>", "-+->":
		for _, a := range args {
			if a.level == ActionLevel {
				c.levelErrorf(node.Pos(), node.End(), CodeBinaryTemporalOperatorWithActionLevelParameter,
					"Action used where only temporal formula or state predicate allowed.")
				out.ok = false
				break
			}
		}
	case "\\land", "\\lor", "=>", "\\equiv", "$ConjList", "$DisjList":
		temporal, action := false, false
		for _, a := range args {
			temporal = temporal || a.level == TemporalLevel
			action = action || a.level == ActionLevel
		}
		if temporal && action {
			pop := name
			switch name {
			case "$ConjList":
				pop = "Conjunction list"
			case "$DisjList":
				pop = "Disjunction list"
			}
			c.levelErrorf(node.Pos(), node.End(), CodeLogicalOperatorWithMixedActionTemporalParameters,
				"%s has both temporal formula and action as arguments.", pop)
			out.ok = false
		}
	}
}

// recordParamApplication records, for the definition being walked, what
// its body gives its operator parameter p: the least levels p's
// arguments must accept and which parameters they depend on.
func (c *checker) recordParamApplication(p *Symbol, args []info) {
	o := p.owner
	if o == nil || !c.isDefining(o) {
		return
	}
	for k, a := range args {
		o.raiseMinMax(p.index, k, a.level)
		for _, q := range a.params {
			if q.owner == o {
				o.setOpLevelCond(p.index, q.index, k)
			}
		}
	}
}

// higherOrderChecks are SANY's checks of operator argument i of an
// application of sym (OpApplNode.levelCheck): the operator given must
// accept in each argument position the levels sym's body gives it, and
// the arguments of the application that sym passes on to it must not
// exceed what it accepts. An operator parameter of the definition being
// walked given as the argument inherits these requirements instead.
func (c *checker) higherOrderChecks(sym *Symbol, node ast.Node, args []info, i int, out *info) {
	op := args[i].op
	arity := op.Arity
	if op.Kind == KindParam && op.owner != nil && c.isDefining(op.owner) {
		for j := 0; j < arity; j++ {
			op.owner.raiseMinMax(op.index, j, sym.minMaxLevel(i, j))
		}
		for j := range args {
			for k := 0; k < arity; k++ {
				if sym.opLevelCond(i, j, k) {
					op.owner.raiseMinMax(op.index, k, args[j].level)
					for _, q := range args[j].params {
						if q.owner == op.owner {
							op.owner.setOpLevelCond(op.index, q.index, k)
						}
					}
				}
			}
		}
		return
	}
	for j := 0; j < arity; j++ {
		if need := sym.minMaxLevel(i, j); op.maxLevelOf(j) < need {
			if args[i].ok {
				c.levelErrorf(node.Pos(), node.End(), CodeHigherOrderOperatorParameterLevelConstraintNotMet,
					"Level error in applying operator %s:\nThe permitted level of argument %d of the operator argument %d \nmust be at least %d.",
					sym.Name, j+1, i+1, need)
			}
			out.ok = false
		}
	}
	for j := range args {
		for k := 0; k < arity; k++ {
			if sym.opLevelCond(i, j, k) && args[j].level > op.maxLevelOf(k) {
				if args[i].ok && args[j].ok {
					c.levelErrorf(node.Pos(), node.End(), CodeHigherOrderOperatorCoparameterLevelConstraintsExceeded,
						"Level error in applying operator %s:\nThe level of argument %d exceeds the maximum level allowed by the operator.",
						sym.Name, j+1)
				}
				out.ok = false
			}
		}
	}
}
