package semantic

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// theorem checks THEOREM [Name ==] body [proof].
func (c *checker) theorem(t *ast.Theorem, sc *scope) []*Symbol {
	inner := newScope(sc)
	if t.Name != nil {
		c.pushLabels()
	}
	lvl := c.statement(t.Body, inner)
	var labels map[string]*labelDef
	if t.Name != nil {
		labels = c.popLabels()
	}
	if c.theoremLevels == nil {
		c.theoremLevels = map[*ast.Theorem]Level{}
	}
	c.theoremLevels[t] = lvl
	var out []*Symbol
	if t.Name != nil {
		sym := &Symbol{Name: t.Name.Name, Kind: KindTheorem, Module: c.modName, File: c.file,
			Pos: t.Pos(), End: t.End(), Level: lvl, defined: true, labels: labels}
		if c.declare(sc, sym, t.Pos(), t.End(), false) {
			out = append(out, sym)
			inner.bind(sym)
		}
	}
	if t.Proof != nil {
		c.setRank(rankTopLevel)
		c.proof(t.Proof, inner)
	}
	return out
}

// statement checks an expression or ASSUME/PROVE; NEW declarations and
// definitions in it enter sc, where the proof sees them.
func (c *checker) statement(n ast.Node, sc *scope) Level {
	switch n := n.(type) {
	case *ast.AssumeProve:
		c.assumeProve(n, sc)
		return ConstantLevel
	case ast.Expr:
		return c.expr(n, sc).level
	}
	return ConstantLevel
}

func (c *checker) assumeProve(ap *ast.AssumeProve, sc *scope) {
	if ap.Label != nil {
		c.labelled(&ast.Label{Name: ap.Label, Colons: ap.Colons}, ap, sc)
		return
	}
	c.assumeProveBody(ap, sc)
}

// assumeProveBody walks the assumptions and goal of an ASSUME/PROVE,
// keeping SANY's record of the NEW declarations in scope at each depth.
func (c *checker) assumeProveBody(ap *ast.AssumeProve, sc *scope) {
	c.assumeProveDepth++
	defer func() { c.assumeProveDepth-- }()
	for len(c.inScopeOfAPDecl) <= c.assumeProveDepth {
		c.inScopeOfAPDecl = append(c.inScopeOfAPDecl, false)
	}
	c.inScopeOfAPDecl[c.assumeProveDepth] = false
	for _, a := range ap.Assumps {
		switch a := a.(type) {
		case *ast.NewDecl:
			lvl := ConstantLevel
			if a.Set != nil {
				c.expr(a.Set, sc)
			}
			switch a.Kind {
			case ast.NewVariable, ast.NewState:
				lvl = StateLevel
			case ast.NewAction:
				lvl = ActionLevel
			case ast.NewTemporal:
				lvl = TemporalLevel
			}
			sym := &Symbol{Name: a.Param.Name.Name, Kind: KindNew, Arity: a.Param.Arity, Module: c.modName,
				File: c.file, Pos: a.Pos(), End: a.End(), Level: lvl, defined: true}
			c.declare(sc, sym, a.Pos(), a.End(), false)
			c.inScopeOfAPDecl[c.assumeProveDepth] = true
		case *ast.AssumeProve:
			c.assumeProve(a, newScope(sc))
		case ast.Unit:
			c.unit(a, sc, false)
		case ast.Expr:
			c.expr(a, sc)
		}
	}
	c.expr(ap.Goal, sc)
}

// proof checks a proof in the scope of its statement.
func (c *checker) proof(p ast.Proof, sc *scope) {
	switch p := p.(type) {
	case *ast.TerminalProof:
		if p.Kind == ast.ProofBy {
			// SANY reports an empty BY at the whole proof, PROOF included.
			c.byClause(p.Facts, p.Defs, p.Pos(), p.End(), sc, "Empty BY")
		}
	case *ast.StepsProof:
		inner := newScope(sc)
		for _, s := range p.Steps {
			c.step(s, inner)
		}
	}
}

