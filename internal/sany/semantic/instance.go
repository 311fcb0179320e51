package semantic

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// substitute checks the WITH list of an INSTANCE and the implicit
// substitutions (every CONSTANT and VARIABLE of the instantiated module
// not substituted explicitly must be a name in scope here). A missing
// substitution is reported at node: the INSTANCE, or the whole
// definition I == INSTANCE M.
//
// It returns the substitutions, explicit ones first, with what the level
// checker knows of each substituted expression.
func (c *checker) substitute(inst *ast.Instance, node ast.Node, target *Module, sc *scope) []substitution {
	var subs []substitution
	given := map[string]bool{}
	for _, s := range inst.With {
		var param *Symbol
		for _, p := range target.params {
			if p.Name == s.Name.Name {
				param = p
				break
			}
		}
		if param == nil {
			c.errorf(s.Name.Pos(), s.Name.End(), CodeInstanceSubstitutionIllegalSymbolRedefinition,
				"Identifier '%s' is not a legal target of a substitution. \nA legal target must be a declared CONSTANT or VARIABLE in the module being instantiated. \n(Also, check for warnings about multiple declarations of this same identifier.)",
				s.Name.Name)
			c.expr(s.Value, sc)
			continue
		}
		c.recordUse(s.Name.Pos(), s.Name.End(), param)
		var inf info
		if param.Arity > 0 {
			inf = c.substitutedOperator(param, s.Value, sc)
		} else {
			inf = c.expr(s.Value, sc)
		}
		// SANY's SubstInNode.addExplicitSubstitute, after the value is
		// read, reports a second substitution at its value.
		if given[param.Name] {
			c.errorf(s.Value.Pos(), s.Value.End(), CodeInstanceSubstitutionSymbolRedefinedMultipleTimes,
				"Multiple substitutions for symbol '%s' in substitution.", param.Name)
		}
		given[param.Name] = true
		subs = append(subs, substitution{param: param, info: inf})
	}
	// SANY checks the arity of the implicit substitutions p <- p first,
	// then reports the parameters left without a substitution.
	for _, p := range target.params {
		if same := sc.lookup(p.Name); !given[p.Name] && same != nil && implicitArity(same) != p.Arity {
			c.errorf(node.Pos(), node.End(), CodeInstanceSubstitutionOperatorConstantIncorrectArity,
				"An operator must be substituted for symbol '%s', and it must have arity %d.", p.Name, p.Arity)
		}
	}
	for _, p := range target.params {
		if given[p.Name] {
			continue
		}
		same := sc.lookup(p.Name)
		if same == nil {
			c.errorf(node.Pos(), node.End(), CodeInstanceSubstitutionMissingSymbol,
				"Substitution missing for symbol %s declared at %s \nand instantiated in module %s.",
				p.Name, sanyLocation(p.File, p.Pos, p.End, p.Module), c.modName)
			continue
		}
		// The implicit substitution p <- p of the name in scope here.
		inf := info{level: same.Level, ok: true}
		switch same.Kind {
		case KindParam, KindConstant, KindVariable:
			inf.params = []*Symbol{same}
		}
		inf.params = unionParams(inf.params, same.outer)
		subs = append(subs, substitution{param: p, info: inf})
	}
	return subs
}

// implicitArity is the arity of what the implicit substitution p <- p
// substitutes: SANY makes an operator argument of a name that takes
// arguments and an expression (arity 0) of any other.
func implicitArity(sym *Symbol) int {
	if sym.Arity > 0 {
		return sym.Arity
	}
	return 0
}

