package semantic

import (
	"strconv"

	"github.com/tla-gen-lsp/tla-gen-lsp/internal/sany/ast"
)

// apGoal is what SANY's AssumeProveNode records of the ASSUME/PROVE
// statement of a theorem or proof step, to forbid naming its parts from
// outside the scope of the NEW declarations before them: a label inside
// a clause, or the clause itself by number (Generator.illegalLabelRef and
// illegalAPPosRef).
type apGoal struct {
	// inScope[i]: clause i (0-based; the PROVE clause is the last) comes
	// after a NEW declaration of the ASSUME
	inScope []bool
	// isNew[i]: clause i is a NEW declaration
	isNew []bool
	// suffices: the statement of a SUFFICES step
	suffices bool
	// inProof: its theorem's or step's proof has not been left yet;
	// parts of a goal are legal inside the proof, those of a SUFFICES
	// only after it
	inProof bool
}

// forbids reports whether clause i may not be named from where the walk is.
func (g *apGoal) forbids(i int) bool {
	return i >= 0 && i < len(g.inScope) && g.inScope[i] && g.suffices == g.inProof
}

// beginGoal starts recording the ASSUME/PROVE statement of a theorem or
// step (SANY's currentGoal); the caller ends it with endGoal.
func (c *checker) beginGoal(suffices bool) *apGoal {
	g := &apGoal{suffices: suffices, inProof: true}
	c.currentGoal, c.currentGoalClause = g, 0
	return g
}

func (c *checker) endGoal() { c.currentGoal = nil }

// goalClauseDone notes, in the theorem's own ASSUME/PROVE, that clause
// was read and whether it declared something.
func (c *checker) goalClauseDone(declares bool) {
	g := c.currentGoal
	if g == nil || c.assumeProveDepth != 1 {
		return
	}
	prev := len(g.inScope) > 0 && g.inScope[len(g.inScope)-1]
	if len(g.inScope) == 0 {
		g.inScope = append(g.inScope, false)
	}
	g.inScope = append(g.inScope, prev || declares)
	g.isNew = append(g.isNew, declares)
	c.currentGoalClause++
}

// checkGoalClauseRef reports Thm!n naming clause n of a theorem's or
// step's ASSUME/PROVE from outside the scope of a declaration before it,
// and for a SUFFICES any selector but 1; and a whole name x that ends
// selecting a NEW clause where an expression or operator is required
// (arity >= 0; proofs may name it). It reports whether the name was
// refused.
func (c *checker) checkGoalClauseRef(g *apGoal, x *ast.SubexprName, part *ast.NamePart, arity int) bool {
	if g == nil || part.Kind != ast.PartNumber {
		return false
	}
	n, err := strconv.Atoi(part.Name)
	if err != nil {
		return false
	}
	if g.suffices {
		if n != 1 {
			c.errorf(part.Pos(), part.PartEnd, CodeUnsupportedLanguageFeature,
				"Accessing non-existent subexpression of a SUFFICES")
			return true
		}
		return false
	}
	if g.forbids(n - 1) {
		c.errorf(part.Pos(), part.PartEnd, CodeUnsupportedLanguageFeature,
			"Accessing ASSUME/PROVE clause within the scope of a declaration\n from outside that declaration's scope.")
		return true
	}
	if last := x.Parts[len(x.Parts)-1]; last == part && arity >= 0 && n-1 < len(g.isNew) && n >= 1 && g.isNew[n-1] {
		c.errorf(x.Pos(), x.End(), CodeUnsupportedLanguageFeature, "Selected a NEW declaration as an expression or operator.")
		return true
	}
	return false
}
