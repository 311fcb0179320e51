package semantic

import (
	"fmt"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// theorem checks THEOREM [Name ==] body [proof].
func (c *checker) theorem(t *ast.Theorem, sc *scope) []*Symbol {
	inner := newScope(sc)
	if t.Name != nil {
		c.pushLabels()
	}
	c.beginLimits()
	var goal *apGoal
	if _, ok := t.Body.(*ast.AssumeProve); ok {
		goal = c.beginGoal(false)
	}
	stmt := c.statementInfo(t.Body, inner)
	c.endGoal()
	limits := c.endLimits()
	lvl := stmt.level
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
		// What an INSTANCE substitutes changes the statement's level.
		sym.outer, sym.paramLimits, sym.goal = stmt.params, limits, goal
		if e, ok := t.Body.(ast.Expr); ok {
			sym.body = e
		}
		if _, ok := t.Body.(*ast.AssumeProve); ok {
			sym.proofBody = bodyAssumeProve
		}
		c.recordDef(t.Name, sym)
		if c.declare(sc, sym, t.Pos(), t.End(), false) {
			out = append(out, sym)
			inner.bind(sym)
		}
	}
	if t.Proof != nil {
		c.setRank(rankTopLevel)
		c.proof(t.Proof, inner)
		if lvl == TemporalLevel {
			c.checkTemporalProof(t.Proof)
		}
	}
	if goal != nil {
		goal.inProof = false
	}
	return out
}

// statement checks an expression or ASSUME/PROVE; NEW declarations and
// definitions in it enter sc, where the proof sees them.
func (c *checker) statement(n ast.Node, sc *scope) Level {
	return c.statementInfo(n, sc).level
}

// statementInfo is statement with what the level checker knows of the
// statement (of an ASSUME/PROVE: whether it is level-correct and the
// parameters it depends on; its level counts as constant).
func (c *checker) statementInfo(n ast.Node, sc *scope) info {
	switch n := n.(type) {
	case *ast.AssumeProve:
		inf := c.assumeProve(n, sc)
		if inf.ok {
			c.limitConstants(inf.params, ActionLevel)
		}
		inf.level = ConstantLevel
		return inf
	case ast.Expr:
		return c.expr(n, sc)
	}
	return constInfo()
}

func (c *checker) assumeProve(ap *ast.AssumeProve, sc *scope) info {
	if ap.Label != nil {
		return c.labelled(&ast.Label{Name: ap.Label, Colons: ap.Colons}, ap, sc)
	}
	return c.assumeProveBody(ap, sc)
}

// assumeProveBody walks the assumptions and goal of an ASSUME/PROVE,
// keeping SANY's record of the NEW declarations in scope at each depth.
// It returns what the level checker knows of the whole: whether it is
// level-correct and the parameters its parts depend on.
func (c *checker) assumeProveBody(ap *ast.AssumeProve, sc *scope) info {
	out := constInfo()
	join := func(i info) {
		out.ok = out.ok && i.ok
		out.params = unionParams(out.params, i.params)
	}
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
			var set info
			if a.Set != nil {
				set = c.expr(a.Set, sc)
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
			c.recordDef(a.Param.Name, sym)
			c.declare(sc, sym, a.Pos(), a.End(), false)
			c.inScopeOfAPDecl[c.assumeProveDepth] = true
			if a.Set != nil && maxLevel(set.level, lvl) == TemporalLevel && set.ok {
				c.levelErrorf(a.Pos(), a.End(), CodeAssumeProveNewConstantHasTemporalLevelBound,
					"Level error:\nTemporal formula used as set.")
			}
		case *ast.AssumeProve:
			join(c.assumeProve(a, newScope(sc)))
		case ast.Unit:
			c.unit(a, sc, false)
		case ast.Expr:
			join(c.expr(a, sc))
		}
		_, declares := a.(*ast.NewDecl)
		c.goalClauseDone(declares)
	}
	join(c.expr(ap.Goal, sc))
	return out
}

