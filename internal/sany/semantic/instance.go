package semantic

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
)

// substitute checks the WITH list of an INSTANCE and the implicit
// substitutions (every CONSTANT and VARIABLE of the instantiated module
// not substituted explicitly must be a name in scope here). A missing
// substitution is reported at node: the INSTANCE, or the whole
// definition I == INSTANCE M.
func (c *checker) substitute(inst *ast.Instance, node ast.Node, target *Module, sc *scope) {
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
		if given[param.Name] {
			c.errorf(s.Name.Pos(), s.Name.End(), CodeInstanceSubstitutionSymbolRedefinedMultipleTimes,
				"Multiple substitutions for symbol '%s' in substitution.", param.Name)
		}
		given[param.Name] = true
		if param.Arity > 0 {
			if _, ok := c.opArg(s.Value, param.Arity, sc, argSite{opName: param.Name}); !ok {
				c.errorf(s.Pos(), s.End(), CodeInstanceSubstitutionOperatorConstantIncorrectArity,
					"Operator '%s' of arity %d substituted by an operator of another arity.", param.Name, param.Arity)
			}
		} else {
			c.expr(s.Value, sc)
		}
	}
	for _, p := range target.params {
		if given[p.Name] {
			continue
		}
		if sc.lookup(p.Name) == nil {
			c.errorf(node.Pos(), node.End(), CodeInstanceSubstitutionMissingSymbol,
				"Substitution missing for symbol %s declared at %s \nand instantiated in module %s.",
				p.Name, sanyLocation(p.File, p.Pos, p.End, p.Module), c.modName)
		}
	}
}

// unnamedInstance handles [LOCAL] INSTANCE M WITH ...: the definitions of
// M (not its parameters) enter the current context.
func (c *checker) unnamedInstance(inst *ast.Instance, sc *scope) []*Symbol {
	target := c.moduleNamed(inst.Module.Name)
	if target == nil {
		return nil
	}
	c.substitute(inst, inst, target, sc)
	local := inst.Local.IsValid()
	var out []*Symbol
	for _, d := range target.defList {
		sym := d
		if local != d.Local {
			// The same definition, seen as LOCAL (or not) from here.
			cp := *d
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
	inner := c.params(sym, d.Params, sc)
	target := c.moduleNamed(d.Instance.Module.Name)
	if target != nil {
		c.substitute(d.Instance, d, target, inner)
	}
	sym.target = target
	if !c.declare(sc, sym, d.Pos(), d.End(), false) {
		return nil
	}
	return sym
}
