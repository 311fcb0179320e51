package mcp

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
)

// errNoModule is the tool error for a call that names no module.
var errNoModule = errors.New(`give "file" (a .tla file's path) or "text" (a module's text)`)

// absPath makes a path from a tool argument absolute, relative to the
// server's working folder.
func (s *server) absPath(p string) (string, error) {
	if p == "" {
		return "", errors.New("empty path")
	}
	if filepath.IsAbs(p) {
		return filepath.Clean(p), nil
	}
	dir := s.opts.WorkDir
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		dir = wd
	}
	return filepath.Join(dir, p), nil
}

// absPaths applies absPath to each path.
func (s *server) absPaths(ps []string) ([]string, error) {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		a, err := s.absPath(p)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// moduleHeader finds the name in a module's first header line.
var moduleHeader = lazy.Regexp(`-{4,}\s*MODULE\s+([A-Za-z0-9_]+)`)

// target is the root module of a call: a file on disk, or unsaved text
// standing for a file (an overlay, so that its folder still supplies the
// modules it imports).
type target struct {
	path        string
	overlay     sany.Overlay
	searchPaths []string
}

// target resolves a call's file, text and search paths. With text and no
// file, the text stands for <Module>.tla in the working folder (SANY
// requires a module to live in a file of its name).
func (s *server) target(file, text string, searchPaths []string) (target, error) {
	dirs, err := s.absPaths(append(append([]string(nil), s.opts.Settings.LibraryPaths...), searchPaths...))
	if err != nil {
		return target{}, err
	}
	t := target{searchPaths: dirs}
	switch {
	case file == "" && text == "":
		return target{}, errNoModule
	case text == "":
		if t.path, err = s.absPath(file); err != nil {
			return target{}, err
		}
		info, err := os.Stat(t.path)
		if err != nil {
			return target{}, fmt.Errorf("cannot read %s: %w", file, unwrapPathError(err))
		}
		if info.IsDir() {
			return target{}, fmt.Errorf("%s is a folder, not a .tla file", file)
		}
		return t, nil
	default:
		if file == "" {
			name := "Untitled"
			if m := moduleHeader().FindStringSubmatch(text); m != nil {
				name = m[1]
			}
			file = name + ".tla"
		}
		if t.path, err = s.absPath(file); err != nil {
			return target{}, err
		}
		t.overlay = sany.Overlay{t.path: []byte(text)}
		return t, nil
	}
}

// unwrapPathError drops the operation and path of a *os.PathError, which
// the message around it already names.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
