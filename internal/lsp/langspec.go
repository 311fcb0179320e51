package lsp

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"go.lsp.dev/protocol"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/langservice"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/stdlib"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// specCache keeps the analysed spec of each root for the snapshot it was
// computed from: the requests an editor sends after one edit (hover,
// semantic tokens, folding, code actions…) share one analysis.
type specCache struct {
	mu      sync.Mutex
	entries map[string]specEntry // by root path
}

type specEntry struct {
	snap *snapshot
	spec *langservice.Spec
}

func newSpecCache() *specCache { return &specCache{entries: map[string]specEntry{}} }

// errNotTLA answers language requests on documents that are not modules.
var errNotTLA = errors.New("not a TLA+ module")

// spec returns the analysed spec rooted at the module file at path, as
// the current snapshot has it (unsaved text included).
func (s *Server) spec(ctx context.Context, path string) (*langservice.Spec, *snapshot, error) {
	if !isTLAPath(path) {
		return nil, nil, errNotTLA
	}
	snap := s.docs.snapshot()
	s.specs.mu.Lock()
	e, ok := s.specs.entries[path]
	s.specs.mu.Unlock()
	if ok && e.snap == snap {
		return e.spec, snap, nil
	}
	eff := s.effective()
	a, err := sany.Analyze(ctx, sany.Config{SearchPaths: eff.LibraryPaths, Overlay: snap.overlay(), Cache: s.diags.parsed}, path)
	if err != nil {
		return nil, nil, err
	}
	sp := langservice.New(a)
	s.specs.mu.Lock()
	s.specs.entries[path] = specEntry{snap: snap, spec: sp}
	s.specs.mu.Unlock()
	return sp, snap, nil
}

// otherSpecs returns the analyses of the other open modules, which may
// import path (for references and rename across the workspace).
func (s *Server) otherSpecs(ctx context.Context, path string) []*langservice.Spec {
	var out []*langservice.Spec
	for _, doc := range s.docs.snapshot().openModules() {
		if doc.path == path || s.isStdlibCopy(doc.path) {
			continue
		}
		if sp, _, err := s.spec(ctx, doc.path); err == nil {
			out = append(out, sp)
		}
	}
	return out
}

// position converts an LSP position in the file at path to a byte offset
// of the text the spec was analysed from.
func specOffset(sp *langservice.Spec, path string, pos protocol.Position) (*token.File, token.Pos, bool) {
	m := sp.Analysis.ModuleAt(path)
	if m == nil || m.File == nil {
		return nil, 0, false
	}
	return m.File, m.File.OffsetOfLSP(token.LSPPosition{Line: int(pos.Line), Character: int(pos.Character)}), true
}

// lspRange converts a byte range of f.
func lspRange(f *token.File, pos, end token.Pos) protocol.Range {
	a, b := f.LSPPosition(pos), f.LSPPosition(end)
	return protocol.Range{
		Start: protocol.Position{Line: uint32(a.Line), Character: uint32(a.Character)},
		End:   protocol.Position{Line: uint32(b.Line), Character: uint32(b.Character)},
	}
}

// location converts a langservice location. Standard modules, which have
// no file of their own, are written to the standard-module folder first.
func (s *Server) location(l langservice.Location) (protocol.Location, bool) {
	path := l.Path
	if name, ok := standardModuleName(path); ok {
		p, err := s.stdlibCopy(name)
		if err != nil {
			s.logf("writing the standard module %s: %v", name, err)
			return protocol.Location{}, false
		}
		path = p
	}
	if l.File == nil {
		return protocol.Location{}, false
	}
	return protocol.Location{URI: s.uriOf(path), Range: lspRange(l.File, l.Pos, l.End)}, true
}

// uriOf returns the URI the client knows a file by: that of its open
// document, else its file: URI.
func (s *Server) uriOf(path string) protocol.DocumentURI {
	if doc := s.docs.snapshot().document(path); doc != nil {
		return doc.uri
	}
	return uriFromPath(path)
}

// standardModuleName returns the module name of a stdlib.Path.
func standardModuleName(path string) (string, bool) {
	rest, ok := strings.CutPrefix(path, "<stdlib>/")
	if !ok {
		return "", false
	}
	return strings.TrimSuffix(rest, ".tla"), true
}

// stdlibDir is the folder holding read-only copies of the standard
// modules, named by a hash of their text so that a newer server never
// shows an older copy. Every editor can open a plain file, which is why
// the server writes files rather than serving a URI scheme of its own.
func (s *Server) stdlibDir() string {
	if s.opts.StdlibDir != "" {
		return s.opts.StdlibDir
	}
	h := sha256.New()
	for _, name := range stdlib.Names() {
		text, _ := stdlib.Lookup(name)
		h.Write([]byte(name))
		h.Write(text)
	}
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	return filepath.Join(base, "tla-gen-lsp", "stdlib-"+hex.EncodeToString(h.Sum(nil))[:12])
}

// stdlibCopy writes the standard module name to the standard-module
// folder (once; read-only, atomically) and returns its path.
func (s *Server) stdlibCopy(name string) (string, error) {
	text, ok := stdlib.Lookup(name)
	if !ok {
		return "", os.ErrNotExist
	}
	dir := s.stdlibDir()
	path := filepath.Join(dir, name+".tla")
	if cur, err := os.ReadFile(path); err == nil && string(cur) == string(text) {
		return path, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(dir, "."+name+"-*.tla")
	if err != nil {
		return "", err
	}
	_, werr := tmp.Write(text)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), 0o444)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		_ = os.Remove(tmp.Name())
		return "", werr
	}
	return path, nil
}

// isStdlibCopy reports whether path is in the standard-module folder
// (read-only for rename and quick fixes).
func (s *Server) isStdlibCopy(path string) bool {
	rel, err := filepath.Rel(s.stdlibDir(), path)
	return err == nil && !strings.HasPrefix(rel, "..")
}
