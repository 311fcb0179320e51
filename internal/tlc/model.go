package tlc

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/eval"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/search"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// model adapts a compiled spec to the search.
type model struct {
	sp    *eval.Spec
	perms []*value.Permutation
	// varOrder is TLC's order of the state variables (see stateOrder).
	varOrder []int
	// The PROPERTY parts TLC checks during the search: []P as
	// invariants (after the INVARIANTs), [][A]_v as implied actions,
	// state predicates on the initial states.
	propInvariants []namedAtom
	implied        []namedAtom
	// temporal: some PROPERTY has a temporal part, which is decided on
	// the state graph after the search (checkProperties).
	temporal bool
	// stateLevel names the PROPERTYs that are state predicates, which
	// TLC checks on the initial states only (and warns of).
	stateLevel []string
	// checkingInit: Init is running (the search checks initial states in
	// the Init callback, on one goroutine). Shared by the views AtLevel
	// makes: Init runs on one, the checks on another.
	checkingInit *bool
}

// UsesLevel says whether the spec's evaluation depends on the level of
// the state (TLCGet("level")).
func (m *model) UsesLevel() bool { return m.sp.UsesLevel() }

// AtLevel is the model evaluating states at level (search.LevelModel).
func (m *model) AtLevel(level int32) search.Model {
	view := *m
	view.sp = m.sp.AtLevel(level)
	return &view
}

// namedAtom is a property part with the property's name.
type namedAtom struct {
	name string
	atom *eval.Atom
	init bool // an initial-state predicate: checked on initial states only
}

func newModel(sp *eval.Spec) (*model, error) {
	m := &model{sp: sp, checkingInit: new(bool)}
	if sp.Symmetry != nil {
		v, err := sp.Eval(sp.Symmetry, nil)
		if err != nil {
			return nil, err
		}
		if v.Kind() != value.KindSet || !value.IsFinite(v) {
			return nil, fmt.Errorf("the symmetry set %s is not a finite set of permutations", sp.Symmetry.Name)
		}
		var gens []map[*value.ModelVal]*value.ModelVal
		for _, p := range value.Elements(v) {
			f, ok := p.(*value.Func)
			if !ok {
				return nil, fmt.Errorf("the symmetry set %s contains %s, which is not a permutation", sp.Symmetry.Name, value.Print(p))
			}
			perm := map[*value.ModelVal]*value.ModelVal{}
			for i, x := range f.Vals {
				from, ok1 := f.DomainAt(i).(*value.ModelVal)
				to, ok2 := x.(*value.ModelVal)
				if !ok1 || !ok2 {
					return nil, fmt.Errorf("the symmetry set %s permutes values that are not model values", sp.Symmetry.Name)
				}
				perm[from] = to
			}
			gens = append(gens, perm)
		}
		for _, p := range permutationGroup(gens) {
			m.perms = append(m.perms, value.NewPermutation(p))
		}
	}
	return m, nil
}

// permutationGroup is the group the SYMMETRY permutations generate,
// without the identity (TLC's MVPerms.permutationSubgroup): the union of
// two permutation sets, as specs write it, means their product group.
func permutationGroup(gens []map[*value.ModelVal]*value.ModelVal) []map[*value.ModelVal]*value.ModelVal {
	key := func(p map[*value.ModelVal]*value.ModelVal) string {
		var pairs []string
		for k, v := range p {
			pairs = append(pairs, fmt.Sprintf("%d>%d", k.ID, v.ID))
		}
		sort.Strings(pairs)
		return strings.Join(pairs, ",")
	}
	normal := func(p map[*value.ModelVal]*value.ModelVal) map[*value.ModelVal]*value.ModelVal {
		out := map[*value.ModelVal]*value.ModelVal{}
		for k, v := range p {
			if k != v {
				out[k] = v
			}
		}
		return out
	}
	seen := map[string]bool{}
	var group []map[*value.ModelVal]*value.ModelVal
	add := func(p map[*value.ModelVal]*value.ModelVal) {
		p = normal(p)
		if len(p) == 0 {
			return
		}
		if k := key(p); !seen[k] {
			seen[k] = true
			group = append(group, p)
		}
	}
	for _, g := range gens {
		add(g)
	}
	generators := append([]map[*value.ModelVal]*value.ModelVal(nil), group...)
	for from := 0; from < len(group); {
		to := len(group)
		for _, g := range generators {
			for _, p := range group[from:to] {
				// g after p
				c := map[*value.ModelVal]*value.ModelVal{}
				for k, v := range p {
					if w, ok := g[v]; ok {
						c[k] = w
					} else {
						c[k] = v
					}
				}
				for k, v := range g {
					if _, ok := p[k]; !ok {
						c[k] = v
					}
				}
				add(c)
			}
		}
		from = to
		if len(group) > 100000 {
			break
		}
	}
	return group
}