// substitutedOperator checks param <- value for an operator constant
// param as SANY's generateOpArg and checkSubstitutionForCorrectArity do:
// value must be a LAMBDA or the name of an operator of param's arity. A
// name of another arity is reported at the name and again, as a wrong
// substitution, without a location (SANY's error node has none).
func (c *checker) substitutedOperator(param *Symbol, value ast.Expr, sc *scope) info {
	wrongArity := func(pos, end token.Pos) {
		c.errorf(pos, end, CodeInstanceSubstitutionOperatorConstantIncorrectArity,
			"An operator must be substituted for symbol '%s', and it must have arity %d.", param.Name, param.Arity)
	}
	for {
		p, ok := value.(*ast.Paren)
		if !ok {
			break
		}
		value = p.X
	}
	switch v := value.(type) {
	case *ast.Lambda:
		inf, ok := c.opArg(v, len(v.Params), sc, argSite{opName: param.Name})
		if !ok || len(v.Params) != param.Arity {
			wrongArity(v.Pos(), v.End())
		}
		return inf
	case *ast.Ident, *ast.OpSymbol, *ast.SubexprName:
		// opArg reports a name of the wrong arity at the name.
		inf, ok := c.opArg(v, param.Arity, sc, argSite{opName: param.Name})
		if !ok && inf.op == nil {
			wrongArity(token.NoPos, token.NoPos)
		}
		return inf
	}
	c.errorf(value.Pos(), value.End(), CodeSuspectedUnreachableCheck,
		"Arity %d operator (not an expression) is expected \nto substitute for CONSTANT '%s'.", param.Arity, param.Name)
	wrongArity(token.NoPos, token.NoPos)
	return constInfo()
}

// containsParam reports whether p is among ps.
func containsParam(ps []*Symbol, p *Symbol) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// substitution is one param <- expression of an INSTANCE.
type substitution struct {
	param *Symbol
	info  info
}

// checkSubstitutionLevels reports, as SANY's InstanceNode.levelCheck, a
// substituted expression whose level exceeds its parameter's when the
// instantiated module is not constant: a CONSTANT takes only constant
// expressions and a VARIABLE at most state-level ones.
//
// It also reports, in the same pass, an operator substituted for an
// operator constant that is not Leibniz (its definition primes, boxes or
// otherwise uses a parameter where equals may not replace equals), and
// then each substitution whose level exceeds what the instantiated
// module's own use of the constant allows (its level constraints).
func (c *checker) checkSubstitutionLevels(target *Module, subs []substitution, node ast.Node) {
	reported := map[*Symbol]Level{}
	for _, s := range subs {
		if !target.constant && s.info.level > s.param.Level && s.info.ok {
			c.levelErrorf(node.Pos(), node.End(), CodeInstanceSubstitutionLevelConstraintsExceeded,
				"Level error in instantiating module '%s':\nThe level of the expression or operator substituted for '%s' \nmust be at most %d.",
				target.Name, s.param.Name, s.param.Level)
			reported[s.param] = s.param.Level
		}
		if op := s.info.op; s.param.Arity > 0 && op != nil && (op.Kind == KindOperator || op.Kind == KindBuiltin) && !op.isLeibniz() {
			c.levelErrorf(node.Pos(), node.End(), CodeInstanceSubstitutionNonLeibnizOperator,
				"Error in instantiating module '%s':\n A non-Leibniz operator substituted for '%s'.", target.Name, s.param.Name)
		}
	}
	for _, s := range subs {
		limit, ok := target.constLimits[s.param]
		if ok && !target.constant && s.param.Kind == KindConstant {
			// SANY's module constraints also hold every CONSTANT of a
			// non-constant module to level 0, the lowest limit wins.
			limit = ConstantLevel
		}
		if !ok || s.info.level <= limit || !s.info.ok {
			continue
		}
		if l, done := reported[s.param]; done && l == limit {
			continue // the same error, which SANY lists once
		}
		c.levelErrorf(node.Pos(), node.End(), CodeInstanceSubstitutionLevelConstraintsExceeded,
			"Level error in instantiating module '%s':\nThe level of the expression or operator substituted for '%s' \nmust be at most %d.",
			target.Name, s.param.Name, limit)
	}
	c.checkSubstitutedOperatorLevels(target, subs, node)
}

