package parser

import (
	"strconv"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/scanner"
)

// parseTheorem parses
//
//	Theorem ::= (THEOREM | PROPOSITION) [Ident "=="] (AssumeProve | Expression) [Proof]
func (p *parser) parseTheorem() *ast.Theorem {
	kw := p.next()
	th := &ast.Theorem{KwPos: kw.Pos, Keyword: p.text(kw)}
	if p.cur().Kind == defBreak {
		// The look-ahead marked "Name ==" after the keyword as a
		// definition (it does after an inner module's end): SANY's
		// parser then matches no unit at the keyword.
		p.fail(kw, "%s followed by the beginning of a definition", p.text(kw))
	}
	if p.cur().Kind == scanner.Ident && p.peek(1).Kind == scanner.DefEq {
		th.Name = p.parseIdent()
		p.next()
	}
	p.belch()
	th.Body = p.parseAssertion()
	if p.beginsProof() {
		th.Proof = p.parseProof()
	}
	return th
}

// parseAssertion parses AssumeProve | Expression.
func (p *parser) parseAssertion() ast.Node {
	if k := p.cur().Kind; k == scanner.ASSUME || k == scanner.BOXASSUME {
		return p.parseAssumeProve()
	}
	return p.parseExpr()
}

// parseAssumeProve parses
//
//	AssumeProve ::= ASSUME Assumption {"," Assumption} PROVE Expression
//	Assumption  ::= AssumeProve | NewDecl | Expression
func (p *parser) parseAssumeProve() *ast.AssumeProve {
	ap := &ast.AssumeProve{Assume: p.next().Pos}
	for {
		ap.Assumps = append(ap.Assumps, p.parseAssumptionItem())
		if p.cur().Kind != scanner.Comma {
			break
		}
		p.next()
	}
	if k := p.cur().Kind; k != scanner.PROVE && k != scanner.BOXPROVE {
		p.failExpected(", or PROVE")
	}
	ap.Prove = p.next().Pos
	ap.Goal = p.parseExpr()
	return ap
}

func (p *parser) parseAssumptionItem() ast.Node {
	t := p.cur()
	switch t.Kind {
	case scanner.ASSUME, scanner.BOXASSUME:
		return p.parseAssumeProve()
	case scanner.NEW, scanner.CONSTANT, scanner.VARIABLE, scanner.STATE, scanner.ACTION, scanner.TEMPORAL:
		return p.parseNewDecl()
	case defBreak:
		return p.parseDefinition(nil)
	}
	if t.Kind == scanner.Ident && p.peek(1).Kind == scanner.ColonColon && (p.peek(2).Kind == scanner.ASSUME || p.peek(2).Kind == scanner.BOXASSUME) {
		p.next()
		colons := p.next()
		ap := p.parseAssumeProve()
		ap.Label, ap.Colons = p.ident(t), colons.Pos
		return ap
	}
	return p.parseExpr()
}

// parseNewDecl parses [NEW] [CONSTANT|VARIABLE|STATE|ACTION|TEMPORAL] ConstItem [\in Expr].
func (p *parser) parseNewDecl() *ast.NewDecl {
	d := &ast.NewDecl{KwPos: p.cur().Pos}
	explicitNew := false
	if p.cur().Kind == scanner.NEW {
		p.next()
		explicitNew = true
	}
	switch p.cur().Kind {
	case scanner.CONSTANT:
		p.next()
	case scanner.VARIABLE:
		d.Kind = ast.NewVariable
		p.next()
	case scanner.STATE:
		d.Kind = ast.NewState
		p.next()
	case scanner.ACTION:
		d.Kind = ast.NewAction
		p.next()
	case scanner.TEMPORAL:
		d.Kind = ast.NewTemporal
		p.next()
	default:
		if !explicitNew {
			p.failExpected("NEW")
		}
	}
	d.Param = p.parseConstItem()
	if isIn(p.cur()) && d.Kind == ast.NewConstant && d.Param.Arity == 0 {
		p.next()
		d.Set = p.parseExpr()
	}
	return d
}

// beginsProof reports whether a proof starts at the current token.
func (p *parser) beginsProof() bool {
	switch p.cur().Kind {
	case scanner.PROOF, scanner.BY, scanner.OBVIOUS, scanner.OMITTED,
		scanner.StepNamed, scanner.StepImplicit, scanner.StepDot, scanner.StepBare, scanner.StepUnnamed:
		return true
	}
	return false
}