func (m *model) NumActions() int { return len(m.sp.Actions) }

func (m *model) Init(emit func(search.State)) error {
	*m.checkingInit = true
	defer func() { *m.checkingInit = false }()
	return m.sp.InitStates(func(s eval.State) { emit(s) })
}

func (m *model) Next(a int, s search.State, emit func(search.State)) (int64, error) {
	return m.sp.SuccessorsCounted(m.sp.Actions[a], s, func(t eval.State) { emit(t) })
}

func (m *model) Fingerprint(s search.State) (uint64, error) { return m.fingerprint(s, nil) }

// Abstracts says a fingerprint stands for a class of states: under VIEW
// or SYMMETRY (search.AbstractModel).
func (m *model) Abstracts() bool { return m.sp.View != nil || len(m.perms) > 0 }

// viewError is an error evaluating the VIEW of a successor, which TLC
// meets fingerprinting it and reports against the state being expanded
// (search's expandedStateError).
type viewError struct{ err error }

func (e viewError) Error() string         { return e.err.Error() }
func (e viewError) Unwrap() error         { return e.err }
func (e viewError) OfExpandedState() bool { return true }

// leastImage is the least of the images of s under the SYMMETRY's
// permutations in TLC's order of values, variable by variable: the
// state whose VIEW TLC fingerprints (TLCStateMut.fingerPrint).
func (m *model) leastImage(s search.State) search.State {
	least := s
	for _, p := range m.perms {
		img := make(search.State, len(s))
		for j, v := range s {
			img[j] = p.Apply(v)
		}
		for _, j := range m.stateOrder(len(s)) {
			if c := value.Compare(img[j], least[j]); c != 0 {
				if c < 0 {
					least = img
				}
				break
			}
		}
	}
	return least
}

// stateOrder is the order of TLC's state variables (its TLCStateMut,
// the order it prints them in), as indices of ours.
func (m *model) stateOrder(n int) []int {
	if len(m.varOrder) == n {
		return m.varOrder
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	return order
}

// symScratch is what fingerprinting under SYMMETRY works in, kept by a
// worker from state to state.
type symScratch struct {
	hasher *value.SymHasher
	// images[i][k]: variable i's fingerprint under permutation k.
	images [][]uint64
}

// fingerprint is Fingerprint; sym, when not nil, is the caller's own
// scratch for SYMMETRY (nil: made for the call).
func (m *model) fingerprint(s search.State, sym *symScratch) (fp uint64, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*value.Error); ok {
				err = &eval.Error{Msg: e.Msg}
				return
			}
			panic(r)
		}
	}()
	if m.sp.View != nil {
		st := s
		if len(m.perms) > 0 {
			// VIEW and SYMMETRY: TLC fingerprints the view of the
			// least image of the state.
			st = m.leastImage(s)
		}
		v, err := m.sp.Eval(m.sp.View, st)
		if err != nil {
			return 0, viewError{err}
		}
		return value.Fingerprint(v), nil
	}
	if len(m.perms) == 0 {
		return stateFingerprint(s), nil
	}
	// Under SYMMETRY a state stands for its class, the states it is
	// mapped to by the permutation group: its fingerprint is the least
	// of its images' fingerprints. That is the same for every state of
	// the class, and so are the classes TLC forms with the least image
	// in its value order (TLCStateMut.fingerPrint), while no image is
	// built: the fingerprint of an image is computed on the state.
	// Variables without model values are their own images.
	// The images' fingerprints of a variable are computed for every
	// permutation at once (value.PermutedFingerprints).
	own := make([]uint64, len(s))
	for i, v := range s {
		own[i] = value.Fingerprint(v)
	}
	if sym == nil {
		sym = &symScratch{hasher: value.NewSymHasher(m.perms)}
	}
	for len(sym.images) < len(s) {
		sym.images = append(sym.images, make([]uint64, len(m.perms)))
	}
	images := sym.images[:len(s)]
	moves := make([]bool, len(s))
	for i, v := range s {
		if moves[i] = value.ContainsModel(v); moves[i] {
			sym.hasher.Fingerprints(v, images[i])
		}
	}
	least := combineFingerprints(own)
	image := make([]uint64, len(s))
	for k := range m.perms {
		for i := range s {
			if moves[i] {
				image[i] = images[i][k]
			} else {
				image[i] = own[i]
			}
		}
		if fp := combineFingerprints(image); fp < least {
			least = fp
		}
	}
	return least, nil
}

