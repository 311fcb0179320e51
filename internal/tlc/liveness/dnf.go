package liveness

import "strconv"

// term is one disjunct of the negated property in disjunctive normal form,
// split as TLC's Liveness.classifyExpr splits it: conditions a lasso's
// cycle must meet, which need no tableau, and the rest.
type term struct {
	// eventuallyAlways are the p of <>[]p: every step of the cycle
	// satisfies p.
	eventuallyAlways []*pred
	// alwaysEventually are the p of []<>p: some step of the cycle satisfies p.
	alwaysEventually []*pred
	// tableau is the conjunction of the other conjuncts, nil when there are
	// none; the behaviour must satisfy it from its first state.
	tableau *temporal
}

// maxTerms bounds the disjunctive normal form, which is exponential in
// the worst case.
const maxTerms = 4096

// disjunctiveNormalForm distributes conjunction over disjunction down to
// temporal operators and predicates (the units).
func disjunctiveNormalForm(t *temporal) ([][]*temporal, error) {
	switch t.kind {
	case temporalPred:
		switch t.pred.kind {
		case predFalse:
			return nil, nil
		case predTrue:
			return [][]*temporal{{}}, nil
		}
		return [][]*temporal{{t}}, nil
	case temporalOr:
		var out [][]*temporal
		for _, k := range t.kids {
			d, err := disjunctiveNormalForm(k)
			if err != nil {
				return nil, err
			}
			out = append(out, d...)
			if len(out) > maxTerms {
				return nil, tooManyTerms()
			}
		}
		return out, nil
	case temporalAnd:
		out := [][]*temporal{{}}
		for _, k := range t.kids {
			d, err := disjunctiveNormalForm(k)
			if err != nil {
				return nil, err
			}
			if len(out)*len(d) > maxTerms {
				return nil, tooManyTerms()
			}
			next := make([][]*temporal, 0, len(out)*len(d))
			for _, a := range out {
				for _, b := range d {
					c := make([]*temporal, 0, len(a)+len(b))
					c = append(append(c, a...), b...)
					next = append(next, c)
				}
			}
			out = next
		}
		return out, nil
	}
	return [][]*temporal{{t}}, nil
}

func tooManyTerms() error {
	return &UnsupportedError{What: "a temporal formula whose negation has more than " + strconv.Itoa(maxTerms) + " disjuncts in normal form"}
}

// classify splits one conjunction of units into a term.
func classify(units []*temporal) term {
	var tm term
	var rest []*temporal
	for _, u := range units {
		if len(u.kids) == 1 && len(u.kids[0].kids) == 1 && u.kids[0].kids[0].kind == temporalPred {
			inner, p := u.kids[0], u.kids[0].kids[0].pred
			switch {
			case u.kind == temporalEventually && inner.kind == temporalAlways:
				tm.eventuallyAlways = append(tm.eventuallyAlways, p)
				continue
			case u.kind == temporalAlways && inner.kind == temporalEventually:
				tm.alwaysEventually = append(tm.alwaysEventually, p)
				continue
			}
		}
		rest = append(rest, u)
	}
	if len(rest) > 0 {
		tm.tableau = connective(true, rest)
	}
	return tm
}

// containsAction says whether t has a predicate decided on a step.
func (t *temporal) containsAction() bool {
	if t.kind == temporalPred {
		return t.pred.onEdge
	}
	for _, k := range t.kids {
		if k.containsAction() {
			return true
		}
	}
	return false
}
