package sany

import (
	"bytes"
	"sync"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// ParseCache keeps parsed files between Checks, so that a server or a
// batch run parses each library and standard module once. An entry is
// reused only while the file's text is unchanged. Parsed trees are never
// modified by Check, so one cache may serve concurrent Checks.
type ParseCache struct {
	mu    sync.Mutex
	files map[string]*parsedFile
}

// parsedFile is the immutable result of parsing one text.
type parsedFile struct {
	file    *token.File
	ast     *ast.File
	errs    scanner.ErrorList
	imports [][]*ast.Ident // per top-level module: moduleImports
}

func newParsedFile(path string, text []byte, parse parseFunc) *parsedFile {
	file := token.NewFile(path, text)
	f, errs := parse(file)
	pf := &parsedFile{file: file, ast: f, errs: errs}
	if f != nil && len(errs) == 0 {
		for _, m := range f.Modules {
			pf.imports = append(pf.imports, moduleImports(m))
		}
	}
	return pf
}

// NewParseCache returns an empty cache.
func NewParseCache() *ParseCache { return &ParseCache{files: map[string]*parsedFile{}} }

// parse returns the parse of text at path, from the cache when the same
// text was parsed before.
func (c *ParseCache) parse(path string, text []byte, parse parseFunc) *parsedFile {
	if c == nil {
		return newParsedFile(path, text, parse)
	}
	c.mu.Lock()
	pf, ok := c.files[path]
	c.mu.Unlock()
	if ok && bytes.Equal(pf.file.Text(), text) {
		return pf
	}
	pf = newParsedFile(path, text, parse)
	c.mu.Lock()
	c.files[path] = pf
	c.mu.Unlock()
	return pf
}
