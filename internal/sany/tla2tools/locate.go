package tla2tools

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/lazy"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// placer turns SANY's reports into diagnostics that point into files, so
// that they carry the same fields as the native checker's.
type placer struct {
	root       string // absolute path of the checked file
	rootModule string
	resolver   *sany.FileResolver
	parsed     []parsedFileLine
	modules    map[string]moduleFile
}

// moduleFile is where a module's text is, as SANY read it.
type moduleFile struct {
	path string
	file *token.File // nil when the text cannot be read
	// lineOffset counts the lines before the module's header when SANY
	// extracted the module from a file holding several (it numbers the
	// lines of such a module from its header).
	lineOffset int
}

func newPlacer(root string, searchPaths []string, parsed []parsedFileLine) *placer {
	return &placer{
		root:       root,
		rootModule: moduleNameOf(root),
		resolver:   sany.NewFileResolver(root, searchPaths, nil),
		parsed:     parsed,
		modules:    map[string]moduleFile{},
	}
}

// diagnostic places one report.
func (p *placer) diagnostic(r report) sany.Diagnostic {
	d := sany.Diagnostic{Path: p.root, Module: r.module, Pos: token.NoPos, End: token.NoPos,
		Severity: r.severity, Message: r.message}
	switch r.phase {
	case phaseLexical:
		d.Kind = sany.KindLexical
	case phaseParse:
		d.Kind = sany.KindParse
	case phaseCrash:
		d.Kind = sany.KindModule
	default:
		d.Code = codeOfMessage(r.message)
		switch {
		case isModuleCode(d.Code):
			d.Kind = sany.KindModule
		case isLevelCode(d.Code) && r.severity == sany.SeverityError:
			d.Kind = sany.KindLevel
		default:
			d.Kind = sany.KindSemantic
		}
	}
	if r.module == "" {
		return d
	}
	mf := p.moduleFile(r.module)
	if mf.path != "" {
		d.Path = mf.path
	}
	if mf.file == nil || r.line <= 0 {
		return d
	}
	d.File, d.LineOffset = mf.file, mf.lineOffset
	d.Pos, d.End = placeRange(mf.file, mf.lineOffset, r)
	return d
}

// placeRange converts a report's SANY coordinates into a half-open byte
// range of f.
func placeRange(f *token.File, lineOffset int, r report) (pos, end token.Pos) {
	text := f.Text()
	line := r.line + lineOffset
	if r.col <= 0 {
		// Only a line (an unclosed comment): point at the last "(*" on it.
		start, stop := int(f.LineStart(line)), int(f.LineStart(line+1))
		if k := bytes.LastIndex(text[start:stop], []byte("(*")); k >= 0 {
			return token.Pos(start + k), token.Pos(start + k + 2)
		}
		return token.Pos(start), token.Pos(start)
	}
	pos = f.OffsetOfSANY(token.Position{Line: line, Column: r.col})
	if r.endLine > 0 {
		last := f.OffsetOfSANY(token.Position{Line: r.endLine + lineOffset, Column: r.endCol})
		end = last + token.Pos(charLen(text, int(last)))
		if end < pos {
			end = pos
		}
		return pos, end
	}
	// A parse error names the token it met: cover it when it is there.
	if m := encounteredToken().FindStringSubmatch(r.message); m != nil && m[1] != "" && bytes.HasPrefix(text[pos:], []byte(m[1])) {
		return pos, pos + token.Pos(len(m[1]))
	}
	return pos, pos + token.Pos(charLen(text, int(pos)))
}

// encounteredToken is the text of the token a parse error met.
var encounteredToken = lazy.Regexp(`Encountered "([^"\n]*)" at line`)

// charLen is the length in bytes of the character at off, 0 at a line end
// or the end of the text.
func charLen(text []byte, off int) int {
	if off >= len(text) || text[off] == '\n' {
		return 0
	}
	n := 1
	for off+n < len(text) && text[off+n]&0xC0 == 0x80 {
		n++
	}
	return n
}

// moduleFile finds the file of the module called name: a module SANY
// extracted from a file holding several, else the one the resolver finds
// in SANY's search order, else the file SANY said it parsed.
func (p *placer) moduleFile(name string) moduleFile {
	if mf, ok := p.modules[name]; ok {
		return mf
	}
	mf := p.findModuleFile(name)
	p.modules[name] = mf
	return mf
}

func (p *placer) findModuleFile(name string) moduleFile {
	if !moduleName().MatchString(name) {
		return moduleFile{} // not a name SANY would print
	}
	for _, pf := range p.parsed {
		if pf.extractedFrom != "" && moduleNameOf(pf.path) == name {
			text, err := p.readFile(pf.extractedFrom)
			if err != nil {
				return moduleFile{path: pf.extractedFrom}
			}
			return moduleFile{path: pf.extractedFrom, file: token.NewFile(pf.extractedFrom, text), lineOffset: headerLine(text, name)}
		}
	}
	if name == p.rootModule {
		if text, err := p.readFile(p.root); err == nil {
			return moduleFile{path: p.root, file: token.NewFile(p.root, text)}
		}
		return moduleFile{path: p.root}
	}
	src, err := p.resolver.Resolve(name)
	if err == nil {
		return moduleFile{path: src.Path, file: token.NewFile(src.Path, src.Text)}
	}
	if !errors.Is(err, sany.ErrModuleNotFound) {
		return moduleFile{}
	}
	for _, pf := range p.parsed {
		if moduleNameOf(pf.path) == name {
			path := filepath.Clean(pf.path)
			if text, err := p.readFile(path); err == nil {
				return moduleFile{path: path, file: token.NewFile(path, text)}
			}
			return moduleFile{path: path}
		}
	}
	return moduleFile{}
}

// moduleName is what a TLA+ module name looks like.
var moduleName = lazy.Regexp(`^\w+$`)

// readFile reads a file named in SANY's output, refusing anything but a
// regular file (a device or a pipe could block).
func (p *placer) readFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	return p.resolver.ReadFile(path)
}

// headerLine returns the number of lines before the "---- MODULE name"
// header in text, or 0 if there is none.
func headerLine(text []byte, name string) int {
	for i, line := range strings.Split(string(text), "\n") {
		rest, ok := strings.CutPrefix(strings.TrimSpace(line), "----")
		if !ok {
			continue
		}
		fields := strings.Fields(strings.TrimLeft(rest, "-"))
		if len(fields) >= 2 && fields[0] == "MODULE" && strings.TrimRight(fields[1], "-") == name {
			return i
		}
	}
	return 0
}
