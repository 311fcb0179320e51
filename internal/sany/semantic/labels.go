package semantic

import (
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/token"
)

// labelFrame is one element of SANY's label stack (Generator's LS): one
// for each definition, named theorem or assumption, numbered proof step
// and label being walked, innermost last. It holds the labels declared
// directly inside it and, in order, the sets of identifiers bound since
// it began (quantifiers, CHOOSE, set and function constructors, function
// definitions, LAMBDA, PICK): a label must list exactly those as its
// parameters.
type labelFrame struct {
	labels map[string]*labelDef
	params [][]*Symbol
}

// labelDef is a declared label: its number of parameters and the labels
// declared inside its expression, which Op!lab!inner names.
type labelDef struct {
	arity  int
	labels map[string]*labelDef
	// goal and goalClause: the theorem's or step's ASSUME/PROVE and the
	// clause the label is in, for SANY's illegalLabelRef
	goal       *apGoal
	goalClause int
}

// pushLabels starts a label frame (SANY's pushLS).
func (c *checker) pushLabels() {
	c.labelStack = append(c.labelStack, &labelFrame{})
}

// popLabels ends the innermost label frame and returns its labels
// (SANY's popLabelNodeSet).
func (c *checker) popLabels() map[string]*labelDef {
	top := c.labelStack[len(c.labelStack)-1]
	c.labelStack = c.labelStack[:len(c.labelStack)-1]
	return top.labels
}

// pushBound records identifiers bound from here on, which labels inside
// must take as parameters (SANY's pushFormalParams). Outside any label
// frame there is nothing to record; popBound must then not pop either.
func (c *checker) pushBound(syms []*Symbol) {
	if len(c.labelStack) == 0 {
		return
	}
	top := c.labelStack[len(c.labelStack)-1]
	top.params = append(top.params, syms)
}

// popBound undoes the matching pushBound.
func (c *checker) popBound() {
	if len(c.labelStack) == 0 {
		return
	}
	top := c.labelStack[len(c.labelStack)-1]
	if len(top.params) > 0 {
		top.params = top.params[:len(top.params)-1]
	}
}

// boundSymbols returns the symbols bs bound in inner, in source order.
func boundSymbols(bs []*ast.Bound, inner *scope) []*Symbol {
	var out []*Symbol
	for _, b := range bs {
		if b == nil {
			continue
		}
		for _, id := range b.Names {
			if sym := inner.names[id.Name]; sym != nil && sym.Pos == id.Pos() {
				out = append(out, sym)
			}
		}
	}
	return out
}

// boundBody walks the body of a construct binding bs (declared in inner),
// where labels must take those identifiers as parameters.
func (c *checker) boundBody(body ast.Expr, bs []*ast.Bound, inner *scope) info {
	c.pushBound(boundSymbols(bs, inner))
	c.binderDepth++
	defer func() {
		c.popBound()
		c.binderDepth--
	}()
	return c.expr(body, inner)
}

// paramSymbols returns the parameter symbols ids declared in inner.
func paramSymbols(ids []*ast.Ident, inner *scope) []*Symbol {
	var out []*Symbol
	for _, id := range ids {
		if sym := inner.names[id.Name]; sym != nil {
			out = append(out, sym)
		}
	}
	return out
}

