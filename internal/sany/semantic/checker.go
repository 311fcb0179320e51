package semantic

import (
	"fmt"
	"slices"
	"sort"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/op"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// checker holds the state of checking one module (and its nested modules).
type checker struct {
	env         Env
	file        *token.File
	path        string
	modName     string
	inner       map[string]*Module // nested modules defined so far
	problems    []Problem
	levels      []Problem // level errors, reported only without semantic errors
	exceptDepth int       // > 0 inside the value of an EXCEPT update, where @ is legal
	defining    []*Symbol // definitions whose bodies are being walked, innermost last
	// theoremLevels holds the level of each theorem's statement, which
	// decides whether its module is constant.
	theoremLevels map[*ast.Theorem]Level
	depth         int           // module nesting: 1 in the module being checked
	records       []*recordLit  // record constructors of the module being checked
	lints         []Problem     // linter warnings
	rank          levelRank     // pass of SANY's level checker for the unit being walked
	info          *Info         // nil: record nothing
	labelStack    []*labelFrame // SANY's label stack LS (labels.go)
	// exceptValueDepth > 0 inside the value of an EXCEPT update, where
	// SANY allows no label
	exceptValueDepth int
	// assumeProveDepth is the nesting of ASSUME/PROVEs being walked (1 in
	// a theorem's own); inScopeOfAPDecl[d] says a NEW of the one at depth
	// d is in scope, which forbids labels when d >= 2
	assumeProveDepth int
	inScopeOfAPDecl  []bool
	stepLevel        int                         // level of the proof steps being walked; 0 outside proofs
	stepStatements   map[*ast.Step]stepStatement // what the temporal checks need of each step walked
	// unresolvedRecursive counts the operators declared RECURSIVE and not
	// yet defined (SANY's unresolvedSum)
	unresolvedRecursive int
	// binderDepth > 0 inside the body of a construct binding identifiers,
	// whose level constraints SANY does not pass on to the module
	binderDepth int
	// constLimits: the highest level each CONSTANT of a module being
	// checked may be instantiated with (see limitConstants)
	constLimits map[*Symbol]Level
	// constArgMins and constArgParams: what the modules being checked do
	// with their operator constants (recordConstantApplication)
	constArgMins   map[*Symbol][]Level
	constArgParams []argParam
	// limitStack collects paramLimits of the definitions and theorems
	// being walked, innermost last
	limitStack []map[*Symbol]Level
	// currentGoal is the ASSUME/PROVE statement of the theorem or step
	// being read (apgoal.go), currentGoalClause its clause being read
	currentGoal       *apGoal
	currentGoalClause int
}

// CheckModule checks one module whose imports env supplies and returns its
// checked form with the problems found: semantic problems in SANY's
// discovery order, then level problems (Problem.Level) in the order SANY's
// level checker would find them.
func CheckModule(in Input, env Env) (*Module, []Problem) {
	c := &checker{env: env, file: in.File, path: in.Path, info: in.Info, stepStatements: map[*ast.Step]stepStatement{}}
	m := c.checkModule(in.AST, nil)
	sort.SliceStable(c.levels, func(i, j int) bool { return c.levels[i].rank < c.levels[j].rank })
	return m, append(append(c.problems, c.levels...), c.lints...)
}

func (c *checker) errorf(pos, end token.Pos, code Code, format string, args ...any) {
	c.problems = append(c.problems, Problem{
		Module: c.modName, Path: c.path, File: c.file, Pos: pos, End: end,
		Code: code, Message: fmt.Sprintf(format, args...),
	})
}

func (c *checker) levelErrorf(pos, end token.Pos, code Code, format string, args ...any) {
	c.levels = append(c.levels, Problem{
		Module: c.modName, Path: c.path, File: c.file, Pos: pos, End: end,
		Code: code, Message: fmt.Sprintf(format, args...), Level: true, rank: c.rank,
	})
}

// moduleNamed finds a module for EXTENDS or INSTANCE: a nested module
// defined earlier in this one, else one supplied by the environment.
func (c *checker) moduleNamed(name string) *Module {
	if m, ok := c.inner[name]; ok {
		return m
	}
	if c.env == nil {
		return nil
	}
	return c.env.Module(name)
}

// checkModule runs the collect/resolve/arity/level phases over one module,
// unit by unit as SANY does. parent is the enclosing module's context for
// a nested module.
func (c *checker) checkModule(m *ast.Module, parent *scope) *Module {
	saved := c.modName
	c.modName = m.Name.Name
	c.depth++
	defer func() { c.modName = saved; c.depth-- }()

	mod := &Module{Name: m.Name.Name, Path: c.path, File: c.file,
		exportMap: map[string]*Symbol{}, defs: map[string]*Symbol{}}
	mod.symbol = &Symbol{Name: mod.Name, Kind: KindModule, Module: mod.Name, File: c.file,
		Pos: m.Pos(), End: m.End(), defined: true}
	c.recordDef(m.Name, mod.symbol)
	sc := newScope(parent)
	var ctx []*Symbol // every symbol entering the module context, in order
	enter := func(sym *Symbol) { ctx = append(ctx, sym) }

	for _, ext := range m.Extends {
		em := c.moduleNamed(ext.Name)
		if em == nil {
			continue
		}
		c.recordModuleUse(ext, em)
		for _, sym := range em.exports {
			if c.extend(sc, sym) {
				enter(sym)
			}
		}
	}

	for _, u := range m.Units {
		c.setRank(unitRank(u))
		for _, sym := range c.unit(u, sc, true) {
			enter(sym)
		}
	}
	c.undefinedRecursive(sc)
	if c.depth == 1 {
		var extended []*recordLit
		for _, ext := range m.Extends {
			if em := c.moduleNamed(ext.Name); em != nil {
				extended = append(extended, em.records...)
			}
		}
		c.lints = c.lintRecords(sc, extended)
		mod.records = append(extended, c.records...)
	}

	mod.constant = c.isConstant(ctx, m)
	seen := map[string]bool{}
	addName := func(name string) {
		if !seen[name] {
			seen[name] = true
			mod.contextNames = append(mod.contextNames, name)
		}
	}
	for _, sym := range ctx {
		if seen[sym.Name] {
			continue
		}
		addName(sym.Name)
		if !sym.Local && !sym.isDeclaration() {
			mod.instanceNames = append(mod.instanceNames, sym.Name)
		}
		if sym.Kind == KindInstance && sym.target != nil {
			// SANY enters I!D for each definition D the instance brings,
			// those of the instances it holds included.
			for _, d := range sym.target.instanceNames {
				addName(sym.Name + "!" + d)
				if !sym.Local {
					mod.instanceNames = append(mod.instanceNames, sym.Name+"!"+d)
				}
			}
		}
	}
	for _, sym := range ctx {
		if mins, ok := c.constArgMins[sym]; ok && sym.Module == mod.Name {
			if mod.constArgMins == nil {
				mod.constArgMins = map[*Symbol][]Level{}
			}
			mod.constArgMins[sym] = mins
		}
	}
	for _, ap := range c.constArgParams {
		if ap.op.Module == mod.Name {
			mod.constArgParams = append(mod.constArgParams, ap)
		}
	}
	for _, sym := range ctx {
		if l, ok := c.constLimits[sym]; ok && sym.Module == mod.Name {
			if mod.constLimits == nil {
				mod.constLimits = map[*Symbol]Level{}
			}
			mod.constLimits[sym] = l
		}
	}
	free := true
	for _, sym := range ctx {
		free = free && !sym.isDeclaration()
	}
	for _, sym := range ctx {
		if sym.File == c.file && sym.Module == mod.Name && (sym.Kind == KindOperator || sym.Kind == KindTheorem) {
			sym.originFree = free
		}
	}
	for _, sym := range ctx {
		if sym.Local {
			continue
		}
		if cur := sc.names[sym.Name]; cur != sym {
			continue // a later binding of the name won
		}
		if _, dup := mod.exportMap[sym.Name]; dup {
			continue
		}
		mod.exports = append(mod.exports, sym)
		mod.exportMap[sym.Name] = sym
		if sym.isDeclaration() {
			mod.params = append(mod.params, sym)
		} else {
			mod.defs[sym.Name] = sym
			mod.defList = append(mod.defList, sym)
		}
	}
	return mod
}

// unit processes one module-level (or LET-level) unit and returns the
// symbols it brings into the context.
func (c *checker) unit(u ast.Unit, sc *scope, topLevel bool) []*Symbol {
	if topLevel && c.unresolvedRecursive > 0 {
		c.checkRecursiveSection(u)
	}
	switch u := u.(type) {
	case *ast.VarDecl:
		var out []*Symbol
		for _, id := range u.Names {
			sym := &Symbol{Name: id.Name, Kind: KindVariable, Module: c.modName,
				File: c.file, Pos: id.Pos(), End: id.End(), Level: StateLevel, defined: true}
			c.recordDef(id, sym)
			if c.declare(sc, sym, id.Pos(), id.End(), false) {
				out = append(out, sym)
			}
		}
		return out
	case *ast.ConstDecl:
		var out []*Symbol
		for _, p := range u.Params {
			sym := &Symbol{Name: p.Name.Name, Kind: KindConstant, Arity: p.Arity,
				Module: c.modName, File: c.file, Pos: p.Pos(), End: p.End(), defined: true}
			c.recordDef(p.Name, sym)
			if c.declare(sc, sym, p.Pos(), p.End(), false) {
				out = append(out, sym)
			}
		}
		return out
	case *ast.Recursive:
		var out []*Symbol
		for _, p := range u.Decls {
			sym := &Symbol{Name: p.Name.Name, Kind: KindOperator, Arity: p.Arity,
				Module: c.modName, File: c.file, Pos: p.Pos(), End: p.End(), recursive: true}
			c.recordDef(p.Name, sym)
			sym.Weights = make([]bool, p.Arity)
			sym.MaxLevels = make([]Level, p.Arity)
			for i := range sym.Weights {
				sym.Weights[i] = true
				sym.MaxLevels[i] = ActionLevel
			}
			if c.declare(sc, sym, p.Pos(), p.End(), false) {
				out = append(out, sym)
				c.unresolvedRecursive++
			}
		}
		return out
	case *ast.OpDef:
		if sym := c.opDef(u, sc); sym != nil {
			return []*Symbol{sym}
		}
	case *ast.FuncDef:
		if sym := c.funcDef(u, sc); sym != nil {
			return []*Symbol{sym}
		}
	case *ast.Instance:
		return c.unnamedInstance(u, sc)
	case *ast.ModuleDef:
		if sym := c.moduleDef(u, sc); sym != nil {
			return []*Symbol{sym}
		}
	case *ast.Assume:
		return c.assume(u, sc)
	case *ast.Theorem:
		return c.theorem(u, sc)
	case *ast.UseOrHide:
		c.useOrHide(u, sc, false)
	case *ast.Module:
		inner := c.checkModule(u, sc)
		if prev := c.moduleNamed(u.Name.Name); prev != nil {
			// SANY's SymbolTable.addModule: an inner module may not take
			// the name of an inner or an already analysed module.
			at := "an unknown location"
			if prev.File != nil {
				at = sanyLocation(prev.File, token.Pos(0), token.Pos(prev.File.Size()), prev.Name)
			}
			c.errorf(u.Pos(), u.End(), CodeModuleRedefined,
				"Multiply-defined module '%s': this definition or declaration conflicts \nwith the one at %s.", u.Name.Name, at)
			return nil
		}
		if c.inner == nil {
			c.inner = map[string]*Module{}
		}
		c.inner[u.Name.Name] = inner
	}
	return nil
}

// checkRecursiveSection reports a module-level unit that may not come
// between a RECURSIVE declaration and the definition of what it declares
// (SANY's checkIfInRecursiveSection): declarations, inner modules,
// theorems, assumptions and USE or HIDE.
func (c *checker) checkRecursiveSection(u ast.Unit) {
	var what string
	switch u.(type) {
	case *ast.VarDecl:
		what = "A VARIABLE declaration"
	case *ast.ConstDecl:
		what = "A declaration"
	case *ast.Module:
		what = "A MODULE "
	case *ast.Theorem:
		what = "A THEOREM"
	case *ast.Assume:
		what = "An ASSUME"
	case *ast.UseOrHide:
		what = "A USE or HIDE"
	default:
		return
	}
	c.errorf(u.Pos(), u.End(), CodeRecursiveSectionContainsIllegalDefinition,
		"%s may not appear within a recursive definition section.", what)
}

// unregisteredSpelling reports a spelling of a built-in operator that
// SANY's table of built-in symbols does not hold (op.Operator's
// Unregistered), so a parameter ~ _ or □ _ redefines no built-in there.
func unregisteredSpelling(spelling string) bool {
	o := op.BySpelling(spelling)
	return o != nil && slices.Contains(o.Unregistered, spelling)
}

// declare adds sym to sc with SANY's SymbolTable.addSymbol rules: a
// built-in cannot be redefined; a name of another kind or arity, or any
// reuse of a name by a parameter or bound identifier, is an error; the
// same name for a different entity of the same kind and arity is a
// warning, unless both come from one parameter-free module.
func (c *checker) declare(sc *scope, sym *Symbol, pos, end token.Pos, viaParamInstance bool) bool {
	cur := sc.lookup(sym.Name)
	if cur == nil {
		sc.bind(sym)
		return true
	}
	if cur == sym && !viaParamInstance {
		return true
	}
	if cur.Kind == KindBuiltin {
		c.errorf(pos, end, CodeBuiltInSymbolRedefined,
			"Symbol %s is a built-in operator, and cannot be redefined.", sym.Name)
		return false
	}
	if sym.Kind == KindParam || sym.Kind == KindBound || cur.Kind != sym.Kind || cur.Arity != sym.Arity {
		c.errorf(pos, end, CodeSymbolRedefined,
			"Multiply-defined symbol '%s': this definition or declaration conflicts \nwith the one at %s.",
			sym.Name, sanyLocation(cur.File, cur.Pos, cur.End, cur.Module))
		return false
	}
	if sameSource(cur, sym) && sym.originFree {
		// SANY's sameOriginallyDefinedInModule: one definition of a
		// parameter-free module, imported twice.
		return true
	}
	// SANY warns at the new symbol's node: an INSTANCE of a module with
	// parameters makes new definitions at the INSTANCE, one of a
	// parameter-free module brings its definitions themselves.
	at := Problem{Module: c.modName, Path: c.path, File: c.file, Pos: pos, End: end}
	if !viaParamInstance && sym.File != nil && sym.File != c.file {
		at = Problem{Module: sym.Module, Path: sym.File.Name(), File: sym.File, Pos: sym.Pos, End: sym.End}
	}
	c.problems = append(c.problems, Problem{
		Module: at.Module, Path: at.Path, File: at.File, Pos: at.Pos, End: at.End,
		Code: CodeInstancedModulesSymbolUnificationAmbiguity,
		Message: fmt.Sprintf("Multiple declarations or definitions for symbol %s.  \nThis duplicates the one at %s.",
			sym.Name, sanyLocation(cur.File, cur.Pos, cur.End, cur.Module)),
	})
	return true
}

// params creates the formal parameter symbols of a definition in a new
// scope. SANY adds each with addSymbol, so a parameter may not reuse a
// name already in scope.
func (c *checker) params(owner *Symbol, ps []*ast.Param, sc *scope) *scope {
	inner := newScope(sc)
	owner.ParamArities = make([]int, len(ps))
	owner.Weights = make([]bool, len(ps))
	owner.MaxLevels = make([]Level, len(ps))
	owner.MinMaxLevels = make([][]Level, len(ps))
	owner.OpLevelCond = make([][][]bool, len(ps))
	for i, p := range ps {
		owner.MinMaxLevels[i] = make([]Level, p.Arity)
		owner.OpLevelCond[i] = make([][]bool, len(ps))
		for j := range ps {
			owner.OpLevelCond[i][j] = make([]bool, p.Arity)
		}
		owner.ParamArities[i] = p.Arity
		owner.MaxLevels[i] = TemporalLevel
		sym := &Symbol{Name: p.Name.Name, Kind: KindParam, Arity: p.Arity, Module: c.modName,
			File: c.file, Pos: p.Pos(), End: p.End(), owner: owner, index: i, defined: true}
		if sp := c.spelling(p.Name); unregisteredSpelling(sp) {
			// SANY declares the parameter under this spelling, which
			// names no built-in in its symbol table.
			sym.Name = sp
			c.declare(inner, sym, p.Pos(), p.End(), false)
			continue
		}
		c.recordDef(p.Name, sym)
		c.declare(inner, sym, p.Pos(), p.End(), false)
	}
	return inner
}

// opDef defines an operator (SANY's processOperator).
func (c *checker) opDef(d *ast.OpDef, sc *scope) *Symbol {
	name := d.Name.Name
	sym := &Symbol{Name: name, Kind: KindOperator, Arity: len(d.Params), Module: c.modName,
		File: c.file, Pos: d.Pos(), End: d.End(), Local: d.Local.IsValid()}
	body := c.params(sym, d.Params, sc)

	if prev := sc.lookup(name); prev != nil {
		if prev.Kind == KindOperator && prev.recursive && !prev.defined && sc.names[name] == prev {
			if !recursiveArityMatches(prev.Arity, d.Params) {
				c.errorf(d.Pos(), d.End(), CodeRecursiveOperatorDeclarationDefinitionArityMismatch,
					"Definition of %s has different arity than its RECURSIVE declaration.", name)
			}
			// The RECURSIVE declaration's symbol becomes the definition, so
			// that uses before this point refer to it. It keeps the
			// declared arity, against which SANY checks every use.
			if prev.Arity == len(d.Params) {
				prev.ParamArities = sym.ParamArities
			}
			prev.File, prev.Pos, prev.End = c.file, d.Pos(), d.End()
			c.recordDef(d.Name, prev)
			prev.Local = sym.Local
			prev.body = d.Body
			c.defineBody(prev, body, d.Body, sym)
			prev.fromDecl = true // SANY follows the recursion into the parameters
			c.checkRecursiveParams(prev, d)
			c.unresolvedRecursive--
			return nil
		}
		if prev.Kind == KindOperator && prev.recursive && !prev.defined {
			c.errorf(d.Pos(), d.End(), CodeRecursiveOperatorDefinedInWrongLetInLevel,
				"Recursive operator %s defined at wrong LET/IN level.", name)
			c.defineBody(sym, body, d.Body, sym)
			return nil
		}
		c.errorf(d.Pos(), d.End(), CodeSymbolRedefined, "Operator %s already defined or declared.", name)
	}
	c.recordDef(d.Name, sym)
	sym.body = d.Body
	c.defineBody(sym, body, d.Body, sym)
	sym.fromDecl = c.builtFromDecls(d.Body, body)
	if !c.declare(sc, sym, d.Pos(), d.End(), false) {
		return nil
	}
	return sym
}

// defineBody walks the body of definition sym (whose parameters are in
// body) and records its level data. paramOwner is the symbol the
// parameters were created for (sym itself, or a stand-in for a RECURSIVE
// declaration).
func (c *checker) defineBody(sym *Symbol, body *scope, e ast.Expr, paramOwner *Symbol) {
	c.defining = append(c.defining, paramOwner)
	c.pushLabels()
	c.beginLimits()
	inf := c.expr(e, body)
	sym.paramLimits = c.endLimits()
	sym.labels = c.popLabels()
	c.defining = c.defining[:len(c.defining)-1]
	if paramOwner != sym {
		sym.MaxLevels = paramOwner.MaxLevels
		sym.Weights = paramOwner.Weights
		sym.MinMaxLevels = paramOwner.MinMaxLevels
		sym.OpLevelCond = paramOwner.OpLevelCond
		// Parameter symbols point at paramOwner; later uses consult sym.
	}
	for i := range sym.Weights {
		sym.Weights[i] = false
	}
	for _, p := range inf.params {
		if p.owner == paramOwner {
			sym.Weights[p.index] = true
		} else {
			sym.outer = appendParam(sym.outer, p)
		}
	}
	sym.nonLeibnizArgs = make([]bool, len(sym.Weights))
	sym.outerAll, sym.outerNonLeibniz = nil, nil
	for _, p := range inf.nonLeibniz {
		if p.owner == paramOwner {
			if p.index < len(sym.nonLeibnizArgs) {
				sym.nonLeibnizArgs[p.index] = true
			}
		} else {
			sym.outerNonLeibniz = appendParam(sym.outerNonLeibniz, p)
		}
	}
	for _, p := range inf.all {
		if p.owner != paramOwner {
			sym.outerAll = appendParam(sym.outerAll, p)
		}
	}
	sym.Level = inf.level
	sym.defined = true
	sym.recursive = false
}

// recursiveArityMatches copies SANY's test of a definition against its
// RECURSIVE declaration: the parameter counts must agree and, because
// SANY's loop keeps only its last comparison, the last parameter must be
// an ordinary (not an operator) parameter.
func recursiveArityMatches(declared int, ps []*ast.Param) bool {
	if declared != len(ps) {
		return false
	}
	return len(ps) == 0 || ps[len(ps)-1].Arity == 0
}

// funcDef defines f[x \in S] == e, where f may be used in e.
func (c *checker) funcDef(d *ast.FuncDef, sc *scope) *Symbol {
	name := d.Name.Name
	sym := &Symbol{Name: name, Kind: KindOperator, Module: c.modName, File: c.file,
		Pos: d.Pos(), End: d.End(), Local: d.Local.IsValid(), defined: true}
	// SANY reads the bounds (their ranges see the outer context only)
	// before it looks the function's name up.
	self := newScope(sc)
	inner, ranges := c.bounds(d.Bounds, self, false)
	// declared: the RECURSIVE declaration this definition completes, or
	// nil; keep says whether the definition enters the context at all.
	var declared *Symbol
	keep := true
	if prev := sc.lookup(name); prev != nil {
		switch {
		case prev.Kind != KindOperator || !prev.recursive || prev.defined:
			c.errorf(d.Pos(), d.End(), CodeSymbolRedefined, "Function name `%s' already defined or declared.", name)
		case sc.names[name] != prev:
			c.errorf(d.Pos(), d.End(), CodeRecursiveOperatorDefinedInWrongLetInLevel,
				"Recursive function %s defined at wrong LET/IN level.", name)
			keep = false
		case prev.Arity != 0:
			c.errorf(d.Pos(), d.End(), CodeRecursiveOperatorDeclarationDefinitionArityMismatch,
				"Function %s has operator arguments in its RECURSIVE declaration.", name)
			keep = false
		default:
			// SANY's processFunction: a function may define an operator
			// declared RECURSIVE without arguments.
			declared = prev
		}
	}
	c.recordDef(d.Name, sym)
	self.bind(sym)
	c.pushLabels()
	body := c.boundBody(d.Body, d.Bounds, inner)
	sym.labels = c.popLabels()
	inf := info{level: body.level, params: body.params}
	for _, r := range ranges {
		inf.level = maxLevel(inf.level, r.level)
		inf.params = unionParams(inf.params, r.params)
	}
	sym.Level = inf.level
	sym.outer = inf.params
	sym.fromDecl = true // its bound identifiers
	for _, b := range d.Bounds {
		switch {
		case b == nil:
		case b.Tuple:
			sym.funcParams++ // <<k, l>> \in S is one parameter
		default:
			sym.funcParams += len(b.Names)
		}
	}
	if declared != nil {
		declared.funcParams = sym.funcParams
		declared.File, declared.Pos, declared.End, declared.Local = c.file, d.Pos(), d.End(), sym.Local
		declared.Level, declared.outer, declared.labels, declared.fromDecl = sym.Level, sym.outer, sym.labels, true
		declared.defined, declared.recursive = true, false
		c.unresolvedRecursive--
		return nil
	}
	if !keep || !c.declare(sc, sym, d.Pos(), d.End(), false) {
		return nil
	}
	return sym
}

// setRank sets the level checker pass of what is walked next, in the
// module being checked only: all of an inner module is checked in one pass.
func (c *checker) setRank(r levelRank) {
	if c.depth == 1 {
		c.rank = r
	}
}

// unitRank is the pass in which SANY level-checks a module-level unit
// (for a named theorem or assumption, its statement; see setRank).
func unitRank(u ast.Unit) levelRank {
	switch u := u.(type) {
	case *ast.Module:
		return rankInnerModule
	case *ast.Theorem:
		if u.Name != nil {
			return rankNamedStatement
		}
		return rankTopLevel
	case *ast.Assume:
		if u.Name != nil {
			return rankNamedStatement
		}
		return rankTopLevel
	case *ast.Instance:
		return rankTopLevel
	}
	return rankDefinition
}

// assume checks ASSUME e: e must be constant level.
func (c *checker) assume(a *ast.Assume, sc *scope) []*Symbol {
	if a.Name != nil {
		c.pushLabels()
	}
	inf := c.expr(a.Body, sc)
	if inf.ok {
		// SANY's AssumeNode.levelCheck: a constant an assumption
		// mentions may not be instantiated with a temporal formula.
		c.limitConstants(inf.params, ActionLevel)
	}
	var labels map[string]*labelDef
	if a.Name != nil {
		labels = c.popLabels()
	}
	c.setRank(rankTopLevel)
	if inf.ok && inf.level != ConstantLevel {
		c.levelErrorf(a.Pos(), a.End(), CodeAssumptionIsNotConstant,
			"Level error: assumptions must be level 0 (Constant), \nbut this one has level %d.", inf.level)
	}
	if a.Name == nil {
		return nil
	}
	sym := &Symbol{Name: a.Name.Name, Kind: KindTheorem, Module: c.modName, File: c.file,
		Pos: a.Pos(), End: a.End(), Level: inf.level, defined: true, labels: labels, outer: inf.params}
	c.recordDef(a.Name, sym)
	if c.declare(sc, sym, a.Pos(), a.End(), false) {
		return []*Symbol{sym}
	}
	return nil
}

// undefinedRecursive reports the operators declared RECURSIVE in sc (a
// module or LET) that were never defined, in declaration order, as SANY
// does at the end of the module or of the LET's definitions.
func (c *checker) undefinedRecursive(sc *scope) {
	var missing []*Symbol
	for _, sym := range sc.names {
		if sym.Kind == KindOperator && sym.recursive && !sym.defined {
			missing = append(missing, sym)
		}
	}
	sort.Slice(missing, func(i, j int) bool { return missing[i].Pos < missing[j].Pos })
	for _, sym := range missing {
		c.errorf(sym.Pos, sym.End, CodeRecursiveOperatorDeclaredButNotDefined,
			"Symbol %s declared in RECURSIVE statement but not defined.", sym.Name)
		c.unresolvedRecursive--
	}
}

// isConstant is SANY's ModuleNode.isConstant for the module m whose
// context ctx holds: no VARIABLE, and every definition (other than
// module instances) and theorem of constant level.
func (c *checker) isConstant(ctx []*Symbol, m *ast.Module) bool {
	for _, sym := range ctx {
		switch sym.Kind {
		case KindVariable:
			return false
		case KindOperator:
			if sym.Level != ConstantLevel {
				return false
			}
		}
	}
	for _, u := range m.Units {
		if t, ok := u.(*ast.Theorem); ok && c.theoremLevels[t] != ConstantLevel {
			return false
		}
	}
	return true
}

// checkRecursiveParams reports each parameter of a RECURSIVE operator
// that its definition may not be given an action: SANY assumes such
// parameters may be, and rejects a definition that primes one.
func (c *checker) checkRecursiveParams(sym *Symbol, d *ast.OpDef) {
	saved := c.rank
	c.rank = rankRecursive
	for j, l := range sym.MaxLevels {
		if l < ActionLevel {
			c.levelErrorf(d.Pos(), d.End(), CodeRecursiveOperatorPrimesParameter,
				"Argument %d of recursive operator %s is primed", j+1, sym.Name)
		}
	}
	c.rank = saved
}

// extend adds a symbol of an EXTENDed module to the module scope sc as
// SANY's Context.mergeExtendContext does: the first symbol of a name
// stays; a different one of the same sort (definition, declaration,
// theorem) is a warning, unless it is the same definition of a
// parameter-free module, and one of another sort is an error. Both are
// reported where the later symbol is, in its own module.
func (c *checker) extend(sc *scope, sym *Symbol) bool {
	cur := sc.names[sym.Name]
	if cur == nil {
		sc.bind(sym)
		return true
	}
	if cur == sym {
		return false
	}
	at := sanyLocation(cur.File, cur.Pos, cur.End, cur.Module)
	p := Problem{Module: sym.Module, File: sym.File, Pos: sym.Pos, End: sym.End}
	if sym.File != nil {
		p.Path = sym.File.Name()
	}
	switch {
	case symbolClass(cur) != symbolClass(sym):
		p.Code = CodeExtendedModulesSymbolUnificationConflict
		p.Message = fmt.Sprintf("The %s of '%s' conflicts with \nits %[1]s at %s.", symbolSort(cur), sym.Name, at)
	case sameSource(cur, sym) && sym.originFree:
		return false
	default:
		p.Code = CodeExtendedModulesSymbolUnificationAmbiguity
		p.Message = fmt.Sprintf("Warning: the %s of '%s' conflicts with \nits %[1]s at %s.", symbolSort(cur), sym.Name, at)
	}
	c.problems = append(c.problems, p)
	return false
}

// symbolSort names the kind of node behind a symbol as SANY's messages
// do: a definition (OpDefNode) or a declaration (anything else).
func symbolSort(s *Symbol) string {
	if symbolClass(s) == KindOperator {
		return "definition"
	}
	return "declaration"
}

// symbolClass is the Java class of SANY's node behind a symbol, which
// decides whether two symbols of one name conflict: definitions
// (OpDefNode), declarations (OpDeclNode: CONSTANT and VARIABLE alike) and
// theorems or assumptions (ThmOrAssumpDefNode).
func symbolClass(s *Symbol) Kind {
	switch s.Kind {
	case KindOperator, KindInstance, KindParam, KindBuiltin:
		return KindOperator
	case KindConstant, KindVariable:
		return KindConstant
	}
	return s.Kind
}
