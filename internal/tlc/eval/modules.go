package eval

import (
	"sync/atomic"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/cfg"
)

// compiler turns a Program into closures. It is used before the search
// only; the closures it makes are safe for concurrent use.
type compiler struct {
	prog       *sany.Program
	byName     map[string]*sany.ProgramModule
	m          *Machine
	rootParams map[string]*global
	plain      map[string]*modCtx
	vars       []string
	varSrc     []src
	consts     []*constCell
	root       *modCtx
	assumes    []assumption
	conf       *cfg.Config
	pending    []pendingOverride
}

type assumption struct {
	body ast.Expr
	mod  *modCtx
}

// paramFunc supplies the global a module's CONSTANT or VARIABLE stands
// for: a shared one in the root module's EXTENDS chain, a substitution
// in an instance.
type paramFunc func(kind gKind, name string, arity int, at src) *global

func (c *compiler) rootParam(kind gKind, name string, arity int, at src) *global {
	if g, ok := c.rootParams[name]; ok {
		return g
	}
	g := &global{kind: kind, name: name, exported: true}
	if kind == gVar {
		g.varIndex = len(c.vars)
		c.vars = append(c.vars, name)
		c.varSrc = append(c.varSrc, at)
	} else {
		g.cell = &constCell{name: name, arity: arity, decl: at}
		c.consts = append(c.consts, g.cell)
	}
	c.rootParams[name] = g
	return g
}

// moduleCtx returns the context of module name reached through EXTENDS:
// shared (the root's chain, standard modules) when param is the root's.
func (c *compiler) moduleCtx(name string, base *scope, param paramFunc, shared bool) *modCtx {
	pm := c.byName[name]
	if pm == nil {
		panic(&Unsupported{What: "module " + name + " (not loaded)"})
	}
	if pm.Standard || shared {
		if m, ok := c.plain[name]; ok {
			return m
		}
	}
	m := c.buildCtx(pm, base, param, shared)
	if pm.Standard || shared {
		c.plain[name] = m
	}
	return m
}

// buildCtx collects a module's names in order: what it extends, then its
// units.
func (c *compiler) buildCtx(pm *sany.ProgramModule, base *scope, param paramFunc, shared bool) *modCtx {
	m := &modCtx{name: pm.Name, file: pm.File, path: pm.Path, globals: map[string]*global{}, comp: c, std: pm.Standard}
	mbase := &scope{names: map[string]*binding{}, depth: 0, frame: &frameInfo{}, mod: m}
	if base != nil {
		mbase = &scope{names: map[string]*binding{}, parent: base, depth: base.depth, frame: base.frame, mod: m}
	}
	m.base = mbase
	for _, ext := range pm.AST.Extends {
		sub := c.moduleCtx(ext.Name, base, param, shared)
		for name, g := range sub.globals {
			if g.exported {
				m.globals[name] = g
			}
		}
	}
	for _, u := range pm.AST.Units {
		switch u := u.(type) {
		case *ast.VarDecl:
			for _, id := range u.Names {
				m.globals[id.Name] = param(gVar, id.Name, 0, m.src(id.Pos()))
			}
		case *ast.ConstDecl:
			for _, p := range u.Params {
				m.globals[p.Name.Name] = param(gConst, p.Name.Name, p.Arity, m.src(p.Pos()))
			}
		case *ast.OpDef:
			if pm.Standard || communityOverride(pm.Name, u.Name.Name) {
				m.globals[u.Name.Name] = &global{kind: gBuiltin, name: u.Name.Name, builtin: u.Name.Name, exported: !u.Local.IsValid()}
				continue
			}
			d := &opDef{name: u.Name.Name, mod: m, scope: mbase, params: u.Params, body: u.Body, src: m.src(u.Name.Pos())}
			m.globals[u.Name.Name] = &global{kind: gDef, name: u.Name.Name, def: d, exported: !u.Local.IsValid()}
		case *ast.FuncDef:
			d := &opDef{name: u.Name.Name, mod: m, scope: mbase, body: u.Body, funcDef: u, src: m.src(u.Name.Pos())}
			m.globals[u.Name.Name] = &global{kind: gDef, name: u.Name.Name, def: d, exported: !u.Local.IsValid()}
		case *ast.Instance:
			if pm.Standard {
				continue
			}
			inst := &instDef{inst: u, scope: mbase, mod: m}
			ictx := c.instantiate(inst, mbase)
			for name, g := range ictx.globals {
				// INSTANCE imports definitions only, not the module's
				// parameters.
				if g.exported && g.kind != gSubst && g.kind != gVar && g.kind != gConst {
					cp := *g
					cp.exported = !u.Local.IsValid()
					m.globals[name] = &cp
				}
			}
		case *ast.ModuleDef:
			inst := &instDef{name: u.Name.Name, params: u.Params, inst: u.Instance, scope: mbase, mod: m}
			m.globals[u.Name.Name] = &global{kind: gInst, name: u.Name.Name, inst: inst, exported: !u.Local.IsValid()}
		case *ast.Module:
			unsupportedModule(c, u)
		case *ast.Theorem:
			if body, ok := u.Body.(ast.Expr); ok && u.Name != nil && !pm.Standard {
				d := &opDef{name: u.Name.Name, mod: m, scope: mbase, body: body, src: m.src(u.Name.Pos())}
				m.globals[u.Name.Name] = &global{kind: gDef, name: u.Name.Name, def: d, exported: true}
			}
		case *ast.Assume:
			if shared && !pm.Standard {
				c.assumes = append(c.assumes, assumption{body: u.Body, mod: m})
			}
			if u.Name != nil {
				d := &opDef{name: u.Name.Name, mod: m, scope: mbase, body: u.Body, src: m.src(u.Name.Pos())}
				m.globals[u.Name.Name] = &global{kind: gDef, name: u.Name.Name, def: d, exported: true}
			}
		}
	}
	if !pm.Standard {
		c.moduleOverrides(m)
	}
	return m
}