func stateFingerprint(s search.State) uint64 {
	h := uint64(0x84222325cbf29ce4)
	for _, v := range s {
		h = value.HashMix(h, value.Fingerprint(v))
	}
	return h
}

// combineFingerprints is stateFingerprint of a state whose variables
// have the fingerprints fps.
func combineFingerprints(fps []uint64) uint64 {
	h := uint64(0x84222325cbf29ce4)
	for _, fp := range fps {
		h = value.HashMix(h, fp)
	}
	return h
}

// holdsFn decides a predicate (eval.Spec.Holds, eval.Worker.Holds).
type holdsFn func(e *eval.Expr, st, next []value.Value) (bool, error)

func (m *model) specHolds(e *eval.Expr, st, next []value.Value) (bool, error) {
	return m.sp.Holds(e, st, next)
}

// workerModel is the model for one goroutine of the search: successors
// and the CONSTRAINTs, ACTION_CONSTRAINTs and INVARIANTs are evaluated
// by an eval.Worker, which reuses its evaluation context.
type workerModel struct {
	*model
	w     *eval.Worker
	holds holdsFn
	sym   *symScratch // under SYMMETRY
	// level is the level the worker evaluates at (AtLevel); -1: not known.
	level int32
}

// NewWorker makes model a search.WorkerModel.
func (m *model) NewWorker() search.Model {
	w := m.sp.NewWorker()
	wm := &workerModel{model: m, w: w, holds: w.Holds, level: -1}
	if len(m.perms) > 0 {
		wm.sym = &symScratch{hasher: value.NewSymHasher(m.perms)}
	}
	return wm
}

// AtLevel is the worker evaluating states at level (search.LevelModel):
// the same eval.Worker, its level set before each call, beside the
// model's view at that level for what the worker does not evaluate
// (property parts, VIEW).
func (wm *workerModel) AtLevel(level int32) search.Model {
	view := *wm
	view.model = wm.model.AtLevel(level).(*model)
	view.level = level
	return &view
}

func (wm *workerModel) Fingerprint(s search.State) (uint64, error) { return wm.fingerprint(s, wm.sym) }

func (wm *workerModel) Next(a int, s search.State, emit func(search.State)) (int64, error) {
	wm.w.SetLevel(wm.level)
	return wm.w.Successors(wm.sp.Actions[a], s, emit)
}

func (wm *workerModel) InModel(s search.State) (bool, error) {
	wm.w.SetLevel(wm.level)
	return wm.inModel(wm.holds, s)
}

func (wm *workerModel) ActionAllowed(s, t search.State) (bool, error) {
	wm.w.SetLevel(wm.level)
	return wm.actionAllowed(wm.holds, s, t)
}

func (wm *workerModel) Invariant(s search.State) (int, error) {
	wm.w.SetLevel(wm.level)
	return wm.invariant(wm.holds, s)
}

func (m *model) InModel(s search.State) (bool, error) { return m.inModel(m.specHolds, s) }

