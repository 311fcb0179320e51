package liveness

import (
	"fmt"
	"strconv"
	"strings"
)

// pred is a propositional formula over state and action atoms, in
// negation normal form. Propositional parts of a temporal formula stay
// whole (one tableau label, one edge condition) instead of being split
// into literals: that keeps the tableau small.
type pred struct {
	kind   predKind
	atom   int
	negate bool    // for predState and predAction
	kids   []*pred // for predAnd and predOr
	key    string
	// onEdge says the predicate mentions an action atom, so it is decided
	// on a step (its state atoms on the step's source).
	onEdge bool
}

type predKind uint8

const (
	predTrue predKind = iota
	predFalse
	predState
	predAction
	predAnd
	predOr
)

func newAtomPred(kind predKind, atom int, negate bool) *pred {
	p := &pred{kind: kind, atom: atom, negate: negate, onEdge: kind == predAction}
	var b strings.Builder
	if negate {
		b.WriteByte('!')
	}
	if kind == predState {
		b.WriteByte('s')
	} else {
		b.WriteByte('a')
	}
	b.WriteString(strconv.Itoa(atom))
	p.key = b.String()
	return p
}

var (
	truePred  = &pred{kind: predTrue, key: "T"}
	falsePred = &pred{kind: predFalse, key: "F"}
)

// junction builds the conjunction (and == true) or disjunction of ps,
// flattening nested junctions of the same kind and folding constants.
func junction(and bool, ps []*pred) *pred {
	kind, unit, zero := predOr, falsePred, truePred
	if and {
		kind, unit, zero = predAnd, truePred, falsePred
	}
	var kids []*pred
	seen := map[string]bool{}
	for _, p := range ps {
		if p.kind == zero.kind {
			return zero
		}
		if p.kind == unit.kind {
			continue
		}
		parts := []*pred{p}
		if p.kind == kind {
			parts = p.kids
		}
		for _, q := range parts {
			if !seen[q.key] {
				seen[q.key] = true
				kids = append(kids, q)
			}
		}
	}
	switch len(kids) {
	case 0:
		return unit
	case 1:
		return kids[0]
	}
	p := &pred{kind: kind, kids: kids}
	var b strings.Builder
	if and {
		b.WriteString("&(")
	} else {
		b.WriteString("|(")
	}
	for i, k := range kids {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(k.key)
		p.onEdge = p.onEdge || k.onEdge
	}
	b.WriteByte(')')
	p.key = b.String()
	return p
}

// temporal is a formula in negation normal form whose leaves are
// predicates: the input of the tableau and of the classification into
// <>[] and []<> conditions.
type temporal struct {
	kind temporalKind
	pred *pred       // for temporalPred
	kids []*temporal // the operands; one for always and eventually
	key  string
}

type temporalKind uint8

const (
	temporalPred temporalKind = iota
	temporalAnd
	temporalOr
	temporalAlways
	temporalEventually
)

func predicate(p *pred) *temporal { return &temporal{kind: temporalPred, pred: p, key: p.key} }

func modal(kind temporalKind, t *temporal) *temporal {
	// [][]F = []F and <><>F = <>F: the same behaviours, a smaller tableau.
	if t.kind == kind {
		return t
	}
	// A predicate under no temporal operator is only about the first step;
	// [] and <> of TRUE or FALSE are TRUE or FALSE.
	if t.kind == temporalPred && (t.pred.kind == predTrue || t.pred.kind == predFalse) {
		return t
	}
	prefix := "G("
	if kind == temporalEventually {
		prefix = "E("
	}
	return &temporal{kind: kind, kids: []*temporal{t}, key: prefix + t.key + ")"}
}

