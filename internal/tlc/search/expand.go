package search

import (
	"sync"
	"sync/atomic"
)

// expansion is one state's successors, computed by an expander.
type expansion struct {
	extra    int64
	succ     []succState // in the order of the actions that made them
	err      error       // Next of action errAct failed, after succ
	errAct   int
	deadlock bool
}

type succState struct {
	st     State
	fp     uint64
	action int32
	// known is the node of fp when the expander found it in the
	// fingerprint set (-1: not there then); the merge then need not look.
	known   int32
	inv     int32 // first violated invariant, -1
	implied int32 // first violated implied action, -1
	in      bool  // constraints hold
	checked bool  // inv and err are the invariants' answer
	err     error
	impErr  error
}

// expander is one goroutine's means of expansion: the model it
// evaluates with (its own worker when the model has them) and the
// successor list being filled.
type expander struct {
	s      *searcher
	m      Model
	list   []succState
	action int32       // the action whose successors emit appends
	emit   func(State) // appends to list; made once
}

func (s *searcher) newExpander() *expander {
	e := &expander{s: s, m: s.m}
	if wm, ok := s.m.(WorkerModel); ok {
		e.m = wm.NewWorker()
	}
	e.emit = func(t State) {
		e.list = append(e.list, succState{st: t, action: e.action, known: -1, inv: -1, implied: -1})
	}
	return e
}

// at is the expander's model as it evaluates states at level (the same
// model when levels do not matter).
func (e *expander) at(level int32) Model {
	if lm, ok := e.m.(LevelModel); ok && e.s.leveled != nil {
		return lm.AtLevel(level)
	}
	return e.m
}

// expandOne computes the successors of st, a state at level, and their
// checks.
func (e *expander) expandOne(st State, level int32) *expansion {
	s, m := e.s, e.m
	ex := &expansion{errAct: -1}
	// The successors go to e.list, reused from state to state, and then
	// to a slice of the right size.
	e.list = e.list[:0]
	defer func() { ex.succ = append([]succState(nil), e.list...) }()
	// The step is evaluated at st's level, its successors at the next
	// (the worker's model at those levels; the same when levels do not
	// matter).
	cur, next := e.at(level), e.at(level+1)
	for a := range m.NumActions() {
		start := len(e.list)
		e.action = int32(a)
		extra, err := cur.Next(a, st, e.emit)
		list := e.list[start:]
		ex.extra += extra
		if err != nil {
			ex.err, ex.errAct = err, a
			return ex
		}
		for i := range list {
			ss := &list[i]
			in, err := next.InModel(ss.st)
			if err == nil && in {
				in, err = cur.ActionAllowed(st, ss.st)
			}
			if err == nil && in {
				ss.fp, err = next.Fingerprint(ss.st)
			}
			ss.in = in
			ss.err = err
			if err != nil {
				break
			}
			implied, impErr := cur.Implied(st, ss.st)
			ss.implied, ss.impErr = int32(implied), impErr
			// The invariants of a state in the model are checked once
			// the search knows it is new: by the merge with one worker,
			// by the checkers with several (mark). Those of a state
			// outside the model (checked each time, as TLC does) here.
			// With InvariantsWithActions both are checked here unless
			// the state is in the set already (the merge may be adding
			// to it meanwhile: a state it adds after this look is
			// checked in vain, harmlessly).
			seen := false
			if in {
				ss.known, seen = s.seen.lookup(ss.fp)
			}
			if !in || (!seen && s.opts.InvariantsWithActions) {
				inv, err := next.Invariant(ss.st)
				ss.inv, ss.err = int32(inv), err
				ss.checked = true
				if ss.err != nil {
					ss.err = &checkError{ss.err}
				}
			}
		}
	}
	ex.deadlock = len(e.list) == 0
	return ex
}

// batch is the nodes lo..hi-1 handed to the expanders: their states and
// levels (views of the node arrays: the merge, meanwhile, only appends
// nodes after them and drops the states of nodes before them) and, once
// expanded, their expansions.
type batch struct {
	lo, hi int32
	states []State
	levels []int32
	exps   []*expansion
}

// launch expands the nodes lo..hi-1: with one worker before it returns,
// with more on the expanders' goroutines (waitAll waits for them).
func (s *searcher) launch(lo, hi int32) *batch {
	n := int(hi - lo)
	b := &batch{lo: lo, hi: hi, states: s.states[lo:hi:hi], levels: s.level[lo:hi:hi], exps: make([]*expansion, n)}
	if s.opts.Workers <= 1 {
		e := s.pool(&s.expanders, 1)[0]
		for i, st := range b.states {
			b.exps[i] = e.expandOne(st, b.levels[i])
		}
		return b
	}
	s.parallel(n, &s.expanders, func(e *expander, i int) {
		b.exps[i] = e.expandOne(b.states[i], b.levels[i])
	})
	return b
}

// check is a successor whose invariants the checkers evaluate, at level.
type check struct {
	ss    *succState
	level int32
}

// mark lists the successors of b, expanded and not merged, that the
// merge will find new (by the set, the batch before b, which mark saw
// last, and b itself), in order. With several workers their invariants
// are evaluated in parallel (launchChecks) while the merge is busy with
// the batch before; the merge evaluates those of a new state not listed.
func (s *searcher) mark(b *batch) []check {
	claims := make(map[uint64]struct{}, len(s.claims))
	var out []check
	for i, ex := range b.exps {
		for j := range ex.succ {
			ss := &ex.succ[j]
			if !ss.in || ss.checked || ss.err != nil || ss.known >= 0 {
				continue
			}
			if _, ok := claims[ss.fp]; ok {
				continue
			}
			if _, ok := s.claims[ss.fp]; ok {
				continue
			}
			if _, ok := s.seen.lookup(ss.fp); ok {
				continue
			}
			claims[ss.fp] = struct{}{}
			out = append(out, check{ss, b.levels[i] + 1})
		}
	}
	s.claims = claims
	return out
}

// launchChecks evaluates the invariants of checks on the checkers'
// goroutines (waitAll waits for them).
func (s *searcher) launchChecks(checks []check) {
	s.parallel(len(checks), &s.checkers, func(e *expander, i int) {
		c := checks[i]
		inv, err := e.at(c.level).Invariant(c.ss.st)
		c.ss.inv, c.ss.err, c.ss.checked = int32(inv), err, true
		if err != nil {
			c.ss.err = &checkError{err}
		}
	})
}

// pool returns n expanders of *p, made as needed and kept from batch to
// batch with what their workers have grown (frames, buffers).
func (s *searcher) pool(p *[]*expander, n int) []*expander {
	for len(*p) < n {
		*p = append(*p, s.newExpander())
	}
	return (*p)[:n]
}

// parallel calls do(e, i) for i in 0..n-1 on up to Workers goroutines,
// each with an expander of *p of its own, and returns at once; waitAll
// waits for them.
func (s *searcher) parallel(n int, p *[]*expander, do func(e *expander, i int)) {
	if n == 0 {
		return
	}
	done := make(chan struct{})
	s.running = append(s.running, done)
	var wg sync.WaitGroup
	var next atomic.Int64
	for _, e := range s.pool(p, min(s.opts.Workers, n)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				do(e, i)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()
}

// waitAll returns once the goroutines parallel started are done: the
// model is then used by the caller's goroutine alone (as when a trace's
// states are generated again).
func (s *searcher) waitAll() {
	for _, done := range s.running {
		<-done
	}
	s.running = s.running[:0]
}
