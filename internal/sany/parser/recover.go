package parser

import (
	"fmt"
	"sort"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// Mode selects optional parser behaviour; the zero Mode parses as SANY
// does.
type Mode uint

const (
	// Recover goes on after an error, for editors: the unit in error
	// becomes an *ast.BadUnit (or a definition whose body is an
	// *ast.BadExpr) and parsing resumes at the next unit that starts in
	// column 1, or at "----" or "====". The first error is reported
	// exactly as without Recover; later ones only with AllErrors.
	Recover Mode = 1 << iota
	// AllErrors, with Recover, also reports the errors found after the
	// first. They may be consequences of the first one.
	AllErrors
)

// ParseFileMode is ParseFile with options. Without Recover it stops at
// the first lexical or parse error, as SANY does.
func ParseFileMode(f *token.File, mode Mode) (file *ast.File, errs scanner.ErrorList) {
	file = &ast.File{File: f}
	p := &parser{file: f, src: string(f.Text()), mode: mode}
	p.toks, p.lexErrs = scanner.ScanTokens(f, p.src, mode&Recover != 0)
	for i, t := range p.toks {
		if t.Kind == scanner.Illegal {
			p.illegal = append(p.illegal, i)
		}
	}
	p.breaks = make([]bool, len(p.toks)+1)
	defer func() {
		if r := recover(); r != nil {
			p.internalError(r)
			p.record()
		}
		errs = p.result()
	}()
	if p.toks[0].Kind == scanner.EOF {
		// SANY's CompilationUnit needs a module: without a header the
		// parse fails where the input ends ("Encountered <EOF> at line L,
		// column C", the file's last character).
		p.protect(func() { p.expect(scanner.BeginModule, "---- MODULE") })
		p.record()
		return file, nil
	}
	for p.toks[p.i].Kind != scanner.EOF {
		start := p.i
		var m *ast.Module
		ok := p.protect(func() {
			defer func() {
				if m != nil {
					file.Modules = append(file.Modules, m)
				}
			}()
			p.belch()
			m = &ast.Module{Start: p.cur().Pos, EndPos: p.cur().Pos}
			p.parseModule(m)
		})
		if !ok {
			// Resume at the next module header.
			p.i = max(p.i, start+1)
			for p.toks[p.i].Kind != scanner.EOF && p.toks[p.i].Kind != scanner.BeginModule {
				p.i++
			}
		}
	}
	return file, nil
}

// protect runs parse. Without Recover a parse error propagates; with it
// the error is recorded and protect reports false.
func (p *parser) protect(parse func()) (ok bool) {
	if p.mode&Recover == 0 {
		parse()
		return true
	}
	defer func() {
		if r := recover(); r != nil {
			p.internalError(r)
			p.record()
			ok = false
		}
	}()
	parse()
	return true
}

// internalError turns a panic that is not a bailout (a parser bug) into
// an error at the current token: a bug must not take the caller down.
func (p *parser) internalError(r any) {
	if _, ok := r.(bailout); !ok {
		pos := p.safePos()
		p.err = &scanner.Error{Kind: scanner.Parse, Pos: pos, End: pos, Msg: fmt.Sprintf("internal parser error: %v", r)}
	}
}

// record moves the pending error (and the soft errors before it) to the
// reported list: always the first time, later only with AllErrors.
func (p *parser) record() {
	if p.err == nil {
		return
	}
	if !p.recovered || p.mode&AllErrors != 0 {
		p.errs = append(p.errs, p.soft...)
		if n := len(p.errs); n == 0 || p.errs[n-1].Pos != p.err.Pos || p.errs[n-1].Msg != p.err.Msg {
			p.errs = append(p.errs, p.err)
		}
	}
	p.soft, p.err = nil, nil
	p.recovered = true
	// Expression state of the abandoned unit.
	clear(p.ops)
	p.ops, p.juncs = p.ops[:0], p.juncs[:0]
}

// result is the error list to return when parsing ends.
func (p *parser) result() scanner.ErrorList {
	if !p.recovered || p.mode&AllErrors != 0 {
		return append(p.errs, p.soft...)
	}
	return p.errs
}

// raiseLexical stops the parse with the lexical error of the Illegal
// token at index j.
func (p *parser) raiseLexical(j int) {
	k := sort.SearchInts(p.illegal, j)
	if k < len(p.lexErrs) {
		p.err = p.lexErrs[k]
	}
	panic(bailout{})
}

// parseUnitRecovering parses a unit. With Recover, a unit in error is
// returned as a partial definition or an *ast.BadUnit and parsing
// resumes at the next place a unit may start.
func (p *parser) parseUnitRecovering() ast.Unit {
	if p.mode&Recover == 0 {
		return p.parseUnit()
	}
	start := p.i
	var u ast.Unit
	p.partial, p.unitStart = nil, start
	ok := p.protect(func() {
		u = p.parseUnit()
		if u == nil {
			if k := p.cur().Kind; k != scanner.EndModule && k != scanner.EOF {
				p.fail(p.cur(), "expected ==== or more module body, found %s", p.describe(p.cur()))
			}
		}
	})
	if ok {
		return u
	}
	from := p.toks[start].Pos
	p.sync(start)
	to := p.prevEnd()
	if to < from {
		to = from
	}
	// The body is what follows "==" (an unclosed comment's error may lie
	// before it).
	bad := func(defEq token.Pos) *ast.BadExpr {
		b := max(defEq, from)
		return &ast.BadExpr{From: b, To: max(to, b)}
	}
	switch d := p.partial.(type) {
	case *ast.OpDef:
		d.Body = bad(d.DefEq)
		return d
	case *ast.FuncDef:
		d.Body = bad(d.DefEq)
		return d
	}
	if p.i == start && p.cur().Kind == scanner.EOF {
		return nil
	}
	return &ast.BadUnit{From: from, To: to}
}

// sync skips to the next token after start where a unit may begin: a
// reserved word that starts a unit in column 1, a definition in column 1,
// a "----" or "====" line, a module header or end of file. It marks the
// beginning of the next definition as SANY's lookahead would.
func (p *parser) sync(start int) {
	p.i = max(p.i, start+1)
	if p.i >= len(p.toks) {
		p.i = len(p.toks) - 1
	}
	for ; ; p.i++ {
		t := p.toks[p.i]
		switch t.Kind {
		case scanner.EOF, scanner.EndModule, scanner.Separator, scanner.BeginModule:
			p.belch()
			return
		case scanner.VARIABLE, scanner.CONSTANT, scanner.ASSUME, scanner.ASSUMPTION,
			scanner.THEOREM, scanner.PROPOSITION, scanner.LOCAL, scanner.RECURSIVE,
			scanner.INSTANCE, scanner.USE, scanner.HIDE:
			if t.Col == 1 {
				p.belch()
				return
			}
		case scanner.Ident, scanner.Op:
			if t.Col == 1 {
				p.belch()
				if p.breaks[p.i] {
					return
				}
			}
		}
	}
}
