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
	slab   []succState // where keep copies lists to
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

// expandOne computes into ex the successors of st, a state at level, and
// their checks, among them the invariants of the successors it is first
// to find new (b.claims, unless Options.InvariantsWithActions).
func (e *expander) expandOne(b *batch, ex *expansion, st State, level int32) {
	m := e.m
	ex.errAct = -1
	// The successors go to e.list, reused from state to state, and then
	// to a slice of the right size.
	e.list = e.list[:0]
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
			break
		}
		if k := e.checkSteps(st, list, cur, next); k >= 0 {
			e.list = e.list[:start+k+1] // up to the state that failed
			break
		}
	}
	ex.succ = e.keep(e.list)
	ex.deadlock = len(ex.succ) == 0 && ex.err == nil
	if b.claims != nil {
		e.claimNew(b, ex.succ, level+1)
	}
}

// keep copies list to the expander's slab, where the successors of many
// states share an allocation (they are dropped together, once their
// batches are merged).
func (e *expander) keep(list []succState) []succState {
	n := len(list)
	if n == 0 {
		return nil
	}
	if cap(e.slab)-len(e.slab) < n {
		e.slab = make([]succState, 0, max(n, slabSize))
	}
	out := e.slab[len(e.slab) : len(e.slab)+n : len(e.slab)+n]
	e.slab = e.slab[:len(e.slab)+n]
	copy(out, list)
	return out
}

const slabSize = 512

// checkSteps checks the steps from st to the states of list: the
// constraints, the fingerprint, the implied actions and, for a state
// outside the model or with Options.InvariantsWithActions, the
// invariants. It returns the index of the state whose evaluation failed
// (-1: none).
func (e *expander) checkSteps(st State, list []succState, cur, next Model) int {
	s := e.s
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
			return i
		}
		implied, impErr := cur.Implied(st, ss.st)
		ss.implied, ss.impErr = int32(implied), impErr
		// The invariants of a state in the model are checked by the
		// expander that claims it first (claimNew): once, for the
		// state the merge finds new, while the state is still in this
		// core's caches (evaluated by the merge a batch later, they
		// made one worker 6% slower on MCLamportMutex). Those of a
		// state outside the model (checked each time, as TLC does)
		// here. With InvariantsWithActions both are checked here unless
		// the state is in the set already (the merge may be adding to it
		// meanwhile: a state it adds after this look is checked in
		// vain, harmlessly).
		seen := false
		if in {
			ss.known, seen = s.seen.lookup(ss.fp)
		}
		if !in || (!seen && s.opts.InvariantsWithActions) {
			e.checkInvariants(ss, next)
		}
	}
	return -1
}

// answer is the invariants' answer on ss (once checked).
func (ss *succState) answer() (int, error) {
	if ce, ok := ss.err.(*checkError); ok {
		return int(ss.inv), ce.err
	}
	return int(ss.inv), nil
}

// checkInvariants evaluates the invariants of ss with m.
func (e *expander) checkInvariants(ss *succState, m Model) {
	inv, err := m.Invariant(ss.st)
	ss.inv, ss.checked = int32(inv), true
	if err != nil {
		ss.err = &checkError{err}
	}
}

// claimNew evaluates the invariants of the successors in succ, states
// at level, that no one has claimed: those the merge will find new and
// that are neither in the set nor among the new states of the batch
// before (which the search merges meanwhile). The merge takes the
// answer from the claim (claimSet.get).
func (e *expander) claimNew(b *batch, succ []succState, level int32) {
	var next Model
	for i := range succ {
		ss := &succ[i]
		if !ss.in || ss.checked || ss.err != nil || ss.known >= 0 {
			continue
		}
		if b.before != nil {
			if _, ok := b.before.get(ss.fp); ok {
				continue
			}
		}
		if !b.claims.claim(ss.fp, ss, level) {
			continue
		}
		if next == nil {
			next = e.at(level)
		}
		e.checkInvariants(ss, next)
	}
}

