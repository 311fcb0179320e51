package parser

import (
	"fmt"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// defBreak is the kind of the virtual token SANY inserts where it expects
// the next definition to begin ("Beginning of definition").
const defBreak scanner.Kind = -1

// ParseFile parses every top-level module of f, in order. Like SANY it
// stops at the first lexical or parse error, which is then the only entry
// of the returned list; the tree holds what was parsed before it.
func ParseFile(f *token.File) (file *ast.File, errs scanner.ErrorList) {
	file = &ast.File{File: f}
	p := &parser{file: f, breaks: map[int]bool{}}
	p.toks, p.lexErr = scanner.Scan(f)
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				// A bug must not take the caller down: report it as an
				// error at the current token.
				p.err = &scanner.Error{Kind: scanner.Parse, Pos: p.safePos(), Msg: fmt.Sprintf("internal parser error: %v", r)}
			}
			errs = scanner.ErrorList{p.err}
		}
	}()
	for p.toks[p.i].Kind != scanner.EOF || p.lexErr != nil {
		if p.toks[p.i].Kind == scanner.EOF {
			p.cur() // raises the pending lexical error
		}
		p.belch()
		var m *ast.Module
		func() {
			defer func() {
				if m != nil {
					file.Modules = append(file.Modules, m)
				}
			}()
			m = &ast.Module{Start: p.cur().Pos, EndPos: p.cur().Pos}
			p.parseModule(m)
		}()
	}
	return file, nil
}

type bailout struct{}

type junction struct {
	col  int32
	name string // "\\land" or "\\lor"
}

type parser struct {
	file        *token.File
	toks        []scanner.Token
	lexErr      *scanner.Error
	i           int
	breaks      map[int]bool // a virtual defBreak token sits before toks[i]
	juncs       []junction
	err         *scanner.Error
	proofLevels []int
}

func (p *parser) safePos() token.Pos {
	if p.i < len(p.toks) {
		return p.toks[p.i].Pos
	}
	return 0
}

// cur returns the current token, raising the lexical error when the
// scanner could not read it.
func (p *parser) cur() scanner.Token { return p.peek(0) }

// peek returns the token n positions ahead, counting virtual defBreaks.
func (p *parser) peek(n int) scanner.Token {
	j := p.i
	for {
		if p.breaks[j] {
			if n == 0 {
				t := p.toks[j]
				return scanner.Token{Kind: defBreak, Pos: t.Pos, End: t.Pos, Line: t.Line, Col: t.Col, Text: "Beginning of definition"}
			}
			n--
		}
		t := p.toks[j]
		if t.Kind == scanner.EOF && p.lexErr != nil {
			p.err = p.lexErr
			panic(bailout{})
		}
		if n == 0 || t.Kind == scanner.EOF {
			return t
		}
		n--
		j++
	}
}

// next consumes the current token.
func (p *parser) next() scanner.Token {
	t := p.cur()
	if t.Kind == defBreak {
		delete(p.breaks, p.i)
		return t
	}
	if t.Kind != scanner.EOF {
		p.i++
	}
	return t
}

func (p *parser) prevEnd() token.Pos {
	if p.i == 0 {
		return 0
	}
	return p.toks[p.i-1].End
}

func describe(t scanner.Token) string {
	switch t.Kind {
	case scanner.EOF:
		return "end of file"
	case defBreak:
		return "the beginning of a definition"
	}
	return fmt.Sprintf("%q", t.Text)
}

// fail records the first error at t and abandons the parse.
func (p *parser) fail(t scanner.Token, format string, args ...any) {
	if p.err == nil {
		p.err = &scanner.Error{Kind: scanner.Parse, Pos: t.Pos, End: t.End, Msg: fmt.Sprintf(format, args...)}
	}
	panic(bailout{})
}

// failExpected reports that what was expected at the current token.
func (p *parser) failExpected(what string) {
	t := p.cur()
	p.fail(t, "expected %s, found %s", what, describe(t))
}