// step checks one proof step. Its name, and what PICK, TAKE, SUFFICES and
// definitions introduce, are visible to the following steps.
func (c *checker) step(s *ast.Step, sc *scope) {
	// In a proof step, @ may stand for the previous step's expression.
	c.exceptDepth++
	defer func() { c.exceptDepth-- }()
	stepScope := newScope(sc)
	// A numbered step's statement is a label frame of its own.
	named := s.Label != "" && s.Name != ""
	if named {
		c.pushLabels()
	}
	var labels map[string]*labelDef
	endLabels := func() {
		if named && labels == nil {
			labels = c.popLabels()
			if labels == nil {
				labels = map[string]*labelDef{}
			}
		}
	}
	switch s.Kind {
	case ast.StepAssert, ast.StepSuffices, ast.StepCase, ast.StepHave:
		target := stepScope
		if s.Kind == ast.StepSuffices {
			target = sc
		}
		if s.Body != nil {
			c.statement(s.Body, target)
		}
	case ast.StepPick, ast.StepTake:
		// The identifiers are visible in the following steps, not in the
		// step's own proof.
		inner, _ := c.bounds(s.Bounds, sc, false)
		if e, ok := s.Body.(ast.Expr); ok && e != nil {
			c.boundBody(e, s.Bounds, inner)
		}
		endLabels()
		c.bindStep(s, sc, labels)
		if s.Proof != nil {
			c.proof(s.Proof, stepScope)
		}
		for _, sym := range inner.names {
			sc.bind(sym)
		}
		return
	case ast.StepWitness:
		for _, e := range s.Exprs {
			c.expr(e, sc)
		}
	case ast.StepDefine, ast.StepInstance:
		for _, d := range s.Defs {
			c.unit(d, sc, false)
		}
	case ast.StepUseOrHide:
		if s.UseHide != nil {
			c.useOrHide(s.UseHide, sc)
		}
	}
	endLabels()
	c.bindStep(s, sc, labels)
	if s.Proof != nil {
		c.proof(s.Proof, stepScope)
	}
}

// bindStep makes a named step referable in its own proof and by the
// following steps of the same proof (and their proofs), as SANY does: a
// step name is unknown before the step's statement has been read and
// outside the proof it belongs to.
func (c *checker) bindStep(s *ast.Step, sc *scope, labels map[string]*labelDef) {
	if s.Label != "" && s.Name != "" {
		sc.bind(&Symbol{Name: s.Label, Kind: KindStep, Module: c.modName, File: c.file,
			Pos: s.Pos(), End: s.End(), defined: true, labels: labels})
	}
}

// useOrHide checks USE/HIDE facts DEF defs.
func (c *checker) useOrHide(u *ast.UseOrHide, sc *scope) {
	c.byClause(u.Facts, u.Defs, u.KwPos, u.End(), sc, "Empty BY, USE, or HIDE")
}

// byClause checks the facts and DEF entries of BY, USE or HIDE. A DEF
// entry must name a definition; if nothing usable remains SANY reports
// the clause as empty.
func (c *checker) byClause(facts, defs []ast.Expr, pos, end token.Pos, sc *scope, emptyMsg string) {
	valid := 0
	for _, f := range facts {
		if c.fact(f, sc) {
			valid++
		}
	}
	for _, d := range defs {
		if c.defEntry(d, sc) {
			valid++
		}
	}
	if valid == 0 && len(facts)+len(defs) > 0 {
		c.errorf(pos, end, CodeInternalError, "%s", emptyMsg)
	}
}

// fact checks one fact of BY/USE/HIDE: a theorem or step name, MODULE M,
// or an expression.
func (c *checker) fact(f ast.Expr, sc *scope) bool {
	switch f := f.(type) {
	case *ast.ModuleRef:
		return true
	case *ast.Ident:
		if sc.lookup(f.Name) == nil {
			c.unknown(f.Name, f.Pos(), f.End(), sc)
			return false
		}
		return true
	case *ast.SubexprName:
		return c.subexprName(f, sc, -1).sym != nil
	}
	c.expr(f, sc)
	return true
}

// defEntry checks one DEF entry: it must name a definition.
func (c *checker) defEntry(d ast.Expr, sc *scope) bool {
	var sym *Symbol
	switch d := d.(type) {
	case *ast.ModuleRef:
		return true
	case *ast.Ident:
		sym = sc.lookup(d.Name)
		if sym == nil {
			c.unknown(d.Name, d.Pos(), d.End(), sc)
		}
	case *ast.OpSymbol:
		sym = sc.lookup(d.Op.Name)
		if sym == nil {
			c.errorf(d.Pos(), d.End(), CodeSuspectedUnreachableCheck,
				"Could not find declaration or definition of symbol '%s'.", c.spelling(d.Op))
		}
	case *ast.SubexprName:
		sym = c.subexprName(d, sc, -1).sym
		if sym == nil {
			return false
		}
	default:
		c.expr(d, sc)
		return true
	}
	switch {
	case sym == nil:
	case sym.Kind == KindOperator, sym.Kind == KindInstance, sym.Kind == KindTheorem, sym.Kind == KindBuiltin:
		return true
	}
	c.errorf(d.Pos(), d.End(), CodeSymbolUndefined, "DEF clause entry should describe a defined operator.")
	return false
}