// checkSubstitutedOperatorLevels is the rest of SANY's
// InstanceNode.levelCheck for operators substituted for operator
// constants: each argument position must accept the levels the
// instantiated module gives it, and what the module passes there,
// as substituted, must not exceed what the operator accepts.
func (c *checker) checkSubstitutedOperatorLevels(target *Module, subs []substitution, node ast.Node) {
	for _, s := range subs {
		op := s.info.op
		if s.param.Arity == 0 || op == nil || (op.Kind != KindOperator && op.Kind != KindBuiltin) {
			continue
		}
		for j, need := range target.constArgMins[s.param] {
			if j < s.param.Arity && op.maxLevelOf(j) < need {
				c.levelErrorf(node.Pos(), node.End(), CodeInstanceSubstitutionLevelConstraintNotMet,
					"Level error in instantiating module '%s':\nThe level of the argument %d of the operator %s \nmust be at least %d.",
					target.Name, j, op.Name, need)
			}
		}
	}
	for _, ap := range target.constArgParams {
		for _, si := range subs {
			if si.param != ap.op || si.info.op == nil || (si.info.op.Kind != KindOperator && si.info.op.Kind != KindBuiltin) {
				continue
			}
			for _, sj := range subs {
				if sj.param == ap.param && sj.info.level > si.info.op.maxLevelOf(ap.index) && sj.info.ok {
					c.levelErrorf(node.Pos(), node.End(), CodeInstanceSubstitutionCoparameterLevelConstraintsExceeded,
						"Level error when instantiating module '%s':\nThe level of the argument %d of the operator %s' \nmust be at most %d.",
						target.Name, ap.index, si.param.Name, si.info.op.maxLevelOf(ap.index))
				}
			}
		}
	}
}

// instantiate returns the definition d of an instantiated module as seen
// through the substitutions: SANY's SubstInNode gives it the level of
// its body joined with the levels of the expressions substituted for the
// parameters it depends on, which replace those parameters.
//
// inst is the instance symbol I of I(x, y) == INSTANCE M WITH ..., nil
// for an unnamed INSTANCE. When M is not constant, a parameter x of I
// substituted for a CONSTANT (VARIABLE) of M that the definition depends
// on may be given only a constant (state-level) argument in I(e, f)!Op:
// SANY's Subst.getSubLCSet. instMax records these limits.
func instantiate(d *Symbol, subs []substitution, target *Module, inst *Symbol) *Symbol {
	if len(subs) == 0 || (len(d.outer) == 0 && len(d.paramLimits) == 0 && len(d.outerAll) == 0) {
		return d
	}
	cp := *d
	cp.outer = nil
	if inst != nil && inst.Arity > 0 {
		cp.instMax = make([]Level, inst.Arity)
		for i := range cp.instMax {
			cp.instMax[i] = TemporalLevel
		}
	}
	for _, p := range d.outer {
		replaced := false
		for _, s := range subs {
			if s.param == p {
				cp.Level = maxLevel(cp.Level, s.info.level)
				cp.outer = unionParams(cp.outer, s.info.params)
				if cp.instMax != nil && !target.constant {
					for _, q := range s.info.params {
						if q.owner == inst && q.index < len(cp.instMax) && p.Level < cp.instMax[q.index] {
							cp.instMax[q.index] = p.Level
						}
					}
				}
				replaced = true
				break
			}
		}
		if !replaced {
			cp.outer = appendParam(cp.outer, p)
		}
	}
	// SANY's Leibniz rule through substitution: I's parameter x is not
	// Leibniz for the definition if a parameter of M the definition uses
	// where equals may not replace equals is substituted by something
	// mentioning x, or one it uses at all is substituted by something
	// using x so.
	if inst != nil && inst.Arity > 0 {
		cp.instNonLeibniz = make([]bool, inst.Arity)
		for _, s := range subs {
			usedNonLeibniz := containsParam(d.outerNonLeibniz, s.param)
			used := usedNonLeibniz || containsParam(d.outerAll, s.param)
			for _, q := range s.info.all {
				if usedNonLeibniz && q.owner == inst && q.index < inst.Arity {
					cp.instNonLeibniz[q.index] = true
				}
			}
			for _, q := range s.info.nonLeibniz {
				if used && q.owner == inst && q.index < inst.Arity {
					cp.instNonLeibniz[q.index] = true
				}
			}
		}
	}
	// The definition's own limits on M's parameters (a VARIABLE under a
	// prime may be at most a state) become limits on the arguments of I
	// substituted for them.
	for p, limit := range d.paramLimits {
		for _, s := range subs {
			if s.param != p || cp.instMax == nil {
				continue
			}
			for _, q := range s.info.params {
				if q.owner == inst && q.index < len(cp.instMax) && limit < cp.instMax[q.index] {
					cp.instMax[q.index] = limit
				}
			}
		}
	}
	return &cp
}