// connective builds the conjunction or disjunction of ts. When every
// operand is a predicate the result is one predicate.
func connective(and bool, ts []*temporal) *temporal {
	allPreds := true
	for _, t := range ts {
		if t.kind != temporalPred {
			allPreds = false
			break
		}
	}
	if allPreds {
		ps := make([]*pred, len(ts))
		for i, t := range ts {
			ps[i] = t.pred
		}
		return predicate(junction(and, ps))
	}
	kind, unit, zero := temporalOr, predFalse, predTrue
	if and {
		kind, unit, zero = temporalAnd, predTrue, predFalse
	}
	var kids []*temporal
	seen := map[string]bool{}
	for _, t := range ts {
		if t.kind == temporalPred && t.pred.kind == zero {
			return t
		}
		if t.kind == temporalPred && t.pred.kind == unit {
			continue
		}
		parts := []*temporal{t}
		if t.kind == kind {
			parts = t.kids
		}
		for _, k := range parts {
			if !seen[k.key] {
				seen[k.key] = true
				kids = append(kids, k)
			}
		}
	}
	switch len(kids) {
	case 0:
		if and {
			return predicate(truePred)
		}
		return predicate(falsePred)
	case 1:
		return kids[0]
	}
	var b strings.Builder
	if and {
		b.WriteString("&[")
	} else {
		b.WriteString("|[")
	}
	for i, k := range kids {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(k.key)
	}
	b.WriteByte(']')
	return &temporal{kind: kind, kids: kids, key: b.String()}
}

// maxFormulaDepth bounds the recursion over a formula tree, so a
// pathological input ends with an UnsupportedError instead of exhausting
// the stack.
const maxFormulaDepth = 10000

// normalize converts f, or its negation when negate is set, to negation
// normal form.
func normalize(f Formula, negate bool, depth int) (*temporal, error) {
	if depth > maxFormulaDepth {
		return nil, &UnsupportedError{What: "a temporal formula nested deeper than " + strconv.Itoa(maxFormulaDepth)}
	}
	switch f := f.(type) {
	case StateAtom:
		return predicate(newAtomPred(predState, f.Atom, negate)), nil
	case *StateAtom:
		if f == nil {
			break
		}
		return normalize(*f, negate, depth)
	case ActionAtom:
		return predicate(newAtomPred(predAction, f.Atom, negate)), nil
	case *ActionAtom:
		if f == nil {
			break
		}
		return normalize(*f, negate, depth)
	case Not:
		return normalize(f.F, !negate, depth+1)
	case *Not:
		if f == nil {
			break
		}
		return normalize(*f, negate, depth)
	case And:
		return normalizeJunction(f.Fs, !negate, negate, depth)
	case *And:
		if f == nil {
			break
		}
		return normalize(*f, negate, depth)
	case Or:
		return normalizeJunction(f.Fs, negate, negate, depth)
	case *Or:
		if f == nil {
			break
		}
		return normalize(*f, negate, depth)
	case Always:
		kid, err := normalize(f.F, negate, depth+1)
		if err != nil {
			return nil, err
		}
		if negate { // ~[]F = <>~F
			return modal(temporalEventually, kid), nil
		}
		return modal(temporalAlways, kid), nil
	case *Always:
		if f == nil {
			break
		}
		return normalize(*f, negate, depth)
	case Eventually:
		kid, err := normalize(f.F, negate, depth+1)
		if err != nil {
			return nil, err
		}
		if negate { // ~<>F = []~F
			return modal(temporalAlways, kid), nil
		}
		return modal(temporalEventually, kid), nil
	case *Eventually:
		if f == nil {
			break
		}
		return normalize(*f, negate, depth)
	case LeadsTo:
		// P ~> Q is [](~P \/ <>Q); its negation is <>(P /\ []~Q).
		p, err := normalize(f.P, !negate, depth+1)
		if err != nil {
			return nil, err
		}
		q, err := normalize(f.Q, negate, depth+1)
		if err != nil {
			return nil, err
		}
		if negate {
			return modal(temporalEventually, connective(true, []*temporal{p, modal(temporalAlways, q)})), nil
		}
		return modal(temporalAlways, connective(false, []*temporal{p, modal(temporalEventually, q)})), nil
	case *LeadsTo:
		if f == nil {
			break
		}
		return normalize(*f, negate, depth)
	}
	return nil, &UnsupportedError{What: describeFormula(f)}
}

// normalizeJunction normalizes the operands of a conjunction or
// disjunction; and says which connective the result is (after De Morgan).
func normalizeJunction(fs []Formula, and, negate bool, depth int) (*temporal, error) {
	ts := make([]*temporal, 0, len(fs))
	for _, g := range fs {
		t, err := normalize(g, negate, depth+1)
		if err != nil {
			return nil, err
		}
		ts = append(ts, t)
	}
	return connective(and, ts), nil
}

func describeFormula(f Formula) string {
	if f == nil {
		return "a missing (nil) formula"
	}
	return fmt.Sprintf("the formula node %T", f)
}
