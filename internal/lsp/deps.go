package lsp

import (
	"path/filepath"
	"sync"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// recordingResolver is the resolver of one check: sany's own, noting
// every module file the check read, so that a change of one of them on
// disk re-checks the roots that import it.
type recordingResolver struct {
	inner sany.Resolver
	mu    sync.Mutex
	read  map[string]bool
}

func newRecordingResolver(inner sany.Resolver) *recordingResolver {
	return &recordingResolver{inner: inner, read: map[string]bool{}}
}

// ReadFile implements sany.Resolver.
func (r *recordingResolver) ReadFile(path string) ([]byte, error) {
	return r.inner.ReadFile(path)
}

// Resolve implements sany.Resolver.
func (r *recordingResolver) Resolve(name string) (sany.Source, error) {
	src, err := r.inner.Resolve(name)
	if err == nil && !src.Standard {
		r.mu.Lock()
		r.read[filepath.Clean(src.Path)] = true
		r.mu.Unlock()
	}
	return src, err
}

// files returns the module files resolved so far.
func (r *recordingResolver) files() map[string]bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[string]bool, len(r.read))
	for p := range r.read {
		out[p] = true
	}
	return out
}

// dependenciesChanged re-checks every open root that imported one of the
// changed files in its latest check.
func (d *diagnostics) dependenciesChanged(changed map[string]bool) {
	d.mu.Lock()
	var roots []string
	for root, deps := range d.deps {
		for p := range changed {
			if deps[p] {
				roots = append(roots, root)
				break
			}
		}
	}
	d.mu.Unlock()
	for _, root := range roots {
		d.schedule(root, 0)
	}
}