// proof checks a proof in the scope of its statement.
func (c *checker) proof(p ast.Proof, sc *scope) {
	switch p := p.(type) {
	case *ast.TerminalProof:
		if p.Kind == ast.ProofBy {
			// SANY reports an empty BY at the whole proof, PROOF included.
			if c.byClause(p.Facts, p.Defs, sc) == 0 {
				c.errorf(p.Pos(), p.End(), CodeInternalError, "Empty BY")
			}
		}
	case *ast.StepsProof:
		inner := newScope(sc)
		saved := c.stepLevel
		c.stepLevel = stepsLevel(p, saved)
		for _, s := range p.Steps {
			c.step(s, inner)
		}
		c.stepLevel = saved
	}
}

// stepsLevel is the level of the steps of a proof inside a step of level
// parent (0 for a theorem's proof): the level its first step gives, or
// one more than the parent's for <*> and <+>, as SANY's parser decides.
func stepsLevel(p *ast.StepsProof, parent int) int {
	if len(p.Steps) > 0 && p.Steps[0].Level >= 0 {
		return p.Steps[0].Level
	}
	return parent + 1
}

// stepName is the name a numbered step is known by: <*>a and <+>a are
// <n>a at the level n of the proof.
func (c *checker) stepName(label string) string {
	if strings.HasPrefix(label, "<*>") || strings.HasPrefix(label, "<+>") {
		return fmt.Sprintf("<%d>%s", c.stepLevel, label[3:])
	}
	return label
}

// stepStatement is what the level checker needs of a step's statement:
// its level, the ranges of its bounds (PICK, TAKE) and where SANY puts
// the step's statement node (from its keyword).
type stepStatement struct {
	level    Level
	ranges   []info
	pos, end token.Pos
}

// step checks one proof step. Its name, and what PICK, TAKE, SUFFICES and
// definitions introduce, are visible to the following steps.
func (c *checker) step(s *ast.Step, sc *scope) {
	// In a proof step, @ may stand for the previous step's expression.
	c.exceptDepth++
	defer func() { c.exceptDepth-- }()
	if s.Name != "" && (strings.HasPrefix(s.Label, "<*>") || strings.HasPrefix(s.Label, "<+>")) {
		c.errorf(s.StepPos, s.LabelEnd, CodeProofStepWithImplicitLevelCannotHaveName,
			"<*> and <+> cannot be used for a named step.")
	}
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
	st := stepStatement{pos: s.KwPos, end: s.EndPos}
	var goal *apGoal // the step's ASSUME/PROVE statement
	if !st.pos.IsValid() {
		st.pos = s.LabelEnd
	}
	switch s.Kind {
	case ast.StepAssert, ast.StepSuffices, ast.StepCase, ast.StepHave:
		// What the ASSUME of a step declares is visible in its proof; that
		// of a SUFFICES only in the following steps (SANY pushes its
		// context after the proof).
		target := stepScope
		if s.Kind == ast.StepSuffices {
			target = newScope(sc)
			defer func() {
				for _, sym := range target.names {
					sc.bind(sym)
				}
			}()
		}
		if s.Body != nil {
			if _, ok := s.Body.(*ast.AssumeProve); ok && s.Kind != ast.StepCase && s.Kind != ast.StepHave {
				goal = c.beginGoal(s.Kind == ast.StepSuffices)
			}
			st.level = c.statement(s.Body, target)
			c.endGoal()
			st.end = s.Body.End()
		}
	case ast.StepPick, ast.StepTake:
		// The identifiers are visible in the following steps, not in the
		// step's own proof.
		inner, ranges := c.bounds(s.Bounds, sc, false)
		st.ranges = ranges
		for _, r := range ranges {
			st.level = maxLevel(st.level, r.level)
			st.end = r.end
		}
		if e, ok := s.Body.(ast.Expr); ok && e != nil {
			st.level = maxLevel(st.level, c.boundBody(e, s.Bounds, inner).level)
			st.end = e.End()
		}
		endLabels()
		c.bindStep(s, sc, labels, nil)
		if s.Proof != nil {
			c.proof(s.Proof, stepScope)
		}
		c.stepStatements[s] = st
		c.checkTemporalStep(s, st)
		for _, sym := range inner.names {
			sc.bind(sym)
		}
		return
	case ast.StepWitness:
		for _, e := range s.Exprs {
			st.level = maxLevel(st.level, c.expr(e, sc).level)
			st.end = e.End()
		}
	case ast.StepDefine, ast.StepInstance:
		for _, d := range s.Defs {
			c.unit(d, sc, false)
		}
	case ast.StepUseOrHide:
		if s.UseHide != nil {
			c.useOrHide(s.UseHide, sc, true)
		}
	}
	endLabels()
	c.bindStep(s, sc, labels, goal)
	if s.Proof != nil {
		c.proof(s.Proof, stepScope)
	}
	if goal != nil {
		goal.inProof = false
	}
	c.stepStatements[s] = st
	c.checkTemporalStep(s, st)
}

