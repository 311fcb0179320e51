package tlc

import (
	"fmt"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/eval"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/search"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// model adapts a compiled spec to the search.
type model struct {
	sp    *eval.Spec
	perms []map[*value.ModelVal]*value.ModelVal
}

func newModel(sp *eval.Spec) (*model, error) {
	m := &model{sp: sp}
	if sp.Symmetry != nil {
		v, err := sp.Eval(sp.Symmetry, nil)
		if err != nil {
			return nil, err
		}
		if v.Kind() != value.KindSet || !value.IsFinite(v) {
			return nil, fmt.Errorf("the symmetry set %s is not a finite set of permutations", sp.Symmetry.Name)
		}
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
			m.perms = append(m.perms, perm)
		}
	}
	return m, nil
}

func (m *model) NumActions() int { return len(m.sp.Actions) }

func (m *model) Init(emit func(search.State)) error {
	return m.sp.InitStates(func(s eval.State) { emit(s) })
}

func (m *model) Next(a int, s search.State, emit func(search.State)) (int64, error) {
	return m.sp.SuccessorsCounted(m.sp.Actions[a], s, func(t eval.State) { emit(t) })
}

func (m *model) Fingerprint(s search.State) (fp uint64, err error) {
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
		v, err := m.sp.Eval(m.sp.View, s)
		if err != nil {
			return 0, err
		}
		return value.Fingerprint(v), nil
	}
	fp = stateFingerprint(s)
	for _, perm := range m.perms {
		t := make(search.State, len(s))
		for i, v := range s {
			t[i] = value.Permute(v, perm)
		}
		if f := stateFingerprint(t); f < fp {
			fp = f
		}
	}
	return fp, nil
}

func stateFingerprint(s search.State) uint64 {
	h := uint64(0x84222325cbf29ce4)
	for _, v := range s {
		h = value.HashMix(h, value.Fingerprint(v))
	}
	return h
}

func (m *model) InModel(s search.State) (bool, error) {
	for _, c := range m.sp.Constraints {
		ok, err := m.sp.Holds(c, s, nil)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func (m *model) ActionAllowed(s, t search.State) (bool, error) {
	for _, c := range m.sp.ActionConstraints {
		ok, err := m.sp.Holds(c, s, t)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

func (m *model) Invariant(s search.State) (int, error) {
	for i, inv := range m.sp.Invariants {
		ok, err := m.sp.Holds(inv, s, nil)
		if err != nil {
			return -1, err
		}
		if !ok {
			return i, nil
		}
	}
	return -1, nil
}
