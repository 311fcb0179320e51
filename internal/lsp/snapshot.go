package lsp

import (
	"maps"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// document is one open buffer at one version. It is never modified: an
// edit makes a new document.
type document struct {
	uri     protocol.DocumentURI // as the client spelled it; diagnostics go back to it
	path    string               // clean absolute path
	version int32
	file    *token.File // the text, with the position mapper
}

// isTLA reports whether the document is a TLA+ module.
func (d *document) isTLA() bool { return isTLAPath(d.path) }

func isTLAPath(path string) bool { return strings.EqualFold(filepath.Ext(path), ".tla") }

// snapshot is an immutable view of every open buffer. Checks and
// generations read a snapshot, so edits arriving meanwhile cannot change
// what they see.
type snapshot struct {
	docs map[string]*document // by clean path
}

// document returns the open buffer at path, or nil.
func (s *snapshot) document(path string) *document { return s.docs[path] }

// overlay returns the open buffers' texts for sany.Config.Overlay, so that
// unsaved text wins over the files on disk.
func (s *snapshot) overlay() sany.Overlay {
	o := make(sany.Overlay, len(s.docs))
	for p, d := range s.docs {
		o[p] = d.file.Text()
	}
	return o
}

// openModules returns the open .tla documents in path order.
func (s *snapshot) openModules() []*document {
	var out []*document
	for _, d := range s.docs {
		if d.isTLA() {
			out = append(out, d)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out
}

// store holds the current snapshot; updates replace it (copy on write).
type store struct {
	mu      sync.Mutex
	current *snapshot
}

func newStore() *store { return &store{current: &snapshot{docs: map[string]*document{}}} }

// snapshot returns the current snapshot; it stays valid forever.
func (st *store) snapshot() *snapshot {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.current
}

// update applies change to a copy of the open documents and makes the copy
// current. change may add, replace or delete entries, never modify them.
func (st *store) update(change func(docs map[string]*document)) *snapshot {
	st.mu.Lock()
	defer st.mu.Unlock()
	docs := maps.Clone(st.current.docs)
	change(docs)
	st.current = &snapshot{docs: docs}
	return st.current
}