func (p *parser) expect(k scanner.Kind, what string) scanner.Token {
	if p.cur().Kind != k {
		p.failExpected(what)
	}
	return p.next()
}

// above is SANY's isAboveCurrent: inside a bulleted list, expression
// tokens must lie strictly right of the bullet column.
func (p *parser) above(t scanner.Token) bool {
	return len(p.juncs) == 0 || p.juncs[len(p.juncs)-1].col < t.Col
}

func ident(t scanner.Token) *ast.Ident {
	name := t.Text
	if t.Name != "" {
		name = t.Name
	}
	return &ast.Ident{NamePos: t.Pos, NameEnd: t.End, Name: name}
}

func (p *parser) parseIdent() *ast.Ident {
	return ident(p.expect(scanner.Ident, "an identifier"))
}

// fieldNameOK reports whether t may stand as a name where SANY turns
// keywords into identifiers (module names, record fields).
func fieldNameOK(t scanner.Token) bool {
	if t.Kind == scanner.Ident || t.Kind.IsKeyword() || t.Kind == scanner.Underscore {
		return true
	}
	return t.Kind == scanner.Op && (t.Text == "ENABLED" || t.Text == "UNCHANGED" || t.Text == "SUBSET" || t.Text == "UNION" || t.Text == "DOMAIN")
}

// parseName parses an identifier, also accepting keywords as SANY does
// for module and field names.
func (p *parser) parseName() *ast.Ident {
	t := p.cur()
	if !fieldNameOK(t) {
		p.failExpected("an identifier")
	}
	p.next()
	return &ast.Ident{NamePos: t.Pos, NameEnd: t.End, Name: t.Text}
}

// belch emulates SANY's belchDEF: look ahead to the next "==" (stopping at
// THEOREM, PROPOSITION, ASSUMPTION, ==== and end of file) and mark the
// start of its left-hand side as the beginning of a definition.
func (p *parser) belch() {
	lo := p.i - 1 // the last consumed token starts SANY's chain
	cur := p.i
	for {
		next := cur + 1
		if next >= len(p.toks) {
			return
		}
		nk := p.toks[next].Kind
		if nk == scanner.EOF {
			if p.lexErr != nil {
				p.err = p.lexErr
				panic(bailout{})
			}
			return
		}
		if nk == scanner.THEOREM || nk == scanner.PROPOSITION || nk == scanner.ASSUMPTION || nk == scanner.EndModule {
			return
		}
		if p.toks[cur].Kind == scanner.DefEq {
			break
		}
		cur = next
	}
	t := cur - 1
	if t <= lo {
		return
	}
	tk := p.toks[t]
	switch {
	case tk.Kind == scanner.RParen || tk.Kind == scanner.RBrack:
		depth := 1
		for {
			if t <= lo {
				return
			}
			t--
			k := p.toks[t].Kind
			if (k == scanner.LParen || k == scanner.LBrack) && depth == 1 {
				break
			}
			if k == scanner.LParen || k == scanner.LBrack {
				depth--
			}
			if k == scanner.RParen || k == scanner.RBrack {
				depth++
			}
		}
		if t <= lo {
			return
		}
		if t-1 >= 0 && p.toks[t-1].Kind == scanner.Ident {
			t--
		}
	case tk.Kind == scanner.Ident:
		if t-1 >= 0 && t > lo {
			b := p.toks[t-1]
			if b.Kind == scanner.Op && b.Class != scanner.Postfix &&
				(b.Class != scanner.Infix || (t-2 > lo && p.toks[t-2].Kind == scanner.Ident)) {
				switch {
				case t-2 > lo && p.toks[t-2].Kind == scanner.LArrow:
				case b.Class == scanner.Infix:
					t -= 2
				default:
					t--
				}
			}
		}
	case tk.Kind == scanner.Op && t > lo:
		t--
	}
	if t > lo {
		p.breaks[t] = true
	}
}