func isStepStart(k scanner.Kind) bool {
	switch k {
	case scanner.StepNamed, scanner.StepImplicit, scanner.StepDot, scanner.StepBare, scanner.StepUnnamed:
		return true
	}
	return false
}

// stepLevel returns the level number of a step token, -1 for <*> and
// -2 for <+>.
func stepLevel(text string) int {
	switch text[1] {
	case '*':
		return -1
	case '+':
		return -2
	}
	end := strings.IndexByte(text, '>')
	n, err := strconv.Atoi(text[1:end])
	if err != nil {
		return 0
	}
	return n
}

// parseProof parses
//
//	Proof ::= [PROOF] (BY [ONLY] Facts [DEF Names] | OBVIOUS | OMITTED)
//	        | [PROOF] Step {Step}          (ending with a QED step)
func (p *parser) parseProof() ast.Proof {
	// Like SANY, enter a proof level before knowing its number: a step
	// name in the BY of a top-level proof is outside any numbered proof.
	p.proofLevels = append(p.proofLevels, -1)
	defer func() { p.proofLevels = p.proofLevels[:len(p.proofLevels)-1] }()
	proofPos := noPos
	if p.cur().Kind == scanner.PROOF {
		proofPos = p.next().Pos
	}
	t := p.cur()
	switch t.Kind {
	case scanner.BY, scanner.OBVIOUS, scanner.OMITTED:
		p.next()
		tp := &ast.TerminalProof{ProofPos: proofPos, KwPos: t.Pos, EndPos: t.End}
		switch t.Kind {
		case scanner.OBVIOUS:
			tp.Kind = ast.ProofObvious
		case scanner.OMITTED:
			tp.Kind = ast.ProofOmitted
		default:
			tp.Kind = ast.ProofBy
			tp.Only, tp.Facts, tp.Defs = p.parseFactsAndDefs()
			tp.EndPos = p.prevEnd()
		}
		return tp
	}
	if !isStepStart(t.Kind) {
		p.failExpected("a proof")
	}
	sp := &ast.StepsProof{ProofPos: proofPos}
	for {
		t := p.cur()
		if !isStepStart(t.Kind) {
			p.failExpected("a proof step")
		}
		st := p.parseStep()
		sp.Steps = append(sp.Steps, st)
		if st.Kind == ast.StepQED {
			return sp
		}
	}
}

// correctLevel is SANY's check of a step token against the level of the
// proof being parsed; the first step fixes that level. <*> and <+> take
// the enclosing proof's level plus one (0 at the top: SANY counts from
// -1), <+> only as a first step; a number must exceed the enclosing
// proof's level.
func (p *parser) correctLevel(t scanner.Token) bool {
	n := len(p.proofLevels) - 1
	enclosing := -1
	if n > 0 {
		enclosing = p.proofLevels[n-1]
	}
	cur := &p.proofLevels[n]
	switch tok := stepLevel(p.text(t)); tok {
	case -1:
		if *cur < 0 {
			*cur = enclosing + 1
		}
		return true
	case -2:
		if *cur < 0 {
			*cur = enclosing + 1
			return true
		}
		return false
	default:
		if *cur < 0 {
			*cur = tok
			return tok > enclosing
		}
		return *cur == tok
	}
}

// parseFactsAndDefs parses [ONLY] [Fact {"," Fact}] [DEF Name {"," Name}].
func (p *parser) parseFactsAndDefs() (only bool, facts, defs []ast.Expr) {
	if p.cur().Kind == scanner.ONLY {
		p.next()
		only = true
	}
	if p.cur().Kind != scanner.DEF {
		for {
			if p.cur().Kind == scanner.MODULE {
				kw := p.next()
				facts = append(facts, &ast.ModuleRef{KwPos: kw.Pos, Name: p.parseName()})
			} else {
				facts = append(facts, p.parseExpr())
			}
			if p.cur().Kind != scanner.Comma {
				break
			}
			p.next()
		}
	}
	if p.cur().Kind == scanner.DEF {
		p.next()
		for {
			if p.cur().Kind == scanner.MODULE {
				kw := p.next()
				defs = append(defs, &ast.ModuleRef{KwPos: kw.Pos, Name: p.parseName()})
			} else {
				defs = append(defs, p.parseOpOrExpr())
			}
			if p.cur().Kind != scanner.Comma {
				break
			}
			p.next()
		}
	}
	return only, facts, defs
}

// parseUseOrHide parses (USE | HIDE) FactsAndDefs.
func (p *parser) parseUseOrHide() *ast.UseOrHide {
	kw := p.next()
	u := &ast.UseOrHide{KwPos: kw.Pos, Hide: kw.Kind == scanner.HIDE}
	u.Only, u.Facts, u.Defs = p.parseFactsAndDefs()
	u.EndPos = p.prevEnd()
	return u
}

