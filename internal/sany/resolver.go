package sany

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/stdlib"
)

// Source is the text of one module file.
type Source struct {
	Path     string // absolute path, or "<stdlib>/Name.tla" for standard modules
	Text     []byte
	Standard bool // one of the standard modules embedded in the binary
}

// ErrModuleNotFound is returned by a Resolver that cannot find a module.
var ErrModuleNotFound = errors.New("module not found")

// A Resolver finds module files, in the role of go/types' Importer and
// SANY's FilenameToStream. Implementations must be safe for concurrent use.
type Resolver interface {
	// ReadFile returns the text of the file at path (the root module).
	ReadFile(path string) ([]byte, error)
	// Resolve finds the module called name for EXTENDS or INSTANCE,
	// returning ErrModuleNotFound if no file defines it.
	Resolve(name string) (Source, error)
}

// Overlay maps clean absolute file paths to unsaved editor contents, which
// win over the files on disk.
type Overlay map[string][]byte

// FileResolver resolves modules as SANY does: the root module's own folder,
// then SearchPaths in order, then the embedded standard modules.
// Overlay contents win over disk at every step.
type FileResolver struct {
	Dirs    []string // folders searched in order (the root's folder first)
	Overlay Overlay
}

// NewFileResolver returns the resolver Check uses for a root file at path.
func NewFileResolver(path string, searchPaths []string, overlay Overlay) *FileResolver {
	dirs := append([]string{filepath.Dir(path)}, searchPaths...)
	return &FileResolver{Dirs: dirs, Overlay: overlay}
}

// ReadFile implements Resolver.
func (r *FileResolver) ReadFile(path string) ([]byte, error) {
	if text, ok := r.Overlay[filepath.Clean(path)]; ok {
		return text, nil
	}
	return os.ReadFile(path)
}

// Resolve implements Resolver.
func (r *FileResolver) Resolve(name string) (Source, error) {
	for _, dir := range r.Dirs {
		p := filepath.Join(dir, name+".tla")
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		text, err := r.ReadFile(p)
		if err == nil {
			return Source{Path: p, Text: text}, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return Source{}, err
		}
	}
	if text, ok := stdlib.Lookup(name); ok {
		return Source{Path: stdlib.Path(name), Text: text, Standard: true}, nil
	}
	return Source{}, ErrModuleNotFound
}