// bindStep makes a named step referable in its own proof and by the
// following steps of the same proof (and their proofs), as SANY does: a
// step name is unknown before the step's statement has been read and
// outside the proof it belongs to.
func (c *checker) bindStep(s *ast.Step, sc *scope, labels map[string]*labelDef, goal *apGoal) {
	if s.Label != "" && s.Name != "" {
		sym := &Symbol{Name: c.stepName(s.Label), Kind: KindStep, Module: c.modName, File: c.file,
			Pos: s.Pos(), End: s.End(), defined: true, labels: labels, proofBody: stepBody(s), goal: goal}
		switch {
		case s.Kind == ast.StepQED:
			sym.body = qedStatement
		case s.Kind == ast.StepAssert:
			if e, ok := s.Body.(ast.Expr); ok {
				sym.body = e
			}
		}
		c.recordDefAt(s.StepPos, s.StepPos+token.Pos(len(s.Label)), sym)
		sc.bind(sym)
	}
}

// stepBody says what kind of statement a step makes, for the checks of
// its name used as an expression or a fact.
func stepBody(s *ast.Step) string {
	switch s.Kind {
	case ast.StepDefine:
		return bodyDefineStep
	case ast.StepUseOrHide, ast.StepInstance:
		return bodyNonExpression
	case ast.StepQED:
		return "QED step"
	case ast.StepCase:
		return "CASE"
	case ast.StepHave:
		return "HAVE"
	case ast.StepTake:
		return "TAKE"
	case ast.StepPick:
		return "PICK"
	case ast.StepWitness:
		return "WITNESS"
	}
	if _, ok := s.Body.(*ast.AssumeProve); ok {
		return bodyAssumeProve
	}
	if s.Kind == ast.StepSuffices {
		return "SUFFICES"
	}
	return ""
}

// What a theorem, assumption or step name stands for when it is not an
// expression (Symbol.proofBody); other values name a pseudo-expression
// step (HAVE, PICK, ...).
const (
	bodyAssumeProve   = "ASSUME/PROVE"
	bodyNonExpression = "non-expression" // a USE, HIDE or INSTANCE step
	bodyDefineStep    = "definitions"    // a DEFINE step
)

// proofNameAsExpr reports a theorem or step name used where an expression
// is required when it does not name an expression (SANY's selectorToNode):
// an ASSUME/PROVE, a DEFINE/USE/HIDE/INSTANCE step, or a step such as HAVE.
func (c *checker) proofNameAsExpr(sym *Symbol, n ast.Node) bool {
	switch sym.proofBody {
	case "":
		return false
	case bodyAssumeProve:
		c.errorf(n.Pos(), n.End(), CodeAssumeProveUsedWhereExpressionRequired,
			"ASSUME/PROVE used where an expression is required.")
	case bodyNonExpression, bodyDefineStep:
		c.errorf(n.Pos(), n.End(), CodeSuspectedUnreachableCheck,
			"Step number of non-expression step used as an expression.")
	default:
		c.errorf(n.Pos(), n.End(), CodeProofStepNonExpressionUsedAsExpression,
			"%s proof step selected instead of expression.", sym.proofBody)
	}
	return true
}

