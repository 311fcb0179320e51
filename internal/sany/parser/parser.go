package parser

import (
	"fmt"
	"sort"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// defBreak is the kind of the virtual token SANY inserts where it expects
// the next definition to begin ("Beginning of definition").
const defBreak scanner.Kind = -1

// ParseFile parses every top-level module of f, in order. Like SANY it
// stops at the first lexical or parse error; the tree holds what was
// parsed before it. The error list holds that error, preceded by any
// errors SANY records without stopping (see ParseFileMode).
func ParseFile(f *token.File) (file *ast.File, errs scanner.ErrorList) {
	return ParseFileMode(f, 0)
}

type bailout struct{}

type junction struct {
	col  int32
	name string // "\\land" or "\\lor"
}

type parser struct {
	file        *token.File
	src         string // the file's text; names in the tree are substrings of it
	toks        []scanner.Token
	lexErrs     scanner.ErrorList // lexErrs[k] belongs to the k-th Illegal token
	illegal     []int             // indexes of the Illegal tokens
	mode        Mode
	recovered   bool              // an error has been recorded and skipped
	errs        scanner.ErrorList // errors recorded by recovery
	unitStart   int               // token index where the current module unit began
	partial     ast.Unit          // with Recover: the definition being parsed as that unit
	i           int
	breaks      []bool // breaks[i]: a virtual defBreak token sits before toks[i]
	juncs       []junction
	ops         []stackElem // the operator stacks of the expressions being parsed
	nodes       nodes
	err         *scanner.Error
	soft        scanner.ErrorList // errors SANY records without stopping, before err
	lastOp      opInfo            // SANY's lastOp: the last operator symbol read
	proofLevels []int             // level of each enclosing proof; -1 until its first step
}

func (p *parser) safePos() token.Pos {
	if p.i < len(p.toks) {
		return p.toks[p.i].Pos
	}
	return 0
}

// cur returns the current token, raising the lexical error when the
// scanner could not read it.
func (p *parser) cur() scanner.Token {
	if t := &p.toks[p.i]; !p.breaks[p.i] && t.Kind > scanner.Illegal {
		return *t
	}
	return p.peek(0)
}

// peek returns the token n positions ahead, counting virtual defBreaks.
func (p *parser) peek(n int) scanner.Token {
	j := p.i
	for {
		if p.breaks[j] {
			if n == 0 {
				t := p.toks[j]
				return scanner.Token{Kind: defBreak, Pos: t.Pos, End: t.Pos, Col: t.Col}
			}
			n--
		}
		t := p.toks[j]
		if t.Kind == scanner.Illegal {
			p.raiseLexical(j)
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
		p.breaks[p.i] = false
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

// text returns the spelling of t.
func (p *parser) text(t scanner.Token) string { return p.src[t.Pos:t.End] }

func (p *parser) describe(t scanner.Token) string {
	switch t.Kind {
	case scanner.EOF:
		return "end of file"
	case defBreak:
		return "the beginning of a definition"
	}
	return fmt.Sprintf("%q", p.text(t))
}

// fail records the first error at t and abandons the parse.
func (p *parser) fail(t scanner.Token, format string, args ...any) {
	if p.err == nil {
		p.err = &scanner.Error{Kind: scanner.Parse, Pos: t.Pos, End: t.End, Msg: fmt.Sprintf(format, args...)}
	}
	panic(bailout{})
}

// softError records an error after which SANY goes on parsing; the parse
// still fails.
func (p *parser) softError(e *scanner.Error) {
	p.soft = append(p.soft, e)
}

// tokenAt returns the token that starts at pos (for error reports).
func (p *parser) tokenAt(pos token.Pos) scanner.Token {
	i := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].Pos >= pos })
	if i < len(p.toks) {
		return p.toks[i]
	}
	return p.toks[len(p.toks)-1]
}

// sawOp records t as SANY's lastOp, the last operator symbol read.
func (p *parser) sawOp(t scanner.Token) {
	p.lastOp = infoOf(t.Name())
}

// failExpected reports that what was expected at the current token.
func (p *parser) failExpected(what string) {
	t := p.cur()
	p.fail(t, "expected %s, found %s", what, p.describe(t))
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

func (p *parser) ident(t scanner.Token) *ast.Ident {
	name := p.text(t)
	if t.Name() != "" {
		name = t.Name()
	}
	return p.newIdent(t.Pos, t.End, name)
}

func (p *parser) parseIdent() *ast.Ident {
	return p.ident(p.expect(scanner.Ident, "an identifier"))
}

// fieldNameOK reports whether t may stand as a name where SANY turns
// keywords into identifiers (module names, record fields).
func fieldNameOK(t scanner.Token) bool {
	switch t.Kind {
	case scanner.EXISTS, scanner.FORALL, scanner.TEXISTS, scanner.TFORALL:
		return false // symbols (\\E, \\A), not words
	}
	if t.Kind == scanner.Op {
		switch t.Name() {
		case "ENABLED", "UNCHANGED", "SUBSET", "UNION", "DOMAIN":
			return true
		}
		return false
	}
	if t.Kind == scanner.Ident || t.Kind.IsKeyword() || t.Kind == scanner.Underscore {
		return true
	}
	return false
}

// parseName parses an identifier, also accepting keywords as SANY does
// for module and field names.
func (p *parser) parseName() *ast.Ident {
	t := p.cur()
	if !fieldNameOK(t) {
		p.failExpected("an identifier")
	}
	p.next()
	return p.newIdent(t.Pos, t.End, p.text(t))
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
		if nk == scanner.Illegal {
			if !p.recovered {
				// SANY's lookahead reads the bad token and fails.
				p.raiseLexical(next)
			}
			return
		}
		if nk == scanner.EOF {
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
			if t <= lo || t == 0 { // lo is -1 before the first token
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