// unsupportedModule is a module nested in another: not evaluated.
func unsupportedModule(c *compiler, u *ast.Module) {}

// instantiate builds the context of INSTANCE M WITH ... as seen from
// scope s (for I(x) == INSTANCE, s holds the parameters).
func (c *compiler) instantiate(inst *instDef, s *scope) *modCtx {
	if inst.ctx != nil {
		return inst.ctx
	}
	target := inst.inst.Module.Name
	pm := c.byName[target]
	if pm == nil {
		panic(&Unsupported{What: "INSTANCE of module " + target})
	}
	if pm.Standard {
		ctx := c.moduleCtx(target, nil, c.rootParam, true)
		inst.ctx = ctx
		return ctx
	}
	with := map[string]*ast.Substitution{}
	for _, w := range inst.inst.With {
		with[w.Name.Name] = w
	}
	subst := map[string]*global{}
	param := func(kind gKind, name string, arity int, at src) *global {
		if g, ok := subst[name]; ok {
			return g
		}
		var g *global
		if w, ok := with[name]; ok {
			g = c.substitution(name, arity, w.Value, s)
		} else {
			// Implicit substitution: the same name in the instantiating context.
			g = c.substitution(name, arity, &ast.Ident{NamePos: inst.inst.KwPos, NameEnd: inst.inst.KwPos, Name: name}, s)
		}
		subst[name] = g
		return g
	}
	ctx := c.buildCtx(pm, s, param, false)
	ctx.substituted = len(subst) > 0
	inst.ctx = ctx
	return ctx
}

// substitution compiles the expression an instance parameter stands for.
func (c *compiler) substitution(name string, arity int, e ast.Expr, s *scope) *global {
	sub := &substitution{depth: s.depth, varIndex: -1, expr: e, scope: s}
	if arity > 0 {
		sub.fn = c.opArg(e, arity, s)
		sub.lvl = lvlConst
	} else {
		fs := s.newFrame()
		fn, lvl := c.expr(e, fs)
		slots := fs.frame
		sub.lvl = lvl
		eval := func(ctx *Ctx) Value {
			saved := ctx.frame
			ctx.frame = &Frame{vals: make([]Value, slots.n), up: saved}
			v := fn(ctx)
			ctx.frame = saved
			return v
		}
		sub.fn = eval
		id, isIdent := e.(*ast.Ident)
		variable := false
		if isIdent && s.lookup(id.Name) == nil {
			if g := s.mod.globals[id.Name]; g != nil && (g.kind == gVar || (g.kind == gSubst && g.subst.varIndex >= 0)) {
				variable = true
			}
		}
		switch {
		case variable || s.depth > 0:
			// A variable is read directly (below); a substitution in a
			// parametrised instance depends on the parameters.
		case lvl == lvlConst:
			// Written in a module's own scope and constant: evaluated
			// once, as TLC evaluates constant expressions once. A
			// failure is not remembered (as constValue): evaluated again
			// where it is used next.
			var memo atomic.Pointer[Value]
			sub.fn = func(ctx *Ctx) Value {
				if v := memo.Load(); v != nil {
					return *v
				}
				v := eval(&Ctx{m: ctx.m, depth: ctx.depth})
				memo.Store(&v)
				return v
			}
		case lvl == lvlState:
			// Written in a module's own scope (no parameter or bound
			// identifier around it), of state level: a function of the
			// state, cached per state.
			slot := c.m.newSubstSlot()
			sub.fn = func(ctx *Ctx) Value {
				sc := ctx.cache
				if sc == nil {
					return eval(ctx)
				}
				if v := sc.get(slot); v != nil {
					return v
				}
				v := eval(ctx)
				sc.put(slot, v)
				return v
			}
		}
		if isIdent && s.lookup(id.Name) == nil {
			if g := s.mod.globals[id.Name]; g != nil {
				switch g.kind {
				case gVar:
					sub.varIndex = g.varIndex
				case gSubst:
					sub.varIndex = g.subst.varIndex
				}
				if i := sub.varIndex; i >= 0 {
					name := id.Name
					sub.fn = func(ctx *Ctx) Value {
						if i >= len(ctx.cur) || ctx.cur[i] == nil {
							panic(&Error{Msg: "In evaluation, the identifier " + name + " is either undefined or not an operator."})
						}
						return ctx.cur[i]
					}
				}
			}
		}
	}
	return &global{kind: gSubst, name: name, subst: sub, exported: true}
}
