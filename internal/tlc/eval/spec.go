package eval

import (
	"context"
	"fmt"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/cfg"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// State is one value per state variable, in declaration order.
type State []Value

// Options says what to compile.
type Options struct {
	Program *sany.Program
	Config  *cfg.Config
	Context context.Context
	// Output receives what Print and PrintT print, a line at a time.
	Output func(string)
}

// Expr is a compiled expression of the root module's context.
type Expr struct {
	Name  string
	Pos   Position
	Span  Span // the definition's body (or the expression), as TLC names it
	Level int  // 0 constant, 1 state, 2 action, 3 temporal
	fn    evalFn
	gen   genFn
	slots *frameInfo
}

// Action is one disjunct of the next-state relation, as TLC splits it.
type Action struct {
	Name string
	Pos  Position
	// Span is where TLC's traces locate the action ("<Next line 6, col
	// 9 to line 6, col 27 of module M>").
	Span Span
	// Label is the name TLC's traces give it: Name, with the values of
	// the definition's parameters when it was split from a call with
	// constant arguments ("Enter(p1)").
	Label string
	gen   genFn
	fs    *frameInfo
	frame *Frame // values bound while splitting (TLC's action context)
}

// Fairness is a WF_v(A) / SF_v(A) conjunct of the specification.
type Fairness struct {
	Strong bool
	// Enabled is ENABLED <<A>>_v, Taken is <<A>>_v.
	Enabled, Taken *Expr
	Pos            Position
	// InNext: A is the next-state relation or one of its disjuncts
	// (inNext), which the search evaluates on every state.
	InNext bool
	action ast.Expr
	mod    *modCtx
}

// Spec is a compiled model: what the search and the liveness checker
// evaluate.
type Spec struct {
	Vars      []string
	VarPos    []Position
	Init      *Expr
	Next      *Expr // nil with no next-state relation
	Actions   []*Action
	Subscript *Expr // the v of [][Next]_v, nil if none
	Fairness  []Fairness
	// Temporal holds the SPECIFICATION's other temporal conjuncts (such
	// as \A p \in P : WF_v(A(p))) for the liveness checker.
	Temporal []ast.Expr

	Invariants        []*Expr
	Constraints       []*Expr
	ActionConstraints []*Expr
	Properties        []string
	View              *Expr
	Alias             *Expr
	Symmetry          *Expr
	Postconditions    []Postcondition
	CheckDeadlock     bool

	Machine *Machine
	comp    *compiler
	// temporals are the SPECIFICATION's other temporal conjuncts (see
	// SpecTemporals in temporal.go).
	temporals []temporalConjunct
	// next is the next-state relation's expression, in nextMod (nil with
	// none): fairness compares its actions with it (inNext).
	next    ast.Expr
	nextMod *modCtx
	// level is the level of the states evaluated, plus one (Ctx.level);
	// 0: not known.
	level int32
}

// AtLevel is sp evaluating states at level (TLCGet("level")): 0 while
// the initial states are generated, 1 for an initial state, one more than
// its parent's for a successor. It shares everything but the level.
func (sp *Spec) AtLevel(level int32) *Spec {
	view := *sp
	view.level = level + 1
	return &view
}

// UsesLevel says whether the spec calls TLCGet, whose answer for "level"
// depends on the level of the state (see AtLevel).
func (sp *Spec) UsesLevel() bool { return sp.Machine.usesLevel }

// Compile compiles the program under the configuration. Errors are
// *Unsupported, *Error (with a position) or *ConfigError.
func Compile(opts Options) (sp *Spec, err error) {
	defer func() {
		if r := recover(); r != nil {
			sp, err = nil, recoverError(r)
		}
	}()
	ctx := opts.Context
	if ctx == nil {
		ctx = context.Background()
	}
	m := &Machine{Interner: value.NewInterner(), ctx: ctx, output: opts.Output, tlcRegs: &registers{vals: map[int64]Value{}}}
	c := &compiler{prog: opts.Program, byName: map[string]*sany.ProgramModule{}, m: m, rootParams: map[string]*global{}, plain: map[string]*modCtx{}}
	for _, pm := range opts.Program.Modules {
		if _, dup := c.byName[pm.Name]; !dup {
			c.byName[pm.Name] = pm
		}
	}
	conf := opts.Config
	c.conf = conf
	internConfig(m.Interner, conf)
	internProgram(m.Interner, opts.Program)
	root := c.moduleCtx(opts.Program.Root.Name, nil, c.rootParam, true)
	c.root = root
	sp = &Spec{Machine: m, comp: c, Vars: c.vars, CheckDeadlock: true}
	for _, s := range c.varSrc {
		sp.VarPos = append(sp.VarPos, s.position())
	}
	if conf.CheckDeadlock != nil {
		sp.CheckDeadlock = *conf.CheckDeadlock
	}
	if err := c.applyConstants(conf); err != nil {
		return nil, err
	}
	for _, cell := range c.consts {
		if !cell.set && cell.op == nil {
			return nil, &ConfigError{Msg: fmt.Sprintf("The constant parameter %s is not assigned a value by the configuration file.", cell.name)}
		}
	}
	if err := c.specParts(sp, conf); err != nil {
		return nil, err
	}
	named := func(list []cfg.Name, what string) ([]*Expr, error) {
		var out []*Expr
		for _, n := range list {
			e, err := sp.definition(n.Name, what)
			if err != nil {
				return nil, err
			}
			out = append(out, e)
		}
		return out, nil
	}
	if sp.Invariants, err = named(conf.Invariants, "invariant"); err != nil {
		return nil, err
	}
	for _, inv := range sp.Invariants {
		if inv.Level >= lvlAction {
			return nil, &ConfigError{Msg: invariantLevelMessage(inv)}
		}
	}
	if sp.Constraints, err = named(conf.Constraints, "constraint"); err != nil {
		return nil, err
	}
	if sp.ActionConstraints, err = named(conf.ActionConstraints, "action constraint"); err != nil {
		return nil, err
	}
	for _, p := range conf.Properties {
		sp.Properties = append(sp.Properties, p.Name)
	}
	one := func(n *cfg.Name, what string) (*Expr, error) {
		if n == nil {
			return nil, nil
		}
		return sp.definition(n.Name, what)
	}
	if sp.View, err = one(conf.View, "view"); err != nil {
		return nil, err
	}
	if sp.Alias, err = one(conf.Alias, "alias"); err != nil {
		return nil, err
	}
	if sp.Symmetry, err = one(conf.Symmetry, "symmetry"); err != nil {
		return nil, err
	}
	for _, n := range conf.Postconditions {
		e, err := sp.definition(n.Name, "post condition") // TLC's words
		if err != nil {
			return nil, err
		}
		g := sp.comp.root.globals[n.Name]
		pc := Postcondition{Expr: e, Span: Span{Start: e.Pos, End: e.Pos}}
		if g.kind == gDef && g.def.body != nil && g.def.mod != nil {
			pc.Span = exprSpan(g.def.body, g.def.mod)
		}
		sp.Postconditions = append(sp.Postconditions, pc)
	}
	return sp, nil
}

// invariantLevelMessage is TLC's error for an INVARIANT that is no state
// predicate; for an action TLC adds a note on a known bug of its level
// checking.
func invariantLevelMessage(inv *Expr) string {
	msg := "The invariant " + inv.Name + " is not a state predicate (one with no primes or temporal operators)."
	if inv.Level == lvlAction {
		msg += "\nNote that a bug can cause TLC to incorrectly report this error.\n" +
			"If you believe your TLA+ or PlusCal specification to be correct,\n" +
			"please check if this bug described in LevelNode.java starting at line 590ff affects you."
	}
	return msg
}

// ConfigError is a configuration that does not fit the spec.
type ConfigError struct{ Msg string }

func (e *ConfigError) Error() string { return e.Msg }

// internConfig interns the configuration's model values and strings
// first: TLC parses the .cfg before the spec (ModelConfig makes a
// StringValue, which interns, for each string), so they come first in
// its order.
func internConfig(in *value.Interner, conf *cfg.Config) {
	var walk func(v *cfg.Value)
	walk = func(v *cfg.Value) {
		if v == nil {
			return
		}
		switch v.Kind {
		case cfg.ModelValue:
			in.Model(v.Str)
		case cfg.StringValue:
			in.String(v.Str)
		}
		for i := range v.Elems {
			walk(&v.Elems[i])
		}
	}
	for _, c := range conf.Constants {
		walk(c.Value)
	}
}

func (c *compiler) cfgValue(v *cfg.Value) Value {
	switch v.Kind {
	case cfg.IntValue:
		if !v.Int.IsInt64() || v.Int.Int64() > value.MaxInt || v.Int.Int64() < value.MinInt {
			panic(&ConfigError{Msg: "integer " + v.Int.String() + " is out of TLC's range"})
		}
		return value.Int(v.Int.Int64())
	case cfg.StringValue:
		return c.m.Interner.String(v.Str)
	case cfg.BoolValue:
		return value.Bool(v.Bool)
	case cfg.ModelValue:
		return c.m.Interner.Model(v.Str)
	case cfg.SetValue:
		elems := make([]Value, len(v.Elems))
		for i := range v.Elems {
			elems[i] = c.cfgValue(&v.Elems[i])
		}
		return value.NewSet(elems)
	case cfg.TupleValue:
		elems := make([]Value, len(v.Elems))
		for i := range v.Elems {
			elems[i] = c.cfgValue(&v.Elems[i])
		}
		return value.Tuple(elems)
	}
	panic(&ConfigError{Msg: "unknown value in the configuration"})
}

// applyConstants sets CONSTANT values and <- substitutions of the root
// module's context (the [Mod] forms are applied as contexts are built).
func (c *compiler) applyConstants(conf *cfg.Config) error {
	for _, p := range c.pending {
		if err := c.override(p.g, p.k, p.m); err != nil {
			return err
		}
	}
	for _, k := range conf.Constants {
		if k.Module != "" {
			continue
		}
		g := c.root.globals[k.Name.Name]
		if g == nil {
			// TLC ignores assignments to names the spec does not declare
			// (model values named for readability: r1 = r1).
			continue
		}
		if err := c.override(g, k, c.root); err != nil {
			return err
		}
	}
	return nil
}

type pendingOverride struct {
	g *global
	k cfg.Constant
	m *modCtx
}

// moduleOverrides applies the configuration's [Mod] entries to a context
// of module Mod as it is built.
func (c *compiler) moduleOverrides(m *modCtx) {
	for _, k := range c.conf.Constants {
		if k.Module != m.name {
			continue
		}
		g := m.globals[k.Name.Name]
		if g == nil {
			continue
		}
		if c.root == nil {
			c.pending = append(c.pending, pendingOverride{g, k, m})
			continue
		}
		if err := c.override(g, k, m); err != nil {
			panic(err)
		}
	}
}

// override makes g (a constant or definition) what the configuration
// entry k says.
func (c *compiler) override(g *global, k cfg.Constant, ctx *modCtx) error {
	if k.Value != nil {
		v := c.cfgValue(k.Value)
		switch g.kind {
		case gConst:
			g.cell.val, g.cell.set = v, true
		default:
			*g = global{kind: gDef, name: g.name, exported: g.exported, def: &opDef{name: g.name, mod: ctx, scope: ctx.base, state: 2, fn: constFn(v)}}
		}
		return nil
	}
	if k.Subst == nil {
		return nil
	}
	t := c.root.globals[k.Subst.Name]
	if t == nil {
		return &ConfigError{Msg: fmt.Sprintf("The configuration substitutes %s for %s, but %s is not defined.", k.Subst.Name, k.Name.Name, k.Subst.Name)}
	}
	if g.kind == gConst && t.kind == gDef {
		g.cell.op = t.def
		return nil
	}
	switch t.kind {
	case gDef, gConst, gBuiltin, gVar:
		cp := *t
		cp.exported = g.exported
		*g = cp
		return nil
	}
	return &ConfigError{Msg: "unsupported substitution " + k.Name.Name + " <- " + k.Subst.Name}
}

// definition compiles the zero-arity definition called name.
func (sp *Spec) definition(name, what string) (*Expr, error) {
	g := sp.comp.root.globals[name]
	if what == "view" {
		what = "view function" // TLC's word
	}
	// TLC looks the name up among definitions and constants: a variable
	// is not defined (SpecProcessor).
	if g == nil || g.kind == gVar || g.kind == gSubst && g.subst.varIndex >= 0 {
		return nil, &ConfigError{Msg: fmt.Sprintf("The %s %s specified in the configuration file\nis not defined in the specification.", what, name)}
	}
	if g.kind == gDef && len(g.def.params) > 0 {
		return nil, &ConfigError{Msg: fmt.Sprintf("TLC requires %s not to take any argument, but one was given: %s", what, name)}
	}
	id := &ast.Ident{Name: name}
	if g.kind == gDef {
		id.NamePos, id.NameEnd = g.def.src.pos, g.def.src.pos
	}
	return sp.compileExpr(name, id, sp.comp.root.base)
}

// CompileExpr compiles an expression of the root module's context (a
// property's definition body, a subformula, ENABLED <<A>>_v ...).
func (sp *Spec) CompileExpr(name string, e ast.Expr) (*Expr, error) {
	return sp.compileExpr(name, e, sp.comp.root.base)
}

func (sp *Spec) compileExpr(name string, e ast.Expr, s *scope) (x *Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			x, err = nil, recoverError(r)
		}
	}()
	fs := s.newFrame()
	fn, lvl := sp.comp.expr(e, fs)
	x = &Expr{Name: name, Level: lvl, fn: fn, slots: fs.frame, Pos: s.mod.src(e.Pos()).position(), Span: exprSpan(e, s.mod)}
	if g := sp.comp.root.globals[name]; g != nil && g.kind == gDef {
		x.Pos = g.def.src.position()
		if g.def.body != nil && g.def.mod != nil {
			x.Span = exprSpan(g.def.body, g.def.mod)
		}
	}
	return x, nil
}