// labelled walks lab :: body, or lab :: ASSUME ... PROVE when ap is not
// nil, with SANY's rules (Generator.generateLabel): a label only inside a
// definition, named theorem or numbered step; not in the scope of a NEW of
// a nested ASSUME/PROVE; not inside an EXCEPT value; its parameters
// exactly the identifiers bound since the enclosing definition or label;
// its name unique in that definition or label. A label that may not be
// there is reported and its body is not walked, as SANY does.
func (c *checker) labelled(lab *ast.Label, ap *ast.AssumeProve, sc *scope) info {
	var pos, end token.Pos
	if ap != nil {
		pos, end = ap.Pos(), ap.End()
	} else {
		pos, end = lab.Pos(), lab.End()
	}
	switch {
	case len(c.labelStack) == 0:
		c.errorf(pos, end, CodeLabelNotInDefinitionOrProofStep, "Label not in definition or proof step.")
		return constInfo()
	case c.noLabelsAllowed():
		c.errorf(pos, end, CodeLabelNotAllowedInNestedAssumeProveWithNew,
			"Label not allowed within scope of declaration in nested ASSUME/PROVE.")
		return constInfo()
	case c.exceptValueDepth > 0:
		c.errorf(pos, end, CodeLabelNotAllowedInFunctionExcept, "Labels inside EXCEPT clauses are not yet implemented.")
		return constInfo()
	}
	c.pushLabels()
	var inf info
	if ap != nil {
		inf = c.assumeProveBody(ap, newScope(sc))
	} else {
		inf = c.expr(lab.Body, sc)
	}
	def := &labelDef{arity: len(lab.Params), labels: c.popLabels(), goal: c.currentGoal, goalClause: c.currentGoalClause}

	name := lab.Name.Name
	params := make([]*Symbol, len(lab.Params))
	for i, p := range lab.Params {
		sym := sc.lookup(p.Name)
		if sym == nil || (sym.Kind != KindParam && sym.Kind != KindBound) {
			c.errorf(p.Pos(), p.End(), CodeLabelParameterUnnecessary, "Illegal parameter %s of label `%s'.", p.Name, name)
			sym = &Symbol{Name: p.Name, Kind: KindParam} // a stand-in, as SANY's
		}
		params[i] = sym
	}
	c.labelParamsEqual(name, params, pos, end)
	top := c.labelStack[len(c.labelStack)-1]
	if _, dup := top.labels[name]; dup {
		c.errorf(pos, end, CodeLabelRedefinition, "Duplicate label `%s'.", name)
	} else {
		if top.labels == nil {
			top.labels = map[string]*labelDef{}
		}
		top.labels[name] = def
	}
	inf.opAppl = false
	return inf
}

// labelParamsEqual reports a label whose parameters are not exactly the
// identifiers bound since its definition or enclosing label began
// (SANY's formalParamsEqual): repeated ones, missing ones in binding
// order, then the extra ones.
func (c *checker) labelParamsEqual(name string, params []*Symbol, pos, end token.Pos) {
	given := map[*Symbol]bool{}
	for _, p := range params {
		if given[p] {
			c.errorf(pos, end, CodeLabelParameterRepetition, "Repeated formal parameter %s \nin label `%s'.", p.Name, name)
		}
		given[p] = true
	}
	top := c.labelStack[len(c.labelStack)-1]
	for _, set := range top.params {
		for _, p := range set {
			if !given[p] {
				c.errorf(pos, end, CodeLabelParameterMissing, "Label %s must contain formal parameter `%s'.", name, p.Name)
			}
			delete(given, p)
		}
	}
	var extra []*Symbol
	for _, p := range params {
		if given[p] {
			extra = append(extra, p)
			delete(given, p)
		}
	}
	if len(extra) > 0 {
		c.errorf(pos, end, CodeLabelParameterUnnecessary, "Label %s declares extra parameter(s)  %s", name, labelArgsString(extra))
	}
}

// labelRefs walks the parts of Op!lab!inner(args) after Op, whose labels
// are given. In an expression a label must be given as many arguments as
// it has parameters (SANY's LABEL_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS, at
// the label's name). Parts that are not declared labels, and what follows
// a structural selector such as !1, are walked and accepted.
func (c *checker) labelRefs(labels map[string]*labelDef, parts []*ast.NamePart, arity int, sc *scope) {
	for i, p := range parts {
		def := labels[p.Name]
		if p.Kind != ast.PartName || def == nil {
			for _, q := range parts[i:] {
				c.exprs(q.Args, sc)
			}
			return
		}
		if def.goal != nil && def.goal.forbids(def.goalClause) {
			c.errorf(p.Pos(), p.PartEnd, CodeUnsupportedLanguageFeature,
				"Accessing subexpression labeled `%s' of ASSUME/PROVE clause within the scope of a declaration\n from outside that declaration's scope.", p.Name)
			return
		}
		if arity == 0 && def.arity != len(p.Args) {
			c.errorf(p.Pos(), p.PartEnd, CodeLabelGivenIncorrectNumberOfArguments,
				"Label `%s' used with wrong number of arguments.", p.Name)
			return
		}
		c.exprs(p.Args, sc)
		labels = def.labels
	}
}

// noLabelsAllowed reports whether the walk is in the scope of a NEW
// declared by a nested ASSUME/PROVE, where SANY allows no label.
func (c *checker) noLabelsAllowed() bool {
	for i := 2; i <= c.assumeProveDepth && i < len(c.inScopeOfAPDecl); i++ {
		if c.inScopeOfAPDecl[i] {
			return true
		}
	}
	return false
}

// labelArgsString lists label parameters as SANY's "extra parameter(s)"
// message does: each name followed by two spaces.
func labelArgsString(syms []*Symbol) string {
	var b strings.Builder
	for _, s := range syms {
		b.WriteString(s.Name)
		b.WriteString("  ")
	}
	return b.String()
}