// checkTemporalStep is SANY's TheoremNode.levelCheck of a step: a PICK
// whose statement is temporal must have constant bounds, and the proof of
// a temporal statement may HAVE, TAKE, WITNESS or CASE only constants.
func (c *checker) checkTemporalStep(s *ast.Step, st stepStatement) {
	if st.level != TemporalLevel {
		return
	}
	if s.Kind == ast.StepPick {
		for _, r := range st.ranges {
			if r.level != ConstantLevel {
				c.levelErrorf(r.pos, r.end, CodeQuantifiedTemporalPickFormulaWithNonConstantBound,
					"Non-constant bound of temporal PICK.")
			}
		}
	}
	c.checkTemporalProof(s.Proof)
}

// checkTemporalProof checks the steps of the proof of a temporal goal
// (SANY's LevelCheckTemporal), into the proofs of its CASE and QED steps.
func (c *checker) checkTemporalProof(p ast.Proof) {
	sp, ok := p.(*ast.StepsProof)
	if !ok {
		return
	}
	for _, s := range sp.Steps {
		st := c.stepStatements[s]
		switch s.Kind {
		case ast.StepTake, ast.StepWitness, ast.StepHave:
			if st.level != ConstantLevel {
				c.levelErrorf(st.pos, st.end, CodeTemporalProofGoalWithNonConstantTakeWitnessHave,
					"Non-constant TAKE, WITNESS, or HAVE for temporal goal.")
			}
		case ast.StepCase:
			if st.level != ConstantLevel {
				c.levelErrorf(st.pos, st.end, CodeTemporalProofGoalWithNonConstantCase, "Non-constant CASE for temporal goal.")
			}
			c.checkTemporalProof(s.Proof)
		case ast.StepQED:
			c.checkTemporalProof(s.Proof)
		}
	}
}

// useOrHide checks USE/HIDE facts DEF defs: a statement with nothing
// usable left is empty, and a HIDE may hide only names. SANY makes the
// two checks in this order at module level and in the other in a proof
// step.
func (c *checker) useOrHide(u *ast.UseOrHide, sc *scope, inStep bool) {
	n := c.byClause(u.Facts, u.Defs, sc)
	if u.Hide && !inStep {
		c.hideFacts(u.Facts, sc)
	}
	if n == 0 {
		c.errorf(u.KwPos, u.End(), CodeInternalError, "Empty USE or HIDE statement.")
	}
	if u.Hide && inStep {
		c.hideFacts(u.Facts, sc)
	}
}

// hideFacts reports the facts of a HIDE that are expressions rather than
// names of theorems, assumptions or steps (SANY's UseOrHideNode.factCheck,
// run after the whole HIDE is read). MODULE M is a name too.
func (c *checker) hideFacts(facts []ast.Expr, sc *scope) {
	for _, f := range facts {
		switch f := f.(type) {
		case *ast.ModuleRef:
			continue
		case *ast.Ident:
			sym := sc.lookup(c.stepName(f.Name))
			if sym == nil {
				// SANY's stand-in for the unknown name is an operator
				// application without a location.
				c.errorf(token.NoPos, token.NoPos, CodeUseOrHideFactNotValid,
					"The only expression allowed as a fact in a HIDE is \nthe name of a theorem, assumption, or step.")
				continue
			}
			if sym.Kind == KindTheorem || sym.Kind == KindStep || sym.Kind == KindModule {
				continue
			}
		case *ast.SubexprName, *ast.NumberLit, *ast.StringLit, *ast.LetExpr, *ast.At, *ast.Label:
			// Not applications of an operator in SANY's tree: a selected
			// subexpression may be anything, and SANY only rejects
			// OpApplNodes.
			continue
		}
		c.errorf(f.Pos(), f.End(), CodeUseOrHideFactNotValid,
			"The only expression allowed as a fact in a HIDE is \nthe name of a theorem, assumption, or step.")
	}
}