// Definition returns the body of the root-context definition called
// name (for the liveness glue), or nil.
func (sp *Spec) Definition(name string) ast.Expr {
	g := sp.comp.root.globals[name]
	if g == nil || g.kind != gDef {
		return nil
	}
	return g.def.body
}

// specParts finds Init, Next, the subscript and the fairness conjuncts.
func (c *compiler) specParts(sp *Spec, conf *cfg.Config) error {
	root := c.root
	var initExprs []ast.Expr
	var initMods []*modCtx
	var next ast.Expr
	var nextMod *modCtx
	var sub ast.Expr
	if conf.Specification != nil {
		if conf.Init != nil || conf.Next != nil {
			return &ConfigError{Msg: "The configuration file cannot specify both INIT/NEXT and SPECIFICATION fields."}
		}
		g := root.globals[conf.Specification.Name]
		if g == nil || g.kind != gDef {
			return &ConfigError{Msg: fmt.Sprintf("The name %s specified in the configuration file\nis not defined in the specification.", conf.Specification.Name)}
		}
		var walkSpec func(e ast.Expr, m *modCtx) error
		walkSpec = func(e ast.Expr, m *modCtx) error {
			switch x := e.(type) {
			case *ast.Paren:
				return walkSpec(x.X, m)
			case *ast.Label:
				return walkSpec(x.Body, m)
			case *ast.JunctionList:
				if x.Op == "\\land" {
					for _, it := range x.Items {
						if err := walkSpec(it, m); err != nil {
							return err
						}
					}
					return nil
				}
			case *ast.OpApp:
				if x.Op.Name == "\\land" && len(x.Args) == 2 {
					for _, it := range x.Args {
						if err := walkSpec(it, m); err != nil {
							return err
						}
					}
					return nil
				}
				if x.Op.Name == "[]" && len(x.Args) == 1 {
					a := unparen(x.Args[0])
					if ae, ok := a.(*ast.ActionExpr); ok && !ae.Angle {
						if next != nil {
							// TLC's error (not a limit of ours: TLC refuses it too).
							return &Error{Msg: "The specification contains more than one conjunct of the form [][Next]_v,\nbut TLC can handle only specifications with one next-state relation.", Pos: m.src(x.Pos()).position(), Whole: true}
						}
						next, nextMod, sub = ae.Action, m, ae.Sub
						return nil
					}
					if c.levelOfExpr(a, m) <= lvlState {
						// []TypeOK in the spec: TLC refuses it.
						span := exprSpan(a, m)
						return &Error{Msg: "TLC cannot handle the temporal formula " + span.String(), Pos: span.Start, Whole: true}
					}
					sp.Temporal = append(sp.Temporal, e)
					sp.temporals = append(sp.temporals, temporalConjunct{e: e, mod: m}) // for the liveness glue
					return nil
				}
			case *ast.Ident:
				if g := m.globals[x.Name]; g != nil && g.kind == gDef && len(g.def.params) == 0 && g.def.funcDef == nil {
					if lvl := c.levelOf(g.def); lvl >= lvlTemp {
						return walkSpec(g.def.body, g.def.mod)
					}
				}
			case *ast.Fairness:
				// compiled below
				return c.fairness(sp, x, m)
			}
			if lvl := c.levelOfExpr(e, m); lvl == lvlAction {
				// An action not under [] (Init /\ [Next]_vars): TLC
				// refuses it.
				span := exprSpan(e, m)
				return &Error{Msg: "TLC cannot handle this conjunct of the spec:\n" + span.String(), Pos: span.Start, Whole: true}
			} else if lvl > lvlAction {
				// Fairness under quantifiers and other temporal
				// conjuncts matter only to liveness checking.
				sp.Temporal = append(sp.Temporal, e)
				sp.temporals = append(sp.temporals, temporalConjunct{e: e, mod: m}) // for the liveness glue
				return nil
			}
			initExprs = append(initExprs, e)
			initMods = append(initMods, m)
			return nil
		}
		if err := walkSpec(g.def.body, g.def.mod); err != nil {
			return err
		}
		for i := range sp.Fairness {
			f := &sp.Fairness[i]
			f.InNext = inNext(f.action, f.mod, next, nextMod)
		}
		sp.next, sp.nextMod = next, nextMod
	} else {
		if conf.Init == nil {
			if len(c.vars) > 0 || conf.Next != nil || len(conf.Invariants) > 0 || len(conf.Properties) > 0 {
				return &ConfigError{Msg: "The configuration file did not specify the initial state predicate."}
			}
			// Only ASSUMEs to check (TLC then reports no states).
			return nil
		}
		g := root.globals[conf.Init.Name]
		if g == nil {
			return &ConfigError{Msg: fmt.Sprintf("The initial predicate %s is not defined.", conf.Init.Name)}
		}
		initExprs = []ast.Expr{&ast.Ident{Name: conf.Init.Name}}
		initMods = []*modCtx{root}
		if conf.Next != nil {
			if root.globals[conf.Next.Name] == nil {
				return &ConfigError{Msg: fmt.Sprintf("The next-state relation %s is not defined.", conf.Next.Name)}
			}
			next = &ast.Ident{Name: conf.Next.Name}
			nextMod = root
		}
	}
	// TLC's SpecProcessor: a model with variables needs an initial
	// predicate, and one with invariants or properties a next-state
	// relation.
	if len(initExprs) == 0 && (len(c.vars) > 0 || len(conf.Invariants) > 0 || len(conf.Properties) > 0) {
		return &ConfigError{Msg: "The configuration file did not specify the initial state predicate."}
	}
	if next == nil && (len(conf.Invariants) > 0 || len(conf.Properties) > 0) {
		return &ConfigError{Msg: "The configuration file did not specify the next state predicate."}
	}
	// Init: the conjunction of the state-level conjuncts.
	var gens []genFn
	fs := root.base.newFrame()
	for i, e := range initExprs {
		s := fs
		if initMods[i] != root {
			s = initMods[i].base.newFrame()
			s.frame = fs.frame
			s.depth = fs.depth
		}
		gens = append(gens, c.gen(e, s))
	}
	sp.Init = &Expr{Name: "Init", gen: c.chainGens(gens), slots: fs.frame}
	if conf.Init != nil {
		sp.Init.Name = conf.Init.Name
	}
	if next != nil {
		nfs := nextMod.base.newFrame()
		nf, _ := c.expr(next, nfs)
		sp.Next = &Expr{Name: "Next", fn: nf, gen: c.gen(next, nfs), slots: nfs.frame, Level: lvlAction}
		sx := &splitter{c: c, sp: sp}
		afs := nextMod.base.newFrame()
		sx.split(next, afs, sx.track(&Frame{}, afs.frame), nil)
		sx.finish()
		if sub != nil {
			sfs := nextMod.base.newFrame()
			sf, l := c.expr(sub, sfs)
			sp.Subscript = &Expr{Name: "vars", fn: sf, slots: sfs.frame, Level: l}
		}
	}
	return nil
}

