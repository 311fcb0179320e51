package eval

// stateCache holds, for one state, the values of the INSTANCE
// substitutions that depend on that state only (TLC evaluates a
// substitution once per context too: its LazyValue caches the value).
// A refinement mapping such as EWD998PCal's token <- CHOOSE ... is named
// dozens of times in one evaluation of the instance's Next; computing it
// once per state instead of at every mention is most of the work of an
// implied action through an INSTANCE.
//
// A cache belongs to one evaluation at a time (Machine.cacheFor takes it
// from a pool, release returns it). It is only attached to a state that
// no one modifies any more: the states the search hands to Spec's entry
// points. The state under construction in a generator (the next state of
// an action, the current state of an initial predicate) has none.
type stateCache struct {
	// state is the state the values belong to. Holding it keeps its
	// backing array alive, so a state found at the same address is this
	// state.
	state []Value
	vals  []Value
}

// newSubstSlot numbers a cacheable substitution.
func (m *Machine) newSubstSlot() int { return int(m.substSlots.Add(1) - 1) }

// cacheFor returns a cache for st, reusing the values computed in st by
// an earlier evaluation when the pool hands back the same state's cache
// (the search evaluates the properties of all of a state's successors
// in a row, with st as the current state). nil when there is nothing
// to cache.
func (m *Machine) cacheFor(st []Value) *stateCache {
	if len(st) == 0 || m.substSlots.Load() == 0 {
		return nil
	}
	sc, _ := m.caches.Get().(*stateCache)
	if sc == nil {
		sc = &stateCache{}
	}
	if len(sc.state) != len(st) || &sc.state[0] != &st[0] {
		sc.state = st
		clear(sc.vals)
	}
	return sc
}

// release gives a cache back to the pool.
func (m *Machine) release(sc *stateCache) {
	if sc != nil {
		m.caches.Put(sc)
	}
}

// get returns the cached value of substitution slot, nil if none.
func (sc *stateCache) get(slot int) Value {
	if slot < len(sc.vals) {
		return sc.vals[slot]
	}
	return nil
}

func (sc *stateCache) put(slot int, v Value) {
	if slot >= len(sc.vals) {
		sc.vals = append(sc.vals, make([]Value, slot+1-len(sc.vals))...)
	}
	sc.vals[slot] = v
}

// withCaches attaches caches for the context's states (next may be nil)
// and returns the function that releases them.
func (c *Ctx) withCaches() func() {
	c.cache = c.m.cacheFor(c.cur)
	if c.next != nil {
		c.nextCache = c.m.cacheFor(c.next)
	}
	cur, next := c.cache, c.nextCache
	return func() {
		c.m.release(cur)
		c.m.release(next)
	}
}