func (m *model) inModel(holds holdsFn, s search.State) (bool, error) {
	for _, c := range m.sp.Constraints {
		ok, err := holds(c, s, nil)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func (m *model) ActionAllowed(s, t search.State) (bool, error) {
	return m.actionAllowed(m.specHolds, s, t)
}

func (m *model) actionAllowed(holds holdsFn, s, t search.State) (bool, error) {
	for _, c := range m.sp.ActionConstraints {
		ok, err := holds(c, s, t)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func (m *model) Invariant(s search.State) (int, error) { return m.invariant(m.specHolds, s) }

func (m *model) invariant(holds holdsFn, s search.State) (int, error) {
	for i, inv := range m.sp.Invariants {
		ok, err := holds(inv, s, nil)
		if err != nil {
			return -1, m.invariantEvalError(err, "invariant "+inv.Name, inv.Pos)
		}
		if !ok {
			return i, nil
		}
	}
	for i, p := range m.propInvariants {
		if p.init && !m.initial(s) {
			continue
		}
		ok, err := m.sp.HoldsAtom(p.atom, s, nil)
		if err != nil {
			return -1, m.invariantEvalError(err, "invariant "+p.name, p.atom.Pos)
		}
		if !ok {
			return len(m.sp.Invariants) + i, nil
		}
	}
	return -1, nil
}

// initial is set while the search checks initial states.
func (m *model) initial(s search.State) bool { return *m.checkingInit }

func (m *model) Implied(s, t search.State) (int, error) {
	for i, p := range m.implied {
		ok, err := m.sp.HoldsAtom(p.atom, s, t)
		if err != nil {
			return -1, m.invariantEvalError(err, "action property "+p.name, p.atom.Pos)
		}
		if !ok {
			return i, nil
		}
	}
	return -1, nil
}

// addProperties takes the PROPERTY entries apart (eval.Spec.Property)
// and checks their safety parts during the search, as TLC does, so that
// a violation stops the search where TLC stops it.
func (m *model) addProperties() error {
	// TLC checks an initial state's invariants, those of []P properties
	// included, before the properties' initial predicates
	// (ModelChecker.doInit): these come last.
	var inits []namedAtom
	for _, name := range m.sp.Properties {
		parts, err := m.sp.Property(name)
		if err != nil {
			return err
		}
		for i, a := range parts.Inits {
			inits = append(inits, namedAtom{name: parts.InitNames[i], atom: a, init: true})
		}
		if len(parts.Invariants)+len(parts.Actions)+len(parts.Temporal) == 0 && slices.ContainsFunc(parts.Inits, func(a *eval.Atom) bool { return a.Level == 1 }) {
			m.stateLevel = append(m.stateLevel, name)
		}
		for i, a := range parts.Invariants {
			m.propInvariants = append(m.propInvariants, namedAtom{name: parts.InvariantNames[i], atom: a})
		}
		for i, a := range parts.Actions {
			m.implied = append(m.implied, namedAtom{name: parts.ActionNames[i], atom: a})
		}
		m.temporal = m.temporal || len(parts.Temporal) > 0
	}
	m.propInvariants = append(m.propInvariants, inits...)
	return nil
}

// propertyWarnings are TLC's warnings on the PROPERTY entries (after
// addProperties): a state-level one is checked on the initial states
// only (SpecProcessor), and SYMMETRY may hide liveness violations
// (AbstractChecker).
func (m *model) propertyWarnings() []string {
	var out []string
	for _, name := range m.stateLevel {
		out = append(out, fmt.Sprintf("The formula %[1]s is a state-level formula, but it was used as a PROPERTY (or PROPERTIES), "+
			"where a temporal formula is typically expected. State-level formulas used as PROPERTY "+
			"or PROPERTIES are only checked in the initial state. To verify that the formula %[1]s "+
			"holds in all states of every behavior, use INVARIANT %[1]s instead. Alternatively, "+
			"applying the \"always\" temporal operator ([]) to the state-level formula %[1]s changes it "+
			"into a temporal formula, asserting that %[1]s holds in all states of every behavior. "+
			"See https://explain.tlapl.us/invariants-and-properties for additional details.", name))
	}
	if m.temporal && m.sp.Symmetry != nil {
		out = append(out, "Declaring symmetry during liveness checking is dangerous. "+
			"It might cause TLC to miss violations of the stated liveness properties. "+
			"Please check liveness without symmetry defined.")
	}
	return out
}

// invariantName names invariant i of Invariant's numbering.
func (m *model) invariantName(i int) (string, eval.Position, bool) {
	if i < len(m.sp.Invariants) {
		inv := m.sp.Invariants[i]
		return inv.Name, inv.Pos, false
	}
	p := m.propInvariants[i-len(m.sp.Invariants)]
	return p.name, p.atom.Pos, true
}

// invariantEvalError is an error met while evaluating an invariant or an
// action property (what names it: "invariant Inv", "action property P"):
// TLC reports any of them, a failed Assert included, as an evaluation
// error, "Evaluating invariant Inv failed." before the error's own message
// for a successor state (TLC_INVARIANT_EVALUATION_FAILED,
// TLC_ACTION_PROPERTY_EVALUATION_FAILED; on an initial state the message
// alone), where an Assert failing in an action is an assertion failure
// (its own exit status, a safety failure). An error that names no place
// (one a value raises, as "... is an element of Nat") is placed at the
// invariant's definition, at, for the editor and the JSON, and printed
// as TLC words it, without a place.
func (m *model) invariantEvalError(err error, what string, at eval.Position) error {
	var ee *eval.Error
	if !errors.As(err, &ee) || ee.OfExpandedState() {
		return err
	}
	plain := *ee
	plain.Kind = ""
	if plain.Pos.Line == 0 && !plain.Whole {
		plain.Pos, plain.Whole = at, true
	}
	if !*m.checkingInit {
		plain.Msg = fmt.Sprintf("Evaluating %s failed.\n%s", what, ee.Msg)
	}
	return &plain
}