// batch is the nodes lo..hi-1 handed to the expanders: their states and
// levels (views of the node arrays: the merge, meanwhile, only appends
// nodes after them and drops the states of nodes before them) and, once
// expanded, their expansions.
type batch struct {
	lo, hi int32
	states []State
	levels []int32
	exps   []expansion
	// claims are the new states the expanders of the batch found (nil
	// with Options.InvariantsWithActions), and before those of the batch
	// launched before it while this one is expanded (nil with one
	// worker).
	claims, before *claimSet
}

// launch expands the nodes lo..hi-1: with one worker before it returns,
// with more on the crew's goroutines (waitAll waits for them); before
// is the batch launched before (nil: none, or one worker, which merges
// it before it launches the next).
func (s *searcher) launch(lo, hi int32, before *batch) *batch {
	n := int(hi - lo)
	b := &batch{lo: lo, hi: hi, states: s.states[lo-s.dropped : hi-s.dropped : hi-s.dropped], levels: s.level[lo:hi:hi], exps: make([]expansion, n)}
	if !s.opts.InvariantsWithActions {
		// About as many states are claimed as the merge finds new: about
		// as many as the last merge found, or as the batch has states.
		b.claims = newClaimSet(max(n, s.lastNew))
		if before != nil {
			b.before = before.claims
		}
	}
	if s.opts.Workers <= 1 {
		e := s.pool(1)[0]
		for i, st := range b.states {
			e.expandOne(b, &b.exps[i], st, b.levels[i])
		}
		return b
	}
	s.parallel(n, func(e *expander, i int) {
		e.expandOne(b, &b.exps[i], b.states[i], b.levels[i])
	})
	return b
}

// pool returns n expanders, made as needed and kept from batch to batch
// with what their workers have grown (frames, buffers).
func (s *searcher) pool(n int) []*expander {
	for len(s.expanders) < n {
		s.expanders = append(s.expanders, s.newExpander())
	}
	return s.expanders[:n]
}

// crew is the goroutines of a search with several workers, each with its
// expander for the whole search. (Locking them to their OS threads, to
// keep a worker's frames and buffers in one core's caches, made
// MCLamportMutex slower: 9.3 s against 8.5 s with 2 workers.)
type crew struct {
	jobs    []chan func(*expander)
	pending sync.WaitGroup
}

// startCrew starts a goroutine per worker; stopCrew ends them.
func (s *searcher) startCrew() {
	c := &crew{}
	for _, e := range s.pool(s.opts.Workers) {
		jobs := make(chan func(*expander))
		c.jobs = append(c.jobs, jobs)
		go func() {
			for job := range jobs {
				job(e)
				c.pending.Done()
			}
		}()
	}
	s.crew = c
}

func (s *searcher) stopCrew() {
	s.waitAll()
	for _, jobs := range s.crew.jobs {
		close(jobs)
	}
	s.crew = nil
}

// parallel calls do(e, i) for i in 0..n-1 on the crew's goroutines, each
// with its expander, and returns at once; waitAll waits for them. A
// goroutine takes chunk indices at a time: fewer writes to the shared
// counter, and the results a goroutine writes (a batch's expansions)
// fill cache lines of their own.
func (s *searcher) parallel(n int, do func(e *expander, i int)) {
	const chunk = 8
	c := s.crew
	var next atomic.Int64
	c.pending.Add(len(c.jobs))
	for _, jobs := range c.jobs {
		jobs <- func(e *expander) {
			for lo := int(next.Add(chunk) - chunk); lo < n; lo = int(next.Add(chunk) - chunk) {
				for i := lo; i < min(lo+chunk, n); i++ {
					do(e, i)
				}
			}
		}
	}
}

// waitAll returns once the crew is done with what parallel gave it: the
// model is then used by the caller's goroutine alone (as when a trace's
// states are generated again).
func (s *searcher) waitAll() {
	if s.crew != nil {
		s.crew.pending.Wait()
	}
}
