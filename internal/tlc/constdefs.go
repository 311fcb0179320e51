package tlc

import (
	"fmt"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/eval"
	"github.com/tla-gen-lsp/tla-gen-lsp/internal/tlc/value"
)

// constantConfigDefs settles the invariants and constraints the .cfg
// names whose definitions are constant-level, as TLC does at start-up
// (SpecProcessor.processConstantDefns, then processConfigInvariants and
// processConfigConstraints): TLC evaluates such a definition once; TRUE
// is dropped (there is nothing to check on each state), and any other
// value is an error in the configuration ("The invariant of Inv is equal
// to FALSE"), reported before any state is generated. A definition whose
// evaluation fails is kept: the failure surfaces when it is checked.
func constantConfigDefs(sp *eval.Spec) error {
	var err error
	settle := func(list []*eval.Expr, what string) []*eval.Expr {
		kept := list[:0:0]
		for _, e := range list {
			if err != nil || e.Level != 0 {
				kept = append(kept, e)
				continue
			}
			v, evalErr := sp.Eval(e, nil)
			switch {
			case evalErr != nil:
				kept = append(kept, e)
			case v == value.True:
			default:
				err = &eval.ConfigError{Msg: fmt.Sprintf("The %s of %s is equal to %s", what, e.Name, value.Print(v))}
			}
		}
		return kept
	}
	sp.Invariants = settle(sp.Invariants, "invariant")
	sp.Constraints = settle(sp.Constraints, "constraint")
	sp.ActionConstraints = settle(sp.ActionConstraints, "action constraint")
	return err
}
