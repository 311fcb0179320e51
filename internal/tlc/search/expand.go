package search

import "sync"

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
	cur, next := m, m
	if lm, ok := m.(LevelModel); ok && s.leveled != nil {
		cur, next = lm.AtLevel(level), lm.AtLevel(level+1)
	}
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
			// With one worker, the invariants of a state in the model
			// are checked once, by the merge, when it finds the state
			// new; those of a state outside it (checked each time, as
			// TLC does) here. With several workers (the merge must stay
			// light, as it is not parallel) or InvariantsWithActions,
			// both are checked here unless the state is in the set
			// already (the merge may be adding to it meanwhile: a state
			// it adds after this look is checked in vain, harmlessly).
			seen := false
			if in {
				ss.known, seen = s.seen.lookup(ss.fp)
			}
			if !in || (!seen && (s.opts.InvariantsWithActions || s.opts.Workers > 1)) {
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
// levels (copied, as the merge may grow the node arrays meanwhile) and,
// once done is closed, their expansions.
type batch struct {
	lo, hi int32
	states []State
	levels []int32
	exps   []*expansion
	done   chan struct{}
}

// launch expands the nodes lo..hi-1. With one worker it expands them
// before it returns; with more, it returns at once and the expanders
// work while the caller merges the batch before.
func (s *searcher) launch(lo, hi int32) *batch {
	n := int(hi - lo)
	b := &batch{lo: lo, hi: hi, states: s.states[lo:hi:hi], levels: s.level[lo:hi:hi], exps: make([]*expansion, n), done: make(chan struct{})}
	if s.opts.Workers > 1 {
		b.states = append([]State(nil), b.states...)
		b.levels = append([]int32(nil), b.levels...)
	}
	workers := min(s.opts.Workers, n)
	for len(s.expanders) < max(workers, 1) {
		// One per goroutine, kept from batch to batch with what its
		// worker has grown (frames, buffers).
		s.expanders = append(s.expanders, s.newExpander())
	}
	if workers <= 1 {
		e := s.expanders[0]
		for i, st := range b.states {
			b.exps[i] = e.expandOne(st, b.levels[i])
		}
		close(b.done)
		return b
	}
	s.inflight = b
	var wg sync.WaitGroup
	var mu sync.Mutex
	nextIdx := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		e := s.expanders[w]
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := nextIdx
				nextIdx++
				mu.Unlock()
				if i >= n {
					return
				}
				b.exps[i] = e.expandOne(b.states[i], b.levels[i])
			}
		}()
	}
	go func() {
		wg.Wait()
		close(b.done)
	}()
	return b
}

// wait returns once b (nil: none) is expanded.
func (s *searcher) wait(b *batch) {
	if b == nil {
		return
	}
	<-b.done
	if s.inflight == b {
		s.inflight = nil
	}
}

// quiesce waits for the expanders: the model is then used by the
// caller's goroutine alone (to generate a trace's states again).
func (s *searcher) quiesce() { s.wait(s.inflight) }