// byClause checks the facts and DEF entries of BY, USE or HIDE and
// returns how many SANY keeps: every fact but a MODULE M that names no
// module (a fact in error still counts), and the DEF entries that name
// definitions. With none kept the caller reports the clause as empty.
func (c *checker) byClause(facts, defs []ast.Expr, sc *scope) int {
	kept := 0
	for _, f := range facts {
		if c.fact(f, sc) {
			kept++
		}
	}
	for _, d := range defs {
		if c.defEntry(d, sc) {
			kept++
		}
	}
	return kept
}

// fact checks one fact of BY/USE/HIDE: a theorem or step name, MODULE M,
// or an expression.
func (c *checker) fact(f ast.Expr, sc *scope) bool {
	switch f := f.(type) {
	case *ast.ModuleRef:
		c.recordModuleUse(f.Name, c.moduleNamed(f.Name.Name))
		return c.moduleRef(f)
	case *ast.Ident:
		sym := sc.lookup(c.stepName(f.Name))
		if sym == nil {
			c.unknown(f.Name, f.Pos(), f.End(), sc)
			return true
		}
		if sym.proofBody == bodyNonExpression || sym.proofBody == bodyDefineStep {
			c.errorf(f.Pos(), f.End(), CodeSuspectedUnreachableCheck, "Step number of non-fact used as a fact")
			return true
		}
		c.recordUse(f.Pos(), f.End(), sym)
		return true
	case *ast.SubexprName:
		c.subexprName(f, sc, -1)
		return true
	}
	c.expr(f, sc)
	return true
}

// moduleRef checks MODULE M in BY, USE, HIDE or DEF: M must be the
// module itself, one of its inner modules or a module already analysed
// (SANY's resolveModule).
func (c *checker) moduleRef(m *ast.ModuleRef) bool {
	if m.Name.Name == c.modName || c.moduleNamed(m.Name.Name) != nil {
		return true
	}
	c.errorf(m.Name.Pos(), m.Name.End(), CodeUnsupportedLanguageFeature,
		"Module `%s' used without being extended or instantiated.", m.Name.Name)
	return false
}

// defEntry checks one DEF entry: it must name a definition.
func (c *checker) defEntry(d ast.Expr, sc *scope) bool {
	var sym *Symbol
	switch d := d.(type) {
	case *ast.ModuleRef:
		c.recordModuleUse(d.Name, c.moduleNamed(d.Name.Name))
		return c.moduleRef(d)
	case *ast.Ident:
		sym = sc.lookup(c.stepName(d.Name))
		if sym == nil {
			c.unknown(d.Name, d.Pos(), d.End(), sc)
		}
		c.recordUse(d.Pos(), d.End(), sym)
	case *ast.OpSymbol:
		sym = sc.lookup(d.Op.Name)
		c.recordUse(d.Op.Pos(), d.Op.End(), sym)
		if sym == nil {
			c.unknown(c.spelling(d.Op), d.Pos(), d.End(), sc)
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
	// SANY's selectorToNode and generateUseOrHide: a DEF entry names a
	// definition, a module instance, a theorem or a DEFINE step.
	switch {
	case sym == nil:
	case sym.Kind == KindOperator, sym.Kind == KindInstance, sym.Kind == KindTheorem:
		return true
	case sym.Kind == KindStep && sym.proofBody == bodyDefineStep:
		return true
	case sym.Kind == KindStep && sym.proofBody == bodyNonExpression:
		c.errorf(d.Pos(), d.End(), CodeSuspectedUnreachableCheck, "DEF clause entry refers to a non-definition step.")
		return false
	}
	c.errorf(d.Pos(), d.End(), CodeSymbolUndefined, "DEF clause entry should describe a defined operator.")
	return false
}