// unnamedInstance handles [LOCAL] INSTANCE M WITH ...: the definitions of
// M (not its parameters) enter the current context.
func (c *checker) unnamedInstance(inst *ast.Instance, sc *scope) []*Symbol {
	target := c.moduleNamed(inst.Module.Name)
	if target == nil {
		return nil
	}
	c.recordModuleUse(inst.Module, target)
	subs := c.substitute(inst, inst, target, sc)
	c.checkSubstitutionLevels(target, subs, inst)
	local := inst.Local.IsValid()
	var out []*Symbol
	for _, d := range target.defList {
		sym := instantiate(d, subs, target, nil)
		if local != d.Local {
			// The same definition, seen as LOCAL (or not) from here.
			cp := *sym
			cp.Local = local
			sym = &cp
			if prev := sc.lookup(d.Name); prev != nil && prev.Kind == d.Kind && prev.Arity == d.Arity &&
				sameSource(prev, d) && target.parameterFree() {
				continue
			}
		}
		if c.declare(sc, sym, inst.Pos(), inst.End(), !target.parameterFree()) {
			out = append(out, sym)
		}
	}
	return out
}

// sameSource reports whether a and b are one definition seen through
// different imports.
func sameSource(a, b *Symbol) bool {
	return a.Module == b.Module && a.Pos == b.Pos && a.File == b.File
}

// moduleDef handles I(x) == INSTANCE M WITH ...
func (c *checker) moduleDef(d *ast.ModuleDef, sc *scope) *Symbol {
	sym := &Symbol{Name: d.Name.Name, Kind: KindInstance, Arity: len(d.Params), Module: c.modName,
		File: c.file, Pos: d.Pos(), End: d.End(), Local: d.Local.IsValid(), defined: true}
	if prev := sc.lookup(sym.Name); prev != nil {
		c.errorf(d.Pos(), d.End(), CodeSymbolRedefined, "Operator %s already defined or declared.", sym.Name)
	}
	c.recordDef(d.Name, sym)
	inner := c.params(sym, d.Params, sc)
	target := c.moduleNamed(d.Instance.Module.Name)
	c.recordModuleUse(d.Instance.Module, target)
	if target != nil {
		subs := c.substitute(d.Instance, d, target, inner)
		saved := c.rank
		c.setRank(rankTopLevel) // SANY checks the substitutions at the module's InstanceNode
		c.checkSubstitutionLevels(target, subs, d)
		c.rank = saved
		sym.instDefs = make(map[string]*Symbol, len(target.defs))
		for name, def := range target.defs {
			sym.instDefs[name] = instantiate(def, subs, target, sym)
		}
	}
	sym.target = target
	if !c.declare(sc, sym, d.Pos(), d.End(), false) {
		return nil
	}
	return sym
}
