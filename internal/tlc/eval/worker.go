package eval

import (
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// Worker evaluates for one goroutine of the search at a time, at the
// level SetLevel last gave (TLCGet("level")): successors
// and state predicates as Spec's SuccessorsCounted and Holds, reusing
// one evaluation context and the next state under construction from
// call to call. Spec's entry points allocate them for every action and
// every invariant of every state, which is most of what a disabled
// action or a cheap invariant costs.
//
// What a call reuses is never kept by a value it returns: a successor is
// copied out of the next state when it is emitted, and a lazy value
// that holds on to a state copies a state that may change (setFilter).
// Frames are taken from an arena and given back when their call returns,
// unless a value made in the call may keep its frame (frameInfo).
type Worker struct {
	// The pads keep the fields, which every call writes, off the cache
	// lines of whatever is allocated beside the Worker (another
	// goroutine's Worker, often): a line two cores write bounces between
	// them.
	_    [64]byte
	sp   *Spec
	ctx  Ctx
	next []Value
	// The successor generation in progress: emit receives the states,
	// k is emitNext bound once.
	action *Action
	emit   func([]Value)
	k      func(*Ctx)
	// arena gives the frames of the operator calls no value keeps.
	arena frameArena
	// empty is the frame of an expression that binds nothing: no slot
	// to write, so every evaluation can share it.
	empty Frame
	// level is the level of the states evaluated, plus one (Ctx.level).
	level int32
	_     [64]byte
}

// SetLevel makes the next calls evaluate states at level, as
// Spec.AtLevel does.
func (w *Worker) SetLevel(level int32) { w.level = level + 1 }

// NewWorker returns a Worker for sp.
func (sp *Spec) NewWorker() *Worker {
	// next has pads of its own, for the same reason.
	n := len(sp.Vars)
	w := &Worker{sp: sp, next: make([]Value, n+8)[4 : 4+n : 4+n], level: sp.level}
	w.k = w.emitNext
	return w
}

// Successors is Spec.SuccessorsCounted: it calls emit with every
// successor of st by action a and returns how many intermediate states
// it generated.
func (w *Worker) Successors(a *Action, st []Value, emit func([]Value)) (extra int64, err error) {
	clear(w.next)
	w.ctx = Ctx{cur: st, next: w.next, m: w.sp.Machine, countEmits: true, arena: &w.arena, level: w.level}
	ctx := &w.ctx
	// st is the search's (it does not change): its substitutions are
	// cached; next is being built and has no cache.
	ctx.cache = w.sp.Machine.cacheFor(st)
	if n := max(len(a.frame.vals), a.fs.n); n > 0 {
		var f *Frame
		if a.fs.captured {
			f = newFrame(n, a.frame.up)
		} else {
			f = w.arena.alloc(n, a.frame.up)
		}
		copy(f.vals, a.frame.vals)
		ctx.frame = f
	} else {
		// Nothing to bind: the action's own frame, which nothing writes.
		ctx.frame = a.frame
	}
	w.action, w.emit = a, emit
	err = protect(func() { a.gen(ctx, w.k) })
	w.sp.Machine.release(ctx.cache)
	extra = ctx.extra
	w.arena.release(0)
	w.action, w.emit = nil, nil
	w.ctx = Ctx{}
	return extra, err
}

// emitNext is the continuation of a successful generation.
func (w *Worker) emitNext(ctx *Ctx) {
	ctx.poll()
	if m := w.sp.missing(ctx.next); m != "" {
		panic(w.sp.incompleteSuccessor(w.action, ctx.next))
	}
	ctx.extra += ctx.dups
	w.emit(append([]Value(nil), ctx.next...))
}

// Holds is Spec.Holds: the predicate e on st (next may be nil).
func (w *Worker) Holds(e *Expr, st, next []Value) (bool, error) {
	w.ctx = Ctx{cur: st, next: next, m: w.sp.Machine, arena: &w.arena, level: w.level}
	ctx := &w.ctx
	if e.slots != nil && e.slots.n > 0 {
		if e.slots.captured {
			ctx.frame = newFrame(e.slots.n, nil)
		} else {
			ctx.frame = w.arena.alloc(e.slots.n, nil)
		}
	} else {
		ctx.frame = &w.empty
	}
	ctx.cache = w.sp.Machine.cacheFor(st)
	if next != nil {
		ctx.nextCache = w.sp.Machine.cacheFor(next)
	}
	var v Value
	err := protect(func() { v = e.fn(ctx) })
	w.sp.Machine.release(ctx.cache)
	w.sp.Machine.release(ctx.nextCache)
	w.arena.release(0)
	w.ctx = Ctx{}
	if err != nil {
		return false, err
	}
	b, ok := v.(value.Bool)
	if !ok {
		return false, e.notBoolean(v)
	}
	return bool(b), nil
}
