package cfg

import (
	"math/big"
	"strconv"
)

// maxValueDepth bounds the nesting of sets, so that a hostile file cannot
// exhaust the stack.
const maxValueDepth = 200

// maxInt is the largest integer TLC reads from a .cfg: it parses values
// with Java's Integer.parseInt and fails on anything larger.
var maxInt = big.NewInt(1<<31 - 1)

// constants parses the entries of a CONSTANT section:
//
//	Entry = Lhs "<-" [ "[" Module "]" ] Name
//	      | Lhs [ "(" Value { "," Value } ")" ] "=" [ "[" Module "]" ] Value .
//	Lhs   = Name { "!" Name } .
func (p *parser) constants() {
	for !p.atEnd() {
		line := p.tok.pos.Line
		if !p.constant() {
			// Resume at the next keyword or the first token of a later
			// line, whichever comes first.
			for !p.atEnd() && p.tok.pos.Line == line {
				p.advance()
			}
		}
	}
}

func (p *parser) constant() bool {
	lhs, ok := p.name()
	if !ok {
		return false
	}
	for p.isSymbol("!") {
		p.advance()
		part, ok := p.name()
		if !ok {
			return false
		}
		lhs.Name += "!" + part.Name
	}
	c := Constant{Name: lhs}
	if p.isSymbol("<-") {
		p.advance()
		if p.isSymbol("[") {
			mod, ok := p.module("<-[")
			if !ok {
				return false
			}
			c.Module = mod
		}
		if p.tok.kind == tokEOF || isKeyword(p.tok) {
			p.errorf(p.tok.pos, "Expected an identifier after <-.")
			return false
		}
		op, ok := p.name()
		if !ok {
			return false
		}
		c.Subst = &op
		p.cfg.Constants = append(p.cfg.Constants, c)
		return true
	}
	if p.isSymbol("(") {
		args, ok := p.arguments()
		if !ok {
			return false
		}
		c.Args = args
	}
	if !p.isSymbol("=") {
		p.errorf(p.tok.pos, "It was expecting = or <-, but did not find it (found "+describe(p.tok)+").")
		return false
	}
	p.advance()
	if p.isSymbol("[") {
		mod, ok := p.module("=[")
		if !ok {
			return false
		}
		c.Module = mod
	}
	v, ok := p.value(0)
	if !ok {
		return false
	}
	c.Value = &v
	p.cfg.Constants = append(p.cfg.Constants, c)
	return true
}

// module parses `[ Module ]` after `<-` or `=`.
func (p *parser) module(after string) (string, bool) {
	p.advance()
	if p.tok.kind != tokWord {
		p.errorf(p.tok.pos, "Expected an identifier after "+after+".")
		return "", false
	}
	mod := p.tok.text
	p.advance()
	if !p.isSymbol("]") {
		p.errorf(p.tok.pos, "It was expecting ], but did not find it.")
		return "", false
	}
	p.advance()
	return mod, true
}

// arguments parses `( Value { , Value } )`.
func (p *parser) arguments() ([]Value, bool) {
	open := p.tok.pos
	var args []Value
	for {
		p.advance()
		v, ok := p.value(0)
		if !ok {
			return nil, false
		}
		args = append(args, v)
		if !p.isSymbol(",") {
			break
		}
	}
	if !p.isSymbol(")") {
		p.errorf(p.tok.pos, "It was expecting ) to close the ( at line "+itoa(open.Line)+", but did not find it.")
		return nil, false
	}
	p.advance()
	return args, true
}

// value parses
//
//	Value = Number | String | TRUE | FALSE | ModelValue
//	      | "{" [ Value { "," Value } ] "}" .
func (p *parser) value(depth int) (Value, bool) {
	t := p.tok
	switch {
	case t.kind == tokNumber:
		p.advance()
		n, _ := new(big.Int).SetString(t.text, 10)
		if n.Cmp(maxInt) > 0 {
			p.errorf(t.pos, "The integer "+t.text+" is too large for TLC (at most 2147483647).")
			return Value{}, false
		}
		return Value{Kind: IntValue, Int: n, Pos: t.pos}, true
	case t.kind == tokBased:
		p.errorf(t.pos, "TLC reads only decimal integers in a .cfg, not "+t.text+".")
		return Value{}, false
	case t.kind == tokString:
		p.advance()
		return Value{Kind: StringValue, Str: t.text[1 : len(t.text)-1], Pos: t.pos}, true
	case t.kind == tokWord && t.text == "TRUE", t.kind == tokWord && t.text == "FALSE":
		p.advance()
		return Value{Kind: BoolValue, Bool: t.text == "TRUE", Pos: t.pos}, true
	case isKeyword(t):
		p.errorf(t.pos, "It was expecting a value, but found the keyword "+t.text+".")
	case t.kind == tokWord:
		p.advance()
		return Value{Kind: ModelValue, Str: t.text, Pos: t.pos}, true
	case t.kind == tokSymbol && t.text == "{":
		if depth >= maxValueDepth {
			p.errorf(t.pos, "Sets are nested too deeply (more than "+itoa(maxValueDepth)+" levels).")
			return Value{}, false
		}
		return p.set(depth)
	case t.kind == tokSymbol && t.text == "-":
		p.errorf(t.pos, "TLC does not accept negative integers in a .cfg; define the value in the spec (e.g. MinusOne == -1) and substitute it with <-.")
		p.advance()
		if p.tok.kind == tokNumber {
			// Keep the value (Apalache's configs use them) beside the error.
			n, _ := new(big.Int).SetString(p.tok.text, 10)
			p.advance()
			return Value{Kind: IntValue, Int: n.Neg(n), Pos: t.pos}, true
		}
		return Value{}, false
	case t.kind == tokSymbol && (t.text == "<<" || t.text == "⟨"):
		p.errorf(t.pos, "TLC does not accept tuples in a .cfg; define the value in the spec and substitute it with <-.")
	default:
		p.errorf(t.pos, "It was expecting a value, but did not find it (found "+describe(t)+").")
	}
	return Value{}, false
}

// set parses `{ [ Value { , Value } ] }`; the current token is `{`.
func (p *parser) set(depth int) (Value, bool) {
	set := Value{Kind: SetValue, Pos: p.tok.pos}
	p.advance()
	if p.isSymbol("}") {
		p.advance()
		set.Elems = []Value{}
		return set, true
	}
	for {
		v, ok := p.value(depth + 1)
		if !ok {
			return Value{}, false
		}
		set.Elems = append(set.Elems, v)
		if !p.isSymbol(",") {
			break
		}
		p.advance()
	}
	if !p.isSymbol("}") {
		p.errorf(p.tok.pos, "It was expecting }, but did not find it (found "+describe(p.tok)+").")
		return Value{}, false
	}
	p.advance()
	return set, true
}

func (p *parser) isSymbol(s string) bool { return p.tok.kind == tokSymbol && p.tok.text == s }

func itoa(n int) string { return strconv.Itoa(n) }
