package search

import "sync"

// expansion is one state's successors, computed by an expander.
type expansion struct {
	extra    int64
	succ     [][]succState // per action
	err      error
	errAct   int
	deadlock bool
}

type succState struct {
	st State
	fp uint64
	// known is the node of fp when the expander found it in the
	// fingerprint set (-1: not there then); the merge then need not look.
	known   int32
	in      bool // constraints hold
	checked bool // inv and err are the invariants' answer
	inv     int  // first violated invariant, -1
	implied int  // first violated implied action, -1
	err     error
	impErr  error
}

// expander is one goroutine's means of expansion: the model it
// evaluates with (its own worker when the model has them) and the
// successor list being filled.
type expander struct {
	s    *searcher
	m    Model
	list []succState
	emit func(State) // appends to list; made once
}

func (s *searcher) newExpander() *expander {
	e := &expander{s: s, m: s.m}
	if wm, ok := s.m.(WorkerModel); ok {
		e.m = wm.NewWorker()
	}
	e.emit = func(t State) { e.list = append(e.list, succState{st: t, known: -1, inv: -1, implied: -1}) }
	return e
}

// expandOne computes the successors of st, a state at level, and their
// checks.
func (e *expander) expandOne(st State, level int32) *expansion {
	s, m := e.s, e.m
	ex := &expansion{succ: make([][]succState, m.NumActions()), errAct: -1}
	total := 0
	// The step is evaluated at st's level, its successors at the next
	// (the worker's model at those levels; the same when levels do not
	// matter).
	cur, next := m, m
	if lm, ok := m.(LevelModel); ok && s.leveled != nil {
		cur, next = lm.AtLevel(level), lm.AtLevel(level+1)
	}
	for a := range ex.succ {
		e.list = nil
		extra, err := cur.Next(a, st, e.emit)
		list := e.list
		e.list = nil
		ex.extra += extra
		if err != nil {
			ex.err, ex.errAct = err, a
			ex.succ[a] = list
			return ex
		}
		total += len(list)
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
			ss.implied, ss.impErr = cur.Implied(st, ss.st)
			// A state already in the set needs no invariant: it was
			// checked when found. The merge may be adding to the set
			// meanwhile; a state it adds after this look is checked
			// here in vain, harmlessly.
			seen := false
			if in {
				ss.known, seen = s.seen.lookup(ss.fp)
			}
			if !seen {
				ss.inv, ss.err = next.Invariant(ss.st)
				ss.checked = true
				if ss.err != nil {
					ss.err = &checkError{ss.err}
				}
			}
		}
		ex.succ[a] = list
	}
	ex.deadlock = total == 0
	return ex
}

// batch is a slice of a BFS level handed to the expanders: the nodes,
// their states (copied, as the merge may grow the node arrays
// meanwhile) and, once done is closed, their expansions.
type batch struct {
	ids    []int32
	states []State
	level  int32
	exps   []*expansion
	done   chan struct{}
}

// launch expands the nodes ids, all at level. With one worker it expands
// them before it returns; with more, it returns at once and the
// expanders work while the caller merges the batch before.
func (s *searcher) launch(ids []int32, level int32) *batch {
	b := &batch{ids: ids, level: level, states: make([]State, len(ids)), exps: make([]*expansion, len(ids)), done: make(chan struct{})}
	for i, id := range ids {
		b.states[i] = s.states[id]
	}
	workers := min(s.opts.Workers, len(ids))
	for len(s.expanders) < max(workers, 1) {
		// One per goroutine, kept from batch to batch with what its
		// worker has grown (frames, buffers).
		s.expanders = append(s.expanders, s.newExpander())
	}
	if workers <= 1 {
		e := s.expanders[0]
		for i, st := range b.states {
			b.exps[i] = e.expandOne(st, level)
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
				if i >= len(ids) {
					return
				}
				b.exps[i] = e.expandOne(b.states[i], level)
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
