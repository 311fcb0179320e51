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

// specCache keeps the analysed spec of each root with the texts it was
// analysed from: the requests an editor sends after one edit (hover,
// semantic tokens, folding, code actions…) share one analysis, and so do
// the diagnostics check, which analyses (checkAndKeep) rather than only
// checks when the server runs the real checker.
type specCache struct {
	mu      sync.Mutex
	entries map[string]*specEntry // by root path
}

// specEntry is one analysis. The index is built on first use: most
// checks after an edit are never asked for a language feature.
type specEntry struct {
	texts    sany.Overlay // the open buffers the analysis read
	libs     string       // the library paths it searched
	analysis *sany.Analysis
	once     sync.Once
	spec     *langservice.Spec
}

func (e *specEntry) index() *langservice.Spec {
	e.once.Do(func() { e.spec = langservice.New(e.analysis) })
	return e.spec
}

func newSpecCache() *specCache { return &specCache{entries: map[string]*specEntry{}} }

// sameTexts reports whether two overlays hold the very same buffers (an
// edit makes a new text, so comparing the slices' storage is enough).
func sameTexts(a, b sany.Overlay) bool {
	if len(a) != len(b) {
		return false
	}
	for path, t := range a {
		u, ok := b[path]
		if !ok || len(t) != len(u) || len(t) > 0 && &t[0] != &u[0] {
			return false
		}
	}
	return true
}

// errNotTLA answers language requests on documents that are not modules.
var errNotTLA = errors.New("not a TLA+ module")

// spec returns the analysed spec rooted at the module file at path, as
// the current snapshot has it (unsaved text included).
func (s *Server) spec(ctx context.Context, path string) (*langservice.Spec, *snapshot, error) {
	if !isTLAPath(path) {
		return nil, nil, errNotTLA
	}
	snap := s.docs.snapshot()
	overlay := snap.overlay()
	libs := s.effective().LibraryPaths
	key := strings.Join(libs, "\x00")
	s.specs.mu.Lock()
	e, ok := s.specs.entries[path]
	s.specs.mu.Unlock()
	if ok && e.libs == key && sameTexts(e.texts, overlay) {
		return e.index(), snap, nil
	}
	cfg := sany.Config{SearchPaths: libs, Overlay: overlay, Cache: s.diags.parsed}
	a, err := sany.Analyze(ctx, cfg, path)
	if err != nil {
		return nil, nil, err
	}
	return s.keep(path, cfg, a).index(), snap, nil
}

// keep records the analysis of root made with cfg.
func (s *Server) keep(root string, cfg sany.Config, a *sany.Analysis) *specEntry {
	e := &specEntry{texts: cfg.Overlay, libs: strings.Join(cfg.SearchPaths, "\x00"), analysis: a}
	s.specs.mu.Lock()
	s.specs.entries[root] = e
	s.specs.mu.Unlock()
	return e
}

// checkAndKeep is the diagnostics' checker when the server runs the real
// one: it analyses root (the same check, keeping the name resolution) and
// keeps the analysis for the language features of the same texts.
func (s *Server) checkAndKeep(ctx context.Context, cfg sany.Config, root string) ([]sany.Diagnostic, error) {
	a, err := sany.Analyze(ctx, cfg, root)
	if err != nil {
		return nil, err
	}
	if cfg.Overlay != nil {
		s.keep(root, cfg, a)
	}
	return a.Diagnostics, nil
}

// otherSpecs returns the analyses of the other modules that may import
// path, for references and rename across the workspace: the open modules,
// and the modules of path's folder whose text names its module (at most
// maxImporters of them, read from disk).
func (s *Server) otherSpecs(ctx context.Context, path string) []*langservice.Spec {
	var out []*langservice.Spec
	seen := map[string]bool{path: true}
	add := func(p string) {
		if seen[p] || s.isStdlibCopy(p) || ctx.Err() != nil {
			return
		}
		seen[p] = true
		if sp, _, err := s.spec(ctx, p); err == nil {
			out = append(out, sp)
		}
	}
	for _, doc := range s.docs.snapshot().openModules() {
		add(doc.path)
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	entries, _ := os.ReadDir(filepath.Dir(path))
	found := 0
	for _, e := range entries {
		p := filepath.Join(filepath.Dir(path), e.Name())
		if e.IsDir() || !isTLAPath(p) || seen[p] || found == maxImporters {
			continue
		}
		if text, err := os.ReadFile(p); err == nil && importsModule(string(text), name) {
			found++
			add(p)
		}
	}
	return out
}

// maxImporters bounds the unopened modules a reference search analyses.
const maxImporters = 50

// importsModule reports whether text may import module name: it names it
// after EXTENDS or INSTANCE (a cheap test; the analysis decides).
func importsModule(text, name string) bool {
	for _, kw := range []string{"EXTENDS", "INSTANCE"} {
		for i := strings.Index(text, kw); i >= 0; {
			rest := text[i+len(kw):]
			end := strings.IndexAny(rest, "\n=")
			if end < 0 {
				end = len(rest)
			}
			for _, f := range strings.FieldsFunc(rest[:end], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
				if f == name {
					return true
				}
			}
			j := strings.Index(rest, kw)
			if j < 0 {
				break
			}
			i += len(kw) + j
		}
	}
	return false
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
	// After the closing line, where SANY reads nothing and positions do
	// not move, a word on what the reader sees.
	text = append(append([]byte{}, text...), stdlibNote...)
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

// stdlibNote ends each copy of a standard module.
const stdlibNote = `
tla-gen-lsp's declarations of this standard module, written here so that
"go to definition" has somewhere to go; the checker reads its own copy.
They give each operator its name, arity and level: the bodies are
placeholders, not the operators' meaning (see "Specifying Systems" or
the hover of the operator). Edits here change nothing.
`

// isStdlibCopy reports whether path is in the standard-module folder
// (read-only for rename and quick fixes).
func (s *Server) isStdlibCopy(path string) bool {
	rel, err := filepath.Rel(s.stdlibDir(), path)
	return err == nil && !strings.HasPrefix(rel, "..")
}