// parseStep parses one step:
//
//	Step ::= StepToken ( QED | [DEFINE] Definition+ | USE/HIDE | INSTANCE
//	                   | HAVE Expr | TAKE Bounds | WITNESS Exprs
//	                   | PICK Bounds ":" Expr | CASE Expr
//	                   | [SUFFICES] (AssumeProve | Expr) ) [Proof]
func (p *parser) parseStep() *ast.Step {
	t := p.next()
	if !p.correctLevel(t) {
		if p.cur().Kind == scanner.QED {
			p.fail(t, "QED step's number %s has a bad level", p.text(t))
		}
		p.fail(t, "step's number %s has a bad level", p.text(t))
	}
	level := p.proofLevels[len(p.proofLevels)-1]
	st := &ast.Step{StepPos: t.Pos, LabelEnd: t.End, Label: strings.TrimRight(p.text(t), "."), Level: stepLevel(p.text(t)), KwPos: noPos}
	if i := strings.IndexByte(st.Label, '>'); i >= 0 {
		st.Name = st.Label[i+1:]
	}
	k := p.cur()
	switch k.Kind {
	case scanner.QED:
		st.Kind = ast.StepQED
		st.KwPos = p.next().Pos
	case scanner.DEFINE, defBreak:
		st.Kind = ast.StepDefine
		if k.Kind == scanner.DEFINE {
			st.KwPos = p.next().Pos
		}
		for {
			// SANY's OperatorOrFunctionDefinition takes an optional LOCAL,
			// also in a DEFINE step.
			if t := p.cur(); k.Kind == scanner.DEFINE && t.Kind == scanner.LOCAL && p.peek(1).Kind == defBreak {
				p.next()
				st.Defs = append(st.Defs, p.parseDefinition(&t))
				continue
			}
			if p.cur().Kind != defBreak {
				break
			}
			st.Defs = append(st.Defs, p.parseDefinition(nil))
		}
		if len(st.Defs) == 0 {
			p.failExpected("a definition")
		}
	case scanner.USE, scanner.HIDE:
		st.Kind = ast.StepUseOrHide
		st.UseHide = p.parseUseOrHide()
	case scanner.INSTANCE:
		st.Kind = ast.StepInstance
		st.Defs = []ast.Unit{p.parseInstance()}
	case scanner.HAVE:
		st.Kind = ast.StepHave
		st.KwPos = p.next().Pos
		st.Body = p.parseExpr()
	case scanner.TAKE:
		st.Kind = ast.StepTake
		st.KwPos = p.next().Pos
		st.Bounds = p.parseBoundsMaybeUnbounded()
	case scanner.WITNESS:
		st.Kind = ast.StepWitness
		st.KwPos = p.next().Pos
		st.Exprs = p.parseExprList()
	case scanner.PICK:
		st.Kind = ast.StepPick
		st.KwPos = p.next().Pos
		st.Bounds = p.parseBoundsMaybeUnbounded()
		p.expect(scanner.Colon, ":")
		st.Body = p.parseExpr()
	case scanner.CASE:
		st.Kind = ast.StepCase
		st.KwPos = p.next().Pos
		st.Body = p.parseExpr()
	case scanner.SUFFICES:
		st.Kind = ast.StepSuffices
		st.KwPos = p.next().Pos
		st.Body = p.parseAssertion()
	default:
		st.Kind = ast.StepAssert
		st.Body = p.parseAssertion()
	}
	if st.Kind != ast.StepDefine && st.Kind != ast.StepUseOrHide && st.Kind != ast.StepInstance && p.beginsProof() {
		if n := p.cur(); !isStepStart(n.Kind) || stepLevel(p.text(n)) > level || stepLevel(p.text(n)) == -2 {
			st.Proof = p.parseProof()
		}
	}
	st.EndPos = p.prevEnd()
	return st
}

// parseBoundsMaybeUnbounded parses QuantBound {"," QuantBound} or
// Ident {"," Ident}.
func (p *parser) parseBoundsMaybeUnbounded() []*ast.Bound {
	if p.matchBound() {
		bs := []*ast.Bound{p.parseQuantBound()}
		for p.cur().Kind == scanner.Comma {
			p.next()
			bs = append(bs, p.parseQuantBound())
		}
		return bs
	}
	b := &ast.Bound{}
	p.parseBoundNames(b, true)
	return []*ast.Bound{b}
}
