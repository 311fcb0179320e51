package eval

// frameArena hands out the frames of operator calls whose frame no
// value keeps after the call (the definition's frameInfo is not
// captured), and takes them back when the call returns, so that a
// worker reuses them instead of allocating one per call. Calls nest, so
// frames are taken and given back in stack order: release(mark) gives
// back every frame taken since top was mark, including those of calls a
// panic left without giving theirs back. One arena serves one goroutine
// (a Worker).
type frameArena struct {
	frames []*Frame
	top    int
}

// alloc returns a frame of n cleared slots under up.
func (a *frameArena) alloc(n int, up *Frame) *Frame {
	if a.top == len(a.frames) {
		// Frames come in blocks, so that those of two workers do not
		// share a cache line (each worker writes its own at every call).
		block := new([8]Frame)
		for i := range block {
			a.frames = append(a.frames, &block[i])
		}
	}
	f := a.frames[a.top]
	a.top++
	if cap(f.vals) < n {
		// A multiple of 4 values: whole cache lines.
		f.vals = make([]Value, n, (n+3)&^3)
	}
	f.vals = f.vals[:n]
	f.up = up
	return f
}

// release gives back the frames taken since top was mark, clearing them
// so that they keep no value alive.
func (a *frameArena) release(mark int) {
	for _, f := range a.frames[mark:a.top] {
		clear(f.vals)
		f.up = nil
	}
	a.top = mark
}

// frameReusable says whether d's calls may take their frame from an
// arena: no value made in the call keeps it.
func (d *opDef) frameReusable() bool { return d.frame != nil && !d.frame.captured }
