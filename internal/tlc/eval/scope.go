package eval

import (
	"sync"
	"sync/atomic"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// evalFn is a compiled expression.
type evalFn func(c *Ctx) Value

// genFn is a compiled action or initial predicate: it calls k once for
// every way of satisfying it, with the state variables it assigns bound.
type genFn func(c *Ctx, k func(c *Ctx))

// Levels of expressions, as far as compilation needs them.
const (
	lvlConst  = 0
	lvlState  = 1
	lvlAction = 2
	lvlTemp   = 3
)

// frameInfo counts the slots of one frame while its body compiles, and
// says whether a value made in it may keep the frame once its call has
// returned (an operator or LAMBDA closure, an unevaluated argument, a
// lazy set filter or recursive function): a frame no value keeps can be
// reused after the call (frameArena).
type frameInfo struct {
	n        int
	captured bool
}

// scope is a compile-time environment: the names bound around an
// expression (quantified identifiers, parameters, LET definitions), the
// depth of the frame they live in, and the module context for the rest.
type scope struct {
	names  map[string]*binding
	parent *scope
	depth  int
	frame  *frameInfo
	mod    *modCtx
}

type bindKind int

const (
	bindSlot  bindKind = iota // a value in a frame slot
	bindLetOp                 // a LET definition
)

type binding struct {
	kind  bindKind
	depth int
	slot  int
	arity int
	def   *opDef
	// letMemo: a zero-arity LET definition evaluated once per entry of
	// its LET; the slot holds the value once computed.
	letMemo bool
	// level of what the slot holds when it is known when compiling: a
	// temporal operator's parameter bound to a state or action
	// expression (temporalWalker.expand); 0 otherwise.
	level int
}

func (s *scope) lookup(name string) *binding {
	for ; s != nil; s = s.parent {
		if b, ok := s.names[name]; ok {
			return b
		}
	}
	return nil
}

// child is a scope in the same frame.
func (s *scope) child() *scope {
	return &scope{names: map[string]*binding{}, parent: s, depth: s.depth, frame: s.frame, mod: s.mod}
}

// newFrame is the scope of an operator body: a new frame one deeper.
func (s *scope) newFrame() *scope {
	return &scope{names: map[string]*binding{}, parent: s, depth: s.depth + 1, frame: &frameInfo{}, mod: s.mod}
}

// bind adds a slot for name in s's frame.
func (s *scope) bind(name string, arity int) *binding {
	b := &binding{kind: bindSlot, depth: s.depth, slot: s.frame.n, arity: arity}
	s.frame.n++
	s.names[name] = b
	return b
}

// captureFrames records that a value made in s keeps s's frame and,
// through it, the frames of the enclosing scopes.
func (s *scope) captureFrames() {
	for ; s != nil; s = s.parent {
		if s.frame != nil {
			s.frame.captured = true
		}
	}
}

// captureEnclosingFrames records that a value made in s keeps the frames
// enclosing s's own (a lazy set filter copies its frame's slots and keeps
// only the frame above).
func (s *scope) captureEnclosingFrames() {
	for s != nil && s.parent != nil && s.parent.frame == s.frame {
		s = s.parent
	}
	if s != nil {
		s.parent.captureFrames()
	}
}

// walk returns the frame at depth want from f at depth have.
func walk(f *Frame, have, want int) *Frame {
	for ; have > want; have-- {
		f = f.up
	}
	return f
}

// opDef is a compiled operator definition (or a LAMBDA, or a function
// definition f[x \in S] == e).
type opDef struct {
	name   string
	mod    *modCtx
	scope  *scope // where it is defined
	params []*ast.Param
	body   ast.Expr
	src    src

	// fn is the compiled body in a frame of nslots slots (parameters
	// first); set once compilation of the body is over.
	fn     evalFn
	nslots int
	// frame is the frame's compile-time record: whether it is captured.
	frame *frameInfo
	// frameless is the body compiled in the defining scope's frame, for
	// a definition with no parameter and no slot (nil otherwise).
	frameless evalFn
	lvl       int
	caps      []int // argCaps, once computed
	state     int   // 0 new, 1 compiling, 2 compiled
	// closed is what closedDef found (closedUnknown ...).
	closed int

	gen      genFn
	genSlots int
	genFrame *frameInfo
	genState int

	// funcDef: a recursive function definition; bounds are its domain.
	funcDef *ast.FuncDef
	// fgen: a LET-defined function's body as an action (genFuncApp).
	fgen *funcGen

	domain     evalFn
	bounds     []boundVar
	primedOnce sync.Once
	primedArgs []bool

	memoMu sync.Mutex
	fnMemo map[uint64][]memoEntry

	memo atomic.Pointer[Value]
}

// global is what a module-level name denotes.
type gKind int

const (
	gVar gKind = iota
	gConst
	gDef
	gInst
	gBuiltin
	gSubst
)

type global struct {
	kind     gKind
	name     string
	varIndex int
	cell     *constCell
	def      *opDef
	inst     *instDef
	builtin  string
	subst    *substitution
	exported bool
}

// constCell is a CONSTANT's value, set from the configuration.
type constCell struct {
	name  string
	arity int
	val   Value
	op    *opDef // CONSTANT F(_) <- G, or C <- Op
	set   bool
	decl  src
}

// substitution is what an instance parameter is replaced by: an
// expression of the instantiating context (compiled there, at depth).
type substitution struct {
	fn       evalFn
	gen      func() genFn
	depth    int
	lvl      int
	varIndex int // >= 0: the expression is that state variable
	op       *global
	opBind   *binding // an operator parameter passed in
	expr     ast.Expr
	scope    *scope
}

// instDef is I == INSTANCE M WITH ... or I(x) == INSTANCE M ...
type instDef struct {
	name   string
	params []*ast.Param
	inst   *ast.Instance
	scope  *scope // the instantiating module's scope
	mod    *modCtx
	ctx    *modCtx // the instance's context, built on first use
	pscope *scope  // the scope of the parameters
}

// modCtx is one module's names: its own, those it extends and those of
// unnamed instances, after substitution.
type modCtx struct {
	name    string
	file    *token.File
	path    string
	globals map[string]*global
	base    *scope
	comp    *compiler
	std     bool
	// substituted: an instance context whose module has parameters
	// (TLC wraps its definitions in a substitution node).
	substituted bool
}

func (m *modCtx) src(pos token.Pos) src { return src{file: m.file, module: m.name, pos: pos} }

// primed is primedParams of the definition, computed once.
func (d *opDef) primed() []bool {
	d.primedOnce.Do(func() { d.primedArgs = primedParams(d.params, d.body) })
	return d.primedArgs
}
