package cfg

import (
	"sort"
)

// Parse reads a .cfg file as TLC's ModelConfig does. It always returns a
// Config holding everything it could read; the error, when not nil, is an
// ErrorList sorted by position. Where TLC stops at its first error, Parse
// resumes at the next keyword (or the next line of a CONSTANT section) so
// that an editor sees every problem at once.
//
// Parse is stricter than TLC in one respect only: where TLC would accept a
// token that can never name anything (a list entry `,`, a model value `+`,
// a stray character that silently ends TLC's reading), Parse reports it.
func Parse(path string, src []byte) (*Config, error) {
	p := &parser{cfg: &Config{Path: path}}
	p.lx = newLexer(src, &p.errs)
	p.advance()
	p.parseFile()
	if len(p.errs) == 0 {
		return p.cfg, nil
	}
	sort.SliceStable(p.errs, func(i, j int) bool {
		a, b := p.errs[i].Pos, p.errs[j].Pos
		return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
	})
	return p.cfg, p.errs
}

type parser struct {
	lx   *lexer
	tok  token
	cfg  *Config
	errs ErrorList
	// twice remembers the single-valued keywords already seen.
	seen map[string]bool
}

func (p *parser) advance() { p.tok = p.lx.next() }

func (p *parser) errorf(pos Pos, msg string) { p.errs.add(pos, msg) }

func (p *parser) atEnd() bool { return p.tok.kind == tokEOF || isKeyword(p.tok) }

// skipToKeyword is the recovery: drop tokens up to the next keyword.
func (p *parser) skipToKeyword() {
	for !p.atEnd() {
		p.advance()
	}
}

// parseFile parses
//
//	File = { Section } .
//	Section = SingleKeyword Name | ListKeyword { Name } | CONSTANT(S) { Entry }
//	        | CHECK_DEADLOCK (TRUE | FALSE) .
func (p *parser) parseFile() {
	for p.tok.kind != tokEOF && len(p.errs) < maxErrors {
		kw := p.tok
		if !isKeyword(kw) {
			p.errorf(kw.pos, "It was expecting a keyword, but did not find it (found "+describe(kw)+").")
			p.advance()
			p.skipToKeyword()
			continue
		}
		p.advance()
		switch kw.text {
		case kwInit:
			p.single(kw, &p.cfg.Init)
		case kwNext:
			p.single(kw, &p.cfg.Next)
		case kwSpecification:
			p.single(kw, &p.cfg.Specification)
		case kwView:
			p.single(kw, &p.cfg.View)
		case kwSymmetry:
			p.single(kw, &p.cfg.Symmetry)
		case kwAlias:
			p.single(kw, &p.cfg.Alias)
		case kwPeriodic:
			p.single(kw, &p.cfg.Periodic)
		case kwRLReward:
			p.single(kw, &p.cfg.RLReward)
		case kwInvariant, kwInvariants:
			p.cfg.Invariants = p.list(kw, p.cfg.Invariants)
		case kwProperty, kwProperties:
			p.cfg.Properties = p.list(kw, p.cfg.Properties)
		case kwConstraint, kwConstraints:
			p.cfg.Constraints = p.list(kw, p.cfg.Constraints)
		case kwActionConstraint, kwActionConstraints:
			p.cfg.ActionConstraints = p.list(kw, p.cfg.ActionConstraints)
		case kwPossible:
			p.cfg.Possible = p.list(kw, p.cfg.Possible)
		case kwPostcondition, kwPostconditions:
			p.cfg.Postconditions = p.list(kw, p.cfg.Postconditions)
			if len(p.cfg.Postconditions) > 0 {
				p.cfg.Postcondition = &p.cfg.Postconditions[0]
			}
		case kwCheckDeadlock:
			p.checkDeadlock(kw)
		case kwConstant, kwConstants:
			p.constants()
		}
	}
}

// single parses the name after a single-valued keyword.
func (p *parser) single(kw token, dst **Name) {
	if p.tok.kind == tokEOF || isKeyword(p.tok) {
		p.errorf(kw.pos, "The keyword "+kw.text+" was not followed by an identifier.")
		return
	}
	name, ok := p.name()
	if !ok {
		p.skipToKeyword()
		return
	}
	if p.once(kw) {
		*dst = &name
	}
	if !p.atEnd() {
		p.errorf(p.tok.pos, "The keyword "+kw.text+" takes one name; "+describe(p.tok)+" follows it.")
		p.skipToKeyword()
	}
}

// once reports whether kw is seen for the first time, and reports TLC's
// error when not.
func (p *parser) once(kw token) bool {
	if p.seen == nil {
		p.seen = map[string]bool{}
	}
	if p.seen[kw.text] {
		p.errorf(kw.pos, "The keyword "+kw.text+" appeared twice.")
		return false
	}
	p.seen[kw.text] = true
	return true
}

// name parses one operator name; TLC takes any token, we take identifiers.
func (p *parser) name() (Name, bool) {
	t := p.tok
	if t.kind != tokWord {
		msg := "It was expecting an identifier, but did not find it (found " + describe(t) + ")."
		if t.kind == tokSymbol && t.text == "," {
			msg = "Names in a .cfg are separated by spaces or new lines, not commas."
		}
		p.errorf(t.pos, msg)
		return Name{}, false
	}
	p.advance()
	return Name{Name: t.text, Pos: t.pos}, true
}

// list parses the names after a list keyword, up to the next keyword.
func (p *parser) list(kw token, names []Name) []Name {
	for !p.atEnd() {
		if n, ok := p.name(); ok {
			names = append(names, n)
		} else {
			p.advance()
		}
	}
	return names
}

// checkDeadlock parses `CHECK_DEADLOCK TRUE | FALSE`.
func (p *parser) checkDeadlock(kw token) {
	if p.tok.kind == tokEOF {
		p.errorf(kw.pos, "The keyword "+kw.text+" was not followed by an identifier.")
		return
	}
	t := p.tok
	if t.kind != tokWord || t.text != "TRUE" && t.text != "FALSE" {
		p.errorf(t.pos, "It was expecting TRUE or FALSE, but did not find it.")
		p.skipToKeyword()
		return
	}
	p.advance()
	if p.once(kw) {
		v := t.text == "TRUE"
		p.cfg.CheckDeadlock = &v
	}
}

func describe(t token) string {
	switch t.kind {
	case tokEOF:
		return "the end of the file"
	case tokString:
		return "the string " + t.text
	}
	return quote(t.text)
}