func unparen(e ast.Expr) ast.Expr {
	for {
		switch x := e.(type) {
		case *ast.Paren:
			e = x.X
		case *ast.Label:
			e = x.Body
		default:
			return e
		}
	}
}

// levelOf is a definition's level (compiling it).
func (c *compiler) levelOf(d *opDef) int {
	if containsTemporal(d.body, d.mod, 0) {
		return lvlTemp
	}
	c.compileDef(d)
	return d.lvl
}

func (c *compiler) levelOfExpr(e ast.Expr, m *modCtx) int {
	if containsTemporal(e, m, 0) {
		return lvlTemp
	}
	_, l := c.expr(e, m.base.newFrame())
	return l
}

// containsTemporal says whether e uses [], <>, ~>, WF/SF, \EE, \AA,
// following zero-arity definitions.
func containsTemporal(e ast.Expr, m *modCtx, depth int) bool {
	if depth > 20 {
		return false
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.Fairness:
			found = true
		case *ast.OpApp:
			switch x.Op.Name {
			case "[]", "<>", "~>", "-+->", "\\AA", "\\EE":
				found = true
			}
		case *ast.QuantExpr:
			if x.Quant == ast.TemporalExists || x.Quant == ast.TemporalForall {
				found = true
			}
		case *ast.Ident:
			if g := m.globals[x.Name]; g != nil && g.kind == gDef && len(g.def.params) == 0 && g.def.funcDef == nil && g.def.body != nil {
				if containsTemporal(g.def.body, g.def.mod, depth+1) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// inNext says whether action applies a definition that the next-state
// relation next offers as one of its disjuncts (through \/, \E, LET and
// the definitions it applies): an action the search generates from every
// state, whose ENABLED meets no error there that the search did not.
// Its arguments are not compared (WF_vars(A(p)) for each p against
// \E p \in S : A(p)).
func inNext(action ast.Expr, am *modCtx, next ast.Expr, nm *modCtx) bool {
	if next == nil || am == nil || nm == nil {
		return false
	}
	target := appliedDefinition(action, am)
	if target == nil {
		return false
	}
	var walk func(e ast.Expr, m *modCtx, depth int) bool
	walk = func(e ast.Expr, m *modCtx, depth int) bool {
		if depth > 32 || m == nil {
			return false
		}
		e = unparen(e)
		if d := appliedDefinition(e, m); d != nil {
			return d == target || (d.body != nil && walk(d.body, d.mod, depth+1))
		}
		switch x := e.(type) {
		case *ast.JunctionList:
			if x.Op != "\\lor" {
				return false
			}
			for _, it := range x.Items {
				if walk(it, m, depth+1) {
					return true
				}
			}
		case *ast.OpApp:
			if x.Fix != ast.FixNone && x.Op.Name == "\\lor" {
				for _, a := range x.Args {
					if walk(a, m, depth+1) {
						return true
					}
				}
			}
		case *ast.QuantExpr:
			return x.Quant == ast.Exists && walk(x.Body, m, depth+1)
		case *ast.LetExpr:
			return walk(x.Body, m, depth+1)
		}
		return false
	}
	return walk(next, nm, 0)
}

// appliedDefinition is the module-level definition e names or applies
// (A, A(p)), or nil.
func appliedDefinition(e ast.Expr, m *modCtx) *opDef {
	var name string
	switch x := unparen(e).(type) {
	case *ast.Ident:
		name = x.Name
	case *ast.OpApp:
		if x.Fix != ast.FixNone {
			return nil
		}
		name = x.Op.Name
	default:
		return nil
	}
	if g := m.globals[name]; g != nil && g.kind == gDef {
		return g.def
	}
	return nil
}

func (c *compiler) fairness(sp *Spec, f *ast.Fairness, m *modCtx) error {
	fs := m.base.newFrame()
	angle := &ast.ActionExpr{Open: f.KwPos, Angle: true, Action: f.Action, Close: f.Rparen, Sub: f.Sub}
	taken, _ := c.expr(angle, fs)
	efs := m.base.newFrame()
	en, _ := c.enabled(angle, efs)
	sp.Fairness = append(sp.Fairness, Fairness{
		Strong:  f.Strong,
		Enabled: &Expr{Name: "ENABLED", fn: en, slots: efs.frame, Level: lvlState},
		Taken:   &Expr{Name: "<<A>>_v", fn: taken, slots: fs.frame, Level: lvlAction},
		Pos:     m.src(f.Pos()).position(),
		action:  f.Action,
		mod:     m,
	})
	return nil
}

// actionName names an action after the operator it applies.
func actionName(e ast.Expr, m *modCtx, named *opDef) (string, Position) {
	inner := e
	for {
		q, ok := unparen(inner).(*ast.QuantExpr)
		if !ok || q.Quant != ast.Exists {
			break
		}
		inner = q.Body
	}
	var name string
	switch x := unparen(inner).(type) {
	case *ast.Ident:
		name = x.Name
	case *ast.OpApp:
		if x.Fix == ast.FixNone {
			name = x.Op.Name
		}
	case *ast.SubexprName:
		var parts []string
		for _, p := range x.Parts {
			parts = append(parts, p.Name)
		}
		name = strings.Join(parts, "!")
	}
	if name != "" {
		if g := m.globals[name]; g != nil && g.kind == gDef {
			return name, g.def.src.position()
		}
		return name, m.src(e.Pos()).position()
	}
	if named != nil {
		return named.name, named.src.position()
	}
	return "Next", m.src(e.Pos()).position()
}
